#include "importers/extract/words/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <span>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace eg {
namespace {

int PosIndex(WordPos pos) {
  switch (pos) {
    case WordPos::kNoun:
      return 0;
    case WordPos::kVerb:
      return 1;
    case WordPos::kAdjective:
      return 2;
    case WordPos::kAdverb:
      return 3;
  }
  return 0;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("WordNet file '" + path +
                            "' is missing: install the Debian package wordnet-base");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Calls `fn(line)` for every line of `text` that is not a licence header (those start with spaces).
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line[0] != ' ') fn(line);
    pos = nl + 1;
  }
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t sp = line.find(' ', pos);
    if (sp == std::string_view::npos) sp = line.size();
    if (sp > pos) out.push_back(line.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool EventiveClass(int lexfile) {
  return lexfile == static_cast<int>(NounClass::kAct) ||
         lexfile == static_cast<int>(NounClass::kEvent) ||
         lexfile == static_cast<int>(NounClass::kProcess) ||
         lexfile == static_cast<int>(NounClass::kPhenomenon);
}

// Lexicographer files of concrete things, groups, places, people and possessions (lexnames(5WN):
// noun.animal, artifact, body, food, group, location, object, person, plant, possession,
// substance).
bool ThingClass(int lexfile) {
  switch (lexfile) {
    case 5:
    case 6:
    case 8:
    case 13:
    case 14:
    case 15:
    case 17:
    case 18:
    case 20:
    case 21:
    case 27:
      return true;
    default:
      return false;
  }
}

// WordNet's detachment rules (morph(3WN)): suffix -> replacement, per part of speech.
struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Rule kNounRules[] = {{"s", ""},   {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},  {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

}  // namespace

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;
  // data.noun: the lexicographer file of every synset, keyed by its byte offset.
  EG_ASSIGN_OR_RETURN(std::string data_noun, ReadFile(dir + "/data.noun"));
  std::unordered_map<uint32_t, uint8_t> synset_class;
  synset_class.reserve(90000);
  // And its hypernyms ('@', '@i'), to tell the nouns that name an organization.
  std::unordered_map<uint32_t, std::vector<uint32_t>> hypernyms;
  hypernyms.reserve(90000);
  auto to_offset = [](std::string_view f) {
    return static_cast<uint32_t>(std::strtoul(std::string(f).c_str(), nullptr, 10));
  };
  ForEachLine(data_noun, [&](std::string_view line) {
    if (line.size() < 12) return;
    uint32_t offset = to_offset(line.substr(0, 8));
    int lexfile = std::atoi(std::string(line.substr(9, 2)).c_str());
    synset_class[offset] = static_cast<uint8_t>(lexfile);
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos st]...
    std::vector<std::string_view> fs = Fields(line.substr(0, line.find('|')));
    if (fs.size() < 4) return;
    size_t words = std::strtoul(std::string(fs[3]).c_str(), nullptr, 16);
    size_t p = 4 + 2 * words;
    if (p >= fs.size()) return;
    size_t pointers = std::strtoul(std::string(fs[p]).c_str(), nullptr, 10);
    for (size_t k = 0; k < pointers && p + 4 + 4 * k <= fs.size() - 0; ++k) {
      size_t at = p + 1 + 4 * k;
      if (at + 1 >= fs.size()) break;
      if (fs[at] == "@" || fs[at] == "@i") hypernyms[offset].push_back(to_offset(fs[at + 1]));
    }
  });
  // data.verb: the lexicographer file of each synset, to tell the verbs of states ("reside") and
  // of feelings ("worry") from those of acts.
  EG_ASSIGN_OR_RETURN(std::string data_verb, ReadFile(dir + "/data.verb"));
  std::unordered_map<uint32_t, uint8_t> verb_synset_class;
  verb_synset_class.reserve(14000);
  ForEachLine(data_verb, [&](std::string_view line) {
    if (line.size() < 12 || line[0] == ' ') return;
    verb_synset_class[to_offset(line.substr(0, 8))] =
        static_cast<uint8_t>(std::atoi(std::string(line.substr(9, 2)).c_str()));
  });
  std::vector<std::pair<std::string, uint32_t>> first_senses;
  struct IndexFile {
    const char* name;
    WordPos pos;
  };
  for (IndexFile f : {IndexFile{"index.noun", WordPos::kNoun}, IndexFile{"index.verb", WordPos::kVerb},
                      IndexFile{"index.adj", WordPos::kAdjective}, IndexFile{"index.adv", WordPos::kAdverb}}) {
    EG_ASSIGN_OR_RETURN(std::string text, ReadFile(dir + "/" + f.name));
    ForEachLine(text, [&](std::string_view line) {
      std::vector<std::string_view> fs = Fields(line);
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      if (fs.size() < 6) return;
      if (fs[0].find('_') != std::string_view::npos) {
        // A noun collocation ("war_chest", "court_of_appeals"): only whether its first sense is
        // a happening or a concrete thing is kept, to tell a compound naming a thing from one
        // naming an event. States and communications ("cold_war", "press_conference") are
        // neither: they are often reported as happenings.
        if (f.pos != WordPos::kNoun) return;
        int synsets = std::atoi(std::string(fs[2]).c_str());
        if (synsets < 1 || static_cast<int>(fs.size()) < synsets) return;
        uint32_t off = static_cast<uint32_t>(std::strtoul(
            std::string(fs[fs.size() - static_cast<size_t>(synsets)]).c_str(), nullptr, 10));
        auto it = synset_class.find(off);
        if (it == synset_class.end()) return;
        if (EventiveClass(it->second)) {
          lex.compounds_[fs[0]] = 1;
        } else if (ThingClass(it->second)) {
          lex.compounds_[fs[0]] = 2;
        } else {
          return;
        }
        const std::string_view words = fs[0];
        const uint64_t h =
            CompoundPairHash(words.substr(0, words.find('_')), words.substr(words.rfind('_') + 1));
        lex.compound_pairs_[(h >> 6) & (kCompoundPairWords - 1)] |= uint64_t{1} << (h & 63);
        return;
      }
      Entry& e = lex.forms_[fs[0]];
      e.pos |= static_cast<uint8_t>(f.pos);
      int synsets = std::atoi(std::string(fs[2]).c_str());
      if (f.pos == WordPos::kVerb) {
        e.verb_senses = static_cast<uint8_t>(std::min(synsets, 255));
        if (synsets < 1 || static_cast<int>(fs.size()) < synsets) return;
        const size_t first_offset = fs.size() - static_cast<size_t>(synsets);
        // The first sense's file, and whether at least half of the senses share it.
        int first_class = -1;
        int same = 0;
        for (int k = 0; k < synsets; ++k) {
          auto it = verb_synset_class.find(static_cast<uint32_t>(std::strtoul(
              std::string(fs[first_offset + static_cast<size_t>(k)]).c_str(), nullptr, 10)));
          const int cls = it == verb_synset_class.end() ? -1 : it->second;
          if (k == 0) first_class = cls;
          same += (cls >= 0 && cls == first_class) ? 1 : 0;
        }
        if (first_class >= 0) {
          e.verb_class = static_cast<VerbClass>(first_class);
          e.verb_class_most = 2 * same >= synsets;
        }
      }
      if (f.pos != WordPos::kNoun) return;
      e.noun_senses = static_cast<uint8_t>(std::min(synsets, 255));
      if (static_cast<int>(fs.size()) < synsets) return;
      size_t first_offset = fs.size() - static_cast<size_t>(synsets);
      for (int k = 0; k < synsets && k < 1; ++k) {
        uint32_t off = static_cast<uint32_t>(
            std::strtoul(std::string(fs[first_offset + static_cast<size_t>(k)]).c_str(), nullptr, 10));
        auto it = synset_class.find(off);
        if (it == synset_class.end()) continue;
        if (k == 0) {
          e.first = static_cast<NounClass>(it->second);
          first_senses.emplace_back(std::string(fs[0]), off);
        }
        // The first sense decides: "service", "market" and "design" have act senses further
        // down, but in news they are mostly things.
        if (k == 0 && EventiveClass(it->second)) e.eventive = true;
      }
    });
  }
  // Nouns whose first sense descends from organization.n.01 ("company", "firm", "band"): the
  // nouns that can stand for a named organization ("the company").
  uint32_t organization = 0;
  for (const auto& [lemma, off] : first_senses) {
    if (lemma == "organization") organization = off;
  }
  std::unordered_map<uint32_t, bool> descends;
  std::function<bool(uint32_t, int)> is_organization = [&](uint32_t off, int depth) -> bool {
    if (off == organization) return true;
    if (depth > 16) return false;
    if (auto it = descends.find(off); it != descends.end()) return it->second;
    bool yes = false;
    if (auto h = hypernyms.find(off); h != hypernyms.end()) {
      for (uint32_t up : h->second) yes = yes || is_organization(up, depth + 1);
    }
    descends[off] = yes;
    return yes;
  };
  if (organization != 0) {
    for (const auto& [lemma, off] : first_senses) {
      if (is_organization(off, 0)) lex.forms_[lemma].organization = true;
    }
  }
  struct ExcFile {
    const char* name;
    WordPos pos;
  };
  for (ExcFile f : {ExcFile{"noun.exc", WordPos::kNoun}, ExcFile{"verb.exc", WordPos::kVerb},
                    ExcFile{"adj.exc", WordPos::kAdjective}, ExcFile{"adv.exc", WordPos::kAdverb}}) {
    EG_ASSIGN_OR_RETURN(std::string text, ReadFile(dir + "/" + f.name));
    int index = PosIndex(f.pos);
    ForEachLine(text, [&](std::string_view line) {
      std::vector<std::string_view> fs = Fields(line);
      if (fs.size() < 2) return;
      Entry& e = lex.forms_[fs[0]];
      if (e.exception[index] != 0) return;  // the first listed lemma wins
      lex.exception_lemmas_.emplace_back(fs[1]);
      e.exception[index] = static_cast<uint32_t>(lex.exception_lemmas_.size());
    });
  }
  if (lex.forms_.size() < 1000) {
    return Status::Internal("WordNet data in '" + dir + "' looks truncated");
  }
  // Most lookups made to compute a lemma are for candidates the table lacks (the stems of suffix
  // rules that do not apply: "talk" as an adjective, "news" less its "s"), and each was a cache
  // miss in a table of tens of MB; a filter of 2^21 bits (256 KiB, 14 bits per form), which stays
  // in the core's cache, answers most of them.
  lex.forms_.AddFilter(21);
  return lex;
}

Result<const Lexicon*> Lexicon::Shared() {
  static const Result<const Lexicon*> kShared = []() -> Result<const Lexicon*> {
    const char* env = std::getenv("EG_WORDNET_DIR");
    std::string dir = env != nullptr && *env != '\0' ? env : std::string(kDefaultDir);
    Result<Lexicon> lex = Load(dir);
    if (!lex.ok()) return lex.status();
    return new Lexicon(std::move(*lex));
  }();
  return kShared;
}

bool Lexicon::IsLemma(std::string_view w, WordPos pos) const {
  const Entry* e = Find(w);
  return e != nullptr && (e->pos & static_cast<uint8_t>(pos)) != 0;
}

uint64_t Lexicon::Serial::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

namespace {

// The remembered LemmaView answers for one word form, for every part of speech asked so far. The
// same few thousand word forms make up most of any news text (about 12,000 distinct forms in the
// 150 Guardian articles, asked as 32,000 (form, part of speech) pairs), and an answer costs up to
// four probes of a table of 150,000 forms, where this is one hash and a comparison or two in a
// table that stays in the cache. One cache line per form.
struct alignas(64) CachedWord {
  const char* lemma[4] = {};  // per part of speech (PosIndex order), when `known` says so
  uint8_t lemma_size[4] = {};
  uint8_t size = 0;
  // Bit PosIndex(pos): lemma[pos] holds the answer; kNounFactsKnown: noun_class and the
  // kOrganizationNoun and kEventNoun bits hold the facts of the noun lemma.
  uint8_t known = 0;
  NounClass noun_class = NounClass::kOther;  // FirstClass of the noun lemma
  char word[25] = {};
};
static_assert(sizeof(CachedWord) == 64);
constexpr uint8_t kNounFactsKnown = 1u << 4;
constexpr uint8_t kOrganizationNoun = 1u << 5;
constexpr uint8_t kEventNoun = 1u << 6;  // with kNounFactsKnown: IsEventNoun of the noun lemma
constexpr WordPos kPosOrder[4] = {WordPos::kNoun, WordPos::kVerb, WordPos::kAdjective,
                                  WordPos::kAdverb};  // PosIndex order
constexpr size_t kCachedWordMax = sizeof(CachedWord::word);
// Two ways per set, the one used less lately replaced: direct mapping lost a third of the
// answers to words that share a slot. 2 MiB: with 1 MiB, many sets of a news vocabulary (about
// 12,000 forms in the Guardian set) held three words or more, and each form evicted had all four
// parts of speech computed again for its next document (Lexicon::FactsOf).
constexpr size_t kLemmaCacheSets = 16384;  // a power of two; 2 MiB per thread

struct LemmaCache {
  uint64_t lexicon = 0;  // Serial of the lexicon the answers belong to (0: none yet)
  // Per way of each set, 32 bits of the hash of the word it holds, never 0; 0 for an empty way.
  // A lookup reads these (128 KiB, which stay in the core's cache) and touches the line of a way
  // only when its tag agrees: the slots (2 MiB) are mostly out of the cache, and reading both
  // ways' lines to compare their words was most of the time of a lookup.
  uint32_t tags[2 * kLemmaCacheSets] = {};
  uint8_t recent[kLemmaCacheSets] = {};  // per set, the way used last
  CachedWord slots[2 * kLemmaCacheSets];
};

// The slot of the word form `w` (1 to kCachedWordMax bytes) in this thread's cache of answers
// of the lexicon numbered `lexicon`: the slot it had, or one emptied for it (nothing known).
CachedWord& CacheSlot(std::string_view w, uint64_t lexicon) {
  // Per thread, so that lookups need no lock.
  thread_local LemmaCache cache;
  if (cache.lexicon != lexicon) {
    // Answers point into the lexicon that gave them: another lexicon starts afresh.
    cache.lexicon = lexicon;
    std::memset(cache.tags, 0, sizeof cache.tags);
  }
  // A set index needs no full hash: the word's first and last eight bytes (at most 16 of its
  // bytes; the word itself is compared) and its length, mixed by one multiplication.
  const size_t head = w.size() < 8 ? w.size() : 8;
  uint64_t h = TailBytes(w.data(), head) ^ (static_cast<uint64_t>(w.size()) << 56);
  if (w.size() > 8) h ^= TailBytes(w.data() + w.size() - 8, 8) * 0xff51afd7ed558ccdull;
  h *= 0x9E3779B97F4A7C15ull;
  const size_t set = (h >> 40) & (kLemmaCacheSets - 1);
  // Bits apart from the set index's, so that words of one set mostly differ in their tags.
  const uint32_t tag = static_cast<uint32_t>(h >> 8) | 1u;
  uint32_t* tags = &cache.tags[2 * set];
  CachedWord* ways = &cache.slots[2 * set];
  for (uint8_t way = 0; way < 2; ++way) {
    if (tags[way] != tag) continue;
    CachedWord& s = ways[way];
    if (s.size == w.size() && SameWord(s.word, w.data(), w.size())) {
      cache.recent[set] = way;
      return s;
    }
  }
  const auto way = static_cast<uint8_t>(cache.recent[set] ^ 1u);  // the way used less lately
  cache.recent[set] = way;
  tags[way] = tag;
  CachedWord& s = ways[way];
  s.size = static_cast<uint8_t>(w.size());
  s.known = 0;
  std::memcpy(s.word, w.data(), w.size());
  return s;
}

}  // namespace

std::string_view Lexicon::LemmaView(std::string_view w, WordPos pos) const {
  if (w.empty()) return {};
  if (w.size() > kCachedWordMax) return ComputeLemma(w, pos);
  CachedWord& slot = CacheSlot(w, serial_.value());
  const int index = PosIndex(pos);
  const auto bit = static_cast<uint8_t>(1u << index);
  if ((slot.known & bit) != 0) return std::string_view(slot.lemma[index], slot.lemma_size[index]);
  const std::string_view lemma = ComputeLemma(w, pos);
  if (lemma.size() <= UINT8_MAX) {
    slot.lemma[index] = lemma.data();
    slot.lemma_size[index] = static_cast<uint8_t>(lemma.size());
    slot.known |= bit;
  }
  return lemma;
}

NounClass Lexicon::NounFacts(std::string_view w, bool* organization) const {
  if (w.empty() || w.size() > kCachedWordMax) {
    const std::string_view lemma = LemmaView(w, WordPos::kNoun);
    *organization = IsOrganizationNoun(lemma);
    return FirstClass(lemma);
  }
  CachedWord& slot = CacheSlot(w, serial_.value());
  if ((slot.known & kNounFactsKnown) == 0) {
    const int index = PosIndex(WordPos::kNoun);
    const auto bit = static_cast<uint8_t>(1u << index);
    std::string_view lemma;
    if ((slot.known & bit) != 0) {
      lemma = std::string_view(slot.lemma[index], slot.lemma_size[index]);
    } else {
      lemma = ComputeLemma(w, WordPos::kNoun);
      if (lemma.size() <= UINT8_MAX) {
        slot.lemma[index] = lemma.data();
        slot.lemma_size[index] = static_cast<uint8_t>(lemma.size());
        slot.known |= bit;
      }
    }
    slot.known |= NounLemmaFacts(lemma, &slot.noun_class);
  }
  *organization = (slot.known & kOrganizationNoun) != 0;
  return slot.noun_class;
}

uint8_t Lexicon::NounLemmaFacts(std::string_view noun_lemma, NounClass* first) const {
  // FirstClass, IsOrganizationNoun and IsEventNoun of the lemma, from one lookup, as the bits the
  // per-thread cache keeps.
  const Entry* e = Find(noun_lemma);
  *first = e == nullptr ? NounClass::kOther : e->first;
  uint8_t bits = kNounFactsKnown;
  if (e != nullptr && e->organization) bits |= kOrganizationNoun;
  if (e != nullptr && e->eventive) bits |= kEventNoun;
  return bits;
}

WordFacts Lexicon::FactsOf(std::string_view w) const {
  WordFacts f;
  if (w.empty() || w.size() > kCachedWordMax) {
    for (int index = 0; index < 4; ++index) f.lemma[index] = LemmaView(w, kPosOrder[index]);
    f.noun_class = NounFacts(w, &f.organization_noun);
    f.event_noun = IsEventNoun(f.lemma[0]);
    return f;
  }
  CachedWord& slot = CacheSlot(w, serial_.value());
  for (int index = 0; index < 4; ++index) {
    const auto bit = static_cast<uint8_t>(1u << index);
    if ((slot.known & bit) != 0) {
      f.lemma[index] = std::string_view(slot.lemma[index], slot.lemma_size[index]);
      continue;
    }
    f.lemma[index] = ComputeLemma(w, kPosOrder[index]);
    if (f.lemma[index].size() <= UINT8_MAX) {
      slot.lemma[index] = f.lemma[index].data();
      slot.lemma_size[index] = static_cast<uint8_t>(f.lemma[index].size());
      slot.known |= bit;
    }
  }
  if ((slot.known & kNounFactsKnown) == 0) {
    slot.known |= NounLemmaFacts(f.lemma[0], &slot.noun_class);
  }
  f.noun_class = slot.noun_class;
  f.organization_noun = (slot.known & kOrganizationNoun) != 0;
  f.event_noun = (slot.known & kEventNoun) != 0;
  return f;
}

NounClass Lexicon::NounFormClass(std::string_view w) const {
  bool organization = false;
  return NounFacts(w, &organization);
}

bool Lexicon::IsOrganizationNounForm(std::string_view w) const {
  bool organization = false;
  NounFacts(w, &organization);
  return organization;
}

std::string_view Lexicon::ComputeLemma(std::string_view w, WordPos pos) const {
  std::string_view stored;
  if (const Entry* e = forms_.Find(w, &stored)) {
    if (uint32_t x = e->exception[PosIndex(pos)]; x != 0) {
      // The lemma's own key when it has one ("held" -> "hold"), so that the questions asked of
      // the lemma next (FirstClass, Senses, ...) find it without hashing.
      const std::string_view lemma = exception_lemmas_[x - 1];
      std::string_view key;
      return forms_.Find(lemma, &key) != nullptr ? key : lemma;
    }
    if ((e->pos & static_cast<uint8_t>(pos)) != 0) return stored;
  }
  std::span<const Rule> rules;
  if (pos == WordPos::kNoun) rules = kNounRules;
  if (pos == WordPos::kVerb) rules = kVerbRules;
  if (pos == WordPos::kAdjective) rules = kAdjRules;
  // Candidates are built in a buffer on the stack: this runs for most tokens, several times.
  char buffer[64];
  if (w.size() + 4 > sizeof buffer) return {};
  auto lookup = [&](std::string_view cand) -> std::string_view {
    std::string_view key;
    const Entry* e = forms_.Find(cand, &key);
    return e != nullptr && (e->pos & static_cast<uint8_t>(pos)) != 0 ? key : std::string_view();
  };
  for (const Rule& r : rules) {
    if (w.size() <= r.suffix.size() + 1 ||
        !SameWord(w.data() + w.size() - r.suffix.size(), r.suffix.data(), r.suffix.size())) {
      continue;
    }
    size_t stem = w.size() - r.suffix.size();
    std::memcpy(buffer, w.data(), stem);
    std::memcpy(buffer + stem, r.ending.data(), r.ending.size());
    if (auto hit = lookup(std::string_view(buffer, stem + r.ending.size())); !hit.empty()) {
      return hit;
    }
    // "stopped", "planning": a doubled final consonant (not in WordNet's rules, which list these
    // forms as exceptions only partly).
    if (r.ending.empty() && stem >= 3 && buffer[stem - 1] == buffer[stem - 2]) {
      if (auto hit = lookup(std::string_view(buffer, stem - 1)); !hit.empty()) return hit;
    }
  }
  return {};
}

bool Lexicon::Can(std::string_view w, WordPos pos) const { return !LemmaView(w, pos).empty(); }

NounClass Lexicon::FirstClass(std::string_view noun_lemma) const {
  const Entry* e = Find(noun_lemma);
  return e == nullptr ? NounClass::kOther : e->first;
}

bool Lexicon::IsOrganizationNoun(std::string_view noun_lemma) const {
  const Entry* e = Find(noun_lemma);
  return e != nullptr && e->organization;
}

int Lexicon::CompoundNoun(std::string_view collocation) const {
  const uint8_t* kind = compounds_.Find(collocation);
  return kind == nullptr ? 0 : *kind;
}

bool Lexicon::IsEventNoun(std::string_view noun_lemma) const {
  const Entry* e = Find(noun_lemma);
  return e != nullptr && e->eventive;
}

bool Lexicon::IsVerbOfClass(std::string_view verb_lemma, VerbClass cls) const {
  const Entry* e = Find(verb_lemma);
  return e != nullptr && e->verb_class == cls && e->verb_class_most;
}

bool Lexicon::IsStativeVerb(std::string_view verb_lemma) const {
  return IsVerbOfClass(verb_lemma, VerbClass::kStative);
}

int Lexicon::Senses(std::string_view lemma, WordPos pos) const {
  const Entry* e = Find(lemma);
  if (e == nullptr) return 0;
  if (pos == WordPos::kNoun) return e->noun_senses;
  if (pos == WordPos::kVerb) return e->verb_senses;
  return (e->pos & static_cast<uint8_t>(pos)) != 0 ? 1 : 0;
}

}  // namespace eg
