#include "importers/extract/words/word_table.h"

#include <gtest/gtest.h>

#include <cstdint>
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

TEST(WordTable, TailBytesPacksEachByteInItsPlace) {
  // Byte i of the tail belongs in bits 8i..8i+7, whatever the loads that read it.
  const std::string bytes = "\x01\x82\x03\xC4\x05\x86\x07";
  for (size_t n = 0; n < 8; ++n) {
    uint64_t expected = 0;
    for (size_t i = 0; i < n; ++i) {
      expected |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    }
    EXPECT_EQ(TailBytes(bytes.data(), n), expected) << n;
  }
}

TEST(WordTable, KeysDifferingInAnyOneByteAreDifferentWords) {
  for (size_t n = 1; n <= 20; ++n) {
    const std::string word(n, 'a');
    WordTable<int> t;
    t.Insert(word, 1);
    EXPECT_TRUE(SameWord(word.data(), std::string(n, 'a').data(), n));
    for (size_t i = 0; i < n; ++i) {
      std::string other = word;
      other[i] = 'b';
      EXPECT_FALSE(SameWord(word.data(), other.data(), n)) << n << " " << i;
      EXPECT_EQ(t.Find(other), nullptr) << n << " " << i;
    }
    ASSERT_NE(t.Find(word), nullptr) << n;
  }
}

TEST(WordTable, WordsSharingALengthOrAFirstByteAreToldApart) {
  WordTable<int> t;
  t.Insert("after", 1);  // 'a' and 5 bytes
  t.Insert("but", 2);    // 'b' and 3 bytes
  EXPECT_EQ(t.Find("again"), nullptr);   // a key's first byte and length, another word
  EXPECT_EQ(t.Find("ate"), nullptr);     // a key's first byte with another key's length
  EXPECT_EQ(t.Find("bound"), nullptr);   // the same, the other way round
  EXPECT_EQ(t.Find("!fter"), nullptr);   // a first byte equal to 'a' modulo 64
  EXPECT_EQ(t.Find("Bat"), nullptr);
  ASSERT_NE(t.Find("after"), nullptr);
  EXPECT_EQ(*t.Find("after"), 1);
  ASSERT_NE(t.Find("but"), nullptr);
  EXPECT_EQ(*t.Find("but"), 2);
  // Keys of 63 bytes and more share one length bit.
  const std::string long_key(70, 'x');
  t.Insert(long_key, 3);
  EXPECT_EQ(t.Find(std::string(64, 'x')), nullptr);
  ASSERT_NE(t.Find(long_key), nullptr);
  EXPECT_EQ(*t.Find(long_key), 3);
}

TEST(WordTable, WordsSharingTheirEndsAreToldApart) {
  WordTable<int> t;
  t.Insert("cat", 1);
  t.Insert("dog", 2);
  t.Insert("a", 3);
  EXPECT_EQ(t.Find("cab"), nullptr);  // a key's first byte and length, no key's last byte
  EXPECT_EQ(t.Find("cog"), nullptr);  // one key's first byte, another's last byte
  EXPECT_EQ(t.Find("dot"), nullptr);
  EXPECT_EQ(t.Find("b"), nullptr);  // one byte is both ends
  ASSERT_NE(t.Find("cat"), nullptr);
  EXPECT_EQ(*t.Find("cat"), 1);
  ASSERT_NE(t.Find("dog"), nullptr);
  EXPECT_EQ(*t.Find("dog"), 2);
  ASSERT_NE(t.Find("a"), nullptr);
  EXPECT_EQ(*t.Find("a"), 3);
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

TEST(WordTable, AStoredKeyLeadsToItsOwnValueEvenAfterGrowing) {
  WordTable<size_t> t;
  std::vector<std::string> words;
  // "hold" and "old": a key that is the tail of another key's bytes.
  for (std::string w : {"hold", "old", "ol", "d"}) words.push_back(w);
  for (size_t i = 0; i < 3000; ++i) words.push_back("k" + std::to_string(i * 104729));
  for (size_t i = 0; i < words.size(); ++i) t[words[i]] = i;  // grows many times
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view stored;
    ASSERT_NE(t.Find(words[i], &stored), nullptr) << words[i];
    const size_t* v = t.FindStored(stored);
    ASSERT_NE(v, nullptr) << words[i];
    EXPECT_EQ(*v, i) << words[i];
  }
  std::string_view hold;
  ASSERT_NE(t.Find("hold", &hold), nullptr);
  // Views inside a stored key are other words, found by their bytes.
  ASSERT_NE(t.FindStored(hold.substr(1)), nullptr);
  EXPECT_EQ(*t.FindStored(hold.substr(1)), 1u);         // "old"
  EXPECT_EQ(*t.FindStored(hold.substr(1, 2)), 2u);      // "ol"
  EXPECT_EQ(*t.FindStored(hold.substr(3)), 3u);         // "d"
  EXPECT_EQ(t.FindStored(hold.substr(0, 3)), nullptr);  // "hol"
  // A copy of the bytes elsewhere, and absent words, answer as Find() does.
  const std::string copy = "old";
  EXPECT_EQ(*t.FindStored(copy), 1u);
  EXPECT_EQ(t.FindStored("olds"), nullptr);
  EXPECT_EQ(t.FindStored(""), nullptr);
}

TEST(WordTable, ReservingKeepsEveryKeyAndItsStoredView) {
  WordTable<int> t;
  t.Insert("before", 7);
  t.Reserve(1000, 8000);  // grows the slots once, with a key already in
  for (int i = 0; i < 1000; ++i) t.Insert("r" + std::to_string(i), i);
  EXPECT_EQ(t.size(), 1001u);
  std::string_view stored;
  ASSERT_NE(t.Find("before", &stored), nullptr);
  EXPECT_EQ(*t.FindStored(stored), 7);
  for (int i = 0; i < 1000; i += 37) {
    ASSERT_NE(t.Find("r" + std::to_string(i), &stored), nullptr) << i;
    EXPECT_EQ(*t.FindStored(stored), i);
  }
  t.Reserve(10);  // never shrinks
  EXPECT_EQ(*t.Find("r999"), 999);
}

TEST(WordTable, AFilterChangesNoAnswer) {
  WordTable<size_t> plain;
  WordTable<size_t> filtered;
  for (size_t i = 0; i < 3000; ++i) {
    plain.Insert("f" + std::to_string(i * 31), i);
    filtered.Insert("f" + std::to_string(i * 31), i);
  }
  filtered.AddFilter(12);  // 4096 bits for 3000 keys: many bits set, some lookups pass it
  for (size_t i = 3000; i < 6000; ++i) {
    filtered.Insert("f" + std::to_string(i * 31), i);  // inserted after: added to the filter
    plain.Insert("f" + std::to_string(i * 31), i);
  }
  size_t found = 0;
  for (size_t i = 0; i < 200000; ++i) {
    const std::string w = "f" + std::to_string(i);
    const size_t* a = plain.Find(w);
    const size_t* b = filtered.Find(w);
    ASSERT_EQ(a == nullptr, b == nullptr) << w;
    if (a != nullptr) {
      EXPECT_EQ(*a, *b) << w;
      ++found;
    }
  }
  EXPECT_EQ(found, 6000u);
  std::string_view stored;
  ASSERT_NE(filtered.Find("f31", &stored), nullptr);
  EXPECT_EQ(*filtered.FindStored(stored), 1u);
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
  // The lemma of an irregular form is asked about next: its class and senses are the lemma's.
  EXPECT_EQ(l.FirstClass(l.LemmaView("men", WordPos::kNoun)), l.FirstClass("man"));
  EXPECT_EQ(l.Senses(l.LemmaView("held", WordPos::kVerb), WordPos::kVerb),
            l.Senses(std::string("hold"), WordPos::kVerb));
  EXPECT_GT(l.Senses(l.LemmaView("held", WordPos::kVerb), WordPos::kVerb), 0);
  EXPECT_EQ(l.FirstClass(l.LemmaView("invasions", WordPos::kNoun)), NounClass::kAct);
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
