#include <gtest/gtest.h>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Window;

TEST(RelateSpans, ClosedSpansFollowIntervalAlgebra) {
  const auto feb = Window("2022-02-01", "2022-02-28");
  const auto mar = Window("2022-03-01", "2022-03-31");
  const auto q1 = Window("2022-01-01", "2022-03-31", Precision::kQuarter);
  const auto mid = Window("2022-02-15", "2022-03-15", Precision::kDay);
  EXPECT_EQ(RelateSpans(feb, mar), RelationType::kBefore);
  EXPECT_EQ(RelateSpans(mar, feb), RelationType::kAfter);
  EXPECT_EQ(RelateSpans(feb, feb), RelationType::kSimultaneous);
  EXPECT_EQ(RelateSpans(feb, q1), RelationType::kIsIncluded);
  EXPECT_EQ(RelateSpans(q1, feb), RelationType::kIncludes);
  EXPECT_EQ(RelateSpans(feb, mid), RelationType::kOverlaps);
  EXPECT_EQ(RelateSpans(mid, feb), std::nullopt) << "overlap is reported from the earlier start";
}

TEST(RelateSpans, OpenBoundsDecideOnlyWhatTheyCan) {
  const auto held = PastOf("2025-12-01");  // (open, 2025-12-01]
  EXPECT_EQ(RelateSpans(held, Day("2025-12-02")), RelationType::kBefore);
  EXPECT_EQ(RelateSpans(Day("2025-12-02"), held), RelationType::kAfter);
  EXPECT_EQ(RelateSpans(held, Day("2025-12-01")), std::nullopt) << "may be the same day";
  EXPECT_EQ(RelateSpans(Window("2022-02-01", "2022-02-28"), held), std::nullopt)
      << "the talks' start is unknown, so the bounds alone cannot order them after 2022";
}

TEST(RelateSpansLikely, RecencyOrdersAnUndatedPastEventAfterOldDates) {
  const auto held = PastOf("2025-12-01");
  const auto invasion = Window("2022-02-01", "2022-02-28");
  auto r = RelateSpansLikely(invasion, held);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->type, RelationType::kBefore);
  EXPECT_LT(r->confidence, 1.0) << "a reading, not a bound";
  // Inside the recency year nothing is claimed.
  EXPECT_FALSE(RelateSpansLikely(Window("2025-06-01", "2025-06-30"), held).has_value());
  // Decided bounds keep full confidence; window containment is not claimed.
  EXPECT_EQ(RelateSpansLikely(invasion, Day("2025-12-01"))->confidence, 1.0);
  EXPECT_FALSE(RelateSpansLikely(Day("2022-02-24"), invasion).has_value());
}

TEST(ComputeTimeRelations, RelatesEventsThatShareAnArticleOrEntity) {
  const Participant ru{"country:RU", Role::kSource};
  auto a = Mention("a", "invade", "invasion", 0, Window("2022-02-01", "2022-02-28"), {ru}, "art:1");
  auto b = Mention("b", "meet", "meeting", 0, Day("2025-12-01"), {}, "art:1");
  auto c = Mention("c", "attack", "strike", 0, Day("2023-05-01"), {ru}, "art:2");
  auto d = Mention("d", "meet", "meeting", 0, Day("2024-01-01"), {}, "art:3");  // shares nothing
  auto rels = ComputeTimeRelations({a, b, c, d});
  auto has = [&](const char* from, const char* to, RelationType t) {
    for (const auto& r : rels) {
      if (r.from == from && r.to == to && r.type == t) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("a", "b", RelationType::kBefore));  // same article
  EXPECT_TRUE(has("a", "c", RelationType::kBefore));  // same participant
  for (const auto& r : rels) {
    EXPECT_NE(r.from, "d");
    EXPECT_NE(r.to, "d");
    EXPECT_EQ(r.basis, RelationBasis::kTime);
  }
  EXPECT_EQ(rels.size(), 2u);
}

TEST(ComputeTimeRelations, NeighbourLimitBoundsTheWork) {
  std::vector<Event> many;
  const Participant us{"country:US", Role::kSource};
  for (int i = 0; i < 100; ++i) {
    char day[16];
    std::snprintf(day, sizeof day, "2020-01-%02d", 1 + i % 28);
    // Appending, not "e" + std::to_string(i): GCC 12 at -O3 warns (-Wrestrict) on
    // the inlined insert of a literal before a temporary string, a false positive
    // that -Werror would turn into a failed Release build.
    std::string id = "e";
    id += std::to_string(i);
    std::string article = "art:";
    article += std::to_string(i);
    auto e = Mention(id, "meet", "met", 0, Day(day), {us}, article);
    e.time.begin = e.time.end = testing::D("2020-01-01") + boost::gregorian::days(i);
    many.push_back(e);
  }
  const auto rels = ComputeTimeRelations(many, 5);
  EXPECT_LE(rels.size(), 100u * 5u);
  EXPECT_GE(rels.size(), 95u * 5u - 20u);
}

TEST(RemapRelations, FollowsMergesAndDropsSelfLoops) {
  std::vector<Relation> rels = {{"m1", "m2", RelationType::kBefore, RelationBasis::kText, 0.8},
                                {"m1", "m3", RelationType::kBefore, RelationBasis::kText, 0.8},
                                {"m3", "m2", RelationType::kBefore, RelationBasis::kText, 0.8}};
  const auto out = RemapRelations(rels, {{"m1", "m1"}, {"m2", "m2"}, {"m3", "m1"}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].from, "m1");
  EXPECT_EQ(out[0].to, "m2");
}

}  // namespace
}  // namespace eg
