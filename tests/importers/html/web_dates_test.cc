#include "importers/html/web_dates.h"

#include <gtest/gtest.h>

namespace eg {
namespace {

TEST(WebDatesTest, Iso8601KeepsTheWrittenDayAndTime) {
  auto d = ParseIsoDateTime("2023-11-07T02:00:00-05:00");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2023, 11, 7));  // 07:00 UTC is the same day; the zone is not applied
  EXPECT_EQ(d->time, "02:00:00");
  d = ParseIsoDateTime(" 2023-11-06T20:03:00.563Z ");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2023, 11, 6));
  EXPECT_EQ(d->time, "20:03:00");
  d = ParseIsoDateTime("2023-11-06");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->time, "");
  d = ParseIsoDateTime("2016-02-01 17:22+0100");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->time, "17:22");
  d = ParseIsoDateTime("20220511T193525Z");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2022, 5, 11));
  EXPECT_EQ(d->time, "19:35:25");
}

TEST(WebDatesTest, Iso8601RejectsImpossibleAndMalformed) {
  EXPECT_FALSE(ParseIsoDateTime("2023-02-30"));
  EXPECT_FALSE(ParseIsoDateTime("2023-11-06T25:00"));
  EXPECT_FALSE(ParseIsoDateTime("2023-11-06T20:03:00 and more"));
  EXPECT_FALSE(ParseIsoDateTime("2023/11/06"));
  EXPECT_FALSE(ParseIsoDateTime("yesterday"));
  EXPECT_FALSE(ParseIsoDateTime(""));
}

TEST(WebDatesTest, Rfc822) {
  auto d = ParseRfc822DateTime("Sat, 12 Mar 2022 09:45:51 GMT");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2022, 3, 12));
  EXPECT_EQ(d->time, "09:45:51");
  d = ParseRfc822DateTime("1 Feb 2016 17:22 +0100");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2016, 2, 1));
  EXPECT_EQ(d->time, "17:22");
  // Two-digit years: 20xx below 50, 19xx from 50 (RFC 2822 section 4.3).
  d = ParseRfc822DateTime("Wed, 31 Jan 18 20:15:15 EST");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2018, 1, 31));
  d = ParseRfc822DateTime("Fri, 31 Dec 99 23:59 GMT");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(1999, 12, 31));
  d = ParseRfc822DateTime("Tue, 10 June 2003");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2003, 6, 10));
}

TEST(WebDatesTest, Rfc822RejectsBrokenDates) {
  EXPECT_FALSE(ParseRfc822DateTime("Someday, 45 Foo 2022 10:00 GMT"));
  EXPECT_FALSE(ParseRfc822DateTime("Mon, 30 Feb 2022 10:00 GMT"));
  EXPECT_FALSE(ParseRfc822DateTime("Mon, 10 Jan 2022 24:30 GMT"));
  EXPECT_FALSE(ParseRfc822DateTime("2022-01-10"));
  EXPECT_FALSE(ParseRfc822DateTime("Mon, 10 Jan 2022 10:00 in the morning"));
}

TEST(WebDatesTest, AnyFormFallsBackToWrittenDates) {
  auto d = ParseAnyWebDate("Nov 27, 2013");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, Date(2013, 11, 27));
  EXPECT_EQ(ParseAnyWebDate("Sat, 12 Mar 2022 09:45:51 GMT")->date, Date(2022, 3, 12));
  EXPECT_FALSE(ParseAnyWebDate("not a date"));
}

}  // namespace
}  // namespace eg
