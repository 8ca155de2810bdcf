// The seed article end to end, through the eventgraph binary: import, idempotent re-import, bad
// inputs, export validated against the schema, and the events an analyst expects from it.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "engine/model/json_codec.h"
#include "tests/e2e/cli_run.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

using e2e::RunResult;
using e2e::Slurp;

class SeedE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    seed_ = fs::path(EG_SOURCE_DIR) / "examples" / "000_bc8f2656fc088620.txt";
    ASSERT_TRUE(fs::exists(seed_)) << seed_;
    char tmpl[] = "/tmp/eg-e2e-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  RunResult Eg(const std::string& args) { return e2e::RunEventgraph(dir_, args); }
  std::string Db() const { return (dir_ / "db").string(); }

  fs::path seed_, dir_;
};

TEST_F(SeedE2e, ReimportChangesNothing) {
  auto first = Eg("import --db " + Db() + " " + seed_.string());
  ASSERT_EQ(first.code, 0) << first.err;
  auto s1 = Eg("stats --db " + Db());
  ASSERT_EQ(s1.code, 0) << s1.err;
  EXPECT_NE(s1.out.find("articles   1"), std::string::npos) << s1.out;
  auto again = Eg("import --db " + Db() + " " + seed_.string());
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.err.find("1 already stored"), std::string::npos) << again.err;
  auto s2 = Eg("stats --db " + Db());
  EXPECT_EQ(s1.out, s2.out);
}

TEST_F(SeedE2e, BadFilesAreNamedAndTheRestIsImported) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  fs::copy_file(seed_, in / "seed.txt");
  std::ofstream(in / "empty.txt").close();
  {
    std::ofstream bin(in / "noise.bin", std::ios::binary);
    for (int i = 0; i < 4096; ++i) bin.put(static_cast<char>((i * 7919) % 256));
  }
  {
    std::ofstream latin(in / "latin1.txt", std::ios::binary);
    latin << "Title\n\nCaf\xe9 owners met in Paris on Monday.\n";
  }
  auto r = Eg("import --db " + Db() + " " + in.string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("noise.bin"), std::string::npos) << r.err;
  // Text that is not UTF-8 is decoded (as windows-1252, latin-1's superset), not refused: it is
  // imported beside the seed.
  EXPECT_EQ(r.err.find("latin1.txt"), std::string::npos) << r.err;
  auto s = Eg("stats --db " + Db());
  EXPECT_NE(s.out.find("articles   2"), std::string::npos) << s.out;
}

TEST_F(SeedE2e, UsageErrorsExitTwo) {
  EXPECT_EQ(Eg("import --db " + Db() + " --date 2025-02-30 " + seed_.string()).code, 2);
  EXPECT_EQ(Eg("frobnicate").code, 2);
  EXPECT_EQ(Eg("import --db " + Db() + " --format nonsense " + seed_.string()).code, 2);
  EXPECT_EQ(Eg("import --help").code, 0);
}

TEST_F(SeedE2e, ExportIsValidAndHoldsTheSeedEventsInOrder) {
  ASSERT_EQ(Eg("import --db " + Db() + " " + seed_.string()).code, 0);
  const std::string out = (dir_ / "g.json").string();
  auto r = Eg("export --db " + Db() + " --format json -o " + out);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto doc = nlohmann::json::parse(Slurp(out));

  // The export validates against our schema.
  const auto schema_doc =
      nlohmann::json::parse(Slurp(fs::path(EG_SOURCE_DIR) / "schemas" / "graph.schema.json"));
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter doc_adapter(doc);
  EXPECT_TRUE(validator.validate(schema, doc_adapter, &results)) << [&] {
    std::string why;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) why += e.description + "\n";
    return why;
  }();

  std::map<std::string, nlohmann::json> ents;
  for (const auto& e : doc["entities"]) ents[e["id"]] = e;
  auto who = [&](const nlohmann::json& ev) {
    std::string s;
    for (const auto& p : ev["participants"]) {
      if (ents.count(p["entity"])) s += ents[p["entity"]]["name"].get<std::string>() + ";";
    }
    return s;
  };
  auto str = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string(); };
  const nlohmann::json* talks = nullptr;
  const nlohmann::json* meeting = nullptr;
  const nlohmann::json* invasion = nullptr;
  for (const auto& ev : doc["events"]) {
    const std::string place = ev["location"].is_null() ? "" : str(ev["location"]["name"]);
    if (!talks && ev["type"] == "negotiate" && (place == "Shell Bay" || place == "Miami")) talks = &ev;
    if (!meeting && ev["type"] == "meet" && place == "Brussels") meeting = &ev;
    if (!invasion && ev["type"] == "invade") invasion = &ev;
  }
  ASSERT_NE(talks, nullptr) << doc.dump(1);
  ASSERT_NE(meeting, nullptr) << doc.dump(1);
  ASSERT_NE(invasion, nullptr) << doc.dump(1);

  // The talks: participants, and a span that ends on or before publication with an open start.
  const std::string talkers = who(*talks);
  for (const char* name : {"Steve Witkoff", "Jared Kushner", "Rustem Umerov", "United States", "Ukraine"}) {
    EXPECT_NE(talkers.find(name), std::string::npos) << name << " in " << talkers;
  }
  EXPECT_TRUE((*talks)["time"]["start"].is_null());
  EXPECT_EQ((*talks)["time"]["end"], "2025-12-01");
  EXPECT_NE((*talks)["time"]["basis"], "explicit") << "no date is written for the talks";
  EXPECT_GE((*talks)["evidence"].size(), 2u) << "described in several sentences";

  EXPECT_EQ((*meeting)["time"]["start"], "2025-12-01");
  EXPECT_EQ((*meeting)["time"]["end"], "2025-12-01");
  EXPECT_NE(who(*meeting).find("Kaja Kallas"), std::string::npos) << who(*meeting);

  EXPECT_EQ((*invasion)["time"]["start"], "2022-02-01");
  EXPECT_EQ((*invasion)["time"]["end"], "2022-02-28");
  EXPECT_EQ((*invasion)["time"]["precision"], "month");

  // Evidence offsets point at the trigger words in the stored text.
  const std::string body = Slurp(seed_);
  for (const auto* ev : {talks, meeting, invasion}) {
    for (const auto& e : (*ev)["evidence"]) {
      const std::string trig = e["trigger"]["text"];
      EXPECT_NE(body.find(trig), std::string::npos) << trig;
      EXPECT_LT(e["sentence"]["begin"].get<size_t>(), e["sentence"]["end"].get<size_t>());
      EXPECT_LE(e["sentence"]["begin"].get<size_t>(), e["trigger"]["begin"].get<size_t>());
      EXPECT_LE(e["trigger"]["end"].get<size_t>(), e["sentence"]["end"].get<size_t>());
    }
  }

  auto before = [&](const nlohmann::json& a, const nlohmann::json& b) {
    for (const auto& rel : doc["relations"]) {
      if (rel["from"] == a["id"] && rel["to"] == b["id"] && rel["type"] == "BEFORE") return true;
      if (rel["from"] == b["id"] && rel["to"] == a["id"] && rel["type"] == "AFTER") return true;
    }
    return false;
  };
  EXPECT_TRUE(before(*invasion, *talks));
  EXPECT_TRUE(before(*talks, *meeting));
  EXPECT_TRUE(before(*invasion, *meeting));
}

TEST_F(SeedE2e, ExportTakesTheFiltersOfEvents) {
  ASSERT_EQ(Eg("import --db " + Db() + " " + seed_.string()).code, 0);
  auto brussels = Eg("export --db " + Db() + " --format csv --place Brussels");
  ASSERT_EQ(brussels.code, 0) << brussels.err;
  EXPECT_NE(brussels.out.find("Brussels"), std::string::npos);
  EXPECT_EQ(brussels.out.find("Shell Bay"), std::string::npos) << brussels.out;
  auto one_source = Eg("export --db " + Db() + " --format csv --min-sources 2");
  ASSERT_EQ(one_source.code, 0) << one_source.err;
  // One article is one source: only the CSV header remains.
  EXPECT_EQ(std::count(one_source.out.begin(), one_source.out.end(), '\n'), 1) << one_source.out;
  auto in_be = Eg("events --db " + Db() + " --country be --format csv");
  ASSERT_EQ(in_be.code, 0) << in_be.err;
  EXPECT_NE(in_be.out.find("Brussels"), std::string::npos);
  EXPECT_EQ(Eg("export --db " + Db() + " --format csv --place Atlantis").code, 2);
  EXPECT_EQ(Eg("export --db " + Db() + " --format csv --country Belgium").code, 2);
}

TEST_F(SeedE2e, SvgIsRenderedInProcess) {
  ASSERT_EQ(Eg("import --db " + Db() + " " + seed_.string()).code, 0);
  const std::string out = (dir_ / "t.svg").string();
  auto r = Eg("export --db " + Db() + " --format svg -o " + out);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string svg = Slurp(out);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  // Graphviz writes '-' in SVG text as the character reference "&#45;".
  std::string text = svg;
  for (size_t at = text.find("&#45;"); at != std::string::npos; at = text.find("&#45;", at)) {
    text.replace(at, 5, "-");
  }
  EXPECT_NE(text.find("Brussels"), std::string::npos);
  EXPECT_NE(text.find("2025-12-01"), std::string::npos);
  // Same store, same bytes.
  const std::string out2 = (dir_ / "t2.svg").string();
  ASSERT_EQ(Eg("export --db " + Db() + " --format svg -o " + out2).code, 0);
  EXPECT_EQ(svg, Slurp(out2));
}

}  // namespace
}  // namespace eg
