#include "importers/extract/timex/tokenizer.h"

#include <gtest/gtest.h>

namespace eg::timex {
namespace {

TEST(Tokenizer, SplitsWordsNumbersAndPunctuation) {
  const auto t = Tokenize("Dec. 1, 2025 at 10:35");
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[0].lower, "dec");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].lower, ".");
  EXPECT_FALSE(t[1].space_before);
  EXPECT_EQ(t[2].number, 1);
  EXPECT_EQ(t[4].number, 2025);
  EXPECT_EQ(t[4].digits, 4);
  EXPECT_EQ(t[7].lower, ":");
  EXPECT_EQ(t[8].digits, 2);
  EXPECT_EQ(t[8].number, 35);
}

TEST(Tokenizer, OffsetsAreBytesAndNonAsciiLettersStayInWords) {
  const std::string s = "Yeni Şafak — 2025";
  const auto t = Tokenize(s);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(s.substr(t[1].begin, t[1].end - t[1].begin), "Şafak");
  EXPECT_EQ(t[2].kind, TokenKind::kPunct);
  EXPECT_EQ(t[2].end - t[2].begin, 3u);  // the em dash is three bytes
  EXPECT_EQ(t[3].begin, s.size() - 4);
}

TEST(Tokenizer, GroupedNumbersAreNotYears) {
  const auto t = Tokenize("2,000 troops and 2.5 days");
  ASSERT_GE(t.size(), 5u);
  EXPECT_EQ(t[0].number, 2000);
  EXPECT_EQ(t[0].digits, 0);
  EXPECT_EQ(t[3].lower, "2.5");
  EXPECT_EQ(t[3].number, -1);
}

TEST(Tokenizer, RecordsLineBreaks) {
  const auto t = Tokenize("a\nb\n\nc");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_TRUE(t[1].newline_before);
  EXPECT_FALSE(t[1].blank_line_before);
  EXPECT_TRUE(t[2].blank_line_before);
}

}  // namespace
}  // namespace eg::timex
