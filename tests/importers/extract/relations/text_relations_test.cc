#include "importers/extract/relations/text_relations.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace eg {
namespace {

// Builds a text sentence by sentence and event mentions whose offsets are found in it, so no test
// carries a hand-counted offset.
class Doc {
 public:
  // Appends `sentence` (separated by a space) and returns its index.
  size_t AddSentence(std::string_view sentence) {
    if (!text_.empty()) text_ += ' ';
    size_t begin = text_.size();
    text_ += sentence;
    extraction_.sentences.push_back({begin, text_.size()});
    return extraction_.sentences.size() - 1;
  }

  // Adds a mention whose trigger is the first whole-word occurrence of `word` in sentence
  // `sentence`; its id is "m:" + word.
  void Mention(size_t sentence, std::string_view word, std::string_view type) {
    Span s = extraction_.sentences.at(sentence);
    size_t at = s.begin;
    while (true) {
      at = text_.find(word, at);
      ASSERT_NE(at, std::string::npos) << word;
      ASSERT_LT(at, s.end) << word;
      bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text_[at - 1]));
      size_t end = at + word.size();
      bool ends = end >= text_.size() || !std::isalpha(static_cast<unsigned char>(text_[end]));
      if (starts && ends) break;
      ++at;
    }
    Event e;
    e.id = "m:" + std::string(word);
    e.type = std::string(type);
    e.evidence.push_back(Evidence{"a", s, Span{at, at + word.size()}, std::string(word)});
    extraction_.events.push_back(std::move(e));
  }

  std::vector<Relation> Relations() const { return ExtractTextRelations(text_, extraction_); }

 private:
  std::string text_;
  Extraction extraction_;
};

Relation Rel(std::string_view from, RelationType type, std::string_view to, double confidence) {
  return Relation{"m:" + std::string(from), "m:" + std::string(to), type, RelationBasis::kText,
                  confidence};
}

TEST(TextRelationsTest, ParticipleClauseAheadOfMeeting) {
  Doc doc;
  size_t s = doc.AddSentence(
      "Speaking ahead of the EU Defense Ministers meeting in Brussels, Kallas focused the agenda "
      "on "
      "military aid.");
  doc.Mention(s, "Speaking", "statement");
  doc.Mention(s, "meeting", "meet");
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("Speaking", RelationType::kBefore, "meeting", 0.8)}));
}

TEST(TextRelationsTest, FollowingSkipsTheVerbThatDescribesTheObject) {
  Doc doc;
  size_t s = doc.AddSentence(
      "The EU Foreign Policy Chief stated today (Monday) that the coming days will be a "
      "potentially "
      "decisive period for the diplomacy of the Ukraine war, following what she described as "
      "\"difficult but constructive\" discussions in the United States regarding a potential peace "
      "agreement.");
  doc.Mention(s, "stated", "statement");
  doc.Mention(s, "war", "fight");
  doc.Mention(s, "described", "statement");
  doc.Mention(s, "discussions", "negotiate");
  doc.Mention(s, "agreement", "cooperate");
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("stated", RelationType::kAfter, "discussions", 0.8)}));
}

TEST(TextRelationsTest, AfterInTheMiddleOfTheSentence) {
  Doc doc;
  size_t s = doc.AddSentence(
      "Protesters gathered in the capital after the police arrested the opposition leader.");
  doc.Mention(s, "gathered", "protest");
  doc.Mention(s, "arrested", "coerce");
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("gathered", RelationType::kAfter, "arrested", 0.8)}));
}

TEST(TextRelationsTest, InResponseToGivesCauseAndOrder) {
  Doc doc;
  size_t s = doc.AddSentence("The ministers met in response to the attack on the embassy.");
  doc.Mention(s, "met", "meet");
  doc.Mention(s, "attack", "assault");
  EXPECT_EQ(doc.Relations(), (std::vector<Relation>{
                                 Rel("attack", RelationType::kCauses, "met", 0.6),
                                 Rel("met", RelationType::kAfter, "attack", 0.6),
                             }));
}

TEST(TextRelationsTest, CausalVerbTakesItsSubjectAsCause) {
  Doc doc;
  size_t s = doc.AddSentence(
      "Officials said the arrest of the opposition leader sparked protests across the country.");
  doc.Mention(s, "said", "statement");
  doc.Mention(s, "arrest", "coerce");
  doc.Mention(s, "protests", "protest");
  EXPECT_EQ(doc.Relations(), (std::vector<Relation>{
                                 Rel("arrest", RelationType::kCauses, "protests", 0.6),
                                 Rel("arrest", RelationType::kBefore, "protests", 0.6),
                             }));
}

TEST(TextRelationsTest, FrontedCuePhraseEndsAtTheComma) {
  Doc doc;
  size_t s = doc.AddSentence("After the vote, parliament adjourned.");
  doc.Mention(s, "vote", "cooperate");
  doc.Mention(s, "adjourned", "meet");
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("adjourned", RelationType::kAfter, "vote", 0.8)}));
}

TEST(TextRelationsTest, FrontedCueWithoutAnEventRelatesNothing) {
  Doc doc;
  size_t s = doc.AddSentence("In the run-up to Christmas, troops attacked and villagers fled.");
  doc.Mention(s, "attacked", "assault");
  doc.Mention(s, "fled", "displace");
  EXPECT_TRUE(doc.Relations().empty());
}

TEST(TextRelationsTest, TwoCuesInOneSentence) {
  Doc doc;
  size_t s = doc.AddSentence("Ministers met after the attack and before the vote.");
  doc.Mention(s, "met", "meet");
  doc.Mention(s, "attack", "assault");
  doc.Mention(s, "vote", "cooperate");
  EXPECT_EQ(doc.Relations(), (std::vector<Relation>{
                                 Rel("met", RelationType::kAfter, "attack", 0.8),
                                 Rel("met", RelationType::kBefore, "vote", 0.8),
                             }));
}

TEST(TextRelationsTest, CuesDoNotCrossSentences) {
  Doc doc;
  size_t first = doc.AddSentence("Officials met on Monday.");
  size_t second =
      doc.AddSentence("After that, protesters gathered after the police arrested the leader.");
  doc.Mention(first, "met", "meet");
  doc.Mention(second, "gathered", "protest");
  doc.Mention(second, "arrested", "coerce");
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("gathered", RelationType::kAfter, "arrested", 0.8)}));
}

struct MentionSpec {
  std::string_view word;
  std::string_view type;
};
struct NoCueCase {
  std::string_view sentence;
  std::vector<MentionSpec> mentions;
};

TEST(TextRelationsTest, NonTemporalUsesAreNotCues) {
  const std::vector<NoCueCase> cases = {
      {"Protesters marched along a street named after a general who commanded the invasion.",
       {{"marched", "protest"}, {"invasion", "invade"}}},
      {"Ukrainian officials testified before parliament and the committee voted.",
       {{"testified", "statement"}, {"voted", "cooperate"}}},
      {"Troops withdrew and the following day talks resumed.",
       {{"withdrew", "retreat"}, {"talks", "negotiate"}}},
  };
  for (const NoCueCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    Doc doc;
    size_t s = doc.AddSentence(c.sentence);
    for (const MentionSpec& m : c.mentions) doc.Mention(s, m.word, m.type);
    EXPECT_TRUE(doc.Relations().empty());
  }
}

TEST(TextRelationsTest, AfterAllIsACueOnlyWhenItGovernsAnEvent) {
  Doc idiom;
  size_t s = idiom.AddSentence("After all, the ministers met to negotiate.");
  idiom.Mention(s, "met", "meet");
  idiom.Mention(s, "negotiate", "negotiate");
  EXPECT_TRUE(idiom.Relations().empty());

  Doc temporal;
  s = temporal.AddSentence("The ministers met after all talks had failed.");
  temporal.Mention(s, "met", "meet");
  temporal.Mention(s, "talks", "negotiate");
  EXPECT_EQ(temporal.Relations(),
            (std::vector<Relation>{Rel("met", RelationType::kAfter, "talks", 0.8)}));
}

TEST(TextRelationsTest, OneMentionRelatesNothing) {
  Doc doc;
  size_t s = doc.AddSentence("Protesters gathered after midnight.");
  doc.Mention(s, "gathered", "protest");
  EXPECT_TRUE(doc.Relations().empty());
}

TEST(TextRelationsTest, CueMatchingIgnoresCaseAndNeedsWholeWords) {
  Doc doc;
  size_t s = doc.AddSentence("Troops advanced FOLLOWING the collapse; thereafter envoys met.");
  doc.Mention(s, "advanced", "assault");
  doc.Mention(s, "collapse", "fight");
  doc.Mention(s, "met", "meet");
  // "thereafter" contains "after" but is not the word "after"; the ';' closes the cue's phrase.
  EXPECT_EQ(doc.Relations(),
            (std::vector<Relation>{Rel("advanced", RelationType::kAfter, "collapse", 0.8)}));
}

}  // namespace
}  // namespace eg
