// Queries over the stored graph: entity lookup, neighbourhoods, paths between entities, and what
// came before and after an event.
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>

#include "engine/graph/entities.h"
#include "engine/graph/graph.h"

namespace eg {
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> EntitiesOf(const Event& e) {
  std::set<std::string> out;
  for (const auto& p : e.participants) {
    if (!p.entity.empty()) out.insert(p.entity);
  }
  if (e.location && !e.location->entity.empty()) out.insert(e.location->entity);
  return {out.begin(), out.end()};
}

bool IsEntityId(const std::string& id) { return id.find(':') != std::string::npos && !id.starts_with("ev:"); }

}  // namespace

Result<Entity> ResolveEntity(Store& store, const std::string& name) {
  EG_ASSIGN_OR_RETURN(std::optional<Entity> direct, store.GetEntity(name));
  if (direct) return *direct;
  // The name index answers for people and organizations without reading every entity: an exact
  // name or alias, else a unique surname or acronym. Several exact matches (a surname-only entity
  // beside a full name's alias) go to the one named so, else to the one with most events.
  EG_ASSIGN_OR_RETURN(std::vector<std::string> named, EntitiesNamedBy(store, name));
  const std::string want = Lower(name);
  std::vector<Entity> found;
  for (const auto& id : named) {
    EG_ASSIGN_OR_RETURN(std::optional<Entity> e, store.GetEntity(id));
    if (e) found.push_back(std::move(*e));
  }
  std::optional<Entity> best;
  uint64_t best_events = 0;
  for (auto& e : found) {
    if (Lower(e.name) == want) return e;
    bool alias = false;
    for (const auto& a : e.aliases) alias = alias || Lower(a) == want;
    if (!alias) continue;
    EG_ASSIGN_OR_RETURN(uint64_t events, store.CountEntityEvents(e.id));
    if (!best || events > best_events) {
      best = e;
      best_events = events;
    }
  }
  if (best) return *best;
  // Places and countries are not in the name index: an exact name or alias over all entities
  // comes before a surname or an acronym ("Jordan" the country, not a Jordan by surname).
  EG_ASSIGN_OR_RETURN(std::vector<Entity> all, store.Entities());
  for (const auto& e : all) {
    if (Lower(e.name) == want) return e;
    for (const auto& a : e.aliases) {
      if (Lower(a) == want) return e;
    }
  }
  if (found.size() == 1) return found.front();
  // Then a unique entity whose name ends with the words given ("Kallas" for "Kaja Kallas"), for
  // entities the index does not file.
  std::vector<const Entity*> suffix;
  for (const auto& e : all) {
    const std::string n = Lower(e.name);
    if (n.size() > want.size() && n.ends_with(want) && n[n.size() - want.size() - 1] == ' ')
      suffix.push_back(&e);
  }
  if (found.empty() && suffix.size() == 1) return *suffix.front();
  std::string which;
  for (const auto& e : found) which += (which.empty() ? "" : ", ") + e.id;
  if (found.empty()) {
    for (const auto* e : suffix) which += (which.empty() ? "" : ", ") + e->id;
  }
  if (!which.empty())
    return Status::NotFound("'" + name + "' may be any of " + which + "; give the full name or the id");
  return Status::NotFound("no entity named '" + name + "' in the store");
}

Result<Neighbourhood> NeighboursOf(Store& store, const std::string& start, int depth, size_t max_events) {
  Neighbourhood out;
  std::map<std::string, int> seen;  // node id -> distance
  std::deque<std::string> queue;
  std::string first = start;
  if (IsEntityId(start) || !start.starts_with("ev:")) {
    EG_ASSIGN_OR_RETURN(std::optional<Event> ev, store.GetEvent(start));
    if (!ev) {
      EG_ASSIGN_OR_RETURN(Entity ent, ResolveEntity(store, start));
      first = ent.id;
    }
  }
  seen[first] = 0;
  queue.push_back(first);
  std::set<std::string> event_ids;
  while (!queue.empty()) {
    const std::string id = queue.front();
    queue.pop_front();
    const int d = seen[id];
    std::vector<std::string> next;
    EG_ASSIGN_OR_RETURN(std::optional<Event> ev, store.GetEvent(id));
    if (ev) {
      if (event_ids.size() >= max_events) continue;
      event_ids.insert(id);
      next = EntitiesOf(*ev);
      EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store.RelationsOf(id));
      for (const auto& r : rels) next.push_back(r.from == id ? r.to : r.from);
      out.events.push_back(std::move(*ev));
    } else {
      EG_ASSIGN_OR_RETURN(std::optional<Entity> ent, store.GetEntity(id));
      if (!ent) continue;
      out.entities.push_back(std::move(*ent));
      // The entity's events nearest in time come from its index; at most what the budget allows.
      EventQuery q;
      q.entity = id;
      EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> evs, store.IndexScan(q));
      for (const auto& ie : evs) next.push_back(ie.id);
    }
    if (d >= depth) continue;
    for (auto& n : next) {
      if (seen.count(n)) continue;
      seen[n] = d + 1;
      queue.push_back(std::move(n));
    }
  }
  std::set<std::tuple<std::string, std::string, int>> rel_seen;
  for (const auto& e : out.events) {
    EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store.RelationsOf(e.id));
    for (auto& r : rels) {
      if (!event_ids.count(r.from) || !event_ids.count(r.to)) continue;
      if (rel_seen.insert({r.from, r.to, static_cast<int>(r.type)}).second) out.relations.push_back(std::move(r));
    }
  }
  std::sort(out.events.begin(), out.events.end(), [](const Event& a, const Event& b) {
    return std::make_tuple(a.time.begin.value_or(Date(1400, 1, 1)), a.id) <
           std::make_tuple(b.time.begin.value_or(Date(1400, 1, 1)), b.id);
  });
  return out;
}

Result<std::vector<std::string>> PathBetween(Store& store, const std::string& from_entity,
                                             const std::string& to_entity, int max_hops) {
  EG_ASSIGN_OR_RETURN(Entity from, ResolveEntity(store, from_entity));
  EG_ASSIGN_OR_RETURN(Entity to, ResolveEntity(store, to_entity));
  if (from.id == to.id) return std::vector<std::string>{from.id};
  // Breadth-first over the bipartite graph entity - event, so the first hit is a shortest chain.
  std::map<std::string, std::string> parent;
  parent[from.id] = "";
  std::vector<std::string> frontier = {from.id};
  for (int hop = 0; hop < max_hops && !frontier.empty(); ++hop) {
    std::vector<std::string> next_entities;
    for (const auto& ent : frontier) {
      EventQuery q;
      q.entity = ent;
      EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> evs, store.IndexScan(q));
      for (const auto& ie : evs) {
        if (parent.count(ie.id)) continue;
        parent[ie.id] = ent;
        EG_ASSIGN_OR_RETURN(std::optional<Event> ev, store.GetEvent(ie.id));
        if (!ev) continue;
        for (const auto& x : EntitiesOf(*ev)) {
          if (parent.count(x)) continue;
          parent[x] = ie.id;
          if (x == to.id) {
            std::vector<std::string> path;
            for (std::string at = x; !at.empty(); at = parent[at]) path.push_back(at);
            std::reverse(path.begin(), path.end());
            return path;
          }
          next_entities.push_back(x);
        }
      }
    }
    frontier = std::move(next_entities);
  }
  return std::vector<std::string>();
}

Result<BeforeAfter> BeforeAndAfter(Store& store, const std::string& event_id) {
  EG_ASSIGN_OR_RETURN(std::optional<Event> self, store.GetEvent(event_id));
  if (!self) return Status::NotFound("no event " + event_id + " in the store");
  BeforeAfter out;
  EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store.RelationsOf(event_id));
  for (const auto& r : rels) {
    const bool from_me = r.from == event_id;
    const std::string other_id = from_me ? r.to : r.from;
    // Read as "other is BEFORE/AFTER me".
    RelationType t = r.type;
    if (from_me) {
      if (t == RelationType::kBefore) t = RelationType::kAfter;
      else if (t == RelationType::kAfter) t = RelationType::kBefore;
      else if (t == RelationType::kIBefore) t = RelationType::kIAfter;
      else if (t == RelationType::kIAfter) t = RelationType::kIBefore;
    }
    const bool before = t == RelationType::kBefore || t == RelationType::kIBefore ||
                        (t == RelationType::kCauses && !from_me);
    const bool after = t == RelationType::kAfter || t == RelationType::kIAfter ||
                       (t == RelationType::kCauses && from_me);
    if (!before && !after) continue;
    EG_ASSIGN_OR_RETURN(std::optional<Event> other, store.GetEvent(other_id));
    if (!other) continue;
    (before ? out.before : out.after).emplace_back(std::move(*other), r);
  }
  auto strongest = [](const std::pair<Event, Relation>& a, const std::pair<Event, Relation>& b) {
    return a.second.confidence > b.second.confidence;
  };
  std::stable_sort(out.before.begin(), out.before.end(), strongest);
  std::stable_sort(out.after.begin(), out.after.end(), strongest);
  return out;
}

}  // namespace eg
