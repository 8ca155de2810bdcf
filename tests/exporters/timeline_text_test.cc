#include "exporters/common/timeline_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/model/event.h"

namespace eg {
namespace {

TimeSpan Closed(Date b, Date e, Precision p) {
  TimeSpan t;
  t.begin = b;
  t.end = e;
  t.precision = p;
  return t;
}

TEST(SpanDisplay, ReadsEachPrecisionWithoutInventingAny) {
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 12, 1), Date(2025, 12, 1), Precision::kDay)),
            "2025-12-01");
  EXPECT_EQ(SpanDisplay(Closed(Date(2022, 2, 1), Date(2022, 2, 28), Precision::kMonth)),
            "Feb 2022");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 10, 1), Date(2025, 12, 31), Precision::kQuarter)),
            "Q4 2025");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 7, 1), Date(2025, 12, 31), Precision::kHalfYear)),
            "H2 2025");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 6, 1), Date(2025, 8, 31), Precision::kSeason)),
            "Summer 2025");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 12, 1), Date(2026, 2, 28), Precision::kSeason)),
            "Winter 2025/26");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 1, 1), Date(2025, 12, 31), Precision::kYear)), "2025");
  EXPECT_EQ(SpanDisplay(Closed(Date(2020, 1, 1), Date(2029, 12, 31), Precision::kDecade)), "2020s");
  // 2025-12-01 is a Monday; the ISO week runs to Sunday the 7th.
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 12, 1), Date(2025, 12, 7), Precision::kWeek)),
            "week of 2025-12-01");
  TimeSpan minute = Closed(Date(2025, 12, 1), Date(2025, 12, 1), Precision::kMinute);
  minute.time_of_day = "T14:08";
  EXPECT_EQ(SpanDisplay(minute), "2025-12-01 14:08");
}

TEST(SpanDisplay, OpenBoundsSayOnOrBeforeAndOnOrAfter) {
  TimeSpan before;
  before.end = Date(2025, 12, 1);
  EXPECT_EQ(SpanDisplay(before), "\xE2\x89\xA4 2025-12-01");
  TimeSpan after;
  after.begin = Date(2022, 3, 1);
  EXPECT_EQ(SpanDisplay(after), "\xE2\x89\xA5 2022-03-01");
  EXPECT_EQ(SpanDisplay(TimeSpan{}), "date unknown");
}

TEST(SpanDisplay, BoundsThatDoNotFitThePrecisionFallBackToTheRange) {
  // Labelled "month" but only half of it: reading it as "Feb 2022" would claim more than we know.
  EXPECT_EQ(SpanDisplay(Closed(Date(2022, 2, 1), Date(2022, 2, 14), Precision::kMonth)),
            "2022-02-01 \xE2\x80\x93 2022-02-14");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 12, 1), Date(2025, 12, 5), Precision::kDay)),
            "2025-12-01 \xE2\x80\x93 2025-12-05");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 2, 1), Date(2025, 4, 30), Precision::kQuarter)),
            "2025-02-01 \xE2\x80\x93 2025-04-30");
  EXPECT_EQ(SpanDisplay(Closed(Date(2025, 3, 4), Date(2025, 3, 4), Precision::kUnknown)),
            "2025-03-04");
}

TEST(AxisKey, OrdersByAnchorThenSideAndPutsUndatedLast) {
  TimeSpan month = Closed(Date(2022, 2, 1), Date(2022, 2, 28), Precision::kMonth);
  TimeSpan on_or_before;
  on_or_before.end = Date(2025, 12, 1);
  TimeSpan day = Closed(Date(2025, 12, 1), Date(2025, 12, 1), Precision::kDay);
  TimeSpan on_or_after;
  on_or_after.begin = Date(2025, 12, 1);
  TimeSpan next_day = Closed(Date(2025, 12, 2), Date(2025, 12, 2), Precision::kDay);
  TimeSpan undated;
  std::vector<AxisKey> keys = {AxisKeyOf(undated), AxisKeyOf(next_day),     AxisKeyOf(on_or_after),
                               AxisKeyOf(day),     AxisKeyOf(on_or_before), AxisKeyOf(month)};
  std::sort(keys.begin(), keys.end());
  std::vector<std::string> order;
  for (const AxisKey& k : keys) order.push_back(k.display);
  EXPECT_EQ(order,
            (std::vector<std::string>{"Feb 2022", "\xE2\x89\xA4 2025-12-01", "2025-12-01",
                                      "\xE2\x89\xA5 2025-12-01", "2025-12-02", "date unknown"}));
  EXPECT_EQ(AxisKeyOf(day), AxisKeyOf(day));  // equal spans share one axis position
}

TEST(WrapText, BreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(WrapText("Kallas meets foreign ministers in Brussels", 30, 4),
            (std::vector<std::string>{"Kallas meets foreign ministers", "in Brussels"}));
  EXPECT_EQ(WrapText("  short \n\t text ", 30, 4), (std::vector<std::string>{"short text"}));
  EXPECT_TRUE(WrapText(" \n ", 30, 4).empty());
}

TEST(WrapText, CutsWordsLongerThanALineAndCountsCodePoints) {
  EXPECT_EQ(WrapText("abcdefghij xy", 4, 10),
            (std::vector<std::string>{"abcd", "efgh", "ij", "xy"}));
  // Five two-byte letters fit a width of 5: width counts characters, not bytes.
  EXPECT_EQ(WrapText("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 5, 2),
            (std::vector<std::string>{"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"}));
}

TEST(WrapText, MarksTruncationWithAnEllipsis) {
  std::vector<std::string> lines = WrapText("one two three four five six", 5, 2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "one");
  EXPECT_EQ(lines[1], "two\xE2\x80\xA6");
  std::vector<std::string> full = WrapText("aaaaa bbbbb ccccc", 5, 2);
  ASSERT_EQ(full.size(), 2u);
  EXPECT_EQ(full[1], "bbbb\xE2\x80\xA6");  // the ellipsis takes the last character's place
}

TEST(HtmlEscape, EscapesMarkupAndBlanksControlCharacters) {
  EXPECT_EQ(HtmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(HtmlEscape("line\nbreak\x01"), "line break ");
  EXPECT_EQ(HtmlEscape("a\\N\\"), "a\\\\N\\\\");
  EXPECT_EQ(HtmlEscape("\xE2\x89\xA4 2025"), "\xE2\x89\xA4 2025");  // UTF-8 passes through
  EXPECT_EQ(HtmlEscape("\xEF\xBF\xBF"), "\xEF\xBF\xBD");            // U+FFFF is not XML
}

TEST(SanitizeUtf8, ReplacesInvalidBytesOnly) {
  EXPECT_EQ(SanitizeUtf8("ok \xC3\xA9"), "ok \xC3\xA9");
  EXPECT_EQ(SanitizeUtf8("a\xFF"
                         "b\xC3"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

TEST(EventTypeColor, GivesEachCodedTypeItsOwnColourAndGreyOtherwise) {
  std::set<std::string> seen;
  size_t coded = 0;
  for (const EventTypeInfo& info : EventTypes()) {
    std::string colour = EventTypeColor(info.type);
    ASSERT_EQ(colour.size(), 7u) << info.type;
    EXPECT_EQ(colour[0], '#');
    if (info.cameo.empty()) {
      EXPECT_EQ(colour, "#d9d9d9") << info.type;
    } else {
      ++coded;
      seen.insert(colour);
    }
  }
  EXPECT_EQ(seen.size(), coded);  // no two coded types share a fill
  EXPECT_EQ(EventTypeColor("no-such-type"), "#d9d9d9");
  EXPECT_EQ(seen.count("#d9d9d9"), 0u);
}

}  // namespace
}  // namespace eg
