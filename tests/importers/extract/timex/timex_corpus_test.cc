// The TimeML reader and scorer behind eval_timex, and a regression floor on TimeBank/AQUAINT.
#include <gtest/gtest.h>

#include <filesystem>

#include "bench/eval_timex.h"

namespace eg::eval {
namespace {

constexpr char kDoc[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
    "value=\"2025-12-01\" functionInDocument=\"CREATION_TIME\">20251201</TIMEX3></DCT>\n"
    "<TEXT>\nTalks &amp; deals <EVENT eid=\"e1\">ended</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"2025-11-30\">yesterday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" "
    "value=\"P3D\">three days</TIMEX3>; more in <TIMEX3 tid=\"t3\" type=\"DATE\" "
    "value=\"2026-01\">January</TIMEX3>.\n</TEXT>\n</TimeML>\n";

TEST(TimeMl, ReadsDctTextAndGoldOffsets) {
  auto doc = ParseTimeMl(kDoc, "doc.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_TRUE(doc->dct.has_value());
  EXPECT_EQ(*doc->dct, Date(2025, 12, 1));
  // Tags are gone and the entity is decoded.
  EXPECT_EQ(doc->text, "\nTalks & deals ended yesterday after three days; more in January.\n");
  ASSERT_EQ(doc->gold.size(), 3u);
  const auto& g = doc->gold[0];
  EXPECT_EQ(doc->text.substr(g.begin, g.end - g.begin), "yesterday");
  EXPECT_EQ(g.type, "DATE");
  EXPECT_EQ(g.value, "2025-11-30");
  EXPECT_EQ(doc->gold[1].value, "P3D");
}

TEST(TimeMl, RejectsMalformedXml) {
  EXPECT_FALSE(ParseTimeMl("<TimeML><TEXT>unclosed", "bad.tml").ok());
  EXPECT_FALSE(ParseTimeMl("<TimeML></TimeML>", "notext.tml").ok());
}

TEST(Scoring, CountsMatchesAndValues) {
  auto doc = ParseTimeMl(kDoc, "doc.tml");
  ASSERT_TRUE(doc.ok());
  // Gold "January" is 2026-01; from the DCT 2025-12-01 the tagger reads a tenseless "January"
  // as the nearer one (one month ahead), so all three agree in span and value.
  Evaluation e = Evaluate({*doc});
  EXPECT_EQ(e.total.gold, 3);
  EXPECT_EQ(e.total.system, 3);
  EXPECT_EQ(e.total.strict, 3);
  EXPECT_EQ(e.total.relaxed, 3);
  EXPECT_EQ(e.total.value_correct, 3);
  EXPECT_DOUBLE_EQ(RelaxedPrf(e.total).f1, 1.0);

  // A wrong value and a missing timex: gold moved to "January 2025" and an extra gold timex.
  TimeMlDocument altered = *doc;
  altered.gold[2].value = "2025-01";
  altered.gold.push_back({1, 6, "DATE", "PRESENT_REF", ""});  // "Talks" is no timex
  e = Evaluate({altered});
  EXPECT_EQ(e.total.gold, 4);
  EXPECT_EQ(e.total.relaxed, 3);
  EXPECT_EQ(e.total.value_correct, 2);
  EXPECT_DOUBLE_EQ(RelaxedPrf(e.total).precision, 1.0);
  EXPECT_DOUBLE_EQ(RelaxedPrf(e.total).recall, 0.75);
  EXPECT_DOUBLE_EQ(ValueAccuracy(e.total), 2.0 / 3.0);
  size_t missed = 0, value = 0;
  for (const auto& err : e.errors) {
    missed += err.kind == "missed";
    value += err.kind == "value";
  }
  EXPECT_EQ(missed, 1u);
  EXPECT_EQ(value, 1u);
}

TEST(Scoring, AnUnpaddedIsoWeekIsTheSameWeek) {
  EXPECT_TRUE(SameTimexValue("2000-W7", "2000-W07"));
  EXPECT_TRUE(SameTimexValue("2000-W07", "2000-W7"));
  EXPECT_TRUE(SameTimexValue("2000-W7-WE", "2000-W07-WE"));
  EXPECT_TRUE(SameTimexValue("1998-W12", "1998-W12"));
  // Another week, another part of the week, or another kind of value stays an error.
  EXPECT_FALSE(SameTimexValue("2000-W7", "2000-W08"));
  EXPECT_FALSE(SameTimexValue("2000-W7", "2000-W70"));
  EXPECT_FALSE(SameTimexValue("2000-W7", "2000-W07-WE"));
  EXPECT_FALSE(SameTimexValue("2000-W1", "2000-W10"));
  EXPECT_FALSE(SameTimexValue("1989-WXX", "1989-W43"));
  EXPECT_FALSE(SameTimexValue("1989-11-06T17", "1989-11-06T17:00"));
  EXPECT_FALSE(SameTimexValue("199", "199X"));

  // The scorer counts such a pair as a right value.
  auto doc = ParseTimeMl(kDoc, "doc.tml");
  ASSERT_TRUE(doc.ok());
  TimeMlDocument week = *doc;
  week.text = "\nTalks ended this week.\n";
  week.gold = {{13, 22, "DATE", "2025-W49", ""}};  // "this week"
  Evaluation e = Evaluate({week});
  ASSERT_EQ(e.total.strict, 1);
  EXPECT_EQ(e.total.value_correct, 1);
  week.gold[0].value = "2025-W9";
  e = Evaluate({week});
  EXPECT_EQ(e.total.value_correct, 0);
}

// A floor under the scores on the TimeBank 1.2 and AQUAINT corpora, to catch regressions.
TEST(Corpus, TimeBankAndAquaintScoresStayAboveFloor) {
  const std::string root = std::string(EG_SHARED_DIR) + "/data/timebank";
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) GTEST_SKIP() << root << " not available";
  auto docs = LoadTimeMl(root);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_GT(docs->size(), 200u);
  const Evaluation e = Evaluate(*docs);
  const Prf relaxed = RelaxedPrf(e.total);
  // A floor just under the figures reached (relaxed 0.957, strict 0.913, value accuracy 0.890,
  // value F1 0.852, type accuracy 0.971, type F1 0.929), so a regression of a few values fails
  // here. The relaxed (0.93), strict (0.87) and type F1 (0.90) targets are met; its value
  // F1 target (0.87) is not met yet.
  EXPECT_GE(relaxed.f1, 0.955);
  EXPECT_GE(StrictPrf(e.total).f1, 0.91);
  EXPECT_GT(ValueAccuracy(e.total), 0.886);
  EXPECT_GT(ValueAccuracy(e.total) * relaxed.f1, 0.848);
  EXPECT_GT(TypeAccuracy(e.total), 0.968);
  EXPECT_GE(TypeAccuracy(e.total) * relaxed.f1, 0.925);
}

}  // namespace
}  // namespace eg::eval
