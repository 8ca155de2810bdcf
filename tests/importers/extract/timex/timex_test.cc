// Expected values are worked out from the DCT by hand: 2025-12-01 is a Monday in ISO week 49.
#include "importers/extract/timex/timex.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace eg {
namespace {

const Date kDct(2025, 12, 1);

// The single timex found in `text`, or a failure naming what was found.
std::optional<Timex> One(std::string_view text, std::optional<Date> dct = kDct) {
  auto all = TagTimexes(text, dct);
  if (all.size() != 1) {
    ADD_FAILURE() << "expected one timex in \"" << text << "\", got " << all.size();
    for (const auto& t : all) ADD_FAILURE() << "  " << t.text << " = " << t.value;
    return std::nullopt;
  }
  return all[0];
}

// Asserts the one timex in `text` has `expected_text`, `type` and `value`.
void ExpectTimex(std::string_view text, std::string_view expected_text, TimexType type,
                 std::string_view value, std::string_view mod = "") {
  SCOPED_TRACE(std::string(text));
  auto t = One(text);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->text, expected_text);
  EXPECT_EQ(t->type, type);
  EXPECT_EQ(t->value, value);
  EXPECT_EQ(t->mod, mod);
}

void ExpectNone(std::string_view text) {
  auto all = TagTimexes(text, kDct);
  EXPECT_TRUE(all.empty()) << "\"" << text << "\" yielded \"" << (all.empty() ? "" : all[0].text)
                           << "\" = " << (all.empty() ? "" : all[0].value);
}

std::string ReadSeed() {
  std::ifstream in(std::string(EG_SHARED_DIR) + "/data/articles/seed/000_bc8f2656fc088620.txt");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(SeedArticle, TagsTheArticlesTimeExpressions) {
  const std::string text = ReadSeed();
  if (text.empty()) GTEST_SKIP() << "seed article not available";
  const auto all = TagTimexes(text, kDct);
  auto find = [&](std::string_view s, size_t from = 0) -> const Timex* {
    for (const auto& t : all) {
      if (t.text == s && t.span.begin >= from) return &t;
    }
    return nullptr;
  };
  const Timex* header = find("2025/12/01");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->value, "2025-12-01");
  ASSERT_TRUE(header->time.has_value());
  EXPECT_EQ(header->time->basis, TimeBasis::kExplicit);

  const size_t paren = text.find("today (Monday)");
  ASSERT_NE(paren, std::string::npos);
  const Timex* today = find("today", paren);
  ASSERT_NE(today, nullptr);
  EXPECT_EQ(today->span.begin, paren);
  EXPECT_EQ(today->value, "2025-12-01");
  EXPECT_EQ(today->type, TimexType::kDate);
  ASSERT_TRUE(today->time.has_value());
  EXPECT_EQ(today->time->basis, TimeBasis::kRelative);
  EXPECT_EQ(today->time->begin, kDct);
  EXPECT_EQ(today->time->end, kDct);
  const Timex* monday = find("Monday", paren);
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->value, "2025-12-01");  // "Monday" on a Monday is the DCT itself

  const Timex* feb = find("February 2022");
  ASSERT_NE(feb, nullptr);
  EXPECT_EQ(feb->value, "2022-02");
  ASSERT_TRUE(feb->time.has_value());
  EXPECT_EQ(feb->time->begin, Date(2022, 2, 1));
  EXPECT_EQ(feb->time->end, Date(2022, 2, 28));
  EXPECT_EQ(feb->time->precision, Precision::kMonth);
  EXPECT_EQ(feb->time->basis, TimeBasis::kExplicit);

  for (std::string_view s : {"the coming days", "the near future"}) {
    const Timex* f = find(s);
    ASSERT_NE(f, nullptr) << s;
    EXPECT_EQ(f->value, "FUTURE_REF");
    EXPECT_EQ(f->type, TimexType::kDate);
    ASSERT_TRUE(f->time.has_value());
    EXPECT_EQ(f->time->begin, kDct);
    EXPECT_FALSE(f->time->end.has_value());
  }
  // "a pivotal week": the unit noun of an indefinite phrase is a one-week duration without a
  // calendar span (TimeML marks durations; the adjective stays outside the extent).
  const Timex* week = find("week");
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(week->type, TimexType::kDuration);
  EXPECT_EQ(week->value, "P1W");
  EXPECT_FALSE(week->time.has_value());

  // "Russia Today" is a TV network.
  const size_t rt = text.find("Russia Today");
  ASSERT_NE(rt, std::string::npos);
  for (const auto& t : all) {
    EXPECT_FALSE(t.span.begin >= rt && t.span.begin < rt + 12) << t.text;
  }
  // Sorted and disjoint.
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i - 1].span.end, all[i].span.begin);
}

TEST(ExplicitDates, CommonForms) {
  ExpectTimex("on 2025-12-01 at", "2025-12-01", TimexType::kDate, "2025-12-01");
  ExpectTimex("on 2025/12/01 at", "2025/12/01", TimexType::kDate, "2025-12-01");
  ExpectTimex("on 1 December 2025 at", "1 December 2025", TimexType::kDate, "2025-12-01");
  ExpectTimex("on December 1, 2025, at", "December 1, 2025", TimexType::kDate, "2025-12-01");
  ExpectTimex("on Dec. 1, 2025", "Dec. 1, 2025", TimexType::kDate, "2025-12-01");
  ExpectTimex("signed 12/01/2025 by", "12/01/2025", TimexType::kDate, "2025-12-01");
  ExpectTimex("signed 25/12/2024 by", "25/12/2024", TimexType::kDate, "2024-12-25");
  ExpectTimex("in February 2022 Russia", "February 2022", TimexType::kDate, "2022-02");
  ExpectTimex("happened in 1998.", "1998", TimexType::kDate, "1998");
  ExpectTimex("during the 1990s and", "the 1990s", TimexType::kDate, "199");
  ExpectTimex("in the 20th century", "the 20th century", TimexType::kDate, "19");
}

TEST(ExplicitDates, SpanIsExplicit) {
  auto t = One("on 1 December 2025");
  ASSERT_TRUE(t && t->time);
  EXPECT_EQ(t->time->begin, kDct);
  EXPECT_EQ(t->time->end, kDct);
  EXPECT_EQ(t->time->precision, Precision::kDay);
  EXPECT_EQ(t->time->basis, TimeBasis::kExplicit);
  EXPECT_EQ(t->time->timex, "2025-12-01");
  EXPECT_EQ(t->time->text, "1 December 2025");
}

TEST(ExplicitDates, ImpossibleDatesAreNotTagged) {
  ExpectNone("ratio 2025/13/45 found");
  // No day is made of "February 30"; the month and the year alone may still be tagged.
  for (const auto& t : TagTimexes("on February 30, 2025 we", kDct)) {
    EXPECT_LE(t.value.size(), 7u) << t.text << " = " << t.value;
  }
}

TEST(Modifiers, PositionAndAmount) {
  ExpectTimex("by mid-2022 it", "mid-2022", TimexType::kDate, "2022", "MID");
  ExpectTimex("in early 2023 it", "early 2023", TimexType::kDate, "2023", "START");
  ExpectTimex("in late November", "late November", TimexType::kDate, "2025-11", "END");
  ExpectTimex("by the end of 1990.", "the end of 1990", TimexType::kDate, "1990", "END");
  ExpectTimex("lasted about three years.", "about three years", TimexType::kDuration, "P3Y",
              "APPROX");
  ExpectTimex("lasted more than two weeks.", "more than two weeks", TimexType::kDuration, "P2W",
              "MORE_THAN");
}

}  // namespace
}  // namespace eg
