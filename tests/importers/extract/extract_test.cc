// Extract() end to end on the seed article: the mentions that the engine's merge builds the seed
// acceptance events from must exist, with evidence offsets that point at their trigger words.
#include "importers/extract/extract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace eg {
namespace {

constexpr char kSeedName[] = "000_bc8f2656fc088620.txt";
const Date kSeedDct(2025, 12, 1);

std::string ReadSeed() {
  for (std::string dir : {std::string(EG_SOURCE_DIR) + "/examples/",
                          std::string(EG_SHARED_DIR) + "/data/articles/seed/"}) {
    std::ifstream in(dir + kSeedName, std::ios::binary);
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  return "";
}

// The body the text importer stores: after the "News ID:" line, before "End Article".
Article SeedArticle(const std::string& file) {
  Article a;
  size_t id_line = file.find("News ID:");
  size_t begin = file.find('\n', id_line) + 1;
  size_t end = file.find("End Article");
  a.text = file.substr(begin, end - begin);
  a.id = "art:seed";
  a.published = kSeedDct;
  return a;
}

bool Has(const Event& e, std::string_view id) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.entity == id; });
}

class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string file = ReadSeed();
    if (file.empty()) GTEST_SKIP() << "seed article not found";
    article_ = SeedArticle(file);
    auto r = Extract(article_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    x_ = std::move(r).value();
  }
  const Entity* FindEntity(std::string_view id) const {
    for (const Entity& e : x_.entities) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
  Article article_;
  Extraction x_;
};

TEST_F(SeedTest, EvidencePointsAtTriggersInsideTheirSentences) {
  ASSERT_FALSE(x_.events.empty());
  for (const Event& e : x_.events) {
    ASSERT_EQ(e.evidence.size(), 1u) << e.label;
    const Evidence& ev = e.evidence[0];
    EXPECT_EQ(ev.article, "art:seed");
    EXPECT_EQ(article_.text.substr(ev.trigger.begin, ev.trigger.end - ev.trigger.begin),
              ev.trigger_text);
    EXPECT_TRUE(std::find(x_.sentences.begin(), x_.sentences.end(), ev.sentence) !=
                x_.sentences.end());
    EXPECT_LE(ev.sentence.begin, ev.trigger.begin);
    EXPECT_GE(ev.sentence.end, ev.trigger.end);
    const EventTypeInfo* info = FindEventType(e.type);
    ASSERT_NE(info, nullptr) << e.type;
    EXPECT_EQ(e.cameo, info->cameo);
    EXPECT_EQ(e.id, MakeEventId("art:seed", ev.trigger.begin, e.type));
  }
  for (const Entity& ent : x_.entities) {
    for (Span s : ent.mentions) EXPECT_LE(s.end, article_.text.size());
  }
}

TEST_F(SeedTest, NegotiationsNearMiamiWithBothDelegations) {
  bool found = false;
  for (const Event& e : x_.events) {
    if (e.type != "negotiate" || !e.location) continue;
    if (e.location->entity != "facility:shell-bay-us" && e.location->entity != "location:miami-us") {
      continue;
    }
    found = true;
    EXPECT_EQ(e.evidence[0].trigger_text, "negotiations");
    for (std::string_view id : {"person:steve-witkoff", "person:jared-kushner",
                                "person:rustem-umerov", "country:US", "country:UA"}) {
      EXPECT_TRUE(Has(e, id)) << id;
    }
    EXPECT_FALSE(e.time.begin.has_value());
    ASSERT_TRUE(e.time.end.has_value());
    EXPECT_LE(*e.time.end, kSeedDct);
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedTest, BrusselsMeetingOnTheDayWithKallas) {
  bool found = false;
  for (const Event& e : x_.events) {
    if (!e.location || e.location->entity != "location:brussels-be") continue;
    if (e.time.begin != kSeedDct || e.time.end != kSeedDct) continue;
    found = true;
    EXPECT_EQ(e.type, "meet");
    EXPECT_TRUE(Has(e, "person:kaja-kallas"));
    EXPECT_EQ(e.evidence[0].trigger_text, "meeting");
    EXPECT_NE(e.label.find("meeting"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedTest, InvasionInFebruary2022) {
  bool found = false;
  for (const Event& e : x_.events) {
    if (e.type != "invade") continue;
    found = true;
    EXPECT_EQ(e.evidence[0].trigger_text, "invasion");
    EXPECT_NE(e.label.find("invasion"), std::string::npos);
    EXPECT_EQ(e.time.begin, Date(2022, 2, 1));
    EXPECT_EQ(e.time.end, Date(2022, 2, 28));
    EXPECT_EQ(e.time.precision, Precision::kMonth);
    EXPECT_TRUE(Has(e, "country:RU"));
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedTest, EntitiesOfTheSeed) {
  for (std::string_view id :
       {"person:kaja-kallas", "person:steve-witkoff", "person:jared-kushner",
        "person:donald-trump", "person:rustem-umerov", "person:sergiy-kyslytsya",
        "person:oksana-stefanishyna", "person:andriy-hontov", "country:US", "country:UA",
        "country:RU", "country:TR", "country:BE", "organization:european-union",
        "organization:russia-today", "organization:yeni-safak", "location:miami-us",
        "location:brussels-be", "location:florida-us", "facility:shell-bay-us"}) {
    EXPECT_NE(FindEntity(id), nullptr) << id;
  }
  // Every capitalized phrase that is a person in the seed is one of the eight above.
  size_t people = std::count_if(x_.entities.begin(), x_.entities.end(),
                                [](const Entity& e) { return e.kind == EntityKind::kPerson; });
  EXPECT_EQ(people, 8u);
  // "Kallas" in the headline and the body resolves to her full name.
  const Entity* kallas = FindEntity("person:kaja-kallas");
  ASSERT_NE(kallas, nullptr);
  EXPECT_GE(kallas->mentions.size(), 5u);
  EXPECT_EQ(article_.text.substr(kallas->mentions[0].begin, 6), "Kallas");
}

TEST(Extract, EmptyTextGivesAnEmptyExtraction) {
  Article a;
  a.id = "art:empty";
  a.published = Date(2025, 1, 1);
  auto r = Extract(a);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->sentences.empty());
  EXPECT_TRUE(r->entities.empty());
  EXPECT_TRUE(r->events.empty());
}

TEST(Extract, ANumberWithSeparatorsDoesNotCutTheClause) {
  // "1,200" is one word: the destination after it is still the deployment's, as after "1200";
  // and after a saying's own words a number still ends the saying's phrase, so the place of what
  // was said is not the saying's.
  for (const char* count : {"1200", "1,200"}) {
    Article a;
    a.id = "art:numbers";
    a.published = Date(2025, 3, 4);
    a.text = std::string("Officials said the army deployed ") + count +
             " soldiers to Kherson on Monday. The minister announced the arrival of 3,000 "
             "engineers in Odesa.";
    auto r = Extract(a);
    ASSERT_TRUE(r.ok());
    const Event* deploy = nullptr;
    const Event* announced = nullptr;
    for (const Event& e : r->events) {
      const std::string trigger = a.text.substr(
          e.evidence[0].trigger.begin, e.evidence[0].trigger.end - e.evidence[0].trigger.begin);
      if (trigger == "deployed") deploy = &e;
      if (trigger == "announced") announced = &e;
    }
    ASSERT_NE(deploy, nullptr) << count;
    EXPECT_EQ(deploy->type, "mobilize") << count;
    ASSERT_TRUE(deploy->location.has_value()) << count;
    EXPECT_EQ(deploy->location->name, "Kherson") << count;
    ASSERT_NE(announced, nullptr) << count;
    EXPECT_FALSE(announced->location.has_value()) << count << ": " << announced->location->name;
  }
}

}  // namespace
}  // namespace eg
