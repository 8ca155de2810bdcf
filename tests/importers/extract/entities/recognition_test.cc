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

TEST(Names, BrandShapedWordsAreNoPeople) {
  Recognized r("The company showed the MacBook Air and the iPod Nano to reporters in Paris.");
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.kind, EntityKind::kPerson) << e.name;
    EXPECT_NE(e.name, "Nano");
  }
  // A surname prefix before a name is still a person's name.
  Recognized p("Douglas MacArthur said the war was over.");
  EXPECT_EQ(p.KindAt("Douglas MacArthur"), EntityKind::kPerson);
}

TEST(Anaphora, PluralPronounsPreferThePeopleJustNamed) {
  Recognized r(
      "Many buyers could not reach the website of Zentra on Tuesday. Some had difficulty "
      "finishing their orders, while others waited, and everyone complained.");
  ASSERT_TRUE(r.KindAt("buyers").has_value());
  EXPECT_EQ(r.KindAt("their"), EntityKind::kGroup);
  EXPECT_EQ(r.KindAt("Some"), EntityKind::kGroup);
  EXPECT_EQ(r.KindAt("others"), EntityKind::kGroup);
  // An indefinite pronoun names no one in particular: no entity.
  EXPECT_FALSE(r.KindAt("everyone").has_value());
}

TEST(Anaphora, IndefinitePronounsAreNoEntities) {
  Recognized r("The army has not attacked anyone, and nobody in the town saw someone fire.");
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.name, "anyone");
    EXPECT_NE(e.name, "nobody");
    EXPECT_NE(e.name, "someone");
  }
}

TEST(Anaphora, ADayNameIsNoAntecedentThatBlocksIt) {
  Recognized r("Shares of Zentra rose after Zentra announced Friday that it will cut prices.");
  EXPECT_EQ(r.KindAt("it"), EntityKind::kOrganization);
}

TEST(Groups, ModalsAndAuxiliariesAreNoPartOfAGroupsName) {
  Recognized r("Shares of Zentra rose after Zentra said it will give engineers a bonus.");
  for (const Entity& e : r.analysis.entities) {
    if (e.kind == EntityKind::kGroup) {
      EXPECT_EQ(e.name.find("will"), std::string::npos) << e.name;
    }
  }
}

TEST(Names, ACityNameUsedAsANameIsThatCity) {
  // Not after a locative preposition and too small to pass as a city on size alone, but used as a
  // name and known to libgeonames.
  Recognized r("Shares of Zentra rose. The firm moved its Cupertino offices last year.");
  EXPECT_EQ(r.KindAt("Cupertino"), EntityKind::kLocation);
}

TEST(Names, ACountryAcronymBeforeADollarSignIsACurrency) {
  Recognized r("The phone costs US$ 299 in the US and more elsewhere.");
  EXPECT_FALSE(r.KindAt("US").has_value());
  EXPECT_EQ(r.KindAt("US", r.text.find("the US") + 4), EntityKind::kCountry);
}

TEST(Anaphora, DescriptionsNeedADeterminerOfTheirOwnPhrase) {
  Recognized r(
      "Shares of Zentra rose on Monday. Its chief Steve Jobs believes this may have an impact on "
      "the film industry.");
  EXPECT_FALSE(r.KindAt("have").has_value());      // "this" belongs to another phrase
  EXPECT_FALSE(r.KindAt("industry").has_value());  // a kind of industry, not Zentra
}

TEST(Names, AWordAfterADeterminerIsNoOrganizationWhateverItDoes) {
  Recognized r("Zentra sold a light laptop. Sales of the first Feather decreased soon after.");
  EXPECT_FALSE(r.KindAt("Feather").has_value());
}

TEST(Names, ANameWithAVerbAfterACommaIsAClauseNotAnApposition) {
  Recognized r(
      "No comment came from Zentra, The Daily Courier reported that someone familiar with it "
      "spoke.");
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.kind, EntityKind::kPerson) << e.name;
  }
}

TEST(Groups, ABrandIsNoPluralPersonNoun) {
  Recognized r("Zentra released iOS 4 for its phones on Monday.");
  EXPECT_NE(r.KindAt("iOS"), EntityKind::kGroup);
}

TEST(Names, ANameAfterTheKindOfOrganizationItIs) {
  Recognized r("Sales fell at the electronics retailer Best Buy and at the research firm Zentra.");
  EXPECT_EQ(r.KindAt("Best Buy"), EntityKind::kOrganization);
  EXPECT_EQ(r.KindAt("Zentra"), EntityKind::kOrganization);
}

TEST(Names, WordNetsNamesOfOrganizationsAreNamesAfterTheToo) {
  // WordNet files "Beatles" as a rock group, a kind of organization.
  Recognized r("The company sued the Beatles over the name.");
  EXPECT_EQ(r.KindAt("Beatles"), EntityKind::kOrganization);
}

TEST(Names, ANameAfterAnArticleIsNoPersonByShape) {
  Recognized r("Developers sell their programs through the Zorbo Store since Monday.");
  EXPECT_NE(r.KindAt("Zorbo Store"), EntityKind::kPerson);
}

TEST(Names, AcronymsOfNamesThatAreNoEntitiesAndCurrenciesAreNoOrganizations) {
  Recognized r(
      "Zentra opened the Worldwide Makers Festival (WMF) on Monday. At WMF it showed a phone "
      "for 199 USD.");
  EXPECT_FALSE(r.KindAt("WMF", r.text.find("At WMF")).has_value());
  EXPECT_FALSE(r.KindAt("USD").has_value());
}

TEST(Names, ContractionsAndCompoundAdjectivesAreNoNames) {
  Recognized r("He said I’m sure the Zorbo-backed fighters and Kurdish groups will stay.");
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.name, "I’m");
    EXPECT_NE(e.name, "Zorbo-backed");
    EXPECT_NE(e.name, "Kurdish");
  }
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

// The name of the entity whose mention is exactly at the first `surface` at or after `from`.
std::string NameAt(const Recognized& r, std::string_view surface, size_t from = 0) {
  size_t pos = r.text.find(surface, from);
  for (const EntityMention& m : r.analysis.mentions) {
    if (m.span.begin == pos && m.span.end == pos + surface.size()) {
      return r.analysis.entities[m.entity].name;
    }
  }
  return "";
}

TEST(Anaphora, HeAndSheAgreeWithAnHonorific) {
  Recognized r("Mrs Alma Torvik met Jonas Berg in Oslo. She said the meeting went well.");
  EXPECT_EQ(NameAt(r, "She"), "Alma Torvik");
  Recognized m("Mr Jonas Berg met Alma Torvik in Oslo. He said the meeting went well.");
  EXPECT_EQ(NameAt(m, "He"), "Jonas Berg");
}

TEST(Anaphora, HeAndSheAgreeWithTheGenderAnotherPronounMadePlain) {
  // "She offered" can only be Torvik (the one person of its sentence and the one before); so the
  // earlier "she" is Torvik too, not the general named last.
  std::string text =
      "Alma Torvik, the council's envoy, arrived on Monday. "
      "The delegation included Colonel Jonas Berg, the chief of staff, and other officers. "
      "The talks were long. "
      "The envoy stated that the talks were hard, following what she described as tough "
      "discussions. "
      "Speaking in Oslo, Torvik focused on aid. "
      "She offered a sharp assessment.";
  Recognized r(text);
  EXPECT_EQ(NameAt(r, "she"), "Alma Torvik");
  EXPECT_EQ(NameAt(r, "She"), "Alma Torvik");
}

TEST(Anaphora, WithoutEvidenceOfGenderThePronounTakesTheNearestPerson) {
  Recognized r("Alma Torvik met Jonas Berg in Oslo. He said the meeting went well.");
  EXPECT_EQ(NameAt(r, "He"), "Jonas Berg");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Metonymy, ACapitalOpeningItsSentenceAsASubjectIsItsCountry) {
  Recognized r("Berlin hopes the talks will end soon. Ankara has been angered by the plan.");
  EXPECT_EQ(r.KindAt("Berlin"), EntityKind::kCountry);
  EXPECT_EQ(r.KindAt("Ankara"), EntityKind::kCountry);
  // A capital before a noun is the city.
  Recognized c("Kyiv residents fled to the metro.");
  EXPECT_NE(c.KindAt("Kyiv"), EntityKind::kCountry);
}

}  // namespace
}  // namespace eg
