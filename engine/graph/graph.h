// The engine: merges event mentions, computes relations between events, and assembles the
// GraphView that exporters render.
#ifndef EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
#define EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/store/store.h"

namespace eg {

// Everything an exporter needs, self-contained: events in time order, the entities and articles
// they reference, and the relations among those events.
struct GraphView {
  std::vector<Article> articles;   // without text unless asked
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
  EventQuery query;                // the filter that selected it, for titles
};

struct MergeResult {
  std::vector<Event> events;                          // ordered by first evidence
  std::map<std::string, std::string> event_of_mention;  // mention id -> merged event id
};

// Merges mentions of one happening within one article. Two mentions merge when they have the same
// type, the same polarity, time spans that the bounds do not order apart, places no more than 500 km
// apart, and something that ties them: a shared participant (for statements: the same speaker), the
// same place, the same trigger word, or a bare definite mention ("the talks") with no arguments of
// its own. The merged event keeps the id of its earliest mention and every piece of evidence;
// participants are unioned (the strongest role kept); the best-founded time (explicit > relative >
// tense) and the most specific place (facility > city > country) win. `entities`, when given,
// tells each place's country, so that "talks in the United States" and "talks near Miami" can be the
// same happening (a place inside the country counts as the same place at another granularity).
MergeResult MergeWithinArticle(std::vector<Event> mentions, const std::vector<Entity>& entities = {});

// The interval relation of `a` to `b` that the spans' bounds force: BEFORE / AFTER when one must end
// before the other starts, SIMULTANEOUS for identical closed spans, INCLUDES / IS_INCLUDED when one
// closed span lies inside the other, OVERLAPS when `a` starts first and they share days without
// containment. nullopt when open bounds leave it undecided, or when `b` starts first and they
// overlap (ask RelateSpans(b, a)).
std::optional<RelationType> RelateSpans(const TimeSpan& a, const TimeSpan& b);

// The relation between two events that their spans support, with its confidence. A span bounds
// where an event lies, not how long it lasts, so only the order is trusted: BEFORE/AFTER with 1.0
// when the bounds decide it; SIMULTANEOUS with 0.5 for equal windows (same day, same month);
// nothing for containment or overlap of windows; 0.7 when it follows only from the news-recency
// reading of an open bound that tense or the narration's "today" gave
// ("talks were held", with no date, in a news article: begun within the year before publication;
// "will meet": within the year after). The stored spans keep their open bounds either way.
struct SpanRelation {
  RelationType type;
  double confidence;
};
std::optional<SpanRelation> RelateSpansLikely(const TimeSpan& a, const TimeSpan& b);

// Relations between related events from their time spans (basis time): events that share an
// article, a participant or a place. Within each such group the events are sorted by span and each
// is related to its next neighbours only (at most `max_neighbours`), so the work is O(n k), not
// O(n^2). Each unordered pair is reported at most once.
std::vector<Relation> ComputeTimeRelations(const std::vector<Event>& events,
                                           size_t max_neighbours = 32);

// Rewrites relation ends through `event_of_mention` (after MergeWithinArticle) and drops relations
// that became self-loops or duplicates.
std::vector<Relation> RemapRelations(const std::vector<Relation>& relations,
                                     const std::map<std::string, std::string>& event_of_mention);

struct LinkReport {
  size_t time_relations = 0;
  size_t text_relations = 0;
  size_t derived_relations = 0;  // by composing BEFORE chains within an article
  size_t contradictions = 0;     // pairs where two bases disagree; the better-founded one is kept
};

// Recomputes the store's relations: time relations (ComputeTimeRelations), the text relations
// already stored plus `new_text_relations`, and the BEFORE chains they compose within each article.
// Where two sources relate the same pair, a relation decided by the time bounds wins over text, text
// over a likely (recency) reading; disagreements are counted. Writes the set with ReplaceRelations.
Result<LinkReport> LinkStore(Store& store, const std::vector<Relation>& new_text_relations = {});

// Reads the events matching `query` with their entities, articles and the relations among them.
Result<GraphView> LoadGraph(Store& store, const EventQuery& query, bool with_article_text = false);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
