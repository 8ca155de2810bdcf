#include "exporters/dot/knowledge_graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"
#include "exporters/common/view_title.h"
#include "exporters/dot/graphviz_util.h"

namespace eg {
namespace {

using dot_internal::GraphPtr;
using dot_internal::Mut;
using dot_internal::Set;
using dot_internal::SetHtml;

constexpr size_t kEntityWrapWidth = 24;
// Past this many events dot's spline routing around the labelled edges takes minutes (120 events:
// over a minute), so larger graphs get straight edges and bounded layout passes (about a second).
constexpr size_t kCurvedEdgesMax = 30;

// Which transitive family a relation belongs to after normalization.
enum class Family { kNone, kPrecedes, kIncludes };

// AFTER and IS_INCLUDED become their converses, so each family has one direction.
Relation Normalize(const Relation& r) {
  Relation out = r;
  if (r.type == RelationType::kAfter || r.type == RelationType::kIAfter ||
      r.type == RelationType::kIsIncluded) {
    std::swap(out.from, out.to);
    out.type = r.type == RelationType::kAfter    ? RelationType::kBefore
               : r.type == RelationType::kIAfter ? RelationType::kIBefore
                                                 : RelationType::kIncludes;
  }
  return out;
}

Family FamilyOf(RelationType t) {
  switch (t) {
    case RelationType::kBefore:
    case RelationType::kIBefore:
      return Family::kPrecedes;
    case RelationType::kIncludes:
      return Family::kIncludes;
    default:
      return Family::kNone;
  }
}

// True when `to` is reachable from `from` in `succ` without using the direct edge from -> to.
bool ReachableAvoidingDirect(const std::map<std::string, std::set<std::string>>& succ,
                             const std::string& from, const std::string& to) {
  std::set<std::string> seen;
  std::vector<std::string> stack;
  auto it = succ.find(from);
  if (it == succ.end()) return false;
  for (const std::string& next : it->second) {
    if (next != to && seen.insert(next).second) stack.push_back(next);
  }
  while (!stack.empty()) {
    std::string node = std::move(stack.back());
    stack.pop_back();
    if (node == to) return true;
    auto found = succ.find(node);
    if (found == succ.end()) continue;
    for (const std::string& next : found->second) {
      if (seen.insert(next).second) stack.push_back(next);
    }
  }
  return false;
}

}  // namespace

std::vector<Relation> ReduceTimeRelations(const std::vector<Relation>& relations) {
  std::vector<Relation> normalized;
  normalized.reserve(relations.size());
  for (const Relation& r : relations) normalized.push_back(Normalize(r));
  auto key = [](const Relation& r) { return std::tie(r.from, r.to, r.type); };
  std::sort(normalized.begin(), normalized.end(),
            [&](const Relation& a, const Relation& b) { return key(a) < key(b); });
  normalized.erase(std::unique(normalized.begin(), normalized.end(),
                               [&](const Relation& a, const Relation& b) { return key(a) == key(b); }),
                   normalized.end());

  std::map<std::string, std::set<std::string>> precedes;
  std::map<std::string, std::set<std::string>> includes;
  for (const Relation& r : normalized) {
    if (r.from == r.to) continue;
    Family f = FamilyOf(r.type);
    if (f == Family::kPrecedes) precedes[r.from].insert(r.to);
    if (f == Family::kIncludes) includes[r.from].insert(r.to);
  }
  std::vector<Relation> out;
  for (const Relation& r : normalized) {
    // IBEFORE (meets) is stronger than anything a chain implies, so it always stays.
    bool implied = false;
    if (r.type == RelationType::kBefore) implied = ReachableAvoidingDirect(precedes, r.from, r.to);
    if (r.type == RelationType::kIncludes) implied = ReachableAvoidingDirect(includes, r.from, r.to);
    if (!implied) out.push_back(r);
  }
  return out;
}

namespace {

const char* EntityShape(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "ellipse";
    case EntityKind::kCountry:
      return "hexagon";
    case EntityKind::kLocation:
    case EntityKind::kFacility:
      return "note";
    default:
      return "tab";
  }
}

GraphPtr BuildKnowledgeGraph(const GraphView& view, const ExportOptions& options) {
  ViewIndex index(view);
  const size_t cap = options.max_events > 0 ? options.max_events : kMaxGraphEvents;
  const std::vector<const Event*> events = MostSupportedEvents(index, cap);

  GraphPtr graph = dot_internal::NewGraph("knowledge_graph");
  if (!graph) return graph;
  Agraph_t* g = graph.get();
  agattr(g, AGRAPH, Mut("rankdir"), Mut("LR"));
  agattr(g, AGRAPH, Mut("charset"), Mut("UTF-8"));
  agattr(g, AGRAPH, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGRAPH, Mut("labelloc"), Mut("t"));
  agattr(g, AGRAPH, Mut("nodesep"), Mut("0.3"));
  agattr(g, AGRAPH, Mut("ranksep"), Mut("0.8"));
  Agsym_t* graph_label = agattr(g, AGRAPH, Mut("label"), Mut(""));
  if (events.size() > kCurvedEdgesMax) {
    agattr(g, AGRAPH, Mut("splines"), Mut("false"));
    agattr(g, AGRAPH, Mut("nslimit"), Mut("2"));
    agattr(g, AGRAPH, Mut("nslimit1"), Mut("2"));
    agattr(g, AGRAPH, Mut("mclimit"), Mut("0.3"));
  }
  agattr(g, AGNODE, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGEDGE, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGEDGE, Mut("fontsize"), Mut("9"));
  agattr(g, AGEDGE, Mut("arrowsize"), Mut("0.6"));
  Agsym_t* node_label = agattr(g, AGNODE, Mut("label"), Mut("\\N"));
  Agsym_t* node_class = agattr(g, AGNODE, Mut("class"), Mut(""));
  Agsym_t* node_shape = agattr(g, AGNODE, Mut("shape"), Mut("box"));
  Agsym_t* node_style = agattr(g, AGNODE, Mut("style"), Mut("filled,rounded"));
  Agsym_t* node_fill = agattr(g, AGNODE, Mut("fillcolor"), Mut("#d9d9d9"));
  Agsym_t* node_fontsize = agattr(g, AGNODE, Mut("fontsize"), Mut("11"));
  Agsym_t* edge_label = agattr(g, AGEDGE, Mut("label"), Mut(""));
  Agsym_t* edge_class = agattr(g, AGEDGE, Mut("class"), Mut(""));
  Agsym_t* edge_style = agattr(g, AGEDGE, Mut("style"), Mut("solid"));
  Agsym_t* edge_color = agattr(g, AGEDGE, Mut("color"), Mut("#7f7f7f"));
  Agsym_t* edge_fontcolor = agattr(g, AGEDGE, Mut("fontcolor"), Mut("#595959"));
  Agsym_t* edge_penwidth = agattr(g, AGEDGE, Mut("penwidth"), Mut("1"));

  std::string title = TimelineTitle(view, options);
  if (title.rfind("Event timeline", 0) == 0) title.replace(0, 14, "Event graph");
  if (events.size() < index.events().size()) {
    title += " \xC2\xB7 " + std::to_string(events.size()) + " of " +
             std::to_string(index.events().size()) + " events";
  }
  SetHtml(g, g, graph_label,
          dot_internal::TitleAndLegendHtml(
              title, dot_internal::LegendTypes(events),
              {"boxes: events \xC2\xB7 ellipses: people \xC2\xB7 hexagons: countries \xC2\xB7 "
               "notes: places \xC2\xB7 tabs: organizations",
               "blue arrows: time relations, transitive reduction (dashed: from dates, solid: "
               "from text)"}));

  std::map<std::string, Agnode_t*> node_of;
  for (const Event* e : events) {
    std::string id = SanitizeUtf8(e->id);
    std::string name = dot_internal::UniqueNodeName(
        g, dot_internal::DotCanCarry(id) ? id : "event:" + std::to_string(node_of.size()));
    Agnode_t* n = agnode(g, Mut(name), 1);
    node_of[e->id] = n;
    Set(n, node_class, "event");
    Set(n, node_fill, EventTypeColor(e->type));
    if (e->time.IsOpen() ||
        (e->time.precision != Precision::kDay && e->time.precision != Precision::kMinute)) {
      Set(n, node_style, "filled,rounded,dashed");
    }
    SetHtml(g, n, node_label, dot_internal::EventLabelHtml(*e, SpanDisplay(e->time)));
  }
  // Entities in id order, only those the drawn events reference.
  std::map<std::string, std::vector<RoleEdge>> edges_to;
  for (const Event* e : events) {
    for (RoleEdge& edge : index.RoleEdges(*e)) edges_to[edge.entity].push_back(std::move(edge));
  }
  for (const auto& [entity_id, edges] : edges_to) {
    const Entity* entity = index.FindEntity(entity_id);
    std::string id = SanitizeUtf8(entity_id);
    std::string name = dot_internal::UniqueNodeName(
        g, dot_internal::DotCanCarry(id) ? id : "entity:" + std::to_string(node_of.size()));
    Agnode_t* n = agnode(g, Mut(name), 1);
    Set(n, node_class, "entity");
    Set(n, node_shape, EntityShape(entity != nullptr ? entity->kind : EntityKind::kOrganization));
    Set(n, node_style, "filled");
    Set(n, node_fill, "#ffffff");
    Set(n, node_fontsize, "10");
    std::vector<std::string> lines =
        WrapText(SanitizeUtf8(index.EntityName(entity_id)), kEntityWrapWidth, 2);
    SetHtml(g, n, node_label, dot_internal::JoinLines(lines, "", ""));
    for (const RoleEdge& edge : edges) {
      Agedge_t* a = agedge(g, node_of[edge.event->id], n, nullptr, 1);
      Set(a, edge_class, "role");
      std::string text = edge.role;
      if (edge.role == "location" && !edge.event->location->qualifier.empty()) {
        text = edge.event->location->qualifier;
      }
      SetHtml(g, a, edge_label, HtmlEscape(SanitizeUtf8(text)));
      if (edge.role == "location") Set(a, edge_style, "dotted");
    }
  }
  std::vector<Relation> drawn;
  for (const Relation* r : index.relations()) {
    if (node_of.count(r->from) != 0 && node_of.count(r->to) != 0) drawn.push_back(*r);
  }
  for (const Relation& r : ReduceTimeRelations(drawn)) {
    Agedge_t* a = agedge(g, node_of[r.from], node_of[r.to], nullptr, 1);
    Set(a, edge_class, "relation");
    Set(a, edge_label, std::string(RelationTypeName(r.type)));
    Set(a, edge_color, "#3465a4");
    Set(a, edge_fontcolor, "#3465a4");
    Set(a, edge_penwidth, "1.4");
    Set(a, edge_style, r.basis == RelationBasis::kText ? "solid" : "dashed");
  }
  return graph;
}

}  // namespace

std::unique_ptr<Exporter> NewGraphDotExporter() {
  return dot_internal::NewGraphvizExporter("graph-dot", "dot", "dot", BuildKnowledgeGraph);
}
std::unique_ptr<Exporter> NewGraphSvgExporter() {
  return dot_internal::NewGraphvizExporter("graph-svg", "svg", "svg", BuildKnowledgeGraph);
}
std::unique_ptr<Exporter> NewGraphPngExporter() {
  return dot_internal::NewGraphvizExporter("graph-png", "png", "png", BuildKnowledgeGraph);
}
std::unique_ptr<Exporter> NewGraphPdfExporter() {
  return dot_internal::NewGraphvizExporter("graph-pdf", "pdf", "pdf", BuildKnowledgeGraph);
}

}  // namespace eg
