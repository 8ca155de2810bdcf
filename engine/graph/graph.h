// The engine: merges event mentions, computes relations between events, and assembles the
// GraphView that exporters render.
#ifndef EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
#define EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_

#include <optional>
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

// Merges mentions of one happening within one article: same type, compatible time and place, and
// shared participants (or the same trigger lemma) become one event with every piece of evidence.
// The merged event keeps the id of its earliest mention; participants are unioned; the most precise
// time and the most specific place win. Output is ordered by first evidence.
std::vector<Event> MergeWithinArticle(std::vector<Event> mentions);

// The interval relation that the two spans' bounds force: BEFORE / AFTER when one must end before
// the other starts, SIMULTANEOUS for identical closed day spans at the same precision, INCLUDES /
// IS_INCLUDED when one closed span lies inside the other, OVERLAPS when they share days without
// containment, nullopt when open or fuzzy bounds leave it undecided.
std::optional<RelationType> RelateSpans(const TimeSpan& a, const TimeSpan& b);

// Relations between the given events from their time spans (basis time). Each unordered pair is
// reported at most once, oriented from the earlier-sorting event. Events are sorted by span and
// swept, so pairs that cannot be ordered are not enumerated needlessly.
std::vector<Relation> ComputeTimeRelations(const std::vector<Event>& events);

// Recomputes and stores all relations of the store's events.
Status LinkStore(Store& store);

// Reads the events matching `query` with their entities, articles and the relations among them.
Result<GraphView> LoadGraph(Store& store, const EventQuery& query, bool with_article_text = false);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
