#include "importers/text/text_importer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/base/ids.h"

namespace eg {
namespace {

constexpr char kSeedPath[] = EG_SOURCE_DIR "/examples/000_bc8f2656fc088620.txt";
constexpr char kSeedTitle[] = "Kallas: US Did Not Inform Europe About Peace Talks with Ukrainians";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Fixture(const std::string& name) {
  return ReadFile(std::string(EG_SOURCE_DIR) + "/tests/importers/text/data/" + name);
}

// Parses `content` and expects exactly one article.
Article ParseOne(std::string_view content, const ImportOptions& options = {},
                 std::string_view path = "input.txt") {
  const auto importer = NewTextImporter();
  auto result = importer->Parse(path, content, options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  if (!result.ok()) return {};
  EXPECT_EQ(result->size(), 1u);
  return result->empty() ? Article{} : result->front();
}

Status ParseError(std::string_view content) {
  auto result = NewTextImporter()->Parse("input.txt", content, {});
  EXPECT_FALSE(result.ok()) << "parsed without error";
  return result.ok() ? Status::Ok() : result.status();
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

TEST(TextImporterTest, NameIsText) { EXPECT_EQ(NewTextImporter()->Name(), "text"); }

TEST(TextImporterTest, SeedHeaderIsParsed) {
  const Article a = ParseOne(ReadFile(kSeedPath), {}, kSeedPath);
  EXPECT_EQ(a.title, kSeedTitle);
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, Date(2025, 12, 1));
  EXPECT_EQ(a.published_time, "14:08:36");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.path, kSeedPath);
  EXPECT_TRUE(a.url.empty());
}

TEST(TextImporterTest, SeedBodyHasNoHeaderOrFurniture) {
  const Article a = ParseOne(ReadFile(kSeedPath));
  EXPECT_TRUE(a.text.starts_with("The European Union's High Representative")) << a.text;
  EXPECT_TRUE(a.text.ends_with("humanitarian solutions.")) << a.text;
  for (const char* absent : {"News ID", "2732", "End Article", "Your comment", "14:08:36",
                             "2025/12/01", kSeedTitle}) {
    EXPECT_EQ(a.text.find(absent), std::string::npos) << absent;
  }
  // The seed's body is 18 non-blank lines, each its own paragraph, kept as written.
  EXPECT_EQ(std::count(a.text.begin(), a.text.end(), '\n'), 2 * 17);
  EXPECT_NE(a.text.find("\n\n'Difficult but Constructive' Discussions\n\n"), std::string::npos);
  EXPECT_NE(a.text.find("Yeni \xC5\x9E" "afak"), std::string::npos);
}

TEST(TextImporterTest, SeedDatelineGivesSourceAndStaysInText) {
  const Article a = ParseOne(ReadFile(kSeedPath));
  EXPECT_EQ(a.source, "BORNA");
  EXPECT_NE(a.text.find("\n\nTehran - BORNA - Kaja Kallas, the European Union's"),
            std::string::npos);
}

TEST(TextImporterTest, IdIsTheHashOfTheBody) {
  const std::string seed = ReadFile(kSeedPath);
  const Article a = ParseOne(seed, {}, "a.txt");
  const Article b = ParseOne(seed, {}, "b.txt");
  EXPECT_EQ(a.id, ArticleId(a.text));
  EXPECT_EQ(a.id, b.id);
  EXPECT_TRUE(a.id.starts_with("art:"));
  // A different body is a different article.
  const Article c = ParseOne(ReplaceAll(seed, "Miami", "Orlando"));
  EXPECT_NE(a.id, c.id);
}

TEST(TextImporterTest, CrlfAndBomGiveTheSameArticle) {
  const std::string seed = ReadFile(kSeedPath);
  const Article plain = ParseOne(seed);
  const Article crlf = ParseOne(ReplaceAll(seed, "\n", "\r\n"));
  const Article bom = ParseOne("\xEF\xBB\xBF" + seed);
  const Article old_mac = ParseOne(ReplaceAll(seed, "\n", "\r"));
  for (const Article* variant : {&crlf, &bom, &old_mac}) {
    EXPECT_EQ(variant->text, plain.text);
    EXPECT_EQ(variant->title, plain.title);
    EXPECT_EQ(variant->published, plain.published);
    EXPECT_EQ(variant->published_time, plain.published_time);
    EXPECT_EQ(variant->source, plain.source);
    EXPECT_EQ(variant->id, plain.id);
  }
  EXPECT_EQ(crlf.text.find('\r'), std::string::npos);
}

TEST(TextImporterTest, OtherDateFormsInTheSeedHeader) {
  const std::string seed = ReadFile(kSeedPath);
  for (const char* form : {"2025-12-01", "01.12.2025", "December 1, 2025", "1 December 2025",
                           "Published: 2025-12-01", "Date: Dec. 1, 2025", "Monday, 1 Dec 2025"}) {
    const Article a = ParseOne(ReplaceAll(seed, "2025/12/01", form));
    ASSERT_TRUE(a.published.has_value()) << form;
    EXPECT_EQ(*a.published, Date(2025, 12, 1)) << form;
    EXPECT_EQ(a.title, kSeedTitle) << form;
    EXPECT_TRUE(a.text.starts_with("The European Union's")) << form;
  }
  // A short time of day, and the bullet separator instead of bars.
  const Article b = ParseOne(ReplaceAll(ReplaceAll(seed, "14:08:36", "14:08"), "|", "\xE2\x80\xA2"));
  EXPECT_EQ(b.published_time, "14:08");
  EXPECT_EQ(b.published, Date(2025, 12, 1));
  EXPECT_TRUE(b.text.starts_with("The European Union's"));
}

TEST(TextImporterTest, PublishedLabelWireDatelineAndFurniture) {
  const Article a = ParseOne(Fixture("published_label_and_wire_dateline.txt"));
  EXPECT_EQ(a.title, "Ukraine talks resume in Geneva");
  EXPECT_EQ(a.published, Date(2025, 12, 1));
  EXPECT_EQ(a.published_time, "14:08");  // "2:08 pm GMT"
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.text,
            "KYIV, Dec 1 (Reuters) - Ukrainian and Russian negotiators met on Monday in Geneva.\n"
            "\n"
            "Talks are expected to continue on Tuesday,\n"
            "officials said.");
}

TEST(TextImporterTest, DayFirstDateWithIdOnOneLine) {
  const Article a = ParseOne(Fixture("day_first_date.txt"));
  EXPECT_EQ(a.title, "Ministers meet in Brussels");
  EXPECT_EQ(a.published, Date(2025, 12, 1));
  EXPECT_EQ(a.published_time, "09:30");
  EXPECT_EQ(a.text, "Ministers met in Brussels on Monday to discuss military aid.");
  EXPECT_EQ(a.source, "");
}

TEST(TextImporterTest, HeaderBeforeTitle) {
  const Article a = ParseOne(Fixture("header_before_title.txt"));
  EXPECT_EQ(a.title, "Ministers meet in Brussels");
  EXPECT_EQ(a.published, Date(2025, 12, 1));
  EXPECT_EQ(a.published_time, "");
  EXPECT_EQ(a.text, "Ministers met in Brussels on Monday to discuss military aid.");
}

TEST(TextImporterTest, NoHeaderShortFirstLineIsTheTitle) {
  const Article a = ParseOne(Fixture("no_header.txt"));
  EXPECT_EQ(a.title, "A Plain Heading");
  EXPECT_FALSE(a.published.has_value());
  EXPECT_EQ(a.published_time, "");
  EXPECT_EQ(a.text, "The first paragraph of the text.\nIt has a second line.\n\nA second paragraph.");
}

TEST(TextImporterTest, HeadingDirectlyAboveProseIsTheTitle) {
  const Article a = ParseOne("A Plain Heading\nThe first paragraph of the text, which is prose.\n");
  EXPECT_EQ(a.title, "A Plain Heading");
  EXPECT_EQ(a.text, "The first paragraph of the text, which is prose.");
}

TEST(TextImporterTest, ProseOnlyHasNoTitle) {
  const Article a = ParseOne(Fixture("prose_only.txt"));
  EXPECT_EQ(a.title, "");
  EXPECT_FALSE(a.published.has_value());
  EXPECT_TRUE(a.text.starts_with("The ministers met in Brussels on Monday")) << a.text;
  EXPECT_TRUE(a.text.ends_with("They will meet again in January.\n\nNo date was given.")) << a.text;
}

TEST(TextImporterTest, ASingleLineIsBodyNotTitle) {
  const Article a = ParseOne("Just one short line\n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "Just one short line");
}

TEST(TextImporterTest, DateOverrideAlwaysWins) {
  ImportOptions options;
  options.date_override = Date(2025, 12, 5);
  const Article seed = ParseOne(ReadFile(kSeedPath), options);
  EXPECT_EQ(seed.published, Date(2025, 12, 5));
  // The header's time of day belonged to the header's date.
  EXPECT_EQ(seed.published_time, "");
  const Article plain = ParseOne(Fixture("no_header.txt"), options);
  EXPECT_EQ(plain.published, Date(2025, 12, 5));
  // The override changes metadata only, not the article's identity.
  EXPECT_EQ(seed.id, ParseOne(ReadFile(kSeedPath)).id);
}

TEST(TextImporterTest, ImpossibleDateIsIgnoredNotAnError) {
  const Article a = ParseOne(Fixture("impossible_date.txt"));
  EXPECT_EQ(a.title, "Ministers meet in Brussels");
  EXPECT_FALSE(a.published.has_value());
  EXPECT_EQ(a.text, "Ministers met in Brussels on Monday.");
  // ... and --date supplies the day.
  ImportOptions options;
  options.date_override = Date(2025, 2, 28);
  EXPECT_EQ(ParseOne(Fixture("impossible_date.txt"), options).published, Date(2025, 2, 28));
}

TEST(TextImporterTest, FurnitureInsideTheBodyIsDropped) {
  const Article a = ParseOne(
      "Title Here\n\nFirst paragraph.\n\nShare this\n\nSecond paragraph.\nPrint\n"
      "Tags: Ukraine, EU\n\nThird paragraph.\n\nCopyright 2025 Example News\n");
  EXPECT_EQ(a.text, "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.");
}

TEST(TextImporterTest, EndMarkersCutTheRest) {
  const Article a =
      ParseOne("Title Here\n\nFirst paragraph.\n\nYour comment\n\nSomeone's comment text.\n");
  EXPECT_EQ(a.text, "First paragraph.");
  const Article b =
      ParseOne("Title Here\n\nFirst paragraph.\n\nRelated News:\nAnother story\nA third story\n");
  EXPECT_EQ(b.text, "First paragraph.");
}

TEST(TextImporterTest, EmptyInput) {
  for (std::string_view content : {std::string_view(""), std::string_view(" \n\t\r\n\n"),
                                   std::string_view("\xEF\xBB\xBF\n")}) {
    const Status s = ParseError(content);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(s.message(), "empty file");
  }
}

TEST(TextImporterTest, BinaryInput) {
  const Status s = ParseError(std::string_view("Title\n\nBody\0with a NUL byte\n", 27));
  EXPECT_EQ(s.message(), "binary data, not text");
}

TEST(TextImporterTest, InvalidUtf8ReportsTheByteOffset) {
  // "Title\n\nBody caf" is 5 + 2 + 8 = 15 bytes; byte 15 starts a truncated two-byte sequence.
  const std::string content = "Title\n\nBody caf\xC3(\n";
  EXPECT_EQ(ParseError(content).message(), "not valid UTF-8 at byte 15");
  // The offset counts the byte-order mark, so it points into the file as stored.
  EXPECT_EQ(ParseError("\xEF\xBB\xBF" + content).message(), "not valid UTF-8 at byte 18");
}

TEST(TextImporterTest, HeaderWithoutBody) {
  const Status s = ParseError(Fixture("header_without_body.txt"));
  EXPECT_EQ(s.message(), "no article body");
}

TEST(TextImporterTest, SniffIsALowFallbackAndZeroForBinary) {
  const auto importer = NewTextImporter();
  const std::string seed = ReadFile(kSeedPath);
  const int score = importer->Sniff("article.txt", seed);
  EXPECT_GT(score, 0);
  EXPECT_LE(score, 20);
  EXPECT_GT(importer->Sniff("-", "{\"not\": \"really text\"}\n"), 0);
  EXPECT_EQ(importer->Sniff("a.bin", std::string_view("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), 0);
}

}  // namespace
}  // namespace eg
