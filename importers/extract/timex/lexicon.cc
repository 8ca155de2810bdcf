#include "importers/extract/timex/lexicon.h"

#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "importers/extract/words/word_table.h"

namespace eg::timex {
namespace {

template <typename V>
struct Entry {
  std::string_view word;
  V value;
};

// The tables are asked about nearly every word near a number or an anchor word, and most words are
// in none of them: a WordTable answers a miss from the key's length or first byte, where a scan
// compared every entry. Insert keeps the first value of a repeated word, as the scan did.
template <typename V, size_t N>
const WordTable<V>* MakeTable(const Entry<V> (&table)[N]) {
  auto* t = new WordTable<V>();
  for (const auto& e : table) t->Insert(e.word, e.value);
  return t;
}

template <typename V>
std::optional<V> Find(const WordTable<V>& table, std::string_view word) {
  const V* v = table.Find(word);
  if (v == nullptr) return std::nullopt;
  return *v;
}

template <size_t N>
const WordSet* MakeSet(const std::string_view (&table)[N]) {
  auto* s = new WordSet();
  for (std::string_view w : table) s->Insert(w);
  return s;
}

// Month value; a negative value marks an abbreviation.
constexpr Entry<int> kMonths[] = {
    {"january", 1},  {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},
    {"june", 6},     {"july", 7},     {"august", 8},    {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", -1},    {"feb", -2},     {"mar", -3},
    {"apr", -4},     {"jun", -6},     {"jul", -7},      {"aug", -8},     {"sep", -9},
    {"sept", -9},    {"oct", -10},    {"nov", -11},     {"dec", -12},
};

constexpr Entry<int> kWeekdays[] = {
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
    {"saturday", 6}, {"sunday", 7}, {"mon", -1},     {"tue", -2},     {"tues", -2},
    {"wed", -3},   {"thu", -4},    {"thur", -4},     {"thurs", -4},   {"fri", -5},
    {"sat", -6},   {"sun", -7},
};

constexpr Entry<int> kNumberWords[] = {
    {"one", 1},      {"two", 2},        {"three", 3},    {"four", 4},     {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},    {"nine", 9},     {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},   {"sixty", 60},   {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"thousand", 1000}, {"dozen", 12},
};

constexpr Entry<int> kOrdinalWords[] = {
    {"first", 1},     {"second", 2},      {"third", 3},      {"fourth", 4},     {"fifth", 5},
    {"sixth", 6},     {"seventh", 7},     {"eighth", 8},     {"ninth", 9},      {"tenth", 10},
    {"eleventh", 11}, {"twelfth", 12},    {"thirteenth", 13}, {"fourteenth", 14},
    {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}, {"last", -1},
};

constexpr Entry<UnitWord> kUnits[] = {
    {"second", {Unit::kSecond, false}},     {"seconds", {Unit::kSecond, true}},
    {"minute", {Unit::kMinute, false}},     {"minutes", {Unit::kMinute, true}},
    {"hour", {Unit::kHour, false}},         {"hours", {Unit::kHour, true}},
    {"day", {Unit::kDay, false}},           {"days", {Unit::kDay, true}},
    {"week", {Unit::kWeek, false}},         {"weeks", {Unit::kWeek, true}},
    {"weekend", {Unit::kWeekend, false}},   {"weekends", {Unit::kWeekend, true}},
    {"fortnight", {Unit::kFortnight, false}}, {"fortnights", {Unit::kFortnight, true}},
    {"month", {Unit::kMonth, false}},       {"months", {Unit::kMonth, true}},
    {"quarter", {Unit::kQuarter, false}},   {"quarters", {Unit::kQuarter, true}},
    {"year", {Unit::kYear, false}},         {"years", {Unit::kYear, true}},
    {"decade", {Unit::kDecade, false}},     {"decades", {Unit::kDecade, true}},
    {"century", {Unit::kCentury, false}},   {"centuries", {Unit::kCentury, true}},
    {"millennium", {Unit::kMillennium, false}}, {"millennia", {Unit::kMillennium, true}},
};

constexpr Entry<std::string_view> kSeasons[] = {
    {"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"},
};

constexpr Entry<std::string_view> kPartsOfDay[] = {
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"},
};

constexpr Entry<std::string_view> kFrequencyAdverbs[] = {
    {"hourly", "PT1H"},   {"daily", "P1D"},    {"nightly", "P1D"}, {"weekly", "P1W"},
    {"biweekly", "P2W"},  {"monthly", "P1M"},  {"yearly", "P1Y"},
    {"annually", "P1Y"},
};

constexpr std::string_view kTemporalContext[] = {
    "on", "in", "at", "by", "since", "until", "till", "before", "after", "from", "through",
    "during", "of", "for", "last", "next", "this", "that", "early", "late", "mid", "every",
    "each", "the", "a", "and", "or", "but", "as", "to", "between", "late", "earlier", "later",
    "then", "since", "around", "about", "only", "even", "until", "also", "starting", "ending",
    "beginning", "throughout", "that", "when", "while", "if", "on", "as", "said", "says",
    "today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "until", "til", "past",
};

// Irregular past forms (and "ago"): the "-ed" rule in IsPastCue covers regular verbs.
constexpr std::string_view kPastIrregular[] = {
    "was", "were", "had", "did", "said", "told", "met", "held", "made", "took", "gave", "went",
    "came", "began", "saw", "left", "won", "lost", "found", "brought", "thought", "became",
    "fell", "rose", "sent", "spent", "spoke", "wrote", "broke", "struck", "shot", "hit", "led",
    "paid", "sold", "bought", "fought", "flew", "drove", "ran", "got", "knew", "grew", "threw",
    "ago", "last", "earlier", "previously", "yesterday", "meant", "felt", "kept", "heard",
    "stood", "sat", "understood", "wore", "tore", "ate", "drew", "swore", "chose", "froze",
    "forgot", "arose", "rode", "sang", "sank", "shook", "stole", "woke", "undertook", "died",
    "fled", "sought", "caught", "taught", "built", "withdrew", "laid", "dealt", "swept",
    "overtook", "hung", "stuck", "swam", "foresaw",
};
// "-ed" words that are not past forms (or are adjectives far more often than verbs).
constexpr std::string_view kEdExceptions[] = {
    "need", "speed", "seed", "feed", "bed", "red", "shed", "breed", "deed", "greed", "weed",
    "creed", "steed", "hundred", "united", "proceed", "exceed", "succeed", "indeed", "bleed",
    "embed", "wed", "led", "fled", "sled", "shred", "bred", "sacred", "naked", "wicked",
    "kindred", "rugged", "ragged", "scheduled", "expected", "planned", "intended",
};
constexpr std::string_view kFuture[] = {
    "will", "ll", "shall", "going", "next", "upcoming", "coming", "tomorrow", "plans", "plan",
    "planning", "planned", "scheduled", "expected", "expects", "due", "intends", "intended",
    "aims", "set", "hopes", "would", "later", "soon", "forthcoming", "must", "should", "payable",
    "meet", "meets", "begins", "starts", "opens", "leaves", "arrives", "visits", "resumes",
    "travels", "heads", "returns", "closes", "ends", "expires",
};

}  // namespace

std::optional<int> MonthOf(std::string_view word, bool* abbreviation) {
  static const auto* months = MakeTable(kMonths);
  const auto v = Find(*months, word);
  if (!v) return std::nullopt;
  if (abbreviation) *abbreviation = *v < 0;
  return *v < 0 ? -*v : *v;
}

std::optional<int> WeekdayOf(std::string_view word, bool* abbreviation) {
  static const auto* weekdays = MakeTable(kWeekdays);
  const auto v = Find(*weekdays, word);
  if (!v) return std::nullopt;
  if (abbreviation) *abbreviation = *v < 0;
  return *v < 0 ? -*v : *v;
}

std::optional<int> NumberWordOf(std::string_view word) {
  static const auto* numbers = MakeTable(kNumberWords);
  return Find(*numbers, word);
}
std::optional<int> OrdinalWordOf(std::string_view word) {
  static const auto* ordinals = MakeTable(kOrdinalWords);
  return Find(*ordinals, word);
}
std::optional<UnitWord> UnitOf(std::string_view word) {
  static const auto* units = MakeTable(kUnits);
  return Find(*units, word);
}

bool IsTimeUnit(Unit u) { return u == Unit::kSecond || u == Unit::kMinute || u == Unit::kHour; }

std::optional<std::string_view> SeasonOf(std::string_view word) {
  static const auto* seasons = MakeTable(kSeasons);
  return Find(*seasons, word);
}
std::optional<std::string_view> PartOfDayOf(std::string_view word) {
  static const auto* parts = MakeTable(kPartsOfDay);
  return Find(*parts, word);
}
std::optional<std::string_view> FrequencyAdverbOf(std::string_view word) {
  static const auto* adverbs = MakeTable(kFrequencyAdverbs);
  return Find(*adverbs, word);
}

bool IsTemporalContextWord(std::string_view word) {
  static const auto* context = MakeSet(kTemporalContext);
  return context->Contains(word) || MonthOf(word) || WeekdayOf(word) || UnitOf(word) ||
         SeasonOf(word) || NumberWordOf(word) || OrdinalWordOf(word);
}

namespace {

// Deictic and fuzzy words that anchor expressions outside the tables above.
constexpr std::string_view kAnchorWords[] = {
    "now", "currently", "presently", "nowadays", "recently", "lately", "soon", "recent", "past",
    "future", "present", "today", "yesterday", "tomorrow", "tonight", "overnight", "noon",
    "midday", "midnight", "christmas", "thanksgiving", "halloween", "easter", "once", "twice",
    "thrice", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
    "nineties", "current", "previously", "earlier", "later", "coming", "upcoming", "ahead",
    "times", "period", "term", "time", "while", "moment", "quarterly", "annual", "then",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "fy", "q", "h", "yet", "already", "former", "formerly", "eve",
};

// Calls `visit` with every anchor word, table by table: the anchor set and the table of answers
// are built from the same walk, so they cannot disagree on which words anchor.
template <typename Visit>
void ForEachAnchorWord(Visit&& visit) {
  auto visit_all = [&](const auto& table) {
    for (const auto& e : table) visit(std::string_view(e.word));
  };
  visit_all(kMonths);
  visit_all(kWeekdays);
  visit_all(kNumberWords);
  visit_all(kOrdinalWords);
  visit_all(kUnits);
  visit_all(kSeasons);
  visit_all(kPartsOfDay);
  visit_all(kFrequencyAdverbs);
  for (std::string_view w : kAnchorWords) visit(w);
}

// One set of every anchor word, built on first use (thread-safe static initialization).
const WordSet& BuildAnchorSet() {
  static const auto* set = [] {
    auto* s = new WordSet();
    ForEachAnchorWord([&](std::string_view w) { s->Insert(w); });
    return s;
  }();
  return *set;
}

}  // namespace

const WordSet& TemporalAnchors() { return BuildAnchorSet(); }

namespace {

// The answers of every anchor word, in one array, and the words' indices in a small table: the
// tagger looks up every word of a text here, and the slots of a table that held the answers
// themselves would span several times as many cache lines, cold ones inside the extraction.
//
// Nearly half the words of a news text pass the table's own test of length and first and last
// byte, and each then costs a hash and a probe; `filter` turns most of them away first. It has one
// bit per FilterBit() of an anchor word: a clear bit means no anchor word.
struct WordInfos {
  std::vector<WordInfo> infos;
  WordTable<uint16_t> index;
  std::array<uint64_t, 64> filter{};
};

// A bit number below 4096 from a word's length and its first, second and last bytes.
[[gnu::always_inline]] inline uint32_t FilterBit(std::string_view w) {
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const size_t n = w.size();
  const uint32_t key = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[n > 1 ? 1 : 0]) << 8 |
                       static_cast<uint32_t>(p[n - 1]) << 16 | static_cast<uint32_t>(n) << 24;
  return (key * 0x9E3779B1u) >> 20;
}

const WordInfos& BuildWordInfos() {
  // Filled from the functions above, word by word, so that every answer is theirs.
  static const auto* built = [] {
    auto* t = new WordInfos();
    auto add = [&](std::string_view w) {
      WordInfo info;
      info.month = MonthOf(w, &info.month_abbreviation);
      info.weekday = WeekdayOf(w, &info.weekday_abbreviation);
      info.number = NumberWordOf(w);
      info.ordinal = OrdinalWordOf(w);
      info.unit = UnitOf(w);
      info.season = SeasonOf(w);
      info.part_of_day = PartOfDayOf(w);
      info.frequency = FrequencyAdverbOf(w);
      if (t->index.Insert(w, static_cast<uint16_t>(t->infos.size()))) t->infos.push_back(info);
      const uint32_t bit = FilterBit(w);
      t->filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    };
    ForEachAnchorWord(add);
    return t;
  }();
  return *built;
}

}  // namespace

const WordInfo* WordInfoOf(std::string_view word) {
  static const WordInfos& kInfos = BuildWordInfos();
  if (word.empty()) return nullptr;  // no anchor word is empty
  const uint32_t bit = FilterBit(word);
  if ((kInfos.filter[bit >> 6] >> (bit & 63) & 1) == 0) return nullptr;
  const uint16_t* at = kInfos.index.Find(word);
  return at == nullptr ? nullptr : &kInfos.infos[*at];
}

bool IsPastCue(std::string_view word) {
  static const auto* irregular = MakeSet(kPastIrregular);
  static const auto* exceptions = MakeSet(kEdExceptions);
  if (irregular->Contains(word)) return true;
  if (word.size() >= 5 && word.substr(word.size() - 2) == "ed") {
    return !exceptions->Contains(word);
  }
  return false;
}

bool IsFutureCue(std::string_view word) {
  static const auto* future = MakeSet(kFuture);
  return future->Contains(word);
}

}  // namespace eg::timex
