#include "importers/extract/words/lexicon.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/entities/geo.h"
#include "importers/extract/extract.h"

namespace eg {
namespace {

const Lexicon& Lex() {
  auto lex = Lexicon::Shared();
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  return **lex;
}

TEST(Lexicon, IrregularFormsComeFromWordNetsExceptionLists) {
  EXPECT_EQ(Lex().Lemma("held", WordPos::kVerb), "hold");
  EXPECT_EQ(Lex().Lemma("met", WordPos::kVerb), "meet");
  EXPECT_EQ(Lex().Lemma("children", WordPos::kNoun), "child");
}

TEST(Lexicon, RegularFormsAreDetachedAndCheckedAgainstTheIndex) {
  EXPECT_EQ(Lex().Lemma("announces", WordPos::kVerb), "announce");
  EXPECT_EQ(Lex().Lemma("attacking", WordPos::kVerb), "attack");
  EXPECT_EQ(Lex().Lemma("invasions", WordPos::kNoun), "invasion");
  EXPECT_EQ(Lex().Lemma("stopped", WordPos::kVerb), "stop");
  // Not a verb form at all: no lemma rather than a guess.
  EXPECT_EQ(Lex().Lemma("kyiv", WordPos::kVerb), "");
  EXPECT_FALSE(Lex().Can("the", WordPos::kVerb));
}

TEST(Lexicon, QuestionsOfALemmaGetTheSameAnswersFromItsViewAndFromACopy) {
  // LemmaView's lemmas are views into the lexicon, whose facts are read from beside them; any
  // other string, a prefix or a tail of such a view included, is looked up.
  const std::string_view invasion = Lex().LemmaView("invasions", WordPos::kNoun);
  ASSERT_EQ(invasion, "invasion");
  EXPECT_TRUE(Lex().IsEventNoun(invasion));
  EXPECT_EQ(Lex().IsEventNoun(invasion), Lex().IsEventNoun(std::string(invasion)));
  EXPECT_EQ(Lex().Senses(invasion, WordPos::kNoun),
            Lex().Senses(std::string(invasion), WordPos::kNoun));
  for (std::string_view part :
       {invasion.substr(0, 6), invasion.substr(0, 2), invasion.substr(1), invasion.substr(2, 4)}) {
    const std::string copy(part);
    EXPECT_EQ(Lex().IsEventNoun(part), Lex().IsEventNoun(copy)) << copy;
    EXPECT_EQ(Lex().FirstClass(part), Lex().FirstClass(copy)) << copy;
    EXPECT_EQ(Lex().Senses(part, WordPos::kNoun), Lex().Senses(copy, WordPos::kNoun)) << copy;
  }
  // "in" is a noun of its own (inch, indium), "invasion" an act: a prefix has its own facts.
  EXPECT_GT(Lex().Senses(invasion.substr(0, 2), WordPos::kNoun), 0);
  EXPECT_FALSE(Lex().IsEventNoun(invasion.substr(0, 2)));
  const std::string_view hold = Lex().LemmaView("held", WordPos::kVerb);
  ASSERT_EQ(hold, "hold");
  EXPECT_EQ(Lex().Senses(hold, WordPos::kVerb), Lex().Senses(std::string(hold), WordPos::kVerb));
  EXPECT_GT(Lex().Senses(hold, WordPos::kVerb), 10);
}

TEST(Lexicon, EventNounsAreThoseWhoseFirstSenseIsAnActOrEvent) {
  EXPECT_TRUE(Lex().IsEventNoun("invasion"));
  EXPECT_TRUE(Lex().IsEventNoun("attack"));
  EXPECT_FALSE(Lex().IsEventNoun("company"));
  EXPECT_FALSE(Lex().IsEventNoun("computer"));
  EXPECT_EQ(Lex().FirstClass("company"), NounClass::kGroup);
}

TEST(Lexicon, StativeVerbsAreThoseMostlyInVerbStative) {
  EXPECT_TRUE(Lex().IsStativeVerb("reside"));
  EXPECT_TRUE(Lex().IsStativeVerb("comprise"));
  EXPECT_TRUE(Lex().IsStativeVerb("cost"));
  // Acts, and verbs whose first sense is a state but most senses are not ("hold", "attend").
  EXPECT_FALSE(Lex().IsStativeVerb("attack"));
  EXPECT_FALSE(Lex().IsStativeVerb("meet"));
  EXPECT_FALSE(Lex().IsStativeVerb("hold"));
  EXPECT_FALSE(Lex().IsStativeVerb("attend"));
  EXPECT_FALSE(Lex().IsStativeVerb("kyiv"));
}

TEST(Lexicon, VerbClassIsThatOfTheFirstAndMostSenses) {
  // Verbs whose first sense and most senses are feelings.
  EXPECT_TRUE(Lex().IsVerbOfClass("worry", VerbClass::kEmotion));
  EXPECT_TRUE(Lex().IsVerbOfClass("anger", VerbClass::kEmotion));
  EXPECT_TRUE(Lex().IsVerbOfClass("reside", VerbClass::kStative));
  // Acts, and a verb whose first sense is no feeling.
  EXPECT_FALSE(Lex().IsVerbOfClass("attack", VerbClass::kEmotion));
  EXPECT_FALSE(Lex().IsVerbOfClass("meet", VerbClass::kEmotion));
  EXPECT_FALSE(Lex().IsVerbOfClass("worry", VerbClass::kStative));
  EXPECT_FALSE(Lex().IsVerbOfClass("kyiv", VerbClass::kEmotion));
}

TEST(Lexicon, CompoundNounsTellThingsFromHappenings) {
  EXPECT_EQ(Lex().CompoundNoun("war_chest"), 2);         // a fund
  EXPECT_EQ(Lex().CompoundNoun("court_of_appeals"), 2);  // an institution
  EXPECT_EQ(Lex().CompoundNoun("civil_war"), 1);         // a happening
  EXPECT_EQ(Lex().CompoundNoun("press_conference"), 0);  // a communication: neither
  EXPECT_EQ(Lex().CompoundNoun("war"), 0);               // no compound
  // Single words stay as they were: collocations add no lemmas of their own.
  EXPECT_FALSE(Lex().Can("war_chest", WordPos::kNoun));
  // The pair filter in front of CompoundNoun never turns a stored collocation away.
  EXPECT_TRUE(Lex().MayBeCompound("war", "chest"));
  EXPECT_TRUE(Lex().MayBeCompound("court", "appeals"));
  EXPECT_TRUE(Lex().MayBeCompound("civil", "war"));
  // Nor does it let through most pairs no collocation has: of these made-up ones, nearly none.
  int let_through = 0;
  for (int i = 0; i < 1000; ++i) {
    let_through += Lex().MayBeCompound("qx" + std::to_string(i), "zv" + std::to_string(i * 7));
  }
  EXPECT_LT(let_through, 150);
}

// LemmaView keeps answers per thread; an answer is a view into the lexicon that gave it, so a
// second lexicon must never be handed the first one's views, and asking again changes nothing.

TEST(Lexicon, CachedAnswersBelongToTheLexiconThatGaveThem) {
  Result<Lexicon> other = Lexicon::Load(std::string(Lexicon::kDefaultDir));
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  const std::string_view shared = Lex().LemmaView("announces", WordPos::kVerb);
  const std::string_view own = other->LemmaView("announces", WordPos::kVerb);
  EXPECT_EQ(shared, "announce");
  EXPECT_EQ(own, "announce");
  EXPECT_NE(shared.data(), own.data());
  EXPECT_EQ(Lex().LemmaView("announces", WordPos::kVerb).data(), shared.data());
  EXPECT_EQ(Lex().LemmaView("announces", WordPos::kNoun), "");
  const Lexicon copy = *other;
  EXPECT_EQ(copy.LemmaView("announces", WordPos::kVerb), "announce");
  EXPECT_NE(copy.LemmaView("announces", WordPos::kVerb).data(), own.data());
}

// Far more forms than the per-thread cache holds, asked for every part of speech in turn: the
// answers evicted and computed again are the answers first given.
TEST(Lexicon, CachedAnswersStayRightWhenTheCacheOverflows) {
  const WordPos kPos[] = {WordPos::kNoun, WordPos::kVerb, WordPos::kAdjective, WordPos::kAdverb};
  const std::vector<std::string> forms = {"held",    "holds",   "companies", "planning", "bigger",
                                          "men",     "better",  "ran",       "talks",    "invasion",
                                          "quickly", "stopped", "geese",     "kyiv",     "said"};
  std::vector<std::string> first;
  for (const std::string& f : forms) {
    for (WordPos pos : kPos) first.emplace_back(Lex().LemmaView(f, pos));
  }
  EXPECT_EQ(first[0 * 4 + 1], "hold");  // held, verb
  EXPECT_EQ(first[1 * 4 + 0], "hold");  // holds, noun
  EXPECT_EQ(first[5 * 4 + 0], "man");   // men, noun
  EXPECT_EQ(first[6 * 4 + 2], "good");  // better, adjective
  EXPECT_EQ(first[13 * 4 + 0], "");     // kyiv is no English noun
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < 40000; ++i) {
      const std::string filler = "x" + std::to_string(i * 7919) + "s";
      for (WordPos pos : kPos) EXPECT_EQ(Lex().LemmaView(filler, pos), "") << filler;
    }
    size_t k = 0;
    for (const std::string& f : forms) {
      for (WordPos pos : kPos) {
        EXPECT_EQ(Lex().LemmaView(f, pos), first[k]) << f << " " << static_cast<int>(pos);
        ++k;
      }
    }
  }
}

TEST(Lexicon, TheClassOfAFormIsTheClassOfItsNounLemma) {
  EXPECT_EQ(Lex().NounFormClass("engineers"), NounClass::kPerson);
  EXPECT_EQ(Lex().NounFormClass("men"), NounClass::kPerson);  // an irregular plural
  EXPECT_EQ(Lex().NounFormClass("invasions"), NounClass::kAct);
  EXPECT_EQ(Lex().NounFormClass("quickly"), NounClass::kOther);  // no noun
  EXPECT_EQ(Lex().NounFormClass("kyiv"), NounClass::kOther);
  EXPECT_TRUE(Lex().IsOrganizationNounForm("companies"));
  EXPECT_FALSE(Lex().IsOrganizationNounForm("executives"));
  EXPECT_FALSE(Lex().IsOrganizationNounForm("kyiv"));
  for (const std::string w :
       {"executives", "talks", "companies", "said", "the", "counterintelligence",
        "internationalizations", "deinstitutionalization"}) {
    const NounClass expected = Lex().FirstClass(Lex().LemmaView(w, WordPos::kNoun));
    const bool organization = Lex().IsOrganizationNoun(Lex().LemmaView(w, WordPos::kNoun));
    EXPECT_EQ(Lex().NounFormClass(w), expected) << w;
    EXPECT_EQ(Lex().NounFormClass(w), expected) << w;  // the remembered answer
    EXPECT_EQ(Lex().IsOrganizationNounForm(w), organization) << w;
    EXPECT_EQ(Lex().LemmaView(w, WordPos::kNoun), Lex().Lemma(w, WordPos::kNoun)) << w;
  }
}

// FactsOf gives, at once, the answers of the separate questions: for regular and irregular
// forms, forms of no part of speech, a form longer than the per-thread cache keeps, and the
// empty form; asked first and asked again (the remembered answers), and asked after the separate
// questions had filled the cache.
TEST(Lexicon, FactsOfAFormAreTheAnswersOfEachQuestion) {
  const WordPos kPos[] = {WordPos::kNoun, WordPos::kVerb, WordPos::kAdjective, WordPos::kAdverb};
  const std::vector<std::string> forms = {
      "invasions", "held",    "companies", "engineers",
      "better",    "quickly", "kyiv",      ",",
      "",          "talks",   "meeting",   "internationalizations-and-deinstitutionalizations"};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& w : forms) {
      const WordFacts f = Lex().FactsOf(w);
      for (WordPos pos : kPos) {
        EXPECT_EQ(f.Lemma(pos), Lex().LemmaView(w, pos)) << w << " " << static_cast<int>(pos);
        EXPECT_EQ(f.Can(pos), Lex().Can(w, pos)) << w << " " << static_cast<int>(pos);
      }
      EXPECT_EQ(f.noun_class, Lex().NounFormClass(w)) << w;
      EXPECT_EQ(f.organization_noun, Lex().IsOrganizationNounForm(w)) << w;
      EXPECT_EQ(f.event_noun, Lex().IsEventNoun(Lex().LemmaView(w, WordPos::kNoun))) << w;
    }
  }
  // The answers themselves, so that agreeing with wrong separate answers would show.
  const WordFacts invasions = Lex().FactsOf("invasions");
  EXPECT_EQ(invasions.Lemma(WordPos::kNoun), "invasion");
  EXPECT_TRUE(invasions.event_noun);
  EXPECT_EQ(invasions.noun_class, NounClass::kAct);
  EXPECT_FALSE(invasions.Can(WordPos::kVerb));
  const WordFacts held = Lex().FactsOf("held");
  EXPECT_EQ(held.Lemma(WordPos::kVerb), "hold");
  EXPECT_TRUE(Lex().FactsOf("companies").organization_noun);
  EXPECT_FALSE(Lex().FactsOf("companies").event_noun);
  EXPECT_EQ(Lex().FactsOf("better").Lemma(WordPos::kAdjective), "good");
}

TEST(Lexicon, MissingDataIsAClearError) {
  auto lex = Lexicon::Load("/nonexistent-wordnet");
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().ToString().find("wordnet-base"), std::string::npos);
}

TEST(Geo, IsoCodesGiveEveryCountryAndGeonamesItsCities) {
  auto geo = GeoData::Shared();
  ASSERT_TRUE(geo.ok()) << geo.status().ToString();
  EXPECT_GE((*geo)->countries().size(), 240u);
  EXPECT_GE((*geo)->city_count(), 20000u);
  const auto& kharkiv = (*geo)->CitiesNamed("kharkiv");
  ASSERT_FALSE(kharkiv.empty());
  EXPECT_EQ(kharkiv.front().country, "UA");
  EXPECT_FALSE(GeoData::LoadIsoCountries("/nonexistent.json").ok());
}

EntityAnalysis Recognize(const std::string& text) {
  Document doc = AnalyzeDocument(text, SplitSentences(text));
  return RecognizeEntities(doc);
}

bool HasEntity(const EntityAnalysis& a, std::string_view id) {
  for (const Entity& e : a.entities) {
    if (e.id == id) return true;
  }
  return false;
}

TEST(Geo, CountriesOutsideOurTableComeFromIsoCodes) {
  std::string text = "Officials from Burkina Faso and Mozambique met on Monday.";
  auto a = Recognize(text);
  EXPECT_TRUE(HasEntity(a, "country:BF"));
  EXPECT_TRUE(HasEntity(a, "country:MZ"));
}

TEST(Geo, CitiesNeedAPlaceContextOrSizeAndTakeTheDocumentsCountry) {
  // A city our own table lacks, after "in": from libgeonames, with its coordinates.
  auto a = Recognize("Shelling was reported in Kramatorsk on Sunday.");
  bool found = false;
  for (const Entity& e : a.entities) {
    if (e.kind == EntityKind::kLocation && e.name == "Kramatorsk") {
      found = true;
      EXPECT_EQ(e.country, "UA");
      EXPECT_TRUE(e.lat.has_value());
    }
  }
  EXPECT_TRUE(found);
  // A small city whose name is an English word is no place without a locative context.
  auto b = Recognize("The Mobile phone market grew, analysts said.");
  for (const Entity& e : b.entities) EXPECT_NE(e.kind, EntityKind::kLocation) << e.name;
}

TEST(Names, UnknownPeopleAndOrganizationsByShape) {
  auto a = Recognize("Yesterday Steve Jobs presented the phone, and Microsoft declined to comment.");
  EXPECT_TRUE(HasEntity(a, "person:steve-jobs"));
  EXPECT_TRUE(HasEntity(a, "organization:microsoft"));
}

TEST(Tokens, IcuCaseFoldingAndLettersOfEveryScript) {
  Document doc = AnalyzeDocument("ŞAFAK and Кислиця met.", SplitSentences("ŞAFAK and Кислиця met."));
  ASSERT_GE(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.tokens[0].lower, "şafak");
  EXPECT_TRUE(doc.tokens[0].all_caps);
  EXPECT_EQ(doc.tokens[2].text, "Кислиця");
  EXPECT_TRUE(doc.tokens[2].capitalized);
  EXPECT_EQ(doc.tokens[2].lower, "кислиця");
}

TEST(Tokens, TokensOfOneLowerCaseFormShareItsNumber) {
  const std::string text = "The talks ended. THE TALKS resumed; talks, the Talks.";
  Document doc = AnalyzeDocument(text, SplitSentences(text));
  ASSERT_FALSE(doc.tokens.empty());
  // Every distinct lower-case form has one number, every number one form, from 0 to words - 1.
  std::map<std::string, uint32_t> number_of;
  std::map<uint32_t, std::string> form_of;
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.word, doc.words) << t.text;
    auto [n, new_form] = number_of.emplace(t.lower, t.word);
    EXPECT_EQ(n->second, t.word) << t.text;
    auto [f, new_number] = form_of.emplace(t.word, t.lower);
    EXPECT_EQ(f->second, t.lower) << t.text;
    EXPECT_EQ(new_form, new_number) << t.text;
  }
  EXPECT_EQ(number_of.size(), doc.words);
  // Each form's lexicon facts, kept by its number, are those of its lower-case form.
  ASSERT_EQ(doc.facts.size(), doc.words);
  for (const Token& t : doc.tokens) {
    const WordFacts expected = Lex().FactsOf(t.lower);
    const WordFacts& f = doc.facts[t.word];
    for (WordPos pos : {WordPos::kNoun, WordPos::kVerb, WordPos::kAdjective, WordPos::kAdverb}) {
      EXPECT_EQ(f.Lemma(pos), expected.Lemma(pos)) << t.text;
    }
    EXPECT_EQ(f.noun_class, expected.noun_class) << t.text;
    EXPECT_EQ(f.organization_noun, expected.organization_noun) << t.text;
    EXPECT_EQ(f.event_noun, expected.event_noun) << t.text;
  }
  EXPECT_EQ(doc.facts[doc.tokens[2].word].Lemma(WordPos::kVerb), "end");  // "ended"
  EXPECT_EQ(doc.tokens[0].word, doc.tokens[4].word);  // "The", "THE"
  EXPECT_EQ(doc.tokens[1].word, doc.tokens[5].word);  // "talks", "TALKS"
  EXPECT_NE(doc.tokens[0].word, doc.tokens[1].word);
}

}  // namespace
}  // namespace eg
