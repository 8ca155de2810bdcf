#include "exporters/json/json_exporter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/model/json_codec.h"
#include "tests/exporters/sample_view.h"
#include "tests/exporters/schema_util.h"

namespace eg {
namespace {

using testing::ReadFile;
using testing::SampleView;
using testing::SchemaValidator;
using testing::SourcePath;

const SchemaValidator& GraphSchema() {
  static const SchemaValidator* const kSchema =
      new SchemaValidator(SourcePath("schemas/graph.schema.json"));
  return *kSchema;
}

std::string ExportJson(const GraphView& view) {
  Result<std::string> out = NewJsonExporter()->Export(view, {});
  EXPECT_TRUE(out.ok()) << out.status().ToString();
  return out.ok() ? *out : "";
}

TEST(JsonExporter, SampleValidatesAgainstTheGraphSchema) {
  nlohmann::json doc = nlohmann::json::parse(ExportJson(SampleView()));
  std::string errors;
  EXPECT_TRUE(GraphSchema().Validate(doc, &errors)) << errors;
}

TEST(JsonExporter, WritesTheDocumentedShape) {
  const std::string text = ExportJson(SampleView());
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.substr(0, 13), "{\n  \"format\":");  // pretty-printed, 2-space indent
  nlohmann::json doc = nlohmann::json::parse(text);
  EXPECT_EQ(doc["format"], "eventgraph-graph");
  EXPECT_EQ(doc["version"], 1);
  ASSERT_EQ(doc["articles"].size(), 1u);
  EXPECT_FALSE(doc["articles"][0].contains("text"));  // articles go out without their body
  EXPECT_EQ(doc["articles"][0]["published"], "2025-12-01");

  // Entities sorted by id although the view lists them in another order.
  std::vector<std::string> entity_ids;
  for (const auto& e : doc["entities"]) entity_ids.push_back(e["id"]);
  EXPECT_EQ(entity_ids, (std::vector<std::string>{"country:UA", "country:US", "location:miami-us",
                                                  "person:kaja-kallas"}));

  // Events keep the view's time order; the open start stays open.
  ASSERT_EQ(doc["events"].size(), 3u);
  const auto& talks = doc["events"][0];
  EXPECT_EQ(talks["id"], testing::kTalksId);
  EXPECT_TRUE(talks["time"]["start"].is_null());
  EXPECT_EQ(talks["time"]["end"], "2025-12-01");
  EXPECT_EQ(talks["time"]["basis"], "tense");
  EXPECT_EQ(talks["location"]["qualifier"], "near");
  EXPECT_EQ(talks["participants"][0]["role"], "source");
  EXPECT_EQ(talks["modality"], "reported");
  EXPECT_EQ(talks["evidence"][0]["trigger"]["text"], "negotiations");
  EXPECT_EQ(talks["evidence"][0]["trigger"]["begin"], 150);
  const auto& invasion = doc["events"][1];
  EXPECT_EQ(invasion["time"]["start"], "2022-02-01");
  EXPECT_EQ(invasion["time"]["end"], "2022-02-28");
  EXPECT_EQ(invasion["time"]["precision"], "month");
  EXPECT_TRUE(doc["events"][2]["location"].is_null());

  // Relations sorted by (from, to): the talks' two relations come before the invasion's.
  ASSERT_EQ(doc["relations"].size(), 3u);
  EXPECT_EQ(doc["relations"][0]["from"], testing::kTalksId);
  EXPECT_EQ(doc["relations"][0]["to"], testing::kMeetingId);
  EXPECT_EQ(doc["relations"][1]["to"], "ev:ffffffffffffffff");
  EXPECT_EQ(doc["relations"][1]["type"], "CAUSES");
  EXPECT_EQ(doc["relations"][2]["from"], testing::kInvasionId);
}

TEST(JsonExporter, MatchesTheReviewedGoldenFile) {
  EXPECT_EQ(ExportJson(SampleView()),
            ReadFile(SourcePath("tests/exporters/data/sample_graph.json")));
}

TEST(JsonExporter, SameViewTwiceIsByteIdenticalWhateverTheInputOrder) {
  GraphView view = SampleView();
  const std::string first = ExportJson(view);
  EXPECT_EQ(first, ExportJson(view));
  std::reverse(view.entities.begin(), view.entities.end());
  std::reverse(view.relations.begin(), view.relations.end());
  EXPECT_EQ(first, ExportJson(view));
}

TEST(JsonExporter, HostileStringsSurviveAndStayValid) {
  GraphView view = SampleView();
  const std::string hostile = "He said \"stop\" <script>alert(1)</script> }]}, \\ \n\t\x01 end";
  view.events[0].label = hostile;
  view.articles[0].title = hostile;
  view.entities[0].name = hostile;
  view.events[1].label = "broken \xFF utf-8";
  nlohmann::json doc = nlohmann::json::parse(ExportJson(view));
  std::string errors;
  EXPECT_TRUE(GraphSchema().Validate(doc, &errors)) << errors;
  EXPECT_EQ(doc["events"][0]["label"], hostile);
  EXPECT_EQ(doc["articles"][0]["title"], hostile);
  // Invalid UTF-8 cannot be written as JSON; it is replaced, not allowed to fail the export.
  EXPECT_EQ(doc["events"][1]["label"], "broken \xEF\xBF\xBD utf-8");
}

TEST(JsonExporter, EmptyViewIsAValidDocument) {
  nlohmann::json doc = nlohmann::json::parse(ExportJson(GraphView{}));
  EXPECT_TRUE(GraphSchema().Validate(doc));
  EXPECT_TRUE(doc["events"].empty());
}

// Every fixture under data/invalid is a valid document with one rule broken; its file name names
// the rule. The schema must reject each.
TEST(GraphSchema, RejectsEachInvalidFixture) {
  const std::filesystem::path dir = SourcePath("tests/exporters/data/invalid");
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    nlohmann::json doc = nlohmann::json::parse(ReadFile(entry.path().string()));
    EXPECT_FALSE(GraphSchema().Validate(doc)) << entry.path().filename() << " was accepted";
    ++checked;
  }
  EXPECT_GE(checked, 6);
}

TEST(GraphSchema, AcceptsTheGoldenAndRejectsSingleEdits) {
  nlohmann::json golden =
      nlohmann::json::parse(ReadFile(SourcePath("tests/exporters/data/sample_graph.json")));
  ASSERT_TRUE(GraphSchema().Validate(golden));
  auto rejects = [&](auto edit) {
    nlohmann::json doc = golden;
    edit(doc);
    return !GraphSchema().Validate(doc);
  };
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d.erase("relations"); }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["version"] = 2; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][0].erase("time"); }));
  EXPECT_TRUE(
      rejects([](nlohmann::json& d) { d["events"][0]["time"]["precision"] = "fortnight"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][1]["time"]["start"] = "2022-2-1"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][1]["time"]["start"] = "2022-13-01"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][0]["modality"] = "rumoured"; }));
  EXPECT_TRUE(
      rejects([](nlohmann::json& d) { d["events"][0]["participants"][0]["role"] = "actor"; }));
  EXPECT_TRUE(
      rejects([](nlohmann::json& d) { d["events"][0]["evidence"][0]["sentence"]["begin"] = -1; }));
  EXPECT_TRUE(
      rejects([](nlohmann::json& d) { d["events"][0]["evidence"][0]["trigger"]["end"] = 1.5; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][0]["confidence"] = 1.5; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["relations"][0]["type"] = "LATER"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["relations"][0]["basis"] = "guess"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["entities"][0]["kind"] = "city"; }));
  EXPECT_TRUE(rejects([](nlohmann::json& d) { d["events"][0]["surprise"] = true; }));
  // And the open bound stays allowed.
  EXPECT_FALSE(rejects([](nlohmann::json& d) { d["events"][1]["time"]["start"] = nullptr; }));
}

// The schema's enums must list exactly the names the model writes; a new enum value in the
// model without a schema update fails here.
TEST(GraphSchema, EnumsMatchTheModelNames) {
  const nlohmann::json& defs = GraphSchema().document()["definitions"];
  auto enum_of = [](const nlohmann::json& property) {
    return property["enum"].get<std::vector<std::string>>();
  };
  auto names = [](int count, auto name_of) {
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) out.emplace_back(name_of(i));
    return out;
  };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(sorted(enum_of(defs["time"]["properties"]["precision"])),
            sorted(names(11, [](int i) { return PrecisionName(static_cast<Precision>(i)); })));
  EXPECT_EQ(sorted(enum_of(defs["time"]["properties"]["basis"])),
            sorted(names(4, [](int i) { return TimeBasisName(static_cast<TimeBasis>(i)); })));
  EXPECT_EQ(sorted(enum_of(defs["event"]["properties"]["modality"])),
            sorted(names(5, [](int i) { return ModalityName(static_cast<Modality>(i)); })));
  EXPECT_EQ(sorted(enum_of(defs["participant"]["properties"]["role"])),
            sorted(names(3, [](int i) { return RoleName(static_cast<Role>(i)); })));
  EXPECT_EQ(sorted(enum_of(defs["entity"]["properties"]["kind"])),
            sorted(names(6, [](int i) { return EntityKindName(static_cast<EntityKind>(i)); })));
  EXPECT_EQ(
      sorted(enum_of(defs["relation"]["properties"]["type"])),
      sorted(names(14, [](int i) { return RelationTypeName(static_cast<RelationType>(i)); })));
  EXPECT_EQ(
      sorted(enum_of(defs["relation"]["properties"]["basis"])),
      sorted(names(2, [](int i) { return RelationBasisName(static_cast<RelationBasis>(i)); })));
  std::vector<std::string> taxonomy;
  for (const EventTypeInfo& info : EventTypes()) taxonomy.emplace_back(info.type);
  EXPECT_EQ(sorted(enum_of(defs["event"]["properties"]["type"])), sorted(taxonomy));
}

TEST(ArticleSchema, DescribesOneArticleWithOrWithoutText) {
  SchemaValidator schema(SourcePath("schemas/article.schema.json"));
  Article article = SampleView().articles[0];
  article.text = "Kallas said on Monday that \"talks\" were held.\n";
  std::string errors;
  EXPECT_TRUE(schema.Validate(nlohmann::json::parse(ArticleToJson(article, true).dump()), &errors))
      << errors;
  EXPECT_TRUE(schema.Validate(nlohmann::json::parse(ArticleToJson(article, false).dump()), &errors))
      << errors;
  nlohmann::json missing_id = nlohmann::json::parse(ArticleToJson(article, true).dump());
  missing_id.erase("id");
  EXPECT_FALSE(schema.Validate(missing_id));

  // The standalone schema is the graph schema's article definition plus the optional text.
  nlohmann::json properties = schema.document()["properties"];
  properties.erase("text");
  const nlohmann::json& in_graph = GraphSchema().document()["definitions"]["article"];
  EXPECT_EQ(properties, in_graph["properties"]);
  EXPECT_EQ(schema.document()["required"], in_graph["required"]);
}

}  // namespace
}  // namespace eg
