#include <gtest/gtest.h>

#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/model/time_span.h"

namespace eg {
namespace {

std::string Range(std::string_view value) {
  auto t = SpanOfTimexValue(value);
  if (!t.ok()) return "error";
  return FormatDate(*t->begin) + ".." + FormatDate(*t->end) + " " + std::string(PrecisionName(t->precision));
}

TEST(ParseDate, AcceptsIsoAndRejectsImpossibleDays) {
  EXPECT_EQ(FormatDate(*ParseDate("2025-12-01")), "2025-12-01");
  EXPECT_EQ(FormatDate(*ParseDate("2025/12/01")), "2025-12-01");
  EXPECT_FALSE(ParseDate("2025-02-30").ok());
  EXPECT_TRUE(ParseDate("2024-02-29").ok());  // leap year
  EXPECT_FALSE(ParseDate("2023-02-29").ok());
  EXPECT_FALSE(ParseDate("2025-13-01").ok());
  EXPECT_FALSE(ParseDate("2025-12-1").ok());
  EXPECT_FALSE(ParseDate("yesterday").ok());
  EXPECT_NE(ParseDate("2025-02-30").status().message().find("2025-02-30"), std::string::npos);
}

TEST(SpanOfTimexValue, CoversTheCalendarUnits) {
  EXPECT_EQ(Range("2025-12-01"), "2025-12-01..2025-12-01 day");
  EXPECT_EQ(Range("2022-02"), "2022-02-01..2022-02-28 month");
  EXPECT_EQ(Range("2024-02"), "2024-02-01..2024-02-29 month");
  EXPECT_EQ(Range("2025"), "2025-01-01..2025-12-31 year");
  EXPECT_EQ(Range("2025-Q4"), "2025-10-01..2025-12-31 quarter");
  EXPECT_EQ(Range("2025-H1"), "2025-01-01..2025-06-30 half_year");
  EXPECT_EQ(Range("2025-SU"), "2025-06-01..2025-08-31 season");
  EXPECT_EQ(Range("2023-WI"), "2023-12-01..2024-02-29 season");
  EXPECT_EQ(Range("202X"), "2020-01-01..2029-12-31 decade");
  EXPECT_EQ(Range("199"), "1990-01-01..1999-12-31 decade");
  EXPECT_EQ(Range("19XX"), "1900-01-01..1999-12-31 century");
  EXPECT_EQ(Range("2025-12-01T14:08"), "2025-12-01..2025-12-01 minute");
  // ISO weeks: 2025-12-01 is a Monday in week 49; week 1 of 2021 starts on 2021-01-04.
  EXPECT_EQ(Range("2025-W49"), "2025-12-01..2025-12-07 week");
  EXPECT_EQ(Range("2021-W01"), "2021-01-04..2021-01-10 week");
  EXPECT_EQ(Range("2020-W53"), "2020-12-28..2021-01-03 week");
}

TEST(SpanOfTimexValue, RejectsWhatIsNotACalendarSpan) {
  for (const char* v : {"PRESENT_REF", "PAST_REF", "P3D", "XXXX-12-01", "2025-13", "2025-W60", ""}) {
    EXPECT_FALSE(SpanOfTimexValue(v).ok()) << v;
  }
  EXPECT_EQ(SpanOfTimexValue("2022-02")->timex, "2022-02");
}

TEST(Names, RoundTripEveryEnum) {
  for (int i = 0; i <= 10; ++i) {
    const auto p = static_cast<Precision>(i);
    EXPECT_EQ(*ParsePrecision(PrecisionName(p)), p);
  }
  for (int i = 0; i <= 5; ++i) {
    const auto k = static_cast<EntityKind>(i);
    EXPECT_EQ(*ParseEntityKind(EntityKindName(k)), k);
  }
  EXPECT_FALSE(ParseModality("certain").ok());
}

TEST(Entities, IdsAndMerging) {
  EXPECT_EQ(MakeEntityId(EntityKind::kPerson, "Kaja Kallas"), "person:kaja-kallas");
  EXPECT_EQ(MakeEntityId(EntityKind::kCountry, "Ukraine", "UA"), "country:UA");
  EXPECT_EQ(MakeEntityId(EntityKind::kLocation, "Brussels", "BE"), "location:brussels-be");
  Entity a{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {"Kallas"}, "", {}, {}, {}, {}};
  Entity b{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {"EU foreign policy chief Kaja Kallas"},
           "EE", 59.4, 24.7, {"High Representative"}, {}};
  MergeEntity(a, b);
  EXPECT_EQ(a.aliases, (std::vector<std::string>{"EU foreign policy chief Kaja Kallas", "Kallas"}));
  EXPECT_EQ(a.country, "EE");
  EXPECT_EQ(a.titles.size(), 1u);
}

TEST(Events, TaxonomyMapsToCameoRoots) {
  EXPECT_EQ(FindEventType("negotiate")->cameo, "04");
  EXPECT_EQ(FindEventType("invade")->cameo, "19");
  EXPECT_EQ(FindEventType("nonsense"), nullptr);
  for (const auto& t : EventTypes()) {
    if (t.type == "other") continue;
    ASSERT_EQ(t.cameo.size(), 2u) << t.type;
    const int root = std::stoi(std::string(t.cameo));
    EXPECT_GE(root, 1);
    EXPECT_LE(root, 20);
  }
  EXPECT_EQ(MakeEventId("art:1", 10, "meet"), MakeEventId("art:1", 10, "meet"));
  EXPECT_NE(MakeEventId("art:1", 10, "meet"), MakeEventId("art:1", 11, "meet"));
}

}  // namespace
}  // namespace eg
