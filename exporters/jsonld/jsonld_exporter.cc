#include "exporters/jsonld/jsonld_exporter.h"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/model/json_codec.h"
#include "exporters/common/json_out.h"
#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

std::string Iri(std::string_view id) { return ValidUtf8(std::string(kJsonLdIdPrefix) + std::string(id)); }

const char* AgentType(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "Person";
    case EntityKind::kCountry:
      return "GovernmentOrganization";
    default:
      return "Organization";
  }
}

Json PlaceJson(const Event& event, const ViewIndex& index) {
  Json place = Json::object();
  place["@type"] = "Place";
  if (!event.location->entity.empty()) place["@id"] = Iri(event.location->entity);
  place["name"] = OneLine(index.PlaceName(event));
  std::optional<double> lat = index.PlaceLat(event);
  std::optional<double> lon = index.PlaceLon(event);
  if (lat && lon) {
    place["geo"] = {{"@type", "GeoCoordinates"}, {"latitude", *lat}, {"longitude", *lon}};
  }
  const Entity* entity = index.FindEntity(event.location->entity);
  if (entity != nullptr && !entity->country.empty()) {
    place["address"] = {{"@type", "PostalAddress"}, {"addressCountry", ValidUtf8(entity->country)}};
  }
  return place;
}

Json ArticleJson(const Article& a) {
  Json j = Json::object();
  j["@type"] = "NewsArticle";
  j["@id"] = a.url.empty() ? Iri(a.id) : ValidUtf8(a.url);
  if (!a.title.empty()) j["headline"] = OneLine(a.title);
  if (!a.url.empty()) j["url"] = ValidUtf8(a.url);
  if (a.published) j["datePublished"] = FormatDate(*a.published);
  if (!a.source.empty()) j["publisher"] = {{"@type", "Organization"}, {"name", OneLine(a.source)}};
  return j;
}

class JsonLdExporter : public Exporter {
 public:
  std::string_view Name() const override { return "jsonld"; }
  std::string_view Extension() const override { return "jsonld"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    ViewIndex index(view);
    Json graph = Json::array();
    for (const Event* event : index.events()) {
      Json e = Json::object();
      e["@type"] = "Event";
      e["@id"] = Iri(event->id);
      e["name"] = OneLine(event->label.empty() ? event->type : event->label);
      if (event->time.begin) e["startDate"] = FormatDate(*event->time.begin);
      if (event->time.end) e["endDate"] = FormatDate(*event->time.end);
      std::string description = SpanDisplay(event->time);
      if (event->modality != Modality::kAsserted) {
        description += " \xC2\xB7 " + std::string(ModalityName(event->modality));
      }
      e["description"] = description;
      if (event->modality == Modality::kPlanned) e["eventStatus"] = "https://schema.org/EventScheduled";
      std::string keywords = ValidUtf8(event->type);
      if (!event->cameo.empty()) keywords += ", CAMEO " + ValidUtf8(event->cameo);
      e["keywords"] = keywords;
      if (event->location && !index.PlaceName(*event).empty()) e["location"] = PlaceJson(*event, index);
      Json attendees = Json::array();
      std::vector<std::string> seen;
      for (const Participant& p : event->participants) {
        if (p.entity.empty() || std::find(seen.begin(), seen.end(), p.entity) != seen.end()) continue;
        seen.push_back(p.entity);
        const Entity* entity = index.FindEntity(p.entity);
        attendees.push_back({{"@type", AgentType(entity != nullptr ? entity->kind
                                                                   : EntityKind::kOrganization)},
                             {"@id", Iri(p.entity)},
                             {"name", OneLine(index.EntityName(p.entity))}});
      }
      if (!attendees.empty()) e["attendee"] = std::move(attendees);
      Json articles = Json::array();
      for (const Article* a : index.Sources(*event)) articles.push_back(ArticleJson(*a));
      if (!articles.empty()) e["subjectOf"] = std::move(articles);
      graph.push_back(std::move(e));
    }
    Json doc = Json::object();
    doc["@context"] = "https://schema.org";
    doc["@graph"] = std::move(graph);
    return DumpJsonExport(doc, Name());
  }
};

}  // namespace

std::unique_ptr<Exporter> NewJsonLdExporter() { return std::make_unique<JsonLdExporter>(); }

}  // namespace eg
