#include "exporters/cytoscape/cytoscape_exporter.h"

#include <map>
#include <string>

#include "engine/model/json_codec.h"
#include "exporters/common/json_out.h"
#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

class CytoscapeExporter : public Exporter {
 public:
  std::string_view Name() const override { return "cytoscape"; }
  std::string_view Extension() const override { return "json"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    ViewIndex index(view);
    // Compound parents: an event's storyline when it has one (the longest, for an event in several:
    // a compound node has one parent), else its country lane. Every storyline is also listed in
    // the event's data.
    std::map<std::string, const Storyline*> story_of;
    std::map<std::string, std::vector<std::string>> stories_of;
    for (const Storyline& story : view.storylines) {
      for (const std::string& id : story.events) {
        stories_of[id].push_back(story.id);
        const Storyline*& best = story_of[id];
        if (best == nullptr || story.events.size() > best->events.size() ||
            (story.events.size() == best->events.size() && story.id < best->id)) {
          best = &story;
        }
      }
    }
    std::map<std::string, std::string> lanes;    // lane id -> name
    std::map<std::string, std::string> stories;  // storyline id -> label
    Json event_nodes = Json::array();
    Json edges = Json::array();
    for (const Event* event : index.events()) {
      Json data = Json::object();
      data["id"] = ValidUtf8(event->id);
      data["kind"] = "event";
      if (auto it = story_of.find(event->id); it != story_of.end()) {
        stories.emplace(it->second->id, it->second->label);
        data["parent"] = ValidUtf8(it->second->id);
        Json ids = Json::array();
        for (const std::string& id : stories_of[event->id]) ids.push_back(ValidUtf8(id));
        data["storylines"] = std::move(ids);
      } else {
        const Lane lane = index.LaneOf(*event);
        lanes.emplace(lane.id, lane.name);
        data["parent"] = ValidUtf8("lane:" + lane.id);
      }
      data["label"] = OneLine(event->label.empty() ? event->type : event->label);
      data["type"] = ValidUtf8(event->type);
      data["cameo"] = ValidUtf8(event->cameo);
      data["color"] = EventTypeColor(event->type);
      if (event->time.begin) data["start"] = FormatDate(*event->time.begin);
      if (event->time.end) data["end"] = FormatDate(*event->time.end);
      data["precision"] = std::string(PrecisionName(event->time.precision));
      data["display"] = SpanDisplay(event->time);
      data["modality"] = std::string(ModalityName(event->modality));
      data["confidence"] = event->confidence;
      const std::string place = index.PlaceName(*event);
      if (!place.empty()) data["place"] = OneLine(place);
      if (std::optional<double> lat = index.PlaceLat(*event)) data["lat"] = *lat;
      if (std::optional<double> lon = index.PlaceLon(*event)) data["lon"] = *lon;
      Json sources = Json::array();
      for (const Article* a : index.Sources(*event)) {
        sources.push_back(ValidUtf8(a->url.empty() ? a->id : a->url));
      }
      data["sources"] = std::move(sources);
      event_nodes.push_back({{"data", std::move(data)}});

      for (const RoleEdge& edge : index.RoleEdges(*event)) {
        Json e = Json::object();
        e["id"] = ValidUtf8(event->id + "|" + edge.role + "|" + edge.entity);
        e["source"] = ValidUtf8(event->id);
        e["target"] = ValidUtf8(edge.entity);
        e["kind"] = "role";
        e["role"] = edge.role;
        edges.push_back({{"data", std::move(e)}});
      }
    }
    for (const Relation* r : index.relations()) {
      const std::string type(RelationTypeName(r->type));
      Json e = Json::object();
      e["id"] = ValidUtf8(r->from + "|" + type + "|" + r->to);
      e["source"] = ValidUtf8(r->from);
      e["target"] = ValidUtf8(r->to);
      e["kind"] = "relation";
      e["relation"] = type;
      e["basis"] = std::string(RelationBasisName(r->basis));
      e["confidence"] = r->confidence;
      edges.push_back({{"data", std::move(e)}});
    }

    Json nodes = Json::array();
    for (const auto& [id, name] : lanes) {
      nodes.push_back({{"data", {{"id", ValidUtf8("lane:" + id)}, {"kind", "lane"},
                                 {"label", OneLine(name)}}}});
    }
    for (const auto& [id, label] : stories) {
      nodes.push_back({{"data", {{"id", ValidUtf8(id)}, {"kind", "storyline"},
                                 {"label", OneLine(label)}}}});
    }
    for (Json& n : event_nodes) nodes.push_back(std::move(n));
    for (const Entity& entity : index.entities()) {
      Json data = Json::object();
      data["id"] = ValidUtf8(entity.id);
      data["kind"] = "entity";
      data["entity_kind"] = std::string(EntityKindName(entity.kind));
      data["label"] = OneLine(entity.name.empty() ? entity.id : entity.name);
      if (!entity.country.empty()) data["country"] = ValidUtf8(entity.country);
      if (entity.lat) data["lat"] = *entity.lat;
      if (entity.lon) data["lon"] = *entity.lon;
      nodes.push_back({{"data", std::move(data)}});
    }
    Json doc = Json::object();
    doc["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
    return DumpJsonExport(doc, Name());
  }
};

}  // namespace

std::unique_ptr<Exporter> NewCytoscapeExporter() { return std::make_unique<CytoscapeExporter>(); }

}  // namespace eg
