#include "exporters/gexf/gexf_exporter.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"
#include "exporters/common/view_title.h"

namespace eg {
namespace {

struct Attribute {
  const char* id;
  const char* type;  // GEXF attribute type
};

constexpr std::array<Attribute, 14> kNodeAttributes = {{
    {"kind", "string"},
    {"type", "string"},
    {"cameo", "string"},
    {"precision", "string"},
    {"display", "string"},
    {"modality", "string"},
    {"confidence", "double"},
    {"place", "string"},
    {"lat", "double"},
    {"lon", "double"},
    {"lane", "string"},
    {"sources", "string"},
    {"entity_kind", "string"},
    {"country", "string"},
}};

constexpr std::array<Attribute, 5> kEdgeAttributes = {{
    {"kind", "string"},
    {"role", "string"},
    {"relation", "string"},
    {"basis", "string"},
    {"confidence", "double"},
}};

void Declare(std::string& out, const char* cls, const Attribute* begin, const Attribute* end) {
  out += "    <attributes class=\"";
  out += cls;
  out += "\" mode=\"static\">\n";
  for (const Attribute* a = begin; a != end; ++a) {
    out += "      <attribute id=\"";
    out += a->id;
    out += "\" title=\"";
    out += a->id;
    out += "\" type=\"";
    out += a->type;
    out += "\"/>\n";
  }
  out += "    </attributes>\n";
}

void Value(std::string& out, const char* id, std::string_view value) {
  if (value.empty()) return;
  out += "          <attvalue for=\"";
  out += id;
  out += "\" value=\"";
  out += XmlEscape(value);
  out += "\"/>\n";
}

void Value(std::string& out, const char* id, std::optional<double> value) {
  if (value) Value(out, id, FormatNumber(*value));
}

// ` start="..." end="..."` for the bounds that are known.
std::string Bounds(const std::optional<Date>& start, const std::optional<Date>& end) {
  std::string out;
  if (start) out += " start=\"" + FormatDate(*start) + "\"";
  if (end) out += " end=\"" + FormatDate(*end) + "\"";
  return out;
}

// The later of two lower bounds; an open (unknown) bound constrains nothing.
std::optional<Date> Later(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}
std::optional<Date> Earlier(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

class GexfExporter : public Exporter {
 public:
  std::string_view Name() const override { return "gexf"; }
  std::string_view Extension() const override { return "gexf"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions& options) const override {
    ViewIndex index(view);
    std::string out;
    out.reserve(1024 + index.events().size() * 1000);
    out +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
        "version=\"1.3\">\n"
        "  <meta>\n    <creator>eventgraph</creator>\n    <description>" +
        XmlEscape(TimelineTitle(view, options)) +
        "</description>\n  </meta>\n"
        "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">\n";
    Declare(out, "node", kNodeAttributes.begin(), kNodeAttributes.end());
    Declare(out, "edge", kEdgeAttributes.begin(), kEdgeAttributes.end());

    out += "    <nodes>\n";
    for (const Event* event : index.events()) {
      out += "      <node id=\"" + XmlEscape(event->id) + "\" label=\"" +
             XmlEscape(event->label.empty() ? event->type : event->label) + "\"" +
             Bounds(event->time.begin, event->time.end) + ">\n        <attvalues>\n";
      Value(out, "kind", "event");
      Value(out, "type", event->type);
      Value(out, "cameo", event->cameo);
      Value(out, "precision", PrecisionName(event->time.precision));
      Value(out, "display", SpanDisplay(event->time));
      Value(out, "modality", ModalityName(event->modality));
      Value(out, "confidence", std::optional<double>(event->confidence));
      Value(out, "place", index.PlaceName(*event));
      Value(out, "lat", index.PlaceLat(*event));
      Value(out, "lon", index.PlaceLon(*event));
      Value(out, "lane", index.LaneOf(*event).name);
      std::string sources;
      for (const Article* a : index.Sources(*event)) {
        if (!sources.empty()) sources += ' ';
        sources += a->url.empty() ? a->id : a->url;
      }
      Value(out, "sources", sources);
      out += "        </attvalues>\n      </node>\n";
    }
    for (const Entity& entity : index.entities()) {
      out += "      <node id=\"" + XmlEscape(entity.id) + "\" label=\"" +
             XmlEscape(entity.name.empty() ? entity.id : entity.name) +
             "\">\n        <attvalues>\n";
      Value(out, "kind", "entity");
      Value(out, "entity_kind", EntityKindName(entity.kind));
      Value(out, "country", entity.country);
      Value(out, "lat", entity.lat);
      Value(out, "lon", entity.lon);
      out += "        </attvalues>\n      </node>\n";
    }
    out += "    </nodes>\n    <edges>\n";
    for (const Event* event : index.events()) {
      for (const RoleEdge& edge : index.RoleEdges(*event)) {
        out += "      <edge id=\"" + XmlEscape(event->id + "|" + edge.role + "|" + edge.entity) +
               "\" source=\"" + XmlEscape(event->id) + "\" target=\"" + XmlEscape(edge.entity) +
               "\" label=\"" + edge.role + "\"" + Bounds(event->time.begin, event->time.end) +
               ">\n        <attvalues>\n";
        Value(out, "kind", "role");
        Value(out, "role", edge.role);
        out += "        </attvalues>\n      </edge>\n";
      }
    }
    for (const Relation* r : index.relations()) {
      const std::string type(RelationTypeName(r->type));
      const Event* from = index.FindEvent(r->from);
      const Event* to = index.FindEvent(r->to);
      std::optional<Date> start = Later(from->time.begin, to->time.begin);
      std::optional<Date> end = Earlier(from->time.end, to->time.end);
      // Events that never coexist (BEFORE) still get their edge, living at the later event.
      if (start && end && *end < *start) end = std::nullopt;
      out += "      <edge id=\"" + XmlEscape(r->from + "|" + type + "|" + r->to) +
             "\" source=\"" + XmlEscape(r->from) + "\" target=\"" + XmlEscape(r->to) +
             "\" label=\"" + type + "\"" + Bounds(start, end) + ">\n        <attvalues>\n";
      Value(out, "kind", "relation");
      Value(out, "relation", type);
      Value(out, "basis", RelationBasisName(r->basis));
      Value(out, "confidence", std::optional<double>(r->confidence));
      out += "        </attvalues>\n      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    return out;
  }
};

}  // namespace

std::unique_ptr<Exporter> NewGexfExporter() { return std::make_unique<GexfExporter>(); }

}  // namespace eg
