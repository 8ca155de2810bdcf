// Extraction: from an article's text to sentences, time expressions, entities and event mentions.
// Every offset is a byte offset into the text that was given. Thread safety: pure functions.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_EXTRACT_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_EXTRACT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "importers/extract/timex/timex.h"

namespace eg {

struct Extraction {
  std::vector<Span> sentences;
  std::vector<Timex> timexes;
  std::vector<Entity> entities;  // with `mentions` filled
  // Event mentions, one per trigger, each with exactly one piece of evidence. Mentions of the same
  // happening are merged later by the engine (engine/graph/merge.h).
  std::vector<Event> events;
};

struct ExtractOptions {
  // Keep event mentions without any argument (no participant, place or explicit time). Off for
  // the graph (fewer, better-founded claims); on to measure trigger detection.
  bool keep_bare_events = false;
};

// Extracts from `article.text`, anchoring times to `article.published` (the DCT). Evidence carries
// `article.id`. Fails when the lexical data (WordNet, iso-codes, libgeonames) is missing, naming
// the Debian package, and on internal errors; text with nothing in it gives an empty Extraction.
Result<Extraction> Extract(const Article& article, const ExtractOptions& options = {});

// Sentence boundaries of `text`: spans without surrounding white space, in order. Headings and
// lines without final punctuation are sentences of their own; abbreviations ("U.S.", "Dr.",
// "Feb.") do not end a sentence.
std::vector<Span> SplitSentences(std::string_view text);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_EXTRACT_H_
