#include "exporters/json/json_exporter.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace eg {

Json GraphToJson(const GraphView& view) {
  // Sorting copies of pointers keeps the document independent of the order in which the engine
  // happened to collect articles, entities and relations; events keep the view's time order,
  // which is meaningful to a reader.
  std::vector<const Article*> articles;
  for (const Article& a : view.articles) articles.push_back(&a);
  std::stable_sort(articles.begin(), articles.end(),
                   [](const Article* x, const Article* y) { return x->id < y->id; });
  std::vector<const Entity*> entities;
  for (const Entity& e : view.entities) entities.push_back(&e);
  std::stable_sort(entities.begin(), entities.end(),
                   [](const Entity* x, const Entity* y) { return x->id < y->id; });
  std::vector<const Relation*> relations;
  for (const Relation& r : view.relations) relations.push_back(&r);
  std::stable_sort(relations.begin(), relations.end(), [](const Relation* x, const Relation* y) {
    return std::tie(x->from, x->to, x->type) < std::tie(y->from, y->to, y->type);
  });

  Json doc = Json::object();
  doc["format"] = kGraphJsonFormat;
  doc["version"] = kGraphJsonVersion;
  Json& articles_json = doc["articles"] = Json::array();
  for (const Article* a : articles) articles_json.push_back(ArticleToJson(*a, false));
  Json& entities_json = doc["entities"] = Json::array();
  for (const Entity* e : entities) entities_json.push_back(EntityToJson(*e));
  Json& events_json = doc["events"] = Json::array();
  for (const Event& e : view.events) events_json.push_back(EventToJson(e));
  Json& relations_json = doc["relations"] = Json::array();
  for (const Relation* r : relations) relations_json.push_back(RelationToJson(*r));
  if (!view.storylines.empty()) {
    Json& storylines_json = doc["storylines"] = Json::array();
    for (const Storyline& s : view.storylines) storylines_json.push_back(StorylineToJson(s));
  }
  return doc;
}

namespace {

class JsonExporter : public Exporter {
 public:
  std::string_view Name() const override { return "json"; }
  std::string_view Extension() const override { return "json"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    // dump() throws type_error 316 on invalid UTF-8 under the default handler; replacing keeps a
    // damaged string from losing the whole export, and nothing else in dump() can throw.
    try {
      std::string out = GraphToJson(view).dump(2, ' ', false, Json::error_handler_t::replace);
      out.push_back('\n');
      return out;
    } catch (const nlohmann::json::exception& e) {
      return Status::Internal(std::string("json export: ") + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> NewJsonExporter() { return std::make_unique<JsonExporter>(); }

}  // namespace eg
