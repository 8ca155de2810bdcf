#include "importers/text/date_forms.h"

#include <gtest/gtest.h>

namespace eg {
namespace {

// The day `text` names, failing the test when it is not a date-shaped text naming a real day.
Date DayOf(std::string_view text) {
  const auto written = ParseWrittenDate(text);
  EXPECT_TRUE(written.has_value()) << text;
  if (!written) return Date(boost::gregorian::not_a_date_time);
  EXPECT_TRUE(written->date.has_value()) << text;
  return written->date.value_or(Date(boost::gregorian::not_a_date_time));
}

TEST(ParseWrittenDateTest, NumericForms) {
  const Date first_dec(2025, 12, 1);
  EXPECT_EQ(DayOf("2025/12/01"), first_dec);
  EXPECT_EQ(DayOf("2025-12-01"), first_dec);
  EXPECT_EQ(DayOf("2025.12.01"), first_dec);
  EXPECT_EQ(DayOf("2025-12-1"), first_dec);
  EXPECT_EQ(DayOf("01.12.2025"), first_dec);  // day first with dots and dashes
  EXPECT_EQ(DayOf("01-12-2025"), first_dec);
  EXPECT_EQ(DayOf("  2025/12/01  "), first_dec);
}

TEST(ParseWrittenDateTest, SlashWithYearLastIsReadOnlyWhenUnambiguous) {
  EXPECT_EQ(DayOf("13/02/2025"), Date(2025, 2, 13));  // 13 cannot be a month
  EXPECT_EQ(DayOf("02/13/2025"), Date(2025, 2, 13));  // US order
  EXPECT_EQ(DayOf("05/05/2025"), Date(2025, 5, 5));   // both readings agree
  const auto ambiguous = ParseWrittenDate("03/04/2025");
  ASSERT_TRUE(ambiguous.has_value());  // shaped like a date ...
  EXPECT_FALSE(ambiguous->date.has_value());  // ... but March 4 or 3 April
}

TEST(ParseWrittenDateTest, MonthNames) {
  const Date first_dec(2025, 12, 1);
  EXPECT_EQ(DayOf("December 1, 2025"), first_dec);
  EXPECT_EQ(DayOf("December 1 2025"), first_dec);
  EXPECT_EQ(DayOf("Dec. 1st, 2025"), first_dec);
  EXPECT_EQ(DayOf("1 December 2025"), first_dec);
  EXPECT_EQ(DayOf("1st Dec 2025"), first_dec);
  EXPECT_EQ(DayOf("Monday, December 1, 2025"), first_dec);
  EXPECT_EQ(DayOf("Mon 1 December 2025"), first_dec);
  EXPECT_EQ(DayOf("DECEMBER 1, 2025"), first_dec);
  EXPECT_EQ(DayOf("Sept 30, 2024"), Date(2024, 9, 30));
  EXPECT_EQ(DayOf("24 February 2022"), Date(2022, 2, 24));
}

TEST(ParseWrittenDateTest, DateFollowedByTime) {
  auto w = ParseWrittenDate("2025-12-01 14:08");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->date, Date(2025, 12, 1));
  EXPECT_EQ(w->time, "14:08");
  w = ParseWrittenDate("2025-12-01T14:08:36Z");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->time, "14:08:36");
  w = ParseWrittenDate("December 1, 2025 at 2:08 pm");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->date, Date(2025, 12, 1));
  EXPECT_EQ(w->time, "14:08");
  w = ParseWrittenDate("1 December 2025, 09:15 GMT");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->time, "09:15");
}

TEST(ParseWrittenDateTest, ImpossibleDaysHaveTheShapeButNoDate) {
  for (const char* text : {"2025/02/30", "2025-13-01", "31 April 2025", "2023-02-29", "00.12.2025"}) {
    const auto w = ParseWrittenDate(text);
    ASSERT_TRUE(w.has_value()) << text;
    EXPECT_FALSE(w->date.has_value()) << text;
  }
  // 2024 is a leap year.
  EXPECT_EQ(DayOf("2024-02-29"), Date(2024, 2, 29));
}

TEST(ParseWrittenDateTest, NotDates) {
  for (const char* text : {"", "2732", "News ID: 2732", "14:08:36", "December 2025", "1.2.3",
                           "2025-12-01 and more words", "10.0.0.1", "May the talks go well",
                           "20251201", "12/01/25"}) {
    EXPECT_FALSE(ParseWrittenDate(text).has_value()) << text;
  }
}

TEST(ParseClockTimeTest, Forms) {
  EXPECT_EQ(ParseClockTime("14:08:36"), "14:08:36");
  EXPECT_EQ(ParseClockTime("14:08"), "14:08");
  EXPECT_EQ(ParseClockTime("9:05"), "09:05");
  EXPECT_EQ(ParseClockTime("2:08 pm"), "14:08");
  EXPECT_EQ(ParseClockTime("2:08 P.M."), "14:08");
  EXPECT_EQ(ParseClockTime("12:30 am"), "00:30");
  EXPECT_EQ(ParseClockTime("12:30 pm"), "12:30");
  EXPECT_EQ(ParseClockTime("14:08 GMT"), "14:08");
  EXPECT_EQ(ParseClockTime("14:08:36.250 +03:30"), "14:08:36");
  EXPECT_EQ(ParseClockTime("14:08 (IRST)"), "14:08");
}

TEST(ParseClockTimeTest, Rejects) {
  for (const char* text : {"", "14", "25:00", "14:61", "14:08:75", "13:00 pm", "0:15 am", "14:8",
                           "14:08 tomorrow", "2025/12/01"}) {
    EXPECT_FALSE(ParseClockTime(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace eg
