#include "importers/jsonl/jsonl_importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/base/ids.h"

namespace eg {
namespace {

// What Read handed over: the items, and the failures' messages, in order.
struct Read {
  std::vector<ImportItem> items;
  std::vector<std::string> failures;
  std::vector<std::string> order;  // "ok <where>" or the failure message
  Status status;
};

Read ReadStream(std::istream& in, const std::string& path = "in.jsonl") {
  Read out;
  const auto importer = NewJsonlImporter();
  out.status = importer->Read(path, in, {}, [&](Result<ImportItem> item) {
    if (item.ok()) {
      out.order.push_back("ok " + item->where);
      out.items.push_back(std::move(item).value());
    } else {
      out.order.push_back(item.status().message());
      out.failures.push_back(item.status().message());
    }
  });
  return out;
}

Read ReadFixture(const std::string& name) {
  std::ifstream in(std::string(EG_SOURCE_DIR) + "/tests/importers/jsonl/data/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  return ReadStream(in, name);
}

Read ReadText(const std::string& text) {
  std::istringstream in(text);
  return ReadStream(in);
}

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(JsonlImporterTest, MapsOurAndTheCrawlersFieldNames) {
  const Read r = ReadFixture("crawlers.jsonl");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_TRUE(r.failures.empty()) << r.failures.front();
  ASSERT_EQ(r.items.size(), 3u);
  // The blank second line counts as a line: positions are physical lines.
  EXPECT_EQ(r.items[0].where, "line 1");
  EXPECT_EQ(r.items[1].where, "line 3");
  EXPECT_EQ(r.items[2].where, "line 4");

  const Article& ours = r.items[0].article;
  EXPECT_EQ(ours.title, "Ours");
  EXPECT_EQ(FormatDate(*ours.published), "2022-02-24");
  EXPECT_EQ(ours.published_time, "05:30");
  EXPECT_EQ(ours.source, "Example");
  EXPECT_EQ(ours.format, "jsonl");
  EXPECT_EQ(ours.text, "Russian forces attacked Kyiv on Thursday.");
  // Scheme and host lower-cased, fragment and trailing slash dropped before hashing.
  EXPECT_EQ(ours.id, ArticleId("https://example.org/a"));

  const Article& np = r.items[1].article;
  EXPECT_EQ(np.text, "Talks were held in Belarus on Monday.");
  EXPECT_EQ(FormatDate(*np.published), "2022-03-01");
  EXPECT_EQ(np.published_time, "10:42:00");
  EXPECT_EQ(np.source, "news.example.com");
  EXPECT_EQ(np.language, "en");

  const Article& traf = r.items[2].article;
  // The date as the publisher wrote it, whatever its zone.
  EXPECT_EQ(FormatDate(*traf.published), "2022-03-02");
  EXPECT_EQ(traf.published_time, "08:15:00");
  EXPECT_EQ(traf.source, "traf.example.net");
  EXPECT_TRUE(traf.url.empty());
  EXPECT_EQ(traf.id, ArticleId(traf.text));  // no URL: the text is the key
  for (const auto& item : r.items) EXPECT_FALSE(item.structured);
}

TEST(JsonlImporterTest, KeepsBylinesAndLanguage) {
  const Read r = ReadFixture("authors_language.jsonl");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].article.language, "en");
  EXPECT_EQ(r.items[0].article.authors, (std::vector<std::string>{"Olena Kovalenko"}))
      << "blank names are dropped";
}

TEST(JsonlImporterTest, LineWithoutTextIsReportedAndTheRestIsRead) {
  const Read r = ReadFixture("missing_text.jsonl");
  EXPECT_TRUE(r.status.ok());
  ASSERT_EQ(r.order.size(), 3u);
  EXPECT_EQ(r.order[0], "ok line 1");
  EXPECT_TRUE(Contains(r.order[1], "line 2: field 'text': missing")) << r.order[1];
  EXPECT_EQ(r.order[2], "ok line 3");
}

TEST(JsonlImporterTest, BadDatesNameTheLineAndTheField) {
  const Read r = ReadFixture("bad_dates.jsonl");
  ASSERT_EQ(r.order.size(), 3u);
  EXPECT_TRUE(Contains(r.order[0], "line 1: field 'date'")) << r.order[0];
  EXPECT_TRUE(Contains(r.order[1], "line 2: field 'date'")) << r.order[1];
  EXPECT_EQ(r.order[2], "ok line 3");
}

TEST(JsonlImporterTest, WrongTypesBrokenJsonAndBlankBodies) {
  const Read r = ReadFixture("wrong_types.jsonl");
  ASSERT_EQ(r.failures.size(), 4u);
  EXPECT_TRUE(Contains(r.failures[0], "line 1: field 'title'")) << r.failures[0];
  EXPECT_TRUE(Contains(r.failures[1], "line 2: not a JSON object")) << r.failures[1];
  EXPECT_TRUE(Contains(r.failures[2], "line 3: invalid JSON")) << r.failures[2];
  EXPECT_TRUE(Contains(r.failures[3], "line 4: field 'text': empty")) << r.failures[3];
  EXPECT_TRUE(r.items.empty());
}

TEST(JsonlImporterTest, JsonArrayAndPrettyPrintedObject) {
  const Read array = ReadFixture("array.json");
  ASSERT_TRUE(array.status.ok()) << array.status.ToString();
  ASSERT_EQ(array.items.size(), 2u);
  EXPECT_EQ(array.items[0].where, "item 1");
  EXPECT_EQ(array.items[1].article.title, "Two");
  EXPECT_EQ(FormatDate(*array.items[1].article.published), "2022-02-24");

  const Read pretty = ReadFixture("pretty_object.json");
  ASSERT_TRUE(pretty.status.ok()) << pretty.status.ToString();
  ASSERT_EQ(pretty.items.size(), 1u);
  EXPECT_EQ(pretty.items[0].article.text, "A pretty-printed article.");
}

TEST(JsonlImporterTest, EmptyAndBrokenDocuments) {
  EXPECT_FALSE(ReadText("").status.ok());
  EXPECT_FALSE(ReadText("  \n\n").status.ok());
  const Read broken = ReadText("[{\"title\": \"x\", \"text\": \"y\"}");
  EXPECT_FALSE(broken.status.ok());
  EXPECT_TRUE(Contains(broken.status.message(), "invalid JSON")) << broken.status.message();
}

TEST(JsonlImporterTest, SniffsJsonNotProse) {
  const auto importer = NewJsonlImporter();
  EXPECT_EQ(importer->Sniff("a.jsonl", "{\"title\": \"x\"}\n"), 100);
  EXPECT_GT(importer->Sniff("dump", "{\"title\": \"x\"}\n"), 20);
  EXPECT_EQ(importer->Sniff("a.txt", "Kyiv, 24 February\n\nRussian forces {attacked}.\n"), 0);
  EXPECT_EQ(importer->Sniff("a.jsonl", ""), 0);
}

TEST(JsonlImporterTest, NormalizeUrl) {
  EXPECT_EQ(NormalizeUrl(" HTTPS://Example.COM/Path/Page#frag "), "https://example.com/Path/Page");
  EXPECT_EQ(NormalizeUrl("https://example.com/a/"), "https://example.com/a");
  EXPECT_EQ(NormalizeUrl("https://example.com/"), "https://example.com");
  EXPECT_EQ(NormalizeUrl("https://example.com/?q=A"), "https://example.com/?q=A");
}

TEST(JsonlImporterTest, GuardianSample) {
  const std::string path = std::string(EG_SHARED_DIR) + "/data/articles/guardian-ukraine-2022.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  std::ifstream in(path, std::ios::binary);
  const Read r = ReadStream(in, path);
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.failures.empty()) << r.failures.front();
  ASSERT_EQ(r.items.size(), 150u);
  // The first line, read by eye: gu-001, dated 2022-02-23, from The Guardian.
  EXPECT_EQ(FormatDate(*r.items[0].article.published), "2022-02-23");
  EXPECT_EQ(r.items[0].article.source, "The Guardian");
  EXPECT_TRUE(r.items[0].article.title.starts_with("Biden")) << r.items[0].article.title;
  std::set<std::string> ids;
  for (const auto& item : r.items) ids.insert(item.article.id);
  EXPECT_EQ(ids.size(), 150u);
}

}  // namespace
}  // namespace eg
