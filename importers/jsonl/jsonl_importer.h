// JSON Lines (one article object per line) and JSON files holding one article object or an array
// of them. Field names understood, first match wins:
//   title:     title
//   body:      text (ours, trafilatura, most dumps), maintext (news-please)
//   date:      published (ours), date_publish (news-please), date (trafilatura, the Guardian file);
//              "YYYY-MM-DD", optionally followed by "T" or " " and a time of day ("10:42:00", zone
//              ignored: the date is the one the publisher wrote)
//   time:      published_time (ours), else the time of day in the date field
//   url:       url
//   source:    source (ours), source_domain (news-please), hostname (trafilatura), sitename
// Other fields (id, language, authors, ...) are allowed and ignored. Each object is checked with
// valijson against a schema of these fields (JsonlInputSchema); a failure names the line (or the
// array item) and the field: "line 3: field 'text': missing ...". A bad line is a failed item and
// the following lines are still read. Lines are streamed one at a time; a JSON array or a single
// pretty-printed object is read whole.
// The article id hashes the normalized URL when there is one, else the text, so a re-import is a
// no-op.
#ifndef EVENTGRAPH_IMPORTERS_JSONL_JSONL_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_JSONL_JSONL_IMPORTER_H_

#include <memory>
#include <string>
#include <string_view>

#include "importers/importer.h"

namespace eg {

std::unique_ptr<Importer> NewJsonlImporter();

// The JSON Schema (draft-07) each input object is validated against.
std::string_view JsonlInputSchema();

// The URL as the article id hashes it: scheme and host lower-cased, "#fragment" and a trailing
// "/" dropped, surrounding spaces trimmed.
std::string NormalizeUrl(std::string_view url);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_JSONL_JSONL_IMPORTER_H_
