#include "importers/acled/acled_importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/base/ids.h"
#include "tests/importers/read_items.h"

namespace eg {
namespace {

using testing::Contains;
using testing::FindEntity;
using testing::Read;

Read ReadFile(const std::string& path) { return testing::ReadItems(*NewAcledImporter(), path); }

Read ReadFixture(const std::string& name) {
  return ReadFile(std::string(EG_SOURCE_DIR) + "/tests/importers/acled/data/" + name);
}

std::string Slice(const std::string& text, const Span& s) { return text.substr(s.begin, s.end - s.begin); }

TEST(AcledImporterTest, RowsBecomeEventsWithActorsPlaceTimeAndProvenance) {
  const Read r = ReadFixture("sample.csv");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.order.size(), 3u);
  // Row 1's notes hold a line break inside quotes: row 2 starts on line 4.
  EXPECT_EQ(r.order[0], "ok row 1 (line 2)");
  EXPECT_EQ(r.order[1], "ok row 2 (line 4)");
  EXPECT_EQ(r.order[2], "ok row 3 (line 5)");

  const ImportItem& battle = r.items[0];
  EXPECT_TRUE(battle.structured);
  ASSERT_EQ(battle.events.size(), 1u);
  const Event& e = battle.events[0];
  EXPECT_EQ(e.type, "fight");
  EXPECT_EQ(e.cameo, "19");
  EXPECT_EQ(FormatDate(*e.time.begin), "2018-10-09");
  EXPECT_EQ(FormatDate(*e.time.end), "2018-10-09");
  EXPECT_EQ(e.time.precision, Precision::kDay);
  EXPECT_TRUE(Contains(e.label, "Armed clash (Battles)")) << e.label;
  EXPECT_TRUE(Contains(e.label, "4 fatalities")) << e.label;
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Stanytsia Luhanska");
  EXPECT_EQ(e.location->qualifier, "near");  // geo_precision 2
  EXPECT_DOUBLE_EQ(*e.location->lat, 48.6543);
  EXPECT_DOUBLE_EQ(*e.location->lon, 39.4794);
  const Entity* place = FindEntity(battle, e.location->entity);
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->kind, EntityKind::kLocation);
  EXPECT_EQ(place->country, "UA");
  ASSERT_EQ(e.participants.size(), 2u);
  EXPECT_EQ(e.participants[0].entity, "group:naf-united-armed-forces-of-novorossiya");
  EXPECT_EQ(e.participants[0].role, Role::kSource);
  EXPECT_EQ(e.participants[1].entity, "organization:military-forces-of-ukraine-2014-2019");
  EXPECT_EQ(e.participants[1].role, Role::kTarget);
  EXPECT_EQ(FindEntity(battle, e.participants[1].entity)->country, "UA");

  // Provenance: the notes, unescaped, with their line break; the evidence points at them.
  const Article& a = battle.article;
  EXPECT_EQ(a.id, ArticleId("acled:UKRT1"));
  EXPECT_EQ(e.id, "ev:" + Hex64(Hash64("acled:UKRT1")));
  EXPECT_EQ(a.format, "acled");
  EXPECT_EQ(FormatDate(*a.published), "2024-02-20");  // timestamp 1708472497
  ASSERT_EQ(e.evidence.size(), 1u);
  EXPECT_EQ(e.evidence[0].article, a.id);
  EXPECT_EQ(Slice(a.text, e.evidence[0].sentence),
            "On 9 October 2018, rebels fired at positions near Stanytsia Luhanska, using \"grenade "
            "launchers\", heavy machine guns and small arms.\nOne soldier and three rebels were killed.");
  EXPECT_EQ(Slice(a.text, e.evidence[0].trigger), "Armed clash");
  EXPECT_TRUE(Contains(a.text, "Interfax; Liveuamap")) << a.text;

  // time_precision 2: the coded day within a week either side.
  const Event& protest = r.items[1].events[0];
  EXPECT_EQ(protest.type, "protest");
  EXPECT_EQ(protest.time.precision, Precision::kWeek);
  EXPECT_EQ(FormatDate(*protest.time.begin), "2020-08-08");
  EXPECT_EQ(FormatDate(*protest.time.end), "2020-08-20");
  EXPECT_EQ(protest.location->qualifier, "in");
  // Actor 1 alone takes part; the associated actors take part too.
  ASSERT_EQ(protest.participants.size(), 3u);
  EXPECT_EQ(protest.participants[0].entity, "group:protesters-ukraine");
  EXPECT_EQ(protest.participants[0].role, Role::kParticipant);
  EXPECT_EQ(protest.participants[2].entity, "group:students-ukraine");

  // time_precision 3: the calendar month.
  const Event& agreement = r.items[2].events[0];
  EXPECT_EQ(agreement.type, "cooperate");
  EXPECT_EQ(agreement.time.precision, Precision::kMonth);
  EXPECT_EQ(FormatDate(*agreement.time.begin), "2021-02-01");
  EXPECT_EQ(FormatDate(*agreement.time.end), "2021-02-28");
  EXPECT_EQ(agreement.time.timex, "2021-02");
  const Entity* russia = FindEntity(r.items[2], "organization:government-of-russia-2000");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->country, "RU");
}

TEST(AcledImporterTest, RowWithTooFewColumnsIsReportedAndTheRestImported) {
  const Read r = ReadFixture("too_few_columns.csv");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.order.size(), 3u);
  EXPECT_EQ(r.order[0], "ok row 1 (line 2)");
  EXPECT_EQ(r.order[1], "row 2 (line 4): 10 fields where the header has 33");
  EXPECT_EQ(r.order[2], "ok row 3 (line 5)");
}

TEST(AcledImporterTest, BadDatesAndUnknownTypesNameTheRow) {
  const Read r = ReadFixture("bad_rows.csv");
  ASSERT_EQ(r.order.size(), 4u);
  EXPECT_TRUE(Contains(r.order[0], "row 1 (line 2): bad event_date '31/02/2020'")) << r.order[0];
  EXPECT_TRUE(Contains(r.order[1], "row 2 (line 3): bad event_date 'yesterday'")) << r.order[1];
  EXPECT_TRUE(Contains(r.order[2], "row 3 (line 4): unknown ACLED event type 'Parades'")) << r.order[2];
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(FormatDate(*r.items[0].events[0].time.begin), "2020-03-01");  // "1 March 2020"
  EXPECT_EQ(r.items[0].events[0].type, "coerce");                        // mob violence
}

TEST(AcledImporterTest, UnclosedQuoteStopsTheFileAfterTheGoodRows) {
  const Read r = ReadFixture("unclosed_quote.csv");
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_FALSE(r.status.ok());
  EXPECT_TRUE(Contains(r.status.message(), "line 3: a quoted field is not closed")) << r.status.message();
}

TEST(AcledImporterTest, HeaderWithoutAcledColumnsIsRefused) {
  std::istringstream in("name,date\nx,2020-01-01\n");
  const Status s = NewAcledImporter()->Read("x.csv", in, {}, [](Result<ImportItem>) {});
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(Contains(s.message(), "event_id_cnty")) << s.message();
}

TEST(AcledImporterTest, TypeMapping) {
  EXPECT_EQ(AcledEventType("Battles", "Armed clash"), "fight");
  EXPECT_EQ(AcledEventType("Battles", "Non-state actor overtakes territory"), "invade");
  EXPECT_EQ(AcledEventType("Explosions/Remote violence", "Air/drone strike"), "attack");
  EXPECT_EQ(AcledEventType("Explosions/Remote violence", "Chemical weapon"), "mass_violence");
  EXPECT_EQ(AcledEventType("Violence against civilians", "Abduction/forced disappearance"), "attack");
  EXPECT_EQ(AcledEventType("Protests", "Excessive force against protesters"), "coerce");
  EXPECT_EQ(AcledEventType("Riots", "Violent demonstration"), "protest");
  EXPECT_EQ(AcledEventType("Strategic developments", "Arrests"), "coerce");
  EXPECT_EQ(AcledEventType("Strategic developments", "Agreement"), "cooperate");
  EXPECT_EQ(AcledEventType("Strategic developments", "Non-violent transfer of territory"), "yield");
  EXPECT_EQ(AcledEventType("Parades", ""), "");
  for (auto t : {"fight", "invade", "attack", "mass_violence", "coerce", "protest", "cooperate", "yield"}) {
    EXPECT_NE(FindEventType(t), nullptr) << t;
  }
}

TEST(AcledImporterTest, SniffsByHeader) {
  const auto importer = NewAcledImporter();
  EXPECT_EQ(importer->Sniff("a.csv", "id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type\n"), 100);
  EXPECT_EQ(importer->Sniff("a.csv", "name,date\n"), 0);
}

TEST(AcledImporterTest, UkraineSampleImportsCompletely) {
  const std::string path = std::string(EG_SHARED_DIR) + "/data/structured/acled_ukraine_sample_1000.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  const Read r = ReadFile(path);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 1000u);
  std::map<std::string, size_t> types;
  std::map<std::string, const Event*> by_id;
  for (const auto& item : r.items) {
    ++types[item.events[0].type];
    by_id[item.events[0].id] = &item.events[0];
  }
  // Counted with a CSV reader from the event_type / sub_event_type columns: 772 explosions and
  // 6 violence against civilians are attacks, 178 armed clashes, 2 territory taken, 28 disrupted
  // weapons use, 9 peaceful protests and 1 violent demonstration, 3 lootings, 1 base established.
  EXPECT_EQ(types["attack"], 778u);
  EXPECT_EQ(types["fight"], 178u);
  EXPECT_EQ(types["invade"], 2u);
  EXPECT_EQ(types["other"], 28u);
  EXPECT_EQ(types["protest"], 10u);
  EXPECT_EQ(types["coerce"], 3u);
  EXPECT_EQ(types["mobilize"], 1u);

  const auto event = [&](const std::string& acled_id) {
    auto it = by_id.find("ev:" + Hex64(Hash64("acled:" + acled_id)));
    return it == by_id.end() ? nullptr : it->second;
  };
  // The first data row: UKR40153, 14/08/2020, a peaceful protest at 50.4646, 30.4655.
  const Event* first = event("UKR40153");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->type, "protest");
  EXPECT_EQ(FormatDate(*first->time.begin), "2020-08-14");
  EXPECT_DOUBLE_EQ(*first->location->lat, 50.4646);
  EXPECT_DOUBLE_EQ(*first->location->lon, 30.4655);
  // UKR153731: 07/02/2024 with time_precision 2, in Khromove (48.5973, 37.9451).
  const Event* week = event("UKR153731");
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(FormatDate(*week->time.begin), "2024-02-01");
  EXPECT_EQ(FormatDate(*week->time.end), "2024-02-13");
  EXPECT_EQ(week->location->name, "Khromove");
  EXPECT_DOUBLE_EQ(*week->location->lat, 48.5973);
  // UKR96358: the only time_precision 3 row, 15/03/2022: all of March 2022.
  const Event* month = event("UKR96358");
  ASSERT_NE(month, nullptr);
  EXPECT_EQ(FormatDate(*month->time.begin), "2022-03-01");
  EXPECT_EQ(FormatDate(*month->time.end), "2022-03-31");
}

}  // namespace
}  // namespace eg
