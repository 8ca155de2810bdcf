#include "importers/html/html_importer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "engine/base/ids.h"
#include "importers/html/web_page.h"

namespace eg {
namespace {

std::string Fixture(const std::string& name) {
  const std::string path = std::string(EG_SOURCE_DIR) + "/tests/importers/html/data/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Article ParseOne(const std::string& name, const ImportOptions& options = {}) {
  auto result = NewHtmlImporter()->Parse(name, Fixture(name), options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  if (!result.ok() || result->size() != 1) return {};
  return result->front();
}

Status ParseError(const std::string& name) {
  auto result = NewHtmlImporter()->Parse(name, Fixture(name), {});
  EXPECT_FALSE(result.ok()) << "parsed without error";
  return result.ok() ? Status::Ok() : result.status();
}

TEST(HtmlImporterTest, NameIsHtml) { EXPECT_EQ(NewHtmlImporter()->Name(), "html"); }

TEST(HtmlImporterTest, JsonLdPageGivesMetadataAndOnlyTheStory) {
  const Article a = ParseOne("json_ld_article.html");
  EXPECT_EQ(a.title, "Ministers agree grain corridor deal");
  // JSON-LD's datePublished wins over article:published_time, and stays in its own zone.
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2022, 7, 22));
  EXPECT_EQ(a.published_time, "18:45:10");
  EXPECT_EQ(a.source, "Harbour Times");
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Petrova", "Jon Ilves"}));
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.url, "https://www.harbourtimes.example/world/grain-deal?utm_source=rss#top");
  EXPECT_EQ(a.id, ArticleId("https://www.harbourtimes.example/world/grain-deal"));
  // Entities decoded; nav, header, byline, caption, related links, aside, comments, footer,
  // scripts and styles all left out; the link inside a sentence kept.
  EXPECT_EQ(
      a.text,
      "Ukraine and Russia signed separate agreements in Istanbul on Friday, clearing the way "
      "for grain exports from three Black Sea ports, officials said.\n\n"
      "The deal, brokered by Turkey and the United Nations, sets up a joint centre to inspect "
      "ships & monitor the corridor, and it runs for 120 days.\n\n"
      "\xE2\x80\x9CThis is a beacon of hope,\xE2\x80\x9D the UN secretary-general told "
      "reporters, adding that the first ships could sail within weeks.\n\n"
      "Analysts warned that the agreement remained fragile, because sea mines still drift "
      "near the coast and insurers are cautious.");
}

TEST(HtmlImporterTest, JsonLdAuthorsAndLanguage) {
  auto page = ReadWebPage(Fixture("json_ld_article.html"));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->authors, (std::vector<std::string>{"Ana Petrova", "Jon Ilves"}));
  EXPECT_EQ(page->language, "en-GB");
  EXPECT_EQ(page->site_name, "Harbour Times");
}

TEST(HtmlImporterTest, MetaTagsWithoutJsonLd) {
  const Article a = ParseOne("open_graph_only.html");
  EXPECT_EQ(a.title,
            "Stadtrat beschlie\xC3\x9F"
            "t neuen Haushalt");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2021, 3, 4));
  EXPECT_EQ(a.published_time, "");
  EXPECT_EQ(a.source, "Beispielblatt");
  // No URL declared: the id hashes the text.
  EXPECT_EQ(a.id, ArticleId(a.text));
  EXPECT_NE(a.text.find("f\xC3\xBCr das kommende Jahr"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("\n\nDie Opposition"), std::string::npos) << a.text;

  auto page = ReadWebPage(Fixture("open_graph_only.html"));
  ASSERT_TRUE(page.ok());
  // "Beispielblatt" in the author list is the site itself, not a person.
  EXPECT_EQ(page->authors, (std::vector<std::string>{"Erika Muster", "Max Beispiel"}));
  EXPECT_EQ(page->language, "de");
}

TEST(HtmlImporterTest, TimeElementGivesTheDate) {
  const Article a = ParseOne("time_element_only.html");
  EXPECT_EQ(a.title, "Harbour reopens after storm");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2020, 11, 2));
  EXPECT_EQ(a.published_time, "07:15");
  EXPECT_NE(a.text.find("The harbour reopened on Monday"), std::string::npos);
  EXPECT_NE(a.text.find("Ferries to the islands"), std::string::npos);
}

TEST(HtmlImporterTest, DateOverrideReplacesThePagesDate) {
  ImportOptions options;
  options.date_override = Date(2025, 1, 2);
  const Article a = ParseOne("json_ld_article.html", options);
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2025, 1, 2));
  EXPECT_EQ(a.published_time, "");
}

TEST(HtmlImporterTest, TruncatedHtmlYieldsWhatItHolds) {
  const Article a = ParseOne("truncated_html.html");
  EXPECT_EQ(a.title, "Floods close border crossing");
  EXPECT_EQ(a.source, "Valley Post");
  EXPECT_TRUE(a.text.starts_with("Floods closed the main border crossing on Tuesday")) << a.text;
  EXPECT_TRUE(a.text.ends_with("expects by the end of the")) << a.text;
  EXPECT_NE(a.text.find("\n\nEngineers"), std::string::npos);
}

TEST(HtmlImporterTest, NoBodyIsRefused) {
  const Status s = ParseError("no_body.html");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "no article body");
}

TEST(HtmlImporterTest, EmptyFileIsRefused) {
  EXPECT_EQ(ParseError("empty.html").message(), "empty file");
  auto blank = NewHtmlImporter()->Parse("blank.html", " \n\t ", {});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.status().message(), "empty file");
}

TEST(HtmlImporterTest, BinaryDataIsRefused) {
  const std::string binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  auto result = NewHtmlImporter()->Parse("x.html", binary, {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "binary data, not HTML");
}

TEST(HtmlImporterTest, SniffRecognizesPagesNotText) {
  const auto importer = NewHtmlImporter();
  EXPECT_EQ(importer->Sniff("a.txt", "  <!-- saved -->\n<!DOCTYPE html><html>"), 95);
  EXPECT_EQ(importer->Sniff("-", "<HTML><body>"), 95);
  EXPECT_EQ(importer->Sniff("a.xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"), 90);
  EXPECT_EQ(importer->Sniff("page.htm", "<div><p>Hi</p></div>"), 70);
  EXPECT_EQ(importer->Sniff("-", "<div>x</div><body>"), 40);
  EXPECT_EQ(importer->Sniff("a.txt", "Plain text about <b> and nothing else"), 0);
  EXPECT_EQ(importer->Sniff("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\">"), 0);
}

TEST(HtmlToTextTest, ReducesFragmentsToParagraphs) {
  EXPECT_EQ(HtmlToText("<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>"),
            "One & two\n\nThree\nfour");
  EXPECT_EQ(HtmlToText("Plain   text\n here"), "Plain text here");
  EXPECT_EQ(HtmlToText("First line<br><br>Second paragraph"), "First line\n\nSecond paragraph");
  EXPECT_EQ(HtmlToText(""), "");
}

}  // namespace
}  // namespace eg
