// The plain-text importer ("text"): one article per file, as news sites' "save as text" or a copy
// and paste produces it.
//
// Layout it understands (every part optional except the body):
//   Title line
//   header lines: the publication date ("2025/12/01", "2025-12-01", "01.12.2025",
//     "December 1, 2025", "1 December 2025", optionally "Published:" / "Date:" before it), a time
//     ("14:08:36", "14:08"), "News ID: 2732" / "ID: 2732", separators made of | - • alone, several of
//     these on one line split by | or •
//   the title again (dropped)
//   body paragraphs, separated by blank lines
// Site furniture ("Share this", "Print", copyright lines, "Tags: ...") is left out wherever it
// stands; "End Article", "Your comment", "Related News" and the like end the body, and everything
// after them is cut.
//
// Without a header, the first line is the title when it is short and either stands alone (a blank
// line follows) or is the only heading before a longer paragraph; `published` stays unset.
// A date-shaped header line that names no real day ("2025/02/30") is treated as header furniture:
// the article is imported with `published` unset rather than rejected, because the body is still
// good and the --date option can supply the day.
// ImportOptions::date_override always wins over a date found in the header (and then the header's
// time of day, which belonged to the other date, is dropped).
//
// The Article: text = body paragraphs joined by "\n\n" (each paragraph's lines kept as written,
// joined by "\n"), title, published, published_time ("14:08:36"), source from a dateline such as
// "Tehran - BORNA - " or "KYIV (Reuters) - " near the start of the body (the dateline stays in the
// text), path, format "text", id = ArticleId(text). CRLF and lone CR line endings become "\n" and a
// UTF-8 byte-order mark is dropped first, so those variants of a file give the same id.
//
// Parse fails (no article) with: "empty file" (nothing but white space), "binary data, not text",
// "not valid UTF-8 at byte N" (N counts from the start of the input, BOM included), "no article
// body" (a title or header but nothing after it).
// Sniff: 0 for binary data; otherwise low (1-20): text is the fallback for anything readable.
// Thread safety: the importer is stateless; Parse may be called concurrently.
#ifndef EVENTGRAPH_IMPORTERS_TEXT_TEXT_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_TEXT_TEXT_IMPORTER_H_

#include <memory>

#include "importers/importer.h"

namespace eg {

// A new plain-text importer; Name() is "text".
std::unique_ptr<Importer> NewTextImporter();

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_TEXT_TEXT_IMPORTER_H_
