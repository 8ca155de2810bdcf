#include "importers/gdelt/gdelt_importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "engine/base/ids.h"
#include "tests/importers/read_items.h"

namespace eg {
namespace {

using testing::Contains;
using testing::FindEntity;
using testing::Read;

Read ReadFile(const std::string& path) { return testing::ReadItems(*NewGdeltImporter(), path); }

Read ReadFixture(const std::string& name) {
  return ReadFile(std::string(EG_SOURCE_DIR) + "/tests/importers/gdelt/data/" + name);
}

// The fixture holds rows 1, 3 and 7 of the real export gdelt2_20250602094500.export.CSV.
TEST(GdeltImporterTest, RowsBecomeEventsWithCodesActorsAndPlaces) {
  const Read r = ReadFixture("sample.export.CSV");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[2].where, "row 3");

  // Row 1: no Actor1; Actor2 PHL "MANILA"; EventCode 042 (make a visit); SQLDATE 20250503, added
  // 20250602094500; action geo "Malaca, Pangasinan, Philippines" at 15.8334, 120.378.
  const ImportItem& visit = r.items[0];
  EXPECT_TRUE(visit.structured);
  const Event& e = visit.events.at(0);
  EXPECT_EQ(e.id, "ev:" + Hex64(Hash64("gdelt:1247343498")));
  EXPECT_EQ(e.type, "visit");
  EXPECT_EQ(e.cameo, "04");
  EXPECT_TRUE(Contains(e.label, "CAMEO 042")) << e.label;  // the code keeps its leading zero
  EXPECT_EQ(FormatDate(*e.time.begin), "2025-05-03");      // SQLDATE, not DATEADDED
  EXPECT_EQ(FormatDate(*e.time.end), "2025-05-03");
  EXPECT_EQ(e.time.precision, Precision::kDay);
  ASSERT_EQ(e.participants.size(), 1u);
  EXPECT_EQ(e.participants[0].entity, "country:PH");
  EXPECT_EQ(e.participants[0].role, Role::kTarget);
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Malaca, Pangasinan, Philippines");
  EXPECT_DOUBLE_EQ(*e.location->lat, 15.8334);
  EXPECT_DOUBLE_EQ(*e.location->lon, 120.378);
  const Entity* place = FindEntity(visit, e.location->entity);
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->kind, EntityKind::kLocation);
  EXPECT_EQ(place->country, "PH");  // from the name: the FIPS code "RP" is not ISO
  const Article& a = visit.article;
  EXPECT_EQ(a.id, ArticleId("gdelt:1247343498"));
  EXPECT_EQ(a.url,
            "https://www.manilatimes.net/2025/06/02/news/singapore-pm-to-visit-manila/2125464");
  EXPECT_EQ(a.source, "manilatimes.net");
  EXPECT_EQ(FormatDate(*a.published), "2025-06-02");
  EXPECT_EQ(a.published_time, "09:45:00");
  const Evidence& ev = e.evidence.at(0);
  EXPECT_EQ(a.text.substr(ev.trigger.begin, ev.trigger.end - ev.trigger.begin), "042");

  // Row 3: GRC "GREEK" arrests (173) the police "PRISON"; the place is the country Turkey.
  const Event& arrest = r.items[1].events.at(0);
  EXPECT_EQ(arrest.type, "coerce");
  ASSERT_EQ(arrest.participants.size(), 2u);
  EXPECT_EQ(arrest.participants[0].entity, "country:GR");
  EXPECT_EQ(arrest.participants[0].role, Role::kSource);
  EXPECT_EQ(arrest.participants[1].entity, "organization:prison");
  EXPECT_EQ(arrest.location->entity, "country:TR");
  EXPECT_NEAR(*arrest.location->lat, 39.059012, 1e-9);

  // Row 7: PHL "MANILA" hosts a visit (043) of PHLGOV, the Philippine government.
  const Event& hosted = r.items[2].events.at(0);
  EXPECT_EQ(hosted.type, "visit");
  ASSERT_EQ(hosted.participants.size(), 2u);
  EXPECT_EQ(hosted.participants[1].entity, "organization:government-philippines");
  const Entity* gov = FindEntity(r.items[2], "organization:government-philippines");
  ASSERT_NE(gov, nullptr);
  EXPECT_EQ(gov->country, "PH");
  EXPECT_EQ(gov->name, "Government (Philippines)");
}

TEST(GdeltImporterTest, BadRowsAreReportedWithTheirNumberAndTheRestImported) {
  const Read r = ReadFixture("bad_rows.export.CSV");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.order.size(), 5u);
  EXPECT_EQ(r.order[0], "ok row 1");
  EXPECT_EQ(r.order[1], "row 2: 60 columns where a GDELT 2.0 export has 61");
  EXPECT_EQ(r.order[2], "row 3: bad SQLDATE '20251340'");
  EXPECT_EQ(r.order[3], "row 4: bad EventCode 'X42'");
  EXPECT_EQ(r.order[4], "ok row 5");
}

TEST(GdeltImporterTest, EventCodeMapping) {
  EXPECT_EQ(GdeltEventType("010"), "statement");
  EXPECT_EQ(GdeltEventType("046"), "negotiate");
  EXPECT_EQ(GdeltEventType("040"), "meet");
  EXPECT_EQ(GdeltEventType("0311"), "intent");
  EXPECT_EQ(GdeltEventType("061"), "cooperate");
  EXPECT_EQ(GdeltEventType("192"), "invade");
  EXPECT_EQ(GdeltEventType("190"), "fight");
  EXPECT_EQ(GdeltEventType("203"), "mass_violence");
  EXPECT_EQ(GdeltEventType("210"), "");
  EXPECT_EQ(GdeltEventType("04"), "meet");  // a bare root code
  EXPECT_EQ(GdeltEventType("42"), "");      // not a root: the leading zero was lost
  EXPECT_EQ(GdeltEventType("4"), "");
  EXPECT_EQ(GdeltEventType(""), "");
  // Every root maps to a type of our taxonomy with that root, except 06, which has no type.
  for (int root = 1; root <= 20; ++root) {
    char code[16];
    std::snprintf(code, sizeof code, "%02d0", root);
    const EventTypeInfo* info = FindEventType(GdeltEventType(code));
    ASSERT_NE(info, nullptr) << code;
    if (root != 6) {
      EXPECT_EQ(std::stoi(std::string(info->cameo)), root) << code;
    }
  }
}

TEST(GdeltImporterTest, SniffsSixtyOneTabColumns) {
  const auto importer = NewGdeltImporter();
  std::string row = "1247343498\t20250503";
  for (int i = 2; i < 61; ++i) row += "\t";
  EXPECT_EQ(importer->Sniff("x.export.CSV", row + "\n"), 100);
  EXPECT_EQ(importer->Sniff("x.tsv", row + "\n"), 95);
  EXPECT_EQ(importer->Sniff("x.tsv", "a\tb\tc\n"), 0);
}

TEST(GdeltImporterTest, RealExportImportsCompletely) {
  const std::string path = std::string(EG_SHARED_DIR) + "/data/structured/gdelt2_20250602094500.export.CSV";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  const Read r = ReadFile(path);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  // 1151 lines, each with 61 tab-separated columns (counted with awk).
  ASSERT_EQ(r.items.size(), 1151u);
  std::map<std::string, size_t> days, cameo;
  size_t located = 0;
  for (const auto& item : r.items) {
    const Event& e = item.events.at(0);
    ++days[FormatDate(*e.time.begin)];
    ++cameo[e.cameo];
    located += e.location.has_value();
  }
  // SQLDATE: 1138 rows of 20250602, 9 of 20250503, 3 of 20250601, 1 of 20250526.
  EXPECT_EQ(days["2025-06-02"], 1138u);
  EXPECT_EQ(days["2025-05-03"], 9u);
  EXPECT_EQ(days["2025-06-01"], 3u);
  EXPECT_EQ(days["2025-05-26"], 1u);
  // EventRootCode 04 on 258 rows, 19 on 84, 18 on 17; 06 (21 rows) joins 05 (125) as cooperate.
  EXPECT_EQ(cameo["04"], 258u);
  EXPECT_EQ(cameo["19"], 84u);
  EXPECT_EQ(cameo["18"], 17u);
  EXPECT_EQ(cameo["05"], 146u);
  // 20 rows have ActionGeo_Type 0: no place.
  EXPECT_EQ(located, 1131u);
}

}  // namespace
}  // namespace eg
