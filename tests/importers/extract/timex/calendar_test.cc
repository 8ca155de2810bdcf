#include "importers/extract/timex/calendar.h"

#include <gtest/gtest.h>

namespace eg::timex {
namespace {

Date D(int y, int m, int d) { return Date(y, m, d); }

TEST(Calendar, FormatsValues) {
  EXPECT_EQ(YearValue(987), "0987");
  EXPECT_EQ(MonthValue(2022, 2), "2022-02");
  EXPECT_EQ(DayValue(D(2025, 12, 1)), "2025-12-01");
  EXPECT_EQ(DayValue(D(1400, 1, 1)), "1400-01-01");  // the first and last days Boost knows
  EXPECT_EQ(DayValue(D(9999, 12, 31)), "9999-12-31");
  EXPECT_EQ(DayValue(D(2000, 2, 29)), "2000-02-29");
  EXPECT_EQ(QuarterValue(2025, 4), "2025-Q4");
  EXPECT_EQ(SeasonValue(2025, "SU"), "2025-SU");
}

TEST(Calendar, IsoWeekUsesTheWeekYear) {
  // 2025-12-01 is a Monday; Jan 4 2025 is a Saturday, so week 1 starts 2024-12-30 and
  // 2025-12-01 is 48 weeks later: week 49.
  EXPECT_EQ(IsoWeekValue(D(2025, 12, 1)), "2025-W49");
  // 2024-12-30 (Monday) belongs to week 1 of 2025.
  EXPECT_EQ(IsoWeekValue(D(2024, 12, 30)), "2025-W01");
  // 2021-01-01 (Friday) belongs to week 53 of 2020.
  EXPECT_EQ(IsoWeekValue(D(2021, 1, 1)), "2020-W53");
}

TEST(Calendar, MakeDayRejectsImpossibleDates) {
  EXPECT_FALSE(MakeDay(2025, 2, 29).has_value());
  EXPECT_TRUE(MakeDay(2024, 2, 29).has_value());
  EXPECT_FALSE(MakeDay(2025, 13, 1).has_value());
  EXPECT_FALSE(MakeDay(2025, 4, 31).has_value());
}

TEST(Calendar, MonthArithmetic) {
  int y = 2025, m = 12;
  ShiftMonth(&y, &m, 1);
  EXPECT_EQ(y, 2026);
  EXPECT_EQ(m, 1);
  ShiftMonth(&y, &m, -13);
  EXPECT_EQ(y, 2024);
  EXPECT_EQ(m, 12);
  EXPECT_EQ(AddMonths(D(2025, 3, 31), -1), D(2025, 2, 28));
}

TEST(Calendar, WeekdaysFollowDirection) {
  const Date monday = D(2025, 12, 1);
  EXPECT_EQ(ResolveWeekday(monday, 1, Direction::kPast, false), monday);
  EXPECT_EQ(ResolveWeekday(monday, 1, Direction::kPast, true), D(2025, 11, 24));
  EXPECT_EQ(ResolveWeekday(monday, 1, Direction::kFuture, true), D(2025, 12, 8));
  // Friday: three days back (Nov 28) or four ahead (Dec 5).
  EXPECT_EQ(ResolveWeekday(monday, 5, Direction::kPast, false), D(2025, 11, 28));
  EXPECT_EQ(ResolveWeekday(monday, 5, Direction::kFuture, false), D(2025, 12, 5));
  EXPECT_EQ(ResolveWeekday(monday, 5, Direction::kNone, false), D(2025, 11, 28));
  // Wednesday: five back or two ahead; the nearer one is ahead.
  EXPECT_EQ(ResolveWeekday(monday, 3, Direction::kNone, false), D(2025, 12, 3));
}

TEST(Calendar, MonthsWithoutYear) {
  const Date dct = D(2025, 12, 1);
  // February: 10 months back or 2 ahead. The past tense reaches 10 months back.
  EXPECT_EQ(ResolveYearOfMonth(dct, 2, 0, Direction::kPast), 2025);
  EXPECT_EQ(ResolveYearOfMonth(dct, 2, 0, Direction::kFuture), 2026);
  EXPECT_EQ(ResolveYearOfMonth(dct, 2, 0, Direction::kNone), 2026);
  // January: 11 months back is beyond the reach of the tense; the nearer one wins.
  EXPECT_EQ(ResolveYearOfMonth(dct, 1, 0, Direction::kPast), 2026);
  EXPECT_EQ(ResolveYearOfMonth(dct, 10, 0, Direction::kNone), 2025);
  EXPECT_EQ(ResolveYearOfMonth(dct, 12, 0, Direction::kFuture), 2025);
}

TEST(Calendar, DaysWithoutYear) {
  const Date dct = D(2025, 12, 1);
  // Dec 5: 4 days ahead, or 361 days back (beyond the 300-day reach of the past tense).
  EXPECT_EQ(ResolveYearOfMonth(dct, 12, 5, Direction::kPast), 2025);
  EXPECT_EQ(ResolveYearOfMonth(dct, 12, 1, Direction::kPast), 2025);
  // Nov 20: 11 days back; the future one is 354 days ahead.
  EXPECT_EQ(ResolveYearOfMonth(dct, 11, 20, Direction::kFuture), 2025);
  // Sep 1: 91 days back, 274 ahead.
  EXPECT_EQ(ResolveYearOfMonth(dct, 9, 1, Direction::kNone), 2025);
  // March 1: 275 days back, 90 ahead; a past-tense sentence reaches back that far ("the year
  // ended March 31", told in the autumn).
  EXPECT_EQ(ResolveYearOfMonth(dct, 3, 1, Direction::kPast), 2025);
  // January 15: 320 days back, 45 ahead; beyond the reach, the nearer one wins.
  EXPECT_EQ(ResolveYearOfMonth(dct, 1, 15, Direction::kPast), 2026);
  // February 29: 2024-02-29 is 641 days back, 2028-02-29 is 820 days ahead.
  EXPECT_EQ(ResolveYearOfMonth(dct, 2, 29, Direction::kNone), 2024);
}

TEST(Calendar, Seasons) {
  int sy = 0;
  EXPECT_EQ(SeasonCodeOf(D(2025, 12, 1), &sy), "WI");
  EXPECT_EQ(sy, 2025);
  EXPECT_EQ(SeasonCodeOf(D(2026, 1, 15), &sy), "WI");
  EXPECT_EQ(sy, 2025);
  const Date dct = D(2025, 12, 1);  // winter 2025
  EXPECT_EQ(ResolveSeason(dct, "FA", -1, Direction::kNone), "2025-FA");
  EXPECT_EQ(ResolveSeason(dct, "WI", -1, Direction::kNone), "2024-WI");
  EXPECT_EQ(ResolveSeason(dct, "SU", 1, Direction::kNone), "2026-SU");
  EXPECT_EQ(ResolveSeason(dct, "SU", 0, Direction::kNone), "2025-SU");
  EXPECT_EQ(ResolveSeason(dct, "SP", 0, Direction::kFuture), "2026-SP");
  EXPECT_EQ(ResolveSeason(dct, "SP", 0, Direction::kPast), "2025-SP");
}

TEST(Calendar, EasterSunday) {
  EXPECT_EQ(EasterSunday(2000), D(2000, 4, 23));
  EXPECT_EQ(EasterSunday(2024), D(2024, 3, 31));  // in March
  EXPECT_EQ(EasterSunday(2025), D(2025, 4, 20));
  EXPECT_EQ(EasterSunday(2026), D(2026, 4, 5));
  // The extremes of the range: March 22 (1818) and April 25 (2038).
  EXPECT_EQ(EasterSunday(1818), D(1818, 3, 22));
  EXPECT_EQ(EasterSunday(2038), D(2038, 4, 25));
  for (int y = 1900; y <= 2100; ++y) {
    EXPECT_EQ(EasterSunday(y).day_of_week().as_number(), 0) << y;  // always a Sunday
  }
}

TEST(Calendar, OrthodoxEasterSunday) {
  EXPECT_EQ(OrthodoxEasterSunday(2000), D(2000, 4, 30));
  EXPECT_EQ(OrthodoxEasterSunday(2021), D(2021, 5, 2));   // in May
  EXPECT_EQ(OrthodoxEasterSunday(2022), D(2022, 4, 24));  // a week after the Western one
  EXPECT_EQ(OrthodoxEasterSunday(2024), D(2024, 5, 5));
  EXPECT_EQ(OrthodoxEasterSunday(2025), D(2025, 4, 20));  // the same day as the Western one
  EXPECT_EQ(OrthodoxEasterSunday(2026), D(2026, 4, 12));
  for (int y = 1900; y <= 2099; ++y) {
    EXPECT_EQ(OrthodoxEasterSunday(y).day_of_week().as_number(), 0) << y;
    EXPECT_GE(OrthodoxEasterSunday(y), EasterSunday(y)) << y;  // never before the Western one
  }
}

}  // namespace
}  // namespace eg::timex
