// Entities across articles through the eventgraph binary, on three hand-written articles: an
// article that names only a surname joins the person another article names in full, unless two
// people of that surname are known; `entities` lists them with their counts; re-import is a no-op.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/model/json_codec.h"
#include "tests/e2e/cli_run.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

using e2e::RunResult;
using e2e::Slurp;

class EntitiesE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = fs::path(EG_SOURCE_DIR) / "tests" / "e2e" / "data" / "entities";
    ASSERT_TRUE(fs::exists(data_ / "kaja-kallas.jsonl")) << data_;
    char tmpl[] = "/tmp/eg-e2e-ent-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  RunResult Eg(const std::string& args) { return e2e::RunEventgraph(dir_, args); }
  std::string Db() const { return (dir_ / "db").string(); }
  std::string In(const char* name) const { return (data_ / name).string(); }

  void Import(const std::vector<const char*>& files) {
    std::string args = "import --db " + Db();
    for (const char* f : files) args += " " + In(f);
    auto r = Eg(args);
    ASSERT_EQ(r.code, 0) << r.err;
  }

  // `entities --all --format json`, by id.
  std::map<std::string, Json> Entities() {
    auto r = Eg("entities --all --format json --db " + Db());
    EXPECT_EQ(r.code, 0) << r.err;
    std::map<std::string, Json> out;
    Json doc = Json::parse(r.out, nullptr, false);
    EXPECT_TRUE(doc.is_array()) << r.out;
    if (!doc.is_array()) return out;
    for (auto& e : doc) out[e.at("id").get<std::string>()] = e;
    return out;
  }

  fs::path data_, dir_;
};

bool HasAlias(const Json& e, const std::string& alias) {
  for (const auto& a : e.at("aliases")) {
    if (a.get<std::string>() == alias) return true;
  }
  return false;
}

// Some entity other than `except` is named `name` (by any id).
bool OtherEntityNamed(const std::map<std::string, Json>& ents, const std::string& name, const std::string& except) {
  for (const auto& [id, e] : ents) {
    if (id != except && e.at("name").get<std::string>() == name) return true;
  }
  return false;
}

TEST_F(EntitiesE2e, ASurnameAloneJoinsThePersonNamedInFull) {
  Import({"kaja-kallas.jsonl", "kallas-surname.jsonl"});
  auto ents = Entities();
  ASSERT_TRUE(ents.count("person:kaja-kallas"));
  const Json& kallas = ents["person:kaja-kallas"];
  EXPECT_TRUE(HasAlias(kallas, "Kallas")) << kallas.dump();
  EXPECT_EQ(kallas.at("article_count").get<int>(), 2) << kallas.dump();
  EXPECT_FALSE(OtherEntityNamed(ents, "Kallas", "person:kaja-kallas")) << "the surname is no entity of its own";

  // The timeline of the alias holds the events of both articles.
  auto r = Eg("events --format json --entity Kallas --db " + Db());
  ASSERT_EQ(r.code, 0) << r.err;
  Json events = Json::parse(r.out);
  std::set<std::string> articles;
  for (const auto& e : events) {
    for (const auto& ev : e.at("evidence")) articles.insert(ev.at("article").get<std::string>());
  }
  EXPECT_EQ(articles.size(), 2u) << r.out;

  auto table = Eg("entities --kind person --db " + Db());
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_NE(table.out.find("person:kaja-kallas\tKaja Kallas\t"), std::string::npos) << table.out;
}

TEST_F(EntitiesE2e, TwoPeopleOfOneSurnameKeepTheSurnameApart) {
  Import({"kaja-kallas.jsonl", "kallas-surname.jsonl", "siim-kallas.jsonl"});
  auto ents = Entities();
  ASSERT_TRUE(ents.count("person:kaja-kallas"));
  ASSERT_TRUE(ents.count("person:siim-kallas"));
  EXPECT_EQ(ents["person:kaja-kallas"].at("article_count").get<int>(), 1);
  EXPECT_EQ(ents["person:siim-kallas"].at("article_count").get<int>(), 1);
  EXPECT_TRUE(OtherEntityNamed(ents, "Kallas", "")) << "'Kallas' alone may be either of them";
}

TEST_F(EntitiesE2e, ReimportLeavesTheEntitiesAsTheyWere) {
  Import({"kaja-kallas.jsonl", "kallas-surname.jsonl"});
  auto first = Eg("entities --all --format json --db " + Db());
  auto stats = Eg("stats --db " + Db());
  auto again = Eg("import --db " + Db() + " " + In("kaja-kallas.jsonl") + " " + In("kallas-surname.jsonl"));
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.err.find("2 already stored"), std::string::npos) << again.err;
  EXPECT_EQ(Eg("entities --all --format json --db " + Db()).out, first.out);
  EXPECT_EQ(Eg("stats --db " + Db()).out, stats.out);
}

TEST_F(EntitiesE2e, UnknownKindIsAUsageError) {
  Import({"kaja-kallas.jsonl"});
  auto r = Eg("entities --kind planet --db " + Db());
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("planet"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace eg
