// Shared reading of a GraphView for the exporters: lookups by id, the events once each, the
// entity list every graph format uses, an event's lane (country), place, sources and role edges.
// Everything here is deterministic: lists come out in a fixed order that depends only on the view's
// content. A ViewIndex borrows the view, which must outlive it; it is immutable after construction
// and safe to read from several threads.
#ifndef EVENTGRAPH_EXPORTERS_COMMON_VIEW_INDEX_H_
#define EVENTGRAPH_EXPORTERS_COMMON_VIEW_INDEX_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/graph/graph.h"

namespace eg {

// A lane groups events for drawing and for group fields: events in one country share a lane.
struct Lane {
  std::string id;    // "country:UA", or kNoLaneId
  std::string name;  // "Ukraine" (the country entity's name when the view has it, else the code)
};
inline constexpr char kNoLaneId[] = "country:none";
inline constexpr char kNoLaneName[] = "No country";

// One edge from an event to an entity: a participant role ("source", "target", "participant") or
// "location" for the event's place.
struct RoleEdge {
  const Event* event;
  std::string entity;
  std::string role;
};

class ViewIndex {
 public:
  explicit ViewIndex(const GraphView& view);

  const GraphView& view() const { return view_; }
  // Events in view (time) order, each id once: a repeated id keeps its first occurrence.
  const std::vector<const Event*>& events() const { return events_; }
  // The view's entities by id, plus a stub for every id an event references that the view lacks
  // (kind read from the id's prefix, name = id), sorted by id, each id once.
  const std::vector<Entity>& entities() const { return entities_; }
  // Relations whose both ends are events of the view, sorted by (from, to, type), duplicates
  // dropped.
  const std::vector<const Relation*>& relations() const { return relations_; }

  const Event* FindEvent(std::string_view id) const;
  const Entity* FindEntity(std::string_view id) const;  // also finds stubs
  const Article* FindArticle(std::string_view id) const;

  // The entity's name, or the id itself when unknown or unnamed.
  std::string EntityName(std::string_view id) const;
  // Where the event's lane is: the country of its place, else of its first participant that has
  // one, else the "no country" lane.
  Lane LaneOf(const Event& event) const;
  // The place as displayed ("Miami"), empty when the event has none.
  std::string PlaceName(const Event& event) const;
  // Coordinates of the place: the location's own, else its entity's.
  std::optional<double> PlaceLat(const Event& event) const;
  std::optional<double> PlaceLon(const Event& event) const;
  // Articles the evidence cites, in evidence order, each once; unknown article ids are skipped.
  std::vector<const Article*> Sources(const Event& event) const;
  // Participants in listed order (an entity and role pair once), then the location.
  std::vector<RoleEdge> RoleEdges(const Event& event) const;

 private:
  const GraphView& view_;
  std::vector<const Event*> events_;
  std::vector<Entity> entities_;
  std::vector<const Relation*> relations_;
  std::unordered_map<std::string, const Event*> event_by_id_;
  std::unordered_map<std::string, size_t> entity_by_id_;
  std::unordered_map<std::string, const Article*> article_by_id_;
};

// At most `max_events` of the index's events (all when 0 or when there are fewer), in view order:
// those with the most pieces of evidence, then the highest confidence, then the earliest in the
// view.
std::vector<const Event*> MostSupportedEvents(const ViewIndex& index, size_t max_events);

// "2025-12-01", or "" for an open bound.
std::string DateOrEmpty(const std::optional<Date>& d);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_VIEW_INDEX_H_
