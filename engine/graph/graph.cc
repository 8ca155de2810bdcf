// Linking the store's events and assembling views for the exporters.
#include "engine/graph/graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace eg {

Result<GraphView> LoadGraph(Store& store, const EventQuery& query, bool with_article_text) {
  GraphView view;
  view.query = query;
  EG_ASSIGN_OR_RETURN(view.events, store.Events(query));
  for (auto& e : view.events) {
    // Linking records sources only for events seen in several articles.
    if (e.sources == 0 && !e.evidence.empty()) e.sources = e.independent_sources = 1;
  }
  if (query.min_sources > 1) {
    std::erase_if(view.events,
                  [&](const Event& e) { return e.independent_sources < query.min_sources; });
  }
  std::set<std::string> entity_ids, article_ids, event_ids;
  for (auto& e : view.events) {
    event_ids.insert(e.id);
    for (const auto& p : e.participants) entity_ids.insert(p.entity);
    if (e.location && !e.location->entity.empty()) entity_ids.insert(e.location->entity);
    for (const auto& ev : e.evidence) article_ids.insert(ev.article);
  }
  for (const auto& id : entity_ids) {
    EG_ASSIGN_OR_RETURN(std::optional<Entity> ent, store.GetEntity(id));
    if (ent) view.entities.push_back(std::move(*ent));
  }
  for (const auto& id : article_ids) {
    EG_ASSIGN_OR_RETURN(std::optional<Article> art, store.GetArticle(id));
    if (!art) continue;
    if (!with_article_text) art->text.clear();
    view.articles.push_back(std::move(*art));
  }
  // Entities' counts: events from the entity index, articles from those events' evidence.
  for (auto& ent : view.entities) {
    EventQuery q;
    q.entity = ent.id;
    EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> all, store.IndexScan(q));
    ent.event_count = all.size();
    std::set<std::string> arts;
    for (const auto& ie : all) {
      if (event_ids.count(ie.id)) continue;  // counted below from the loaded events
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, store.GetEvent(ie.id));
      if (e) for (const auto& ev : e->evidence) arts.insert(ev.article);
    }
    for (const auto& e : view.events) {
      bool names = e.location && e.location->entity == ent.id;
      for (const auto& p : e.participants) names = names || p.entity == ent.id;
      if (names) for (const auto& ev : e.evidence) arts.insert(ev.article);
    }
    ent.article_count = arts.size();
  }
  // Relations among the view's events: read per event when the view is a small part of the
  // store, else in one pass.
  EG_ASSIGN_OR_RETURN(StoreStats stats, store.Stats());
  std::set<std::tuple<std::string, std::string, int>> seen;
  auto keep = [&](Relation r) {
    if (!event_ids.count(r.from) || !event_ids.count(r.to)) return;
    if (!seen.insert({r.from, r.to, static_cast<int>(r.type)}).second) return;
    view.relations.push_back(std::move(r));
  };
  if (view.events.size() * 8 < stats.events) {
    for (const auto& e : view.events) {
      EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store.RelationsOf(e.id));
      for (auto& r : rels) keep(std::move(r));
    }
  } else {
    EG_ASSIGN_OR_RETURN(std::vector<Relation> relations, store.Relations());
    for (auto& r : relations) keep(std::move(r));
  }
  std::sort(view.relations.begin(), view.relations.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  // Storylines through the view's events, cut to them; those left with fewer than two events
  // tell no story in this view.
  EG_ASSIGN_OR_RETURN(std::vector<Storyline> storylines, store.Storylines());
  for (auto& s : storylines) {
    std::erase_if(s.events, [&](const std::string& id) { return !event_ids.count(id); });
    if (s.events.size() >= 2) view.storylines.push_back(std::move(s));
  }
  return view;
}

}  // namespace eg
