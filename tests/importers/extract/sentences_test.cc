#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/extract/extract.h"

namespace eg {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SplitSentences, SplitsAtFinalPunctuation) {
  EXPECT_EQ(Split("Talks began. They ended! Did they? Yes."),
            (std::vector<std::string>{"Talks began.", "They ended!", "Did they?", "Yes."}));
}

TEST(SplitSentences, AbbreviationsAndInitialsDoNotSplit) {
  EXPECT_EQ(Split("Gen. Smith met Dr. Jones in the U.S. Army base on Feb. 3. They talked."),
            (std::vector<std::string>{"Gen. Smith met Dr. Jones in the U.S. Army base on Feb. 3.",
                                      "They talked."}));
  EXPECT_EQ(Split("J. R. Smith arrived at 9 a.m. Monday. He spoke."),
            (std::vector<std::string>{"J. R. Smith arrived at 9 a.m. Monday.", "He spoke."}));
}

TEST(SplitSentences, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Split("She said: \"We agree.\" Then she left."),
            (std::vector<std::string>{"She said: \"We agree.\"", "Then she left."}));
  EXPECT_EQ(Split("He called it \xE2\x80\x9C" "final.\xE2\x80\x9D Nobody answered."),
            (std::vector<std::string>{"He called it \xE2\x80\x9C" "final.\xE2\x80\x9D",
                                      "Nobody answered."}));
}

TEST(SplitSentences, HeadingsAndUnpunctuatedLinesStandAlone) {
  std::string text =
      "Kallas: US Did Not Inform Europe About Peace Talks with Ukrainians\n"
      "The talks were held. They were difficult.\n\n"
      "Internal EU Disputes\n\n"
      "Meanwhile, the ministers met.\n";
  EXPECT_EQ(Split(text),
            (std::vector<std::string>{
                "Kallas: US Did Not Inform Europe About Peace Talks with Ukrainians",
                "The talks were held.", "They were difficult.", "Internal EU Disputes",
                "Meanwhile, the ministers met."}));
}

TEST(SplitSentences, WrappedProseIsJoinedAcrossLines) {
  std::string text =
      "The negotiations were held near Miami at a private club that was built by\n"
      "a real estate company owned by the envoy. A second sentence follows.";
  auto got = Split(text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "A second sentence follows.");
}

TEST(SplitSentences, LowerCaseAfterPeriodAndDecimalsDoNotSplit) {
  EXPECT_EQ(Split("Growth was 3.5 percent, i.e. small. Prices rose."),
            (std::vector<std::string>{"Growth was 3.5 percent, i.e. small.", "Prices rose."}));
}

TEST(SplitSentences, SpansAreTrimmedAndSkipPunctuationOnlyLines) {
  std::string text = "  |\n  A sentence here.  \n\n|\n";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "A sentence here.");
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\n ").empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(SplitSentences, ParagraphsGluedAfterAClosingQuoteSplit) {
  std::string text = "\xE2\x80\x9CNone of my friends have left yet.\xE2\x80\x9DHe said so.";
  std::vector<Span> s = SplitSentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin), "He said so.");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(SplitSentences, ParagraphsGluedAfterAStopSplit) {
  EXPECT_EQ(Split("The talks ended late.Officials left the hall.\xE2\x80\x9CWe are done,\xE2\x80\x9D "
                  "one said."),
            (std::vector<std::string>{"The talks ended late.", "Officials left the hall.",
                                      "\xE2\x80\x9CWe are done,\xE2\x80\x9D one said."}));
  // Abbreviations and domain names stay whole.
  EXPECT_EQ(Split("He met Gen.Smith at gov.uk offices."),
            (std::vector<std::string>{"He met Gen.Smith at gov.uk offices."}));
}

TEST(SplitSentences, HeadlinesCreditsAndTimestampsGluedWithoutStopSplit) {
  EXPECT_EQ(Split("Farmers protest over grain pricesRead more The minister resigned."),
            (std::vector<std::string>{"Farmers protest over grain prices", "Read more",
                                      "The minister resigned."}));
  EXPECT_EQ(Split("Port reopens, mayor saysShips arrived on Monday."),
            (std::vector<std::string>{"Port reopens, mayor says", "Ships arrived on Monday."}));
  EXPECT_EQ(Split("Photograph: Ann Lee/Getty ImagesVolunteers cleared the road."),
            (std::vector<std::string>{"Photograph: Ann Lee/Getty Images",
                                      "Volunteers cleared the road."}));
  EXPECT_EQ(Split("Updated at 09.15 GMT 12 Jan 203009.02Rescuers reached the village."),
            (std::vector<std::string>{"Updated at 09.15 GMT 12 Jan 203009.02",
                                      "Rescuers reached the village."}));
}

TEST(SplitSentences, CompoundNamesAndHashtagsAreNoGlue) {
  EXPECT_EQ(Split("ExxonMobil and PowerBook sales rose with #StandWithFarmers posts."),
            (std::vector<std::string>{
                "ExxonMobil and PowerBook sales rose with #StandWithFarmers posts."}));
}

TEST(SplitSentences, ALineEndingWithAColonEndsItsSentence) {
  std::string text =
      "If you are just joining us, here is where things stand after a long day of talks:\n"
      "The two delegations signed a ceasefire that will hold for a month or longer.";
  EXPECT_EQ(Split(text),
            (std::vector<std::string>{
                "If you are just joining us, here is where things stand after a long day of "
                "talks:",
                "The two delegations signed a ceasefire that will hold for a month or longer."}));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(SplitSentences, AStopAfterAClosingQuoteGluedToTheNextParagraphSplits) {
  EXPECT_EQ(Split("He called it a \xE2\x80\x9Cstory\xE2\x80\x9D.In 2018 the court ruled."),
            (std::vector<std::string>{"He called it a \xE2\x80\x9Cstory\xE2\x80\x9D.",
                                      "In 2018 the court ruled."}));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(SplitSentences, AnEmbeddedClipsCaptionEndsAtItsMediaWord) {
  EXPECT_EQ(Split("02:15Farmers rally in the capital \xE2\x80\x93 video On Saturday, farmers "
                  "blocked the roads."),
            (std::vector<std::string>{"02:15", "Farmers rally in the capital \xE2\x80\x93 video",
                                      "On Saturday, farmers blocked the roads."}));
}

}  // namespace
}  // namespace eg
