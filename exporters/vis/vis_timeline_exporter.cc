#include "exporters/vis/vis_timeline_exporter.h"

#include <map>
#include <string>

#include "engine/model/json_codec.h"
#include "exporters/common/json_out.h"
#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

// A CSS class name from free text: lower-case letters, digits and '-', never empty.
std::string ClassToken(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "other" : out;
}

class VisTimelineExporter : public Exporter {
 public:
  std::string_view Name() const override { return "vis-timeline"; }
  std::string_view Extension() const override { return "json"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    ViewIndex index(view);
    std::map<std::string, std::string> groups;  // lane id -> name
    Json items = Json::array();
    for (const Event* event : index.events()) {
      const TimeSpan& t = event->time;
      if (!t.begin && !t.end) continue;
      Lane lane = index.LaneOf(*event);
      std::string css = "type-" + ClassToken(event->type);
      Json item = Json::object();
      item["id"] = ValidUtf8(event->id);
      item["group"] = ValidUtf8(lane.id);
      const std::string label = event->label.empty() ? event->type : event->label;
      item["content"] = HtmlText(OneLine(label));
      std::string tooltip = SpanDisplay(t);
      const std::string place = index.PlaceName(*event);
      if (!place.empty()) tooltip += " \xC2\xB7 " + OneLine(place);
      item["title"] = HtmlText(tooltip);
      if (t.begin && t.end && *t.begin != *t.end) {
        item["start"] = FormatDate(*t.begin);
        item["end"] = FormatDate(*t.end + boost::gregorian::days(1));
        item["type"] = "range";
      } else {
        item["start"] = FormatDate(t.begin ? *t.begin : *t.end);
        item["type"] = "point";
        if (!t.begin) css += " open-start";
        if (!t.end) css += " open-end";
      }
      item["className"] = css;
      groups.emplace(lane.id, lane.name);
      items.push_back(std::move(item));
    }
    Json doc = Json::object();
    Json& groups_json = doc["groups"] = Json::array();
    for (const auto& [id, name] : groups) {
      groups_json.push_back({{"id", ValidUtf8(id)}, {"content", HtmlText(OneLine(name))}});
    }
    doc["items"] = std::move(items);
    return DumpJsonExport(doc, Name());
  }
};

}  // namespace

std::unique_ptr<Exporter> NewVisTimelineExporter() {
  return std::make_unique<VisTimelineExporter>();
}

}  // namespace eg
