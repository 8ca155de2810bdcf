#include "importers/extract/timex/tokenizer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace eg::timex {
namespace {

TEST(Tokenizer, SplitsWordsNumbersAndPunctuation) {
  std::string lowered;
  const auto t = Tokenize("Dec. 1, 2025 at 10:35", &lowered);
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
  std::string lowered;
  const auto t = Tokenize(s, &lowered);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(s.substr(t[1].begin, t[1].end - t[1].begin), "Şafak");
  EXPECT_EQ(t[2].kind, TokenKind::kPunct);
  EXPECT_EQ(t[2].end - t[2].begin, 3u);  // the em dash is three bytes
  EXPECT_EQ(t[3].begin, s.size() - 4);
}

TEST(Tokenizer, GroupedNumbersAreNotYears) {
  std::string lowered;
  const auto t = Tokenize("2,000 troops and 2.5 days", &lowered);
  ASSERT_GE(t.size(), 5u);
  EXPECT_EQ(t[0].number, 2000);
  EXPECT_EQ(t[0].digits, 0);
  EXPECT_EQ(t[3].lower, "2.5");
  EXPECT_EQ(t[3].number, -1);
}

TEST(Tokenizer, RecordsLineBreaks) {
  std::string lowered;
  const auto t = Tokenize("a\nb\n\nc", &lowered);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_TRUE(t[1].newline_before);
  EXPECT_FALSE(t[1].blank_line_before);
  EXPECT_TRUE(t[2].blank_line_before);
}

TEST(Tokenizer, LowerFoldsAsciiLettersOnlyAndKeepsOtherBytes) {
  std::string lowered;
  const auto t = Tokenize("ŞAFAK Says MARCH", &lowered);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lower, std::string("\xC5\x9E") + "afak");  // the capital Ş stays as written
  EXPECT_FALSE(t[0].all_caps);  // a non-ASCII letter is no ASCII capital
  EXPECT_EQ(t[1].lower, "says");
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_EQ(t[2].lower, "march");
  EXPECT_TRUE(t[2].all_caps);
}

TEST(Tokenizer, GroupedNumbersNextToEachOtherKeepTheirOwnDigits) {
  std::string lowered;
  const auto t = Tokenize("1,250,000 and 3,500.75 then 12,345", &lowered);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].lower, "1250000");
  EXPECT_EQ(t[0].number, 1250000);
  EXPECT_EQ(t[2].lower, "3,500.75");  // a decimal is written as in the text
  EXPECT_EQ(t[2].number, -1);
  EXPECT_EQ(t[4].lower, "12345");
  EXPECT_EQ(t[4].number, 12345);
  EXPECT_EQ(t[4].digits, 0);
}

TEST(Tokenizer, OverlongAsciiIsNoLetter) {
  std::string lowered;
  // 0xC1 0x81 would decode to "A" if overlong forms were accepted.
  const auto t = Tokenize("x \xC1\x81 y", &lowered);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);
  EXPECT_EQ(t[1].end - t[1].begin, 1u);
  EXPECT_EQ(t[2].kind, TokenKind::kPunct);
}

TEST(Tokenizer, LowerIsTheTokenTextWithAsciiCapitalsFolded) {
  // Every byte value, in runs long and short, so that the folding of whole eight-byte blocks and
  // of the tail both meet capitals, the bytes next to 'A' and 'Z', and bytes from 0x80 up.
  std::string s;
  for (int b = 1; b < 256; ++b) {
    s.push_back(static_cast<char>(b));
    if (b % 7 == 0) s += " Q";
    if (b % 11 == 0) s += "ZAZAzaZ@[`{";
  }
  std::string lowered;
  const auto t = Tokenize(s, &lowered);
  ASSERT_FALSE(t.empty());
  for (const Token& k : t) {
    if (k.kind == TokenKind::kNumber) continue;  // digits only, and group commas dropped
    std::string expected = s.substr(k.begin, k.end - k.begin);
    for (char& c : expected) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    EXPECT_EQ(k.lower, expected) << "token at byte " << k.begin;
  }
}

TEST(Tokenizer, WordsOfEveryLengthAndCaseEndAtTheirFirstNonLetter) {
  // Words of 1 to 20 letters, each in small letters, capitals or mixed, separated by a space, a
  // digit, punctuation or a non-ASCII letter, so that a word ends at every offset of the
  // eight-byte blocks the tokenizer reads.
  std::string s;
  struct Word {
    size_t begin, end;
    bool all_caps, capitalized;
  };
  std::vector<Word> words;
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
  };
  const char* const kSeparators[] = {" ", "1 ", ", ", "-", "\xE2\x80\x94", " \n"};
  for (int w = 0; w < 400; ++w) {
    const size_t len = 1 + next() % 20;
    const int mode = static_cast<int>(next() % 3);  // 0 small, 1 capitals, 2 mixed
    Word word{s.size(), 0, false, false};
    int upper = 0;
    for (size_t k = 0; k < len; ++k) {
      const bool cap = mode == 1 || (mode == 2 && next() % 2 == 0);
      s.push_back(static_cast<char>((cap ? 'A' : 'a') + next() % 26));
      upper += cap ? 1 : 0;
    }
    word.end = s.size();
    word.all_caps = len >= 2 && upper == static_cast<int>(len);
    word.capitalized = s[word.begin] >= 'A' && s[word.begin] <= 'Z';
    words.push_back(word);
    s += kSeparators[next() % 6];
  }
  std::string lowered;
  const auto t = Tokenize(s, &lowered);
  size_t w = 0;
  for (const Token& k : t) {
    if (k.kind != TokenKind::kWord) continue;
    ASSERT_LT(w, words.size());
    EXPECT_EQ(k.begin, words[w].begin);
    EXPECT_EQ(k.end, words[w].end) << "word " << w;
    EXPECT_EQ(k.all_caps, words[w].all_caps) << "word " << w;
    EXPECT_EQ(k.capitalized, words[w].capitalized) << "word " << w;
    ++w;
  }
  EXPECT_EQ(w, words.size());
}

TEST(Tokenizer, NonAsciiLettersContinueAWordAfterAnAsciiRun) {
  std::string lowered;
  const std::string s = "Zelenskyyévitch ABCDEFGHÉ x";
  const auto t = Tokenize(s, &lowered);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].end, s.find(' '));
  EXPECT_EQ(t[1].lower, std::string("abcdefgh") + "\xC3\x89");
  EXPECT_FALSE(t[1].all_caps);  // É is no ASCII capital
}

}  // namespace
}  // namespace eg::timex
