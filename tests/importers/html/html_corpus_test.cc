// The measure of the HTML importer on real pages: for each page in ../shared/data/html/ that has
// an .expected_metadata.json and an .expected_text.txt, the title and publication date must match
// and the body's token-level F1 against the expected text must reach 0.90. Prints the figures per
// page. Skipped when the shared data is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "engine/model/time_span.h"
#include "importers/html/html_importer.h"
#include "importers/html/web_page.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

constexpr double kMinF1 = 0.90;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Words: runs of ASCII letters and digits and of non-ASCII bytes, lower-cased; punctuation and
// white space separate them, so layout differences do not count.
std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      current += ch;
    } else if (c >= 'A' && c <= 'Z') {
      current += static_cast<char>(c - 'A' + 'a');
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

struct Score {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Bag-of-words overlap: each token counts as often as it occurs in both texts.
Score TokenF1(std::string_view extracted, std::string_view expected) {
  std::map<std::string, int> want;
  for (const std::string& t : Tokens(expected)) ++want[t];
  const std::vector<std::string> got = Tokens(extracted);
  size_t expected_count = 0;
  for (const auto& [t, n] : want) expected_count += static_cast<size_t>(n);
  size_t common = 0;
  for (const std::string& t : got) {
    auto it = want.find(t);
    if (it != want.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  Score s;
  if (got.empty() || expected_count == 0) return s;
  s.precision = static_cast<double>(common) / static_cast<double>(got.size());
  s.recall = static_cast<double>(common) / static_cast<double>(expected_count);
  if (common > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

TEST(TokenF1Test, CountsOverlapAsABag) {
  EXPECT_DOUBLE_EQ(TokenF1("a b c", "a b c").f1, 1.0);
  EXPECT_DOUBLE_EQ(TokenF1("", "a").f1, 0.0);
  // 2 of 4 extracted tokens are expected (precision 0.5); 2 of 2 expected found (recall 1).
  const Score s = TokenF1("A b, x y", "a\n\nb");
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
  EXPECT_NEAR(s.f1, 2.0 / 3.0, 1e-12);
  // A repeated token counts only as often as it is expected.
  EXPECT_DOUBLE_EQ(TokenF1("a a", "a").precision, 0.5);
}

// Checks one page against its expectations; returns the body's score.
Score CheckPage(const Importer& importer, const fs::path& page, const fs::path& meta_path,
                const fs::path& text_path) {
  const auto meta = nlohmann::json::parse(ReadFile(meta_path), nullptr, false);
  EXPECT_FALSE(meta.is_discarded());
  if (meta.is_discarded()) return {};
  const std::string html = ReadFile(page);
  auto parsed = importer.Parse(page.string(), html, {});
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  if (!parsed.ok() || parsed->size() != 1) return {};
  const Article& a = parsed->front();

  EXPECT_EQ(a.title, meta.value("title", ""));
  // publish_date is ISO 8601; its first ten characters are the day the publisher printed.
  const std::string want_date = meta.value("publish_date", "").substr(0, 10);
  EXPECT_EQ(a.published ? FormatDate(*a.published) : "(none)", want_date);
  EXPECT_EQ(a.format, "html");
  EXPECT_FALSE(a.source.empty());

  // The page's declared language and its first declared author, which the metadata also lists.
  auto web = ReadWebPage(html);
  EXPECT_TRUE(web.ok());
  if (web.ok()) {
    EXPECT_EQ(web->language.substr(0, 2), meta.value("language", ""));
    const auto authors = meta.value("authors", std::vector<std::string>{});
    EXPECT_FALSE(web->authors.empty());
    if (!web->authors.empty()) {
      EXPECT_NE(std::find(authors.begin(), authors.end(), web->authors.front()), authors.end())
          << web->authors.front();
    }
  }
  return TokenF1(a.text, ReadFile(text_path));
}

TEST(HtmlCorpusTest, TitleDateAndBodyOfEachPage) {
  const fs::path dir = fs::path(EG_SHARED_DIR) / "data" / "html";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  const auto importer = NewHtmlImporter();
  size_t measured = 0;
  for (const fs::path& page : pages) {
    const std::string stem = page.stem().string();
    const fs::path meta_path = dir / (stem + ".expected_metadata.json");
    const fs::path text_path = dir / (stem + ".expected_text.txt");
    if (!fs::exists(meta_path) || !fs::exists(text_path)) continue;
    SCOPED_TRACE(stem);
    const Score s = CheckPage(*importer, page, meta_path, text_path);
    std::cout << std::fixed << std::setprecision(3) << "  " << stem << ": F1 " << s.f1
              << " (precision " << s.precision << ", recall " << s.recall << ")\n";
    EXPECT_GE(s.f1, kMinF1);
    ++measured;
  }
  EXPECT_GT(measured, 0u);
}

}  // namespace
}  // namespace eg
