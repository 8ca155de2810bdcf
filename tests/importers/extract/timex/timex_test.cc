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

  // "the coming days" is a stretch of days of unknown length from now.
  const Timex* coming = find("the coming days");
  ASSERT_NE(coming, nullptr);
  EXPECT_EQ(coming->value, "PXD");
  EXPECT_EQ(coming->type, TimexType::kDuration);
  EXPECT_FALSE(coming->time.has_value());
  for (std::string_view s : {"the near future"}) {
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
  ExpectTimex("during the 1990s and", "the 1990s", TimexType::kDate, "199X");
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
  // "about" stays out of an amount's span (TimeBank's convention) but is kept as the mod.
  ExpectTimex("lasted about three years.", "three years", TimexType::kDuration, "P3Y", "APPROX");
  ExpectTimex("lasted more than two weeks.", "more than two weeks", TimexType::kDuration, "P2W",
              "MORE_THAN");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Relative, DaysAroundTheDct) {
  ExpectTimex("it happened yesterday.", "yesterday", TimexType::kDate, "2025-11-30");
  ExpectTimex("it happens tomorrow.", "tomorrow", TimexType::kDate, "2025-12-02");
  ExpectTimex("the day before yesterday", "the day before yesterday", TimexType::kDate,
              "2025-11-29");
  ExpectTimex("they meet tonight.", "tonight", TimexType::kTime, "2025-12-01TNI");
  ExpectTimex("he said this morning that", "this morning", TimexType::kTime, "2025-12-01TMO");
  ExpectTimex("fighting last night was", "last night", TimexType::kTime, "2025-11-30TNI");
}

TEST(Relative, CalendarUnitsAroundTheDct) {
  // 2025-12-01 lies in ISO week 49.
  ExpectTimex("talks last week ended", "last week", TimexType::kDate, "2025-W48");
  ExpectTimex("talks this week", "this week", TimexType::kDate, "2025-W49");
  ExpectTimex("talks next week", "next week", TimexType::kDate, "2025-W50");
  ExpectTimex("sales last month fell", "last month", TimexType::kDate, "2025-11");
  ExpectTimex("sales next month", "next month", TimexType::kDate, "2026-01");
  ExpectTimex("elected last year", "last year", TimexType::kDate, "2024");
  ExpectTimex("elected this year", "this year", TimexType::kDate, "2025");
  ExpectTimex("elections next year", "next year", TimexType::kDate, "2026");
  ExpectTimex("results last quarter", "last quarter", TimexType::kDate, "2025-Q3");
  ExpectTimex("meet this weekend", "this weekend", TimexType::kDate, "2025-W49-WE");
}

TEST(Relative, CountsBackAndForward) {
  ExpectTimex("began two years ago.", "two years ago", TimexType::kDate, "2023");
  ExpectTimex("began three days ago.", "three days ago", TimexType::kDate, "2025-11-28");
  // 2025-11-17 (Monday) is in week 47.
  ExpectTimex("began two weeks ago.", "two weeks ago", TimexType::kDate, "2025-W47");
  ExpectTimex("began a month ago.", "a month ago", TimexType::kDate, "2025-11");
  ExpectTimex("ends three weeks from now.", "three weeks from now", TimexType::kDate, "2025-W52");
  ExpectTimex("began years ago.", "years ago", TimexType::kDate, "PAST_REF");
  ExpectTimex("began about two years ago.", "about two years ago", TimexType::kDate, "2023",
              "APPROX");
}

TEST(Relative, EarlierThisYearEndsAtTheDct) {
  auto t = One("Earlier this year, the army said");
  ASSERT_TRUE(t && t->time);
  EXPECT_EQ(t->text, "Earlier this year");
  EXPECT_EQ(t->value, "2025");
  EXPECT_EQ(t->mod, "START");
  EXPECT_EQ(t->time->begin, Date(2025, 1, 1));
  EXPECT_EQ(t->time->end, kDct);
  EXPECT_EQ(t->time->basis, TimeBasis::kRelative);
}

TEST(Fuzzy, PresentPastAndFuture) {
  ExpectTimex("is now ready", "now", TimexType::kDate, "PRESENT_REF");
  ExpectTimex("is currently ready", "currently", TimexType::kDate, "PRESENT_REF");
  ExpectTimex("was recently ready", "recently", TimexType::kDate, "PAST_REF");
  ExpectTimex("as in the past, the", "the past", TimexType::kDate, "PAST_REF");
  ExpectTimex("in the future, the", "the future", TimexType::kDate, "FUTURE_REF");
  ExpectTimex("in the coming weeks.", "the coming weeks", TimexType::kDuration, "PXW");
  ExpectTimex("in recent years, the", "recent years", TimexType::kDate, "PAST_REF");
  auto past = One("was recently ready");
  ASSERT_TRUE(past && past->time);
  EXPECT_FALSE(past->time->begin.has_value());
  EXPECT_EQ(past->time->end, kDct);
  ExpectNone("the future of Ukraine");
}

TEST(Weekdays, FollowTheTense) {
  // Friday is 2025-11-28 looking back and 2025-12-05 looking ahead.
  ExpectTimex("Kallas said Friday that", "Friday", TimexType::kDate, "2025-11-28");
  ExpectTimex("ministers will meet on Friday.", "Friday", TimexType::kDate, "2025-12-05");
  ExpectTimex("it ended last Monday.", "last Monday", TimexType::kDate, "2025-11-24");
  ExpectTimex("it starts next Monday.", "next Monday", TimexType::kDate, "2025-12-08");
  ExpectTimex("she spoke on Monday.", "Monday", TimexType::kDate, "2025-12-01");
  ExpectTimex("on Monday, December 1, 2025, the", "Monday, December 1, 2025", TimexType::kDate,
              "2025-12-01");
  ExpectTimex("rebels attacked in Iraq Friday, killing", "Friday", TimexType::kDate, "2025-11-28");
}

TEST(Months, WithoutYearFollowTenseAndDistance) {
  // March 2025 is 9 months back; March 2026 is 3 months ahead.
  ExpectTimex("the army said in March that", "March", TimexType::kDate, "2025-03");
  ExpectTimex("they will vote in March.", "March", TimexType::kDate, "2026-03");
  // No tense: January 2026 (1 month ahead) is nearer than January 2025 (11 back).
  ExpectTimex("elections in January", "January", TimexType::kDate, "2026-01");
  ExpectTimex("the vote on Dec. 15 is", "Dec. 15", TimexType::kDate, "2025-12-15");
  ExpectTimex("in last February the", "last February", TimexType::kDate, "2025-02");
}

TEST(CalendarUnits, QuartersHalvesSeasonsDecadesCenturies) {
  ExpectTimex("profit in the third quarter rose", "the third quarter", TimexType::kDate, "2025-Q3");
  ExpectTimex("in the fourth quarter of 2024", "the fourth quarter of 2024", TimexType::kDate,
              "2024-Q4");
  ExpectTimex("results for Q3 2024 were", "Q3 2024", TimexType::kDate, "2024-Q3");
  ExpectTimex("its third-quarter profit", "third-quarter", TimexType::kDate, "2025-Q3");
  ExpectTimex("in the first half of 2022", "the first half of 2022", TimexType::kDate, "2022-H1");
  ExpectTimex("during last fall, the", "last fall", TimexType::kDate, "2025-FA");
  ExpectTimex("in summer 2022 the", "summer 2022", TimexType::kDate, "2022-SU");
  ExpectTimex("by next spring the", "next spring", TimexType::kDate, "2026-SP");
  ExpectTimex("in the '80s the", "the '80s", TimexType::kDate, "198X");
  ExpectTimex("in the nineties the", "the nineties", TimexType::kDate, "199X");
  ExpectTimex("in the 21st century the", "the 21st century", TimexType::kDate, "20");
  auto q = One("in the fourth quarter of 2024");
  ASSERT_TRUE(q && q->time);
  EXPECT_EQ(q->time->begin, Date(2024, 10, 1));
  EXPECT_EQ(q->time->end, Date(2024, 12, 31));
  EXPECT_EQ(q->time->precision, Precision::kQuarter);
}

TEST(Durations, CountsAndUnits) {
  ExpectTimex("lasted three years.", "three years", TimexType::kDuration, "P3Y");
  ExpectTimex("lasted 10 days.", "10 days", TimexType::kDuration, "P10D");
  ExpectTimex("lasted a decade.", "a decade", TimexType::kDuration, "P10Y");
  ExpectTimex("lasted two decades.", "two decades", TimexType::kDuration, "P20Y");
  ExpectTimex("lasted several weeks.", "several weeks", TimexType::kDuration, "PXW");
  ExpectTimex("a two-year deal", "two-year", TimexType::kDuration, "P2Y");
  ExpectTimex("within twenty-four hours.", "twenty-four hours", TimexType::kDuration, "PT24H",
              "EQUAL_OR_LESS");
  ExpectTimex("over the past two months, prices", "the past two months", TimexType::kDuration,
              "P2M");
  ExpectTimex("it went on for years.", "years", TimexType::kDuration, "PXY");
  ExpectTimex("it went on for decades.", "decades", TimexType::kDuration, "PXY");
  auto d = One("lasted three years.");
  ASSERT_TRUE(d.has_value());
  EXPECT_FALSE(d->time.has_value());
  ExpectNone("a 6-year-old girl");
  ExpectNone("he is 52 years old");
}

TEST(Sets, Frequencies) {
  ExpectTimex("they meet every week.", "every week", TimexType::kSet, "P1W");
  ExpectTimex("published daily.", "daily", TimexType::kSet, "P1D");
  ExpectTimex("paid annually.", "annually", TimexType::kSet, "P1Y");
  ExpectTimex("they meet twice a week.", "twice a week", TimexType::kSet, "P1W");
  ExpectTimex("they meet every Monday.", "every Monday", TimexType::kSet, "XXXX-WXX-1");
  ExpectTimex("every other month", "every other month", TimexType::kSet, "P2M");
}

TEST(Times, ClockAndPartsOfDay) {
  ExpectTimex("starts at 10 a.m. in", "10 a.m.", TimexType::kTime, "2025-12-01T10:00");
  ExpectTimex("starts at 3 pm in", "3 pm", TimexType::kTime, "2025-12-01T15:00");
  ExpectTimex("posted 14:08 local", "14:08", TimexType::kTime, "2025-12-01T14:08");
  ExpectTimex("at 10:35 a.m. Monday", "10:35 a.m. Monday", TimexType::kTime, "2025-12-01T10:35");
  // TimeBank's convention: a weekday's morning is a DATE of that day, the part left out of the
  // value; the evening is appended, and with a time of day in its value it is a TIME.
  ExpectTimex("on Friday morning they", "Friday morning", TimexType::kDate, "2025-11-28");
  ExpectTimex("on Friday evening they", "Friday evening", TimexType::kTime, "2025-11-28TEV");
  ExpectTimex("he spoke this morning", "this morning", TimexType::kTime, "2025-12-01TMO");
  ExpectTimex("at noon tomorrow", "noon tomorrow", TimexType::kTime, "2025-12-02T12:00");
  auto t = One("starts at 10 a.m. in");
  ASSERT_TRUE(t && t->time);
  EXPECT_EQ(t->time->begin, kDct);
  EXPECT_EQ(t->time->precision, Precision::kMinute);
  EXPECT_EQ(t->time->time_of_day, "T10:00");
  ExpectNone("the score was 3 to 1");
}

TEST(Names, AreNotTimeExpressions) {
  ExpectNone("As reported by Russia Today news network, the");
  ExpectNone("USA Today reported");
  ExpectNone("under the Good Friday Agreement of");
  ExpectNone("Theresa May said the");
  ExpectNone("May I ask?");
  ExpectNone("talks may resume");
  ExpectNone("the Arab Spring protests");
  ExpectNone("according to China Daily, the");
  ExpectNone("after the fall of Kabul");
  ExpectNone("some 2,000 troops");
  ExpectNone("sent 1500 troops");
  // May 2025 is 7 months back, within the reach of the past tense.
  ExpectTimex("in May the talks collapsed", "May", TimexType::kDate, "2025-05");
  ExpectTimex("on May 5, 2024 the", "May 5, 2024", TimexType::kDate, "2024-05-05");
}

TEST(Offsets, AreBytesIntoTheInput) {
  const std::string text = "Yeni Şafak — “Pazartesi” — reported on 1 December 2025 that";
  auto all = TagTimexes(text, kDct);
  ASSERT_EQ(all.size(), 1u);
  const size_t at = text.find("1 December 2025");
  EXPECT_EQ(all[0].span.begin, at);
  EXPECT_EQ(all[0].span.end, at + std::string("1 December 2025").size());
  EXPECT_EQ(text.substr(all[0].span.begin, all[0].span.end - all[0].span.begin), all[0].text);
}

TEST(Output, SortedAndDisjoint) {
  const std::string text =
      "On Monday, 1 December 2025, at 10 a.m., ministers said that last week's talks, held "
      "for three days in late November, would resume next month and every week after that; "
      "since 2022 and in the past two years, the war has cost billions. Yesterday and today.";
  auto all = TagTimexes(text, kDct);
  ASSERT_GE(all.size(), 8u);
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_LT(all[i].span.begin, all[i].span.end);
    EXPECT_EQ(text.substr(all[i].span.begin, all[i].span.end - all[i].span.begin), all[i].text);
    if (i > 0) {
      EXPECT_LE(all[i - 1].span.end, all[i].span.begin);
    }
  }
}

TEST(NoDct, RelativeValuesStayUnresolved) {
  auto y = One("it happened yesterday.", std::nullopt);
  ASSERT_TRUE(y.has_value());
  EXPECT_EQ(y->value, "XXXX-XX-XX");
  EXPECT_FALSE(y->time.has_value());
  auto f = One("Kallas said Friday that", std::nullopt);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->value, "XXXX-WXX-5");
  auto m = One("the army said in March that", std::nullopt);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->value, "XXXX-03");
  auto e = One("on 1 December 2025", std::nullopt);
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(e->value, "2025-12-01");
  EXPECT_EQ(e->time->basis, TimeBasis::kExplicit);
}

}  // namespace
}  // namespace eg
