#include "exporters/common/view_index.h"

#include <algorithm>
#include <tuple>

namespace eg {
namespace {

// The kind an unknown entity id most likely has, read from its readable prefix.
EntityKind KindFromId(std::string_view id) {
  const size_t colon = id.find(':');
  if (colon != std::string_view::npos) {
    Result<EntityKind> kind = ParseEntityKind(id.substr(0, colon));
    if (kind.ok()) return *kind;
  }
  return EntityKind::kOrganization;
}

// "country:UA" -> "UA"; other ids give "".
std::string CountryCodeOfId(std::string_view id) {
  constexpr std::string_view kPrefix = "country:";
  if (id.substr(0, kPrefix.size()) != kPrefix) return "";
  return std::string(id.substr(kPrefix.size()));
}

}  // namespace

std::vector<const Event*> MostSupportedEvents(const ViewIndex& index, size_t max_events) {
  const std::vector<const Event*>& all = index.events();
  if (max_events == 0 || all.size() <= max_events) return all;
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto better = [&](size_t a, size_t b) {
    const Event& x = *all[a];
    const Event& y = *all[b];
    if (x.evidence.size() != y.evidence.size()) return x.evidence.size() > y.evidence.size();
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    return a < b;
  };
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(max_events),
                    order.end(), better);
  order.resize(max_events);
  std::sort(order.begin(), order.end());
  std::vector<const Event*> out;
  out.reserve(max_events);
  for (size_t i : order) out.push_back(all[i]);
  return out;
}

std::string DateOrEmpty(const std::optional<Date>& d) { return d ? FormatDate(*d) : ""; }

ViewIndex::ViewIndex(const GraphView& view) : view_(view) {
  events_.reserve(view.events.size());
  event_by_id_.reserve(view.events.size());
  for (const Event& e : view.events) {
    if (event_by_id_.emplace(e.id, &e).second) events_.push_back(&e);
  }
  for (const Article& a : view.articles) article_by_id_.emplace(a.id, &a);

  // Known entities first (a repeated id keeps its first record), then stubs for references the
  // view cannot resolve, so every edge of a graph export has both of its nodes.
  std::unordered_map<std::string, const Entity*> known;
  for (const Entity& e : view.entities) known.emplace(e.id, &e);
  std::unordered_map<std::string, bool> referenced;
  for (const Event* e : events_) {
    for (const Participant& p : e->participants) {
      if (!p.entity.empty()) referenced.emplace(p.entity, true);
    }
    if (e->location && !e->location->entity.empty()) referenced.emplace(e->location->entity, true);
  }
  entities_.reserve(known.size() + referenced.size());
  for (const auto& [id, entity] : known) entities_.push_back(*entity);
  for (const auto& [id, unused] : referenced) {
    if (known.count(id) != 0) continue;
    Entity stub;
    stub.id = id;
    stub.kind = KindFromId(id);
    stub.name = id;
    stub.country = CountryCodeOfId(id);
    entities_.push_back(std::move(stub));
  }
  std::sort(entities_.begin(), entities_.end(),
            [](const Entity& a, const Entity& b) { return a.id < b.id; });
  for (size_t i = 0; i < entities_.size(); ++i) entity_by_id_.emplace(entities_[i].id, i);

  for (const Relation& r : view.relations) {
    if (event_by_id_.count(r.from) != 0 && event_by_id_.count(r.to) != 0) relations_.push_back(&r);
  }
  auto key = [](const Relation* r) { return std::tie(r->from, r->to, r->type); };
  std::stable_sort(relations_.begin(), relations_.end(),
                   [&](const Relation* a, const Relation* b) { return key(a) < key(b); });
  relations_.erase(std::unique(relations_.begin(), relations_.end(),
                               [&](const Relation* a, const Relation* b) { return key(a) == key(b); }),
                   relations_.end());
}

const Event* ViewIndex::FindEvent(std::string_view id) const {
  auto it = event_by_id_.find(std::string(id));
  return it == event_by_id_.end() ? nullptr : it->second;
}

const Entity* ViewIndex::FindEntity(std::string_view id) const {
  auto it = entity_by_id_.find(std::string(id));
  return it == entity_by_id_.end() ? nullptr : &entities_[it->second];
}

const Article* ViewIndex::FindArticle(std::string_view id) const {
  auto it = article_by_id_.find(std::string(id));
  return it == article_by_id_.end() ? nullptr : it->second;
}

std::string ViewIndex::EntityName(std::string_view id) const {
  const Entity* e = FindEntity(id);
  return e == nullptr || e->name.empty() ? std::string(id) : e->name;
}

Lane ViewIndex::LaneOf(const Event& event) const {
  auto country_of = [&](std::string_view id) -> std::string {
    const Entity* e = FindEntity(id);
    if (e != nullptr && !e->country.empty()) return e->country;
    return CountryCodeOfId(id);
  };
  std::string code;
  if (event.location) code = country_of(event.location->entity);
  for (size_t i = 0; code.empty() && i < event.participants.size(); ++i) {
    code = country_of(event.participants[i].entity);
  }
  if (code.empty()) return {kNoLaneId, kNoLaneName};
  Lane lane{"country:" + code, code};
  const Entity* country = FindEntity(lane.id);
  if (country != nullptr && !country->name.empty() && country->name != lane.id) {
    lane.name = country->name;
  }
  return lane;
}

std::string ViewIndex::PlaceName(const Event& event) const {
  if (!event.location) return "";
  if (!event.location->name.empty()) return event.location->name;
  if (event.location->entity.empty()) return "";
  return EntityName(event.location->entity);
}

std::optional<double> ViewIndex::PlaceLat(const Event& event) const {
  if (!event.location) return std::nullopt;
  if (event.location->lat) return event.location->lat;
  const Entity* e = FindEntity(event.location->entity);
  return e != nullptr ? e->lat : std::nullopt;
}

std::optional<double> ViewIndex::PlaceLon(const Event& event) const {
  if (!event.location) return std::nullopt;
  if (event.location->lon) return event.location->lon;
  const Entity* e = FindEntity(event.location->entity);
  return e != nullptr ? e->lon : std::nullopt;
}

std::vector<const Article*> ViewIndex::Sources(const Event& event) const {
  std::vector<const Article*> out;
  for (const Evidence& ev : event.evidence) {
    const Article* a = FindArticle(ev.article);
    if (a != nullptr && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  }
  return out;
}

std::vector<RoleEdge> ViewIndex::RoleEdges(const Event& event) const {
  std::vector<RoleEdge> out;
  for (const Participant& p : event.participants) {
    if (p.entity.empty()) continue;
    RoleEdge edge{&event, p.entity, std::string(RoleName(p.role))};
    bool seen = std::any_of(out.begin(), out.end(), [&](const RoleEdge& o) {
      return o.entity == edge.entity && o.role == edge.role;
    });
    if (!seen) out.push_back(std::move(edge));
  }
  if (event.location && !event.location->entity.empty()) {
    out.push_back({&event, event.location->entity, "location"});
  }
  return out;
}

}  // namespace eg
