#include "exporters/graphml/graphml_exporter.h"

#include <array>
#include <string>

#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr std::array<Key, 22> kKeys = {{
    {"n_kind", "node", "kind", "string"},
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_cameo", "node", "cameo", "string"},
    {"n_start", "node", "start", "string"},
    {"n_end", "node", "end", "string"},
    {"n_precision", "node", "precision", "string"},
    {"n_display", "node", "display", "string"},
    {"n_modality", "node", "modality", "string"},
    {"n_confidence", "node", "confidence", "double"},
    {"n_place", "node", "place", "string"},
    {"n_lat", "node", "lat", "double"},
    {"n_lon", "node", "lon", "double"},
    {"n_lane", "node", "lane", "string"},
    {"n_sources", "node", "sources", "string"},
    {"n_entity_kind", "node", "entity_kind", "string"},
    {"n_country", "node", "country", "string"},
    {"e_kind", "edge", "kind", "string"},
    {"e_role", "edge", "role", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_basis", "edge", "basis", "string"},
    {"e_confidence", "edge", "confidence", "double"},
}};

void Data(std::string& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += XmlEscape(value);
  out += "</data>\n";
}

void Data(std::string& out, const char* key, std::optional<double> value) {
  if (value) Data(out, key, FormatNumber(*value));
}

class GraphMlExporter : public Exporter {
 public:
  std::string_view Name() const override { return "graphml"; }
  std::string_view Extension() const override { return "graphml"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    ViewIndex index(view);
    std::string out;
    out.reserve(1024 + index.events().size() * 900);
    out +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kKeys) {
      out += "  <key id=\"";
      out += k.id;
      out += "\" for=\"";
      out += k.domain;
      out += "\" attr.name=\"";
      out += k.name;
      out += "\" attr.type=\"";
      out += k.type;
      out += "\"/>\n";
    }
    out += "  <graph id=\"eventgraph\" edgedefault=\"directed\">\n";
    for (const Event* event : index.events()) {
      out += "    <node id=\"" + XmlEscape(event->id) + "\">\n";
      Data(out, "n_kind", "event");
      Data(out, "n_label", event->label.empty() ? event->type : event->label);
      Data(out, "n_type", event->type);
      Data(out, "n_cameo", event->cameo);
      Data(out, "n_start", DateOrEmpty(event->time.begin));
      Data(out, "n_end", DateOrEmpty(event->time.end));
      Data(out, "n_precision", PrecisionName(event->time.precision));
      Data(out, "n_display", SpanDisplay(event->time));
      Data(out, "n_modality", ModalityName(event->modality));
      Data(out, "n_confidence", std::optional<double>(event->confidence));
      Data(out, "n_place", index.PlaceName(*event));
      Data(out, "n_lat", index.PlaceLat(*event));
      Data(out, "n_lon", index.PlaceLon(*event));
      Data(out, "n_lane", index.LaneOf(*event).name);
      std::string sources;
      for (const Article* a : index.Sources(*event)) {
        if (!sources.empty()) sources += ' ';
        sources += a->url.empty() ? a->id : a->url;
      }
      Data(out, "n_sources", sources);
      out += "    </node>\n";
    }
    for (const Entity& entity : index.entities()) {
      out += "    <node id=\"" + XmlEscape(entity.id) + "\">\n";
      Data(out, "n_kind", "entity");
      Data(out, "n_label", entity.name.empty() ? entity.id : entity.name);
      Data(out, "n_entity_kind", EntityKindName(entity.kind));
      Data(out, "n_country", entity.country);
      Data(out, "n_lat", entity.lat);
      Data(out, "n_lon", entity.lon);
      out += "    </node>\n";
    }
    for (const Event* event : index.events()) {
      for (const RoleEdge& edge : index.RoleEdges(*event)) {
        out += "    <edge id=\"" + XmlEscape(event->id + "|" + edge.role + "|" + edge.entity) +
               "\" source=\"" + XmlEscape(event->id) + "\" target=\"" + XmlEscape(edge.entity) +
               "\">\n";
        Data(out, "e_kind", "role");
        Data(out, "e_role", edge.role);
        out += "    </edge>\n";
      }
    }
    for (const Relation* r : index.relations()) {
      const std::string type(RelationTypeName(r->type));
      out += "    <edge id=\"" + XmlEscape(r->from + "|" + type + "|" + r->to) + "\" source=\"" +
             XmlEscape(r->from) + "\" target=\"" + XmlEscape(r->to) + "\">\n";
      Data(out, "e_kind", "relation");
      Data(out, "e_relation", type);
      Data(out, "e_basis", RelationBasisName(r->basis));
      Data(out, "e_confidence", std::optional<double>(r->confidence));
      out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
  }
};

}  // namespace

std::unique_ptr<Exporter> NewGraphMlExporter() { return std::make_unique<GraphMlExporter>(); }

}  // namespace eg
