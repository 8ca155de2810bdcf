#include "importers/extract/words/word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/extract/words/lexicon.h"

namespace eg {
namespace {

TEST(WordTable, FindsWhatWasInsertedAndNothingElse) {
  WordTable<int> t;
  EXPECT_EQ(t.Find("absent"), nullptr);  // an empty table answers too
  EXPECT_TRUE(t.Insert("held", 1));
  EXPECT_TRUE(t.Insert("hold", 2));
  ASSERT_NE(t.Find("held"), nullptr);
  EXPECT_EQ(*t.Find("held"), 1);
  EXPECT_EQ(*t.Find("hold"), 2);
  EXPECT_EQ(t.Find("hol"), nullptr);
  EXPECT_EQ(t.Find("holds"), nullptr);
  EXPECT_EQ(t.Find(""), nullptr);
}

TEST(WordTable, TheFirstInsertionWins) {
  WordTable<int> t;
  EXPECT_TRUE(t.Insert("met", 1));
  EXPECT_FALSE(t.Insert("met", 2));
  EXPECT_EQ(*t.Find("met"), 1);
  EXPECT_EQ(t.size(), 1u);
}

TEST(WordTable, GrowsPastManyKeysAndKeepsEveryValue) {
  WordTable<size_t> t;
  std::vector<std::string> words;
  for (size_t i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) t[words[i]] = i;
  EXPECT_EQ(t.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const size_t* v = t.Find(words[i]);
    ASSERT_NE(v, nullptr) << words[i];
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(t.Find("w1"), nullptr);
}

TEST(WordTable, TheStoredKeyIsTheTablesOwnCopy) {
  WordTable<int> t;
  {
    std::string temporary = "announce";
    t.Insert(temporary, 3);
  }
  std::string_view stored;
  ASSERT_NE(t.Find("announce", &stored), nullptr);
  EXPECT_EQ(stored, "announce");
  size_t seen = 0;
  t.ForEach([&](std::string_view key, int value) {
    EXPECT_EQ(key, "announce");
    EXPECT_EQ(value, 3);
    ++seen;
  });
  EXPECT_EQ(seen, 1u);
}

TEST(WordSet, HoldsItsWords) {
  const WordSet set = {"the", "a", "an"};
  EXPECT_TRUE(set.Contains("the"));
  EXPECT_TRUE(set.Contains("an"));
  EXPECT_FALSE(set.Contains("then"));
  EXPECT_FALSE(set.Contains("The"));  // case matters: callers pass lower-case forms
  EXPECT_EQ(set.size(), 3u);
}

TEST(Lexicon, LemmaViewAgreesWithLemmaAndNeedsNoCopy) {
  auto lex = Lexicon::Shared();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Lexicon& l = **lex;
  struct Case {
    const char* form;
    WordPos pos;
    const char* lemma;
  };
  for (const Case& c : {Case{"held", WordPos::kVerb, "hold"}, Case{"planning", WordPos::kVerb, "plan"},
                        Case{"companies", WordPos::kNoun, "company"},
                        Case{"engineers", WordPos::kNoun, "engineer"},
                        Case{"bigger", WordPos::kAdjective, "big"},
                        Case{"the", WordPos::kNoun, ""}, Case{"kyiv", WordPos::kVerb, ""}}) {
    EXPECT_EQ(l.LemmaView(c.form, c.pos), c.lemma) << c.form;
    EXPECT_EQ(l.Lemma(c.form, c.pos), c.lemma) << c.form;
  }
  // A word longer than any lemma is no form of anything, and does not overrun the buffer.
  EXPECT_EQ(l.LemmaView(std::string(200, 's'), WordPos::kNoun), "");
}

TEST(Lexicon, OrganizationNounsComeFromWordNetsHypernyms) {
  auto lex = Lexicon::Shared();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_TRUE((*lex)->IsOrganizationNoun("company"));
  EXPECT_TRUE((*lex)->IsOrganizationNoun("firm"));
  EXPECT_TRUE((*lex)->IsOrganizationNoun("agency"));
  // Social groups that are no organization.
  EXPECT_FALSE((*lex)->IsOrganizationNoun("line"));
  EXPECT_FALSE((*lex)->IsOrganizationNoun("generation"));
  EXPECT_FALSE((*lex)->IsOrganizationNoun("collection"));
  EXPECT_FALSE((*lex)->IsOrganizationNoun("executive"));
}

}  // namespace
}  // namespace eg
