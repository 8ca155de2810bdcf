#include "importers/extract/entities/entities.h"

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <string>

#include "importers/extract/entities/gazetteer.h"
#include "importers/extract/entities/geo.h"
#include "importers/extract/words/lexicon.h"
#include "importers/extract/words/word_table.h"

namespace eg {
namespace {

// Whether `s` is the literal `lit`: the length decides first and the bytes compare inline
// (SameWord). Comparing a view or a string with a C string was an out-of-line call, a strlen and
// a memcmp, in walks that ask it of most tokens.
template <size_t N>
[[gnu::always_inline]] inline bool Eq(std::string_view s, const char (&lit)[N]) {
  return s.size() == N - 1 && SameWord(s.data(), lit, N - 1);
}

// Whether `a` and `b` are the same bytes, inline as Eq().
[[gnu::always_inline]] inline bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameWord(a.data(), b.data(), a.size());
}

// What a gazetteer phrase or a rule resolves to.
struct Target {
  EntityKind kind = EntityKind::kPerson;
  std::string id;
  std::string name;
  std::string country;
  std::optional<double> lat;
  std::optional<double> lon;
  bool capital = false;  // a capital city, a candidate for metonymy
};

// The location entity a gazetteer city stands for, with its coordinates.
Target CityTarget(const City& city) {
  Target t;
  t.kind = EntityKind::kLocation;
  t.name = city.name;
  t.country = city.country;
  t.lat = city.lat;
  t.lon = city.lon;
  t.id = MakeEntityId(EntityKind::kLocation, t.name, t.country);
  return t;
}

// The location entity a place of our own table stands for.
Target PlaceTarget(const PlaceEntry& p) {
  Target t;
  t.kind = EntityKind::kLocation;
  t.name = std::string(p.name);
  t.country = std::string(p.country);
  t.lat = p.lat;
  t.lon = p.lon;
  t.capital = p.capital;
  t.id = MakeEntityId(EntityKind::kLocation, p.name, p.country);
  return t;
}

struct Phrase {
  std::vector<std::string> words;  // lower-case token texts
  bool exact_case = false;         // acronyms match only as written ("US", never "us")
  std::vector<std::string> exact;  // the token texts as written, for exact_case
  MentionForm form = MentionForm::kName;
  Target target;
};

std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    size_t bar = list.find('|');
    std::string_view item = list.substr(0, bar);
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return out;
}

Target CountryTarget(const CountryEntry& c) {
  Target t;
  t.kind = EntityKind::kCountry;
  t.name = std::string(c.name);
  t.country = std::string(c.code);
  t.id = MakeEntityId(EntityKind::kCountry, c.name, c.code);
  return t;
}

const CountryEntry* FindCountry(std::string_view code) {
  for (const CountryEntry& c : Countries()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

// The gazetteer as phrases indexed by their first lower-case word, longest first.
class PhraseIndex {
 public:
  PhraseIndex() {
    for (const CountryEntry& c : Countries()) {
      Target t = CountryTarget(c);
      Add(c.name, MentionForm::kName, t);
      for (auto a : SplitList(c.aliases)) Add(a, MentionForm::kName, t);
      for (auto d : SplitList(c.demonyms)) Add(d, MentionForm::kDemonym, t);
    }
    // Every other ISO 3166 country from iso-codes, under its short, common and official names;
    // our table's canonical names and demonyms stay first (phrases are matched longest first, and
    // among equal lengths the first added wins).
    if (Result<const GeoData*> geo = GeoData::Shared(); geo.ok()) {
      for (const IsoCountry& c : (*geo)->countries()) {
        const CountryEntry* ours = FindCountry(c.code);
        Target t;
        t.kind = EntityKind::kCountry;
        t.country = c.code;
        t.name = ours != nullptr ? std::string(ours->name) : c.name;
        t.id = MakeEntityId(EntityKind::kCountry, t.name, c.code);
        for (const std::string& n : c.names) Add(n, MentionForm::kName, t);
      }
    }
    for (const PlaceEntry& p : Places()) {
      const Target t = PlaceTarget(p);
      Add(p.name, MentionForm::kName, t);
      for (auto a : SplitList(p.aliases)) Add(a, MentionForm::kName, t);
      for (auto d : SplitList(p.demonyms)) Add(d, MentionForm::kDemonym, t);
    }
    for (const OrganizationEntry& o : Organizations()) {
      Target t;
      t.kind = EntityKind::kOrganization;
      t.name = std::string(o.name);
      t.country = std::string(o.country);
      t.id = MakeEntityId(EntityKind::kOrganization, o.name);
      Add(o.name, MentionForm::kName, t);
      for (auto a : SplitList(o.aliases)) Add(a, MentionForm::kName, t);
      for (auto d : SplitList(o.descriptions)) descriptions_.Insert(d, t);
    }
    by_first_.ForEach([](std::string_view, std::vector<Phrase>& list) {
      std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
        return a.words.size() > b.words.size();
      });
    });
  }

  // The longest phrase starting at token `i` of `tokens` (within [i, end)), or nullptr.
  [[gnu::always_inline]] const Phrase* Match(const std::vector<Token>& tokens, size_t i,
                                             size_t end) const {
    // Only a phrase matched as written can start at a word without a capital, and only when
    // its own first token has none: most words are turned away without a lookup, and inline,
    // since the recognizers ask at every token and the call cost more than the test.
    if (!tokens[i].capitalized && !uncapitalized_exact_) return nullptr;
    return MatchFrom(tokens, i, end);
  }

 private:
  // Match() past its first test.
  [[gnu::noinline]] const Phrase* MatchFrom(const std::vector<Token>& tokens, size_t i,
                                            size_t end) const {
    const std::vector<Phrase>* list = by_first_.Find(tokens[i].lower);
    if (list == nullptr) return nullptr;
    for (const Phrase& p : *list) {
      if (i + p.words.size() > end) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k) {
        const Token& t = tokens[i + k];
        ok = p.exact_case ? t.text == p.exact[k] : t.lower == p.words[k];
      }
      // Names are written capitalized; "turkey" the bird and "us" the pronoun are not countries.
      if (ok && !p.exact_case && !tokens[i].capitalized) ok = false;
      if (ok) return &p;
    }
    return nullptr;
  }

 public:
  // The organization that a definite description ("bloc") refers to, or nullptr.
  const Target* Description(std::string_view lower) const {
    return descriptions_.Find(lower);
  }

 private:
  void Add(std::string_view name, MentionForm form, const Target& target) {
    std::vector<Token> toks = TokenizeText(name);
    if (toks.empty()) return;
    Phrase p;
    p.form = form;
    p.target = target;
    bool upper = true;
    for (const Token& t : toks) {
      p.words.push_back(t.lower);
      p.exact.emplace_back(t.text);
      if (t.is_word && !t.all_caps) upper = false;
    }
    p.exact_case = upper;
    if (p.exact_case && !toks[0].capitalized) uncapitalized_exact_ = true;
    auto& list = by_first_[p.words[0]];
    for (const Phrase& q : list) {
      if (q.words == p.words) return;  // the first table to name it wins
    }
    list.push_back(std::move(p));
  }

  WordTable<std::vector<Phrase>> by_first_;
  WordTable<Target> descriptions_;
  // Some phrase matched as written starts with a token without a capital (see Match()).
  bool uncapitalized_exact_ = false;
};

[[gnu::always_inline]] inline const PhraseIndex& SharedIndex() {
  static const PhraseIndex* const kIndex = new PhraseIndex();
  return *kIndex;
}

bool IsCalendarWord(std::string_view lower) {
  static const WordSet kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "today", "yesterday", "tomorrow"};
  return kWords.Contains(lower);
}

bool IsLocativePreposition(std::string_view lower) {
  static const WordSet kWords = {
      "in", "at", "near", "to", "from", "into", "outside", "across", "around", "toward",
      "towards", "via", "of", "inside", "through", "throughout", "within", "visit", "visited",
      "visiting", "visits", "-"};
  return kWords.Contains(lower);
}

// How much a name no table knows looks like an East Slavic place name by its ending: 2 for
// endings that are hardly anything else ("Lysychansk", "Olenivka", "Melitopol", "Bilohorod"), 1
// for endings that also end other names ("Mykolaiv", "Trostianets"), 0 for none. ("-sky" and
// "-ska" are surnames' endings, not these.)
int ToponymEnding(std::string_view lower) {
  static constexpr std::string_view kStrong[] = {"sk",   "ivka",  "ovka",  "opil",
                                                 "opol", "ohrad", "horod", "grad"};
  static constexpr std::string_view kWeak[] = {"iv", "yiv", "ets", "ychy", "ske", "ne", "na"};
  if (lower.size() < 5) return 0;
  for (std::string_view e : kStrong) {
    if (lower.ends_with(e)) return 2;
  }
  for (std::string_view e : kWeak) {
    if (lower.ends_with(e)) return 1;
  }
  return 0;
}

bool IsPreposition(std::string_view lower) {
  static const WordSet kWords = {
      "about", "after", "against", "among", "at", "before", "between", "by", "during", "for",
      "from", "in", "into", "near", "of", "on", "over", "through", "to", "under", "with"};
  return kWords.Contains(lower);
}

bool IsActingPreposition(std::string_view lower) {
  static const WordSet kWords = {"with", "between", "against", "by", "and"};
  return kWords.Contains(lower);
}

// A set of country codes. ISO 3166 alpha-2 codes (two capitals) are one bit each, so the city
// choice can ask about every city of a name without string comparisons; any other string is
// kept in a list, so the set behaves as a set of strings.
class CountrySet {
 public:
  void Insert(std::string_view code) {
    if (int bit = Bit(code); bit >= 0) {
      bits_[static_cast<size_t>(bit) / 64] |= uint64_t{1} << (bit % 64);
    } else if (!Contains(code)) {
      others_.emplace_back(code);
    }
  }
  bool Contains(std::string_view code) const {
    if (int bit = Bit(code); bit >= 0) {
      return (bits_[static_cast<size_t>(bit) / 64] >> (bit % 64)) & 1;
    }
    return std::find(others_.begin(), others_.end(), code) != others_.end();
  }

 private:
  static int Bit(std::string_view code) {
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') {
      return -1;
    }
    return (code[0] - 'A') * 26 + (code[1] - 'A');
  }
  uint64_t bits_[(26 * 26 + 63) / 64] = {};
  std::vector<std::string> others_;
};

struct Pending {
  Target target;
  size_t first = 0;
  size_t last = 0;
  MentionForm form = MentionForm::kName;
  std::optional<std::pair<size_t, size_t>> apposition;
  std::optional<std::pair<size_t, size_t>> title_prefix;
  std::vector<std::string> titles;
};

class Recognizer {
 public:
  explicit Recognizer(const Document& doc)
      : doc_(doc),
        toks_(doc.tokens),
        taken_(doc.tokens.size(), false),
        name_word_(doc.tokens.size(), 0),
        title_word_(doc.tokens.size(), -1),
        place_word_form_(doc.words, kRoleUnknown) {
    Result<const Lexicon*> lex = Lexicon::Shared();
    lex_ = lex.ok() ? *lex : nullptr;
    for (size_t i = 0; i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      name_word_[i] =
          t.is_word && t.capitalized && !IsFunctionWord(t.lower) && !IsCalendarWord(t.lower);
    }
  }

  EntityAnalysis Run() {
    // Room for a mention per six tokens from the start: each time the vector grows it moves every
    // mention made so far (a target of several strings each).
    pending_.reserve(toks_.size() / 6 + 16);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) MediaNames(s);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) GazetteerNames(s);
    CollectCountries();
    for (size_t s = 0; s < doc_.sentences.size(); ++s) Cities(s);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) NamedPlaces(s);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!doc_.heading[s]) People(s);
    }
    // Short forms of the people found first ("Witkoff's" is Steve Witkoff, not an unknown name),
    // then names no table knows, then the short forms of those.
    ShortForms();
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!doc_.heading[s]) UnknownNames(s);
    }
    ShortForms();
    Descriptions();
    OrganizationRecurrences();
    Anaphora();
    return Build();
  }

 private:
  size_t SentenceEnd(size_t i) const { return doc_.end_token[toks_[i].sentence]; }

  // The lexicon's answers for token `i`'s form: lex_->LemmaView, Can, NounFormClass and
  // IsOrganizationNounForm of toks_[i].lower, read from the document's facts when it has them
  // (they are asked of most forms, by several recognizers). Only with a lexicon (lex_ set).
  std::string_view LemmaAt(size_t i, WordPos pos) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[i].word].Lemma(pos);
    return lex_->LemmaView(toks_[i].lower, pos);
  }
  bool CanAt(size_t i, WordPos pos) const { return !LemmaAt(i, pos).empty(); }
  NounClass NounClassAt(size_t i) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[i].word].noun_class;
    return lex_->NounFormClass(toks_[i].lower);
  }
  bool OrganizationNounAt(size_t i) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[i].word].organization_noun;
    return lex_->IsOrganizationNounForm(toks_[i].lower);
  }
  size_t SentenceBegin(size_t i) const { return doc_.first_token[toks_[i].sentence]; }

  void Take(Pending p) {
    for (size_t k = p.first; k < p.last; ++k) taken_[k] = true;
    pending_.push_back(std::move(p));
  }

  bool Free(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (taken_[k]) return false;
    }
    return true;
  }

  std::string TextOf(size_t first, size_t last) const {
    return std::string(doc_.text.substr(toks_[first].span.begin,
                                        toks_[last - 1].span.end - toks_[first].span.begin));
  }

  // A capitalized word that can be part of a proper name (computed once per token: every
  // recognizer walks the runs of these).
  [[gnu::always_inline]] bool NameWord(size_t i) const { return name_word_[i] != 0; }

  // The maximal run of free name words starting at `i`, stopping before `end`.
  size_t RunEnd(size_t i, size_t end) const {
    size_t j = i;
    while (j < end && !taken_[j] && NameWord(j)) ++j;
    return j;
  }

  // "the newspaper Yeni Şafak", "Russia Today news network": names beside a media noun are outlets,
  // which keeps a country name inside an outlet's name from becoming a country.
  void MediaNames(size_t s) {
    size_t begin = doc_.first_token[s];
    size_t end = doc_.end_token[s];
    for (size_t i = begin; i < end; ++i) {
      if (!IsMediaNoun(toks_[i].lower)) continue;
      if (i + 1 < end && SharedIndex().Match(toks_, i + 1, end) == nullptr) {
        size_t e = RunEnd(i + 1, end);
        if (e > i + 1) AddOutlet(i + 1, e);
      }
      size_t left_end = i;
      if (left_end > begin && toks_[left_end - 1].lower == "news") --left_end;
      size_t b = left_end;
      while (b > begin && !taken_[b - 1] && NameWord(b - 1)) --b;
      if (left_end - b >= 2) {
        const Phrase* p = SharedIndex().Match(toks_, b, left_end);
        bool whole_known = p != nullptr && b + p->words.size() == left_end;
        if (!whole_known || p->target.kind == EntityKind::kOrganization) {
          if (whole_known) {
            Take({p->target, b, left_end, MentionForm::kName, {}, {}, {}});
          } else {
            AddOutlet(b, left_end);
          }
        }
      }
    }
  }

  void AddOutlet(size_t first, size_t last) {
    Target t;
    t.kind = EntityKind::kOrganization;
    t.name = TextOf(first, last);
    t.id = MakeEntityId(EntityKind::kOrganization, t.name);
    Take({t, first, last, MentionForm::kName, {}, {}, {}});
  }

  void GazetteerNames(size_t s) {
    size_t end = doc_.end_token[s];
    for (size_t i = doc_.first_token[s]; i < end; ++i) {
      if (taken_[i]) continue;
      const Phrase* p = SharedIndex().Match(toks_, i, end);
      if (p == nullptr || !Free(i, i + p->words.size())) continue;
      size_t last = i + p->words.size();
      // "US$ 299": a currency, not the country.
      if (last < end && Eq(toks_[last].text, "$") &&
          toks_[last].span.begin == toks_[last - 1].span.end) {
        continue;
      }
      Pending m{p->target, i, last, p->form, {}, {}, {}};
      if (p->target.capital && p->form == MentionForm::kName && ActsAsCountry(i, last)) {
        if (const CountryEntry* c = FindCountry(p->target.country)) {
          m.target = CountryTarget(*c);
          m.form = MentionForm::kMetonym;
        }
      }
      Take(std::move(m));
      i = last - 1;
    }
  }

  // The countries the document names, directly or through a place: the context that decides
  // between cities of the same name ("Paris" in an article about Texas).
  void CollectCountries() {
    for (const Pending& p : pending_) {
      if (!p.target.country.empty()) doc_countries_.Insert(p.target.country);
    }
  }

  // Cities from libgeonames, for capitalized names our tables do not know. A name is taken as a
  // city when the context says it is a place (a locative preposition before it, or ", <country>"
  // after it), or when it is large (a million people, or 100,000 in a country the document names)
  // and not an English word. Among cities of one name, one in a country the document names wins,
  // then the most populous.
  void Cities(size_t s) {
    Result<const GeoData*> geo_or = GeoData::Shared();
    if (!geo_or.ok()) return;
    const GeoData& geo = **geo_or;
    size_t begin = doc_.first_token[s];
    size_t end = doc_.end_token[s];
    std::string key;  // one buffer for every candidate name
    for (size_t i = begin; i < end; ++i) {
      if (taken_[i] || !NameWord(i)) continue;
      size_t run_end = RunEnd(i, end);
      bool matched = false;
      for (size_t len = std::min(geo.max_city_words(), run_end - i); len >= 1 && !matched; --len) {
        key.clear();
        for (size_t k = i; k < i + len; ++k) {
          if (!key.empty()) key.push_back(' ');
          key += toks_[k].lower;
        }
        const std::vector<City>& cities = geo.CitiesNamed(key);
        if (cities.empty()) continue;
        size_t last = i + len;
        bool whole_run = last == run_end && (i == begin || !NameWord(i - 1) || taken_[i - 1]);
        bool country_after = last + 1 < end && toks_[last].lower == "," &&
                             taken_[last + 1] && CountryAt(last + 1);
        bool locative = i > begin && IsPlacePreposition(toks_[i - 1].lower);
        if (!whole_run && !country_after) continue;
        const City* best = nullptr;
        for (const City& c : cities) {
          if (doc_countries_.Contains(c.country)) {
            best = &c;
            break;
          }
        }
        bool known_country = best != nullptr;
        if (best == nullptr) best = &cities.front();
        bool english_word =
            lex_ != nullptr && len == 1 &&
            (CanAt(i, WordPos::kNoun) || CanAt(i, WordPos::kVerb) || CanAt(i, WordPos::kAdjective));
        bool speaks = last < end && IsSpeechVerb(toks_[last].lower);
        bool large = !english_word && !speaks &&
                     (best->population >= 1000000 || (known_country && best->population >= 100000));
        if (!(locative || country_after || large)) continue;
        const Target t = CityTarget(*best);
        Take({t, i, last, MentionForm::kName, {}, {}, {}});
        doc_countries_.Insert(t.country);
        i = last - 1;
        matched = true;
      }
    }
  }

  // The city of that lower-case name, in a country the document names if one is, else the
  // largest; nullptr when libgeonames knows none.
  const City* CityNamed(std::string_view lower) const {
    Result<const GeoData*> geo = GeoData::Shared();
    if (!geo.ok()) return nullptr;
    const std::vector<City>& cities = (*geo)->CitiesNamed(lower);
    if (cities.empty()) return nullptr;
    for (const City& c : cities) {
      if (doc_countries_.Contains(c.country)) return &c;
    }
    return &cities.front();
  }

  bool CountryAt(size_t k) const {
    for (const Pending& p : pending_) {
      if (p.first == k) return p.target.kind == EntityKind::kCountry;
    }
    return false;
  }

  static bool IsPlacePreposition(std::string_view lower) {
    return Eq(lower, "in") || Eq(lower, "at") || Eq(lower, "near") || Eq(lower, "from") ||
           Eq(lower, "outside") || Eq(lower, "into") || Eq(lower, "across") ||
           Eq(lower, "around") || Eq(lower, "towards") || Eq(lower, "toward") || Eq(lower, "via") ||
           Eq(lower, "inside");
  }

  // A capital stands for its government when it owns something, is coordinated under an acting
  // preposition ("channels with both Kyiv and Moscow"), or speaks ("Moscow said").
  bool ActsAsCountry(size_t first, size_t last) const {
    if (last < toks_.size() && toks_[last].lower == "'s" && toks_[last].sentence == toks_[first].sentence) {
      // "at Kyiv's central station", "Moscow's outskirts": what the city owns is a part of it or
      // a building in it, and the city is the place, not its government.
      return !OwnsAPlace(last + 1);
    }
    size_t begin = SentenceBegin(first);
    size_t j = first;
    while (j > begin) {
      const Token& t = toks_[j - 1];
      bool skip = t.lower == "," || t.lower == "or" || t.lower == "both" ||
                  (t.lower == "and" && j - 1 > begin && toks_[j - 2].capitalized) ||
                  (t.is_word && t.capitalized && !IsFunctionWord(t.lower));
      if (!skip) break;
      --j;
    }
    if (j == begin) {
      if (last >= SentenceEnd(first)) return false;
      if (IsSpeechVerb(toks_[last].lower)) return true;
      // "Berlin hopes", "Ankara has been angered": a capital opening its sentence as the subject
      // of a finite verb is the government.
      const Token& next = toks_[last];
      if (!next.is_word || next.capitalized) return false;
      if (IsAuxiliary(next.lower)) return true;
      return lex_ != nullptr && (next.lower.ends_with("s") || next.lower.ends_with("ed")) &&
             CanAt(last, WordPos::kVerb) && LemmaAt(last, WordPos::kVerb) != next.lower;
    }
    std::string_view g = toks_[j - 1].lower;
    if (IsLocativePreposition(g)) return false;
    return IsActingPreposition(g);
  }

  // True when the words from `at` (at most two qualifying words first: "central", "southern")
  // name a part of a city or a building: "station", "outskirts", "airport".
  bool OwnsAPlace(size_t at) const {
    static const WordSet kCityParts = {"outskirts",     "suburbs",      "suburb",  "streets",
                                       "street",        "centre",       "center",  "district",
                                       "districts",     "square",       "station", "metro",
                                       "neighbourhood", "neighborhood", "railway", "region"};
    const size_t end = at < toks_.size() ? SentenceEnd(at) : at;
    for (size_t k = at; k < end && k < at + 3; ++k) {
      const Token& t = toks_[k];
      if (!t.is_word || t.capitalized) return false;
      if (kCityParts.Contains(t.lower) || IsFacilityNoun(t.lower)) return true;
    }
    return false;
  }

  // Places the words around a name say it is, in one pass over the sentence's words and one over
  // its runs of names:
  // - facilities: "a private club named "Shell Bay"", "the Mar-a-Lago Club", and a name no table
  //   or dictionary knows before a facility's common noun (and at most two words that qualify
  //   it): "the Azovstal steel plant", "the Chornobyl nuclear power plant" (not at a sentence's
  //   start, where any word is capitalized, nor for a word the dictionary knows: "the Soviet-era
  //   plant"); placed in the country of the nearest named place of the sentence;
  // - settlements libgeonames does not list: such a name after a word for a settlement or an
  //   area and "of" ("the village of Melekine", "the Polish town of Medyka"), or before a word for
  //   an area ("the Shevchenkivskyi district");
  // - a country's capital: "the Ukrainian capital" (CountrysCapital).
  void NamedPlaces(size_t s) {
    const size_t begin = doc_.first_token[s];
    const size_t end = doc_.end_token[s];
    for (size_t i = begin; i < end; ++i) {
      const uint8_t role = PlaceWordRole(i);
      if (role == 0) continue;
      if ((role & kFacilityWord) && i + 2 < end) {
        std::string_view v = toks_[i + 1].lower;
        if (Eq(v, "named") || Eq(v, "called") || Eq(v, "dubbed")) {
          size_t j = i + 2;
          while (j < end && IsQuoteMark(toks_[j])) ++j;
          size_t e = RunEnd(j, end);
          if (e > j) AddFacility(j, e, s);
        }
      }
      if (toks_[i].capitalized) continue;
      if (role & kCapitalWord) CountrysCapital(i, begin, end);
      if ((role & kSettlementWord) && i + 2 < end && toks_[i + 1].lower == "of") {
        const size_t e = RunEnd(i + 2, end);
        if (e > i + 2 && !AnyEnglish(i + 2, e)) {
          AddNamedPlace(EntityKind::kLocation, i + 2, e, s, CountryBefore(i, begin));
          i = e - 1;
        }
      }
    }
    for (size_t i = begin; i < end; ++i) {
      size_t e = RunEnd(i, end);
      if (e - i >= 2 && (PlaceWordRole(e - 1) & kFacilityWord)) {
        AddFacility(i, e, s);
      } else if (e > i && i > begin && e < end && !toks_[e].capitalized) {
        if (FacilityHeadAfter(e, end) && !AnyEnglish(i, e)) {
          AddFacility(i, e, s);
        } else if ((PlaceWordRole(e) & kAreaWord) && !AnyEnglish(i, e)) {
          AddNamedPlace(EntityKind::kLocation, i, e, s);
        }
      }
      if (e > i) i = e - 1;
    }
  }

  // What a word's form is to NamedPlaces (bits), asked once per form: the pass visits every
  // token.
  static constexpr uint8_t kFacilityWord = 1, kSettlementWord = 2, kAreaWord = 4, kCapitalWord = 8,
                           kRoleUnknown = 0x80;
  [[gnu::always_inline]] uint8_t PlaceWordRole(size_t k) const {
    const uint32_t word = toks_[k].word;
    if (word < place_word_form_.size() && place_word_form_[word] != kRoleUnknown)
      return place_word_form_[word];
    return ComputePlaceWordRole(k);
  }
  [[gnu::noinline]] uint8_t ComputePlaceWordRole(size_t k) const {
    static const WordSet kSettlements = {"village",  "town",   "city",   "settlement",
                                         "hamlet",   "suburb", "region", "district",
                                         "province", "oblast", "county", "municipality"};
    static const WordSet kAreas = {"region", "district", "province",
                                   "oblast", "county",   "municipality"};
    const std::string_view w = toks_[k].lower;
    uint8_t role = 0;
    if (toks_[k].is_word) {
      if (IsFacilityNoun(w)) role |= kFacilityWord;
      if (kSettlements.Contains(w)) role |= kSettlementWord;
      if (kAreas.Contains(w)) role |= kAreaWord;
      if (Eq(w, "capital")) role |= kCapitalWord;
    }
    // Kept per form when the document numbers its forms (a Document always does).
    if (toks_[k].word < place_word_form_.size() && doc_.words > 0)
      place_word_form_[toks_[k].word] = role;
    return role;
  }

  // True when a token of [first, last), or a part of a hyphenated one ("Soviet-era"), is a word
  // the dictionary knows (any part of speech).
  bool AnyEnglish(size_t first, size_t last) const {
    if (lex_ == nullptr) return true;
    auto known = [this](std::string_view w) {
      for (const WordPos pos :
           {WordPos::kNoun, WordPos::kVerb, WordPos::kAdjective, WordPos::kAdverb}) {
        if (!lex_->LemmaView(w, pos).empty()) return true;
      }
      return false;
    };
    for (size_t k = first; k < last; ++k) {
      const std::string_view w = toks_[k].lower;
      if (CanAt(k, WordPos::kNoun) || CanAt(k, WordPos::kVerb) || CanAt(k, WordPos::kAdjective) ||
          CanAt(k, WordPos::kAdverb)) {
        return true;
      }
      if (w.find('-') == std::string_view::npos) continue;
      for (size_t at = 0; at < w.size();) {
        const size_t dash = std::min(w.find('-', at), w.size());
        if (dash > at && known(w.substr(at, dash - at))) return true;
        at = dash + 1;
      }
    }
    return false;
  }

  // "the Ukrainian capital", "Russia's capital": the capital city of the country named just
  // before, as if named itself (an attack "on the Ukrainian capital" is placed in Kyiv). Not a
  // capital of money ("the Russian capital markets").
  // (Asked by NamedPlaces for each lowercase "capital" of a sentence [begin, end).)
  void CountrysCapital(size_t k, size_t begin, size_t end) {
    if (k == begin || taken_[k]) return;
    if (k + 1 < end) {
      const Token& next = toks_[k + 1];
      if (next.is_word && !next.capitalized && next.lower != "city" && !IsFunctionWord(next.lower))
        return;
    }
    const size_t owner_end = toks_[k - 1].lower == "'s" ? k - 1 : k;
    for (const Pending& p : pending_) {
      if (p.last != owner_end || p.target.kind != EntityKind::kCountry) continue;
      if (p.form != MentionForm::kName && p.form != MentionForm::kDemonym) continue;
      if (const Target* city = CapitalOf(p.target.country)) {
        Take({*city, k, k + 1, MentionForm::kName, {}, {}, {}});
      }
      break;
    }
  }

  // The capital city of country `code` in the gazetteer's table of places, or nullptr.
  static const Target* CapitalOf(std::string_view code) {
    static const auto* const kCapitals = [] {
      auto* capitals = new std::map<std::string, Target, std::less<>>();
      for (const PlaceEntry& p : Places()) {
        if (!p.capital || p.country.empty() || capitals->count(p.country)) continue;
        capitals->emplace(std::string(p.country), PlaceTarget(p));
      }
      return capitals;
    }();
    auto it = kCapitals->find(code);
    return it == kCapitals->end() ? nullptr : &it->second;
  }

  // The country of a name or demonym that qualifies the noun at `noun`, at most one word
  // between ("the Polish city of", "Ukraine's southern city of"); empty when none does.
  std::string CountryBefore(size_t noun, size_t begin) const {
    for (const Pending& p : pending_) {
      if (p.target.kind != EntityKind::kCountry || p.first < begin || p.last > noun) continue;
      size_t gap = p.last;
      if (gap < noun && toks_[gap].lower == "'s") ++gap;
      if (noun - gap <= 1) return p.target.country;
    }
    return {};
  }

  // The facility or settlement introduced so far (AddNamedPlace) whose name is `name`, or
  // nullptr.
  const Target* PlaceNamed(std::string_view name) const {
    auto it = named_places_.find(name);
    return it == named_places_.end() ? nullptr : &it->second;
  }

  // True when a lowercase facility noun follows `at`, after at most two lowercase nouns or
  // adjectives that qualify it ("steel", "nuclear power").
  bool FacilityHeadAfter(size_t at, size_t end) const {
    for (size_t k = at; k < end && k <= at + 2; ++k) {
      const Token& t = toks_[k];
      if (!t.is_word || t.capitalized) return false;
      const int8_t role = FacilityRole(k);
      if (role == kFacilityHead) return true;
      if (role == kNotQualifier) return false;
    }
    return false;
  }

  // What the lowercase word at `k` can be in a facility's name, by its form (asked once per
  // form: every capitalized run asks about the word after it).
  static constexpr int8_t kFacilityHead = 1, kQualifier = 2, kNotQualifier = 0;
  int8_t FacilityRole(size_t k) const {
    if (facility_form_.empty()) facility_form_.assign(std::max<size_t>(doc_.words, 1), -1);
    const uint32_t word = toks_[k].word < facility_form_.size() ? toks_[k].word : 0;
    int8_t& role = facility_form_[word];
    if (role < 0 || doc_.words == 0) {
      const std::string_view w = toks_[k].lower;
      if (IsFacilityNoun(w)) {
        role = kFacilityHead;
      } else if (IsFunctionWord(w) || IsSpeechVerb(w) || lex_ == nullptr) {
        role = kNotQualifier;
      } else {
        role =
            CanAt(k, WordPos::kNoun) || CanAt(k, WordPos::kAdjective) ? kQualifier : kNotQualifier;
      }
    }
    return role;
  }

  void AddFacility(size_t first, size_t last, size_t s) {
    AddNamedPlace(EntityKind::kFacility, first, last, s);
  }

  // A facility or a settlement named in the text: in `country` when given, else in a country
  // set off after it, else in the country of the nearest place of the sentence that has one.
  void AddNamedPlace(EntityKind kind, size_t first, size_t last, size_t s,
                     std::string_view country = {}) {
    Target t;
    t.kind = kind;
    t.name = TextOf(first, last);
    t.country = std::string(country);
    size_t best_distance = SIZE_MAX;
    // "in Dorohusk, Poland": a country set off after the name is its country.
    if (t.country.empty() && last + 1 < doc_.end_token[s] && toks_[last].lower == ",") {
      for (const Pending& p : pending_) {
        if (p.first == last + 1 && p.target.kind == EntityKind::kCountry) {
          t.country = p.target.country;
          break;
        }
      }
    }
    for (const Pending& p : pending_) {
      if (!t.country.empty()) break;
      if (toks_[p.first].sentence != s || p.target.kind != EntityKind::kLocation) continue;
      if (p.target.country.empty()) continue;
      size_t d = p.first < first ? first - p.first : p.first - first;
      if (d < best_distance) {
        best_distance = d;
        t.country = p.target.country;
      }
    }
    // A settlement named with no other place in its sentence ("the village of Melekine") lies
    // most likely in the country the document has named most so far.
    if (t.country.empty() && kind == EntityKind::kLocation) {
      std::map<std::string_view, size_t> named;
      for (const Pending& p : pending_) {
        if (!p.target.country.empty() &&
            (p.target.kind == EntityKind::kCountry || p.target.kind == EntityKind::kLocation)) {
          ++named[p.target.country];
        }
      }
      size_t most = 0;
      for (const auto& [code, n] : named) {
        if (n > most) most = n, t.country = std::string(code);
      }
    }
    t.id = MakeEntityId(kind, t.name, t.country);
    named_places_.try_emplace(t.name, t);
    Take({t, first, last, MentionForm::kName, {}, {}, {}});
  }

  // A title or role word (computed once per token, when first asked).
  bool TitleWord(size_t i) const {
    if (title_word_[i] < 0) {
      title_word_[i] =
          toks_[i].is_word && (IsPersonTitle(toks_[i].lower) || IsRoleWord(toks_[i].lower));
    }
    return title_word_[i] == 1;
  }

  // Whether token i, not yet taken, may open a person's or an organization's name: a name word
  // that is no title, no currency or acronym spelling out a non-entity ("$ 199 USD", "(WWDC)"),
  // no contraction and no compound adjective ("Russian-backed").
  [[gnu::always_inline]] bool CanStartName(size_t i) const {
    if (taken_[i] || !NameWord(i) || TitleWord(i)) return false;
    if (toks_[i].all_caps && (NumberNear(i) || UnnamedAcronyms().Contains(toks_[i].lower))) {
      return false;
    }
    return !Contraction(toks_[i].lower) && !CompoundAdjective(toks_[i].text);
  }

  void People(size_t s) {
    size_t begin = doc_.first_token[s];
    size_t end = doc_.end_token[s];
    for (size_t i = begin; i < end; ++i) {
      if (!CanStartName(i)) continue;
      size_t e = i;
      while (e < end && !taken_[e] && NameWord(e) && !TitleWord(e)) ++e;
      TryPerson(i, e, begin, end);
      i = e - 1;
    }
  }

  // A word shaped like a product or brand ("iPod", "MacBook", "iOS"): a capital inside it that no
  // name prefix explains ("McCain", "MacArthur", "DeSantis", "O'Brien").
  bool BrandShaped(size_t i) const {
    std::string_view w = toks_[i].text;
    if (toks_[i].all_caps || w.size() < 3) return false;
    for (size_t k = 1; k < w.size(); ++k) {
      if (!std::isupper(static_cast<unsigned char>(w[k]))) continue;
      char before = w[k - 1];
      if (before == '\'' || before == '-' || before == '.') continue;
      std::string_view prefix = w.substr(0, k);
      bool name_prefix = Eq(prefix, "Mc") || Eq(prefix, "Mac") || Eq(prefix, "De") ||
                         Eq(prefix, "Di") || Eq(prefix, "La") || Eq(prefix, "Le") ||
                         Eq(prefix, "Van") || Eq(prefix, "Von");
      // "MacBook", "PowerBook": a prefix before an English word is a brand, not a surname.
      std::string rest = toks_[i].lower.substr(k);
      bool english_rest = lex_ != nullptr &&
                          (lex_->Can(rest, WordPos::kNoun) || lex_->Can(rest, WordPos::kAdjective)) &&
                          lex_->FirstClass(rest) != NounClass::kPerson;
      if (!name_prefix || english_rest) return true;
    }
    return false;
  }

  bool AnyBrandShaped(size_t a, size_t b) const {
    for (size_t k = a; k < b; ++k) {
      if (BrandShaped(k)) return true;
    }
    return false;
  }

  void TryPerson(size_t a, size_t b, size_t begin, size_t end) {
    if (b - a > 4 || AnyBrandShaped(a, b)) return;
    // "Apple Computer announced": a name ending in an organization word is no person.
    if (IsOrgWord(toks_[b - 1].lower)) return;
    // A run that runs into a title word is part of a title ("Deputy Foreign Minister").
    if (b < end && TitleWord(b) && toks_[b].capitalized) return;
    std::optional<std::pair<size_t, size_t>> title;
    // "President Zelensky", and lower-case titles right before a name of two or more words
    // ("co-founder Steve Jobs", "Apple executive Steve Jobs").
    if (a > begin && IsPersonTitle(toks_[a - 1].lower) &&
        (toks_[a - 1].capitalized || b - a >= 2)) {
      size_t t0 = a - 1;
      while (t0 > begin) {
        const Token& t = toks_[t0 - 1];
        if (!t.is_word || !t.capitalized || IsFunctionWord(t.lower)) break;
        --t0;
      }
      title = std::make_pair(t0, a);
    }
    std::optional<std::pair<size_t, size_t>> apposition = Apposition(b, end);
    // Speech evidence needs the run to be a subject: after "for Foreign Policy" it is an object.
    bool subject_position = a == begin || !toks_[a - 1].is_word ||
                            (IsFunctionWord(toks_[a - 1].lower) &&
                             !IsPreposition(toks_[a - 1].lower) && !Eq(toks_[a - 1].lower, "the"));
    bool speech = b - a >= 2 && b < end && IsSpeechVerb(toks_[b].lower) && subject_position;
    // A single sentence-initial word ("Today, the minister said") is not a name on its own.
    if (b - a == 1 && a == begin && !title) apposition.reset();
    if (!title && !apposition && !speech) return;
    Target t;
    t.kind = EntityKind::kPerson;
    t.name = TextOf(a, b);
    t.id = MakeEntityId(EntityKind::kPerson, t.name);
    Pending p{t, a, b, MentionForm::kName, apposition, title, {}};
    if (title) p.titles.push_back(TextOf(title->first, title->second));
    if (apposition) {
      size_t f = apposition->first;
      while (f < apposition->second &&
             (Eq(toks_[f].lower, "the") || Eq(toks_[f].lower, "a") || Eq(toks_[f].lower, "an"))) {
        ++f;
      }
      if (f < apposition->second) p.titles.push_back(TextOf(f, apposition->second));
    }
    Take(std::move(p));
  }

  // ", the European Union's High Representative for Foreign Policy," after a name: the tokens
  // between the comma and the end of the phrase, when they hold a role word.
  std::optional<std::pair<size_t, size_t>> Apposition(size_t b, size_t end) const {
    if (b >= end || !Eq(toks_[b].lower, ",")) return std::nullopt;
    size_t f = b + 1;
    if (f >= end) return std::nullopt;
    const Token& first = toks_[f];
    bool starts_np = Eq(first.lower, "the") || Eq(first.lower, "a") || Eq(first.lower, "an") ||
                     (first.is_word && first.capitalized) || IsRoleWord(first.lower);
    if (!starts_np || Eq(first.lower, "and") || Eq(first.lower, "but")) return std::nullopt;
    size_t e = f;
    bool role = false;
    while (e < end && e - f < 14) {
      const Token& t = toks_[e];
      if (IsPunct(t, ",;:()-") || Eq(t.lower, ".") || IsQuoteMark(t)) break;
      // A verb before any role word makes it a clause ("at Apple, Cook held positions"), not an
      // apposition; a capitalized person noun is a name ("Cook"), not a role.
      if (!role && lex_ != nullptr && t.is_word && !t.capitalized && CanAt(e, WordPos::kVerb)) {
        bool only_verb = !CanAt(e, WordPos::kNoun) && !CanAt(e, WordPos::kAdjective);
        // "The New York Times reported": an inflected verb right after a name is its predicate.
        bool after_name = e > f && toks_[e - 1].capitalized &&
                          (t.lower.ends_with("ed") || t.lower.ends_with("s"));
        if (only_verb || after_name) return std::nullopt;
      }
      if (t.is_word && (IsRoleWord(t.lower) || IsPersonTitle(t.lower) ||
                        (PersonNounAt(e) && !t.capitalized))) {
        role = true;
      }
      ++e;
    }
    if (!role || e == f) return std::nullopt;
    return std::make_pair(f, e);
  }

  // Names no table knows, by their shape and WordNet: a run of two or three capitalized words whose
  // first word is no English word ("Steve Jobs", "Rustem Umerov") is a person; a run ending in an
  // organization word ("Apple Computer Inc.", "Supreme Court") is an organization; a single
  // capitalized word inside a sentence that is no English word, or that owns something or acts
  // ("Microsoft", "Apple's", "Apple sued"), is an organization too.
  void UnknownNames(size_t s) {
    if (lex_ == nullptr) return;
    // Token `k`'s form is an English word.
    auto english = [this](size_t k) {
      return CanAt(k, WordPos::kNoun) || CanAt(k, WordPos::kVerb) ||
             CanAt(k, WordPos::kAdjective) || CanAt(k, WordPos::kAdverb);
    };
    size_t begin = doc_.first_token[s];
    size_t end = doc_.end_token[s];
    for (size_t i = begin; i < end; ++i) {
      if (!CanStartName(i)) continue;
      size_t e = i;
      while (e < end && !taken_[e] && (NameWord(e) || IsOrgWord(toks_[e].lower)) && !TitleWord(e)) ++e;
      size_t len = e - i;
      bool title_next = (e < end && TitleWord(e)) || (i > begin && TitleWord(i - 1));
      Target t;
      if (len >= 2 && IsOrgWord(toks_[e - 1].lower)) {
        t.kind = EntityKind::kOrganization;
      } else if (len <= 3 && AfterOrganizationNoun(i) && !AnyBrandShaped(i, e)) {
        // "the electronics retailer Best Buy", "the research firm Gartner": a name right after
        // the common noun that says what kind of organization it is.
        t.kind = EntityKind::kOrganization;
      } else if (len >= 2 && len <= 3 && !title_next && !toks_[i].all_caps &&
                 !toks_[e - 1].all_caps && !AnyBrandShaped(i, e) && !AfterArticle(i) &&
                 (!english(i) || !english(e - 1))) {
        // People's names take no article: "the App Store", "the Macworld Conference" are not.
        t.kind = EntityKind::kPerson;
      } else if (len == 1 && i > begin && !title_next && !ContinuesName(i)) {
        std::string_view w = toks_[i].lower;
        bool after_quote = IsQuoteMark(toks_[i - 1]) || Eq(toks_[i - 1].lower, ":");
        bool owns = e < end && Eq(toks_[e].lower, "'s");
        bool acts = e < end && toks_[e].is_word && !toks_[e].capitalized &&
                    (toks_[e].lower.ends_with("s") || toks_[e].lower.ends_with("ed")) &&
                    CanAt(e, WordPos::kVerb) && !CanAt(e, WordPos::kNoun);
        // After a determiner an English word is a product or a title ("the first Air
        // decreased", "Apple's Nano"), whatever it does.
        // WordNet's own names of organizations ("the Beatles") are names after "the" too.
        bool proper = (!Determined(i) && (owns || acts || ProperUsage(i))) || NamedOrganization(i);
        if (after_quote || (english(i) && !proper) || KnownSurname(w)) {
          i = e - 1;
          continue;
        }
        // The name of a facility or a settlement the document introduced ("the Azovstal steel
        // plant" ... "attacked Azovstal") is that place.
        if (const Target* place = PlaceNamed(TextOf(i, e))) {
          Take({*place, i, e, MentionForm::kName, {}, {}, {}});
          i = e - 1;
          continue;
        }
        // "shelled Lysychansk", "fighting near Popasna": a name shaped like a town's of the
        // region, strongly or after a preposition of place, is a town libgeonames does not list.
        static const WordSet kWhere = {"in",     "near", "outside", "around", "towards",
                                       "toward", "into", "inside",  "across", "from"};
        if (const int shape = ToponymEnding(w);
            !owns && (shape == 2 || (shape == 1 && kWhere.Contains(toks_[i - 1].lower)))) {
          AddNamedPlace(EntityKind::kLocation, i, e, s);
          i = e - 1;
          continue;
        }
        t.kind = EntityKind::kOrganization;
        // A name that libgeonames knows as a city is that city ("its Cupertino headquarters"),
        // unless it owns or acts like an organization.
        {
          const City* city = CityNamed(w);
          // A city that owns or acts is still that city when it is a sizeable one or in a
          // country the document names ("Lysychansk's defenders"); a small town's name that
          // acts is likelier a company.
          if (city != nullptr && (owns || acts) && city->population < 100000 &&
              !doc_countries_.Contains(city->country)) {
            city = nullptr;
          }
          if (city != nullptr) {
            t = CityTarget(*city);
            Take({t, i, e, MentionForm::kName, {}, {}, {}});
            doc_countries_.Insert(t.country);
            i = e - 1;
            continue;
          }
        }
      } else {
        i = e > i ? e - 1 : i;
        continue;
      }
      t.name = TextOf(i, e);
      t.id = MakeEntityId(t.kind, t.name);
      Take({t, i, e, MentionForm::kName, {}, {}, {}});
      i = e - 1;
    }
  }

  // A capitalized English word used as a name ("hosted by Apple", "a lawsuit against Cisco"):
  // inside a sentence, with no determiner or possessor before it (those make it a product or a
  // title: "the Shuffle", "Apple's Nano"), never written in lower case in the document, and not a
  // word for a time or a made thing ("Christmas", "Windows").
  bool ProperUsage(size_t i) const {
    if (lex_ == nullptr || i == SentenceBegin(i) || !toks_[i].capitalized || toks_[i].all_caps) {
      return false;
    }
    std::string_view prev = toks_[i - 1].lower;
    if (Eq(prev, "the") || Eq(prev, "a") || Eq(prev, "an") || Eq(prev, "this") ||
        Eq(prev, "that") || Eq(prev, "these") || Eq(prev, "those") || Eq(prev, "'s") ||
        IsPossessivePronoun(prev) || !toks_[i - 1].is_word) {
      return false;
    }
    if (i + 1 < SentenceEnd(i) && toks_[i + 1].is_word && toks_[i + 1].capitalized) return false;
    if (WrittenInLowerCase(i)) return false;
    // "Kurdish", "Nordic", "Democratic": capitalized adjectives modify a noun.
    if (CanAt(i, WordPos::kAdjective)) return false;
    // FirstClass of the noun lemma is the form's noun class; without a lemma, of the form itself.
    NounClass c =
        LemmaAt(i, WordPos::kNoun).empty() ? lex_->FirstClass(toks_[i].lower) : NounClassAt(i);
    return c != NounClass::kTime && c != NounClass::kArtifact && c != NounClass::kPerson &&
           c != NounClass::kLocation;
  }

  // A capitalized word that WordNet files as an organization ("Beatles" is a rock group), never
  // written in lower case in the document.
  bool NamedOrganization(size_t i) const {
    if (lex_ == nullptr || !toks_[i].capitalized || i == SentenceBegin(i)) return false;
    if (WrittenInLowerCase(i)) return false;
    return OrganizationNounAt(i);
  }

  // The word before `i` is a lower-case noun for a kind of organization ("firm", "retailer").
  bool AfterOrganizationNoun(size_t i) const {
    if (lex_ == nullptr || i == SentenceBegin(i)) return false;
    const Token& prev = toks_[i - 1];
    if (!prev.is_word || prev.capitalized) return false;
    static const WordSet kTradeNouns = {"retailer", "maker", "seller", "carrier", "vendor",
                                        "supplier", "distributor", "chain", "publisher",
                                        "broadcaster", "airline", "automaker", "carmaker"};
    std::string_view lemma = LemmaAt(i - 1, WordPos::kNoun);
    if (lemma.empty()) return false;
    return OrganizationNounAt(i - 1) || kTradeNouns.Contains(lemma);
  }

  // "I'm", "I’ll", "we've": a pronoun and a verb, no name.
  static bool Contraction(std::string_view lower) {
    size_t q = lower.find('\'');
    if (q == std::string_view::npos) return false;
    std::string_view rest = lower.substr(q + 1);
    return Eq(rest, "m") || Eq(rest, "ll") || Eq(rest, "ve") || Eq(rest, "d") || Eq(rest, "re") ||
           Eq(rest, "t");
  }

  // "Russian-backed", "Soviet-era": a compound whose last part is a lower-case word modifies a noun.
  static bool CompoundAdjective(std::string_view text) {
    size_t dash = text.rfind('-');
    return dash != std::string_view::npos && dash + 1 < text.size() &&
           std::islower(static_cast<unsigned char>(text[dash + 1])) != 0;
  }

  bool AfterArticle(size_t i) const {
    if (i == SentenceBegin(i)) return false;
    std::string_view prev = toks_[i - 1].lower;
    return Eq(prev, "the") || Eq(prev, "a") || Eq(prev, "an");
  }

  // A number right before or after the token ("199 USD", "USD 199").
  bool NumberNear(size_t i) const {
    auto number = [&](size_t k) {
      return k < toks_.size() && toks_[k].sentence == toks_[i].sentence &&
             std::isdigit(static_cast<unsigned char>(toks_[k].text[0])) != 0;
    };
    return (i > 0 && number(i - 1)) || number(i + 1);
  }

  // Acronyms introduced in parentheses after a capitalized name that no rule made an entity
  // ("the Worldwide Developers Conference (WWDC)"): an event or a product, so the acronym is no
  // organization anywhere in the document.
  const WordSet& UnnamedAcronyms() const {
    if (!unnamed_acronyms_) {
      unnamed_acronyms_.emplace();
      for (size_t k = 1; k + 2 < toks_.size(); ++k) {
        if (!Eq(toks_[k].text, "(") || !toks_[k + 1].all_caps || !Eq(toks_[k + 2].text, ")")) {
          continue;
        }
        const Token& before = toks_[k - 1];
        if (before.is_word && before.capitalized && !taken_[k - 1]) {
          unnamed_acronyms_->Insert(toks_[k + 1].lower);
        }
      }
    }
    return *unnamed_acronyms_;
  }

  // Whether the document writes the word of token `i` in lower case somewhere (headings aside).
  bool WrittenInLowerCase(size_t i) const {
    const Token& t = toks_[i];
    // The token itself may be such a use.
    if (!t.capitalized && t.is_word && !doc_.heading[t.sentence]) return true;
    return LowerCaseForms()[t.word] != 0;
  }

  // Per form (Token::word): 1 when some token of it is a word in lower case outside a heading.
  // One pass over the tokens per document, where a set of the capitalized forms and one of
  // their lower-case uses hashed a form per token.
  const std::vector<char>& LowerCaseForms() const {
    if (lower_forms_.empty() && !toks_.empty()) {
      lower_forms_.assign(doc_.words, 0);
      for (const Token& t : toks_) {
        if (t.is_word && !t.capitalized && !doc_.heading[t.sentence]) lower_forms_[t.word] = 1;
      }
    }
    return lower_forms_;
  }

  // The last word of a person's name found so far: a surname, not an organization.
  bool KnownSurname(std::string_view lower) const {
    for (const Pending& p : pending_) {
      if (p.target.kind == EntityKind::kPerson && p.last - p.first >= 2 &&
          SameText(toks_[p.last - 1].lower, lower)) {
        return true;
      }
    }
    return false;
  }

  static bool IsOrgWord(std::string_view lower) {
    static const WordSet kWords = {
        "inc", "inc.", "corp", "corp.", "corporation", "corps", "company", "co.", "ltd", "ltd.", "llc",
        "plc", "group", "computer", "computers", "bank", "university", "court", "commission",
        "agency", "association", "council", "party", "ministry", "institute", "foundation",
        "records", "studios", "motors", "airlines", "systems", "technologies", "networks",
        "committee", "parliament", "department", "office", "organization", "organisation",
        "federation", "union", "alliance", "fund", "service", "services", "police", "army"};
    return kWords.Contains(lower);
  }

  // Surnames and full names of the people found, wherever they recur (headings included).
  void ShortForms() {
    std::map<std::string, std::vector<size_t>> by_surname;
    std::map<std::string, size_t> by_name;
    std::vector<size_t> people;  // indices into pending_, whose first elements stay put
    WordSet first_words;  // a full name is only looked for where one of them starts
    for (const Pending& p : pending_) {
      if (p.target.kind != EntityKind::kPerson || p.form != MentionForm::kName) continue;
      if (by_name.contains(p.target.id)) continue;
      by_name[p.target.id] = people.size();
      people.push_back(static_cast<size_t>(&p - pending_.data()));
      auto& list = by_surname[toks_[p.last - 1].lower];
      list.push_back(people.size() - 1);
      first_words.Insert(toks_[p.first].lower);
    }
    if (people.empty()) return;
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (taken_[i] || !NameWord(i)) continue;
      size_t end = SentenceEnd(i);
      size_t e = RunEnd(i, end);
      // The full name again anywhere in the run ("Apple CEO Steve Jobs" in a heading), then a
      // surname alone or closing the run ("President Biden").
      for (size_t j = i; j < e;) {
        size_t found = j;
        for (size_t k = e; k > j && found == j && first_words.Contains(toks_[j].lower); --k) {
          if (!Free(j, k)) continue;
          auto it = by_name.find(MakeEntityId(EntityKind::kPerson, TextOf(j, k)));
          if (it != by_name.end()) {
            Take({pending_[people[it->second]].target, j, k, MentionForm::kName, {}, {}, {}});
            found = k;
          }
        }
        if (found > j) {
          j = found;
          continue;
        }
        if (!taken_[j] && j + 1 == e) {
          auto it = by_surname.find(toks_[j].lower);
          if (it != by_surname.end() && it->second.size() == 1) {
            Take({pending_[people[it->second[0]]].target,
                  j,
                  j + 1,
                  MentionForm::kShortName,
                  {},
                  {},
                  {}});
          }
        }
        ++j;
      }
      if (e > i) i = e - 1;
    }
  }

  // "the bloc", "the 27-member bloc": the organization of that description, once it is named.
  void Descriptions() {
    // Descriptions are rare: the mentions found before this walk are searched when one occurs,
    // rather than a set of every entity being built for each document.
    const size_t found_before = pending_.size();
    auto named = [&](const std::string& id) {
      return std::any_of(pending_.begin(), pending_.begin() + static_cast<ptrdiff_t>(found_before),
                         [&id](const Pending& p) { return p.target.id == id; });
    };
    for (size_t i = 1; i < toks_.size(); ++i) {
      if (taken_[i] || !toks_[i].is_word) continue;
      const Target* t = SharedIndex().Description(toks_[i].lower);
      if (t == nullptr || !named(t->id)) continue;
      bool definite = toks_[i - 1].lower == "the" ||
                      (i >= 2 && toks_[i - 2].lower == "the" && toks_[i - 1].is_word &&
                       !toks_[i - 1].capitalized);
      if (definite) Take({*t, i, i + 1, MentionForm::kDescription, {}, {}, {}});
    }
  }

  // PersonNoun of token `i`, computed once per token (the anaphora walk asks several times), and
  // PersonNoun of its form once per form (the walk asks of nearly every token, and most forms
  // recur).
  [[gnu::always_inline]] bool PersonNounAt(size_t i) const {
    if (person_noun_.empty()) {
      person_noun_.assign(toks_.size(), -1);
      person_noun_form_.assign(doc_.words, -1);
    }
    if (person_noun_[i] < 0) {
      int8_t& form = person_noun_form_[toks_[i].word];
      if (form < 0) form = PersonNoun(i) ? 1 : 0;
      // "iOS" is no plural of "Io".
      person_noun_[i] = form == 1 && !BrandShaped(i) ? 1 : 0;
    }
    return person_noun_[i] == 1;
  }

  // True when token `i`'s form is a noun whose first WordNet sense is a person ("executive",
  // "engineer", "CEO").
  bool PersonNoun(size_t i) const {
    // The noun test first: most words fail it (function words too), and it is one read of the
    // document's facts, where the function-word test hashes every word.
    if (lex_ == nullptr || NounClassAt(i) != NounClass::kPerson) return false;
    std::string_view lower = toks_[i].lower;
    if (IsFunctionWord(lower)) return false;
    // "sensitive", "native": adjectives first, which WordNet also lists as person nouns. The
    // adjective test first: it is read from the document's facts, the senses are a lookup in the
    // lexicon's table.
    return !(CanAt(i, WordPos::kAdjective) && lex_->Senses(lower, WordPos::kNoun) == 1);
  }

  // True for a noun whose first WordNet sense is an organization ("company", "firm", "board"),
  // not any social group ("line", "set", "generation"); the party nouns of IsGroupNoun stay with
  // the events.
  bool InstitutionNoun(size_t i) const {
    std::string_view lower = toks_[i].lower;
    // "meeting", "gathering": WordNet files them as groups, but they are events.
    if (lex_ == nullptr || IsGroupNoun(lower) || lower.ends_with("ing")) return false;
    return OrganizationNounAt(i);
  }

  // InstitutionNoun of token `i`'s form, computed once per form: the anaphora walk asks it of
  // most tokens while an organization is recent.
  bool InstitutionNounAt(size_t i) const {
    if (institution_noun_.empty()) institution_noun_.assign(doc_.words, -1);
    int8_t& known = institution_noun_[toks_[i].word];
    if (known < 0) known = InstitutionNoun(i) ? 1 : 0;
    return known == 1;
  }

  // "Apple Inc.", "Apple Computer": the name without its legal or generic suffix, which the
  // document goes on to use alone.
  static size_t StemLength(const std::vector<std::string>& words) {
    size_t n = words.size();
    while (n > 1 && (IsOrgWord(words[n - 1]) || words[n - 1] == ".")) --n;
    return n;
  }

  // Organizations recur by name anywhere, headings and sentence starts included, where the
  // recognizers above demand context.
  void OrganizationRecurrences() {
    std::map<std::vector<std::string>, Target> forms;
    for (const Pending& p : pending_) {
      if (p.target.kind != EntityKind::kOrganization || p.form != MentionForm::kName) continue;
      std::vector<std::string> words;
      for (size_t k = p.first; k < p.last; ++k) words.push_back(toks_[k].lower);
      forms.emplace(words, p.target);
      size_t stem = StemLength(words);
      if (stem < words.size()) {
        words.resize(stem);
        forms.emplace(words, p.target);
      }
    }
    if (forms.empty()) return;
    size_t longest = 0;
    // A form can only start at a word that opens one; most capitalized words open none, and
    // building the candidate word lists for them would cost an allocation per length.
    WordSet first_words;
    for (const auto& [words, t] : forms) {
      longest = std::max(longest, words.size());
      first_words.Insert(words.front());
    }
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (taken_[i] || !toks_[i].capitalized || !toks_[i].is_word) continue;
      if (!first_words.Contains(toks_[i].lower)) continue;
      size_t end = SentenceEnd(i);
      for (size_t len = std::min(longest, end - i); len >= 1; --len) {
        if (!Free(i, i + len)) continue;
        std::vector<std::string> words;
        for (size_t k = i; k < i + len; ++k) words.push_back(toks_[k].lower);
        auto it = forms.find(words);
        if (it == forms.end()) continue;
        // A longer capitalized run is another name ("Apple Watch" is no Apple).
        if (!doc_.heading[toks_[i].sentence] && i + len < end && NameWord(i + len) &&
            !taken_[i + len] &&
            !IsOrgWord(toks_[i + len].lower) && !IsPersonTitle(toks_[i + len].lower)) {
          break;
        }
        Take({it->second, i, i + len, MentionForm::kName, {}, {}, {}});
        i += len - 1;
        break;
      }
    }
  }

  static bool IsPossessivePronoun(std::string_view w) {
    return Eq(w, "his") || Eq(w, "her") || Eq(w, "its") || Eq(w, "their") || Eq(w, "my") ||
           Eq(w, "our");
  }

  // Pronouns and common nouns that refer to the entities found, and groups of people named by a
  // common noun. Walks the tokens in order, remembering the last person, the last organization or
  // country, and the last organization or group, each with its sentence.
  void Anaphora() {
    std::vector<bool> in_apposition(toks_.size(), false);
    for (const Pending& p : pending_) {
      for (auto range : {p.apposition, p.title_prefix}) {
        if (!range) continue;
        for (size_t k = range->first; k < range->second; ++k) in_apposition[k] = true;
      }
    }
    std::vector<const Pending*> order;
    for (const Pending& p : pending_) order.push_back(&p);
    std::sort(order.begin(), order.end(),
              [](const Pending* a, const Pending* b) { return a->first < b->first; });
    // The mention covering each token, so the walks below need no search.
    std::vector<const Pending*> cover(toks_.size(), nullptr);
    for (const Pending* p : order) {
      for (size_t k = p->first; k < p->last; ++k) cover[k] = p;
    }
    // The walk remembers targets by pointer: into pending_, which does not change until it ends,
    // and into `added`, a deque whose elements stay put as it grows. Copies of a target (three
    // strings) per mention were most of the walk's time.
    struct Last {
      const Target* target = nullptr;
      size_t sentence = SIZE_MAX;
    };
    Last person, agent, plural, group;
    // People lately named, most recent last, for he/she: each pronoun takes the nearest person
    // whose known gender agrees, else the nearest of unknown gender (see PersonGenders()).
    std::vector<Last> people;
    const WordTable<Gender> genders = PersonGenders(order, in_apposition);
    auto gender_of = [&genders](const std::string& id) {
      const Gender* g = genders.Find(id);
      return g == nullptr || *g == Gender::kMixed ? Gender::kUnknown : *g;
    };
    size_t agent_token = 0;
    size_t last_unknown_name = SIZE_MAX;
    auto recent = [this](const Last& l, size_t i, size_t window) {
      return l.sentence != SIZE_MAX && toks_[i].sentence - l.sentence <= window;
    };
    auto remember = [&](const Target& t, size_t sentence, size_t token) {
      if (t.kind == EntityKind::kPerson) {
        person = {&t, sentence};
        std::erase_if(people, [&t](const Last& l) { return l.target->id == t.id; });
        people.push_back({&t, sentence});
      }
      if (t.kind == EntityKind::kOrganization || t.kind == EntityKind::kCountry) {
        agent = {&t, sentence};
        agent_token = token;
      }
      if (t.kind == EntityKind::kOrganization || t.kind == EntityKind::kGroup) {
        plural = {&t, sentence};
      }
      if (t.kind == EntityKind::kGroup) group = {&t, sentence};
    };
    std::deque<Pending> added;
    // A group named at the current token, which nothing holds yet (copied into `added` at once).
    // One for the whole walk: a Target of three strings built and destroyed per token was a
    // tenth of the walk's time.
    Target group_target;
    size_t next = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      while (next < order.size() && order[next]->first <= i) {
        const Pending& p = *order[next++];
        if (!in_apposition[p.first] && p.form != MentionForm::kDemonym) {
          remember(p.target, toks_[p.first].sentence, p.first);
        }
      }
      if (taken_[i] || !toks_[i].is_word) continue;
      std::string_view w = toks_[i].lower;
      const PronounClass pronoun = PronounClassOf(w);
      // A name no table knows (a product: "iPhone 4") is the likelier antecedent of "it" than
      // the organization named before it.
      auto inner_capital = [&] {
        // ASCII capitals, as std::isupper gives them in the "C" locale, without a call per byte.
        return std::any_of(toks_[i].text.begin() + 1, toks_[i].text.end(),
                           [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      };
      if ((toks_[i].capitalized || inner_capital()) && i != SentenceBegin(i) && !Eq(w, "i") &&
          !PersonNounAt(i) && !IsPersonTitle(w)) {
        // Days and months are no antecedents ("announced Friday that it will").
        if (agent.sentence != SIZE_MAX && !IsCalendarWord(w)) last_unknown_name = i;
        continue;
      }
      const Target* ref = nullptr;
      MentionForm form = MentionForm::kPronoun;
      size_t first = i;
      if (pronoun == PronounClass::kPerson) {
        const Gender g = PronounGender(w);
        const Last* agreeing = nullptr;
        const Last* unknown = nullptr;
        // A person whose gender the text made plain is found further back than one it did not.
        for (auto it = people.rbegin(); it != people.rend() && recent(*it, i, 6); ++it) {
          Gender pg = gender_of(it->target->id);
          if (pg == g) {
            agreeing = &*it;
            break;
          }
          if (pg == Gender::kUnknown && unknown == nullptr && recent(*it, i, 3)) unknown = &*it;
        }
        if (agreeing != nullptr) {
          ref = agreeing->target;
        } else if (unknown != nullptr) {
          ref = unknown->target;
        }
      } else if (pronoun == PronounClass::kThing) {
        bool product_since = last_unknown_name != SIZE_MAX && last_unknown_name > agent_token;
        if (recent(agent, i, 2) && !product_since && !(Eq(w, "it") && Expletive(i))) {
          ref = agent.target;
        }
      } else if (pronoun == PronounClass::kPlural) {
        // People named by a common noun in this sentence or the last ("Many buyers ... their
        // orders") are likelier than an organization named in between.
        if (recent(group, i, 1)) {
          ref = group.target;
        } else if (recent(plural, i, 2)) {
          ref = plural.target;
        }
      } else if (IsQuantifierPronoun(w) && recent(group, i, 1) && StandsAlone(i)) {
        // "Some had difficulty", "others endured long waits": part of the people just named.
        ref = group.target;
      } else if (IsIndefinitePersonPronoun(w)) {
        // "anyone", "nobody": no one in particular, so no entity (the word stays no name either).
        continue;
      } else if (pronoun == PronounClass::kSpeaker && doc_.in_quote[i]) {
        ref = Speaker(i, order, added);
      } else if (PersonNounAt(i) && !IsGroupNoun(w) && lex_ != nullptr &&
                 LemmaAt(i, WordPos::kNoun) != w && !AfterSubject(i) && !InsideCapitalizedName(i)) {
        // A plural person noun: a group, with the premodifiers that say whose it is.
        size_t f = i;
        std::string country;
        while (f > SentenceBegin(i)) {
          const Token& prev = toks_[f - 1];
          bool number = std::isdigit(static_cast<unsigned char>(prev.lower[0])) != 0;
          bool modifier = prev.is_word && !number && !IsFunctionWord(prev.lower) &&
                          !IsSpeechVerb(prev.lower) && !IsAuxiliary(prev.lower) &&
                          (taken_[f - 1] ||
                           (CanAt(f - 1, WordPos::kAdjective) || CanAt(f - 1, WordPos::kNoun)));
          if (!modifier && !(Eq(prev.lower, "and") && f - 1 > SentenceBegin(i) && f - 1 < i)) break;
          if (const Pending* p = cover[f - 1]) {
            if (!p->target.country.empty()) country = p->target.country;
            f = p->first + 1;
          }
          --f;
        }
        if (f < i && Eq(toks_[f].lower, "and")) ++f;
        group_target.kind = EntityKind::kGroup;
        group_target.name = TextOf(f, i + 1);
        group_target.country = country;
        group_target.id = MakeEntityId(EntityKind::kGroup, group_target.name, country);
        // The group's words stay free for the names inside it; the mention is the head noun.
        form = MentionForm::kGroup;
        ref = &group_target;
      } else if (PersonNounAt(i) && !IsGroupNoun(w) &&
                 (Determined(i) || toks_[i].capitalized || !CanAt(i, WordPos::kVerb))) {
        // A singular person noun: the title of the person it stands before ("CEO Steve Jobs"),
        // else the person last named.
        size_t k = i + 1;
        while (k < SentenceEnd(i) && (NameWordAt(k) || IsPersonTitle(toks_[k].lower))) {
          if (taken_[k]) break;
          ++k;
        }
        const Pending* after = k < toks_.size() ? cover[k] : nullptr;
        if (after != nullptr && (after->first != k || after->target.kind != EntityKind::kPerson)) {
          after = nullptr;
        }
        if (after != nullptr) {
          ref = &after->target;
        } else if (Determined(i) && recent(person, i, 2) &&
                   (!toks_[i].capitalized || toks_[i].all_caps)) {
          // A capitalized title with no name ("the Ukrainian Defense Minister") is someone else.
          ref = person.target;
        }
        form = MentionForm::kDescription;
      } else if (recent(agent, i, 3) && agent.target->kind == EntityKind::kOrganization &&
                 InstitutionNounAt(i) && Determined(i) && !NounModified(i)) {
        ref = agent.target;
        form = MentionForm::kDescription;
      }
      if (ref == nullptr) continue;
      if (form == MentionForm::kDescription && i > 0 && !taken_[i - 1] &&
          (Eq(toks_[i - 1].lower, "the") || Eq(toks_[i - 1].lower, "this"))) {
        first = i - 1;
      }
      added.push_back({*ref, first, i + 1, form, {}, {}, {}});
      for (size_t k = first; k <= i; ++k) taken_[k] = true;
      remember(added.back().target, toks_[i].sentence, i);
    }
    for (Pending& p : added) pending_.push_back(std::move(p));
  }

  enum class Gender { kUnknown, kMale, kFemale, kMixed };

  static Gender PronounGender(std::string_view w) {
    // Every gendered pronoun starts with 'h' or 's': most words are turned away by one byte.
    if (w.empty() || (w[0] != 'h' && w[0] != 's')) return Gender::kUnknown;
    if (Eq(w, "he") || Eq(w, "him") || Eq(w, "his") || Eq(w, "himself")) return Gender::kMale;
    if (Eq(w, "she") || Eq(w, "her") || Eq(w, "herself")) return Gender::kFemale;
    return Gender::kUnknown;
  }

  // Honorifics and gendered nouns of office or kinship said of a person ("Mrs", "spokeswoman").
  static Gender WordGender(std::string_view w) {
    static const auto* table = [] {
      auto* t = new WordTable<Gender>();
      for (std::string_view m :
           {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "baron", "emperor",
            "sheikh", "father", "son", "brother", "husband", "uncle", "nephew", "grandfather",
            "man", "boy", "spokesman", "chairman", "congressman", "businessman", "councilman",
            "countryman", "statesman", "policeman", "fireman", "anchorman", "frontman"}) {
        t->Insert(m, Gender::kMale);
      }
      for (std::string_view f :
           {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen",
            "princess", "duchess", "baroness", "countess", "empress", "mother", "daughter",
            "sister", "wife", "aunt", "niece", "grandmother", "woman", "girl", "spokeswoman",
            "chairwoman", "congresswoman", "businesswoman", "councilwoman", "stateswoman",
            "policewoman", "actress", "nun"}) {
        t->Insert(f, Gender::kFemale);
      }
      return t;
    }();
    const Gender* g = table->Find(w);
    return g == nullptr ? Gender::kUnknown : *g;
  }

  // The gender of each person the text makes plain, without a list of first names (Debian ships
  // none): an honorific or gendered noun just before a name or in its apposition, and every
  // he/she whose sentence and the one before name exactly one person. Contradicting evidence
  // leaves the person unknown (kMixed). Keyed by entity id.
  WordTable<Gender> PersonGenders(const std::vector<const Pending*>& order,
                                  const std::vector<bool>& in_apposition) const {
    WordTable<Gender> out;
    auto note = [&out](const std::string& id, Gender g) {
      if (!out.Insert(id, g)) {
        Gender& known = out[id];
        if (known != g) known = Gender::kMixed;
      }
    };
    std::vector<const Pending*> people;
    for (const Pending* p : order) {
      if (p->target.kind != EntityKind::kPerson || p->form == MentionForm::kDemonym ||
          in_apposition[p->first]) {
        continue;
      }
      people.push_back(p);
      if (Gender g = WordGender(toks_[p->first].lower); g != Gender::kUnknown) {
        note(p->target.id, g);  // "Mrs Alma Torvik": the honorific inside the name
      }
      size_t b = SentenceBegin(p->first);
      size_t from = p->title_prefix ? p->title_prefix->first : p->first;
      for (size_t k = from; k > b && from - k < 3;) {
        --k;
        if (!toks_[k].is_word && toks_[k].lower != ".") break;
        if (Gender g = WordGender(toks_[k].lower); g != Gender::kUnknown) {
          note(p->target.id, g);
          break;
        }
      }
      for (auto range : {p->apposition, p->title_prefix}) {
        if (!range) continue;
        for (size_t k = range->first; k < range->second; ++k) {
          if (Gender g = WordGender(toks_[k].lower); g != Gender::kUnknown) {
            note(p->target.id, g);
            break;
          }
        }
      }
    }
    size_t next = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (taken_[i] || !toks_[i].is_word) continue;
      const Gender g = PronounGender(toks_[i].lower);
      if (g == Gender::kUnknown) continue;
      const size_t s = toks_[i].sentence;
      while (next < people.size() && toks_[people[next]->first].sentence + 1 < s) ++next;
      const std::string* only = nullptr;
      bool several = false;
      for (size_t k = next; k < people.size() && people[k]->first < i; ++k) {
        if (only != nullptr && *only != people[k]->target.id) several = true;
        only = &people[k]->target.id;
      }
      if (only != nullptr && !several) note(*only, g);
    }
    return out;
  }

  // A capitalized word after another capitalized or brand-shaped word ("iPod Nano", "OS X Lion"):
  // the end of a longer name, not a name of its own.
  bool ContinuesName(size_t i) const {
    if (i == 0 || toks_[i - 1].sentence != toks_[i].sentence) return false;
    const Token& prev = toks_[i - 1];
    return prev.is_word && (prev.capitalized || BrandShaped(i - 1));
  }

  // "Worldwide Developers Conference": a capitalized word inside a run of capitalized words.
  bool InsideCapitalizedName(size_t i) const {
    if (!toks_[i].capitalized || i == SentenceBegin(i)) return false;
    bool before = toks_[i - 1].is_word && toks_[i - 1].capitalized;
    bool after = i + 1 < SentenceEnd(i) && toks_[i + 1].is_word && toks_[i + 1].capitalized;
    return before || after;
  }

  // The pronouns Anaphora resolves, by the antecedent they take.
  enum class PronounClass { kNone, kPerson, kThing, kPlural, kSpeaker };

  // One table lookup per token instead of a comparison with each pronoun in turn.
  static PronounClass PronounClassOf(std::string_view w) {
    static const auto* table = [] {
      auto* t = new WordTable<PronounClass>();
      for (std::string_view p : {"he", "him", "his", "himself", "she", "her", "herself"}) {
        t->Insert(p, PronounClass::kPerson);
      }
      for (std::string_view p : {"it", "its", "itself"}) t->Insert(p, PronounClass::kThing);
      for (std::string_view p : {"they", "them", "their", "themselves"}) {
        t->Insert(p, PronounClass::kPlural);
      }
      for (std::string_view p : {"i", "me", "my"}) t->Insert(p, PronounClass::kSpeaker);
      return t;
    }();
    const PronounClass* c = table->Find(w);
    return c == nullptr ? PronounClass::kNone : *c;
  }

  static bool IsAuxiliary(std::string_view w) {
    static const WordSet kWords = {"will", "would", "can", "could", "may", "might", "must",
                                   "shall", "should", "has", "have", "had", "is", "are", "was",
                                   "were", "be", "been", "being", "do", "does", "did"};
    return kWords.Contains(w);
  }

  static bool IsQuantifierPronoun(std::string_view w) {
    static const WordSet kWords = {"some", "others", "many", "several", "most", "few"};
    return kWords.Contains(w);
  }

  static bool IsIndefinitePersonPronoun(std::string_view w) {
    static const WordSet kWords = {"everyone", "everybody", "someone", "somebody", "anyone",
                                   "anybody", "nobody"};
    return kWords.Contains(w);
  }

  // A quantifier used as a pronoun, not as a determiner: what follows is no noun or adjective
  // ("Some had", "others endured", "of many,").
  bool StandsAlone(size_t i) const {
    if (i + 1 >= SentenceEnd(i)) return true;
    const Token& next = toks_[i + 1];
    if (!next.is_word) return true;
    if (lex_ == nullptr) return false;
    return !CanAt(i + 1, WordPos::kNoun) && !CanAt(i + 1, WordPos::kAdjective);
  }

  // "Apple Corps sues": a verb form right after a name or a subject pronoun is the verb.
  bool AfterSubject(size_t i) const {
    if (i == SentenceBegin(i) || lex_ == nullptr || !CanAt(i, WordPos::kVerb)) {
      return false;
    }
    std::string_view prev = toks_[i - 1].lower;
    return (taken_[i - 1] && toks_[i - 1].capitalized) || Eq(prev, "he") || Eq(prev, "she") ||
           Eq(prev, "it") || Eq(prev, "they") || Eq(prev, "who") || Eq(prev, "which");
  }

  bool NameWordAt(size_t k) const { return k < toks_.size() && NameWord(k); }

  // A common noun right before (not an adjective): "the film industry" is a kind of industry, not
  // the organization just named.
  bool NounModified(size_t i) const {
    if (i == SentenceBegin(i) || lex_ == nullptr) return false;
    const Token& prev = toks_[i - 1];
    return prev.is_word && !prev.capitalized && !IsFunctionWord(prev.lower) && prev.lower != "'s" &&
           CanAt(i - 1, WordPos::kNoun) && !CanAt(i - 1, WordPos::kAdjective);
  }

  // A determiner or possessive before the noun, possibly across adjectives: "the former executive".
  bool Determined(size_t i) const {
    size_t b = SentenceBegin(i);
    for (size_t k = i; k > b && i - k < 4;) {
      --k;
      std::string_view w = toks_[k].lower;
      if (Eq(w, "the") || Eq(w, "this") || Eq(w, "that") || Eq(w, "these") || Eq(w, "those") ||
          Eq(w, "its") || Eq(w, "their") || Eq(w, "'s")) {
        return true;
      }
      // Adjectives and names between ("the European diplomat") are part of the phrase; a modal
      // or auxiliary ends it ("this may have").
      if (!toks_[k].is_word || IsFunctionWord(w) || IsAuxiliary(w)) return false;
    }
    return false;
  }

  // "it is interesting to note", "it was announced that": no referent.
  bool Expletive(size_t i) const {
    // "is not it": a predicate, not a reference.
    if (i > SentenceBegin(i)) {
      std::string_view before = toks_[i - 1].lower;
      if (Eq(before, "is") || Eq(before, "was") || Eq(before, "not") || Eq(before, "be"))
        return true;
    }
    size_t end = SentenceEnd(i);
    if (i + 1 >= end) return false;
    std::string_view v = toks_[i + 1].lower;
    if (!Eq(v, "is") && !Eq(v, "was") && !Eq(v, "'s") && !Eq(v, "seems") && !Eq(v, "has") &&
        !Eq(v, "will")) {
      return false;
    }
    for (size_t k = i + 2; k < end && k < i + 6; ++k) {
      if (toks_[k].lower == "to" || toks_[k].lower == "that") return true;
    }
    return false;
  }

  // The speaker of a quotation holding token `i`: a person named outside the quotes in the same
  // sentence, else in the sentence before.
  const Target* Speaker(size_t i, const std::vector<const Pending*>& order,
                        const std::deque<Pending>& added) const {
    size_t s = toks_[i].sentence;
    auto speaks = [&](const Pending& p, size_t sentence) {
      return toks_[p.first].sentence == sentence && !doc_.in_quote[p.first] &&
             p.target.kind == EntityKind::kPerson;
    };
    // A description ("the European diplomat", resolved above) counts as well as a name.
    for (size_t sentence : {s, s > 0 ? s - 1 : s}) {
      if (doc_.paragraph[sentence] != doc_.paragraph[s]) continue;
      for (const Pending* p : order) {
        if (speaks(*p, sentence)) return &p->target;
      }
      for (const Pending& p : added) {
        if (speaks(p, sentence)) return &p.target;
      }
    }
    return nullptr;
  }

  EntityAnalysis Build() {
    // Sorting the mentions themselves moves each (a target of several strings) many times; they
    // are read in the order of their sorted indices instead, and never move.
    std::vector<size_t> by_first(pending_.size());
    std::iota(by_first.begin(), by_first.end(), size_t{0});
    std::sort(by_first.begin(), by_first.end(),
              [this](size_t a, size_t b) { return pending_[a].first < pending_[b].first; });
    EntityAnalysis out;
    out.token_mention.assign(toks_.size(), -1);
    out.token_apposition.assign(toks_.size(), -1);
    out.mentions.reserve(pending_.size());
    out.entities.reserve(pending_.size());
    WordTable<size_t> index;  // entity ids to their place in out.entities
    index.Reserve(pending_.size());
    // The mentions are read for the last time here: an entity takes its first mention's strings
    // and titles instead of copies (an allocation each for most ids and names).
    for (size_t at : by_first) {
      Pending& p = pending_[at];
      const size_t known = index.size();
      size_t& entity = index[p.target.id];
      if (index.size() != known) {
        entity = out.entities.size();
        Entity e;
        e.id = std::move(p.target.id);
        e.kind = p.target.kind;
        e.name = std::move(p.target.name);
        e.country = std::move(p.target.country);
        e.lat = p.target.lat;
        e.lon = p.target.lon;
        out.entities.push_back(std::move(e));
      }
      Entity& e = out.entities[entity];
      EntityMention m;
      m.entity = entity;
      m.first = p.first;
      m.last = p.last;
      m.span = {toks_[p.first].span.begin, toks_[p.last - 1].span.end};
      m.form = p.form;
      m.possessive = (p.last < toks_.size() && Eq(toks_[p.last].lower, "'s") &&
                      toks_[p.last].sentence == toks_[p.first].sentence) ||
                     (p.form == MentionForm::kPronoun && IsPossessivePronoun(toks_[p.first].lower));
      m.apposition = p.apposition;
      e.mentions.push_back(m.span);
      if (p.form == MentionForm::kName || p.form == MentionForm::kShortName) {
        const std::string_view surface = doc_.text.substr(m.span.begin, m.span.end - m.span.begin);
        if (!SameText(surface, e.name)) e.aliases.emplace_back(surface);
      }
      for (std::string& title : p.titles) e.titles.push_back(std::move(title));
      int mention_index = static_cast<int>(out.mentions.size());
      for (size_t k = p.first; k < p.last; ++k) out.token_mention[k] = mention_index;
      for (auto range : {p.apposition, p.title_prefix}) {
        if (!range) continue;
        for (size_t k = range->first; k < range->second; ++k) {
          out.token_apposition[k] = mention_index;
        }
      }
      out.mentions.push_back(m);
    }
    for (EntityMention& m : out.mentions) {
      m.embedded = out.token_apposition[m.first] >= 0;
    }
    // A person's country: the first country named in the person's titles or appositions.
    for (const EntityMention& m : out.mentions) {
      if (!m.embedded) continue;
      const EntityMention& owner = out.mentions[out.token_apposition[m.first]];
      Entity& person = out.entities[owner.entity];
      const Entity& named = out.entities[m.entity];
      if (person.kind == EntityKind::kPerson && person.country.empty() &&
          named.kind == EntityKind::kCountry) {
        person.country = named.country;
      }
    }
    for (Entity& e : out.entities) {
      std::sort(e.aliases.begin(), e.aliases.end());
      e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
      std::sort(e.titles.begin(), e.titles.end());
      e.titles.erase(std::unique(e.titles.begin(), e.titles.end()), e.titles.end());
    }
    return out;
  }

  const Document& doc_;
  const std::vector<Token>& toks_;
  // Per token: part of a mention already. Bytes, not std::vector<bool>'s bits: the recognizers
  // read it for nearly every token several times.
  std::vector<char> taken_;
  std::vector<char> name_word_;             // per token: NameWord
  mutable std::vector<int8_t> title_word_;  // per token: -1 not yet known, else TitleWord
  std::vector<Pending> pending_;
  CountrySet doc_countries_;
  const Lexicon* lex_ = nullptr;
  mutable std::vector<int8_t> person_noun_;       // per token: -1 not yet known, else PersonNounAt
  mutable std::vector<int8_t> person_noun_form_;  // per form: -1 not yet known, else PersonNoun
  mutable std::vector<int8_t> facility_form_;     // per form: -1 not yet known, else FacilityRole
  mutable std::vector<uint8_t> place_word_form_;  // per form: PlaceWordRole, or kRoleUnknown
  // The places the text introduced by the words around them (AddNamedPlace), by name.
  std::map<std::string, Target, std::less<>> named_places_;
  mutable std::vector<char> lower_forms_;         // see LowerCaseForms()
  mutable std::vector<int8_t>
      institution_noun_;  // per form: -1 not yet known, else InstitutionNoun
  mutable std::optional<WordSet> unnamed_acronyms_;
};

}  // namespace

bool IsActorKind(EntityKind k) {
  return k == EntityKind::kPerson || k == EntityKind::kOrganization ||
         k == EntityKind::kCountry || k == EntityKind::kGroup;
}

EntityAnalysis RecognizeEntities(const Document& doc) { return Recognizer(doc).Run(); }

}  // namespace eg
