// The English lexicon behind extraction, read from Debian's WordNet data (package wordnet-base,
// /usr/share/wordnet): which parts of speech a word form can have, its lemma (WordNet's exception
// lists, then its suffix-detachment rules checked against the index), and the lexicographer class
// of a noun's first senses (noun.act, noun.event, noun.person, ...), which is what tells an event
// noun ("invasion", "launch", "sale") from a thing ("product", "company").
//
// Loaded once per process from the install path; Shared() fails with a Status naming the package
// when the files are missing. The loaded Lexicon is immutable: thread-safe for any number of
// readers. WordNet's own C library (wordnet-dev) keeps global state and is not thread-safe, so the
// data files are read here directly instead.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_LEXICON_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_LEXICON_H_

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "importers/extract/words/word_table.h"

namespace eg {

enum class WordPos : uint8_t { kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8 };

// WordNet lexicographer files used by extraction (numbers from lexnames(5WN)).
enum class NounClass : uint8_t {
  kOther = 0,
  kAct = 4,
  kArtifact = 6,
  kAttribute = 7,
  kCognition = 9,
  kCommunication = 10,
  kEvent = 11,
  kFeeling = 12,
  kGroup = 14,
  kLocation = 15,
  kPerson = 18,
  kPhenomenon = 19,
  kPossession = 21,
  kProcess = 22,
  kQuantity = 23,
  kRelation = 24,
  kShape = 25,
  kState = 26,
  kTime = 28,
};

// The same numbering for the files of verbs.
enum class VerbClass : uint8_t {
  kOther = 0,
  kBody = 29,
  kChange = 30,
  kCognition = 31,
  kCommunication = 32,
  kCompetition = 33,
  kConsumption = 34,
  kContact = 35,
  kCreation = 36,
  kEmotion = 37,
  kMotion = 38,
  kPerception = 39,
  kPossession = 40,
  kSocial = 41,
  kStative = 42,
  kWeather = 43,
};

// Everything the lexicon says of one word form, every answer at once (Lexicon::FactsOf): for
// callers that keep the answers per form of a text instead of asking for each one.
struct WordFacts {
  // LemmaView of the form per part of speech, in the order noun, verb, adjective, adverb (see
  // Lemma()); views into the lexicon, valid as long as it.
  std::string_view lemma[4];
  NounClass noun_class = NounClass::kOther;  // NounFormClass of the form
  bool organization_noun = false;            // IsOrganizationNounForm of the form
  bool event_noun = false;                   // IsEventNoun of its noun lemma

  // LemmaView(form, pos) and Can(form, pos).
  std::string_view Lemma(WordPos pos) const {
    return lemma[std::countr_zero(static_cast<unsigned>(pos))];
  }
  bool Can(WordPos pos) const { return !Lemma(pos).empty(); }
};

class Lexicon {
 public:
  // The default install path of wordnet-base.
  static constexpr std::string_view kDefaultDir = "/usr/share/wordnet";

  // The process-wide lexicon, loaded from $EG_WORDNET_DIR or kDefaultDir on first use. Fails (every
  // time) when the data is missing or unreadable.
  static Result<const Lexicon*> Shared();
  // Loads a lexicon from `dir` (index.{noun,verb,adj,adv}, data.noun and the .exc files).
  static Result<Lexicon> Load(const std::string& dir);

  // True when the lower-case word form `w` (inflected or not) can be of `pos`.
  bool Can(std::string_view w, WordPos pos) const;
  // The lemma of `w` as `pos` ("held" -> "hold", "talks" -> "talks" since WordNet lists it, "sales"
  // -> "sale"), or empty when `w` is not a form of that part of speech.
  std::string Lemma(std::string_view w, WordPos pos) const { return std::string(LemmaView(w, pos)); }
  // The same without a copy: a view into the lexicon, valid as long as the lexicon.
  std::string_view LemmaView(std::string_view w, WordPos pos) const;
  // The class of the noun lemma's first sense, and whether that sense is an act, event, process
  // or phenomenon.
  NounClass FirstClass(std::string_view noun_lemma) const;
  bool IsEventNoun(std::string_view noun_lemma) const;
  // FirstClass of the noun lemma of the word form `w` (FirstClass(LemmaView(w, kNoun))), kept
  // with the lemma in the per-thread cache, for the recognizers that ask it of every token.
  NounClass NounFormClass(std::string_view w) const;
  // True when the noun lemma's first sense is a kind of organization (WordNet's hypernyms lead to
  // organization.n.01: "company", "firm", "agency", "band"), so that "the company" can stand for a
  // named one.
  bool IsOrganizationNoun(std::string_view noun_lemma) const;
  // IsOrganizationNoun of the noun lemma of the word form `w`, kept like NounFormClass.
  bool IsOrganizationNounForm(std::string_view w) const;
  // A WordNet noun collocation, its words joined by '_' in lower case ("war_chest"): 0 when
  // WordNet lacks it, 1 when its first sense is an act, event, process or phenomenon
  // ("civil_war"), 2 when it is a thing, group, place, person or possession ("war_chest",
  // "court_of_appeals", "war_zone"), 0 for any other class ("press_conference", "cold_war").
  int CompoundNoun(std::string_view collocation) const;
  // False when no noun collocation has `first` as its first word and `last` as its last (both
  // lower case), so that CompoundNoun need not be asked; true may still be a near miss. A check of
  // one bit in a small table, made to turn away most word pairs before a key is built for them.
  bool MayBeCompound(std::string_view first, std::string_view last) const {
    const uint64_t h = CompoundPairHash(first, last);
    return (compound_pairs_[(h >> 6) & (kCompoundPairWords - 1)] >> (h & 63)) & 1;
  }
  // True when the verb lemma names a state, not a happening: its first sense and at least half of
  // its senses are in WordNet's verb.stative ("reside", "cost", "comprise", "survive"), so that
  // "a Finn residing in Sweden" is told from an act. False for lemmas WordNet lacks.
  bool IsStativeVerb(std::string_view verb_lemma) const;
  // True when the verb lemma's first sense, and at least half of its senses, are in the
  // lexicographer file `cls` (IsStativeVerb is this for kStative; kEmotion holds "worry",
  // "alarm", "anger"). False for lemmas WordNet lacks.
  bool IsVerbOfClass(std::string_view verb_lemma, VerbClass cls) const;
  // Number of senses of the lemma as `pos` (0 when absent): a rough frequency.
  int Senses(std::string_view lemma, WordPos pos) const;
  // The answers of LemmaView for every part of speech, of NounFormClass and
  // IsOrganizationNounForm, and IsEventNoun of the noun lemma, for the word form `w`: the same
  // answers as those calls give, from one visit to the per-thread cache.
  WordFacts FactsOf(std::string_view w) const;

 private:
  struct Entry {
    uint8_t pos = 0;  // WordPos bits of the lemma
    uint8_t noun_senses = 0;
    uint8_t verb_senses = 0;
    NounClass first = NounClass::kOther;
    bool eventive = false;
    bool organization = false;
    // The file of the verb lemma's first sense, and whether most of its senses share it.
    VerbClass verb_class = VerbClass::kOther;
    bool verb_class_most = false;
    // Per part of speech (PosIndex order), 1 + the index into exception_lemmas_ of this form's
    // irregular lemma ("held" -> "hold"), or 0.
    uint32_t exception[4] = {0, 0, 0, 0};
  };
  // A lemma that LemmaView gave back is a view of a key of forms_, found without hashing.
  const Entry* Find(std::string_view lemma) const { return forms_.FindStored(lemma); }
  bool IsLemma(std::string_view w, WordPos pos) const;
  // LemmaView without the per-thread cache of answers in front of it.
  std::string_view ComputeLemma(std::string_view w, WordPos pos) const;
  // The first class of the noun lemma of `w` and whether it is an organization noun, from the
  // per-thread cache, computed on first use.
  NounClass NounFacts(std::string_view w, bool* organization) const;
  // The first class of the noun lemma (into `first`) and the per-thread cache's bits of its other
  // facts (lexicon.cc), from one lookup.
  uint8_t NounLemmaFacts(std::string_view noun_lemma, NounClass* first) const;

  // Names this lexicon in the per-thread cache of LemmaView answers (lexicon.cc), whose lemmas are
  // views into the lexicon: a number no lexicon has had before, taken anew by a copy and by the
  // lexicon moved from, so a cached answer is only ever given back by the lexicon it points into.
  class Serial {
   public:
    Serial() : value_(Next()) {}
    Serial(const Serial&) : value_(Next()) {}
    Serial(Serial&& other) noexcept : value_(other.value_) { other.value_ = Next(); }
    Serial& operator=(const Serial&) {
      value_ = Next();
      return *this;
    }
    Serial& operator=(Serial&& other) noexcept {
      value_ = other.value_;
      other.value_ = Next();
      return *this;
    }
    uint64_t value() const { return value_; }

   private:
    static uint64_t Next();
    uint64_t value_;
  };

  // Every lemma and every irregular form, so that one lookup answers both questions.
  WordTable<Entry> forms_;
  // Noun collocations: 1 eventive first sense, 2 any other (see CompoundNoun).
  WordTable<uint8_t> compounds_;
  // One bit per hash of a collocation's (first word, last word) (see MayBeCompound): 2^20 bits,
  // 128 KB, for about 60 000 collocations, so that few absent pairs find their bit set.
  static constexpr size_t kCompoundPairWords = size_t{1} << 14;
  static uint64_t CompoundPairHash(std::string_view first, std::string_view last) {
    return HashWord(first) * 0x9E3779B97F4A7C15ull ^ HashWord(last);
  }
  std::vector<uint64_t> compound_pairs_ = std::vector<uint64_t>(kCompoundPairWords);
  std::vector<std::string> exception_lemmas_;
  Serial serial_;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_LEXICON_H_
