// Linking the store's events and assembling views for the exporters.
#include "engine/graph/graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace eg {
namespace {

bool IsOrder(RelationType t) { return t == RelationType::kBefore || t == RelationType::kAfter; }

// Order-type relations are kept one per unordered pair, written as from < to (by id) with the type
// inverted when needed, so that disagreements meet under one key.
RelationType Inverse(RelationType t) {
  switch (t) {
    case RelationType::kBefore: return RelationType::kAfter;
    case RelationType::kAfter: return RelationType::kBefore;
    case RelationType::kIBefore: return RelationType::kIAfter;
    case RelationType::kIAfter: return RelationType::kIBefore;
    case RelationType::kIncludes: return RelationType::kIsIncluded;
    case RelationType::kIsIncluded: return RelationType::kIncludes;
    default: return t;  // symmetric (SIMULTANEOUS, OVERLAPS read as unordered here, VAGUE)
  }
}

bool Directional(RelationType t) {
  return t == RelationType::kCauses || t == RelationType::kPartOf || t == RelationType::kOverlaps ||
         t == RelationType::kBegins || t == RelationType::kEnds || t == RelationType::kDuring;
}

Relation Canonical(Relation r) {
  if (!Directional(r.type) && r.to < r.from) {
    std::swap(r.from, r.to);
    r.type = Inverse(r.type);
  }
  return r;
}

bool Better(const Relation& a, const Relation& b) {
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return a.basis == RelationBasis::kTime && b.basis != RelationBasis::kTime;
}

}  // namespace

Result<LinkReport> LinkStore(Store& store, const std::vector<Relation>& new_text_relations) {
  LinkReport report;
  EG_ASSIGN_OR_RETURN(std::vector<Event> events, store.Events({}));
  std::unordered_set<std::string> ids;
  for (const auto& e : events) ids.insert(e.id);

  std::vector<Relation> candidates = ComputeTimeRelations(events);
  report.time_relations = candidates.size();
  EG_ASSIGN_OR_RETURN(std::vector<Relation> stored, store.Relations());
  for (const std::vector<Relation>* list : {&std::as_const(stored), &new_text_relations}) {
    for (const auto& r : *list) {
      if (r.basis != RelationBasis::kText || !ids.count(r.from) || !ids.count(r.to)) continue;
      candidates.push_back(r);
    }
  }

  // One relation per unordered pair for temporal relations; directional ones kept by (from, to, type).
  std::map<std::pair<std::string, std::string>, Relation> order;
  std::map<std::tuple<std::string, std::string, int>, Relation> directional;
  for (const auto& raw : candidates) {
    const Relation r = Canonical(raw);
    if (r.basis == RelationBasis::kText) ++report.text_relations;
    if (Directional(r.type)) {
      auto [it, inserted] = directional.try_emplace({r.from, r.to, static_cast<int>(r.type)}, r);
      if (!inserted && Better(r, it->second)) it->second = r;
      continue;
    }
    auto [it, inserted] = order.try_emplace({r.from, r.to}, r);
    if (inserted) continue;
    if (IsOrder(r.type) && IsOrder(it->second.type) && r.type != it->second.type) ++report.contradictions;
    if (Better(r, it->second)) it->second = r;
  }
  // Text relations that only restate a time relation are not counted twice.
  report.text_relations = 0;
  for (const auto& [k, r] : order) report.text_relations += r.basis == RelationBasis::kText;

  // Compose BEFORE chains within each article: the text says A before B and B before C, so A is
  // before C. Confidence is the weakest link's product along the best path.
  std::map<std::string, std::vector<std::string>> events_of_article;
  for (const auto& e : events) {
    std::set<std::string> arts;
    for (const auto& ev : e.evidence) arts.insert(ev.article);
    for (const auto& a : arts) events_of_article[a].push_back(e.id);
  }
  constexpr size_t kMaxComposed = 400;  // per article; beyond this the cubic pass is skipped
  for (auto& [article, members] : events_of_article) {
    const size_t n = members.size();
    if (n < 3 || n > kMaxComposed) continue;
    std::sort(members.begin(), members.end());
    std::unordered_map<std::string, size_t> index;
    for (size_t i = 0; i < n; ++i) index[members[i]] = i;
    // best[i][j]: confidence that i is BEFORE j; text[i][j]: whether the path uses text evidence.
    std::vector<std::vector<double>> best(n, std::vector<double>(n, 0.0));
    std::vector<std::vector<char>> text(n, std::vector<char>(n, 0));
    for (const auto& [key, r] : order) {
      if (!IsOrder(r.type)) continue;
      auto fi = index.find(r.from), ti = index.find(r.to);
      if (fi == index.end() || ti == index.end()) continue;
      size_t i = fi->second, j = ti->second;
      if (r.type == RelationType::kAfter) std::swap(i, j);
      best[i][j] = r.confidence;
      text[i][j] = r.basis == RelationBasis::kText;
    }
    for (size_t k = 0; k < n; ++k) {
      for (size_t i = 0; i < n; ++i) {
        if (best[i][k] == 0.0) continue;
        for (size_t j = 0; j < n; ++j) {
          const double c = best[i][k] * best[k][j];
          if (c > best[i][j]) {
            best[i][j] = c;
            text[i][j] = text[i][k] || text[k][j];
          }
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < n; ++j) {
        if (i == j || best[i][j] == 0.0) continue;
        if (best[j][i] > 0.0 && i < j) ++report.contradictions;  // a cycle of BEFORE
        if (best[j][i] >= best[i][j]) continue;
        Relation derived = Canonical(Relation{members[i], members[j], RelationType::kBefore,
                                              text[i][j] ? RelationBasis::kText : RelationBasis::kTime,
                                              best[i][j]});
        auto [it, inserted] = order.try_emplace({derived.from, derived.to}, derived);
        if (inserted) {
          ++report.derived_relations;
        } else if (!IsOrder(it->second.type) && Better(derived, it->second)) {
          it->second = derived;
          ++report.derived_relations;
        }
      }
    }
  }

  std::vector<Relation> all;
  all.reserve(order.size() + directional.size());
  for (auto& [k, r] : order) all.push_back(std::move(r));
  for (auto& [k, r] : directional) all.push_back(std::move(r));
  std::sort(all.begin(), all.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  EG_RETURN_IF_ERROR(store.ReplaceRelations(all));
  return report;
}

Result<GraphView> LoadGraph(Store& store, const EventQuery& query, bool with_article_text) {
  GraphView view;
  view.query = query;
  EG_ASSIGN_OR_RETURN(view.events, store.Events(query));
  std::set<std::string> entity_ids, article_ids, event_ids;
  for (const auto& e : view.events) {
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
  EG_ASSIGN_OR_RETURN(std::vector<Relation> relations, store.Relations());
  for (auto& r : relations) {
    if (event_ids.count(r.from) && event_ids.count(r.to)) view.relations.push_back(std::move(r));
  }
  return view;
}

}  // namespace eg
