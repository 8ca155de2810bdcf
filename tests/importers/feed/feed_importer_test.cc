#include "importers/feed/feed_importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/base/ids.h"
#include "importers/registry.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Fixture(const std::string& name) {
  return ReadFile(fs::path(EG_SOURCE_DIR) / "tests/importers/feed/data" / name);
}

std::vector<Article> ParseAll(const std::string& name, const std::string& content,
                              const ImportOptions& options = {}) {
  auto result = NewFeedImporter()->Parse(name, content, options);
  EXPECT_TRUE(result.ok()) << name << ": " << result.status().ToString();
  return result.ok() ? std::move(result).value() : std::vector<Article>{};
}

std::vector<Article> ParseFixture(const std::string& name, const ImportOptions& options = {}) {
  return ParseAll(name, Fixture(name), options);
}

Status ParseError(const std::string& name) {
  auto result = NewFeedImporter()->Parse(name, Fixture(name), {});
  EXPECT_FALSE(result.ok()) << name << " parsed without error";
  return result.ok() ? Status::Ok() : result.status();
}

TEST(FeedImporterTest, NameIsFeed) { EXPECT_EQ(NewFeedImporter()->Name(), "feed"); }

TEST(FeedImporterTest, Rss) {
  const std::vector<Article> items = ParseFixture("rss_items.rss");
  ASSERT_EQ(items.size(), 2u);
  const Article& a = items[0];
  EXPECT_EQ(a.title, "Grain corridor deal signed");
  EXPECT_EQ(a.source, "Harbour Times - World");
  EXPECT_EQ(a.format, "feed");
  EXPECT_EQ(a.path, "rss_items.rss");
  EXPECT_EQ(a.url,
            "https://www.harbourtimes.example/world/grain-deal?at_medium=RSS&at_campaign=feed");
  // The same id as the page itself gets: tracking parameters are not part of the story's URL.
  EXPECT_EQ(a.id, ArticleId("https://www.harbourtimes.example/world/grain-deal"));
  // The escaped HTML of the description reduced to text, its entity decoded once more.
  EXPECT_EQ(a.text,
            "Ukraine and Russia signed separate deals & the UN welcomed them.\n\n"
            "Ships could sail within weeks.");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2022, 7, 22));
  EXPECT_EQ(a.published_time, "18:45:10");

  const Article& b = items[1];
  EXPECT_EQ(b.url, "https://www.harbourtimes.example/world/port-reopens");  // the permalink guid
  // content:encoded is the full text and wins over the description; its script is dropped.
  EXPECT_EQ(b.text, "The port of Odesa reopened on Saturday.\n\nInsurers remain cautious.");
  ASSERT_TRUE(b.published.has_value());  // from dc:date
  EXPECT_EQ(*b.published, Date(2022, 7, 23));
  EXPECT_EQ(b.published_time, "10:00:00");
}

TEST(FeedImporterTest, Atom) {
  const std::vector<Article> items = ParseFixture("atom_entries.atom");
  ASSERT_EQ(items.size(), 2u);
  const Article& a = items[0];
  EXPECT_EQ(a.source, "Valley Post");
  EXPECT_EQ(a.title, "Floods & landslides close pass");
  EXPECT_EQ(a.url, "https://valleypost.example/floods");  // rel="alternate", not rel="self"
  EXPECT_EQ(a.text,
            "Heavy rain closed the mountain pass overnight.\n\n"
            "Crews expect to clear it by Monday.");
  // <published> wins over <updated>; the day is the one written, in its own zone.
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2021, 5, 1));
  EXPECT_EQ(a.published_time, "23:30:00");

  const Article& b = items[1];
  EXPECT_EQ(b.url, "https://valleypost.example/bridge");
  // type="text" is not markup: the angle brackets are the text.
  EXPECT_EQ(b.text, "Engineers found the bridge <safe> to use.");
  ASSERT_TRUE(b.published.has_value());  // only <updated>
  EXPECT_EQ(*b.published, Date(2021, 5, 2));
}

TEST(FeedImporterTest, JsonFeed) {
  const std::vector<Article> items = ParseFixture("json_feed.json");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].source, "Tech Desk");
  EXPECT_EQ(items[0].title, "Chip plant opens");
  EXPECT_EQ(items[0].text, "The plant opened on Tuesday.\n\nIt employs 3,000 people.");
  ASSERT_TRUE(items[0].published.has_value());
  EXPECT_EQ(*items[0].published, Date(2021, 10, 29));
  EXPECT_EQ(items[0].published_time, "10:26:00");
  EXPECT_EQ(items[1].url, "https://other.example/story");
  EXPECT_EQ(items[1].text, "The satellite reached orbit.");
  ASSERT_TRUE(items[1].published.has_value());
  EXPECT_EQ(*items[1].published, Date(2021, 10, 28));
}

TEST(FeedImporterTest, BrokenDateImportsTheItemWithoutADate) {
  const std::vector<Article> items = ParseFixture("broken_date.rss");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].title, "Date nobody can read");
  EXPECT_EQ(items[0].text, "The story itself is fine.");
  EXPECT_FALSE(items[0].published.has_value());
  EXPECT_EQ(items[0].published_time, "");
  ASSERT_TRUE(items[1].published.has_value());
  EXPECT_EQ(*items[1].published, Date(2022, 3, 7));
}

TEST(FeedImporterTest, DateOverrideAppliesToEveryItem) {
  ImportOptions options;
  options.date_override = Date(2024, 2, 29);
  for (const Article& a : ParseFixture("broken_date.rss", options)) {
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(*a.published, Date(2024, 2, 29));
  }
}

TEST(FeedImporterTest, ItemWithoutTitleOrTextIsReportedAndTheRestImported) {
  const std::vector<Article> items = ParseFixture("empty_item.rss");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].text, "Headline only");  // no description: the headline is the text

  std::istringstream in(Fixture("empty_item.rss"));
  std::vector<std::string> failures;
  std::vector<std::string> wheres;
  const Status s = NewFeedImporter()->Read("empty_item.rss", in, {}, [&](Result<ImportItem> item) {
    if (item.ok()) {
      wheres.push_back(item->where);
    } else {
      failures.push_back(item.status().message());
    }
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(failures, (std::vector<std::string>{"item 1: no title or text"}));
  EXPECT_EQ(wheres, (std::vector<std::string>{"item 2"}));
}

TEST(FeedImporterTest, TruncatedFeedKeepsItsCompleteItems) {
  const std::vector<Article> items = ParseFixture("truncated_feed.rss");
  ASSERT_GE(items.size(), 1u);
  EXPECT_EQ(items[0].title, "Complete item");
  EXPECT_EQ(items[0].text, "Whole.");
  EXPECT_EQ(items[0].source, "Cut");
}

TEST(FeedImporterTest, InvalidInputsAreRefusedWithTheReason) {
  Status s = ParseError("not_a_feed.xml");
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_TRUE(s.message().starts_with("not a feed: the root element is <catalog>")) << s.message();
  EXPECT_EQ(ParseError("empty.rss").message(), "empty file");
  s = ParseError("not_json_feed.json");
  EXPECT_TRUE(s.message().starts_with("JSON but not a JSON Feed")) << s.message();
  auto broken = NewFeedImporter()->Parse("x.rss", "<rss><channel><title>x</title></chan", {});
  ASSERT_FALSE(broken.ok());
  auto garbage = NewFeedImporter()->Parse("x.rss", "<<<>>>", {});
  ASSERT_FALSE(garbage.ok());
  EXPECT_TRUE(garbage.status().message().starts_with("not well-formed XML: "))
      << garbage.status().message();
  auto no_items =
      NewFeedImporter()->Parse("x.rss", "<rss><channel><title>x</title></channel></rss>", {});
  ASSERT_FALSE(no_items.ok());
  EXPECT_EQ(no_items.status().message(), "the feed has no items");
}

TEST(FeedImporterTest, ExternalEntitiesAreNotFetched) {
  // An XXE attempt: the entity names a local file; it must not be expanded into the text.
  const std::string xxe =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
      "<rss><channel><title>T</title><item><title>I</title><description>a &x; b</description>"
      "</item></channel></rss>";
  auto result = NewFeedImporter()->Parse("x.rss", xxe, {});
  if (result.ok()) {
    ASSERT_EQ(result->size(), 1u);
    EXPECT_EQ(result->front().text.find('\n'), std::string::npos);
    EXPECT_LE(result->front().text.size(), 6u) << result->front().text;
  }
}

TEST(FeedImporterTest, Sniff) {
  const auto importer = NewFeedImporter();
  EXPECT_EQ(importer->Sniff("-", Fixture("rss_items.rss")), 95);
  EXPECT_EQ(importer->Sniff("-", Fixture("atom_entries.atom")), 95);
  EXPECT_EQ(importer->Sniff("-", Fixture("json_feed.json")), 100);
  EXPECT_EQ(importer->Sniff("a.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<nitf version=\"x\">"),
            90);
  EXPECT_EQ(importer->Sniff("a.xml", Fixture("not_a_feed.xml")), 0);
  EXPECT_EQ(importer->Sniff("a.rss", Fixture("not_a_feed.xml")), 60);
  EXPECT_EQ(importer->Sniff("a.json", Fixture("not_json_feed.json")), 0);
  EXPECT_EQ(importer->Sniff("a.html", "<!DOCTYPE html><html>"), 0);
}

// The feeds in ../shared/data/feeds: one article per item, dates as the items give them.
struct SharedFeed {
  const char* file;
  size_t items;
  Date first;
  Date last;
  Date earliest;
  Date latest;
};

TEST(FeedImporterTest, SharedFeedsImportOneArticlePerItem) {
  const fs::path dir = fs::path(EG_SHARED_DIR) / "data" / "feeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  // Counts and dates read from the files by eye: first and last item, and the range they span.
  const SharedFeed feeds[] = {
      {"bbc_news_home_2022-03-12.rss", 43, Date(2022, 3, 12), Date(2022, 3, 12), Date(2022, 3, 10),
       Date(2022, 3, 12)},
      {"rss-parser_guardian_2018-01-31.rss", 55, Date(2018, 1, 31), Date(2018, 1, 31),
       Date(2017, 12, 8), Date(2018, 1, 31)},
      {"rss-parser_heise_2016-02-01.atom", 15, Date(2016, 2, 1), Date(2016, 1, 28),
       Date(2016, 1, 28), Date(2016, 2, 1)},
      {"trafilatura_npr_technology.jsonfeed.json", 25, Date(2021, 10, 29), Date(2021, 10, 20),
       Date(2021, 10, 20), Date(2021, 10, 29)},
  };
  for (const SharedFeed& f : feeds) {
    SCOPED_TRACE(f.file);
    const fs::path path = dir / f.file;
    const auto importer = NewFeedImporter();
    const std::string content = ReadFile(path);
    EXPECT_GE(importer->Sniff(path.string(), content.substr(0, 65536)), 90);
    const std::vector<Article> items = ParseAll(path.string(), content);
    ASSERT_EQ(items.size(), f.items);
    for (const Article& a : items) {
      EXPECT_FALSE(a.title.empty());
      EXPECT_FALSE(a.text.empty());
      EXPECT_FALSE(a.url.empty());
      EXPECT_FALSE(a.source.empty());
      EXPECT_EQ(a.text.find('<'), std::string::npos) << a.text;
      ASSERT_TRUE(a.published.has_value()) << a.title;
      EXPECT_GE(*a.published, f.earliest);
      EXPECT_LE(*a.published, f.latest);
    }
    EXPECT_EQ(*items.front().published, f.first);
    EXPECT_EQ(*items.back().published, f.last);
  }
}

TEST(FeedImporterTest, SharedFeedTitlesAndTimes) {
  const fs::path dir = fs::path(EG_SHARED_DIR) / "data" / "feeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  auto bbc = ParseAll("bbc", ReadFile(dir / "bbc_news_home_2022-03-12.rss"));
  ASSERT_FALSE(bbc.empty());
  EXPECT_EQ(bbc.front().source, "BBC News - Home");
  EXPECT_EQ(bbc.front().title, "Ukraine war: Protests after Russians 'abduct' Melitopol mayor");
  EXPECT_EQ(bbc.front().published_time, "09:45:51");
  EXPECT_EQ(bbc.back().published_time, "20:20:41");
  auto heise = ParseAll("heise", ReadFile(dir / "rss-parser_heise_2016-02-01.atom"));
  ASSERT_FALSE(heise.empty());
  EXPECT_EQ(heise.front().source, "heise developer neueste Meldungen");
  EXPECT_EQ(heise.front().title, "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei");
  EXPECT_EQ(heise.front().published_time, "17:22:00");
  auto npr = ParseAll("npr", ReadFile(dir / "trafilatura_npr_technology.jsonfeed.json"));
  ASSERT_FALSE(npr.empty());
  EXPECT_EQ(npr.front().source, "Technology");
  EXPECT_EQ(npr.front().title, "Keller Rinaudo: How can delivery drones save lives?");
}

TEST(FeedImporterTest, SharedNitfStoryImports) {
  const fs::path path =
      fs::path(EG_SHARED_DIR) / "data/feeds/arcxp_ap_nitf_2022-05-11_ukraine_war_crimes_trial.xml";
  if (!fs::exists(path)) GTEST_SKIP() << path << " is absent";
  const std::string content = ReadFile(path);
  EXPECT_EQ(NewFeedImporter()->Sniff(path.string(), content), 90);
  const std::vector<Article> items = ParseAll(path.string(), content);
  ASSERT_EQ(items.size(), 1u);
  const Article& a = items[0];
  EXPECT_EQ(a.title, "Ukraine to hold first war crimes trial of captured Russian");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2022, 5, 11));
  EXPECT_EQ(a.published_time, "19:35:25");
  EXPECT_EQ(a.source, "The Associated Press");
  // The escapes are decoded: an em dash and a curly apostrophe, no "\x" or "\n" left.
  EXPECT_TRUE(
      a.text.starts_with("ZAPORIZHZHIA, Ukraine (AP) \xE2\x80\x94 Ukraine\xE2\x80\x99s top "
                         "prosecutor disclosed plans Wednesday"))
      << a.text.substr(0, 200);
  EXPECT_EQ(a.text.find("\\x"), std::string::npos);
  EXPECT_EQ(a.text.find("\\n"), std::string::npos);
  EXPECT_NE(a.text.find("\n\nProsecutor General"), std::string::npos);
  EXPECT_EQ(a.id, ArticleId(a.text));
}

// --format auto: among all registered importers, the shared feeds go to "feed" and the shared
// pages to "html", whatever their file names suggest.
TEST(FeedImporterTest, AutoDetectionPicksFeedAndHtml) {
  const fs::path data = fs::path(EG_SHARED_DIR) / "data";
  if (!fs::is_directory(data / "feeds")) GTEST_SKIP() << data << " is absent";
  for (const char* sub : {"feeds", "html"}) {
    for (const auto& entry : fs::directory_iterator(data / sub)) {
      const std::string name = entry.path().filename().string();
      if (std::string_view(sub) == "html" && !name.ends_with(".html")) continue;
      const std::string head = ReadFile(entry.path()).substr(0, 65536);
      const Importer* importer = DetectImporter(entry.path().string(), head);
      ASSERT_NE(importer, nullptr) << name;
      EXPECT_EQ(importer->Name(), std::string_view(sub) == "feeds" ? "feed" : "html") << name;
    }
  }
}

}  // namespace
}  // namespace eg
