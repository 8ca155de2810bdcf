// Entity recognition and the document analysis under it: the rules added for issue 4.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/extract.h"

namespace eg {
namespace {

struct Recognized {
  std::string text;
  Document doc;
  EntityAnalysis analysis;

  explicit Recognized(std::string t) : text(std::move(t)) {
    doc = AnalyzeDocument(text, SplitSentences(text));
    analysis = RecognizeEntities(doc);
  }
  // The kind of the entity with a mention exactly at `surface` (its first occurrence at or after
  // `from`), or nullopt.
  std::optional<EntityKind> KindAt(std::string_view surface, size_t from = 0) const {
    size_t pos = text.find(surface, from);
    for (const EntityMention& m : analysis.mentions) {
      if (m.span.begin == pos && m.span.end == pos + surface.size()) {
        return analysis.entities[m.entity].kind;
      }
    }
    return std::nullopt;
  }
};

TEST(Sentences, AProseLineWithoutAFinalStopIsStillSplit) {
  // The line ends in a closing quote set off by a space, so it has no final stop of its own; it is
  // prose all the same, not one long heading.
  std::string text =
      "Title of the story\n\nThe board met on Monday. It approved the plan. The chair said "
      "\"this is good news. ''";
  std::vector<Span> s = SplitSentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin), "The board met on Monday.");
  Document doc = AnalyzeDocument(text, s);
  EXPECT_TRUE(doc.heading[0]);
  for (size_t i = 1; i < s.size(); ++i) EXPECT_FALSE(doc.heading[i]) << i;
}

TEST(Sentences, ClosingMarksAfterASpaceStillEndTheSentence) {
  EXPECT_TRUE(EndsWithSentenceMark("he said \"it is done. \""));
  EXPECT_TRUE(EndsWithSentenceMark("downloads. ''"));
  EXPECT_FALSE(EndsWithSentenceMark("A headline without a stop"));
}

TEST(Tokens, AsciiAndUnicodeTokensGetTheSameFlags) {
  Document doc = AnalyzeDocument("NATO and U.S. officials met Zelensky’s aide.",
                                 SplitSentences("NATO and U.S. officials met Zelensky’s aide."));
  ASSERT_GE(doc.tokens.size(), 8u);
  EXPECT_TRUE(doc.tokens[0].all_caps);
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_EQ(doc.tokens[0].lower, "nato");
  EXPECT_FALSE(doc.tokens[1].capitalized);
  EXPECT_EQ(doc.tokens[2].text, "U.S.");
  EXPECT_TRUE(doc.tokens[2].all_caps);
  EXPECT_EQ(doc.tokens[6].lower, "'s");  // the typographic apostrophe is folded
  EXPECT_FALSE(doc.tokens[8].is_word);   // the final period
}

TEST(Names, ACapitalizedEnglishWordUsedAsANameIsAnOrganization) {
  Recognized r(
      "Pear unveiled a phone at an event hosted by Pear in London. Pear also sued Plum over "
      "the Shuffle.");
  // "by Pear": inside a sentence, no determiner, never written in lower case.
  EXPECT_EQ(r.KindAt("Pear", r.text.find("by Pear")), EntityKind::kOrganization);
  // Its other mentions recur, sentence starts included.
  EXPECT_EQ(r.KindAt("Pear"), EntityKind::kOrganization);
  // After a determiner a capitalized word is a title or a product, not an organization.
  EXPECT_FALSE(r.KindAt("Shuffle").has_value());
}

TEST(Names, AWordAlsoWrittenInLowerCaseIsNoName) {
  Recognized r("Analysts expect Growth to slow, and growth in exports fell.");
  EXPECT_FALSE(r.KindAt("Growth").has_value());
}

TEST(Names, AClauseAfterACommaIsNoApposition) {
  // "Cook held positions" is a clause: "Cook" is a person noun, but neither the name nor the
  // clause makes the word before the comma a person.
  Recognized r("Before his post at Zentra, Cook held positions at two other companies.");
  for (const Entity& e : r.analysis.entities) {
    if (e.name == "Zentra") {
      EXPECT_NE(e.kind, EntityKind::kPerson);
    }
  }
}

TEST(Anaphora, OrganizationNounsReferToTheLastOrganizationButSocialGroupsDoNot) {
  Recognized r(
      "A new phone from Microsoft went on sale on Monday. The company said the new line would sell "
      "well.");
  EXPECT_EQ(r.KindAt("The company"), EntityKind::kOrganization);
  EXPECT_FALSE(r.KindAt("line").has_value());
}

}  // namespace
}  // namespace eg
