// The tagger is a small rule engine over the tokens of tokenizer.h. At each token the rules
// propose candidates (a token range plus a normalized TIMEX3 value); the longest wins, ties go to
// the earlier rule, and scanning resumes after it, which keeps results sorted and disjoint.
// Values follow TimeBank 1.2's conventions; calendar arithmetic lives in calendar.cc.
#include "importers/extract/timex/timex.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "importers/extract/timex/calendar.h"
#include "importers/extract/timex/lexicon.h"
#include "importers/extract/timex/tokenizer.h"
#include "importers/extract/words/word_table.h"

namespace eg {

std::string_view TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

namespace timex {
namespace {

namespace bg = boost::gregorian;

// How a candidate's calendar span follows from its value.
enum class Anchor : int {
  kExplicit,  // the text names the calendar unit ("February 2022")
  kRelative,  // counted from the DCT ("last week", "Monday")
  kUntilDct,  // from the start of the value's span up to the DCT ("earlier this year")
  kFromDct,   // from the DCT to the end of the value's span ("later this month")
};

struct Candidate {
  size_t begin = 0;  // token range [begin, end)
  size_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;
  std::string mod;
  Anchor anchor = Anchor::kExplicit;
};

// A reference to one day: "December 1, 2025", "yesterday", "Monday".
struct DayRef {
  size_t end = 0;
  std::string value;
  bool relative = false;
};

// A clock time: "10 a.m.", "14:08:36", "noon"; `value` is the TIMEX3 time part ("T10:00").
struct Clock {
  size_t end = 0;
  int hour = 0;
  std::string value;
};

// A count before a unit: 3, "three", "twenty-four", "a", "several" (kUnknownCount).
constexpr long long kUnknownCount = -2;
struct Count {
  size_t end = 0;
  long long n = 0;
  bool article = false;  // "a"/"an": only a singular unit may follow
};

constexpr std::string_view kTimeZones[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst",
                                           "mdt", "pst", "pdt", "cet", "cest", "bst", "et",
                                           "pt", "msk", "ist", "jst", "eet", "eest"};

// True when `w` is one of the string literals `words`. The rules ask this of short literal lists
// for most tokens they try: taking the literals as template arguments turns each call into
// comparisons with constant lengths and constant bytes, where a loop over a list of views, built
// anew at each call, was an eighth of the tagger's time.
template <size_t... N>
[[gnu::always_inline]] inline bool OneOf(std::string_view w, const char (&... words)[N]) {
  return ((w.size() == N - 1 && SameWord(words, w.data(), N - 1)) || ...);
}

// The lexicon's answers for a token that is no anchor word: none.
const WordInfo kNoWordInfo;

class Tagger {
 public:
  Tagger(std::string_view text, std::optional<Date> dct)
      : text_(text), tok_(Tokenize(text, &lowered_)), dct_(dct) {
    // One pass from the end: one lookup per word gives every table's answer for it (the rules
    // read them from lex_), and each token learns the next anchor, unit and quarter word.
    const size_t n = tok_.size();
    lex_.resize(n);
    next_.resize(n + 1);
    next_[n] = Next{n, n, n};
    for (size_t k = n; k-- > 0;) {
      const Token& t = tok_[k];
      const WordInfo* info = &kNoWordInfo;
      bool part = false;
      if (t.kind == TokenKind::kWord) {
        if (const WordInfo* found = WordInfoOf(t.lower)) info = found;
        if (OneOf(t.lower, "quarter", "quarterly")) reports_quarters_ = true;
        part = OneOf(t.lower, "quarter", "quarters", "half", "q", "h");
      }
      lex_[k] = info;
      const Next& after = next_[k + 1];
      next_[k] = Next{t.kind == TokenKind::kNumber || info != &kNoWordInfo ? k : after.anchor,
                      info->unit ? k : after.unit, part ? k : after.part};
    }
  }

  std::vector<Timex> Run() {
    std::vector<Timex> out;
    // Every rule's match holds a number or an anchor word within its first kReach tokens, so
    // only tokens that have one that close are tried: most of a news text has none, and the
    // rules cost far more than this one hash lookup per word.
    constexpr size_t kReach = 6;
    size_t i = 0;
    while (i < tok_.size()) {
      const size_t anchor = next_[i].anchor;
      if (anchor >= tok_.size()) break;
      if (anchor - i >= kReach) {
        i = anchor - (kReach - 1);
        continue;
      }
      std::optional<Candidate> best = Best(i);
      if (!best) {
        ++i;
        continue;
      }
      out.push_back(Finish(*best));
      Remember(best->value, best->type);
      RememberReportPeriod(*best);
      i = best->end;
    }
    return out;
  }

 private:
  // ---- token predicates ----
  size_t N() const { return tok_.size(); }
  const Token& T(size_t i) const { return tok_[i]; }
  // What the lexicon's tables say of token i (all empty for a token that is no anchor word).
  const WordInfo& Lex(size_t i) const { return *lex_[i]; }
  // The token tests below run for every token position and rule, hundreds of thousands of times
  // per corpus: they are inlined, and compare lengths before bytes without a call to memcmp.
  [[gnu::always_inline]] bool IsWord(size_t i) const {
    return i < N() && tok_[i].kind == TokenKind::kWord;
  }
  [[gnu::always_inline]] bool Word(size_t i, std::string_view w) const {
    return IsWord(i) && SameText(tok_[i].lower, w);
  }
  template <size_t... N>
  [[gnu::always_inline]] bool WordIn(size_t i, const char (&... ws)[N]) const {
    return IsWord(i) && OneOf(tok_[i].lower, ws...);
  }
  [[gnu::always_inline]] bool Punct(size_t i, std::string_view p) const {
    return i < N() && tok_[i].kind == TokenKind::kPunct && SameText(tok_[i].lower, p);
  }
  [[gnu::always_inline]] static bool SameText(std::string_view a, std::string_view b) {
    return a.size() == b.size() && SameWord(a.data(), b.data(), b.size());
  }
  bool Num(size_t i) const {
    return i < N() && tok_[i].kind == TokenKind::kNumber && tok_[i].digits > 0;
  }
  bool NumDigits(size_t i, int lo, int hi) const {
    return Num(i) && tok_[i].digits >= lo && tok_[i].digits <= hi;
  }
  long long Val(size_t i) const { return tok_[i].number; }
  // Token i touches the previous token (no white space between).
  bool Glued(size_t i) const { return i < N() && !tok_[i].space_before; }

  // True when token i starts a sentence, a line, a quotation or a parenthesis: a capital there
  // says nothing about names.
  bool SentenceInitial(size_t i) const {
    if (i == 0 || tok_[i].newline_before) return true;
    const Token& p = tok_[i - 1];
    if (p.kind != TokenKind::kPunct) return false;
    return OneOf(p.lower, ".", "!", "?", ":", ";", "\"", "'", "`", "(", "[", "|", "-",
                 "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                 "\xE2\x80\x99", "\xE2\x80\xA6", ",");
  }

  // True when token i opens a sentence or a quotation: unlike SentenceInitial, a comma or a dash
  // before it does not count.
  bool HeadOfSentence(size_t i) const {
    if (i == 0 || tok_[i].newline_before) return true;
    const Token& p = tok_[i - 1];
    return p.kind == TokenKind::kPunct &&
           OneOf(p.lower, ".", "!", "?", ":", ";", "\"", "`", "'", "\xE2\x80\x9C");
  }

  // A capitalized word in [first, last] (a weekday, month, season or holiday name) that belongs to
  // a proper name: "Good Friday Agreement", "Theresa May", "Arab Spring". A capitalized word after
  // it continues a name when a capitalized word or "the" precedes it; `loose` names (May, the
  // seasons) are also names after any capitalized word that does not start the sentence. Weekdays
  // are not: news style puts them right after places ("in Iraq Friday").
  bool InProperName(size_t first, size_t last, bool loose) const {
    const bool prev_cap = first > 0 && IsWord(first - 1) && T(first - 1).capitalized &&
                          !T(first - 1).all_caps && !IsTemporalContextWord(T(first - 1).lower);
    if (loose && prev_cap && !SentenceInitial(first - 1)) return true;
    if (prev_cap && WordIn(first - 1, "good", "black", "holy", "cyber", "ash", "palm", "super",
                           "bloody", "great", "man", "girl")) {
      return true;
    }
    const size_t next = last + 1;
    const bool next_cap = IsWord(next) && T(next).capitalized && !T(next).all_caps &&
                          !IsTemporalContextWord(T(next).lower) && !T(next).newline_before;
    return next_cap && (prev_cap || (first > 0 && Word(first - 1, "the")));
  }

  // "Today", "Now", "Yesterday" capitalized in mid-sentence are names ("Russia Today", "USA
  // Today"); lowercase or at the start of a sentence they are time words.
  bool CapitalizedMidSentence(size_t i) const {
    return T(i).capitalized && !T(i).all_caps && !SentenceInitial(i);
  }

  // The dot at i ends an abbreviation ("a.m.", "p.m.", "Sept."), not a sentence.
  bool AbbreviationDot(size_t i) const {
    return i > 0 && Glued(i) && IsWord(i - 1) &&
           (T(i - 1).lower.size() == 1 || Lex(i - 1).month.has_value());
  }

  // "had" or "hadn't" before the end of the sentence that follows token `end`.
  bool PastPerfectAfter(size_t end) const {
    for (size_t k = end; k < N() && k < end + 10; ++k) {
      if (Punct(k, ".") || Punct(k, ";") || Punct(k, "?") || Punct(k, "!")) return false;
      if (WordIn(k, "had", "hadn")) return true;
    }
    return false;
  }

  // A calendar word written with a capital inside a sentence ("60 Minutes", ABC's "This Week",
  // "High Noon") is part of a title or a name, not a time.
  bool TitleCased(size_t i) const {
    return IsWord(i) && T(i).capitalized && !T(i).all_caps && !SentenceInitial(i);
  }

  // True for an "-ed" word right after a determiner, or after a determiner and an adverb: "the
  // proposed merger", "a still unspecified date". Such an adjective tells no tense.
  bool AdjectiveInNounPhrase(size_t i) const {
    std::string_view w = T(i).lower;
    if (i == 0 || w.size() < 3 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
    auto determiner = [&](size_t k) {
      return WordIn(k, "a", "an", "the", "its", "their", "his", "her", "this", "that", "these",
                    "those", "our", "any", "no", "some");
    };
    if (determiner(i - 1)) return true;
    if (i < 2 || !determiner(i - 2) || !IsWord(i - 1)) return false;
    std::string_view adverb = T(i - 1).lower;
    return (adverb.size() > 3 && adverb.compare(adverb.size() - 2, 2, "ly") == 0) ||
           OneOf(adverb, "still", "yet", "long", "much", "once");
  }

  // The tense around tokens [begin, end): the nearest past or future cue, looking at most
  // kWindow tokens each way (across sentence ends); the left side wins ties because English
  // puts the reporting verb first ("said Friday").
  // With `left_only` only the words before `begin` count: a parenthesis that restates a time
  // ("at 4 in the morning (4 a.m. EDT Thursday)") shares the tense of the clause it interrupts.
  Direction TenseAround(size_t begin, size_t end, bool left_only = false) const {
    constexpr size_t kWindow = 12;
    auto cue = [&](size_t i) -> Direction {
      if (!IsWord(i)) return Direction::kNone;
      std::string_view w = T(i).lower;
      if (w == "ll" && i > 0 && (Punct(i - 1, "'") || Punct(i - 1, "\xE2\x80\x99"))) {
        return Direction::kFuture;
      }
      // "is set to", "are set for": a plan points ahead; "set Friday as the deadline" tells
      // what was done, in any tense.
      if (w == "set") {
        // "was set on Wednesday", "had been set in March": a past passive with the day it was
        // done tells the past, not a plan.
        if (i > 0 && WordIn(i - 1, "was", "were", "been") && WordIn(i + 1, "on", "in")) {
          return Direction::kPast;
        }
        const bool passive =
            i > 0 && WordIn(i - 1, "is", "are", "be", "been", "being", "was", "were", "s", "am");
        if (passive || WordIn(i + 1, "to", "for")) return Direction::kFuture;
        // "a record high set on Aug. 6": a participle that tells when it was done.
        return WordIn(i + 1, "on", "in") ? Direction::kPast : Direction::kNone;
      }
      // "the plan", "its plans", "Iraq's plans": after a determiner the word is a noun that
      // names a plan without placing anything in time.
      if ((w == "plan" || w == "plans") && i > 0 &&
          WordIn(i - 1, "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this",
                 "that", "these", "those", "s")) {
        return Direction::kNone;
      }
      // "set aside vacation plans for the trip", "plans of the army": a preposition, a relative
      // pronoun or a punctuation mark after the word makes it a noun too; the verb takes "to"
      // or an object ("plans to visit", "plans a visit").
      if ((w == "plan" || w == "plans") &&
          (WordIn(i + 1, "for", "of", "in", "on", "with", "at", "that", "which") ||
           (i + 1 < N() && tok_[i + 1].kind == TokenKind::kPunct))) {
        return Direction::kNone;
      }
      if (IsFutureCue(w)) {
        // "three days later", "a year later": counted from a day the text tells about, which
        // places nothing ahead of the DCT.
        if (w == "later" && i > 0 && IsWord(i - 1) && Lex(i - 1).unit) {
          return Direction::kNone;
        }
        // "as planned", "as previously scheduled": what was planned is being told, not foretold.
        if (i > 0 && (Word(i - 1, "as") || (i > 1 && Word(i - 2, "as") && IsWord(i - 1) &&
                                            T(i - 1).lower.size() > 2 &&
                                            T(i - 1).lower.compare(T(i - 1).lower.size() - 2, 2,
                                                                   "ly") == 0))) {
          return Direction::kNone;
        }
        // "had been due to expire", "had been scheduled for": a plan told in the past perfect
        // has already come due.
        if (i >= 2 && Word(i - 1, "been") && Word(i - 2, "had")) return Direction::kPast;
        return Direction::kFuture;
      }
      if ((!T(i).capitalized || SentenceInitial(i)) && IsPastCue(w)) {
        // "must be returned", "will be paid", "is heard": a participle after a present or bare
        // "be" is no past tense.
        if (w != "last" && w != "ago" && w != "earlier" && i > 0 &&
            WordIn(i - 1, "be", "is", "are", "am", "being", "to")) {
          // "will be named", "shall be paid": the passive of a future tense points ahead.
          if (i > 1 && Word(i - 1, "be") && WordIn(i - 2, "will", "shall", "ll")) {
            return Direction::kFuture;
          }
          return Direction::kNone;
        }
        if (AdjectiveInNounPhrase(i)) return Direction::kNone;
        // "were planning to", "was expected to", "was due to": the auxiliary of a plan is the
        // plan's tense, not the tense of what was planned.
        if (WordIn(i, "was", "were") && IsWord(i + 1) && IsFutureCue(T(i + 1).lower)) {
          return Direction::kNone;
        }
        return Direction::kPast;
      }
      return Direction::kNone;
    };
    auto boundary = [&](size_t i) {
      return T(i).blank_line_before || Punct(i, ".") || Punct(i, "!") || Punct(i, "?") ||
             Punct(i, ";");
    };
    for (size_t d = 1; d <= kWindow; ++d) {
      if (begin >= d) {
        const size_t i = begin - d;
        if (boundary(i)) {
          // The boundary itself is no cue, but the scan goes on: in news the neighbouring
          // sentence most often shares the tense (stopping here scores worse on TimeBank).
        } else if (auto c = cue(i); c != Direction::kNone) {
          return c;
        }
      }
      const size_t j = end + d - 1;
      if (!left_only && j < N() && !boundary(j)) {
        if (auto c = cue(j); c != Direction::kNone) return c;
      }
    }
    return Direction::kNone;
  }

  // "ahead of [the weekend]", "in the run-up to": what follows lies ahead.
  bool AheadOf(size_t begin) const {
    if (begin >= 2 && Word(begin - 1, "of") && Word(begin - 2, "ahead")) return true;
    // "in time for 9 May", "in time for a June summit": a target that lies ahead.
    size_t p = begin;
    if (p > 0 && WordIn(p - 1, "a", "an", "the")) --p;
    return p >= 3 && Word(p - 1, "for") && Word(p - 2, "time") && Word(p - 3, "in");
  }

  // The way a month or a day without a year points: a deadline ("by May", "until June 1",
  // "through January") lies ahead; otherwise the tense decides.
  Direction DirectionOfName(size_t begin, size_t end) const {
    if (begin > 0 && WordIn(begin - 1, "by", "until", "till", "through")) return Direction::kFuture;
    if (AheadOf(begin)) return Direction::kFuture;
    // "since March": a start that lies behind.
    if (begin > 0 && Word(begin - 1, "since")) return Direction::kPast;
    Direction d = TenseAround(begin, end);
    // Without a tense cue, a text whose last date lies in an earlier year than the DCT is
    // telling about the past ("dating to 1994. In January, ..."): the month is the one behind.
    if (d == Direction::kNone && reference_ && dct_ &&
        reference_->year < static_cast<int>(dct_->year())) {
      d = Direction::kPast;
    }
    return d;
  }

  // True when the sentence around token i compares figures ("$66.8 million, or 81 cents a share,
  // a year ago", "up 39% from $388.5 million a year earlier") in a text that reports quarters:
  // there the comparison point is the same quarter a year back, as TimeBank reads it.
  bool ReportComparison(size_t i) const {
    if (!reports_quarters_) return false;
    for (size_t b = 1; b <= 8 && b <= i; ++b) {
      const size_t p = i - b;
      if (Punct(p, ".") || Punct(p, ";")) return false;
      if (Punct(p, "$") || Punct(p, "%") || Punct(p, "#") ||
          WordIn(p, "cents", "share", "million", "billion")) {
        return true;
      }
    }
    return false;
  }

  // Left scan and right scan stop at sentence boundaries; the loop above checks token by token,
  // so precompute nothing: sentences are short.

  // The period a sentence of a report speaks of: a quarter ("third-quarter profit", "the 1989
  // period"), a half ("the first half") or a run of months ("for the nine months"), with the
  // token after it. A year-ago comparison later in the same sentence compares that period with
  // the one a year before: "third-quarter profit rose from a year earlier" is the third quarter
  // of last year, "for the nine months, net fell from $4 million a year earlier" is last year's
  // nine months, whose closest TIMEX3 value is that year.
  struct ReportPeriod {
    int year = 0;    // the quarter's or half's year; 0 for a run of months
    char unit = 0;   // 'Q' or 'H'; 0 for a run of months
    int number = 0;  // the quarter (1..4) or half (1..2)
    size_t end = 0;  // the token after the expression
  };

  void RememberReportPeriod(const Candidate& c) {
    if (!reports_quarters_) return;
    const std::string& v = c.value;
    if (c.type == TimexType::kDate && v.size() == 7 && v[4] == '-' &&
        ((v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') ||
         (v[5] == 'H' && v[6] >= '1' && v[6] <= '2'))) {
      report_period_ = ReportPeriod{std::atoi(v.substr(0, 4).c_str()), v[5], v[6] - '0', c.end};
    } else if (c.type == TimexType::kDuration && (v == "P6M" || v == "P9M")) {
      report_period_ = ReportPeriod{0, 0, 0, c.end};
    }
  }

  // True when no sentence ends between tokens `from` and `to`. A dot after a single letter or a
  // month ("Sept. 30") ends no sentence; other abbreviations ("Corp.") count as ends, which only
  // makes the test stricter.
  bool SameSentence(size_t from, size_t to) const {
    for (size_t k = from; k < to && k < N(); ++k) {
      if (tok_[k].newline_before && k > from) return false;
      if ((Punct(k, ".") && !AbbreviationDot(k)) || Punct(k, "?") || Punct(k, "!") ||
          Punct(k, ";")) {
        return false;
      }
    }
    return true;
  }

  // The number of sentence ends between tokens `from` and `to`, by SameSentence's reading.
  int SentenceEndsBetween(size_t from, size_t to) const {
    int ends = 0;
    for (size_t k = from; k < to && k < N(); ++k) {
      if ((tok_[k].newline_before && k > from) || (Punct(k, ".") && !AbbreviationDot(k)) ||
          Punct(k, "?") || Punct(k, "!") || Punct(k, ";")) {
        ++ends;
      }
    }
    return ends;
  }

  // "year-ago results", "the year-earlier figures" in a sentence that names no period and
  // compares no figures point back at the period the sentence before spoke of: that quarter or
  // half in the year before the report's, or for a run of months that year.
  std::optional<std::string> PreviousSentenceYearAgo(size_t i) const {
    if (!report_period_ || report_period_->end > i ||
        SentenceEndsBetween(report_period_->end, i) != 1) {
      return std::nullopt;
    }
    const std::string year = ReportQuarter(1).substr(0, 4);
    if (report_period_->unit == 0) return year;
    return year + "-" + report_period_->unit + std::to_string(report_period_->number);
  }

  // The period named earlier in the sentence of token i, if any.
  std::optional<ReportPeriod> SentencePeriod(size_t i) const {
    if (!report_period_ || report_period_->end > i || !SameSentence(report_period_->end, i)) {
      return std::nullopt;
    }
    return report_period_;
  }

  // The value of a year-ago comparison at token i in a report ("from $4 million a year earlier",
  // "compared with year-earlier profit"), or nullopt where it is no comparison of the report's
  // periods: the period the sentence named a year back, else, for a comparison of figures, the
  // report's quarter a year back.
  std::optional<std::string> YearAgoComparison(size_t i, bool figures) const {
    if (auto p = SentencePeriod(i)) {
      if (p->unit == 0) return YearValue(std::atoi(ReportQuarter(1).substr(0, 4).c_str()));
      return YearValue(p->year - 1) + "-" + p->unit + std::to_string(p->number);
    }
    if (figures) return ReportQuarter(1);
    return std::nullopt;
  }

  // ---- the narrative reference: the date last mentioned ----
  // TimeML anchors anaphoric expressions ("that day", "the following year") to the last date
  // the text mentioned, and clock times in a narrated past to the day being told about. The
  // reference keeps what the value states: a year, a month, a day (0 where unknown).
  struct Reference {
    int year = 0;
    int month = 0;
    int day = 0;
  };

  void Remember(const std::string& value, TimexType type) {
    day_memo_token_ = kNoToken;
    if (type != TimexType::kDate && type != TimexType::kTime) return;
    // The first quarter the text names in the DCT's year (or in the year before, for a report
    // early in the year) is the report's quarter: "the quarter" means it from then on.
    if (dct_ && value.size() == 7 && value[4] == '-' && value[5] == 'Q' && value[6] >= '1' &&
        value[6] <= '4') {
      const int year = std::atoi(value.substr(0, 4).c_str());
      if (!named_quarter_ && (year == static_cast<int>(dct_->year()) ||
                              (year == static_cast<int>(dct_->year()) - 1 && dct_->month() <= 3))) {
        named_quarter_ = std::make_pair(year, value[6] - '0');
      }
    }
    auto digits = [&](size_t at, size_t n) {
      if (at + n > value.size()) return -1;
      int v = 0;
      for (size_t k = at; k < at + n; ++k) {
        if (value[k] < '0' || value[k] > '9') return -1;
        v = v * 10 + (value[k] - '0');
      }
      return v;
    };
    Reference r;
    r.year = digits(0, 4);
    if (r.year < 0 || (value.size() > 4 && value[4] != '-' && value[4] != 'T')) return;
    if (value.size() >= 7 && value[4] == '-') r.month = std::max(0, digits(5, 2));
    if (r.month > 0 && value.size() >= 10 && value[7] == '-') r.day = std::max(0, digits(8, 2));
    if (r.month == 0 && value.size() >= 7 && value[5] == 'W') {
      // An ISO week ("1998-W32"): its Monday stands for it.
      const int week = digits(6, 2);
      if (week > 0) {
        const Date jan4(static_cast<unsigned short>(r.year), 1, 4);
        const int dow = (jan4.day_of_week().as_number() + 6) % 7;  // 0 = Monday
        const Date monday = jan4 - bg::days(dow) + bg::days(7 * (week - 1));
        r = {static_cast<int>(monday.year()), static_cast<int>(monday.month()),
             static_cast<int>(monday.day())};
      }
    }
    reference_ = r;
  }

  // The reference, or the DCT when the text has named no date yet.
  std::optional<Reference> Base() const {
    if (reference_) return reference_;
    if (!dct_) return std::nullopt;
    return Reference{static_cast<int>(dct_->year()), static_cast<int>(dct_->month()),
                     static_cast<int>(dct_->day())};
  }

  // The value of the day, week, month, quarter or year that holds the reference date (Base),
  // moved by `shift` units; with no date at all, the unit's unresolved value. nullopt for other
  // units.
  std::optional<std::string> ReferenceUnitValue(Unit u, int shift) const {
    const auto base = Base();
    if (!base) {
      return std::string(u == Unit::kYear ? "XXXX" : u == Unit::kMonth ? "XXXX-XX" : "XXXX-XX-XX");
    }
    int y = base->year, m = base->month;
    switch (u) {
      case Unit::kYear:
        return YearValue(y + shift);
      case Unit::kQuarter:
        if (m == 0) return YearValue(y) + "-QX";
        ShiftMonth(&y, &m, 3 * shift);
        return QuarterValue(y, (m - 1) / 3 + 1);
      case Unit::kMonth:
        if (m == 0) return YearValue(y) + "-XX";
        ShiftMonth(&y, &m, shift);
        return MonthValue(y, m);
      case Unit::kWeek:
      case Unit::kDay: {
        auto d = base->day > 0 ? MakeDay(y, m, base->day) : std::nullopt;
        if (!d) return m > 0 ? MonthValue(y, m) + "-XX" : YearValue(y) + "-XX-XX";
        return u == Unit::kWeek ? IsoWeekValue(*d + bg::days(7 * shift))
                                : DayValue(*d + bg::days(shift));
      }
      default:
        return std::nullopt;
    }
  }

  // "that day", "that same year", "the same month", "the following year", "the next morning",
  // "the previous week": the unit of the reference date, moved by one for following/previous.
  std::optional<Candidate> Anaphoric(size_t i) const {
    size_t k = i;
    int shift = 0;
    if (Word(k, "that")) {
      ++k;
      if (Word(k, "same")) ++k;
    } else if (Word(k, "the") && Word(k + 1, "same")) {
      k += 2;
    } else if (Word(k, "the") &&
               WordIn(k + 1, "following", "next", "previous", "preceding", "prior")) {
      shift = WordIn(k + 1, "following", "next") ? 1 : -1;
      k += 2;
      // "over the next year", "for the following week": a stretch of time (DurationExpression).
      if (i > 0 && WordIn(i - 1, "over", "for", "during", "within", "throughout", "through")) {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    if (!IsWord(k)) return std::nullopt;
    std::optional<std::string_view> part = Lex(k).part_of_day;
    auto unit = Lex(k).unit;
    if (!part && (!unit || unit->plural)) return std::nullopt;
    const Unit u = part ? Unit::kDay : unit->unit;
    if (u != Unit::kDay && u != Unit::kWeek && u != Unit::kMonth && u != Unit::kQuarter &&
        u != Unit::kYear) {
      return std::nullopt;
    }
    // "the next year" and "the next week" name the DCT's neighbours in a present or future
    // sentence (RelativeUnit, DurationExpression); only a narrated past anchors them to it.
    if (shift != 0 && Word(i + 1, "next") && u != Unit::kDay &&
        TenseAround(i, k + 1) != Direction::kPast) {
      return std::nullopt;
    }
    // "that year's", "that day's" keep the possessive out, like every other timex.
    Candidate c;
    c.begin = i;
    c.end = k + 1;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    auto value = ReferenceUnitValue(u, shift);
    if (!value) return std::nullopt;
    c.value = std::move(*value);
    // As with a named day ("Friday night"), TimeBank keeps only the evening and the afternoon
    // in the value: "the next morning" is that day.
    if (part && (*part == "EV" || *part == "AF")) c.value += "T" + std::string(*part);
    return c;
  }

  // The day a clock time without its own day belongs to: a day named right after it behind a
  // parenthesis ("10:35 a.m. (0735 GMT) Friday"), in a narrated past the day being told about,
  // else the DCT.
  std::string ClockDay(size_t begin, size_t end) const {
    if (Punct(end, "(")) {
      for (size_t k = end + 1; k < N() && k <= end + 8; ++k) {
        if (Punct(k, ")")) {
          size_t j = k + 1;
          if (Punct(j, ",")) ++j;
          if (Word(j, "on")) ++j;
          if (auto d = DayAt(j); d && d->value.size() >= 10) return d->value.substr(0, 10);
          // "at 4 in the morning (4 a.m. EDT Thursday)": the parenthesis restates the time
          // with its day, which ends right before the closing parenthesis.
          for (size_t t = end + 1; t < k; ++t) {
            if (auto d = DayAfterClock(t, begin); d && d->end == k && d->value.size() >= 10) {
              return d->value.substr(0, 10);
            }
          }
          break;
        }
      }
    }
    if (reference_ && reference_->day > 0 && TenseAround(begin, end) == Direction::kPast) {
      if (auto d = MakeDay(reference_->year, reference_->month, reference_->day)) {
        return DayValue(*d);
      }
    }
    return TodayValue();
  }

  // The day at j in a phrase that a clock time opens at `clock_begin` ("4 a.m. EDT Thursday"):
  // a bare weekday there takes its direction from the tense around the whole phrase.
  std::optional<DayRef> DayAfterClock(size_t j, size_t clock_begin) const {
    auto d = DayAt(j);
    if (d && IsWord(j) && Lex(j).weekday && d->end == j + 1) {
      if (auto w = WeekdayRef(j, clock_begin); w && w->end == d->end) return w;
    }
    return d;
  }

  // ---- the rule dispatcher ----
  std::optional<Candidate> Best(size_t i) const {
    std::optional<Candidate> best;
    auto consider = [&](std::optional<Candidate> c) {
      if (c && c->end > i && (!best || c->end > best->end)) best = std::move(c);
    };
    consider(Core(i));
    consider(Modified(i));
    // "the next year or so", "over the next two years or so": "or so" belongs to the amount and
    // makes it approximate.
    if (best && best->type != TimexType::kSet && Word(best->end, "or") &&
        Word(best->end + 1, "so")) {
      best->end += 2;
      if (best->mod.empty()) best->mod = "APPROX";
    }
    // "1990 and beyond", "until 1994 or later": an open end after the date, kept in the span
    // with the TIMEX3 mod that says so. "in 1984 and later served" joins a verb instead.
    if (best && best->type == TimexType::kDate && best->mod.empty()) {
      const size_t e = best->end;
      const bool closes = e + 2 >= N() || !IsWord(e + 2);
      if (Word(e, "and") && Word(e + 1, "beyond")) {
        best->end += 2;
        best->mod = "ON_OR_AFTER";
      } else if (Word(e, "or") && WordIn(e + 1, "later", "after") && closes) {
        best->end += 2;
        best->mod = "ON_OR_AFTER";
      } else if (Word(e, "or") && WordIn(e + 1, "earlier", "before") && closes) {
        best->end += 2;
        best->mod = "ON_OR_BEFORE";
      }
    }
    return best;
  }

  // Every unmodified expression; the longest wins, ties to the first listed.
  std::optional<Candidate> Core(size_t i) const {
    std::optional<Candidate> best;
    auto consider = [&](std::optional<Candidate> c) {
      if (c && c->end > i && (!best || c->end > best->end)) best = std::move(c);
    };
    consider(TimeOfDay(i));
    consider(Anaphoric(i));
    consider(DayExpression(i));
    consider(MonthExpression(i));
    consider(YearExpression(i));
    consider(QuarterOrHalf(i));
    consider(ReportingPeriod(i));
    consider(SeasonExpression(i));
    consider(RelativeUnit(i));
    consider(AgoOrFromNow(i));
    consider(DurationExpression(i));
    consider(SetExpression(i));
    consider(FuzzyReference(i));
    consider(Weekend(i));
    consider(WeekOf(i));
    consider(BareWeek(i));
    consider(BeforeLast(i));
    consider(Holiday(i));
    consider(YearEnd(i));
    consider(OrdinalDayNow(i));
    consider(ConjoinedDay(i));
    return best;
  }

  // The second day of "April 24 and 25" or "Oct. 2 or 3": the month and year of the day just
  // tagged.
  std::optional<Candidate> ConjoinedDay(size_t i) const {
    if (!reference_ || reference_->day == 0 || i < 3 || !WordIn(i - 1, "and", "or")) {
      return std::nullopt;
    }
    size_t d_end = 0;
    auto d = DayNumber(i, &d_end);
    if (!d || IsWord(i) || !NumDigits(i - 2, 1, 2)) return std::nullopt;
    // "on April 24 and 25 people died": a count of things, not a day.
    if (IsWord(d_end) && !T(d_end).capitalized && T(d_end).lower.size() > 2 &&
        T(d_end).lower.back() == 's' && !IsTemporalContextWord(T(d_end).lower)) {
      return std::nullopt;
    }
    size_t m_end = 0;
    const size_t m_at = Punct(i - 3, ".") && i >= 4 ? i - 4 : i - 3;
    auto m = MonthAt(m_at, &m_end);
    if (!m || *m != reference_->month || m_end != i - 2) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.end = d_end;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    int year = reference_->year;
    const size_t y = Punct(d_end, ",") ? d_end + 1 : d_end;
    if (YearNumber(y)) {
      year = static_cast<int>(Val(y));
      c.end = y + 1;
      c.anchor = Anchor::kExplicit;
    }
    auto date = MakeDay(year, *m, *d);
    if (!date) return std::nullopt;
    c.value = DayValue(*date);
    return c;
  }

  // ---- modifiers: "early 2022", "late November", "the end of 1990", "about two years" ----
  std::optional<Candidate> Modified(size_t i) const {
    std::string mod;
    size_t j = i;
    bool position = false;  // START/MID/END (dates) rather than APPROX/... (amounts)
    bool of_form = false;   // "the end of": may be followed by "the year"
    if (WordIn(i, "early", "earlier") && !Word(i + 1, "on")) {
      mod = "START";
      j = i + 1;
      position = true;
    } else if (WordIn(i, "late", "later") && !Word(i + 1, "on")) {
      mod = "END";
      j = i + 1;
      position = true;
    } else if (Word(i, "mid")) {
      mod = "MID";
      j = (Punct(i + 1, "-") && Glued(i + 1)) ? i + 2 : i + 1;
      position = true;
    } else if (Word(i, "the") && WordIn(i + 1, "early", "late", "mid")) {
      mod = Word(i + 1, "early") ? "START" : Word(i + 1, "late") ? "END" : "MID";
      j = (Word(i + 1, "mid") && Punct(i + 2, "-")) ? i + 3 : i + 2;
      position = true;
    } else {
      const size_t k = Word(i, "the") ? i + 1 : i;
      if (WordIn(k, "end", "beginning", "start", "middle", "close", "turn") && Word(k + 1, "of")) {
        std::string_view w = T(k).lower;
        mod = w == "end" || w == "close" ? "END" : w == "middle" ? "MID" : "START";
        j = k + 2;
        position = true;
        of_form = true;
      }
    }
    if (!position) {
      // "over the past two months" uses "over" as a preposition, not as "more than".
      // "evolved over several years", "used over three years": before a spelled-out count
      // "over" is the preposition too ("over a week", "over 100 days" are "more than").
      const bool spelled_count = IsWord(i + 1) && !WordIn(i + 1, "a", "an") &&
                                 (Lex(i + 1).number || WordIn(i + 1, "several", "few"));
      const bool preposition = (WordIn(i, "over", "under", "within") &&
                                WordIn(i + 1, "the", "this", "last", "past", "next")) ||
                               (Word(i, "over") && spelled_count);
      if (preposition) return std::nullopt;
      if (WordIn(i, "about", "around", "approximately", "roughly", "some", "almost", "nearly",
                 "over", "under", "within")) {
        std::string_view w = T(i).lower;
        mod = w == "almost" || w == "nearly" || w == "under" ? "LESS_THAN"
              : w == "over"                                  ? "MORE_THAN"
              : w == "within"                                ? "EQUAL_OR_LESS"
                                                             : "APPROX";
        j = i + 1;
      } else if (WordIn(i, "more", "less", "fewer") && Word(i + 1, "than")) {
        mod = Word(i, "more") ? "MORE_THAN" : "LESS_THAN";
        j = i + 2;
      } else if (Word(i, "at") && WordIn(i + 1, "least", "most")) {
        mod = Word(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
        j = i + 2;
      } else if (Word(i, "up") && Word(i + 1, "to")) {
        mod = "EQUAL_OR_LESS";
        j = i + 2;
      } else if (Word(i, "no") && WordIn(i + 1, "more", "less") && Word(i + 2, "than")) {
        mod = Word(i + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
        j = i + 3;
      } else {
        return std::nullopt;
      }
    }
    std::optional<Candidate> c = Core(j);
    if (!c && of_form && Word(j, "the")) {
      // "the end of the year": the year, month or week the DCT is in.
      if (auto u = IsWord(j + 1) ? Lex(j + 1).unit : std::nullopt; u && !u->plural) {
        c = ThisUnit(j, j + 2, u->unit, 0);
      }
    }
    if (!c) return std::nullopt;
    if (position) {
      if (c->type == TimexType::kDuration || c->type == TimexType::kSet) return std::nullopt;
      if (!c->mod.empty()) return std::nullopt;
      // "earlier this year" and "later this month" bound the span by the DCT itself.
      // "earlier that day", "later that year" and "earlier yesterday" stay within the day or
      // year told about.
      if ((Word(i, "earlier") || Word(i, "later")) &&
          !WordIn(j, "this", "today", "that", "yesterday", "tomorrow")) {
        return std::nullopt;
      }
      const bool deictic = WordIn(j, "this", "today");
      if (deictic && Word(i, "earlier") && c->anchor == Anchor::kRelative) {
        c->anchor = Anchor::kUntilDct;
      }
      if (deictic && Word(i, "later") && c->anchor == Anchor::kRelative) {
        c->anchor = Anchor::kFromDct;
      }
    } else {
      // Amount modifiers apply to amounts: durations, "two years ago", clock times.
      const bool amount =
          c->type == TimexType::kDuration || c->type == TimexType::kTime ||
          (j < N() && (Num(j) || tok_[j].kind == TokenKind::kNumber || Lex(j).number ||
                       WordIn(j, "a", "an", "several", "few", "half")));
      if (!amount || c->type == TimexType::kSet) return std::nullopt;
      if ((Word(i, "over") || Word(i, "some") || Word(i, "within") || Word(i, "under")) &&
          c->type != TimexType::kDuration) {
        return std::nullopt;
      }
    }
    c->begin = i;
    c->mod = mod;
    // TimeBank leaves "about" and "within" out of the span of an amount ("about [five hours]",
    // "within [two weeks]") but keeps them in a date counted back ("about two years ago"); and
    // "earlier"/"later" stay outside a day or a week ("earlier [this week]", "later [today]").
    // The mod is kept either way: it still qualifies the expression.
    if (WordIn(i, "about", "within") && c->type != TimexType::kDate) c->begin = j;
    if (WordIn(i, "earlier", "later") &&
        (Word(j, "today") || (Word(j, "this") && WordIn(j + 1, "week", "weekend")))) {
      c->begin = j;
    }
    return c;
  }

  // ---- counts and units ----
  // The duration, set and relative rules all read the count at the same token; it depends on
  // the tokens alone, so the last answer is kept.
  std::optional<Count> CountAt(size_t i) const {
    if (count_memo_token_ != i) {
      count_memo_ = ReadCountAt(i);
      count_memo_token_ = i;
    }
    return count_memo_;
  }

  std::optional<Count> ReadCountAt(size_t i) const {
    if (i >= N()) return std::nullopt;
    // "1988 quarter" is a year before a noun, not 1988 quarters.
    if (Num(i) && (T(i).digits <= 3 || (T(i).digits == 4 && (Val(i) < 1800 || Val(i) > 2100)))) {
      // "24-hour" keeps the hyphen for the unit rule; "1/2" and "3:30" are not counts.
      if (Glued(i + 1) && (Punct(i + 1, "/") || Punct(i + 1, ":"))) return std::nullopt;
      return Count{i + 1, Val(i), false};
    }
    // "1,000 years", "2,500 days": a number written with group commas is a count too.
    if (tok_[i].kind == TokenKind::kNumber && tok_[i].digits == 0 && tok_[i].number > 0) {
      return Count{i + 1, tok_[i].number, false};
    }
    if (!IsWord(i)) return std::nullopt;
    std::string_view w = T(i).lower;
    if (w == "a" || w == "an") {
      if (Word(i + 1, "couple") && Word(i + 2, "of")) return Count{i + 3, 2, false};
      if (WordIn(i + 1, "few", "several")) return Count{i + 2, kUnknownCount, false};
      if (Word(i + 1, "dozen")) return Count{i + 2, 12, false};
      if (Word(i + 1, "hundred")) return Count{i + 2, 100, false};
      if (Word(i + 1, "thousand")) return Count{i + 2, 1000, false};
      return Count{i + 1, 1, true};
    }
    if (w == "couple" && Word(i + 1, "of")) return Count{i + 2, 2, false};
    if (OneOf(w, "few", "several", "many", "some", "numerous")) {
      return Count{i + 1, kUnknownCount, false};
    }
    if (auto n = Lex(i).number) {
      long long v = *n;
      size_t j = i + 1;
      // "twenty-four", "twenty four"
      if (v >= 20 && v <= 90 && v % 10 == 0) {
        size_t k = Punct(j, "-") && Glued(j) ? j + 1 : j;
        if (IsWord(k)) {
          if (auto u = Lex(k).number; u && *u < 10) {
            v += *u;
            j = k + 1;
          }
        }
      }
      if (Word(j, "hundred") && v < 100) {
        v *= 100;
        ++j;
      }
      // "two thousand years", "five hundred thousand": the multiplier closes the count.
      if (Word(j, "thousand") && v < 1000) {
        v *= 1000;
        ++j;
      }
      return Count{j, v, false};
    }
    return std::nullopt;
  }

  // Unit at i, also "year" in a hyphenated "two-year". Returns the unit and the end index.
  std::optional<std::pair<UnitWord, size_t>> UnitAt(size_t i) const {
    if (!IsWord(i)) return std::nullopt;
    auto u = Lex(i).unit;
    if (!u) return std::nullopt;
    return std::make_pair(*u, i + 1);
  }

  // A count of decades, centuries or millennia is written in years ("P20Y"), as TimeBank writes
  // most of them. An unknown count of decades is some years too ("decades-long" is PXY in both
  // TimeBank and MEANTIME); of centuries and millennia it keeps the unit, in TimeBank's letters C
  // and L ("PXC" for "centuries").
  // (A computed count is appended to, not added to: GCC 12 at -O3 reports a false -Wrestrict on
  // `"P" + std::to_string(x) + "Y"`, which fails a Release build with EG_WERROR.)
  static std::string DurationValue(Unit unit, long long n) {
    const bool unknown = n == kUnknownCount;
    const std::string num = unknown ? "X" : std::to_string(n);
    switch (unit) {
      case Unit::kSecond:
        return "PT" + num + "S";
      case Unit::kMinute:
        return "PT" + num + "M";
      case Unit::kHour:
        return "PT" + num + "H";
      case Unit::kDay:
        return "P" + num + "D";
      case Unit::kWeek:
        return "P" + num + "W";
      case Unit::kWeekend:
        return "P" + num + "WE";
      case Unit::kFortnight:
        return unknown ? "PXW" : "P" + std::to_string(2 * n).append("W");
      case Unit::kMonth:
        return "P" + num + "M";
      case Unit::kQuarter:
        return "P" + num + "Q";
      case Unit::kYear:
        return "P" + num + "Y";
      case Unit::kDecade:
        return unknown ? "PXY" : "P" + std::to_string(10 * n).append("Y");
      case Unit::kCentury:
        return unknown ? "PXC" : "P" + std::to_string(100 * n).append("Y");
      case Unit::kMillennium:
        return unknown ? "PXL" : "P" + std::to_string(1000 * n).append("Y");
    }
    return "PX";
  }

  // `n` and a half units, written with the next smaller unit as TimeBank does ("P2Y6M",
  // "PT5H30M", "PT1M30S"); nullopt for units that do not halve into whole smaller units.
  static std::optional<std::string> HalfDurationValue(Unit unit, long long n) {
    const std::string num = std::to_string(n);
    switch (unit) {
      case Unit::kMinute:
        return "PT" + num + "M30S";
      case Unit::kHour:
        return "PT" + num + "H30M";
      case Unit::kDay:
        return "P" + num + "DT12H";
      case Unit::kYear:
        return "P" + num + "Y6M";
      case Unit::kDecade:
        return "P" + std::to_string(10 * n + 5).append("Y");
      case Unit::kCentury:
        return "P" + std::to_string(100 * n + 50).append("Y");
      default:
        return std::nullopt;
    }
  }

  // Half of one unit as a count of the next smaller unit (30 minutes for half an hour); nullopt
  // for units that do not halve into whole smaller units (a week, a month).
  static std::optional<std::pair<Unit, long long>> HalfUnit(Unit unit) {
    switch (unit) {
      case Unit::kMinute:
        return std::make_pair(Unit::kSecond, 30LL);
      case Unit::kHour:
        return std::make_pair(Unit::kMinute, 30LL);
      case Unit::kDay:
        return std::make_pair(Unit::kHour, 12LL);
      case Unit::kYear:
        return std::make_pair(Unit::kMonth, 6LL);
      case Unit::kDecade:
        return std::make_pair(Unit::kYear, 5LL);
      case Unit::kCentury:
        return std::make_pair(Unit::kYear, 50LL);
      case Unit::kMillennium:
        return std::make_pair(Unit::kYear, 500LL);
      default:
        return std::nullopt;
    }
  }

  // ---- days ----
  std::optional<int> MonthAt(size_t i, size_t* end) const {
    if (!IsWord(i) || !T(i).capitalized) return std::nullopt;
    auto m = Lex(i).month;
    if (!m) return std::nullopt;
    if (Lex(i).month_abbreviation) {
      // "Dec." or "Dec 1"; a bare "Mar" or "Jan" is more often a name.
      if (Punct(i + 1, ".") && Glued(i + 1)) {
        *end = i + 2;
        return m;
      }
      if (Num(i + 1)) {
        *end = i + 1;
        return m;
      }
      return std::nullopt;
    }
    *end = i + 1;
    return m;
  }

  // A four-digit year (1000..2999) at i; `guarded` years must also pass the context checks.
  bool YearNumber(size_t i) const { return NumDigits(i, 4, 4) && Val(i) >= 1000 && Val(i) <= 2999; }

  // A day-of-month number at i ("1", "01", "1st"), with its end index.
  std::optional<int> DayNumber(size_t i, size_t* end) const {
    if (IsWord(i) && !T(i).capitalized) {
      // "March eighth": an ordinal word names the day as well as "8th" does.
      if (auto o = Lex(i).ordinal; o && *o >= 1 && *o <= 31) {
        *end = i + 1;
        return *o;
      }
    }
    if (!NumDigits(i, 1, 2) || Val(i) < 1 || Val(i) > 31) return std::nullopt;
    size_t j = i + 1;
    if (WordIn(j, "st", "nd", "rd", "th") && Glued(j)) ++j;
    // "12/01", "28-30": part of a numeric date or of a range of numbers; "Dec. 28-Jan. 3" is a
    // range of two dates, whose first day ends at the hyphen.
    if (Glued(j) && (Punct(j, "/") || Punct(j, "-")) &&
        !(Punct(j, "-") && IsWord(j + 1) && Lex(j + 1).month && T(j + 1).capitalized)) {
      return std::nullopt;
    }
    // "10:35" is a clock; "April 25:" a date that ends a heading.
    if (Glued(j) && Punct(j, ":") && Num(j + 1) && Glued(j + 1)) return std::nullopt;
    *end = j;
    return static_cast<int>(Val(i));
  }

  std::optional<DayRef> MakeExplicitDay(int y, int m, int d, size_t end) const {
    auto date = MakeDay(y, m, d);
    if (!date) return std::nullopt;
    return DayRef{end, DayValue(*date), false};
  }

  // A day of a month whose year is left out: resolved by tense against the DCT.
  std::optional<DayRef> YearlessDay(int m, int d, size_t begin, size_t end) const {
    if (d > bg::gregorian_calendar::end_of_month_day(2024, m)) return std::nullopt;
    if (!dct_) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
      return DayRef{end, buf, true};
    }
    const int y = ResolveYearOfMonth(*dct_, m, d, DirectionOfName(begin, end));
    auto date = MakeDay(y, m, d);
    if (!date) return std::nullopt;  // February 29 in a common year
    return DayRef{end, DayValue(*date), true};
  }

  // Calendar dates written out: ISO, numeric, "1 December 2025", "December 1, 2025", "Dec. 1".
  std::optional<DayRef> ExplicitDay(size_t i) const {
    // 2025-12-01, 2025/12/01
    if (YearNumber(i) && (Punct(i + 1, "-") || Punct(i + 1, "/")) && Glued(i + 1) &&
        NumDigits(i + 2, 1, 2) && Glued(i + 2) && Punct(i + 3, T(i + 1).lower) && Glued(i + 3) &&
        NumDigits(i + 4, 1, 2) && Glued(i + 4)) {
      return MakeExplicitDay(static_cast<int>(Val(i)), static_cast<int>(Val(i + 2)),
                             static_cast<int>(Val(i + 4)), i + 5);
    }
    // 12/01/2025 (US order; day first when the first number cannot be a month), 12/01/25
    if (NumDigits(i, 1, 2) && Punct(i + 1, "/") && Glued(i + 1) && NumDigits(i + 2, 1, 2) &&
        Glued(i + 2) && Punct(i + 3, "/") && Glued(i + 3) && Glued(i + 4) &&
        (NumDigits(i + 4, 4, 4) || NumDigits(i + 4, 2, 2))) {
      int a = static_cast<int>(Val(i)), b = static_cast<int>(Val(i + 2));
      int y = static_cast<int>(Val(i + 4));
      if (T(i + 4).digits == 2) y += y < 50 ? 2000 : 1900;
      if (a > 12 && b <= 12) std::swap(a, b);
      return MakeExplicitDay(y, a, b, i + 5);
    }
    size_t j = 0;
    // [the] 1[st] [of] December [,] [2025]
    {
      size_t k = Word(i, "the") ? i + 1 : i;
      if (auto d = DayNumber(k, &j)) {
        size_t m_start = Word(j, "of") ? j + 1 : j;
        size_t m_end = 0;
        if (auto m = MonthAt(m_start, &m_end)) {
          if (k == i + 1 && !Word(j, "of")) return std::nullopt;  // "the 1 December": odd
          size_t y = Punct(m_end, ",") ? m_end + 1 : m_end;
          if (YearNumber(y)) return MakeExplicitDay(static_cast<int>(Val(y)), *m, *d, y + 1);
          return YearlessDay(*m, *d, i, m_end);
        }
      }
    }
    // December 1[st] [,] [2025]
    size_t m_end = 0;
    if (auto m = MonthAt(i, &m_end)) {
      size_t d_end = 0;
      if (auto d = DayNumber(m_end, &d_end)) {
        // "May 2022" is a month; "May 20" a day. A year number is not a day (DayNumber's range).
        size_t y = Punct(d_end, ",") ? d_end + 1 : d_end;
        if (YearNumber(y)) return MakeExplicitDay(static_cast<int>(Val(y)), *m, *d, y + 1);
        // "April 24 and 25, 1999": the pair shares the year written after it.
        size_t d2_end = 0;
        if (WordIn(d_end, "and", "or") && NumDigits(d_end + 1, 1, 2) &&
            DayNumber(d_end + 1, &d2_end)) {
          const size_t y2 = Punct(d2_end, ",") ? d2_end + 1 : d2_end;
          if (YearNumber(y2)) {
            if (auto r = MakeExplicitDay(static_cast<int>(Val(y2)), *m, *d, d_end)) return r;
          }
        }
        return YearlessDay(*m, *d, i, d_end);
      }
    }
    return std::nullopt;
  }

  // True when "today", "yesterday" or "tomorrow" at i names an age: "today's world", "the
  // youth of today", "the people of tomorrow".
  bool GenericAge(size_t i) const {
    auto age_noun = [&](size_t k) {
      return WordIn(k, "world", "society", "youth", "generation", "generations", "children", "kids",
                    "young", "people", "leaders", "women", "men", "standards", "economy",
                    "technology", "computers", "culture", "teenagers", "families", "politics");
    };
    const bool possessive = (Punct(i + 1, "'") || Punct(i + 1, "\xE2\x80\x99")) && Word(i + 2, "s");
    // "today's personal computers": an adjective may come before the noun.
    if (possessive) {
      return age_noun(i + 3) || (IsWord(i + 3) && !T(i + 3).capitalized && age_noun(i + 4));
    }
    // "the people of tomorrow", "the youth of today".
    return i >= 2 && Word(i - 1, "of") && age_noun(i - 2);
  }

  // "today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow".
  std::optional<DayRef> RelativeDay(size_t i) const {
    int offset = 0;
    size_t end = 0;
    if (WordIn(i, "today", "yesterday", "tomorrow")) {
      if (CapitalizedMidSentence(i)) return std::nullopt;
      // "today's" is still today ("today's editions"); "Today" in a name was excluded above.
      // But "today's world", "today's youth", "the people of tomorrow" speak of an age, not a
      // day: TimeML leaves such generic uses out.
      if (GenericAge(i)) return std::nullopt;
      offset = Word(i, "today") ? 0 : Word(i, "yesterday") ? -1 : 1;
      end = i + 1;
    } else if (Word(i, "the") && Word(i + 1, "day") && WordIn(i + 2, "before", "after") &&
               WordIn(i + 3, "yesterday", "tomorrow")) {
      offset = (Word(i + 2, "before") ? -1 : 1) + (Word(i + 3, "yesterday") ? -1 : 1);
      end = i + 4;
    } else {
      return std::nullopt;
    }
    if (!dct_) return DayRef{end, "XXXX-XX-XX", true};
    return DayRef{end, DayValue(*dct_ + bg::days(offset)), true};
  }

  // [last|next|this|this past|this coming] Monday
  // `tense_begin` is where the expression holding the weekday starts: a clock time before it
  // ("will leave at 4 a.m. EDT Thursday") belongs to the same phrase, so the tense is looked for
  // around the whole phrase, not from the weekday on, where a reporting verb after the phrase
  // would be nearer than the verb before it.
  std::optional<DayRef> WeekdayRef(size_t i, size_t tense_begin = kNoToken) const {
    if (tense_begin == kNoToken || tense_begin > i) tense_begin = i;
    size_t k = i;
    int shift = 0;  // -1 last, +1 next, 0 none
    bool strict = false;
    bool anaphoric = false;  // "the previous Friday": the one before the day last mentioned
    // "the previous Friday": the article belongs to the expression, as in "the following year".
    if (Word(k, "the") && WordIn(k + 1, "previous", "preceding")) ++k;
    if (Word(k, "this") && WordIn(k + 1, "past", "coming")) {
      shift = Word(k + 1, "past") ? -1 : 1;
      k += 2;
    } else if (WordIn(k, "last", "past", "previous", "preceding")) {
      shift = -1;
      strict = true;
      anaphoric = WordIn(k, "previous", "preceding");
      ++k;
    } else if (WordIn(k, "next", "coming")) {
      shift = 1;
      strict = true;
      ++k;
    } else if (Word(k, "this")) {
      ++k;
    }
    if (!IsWord(k)) return std::nullopt;
    auto wd = Lex(k).weekday;
    if (!wd || Lex(k).weekday_abbreviation) return std::nullopt;
    if (k == i && InProperName(k, k, false)) return std::nullopt;
    size_t end = k + 1;
    if (!dct_) return DayRef{end, "XXXX-WXX-" + std::to_string(*wd), true};
    if (anaphoric && reference_ && reference_->day > 0) {
      if (auto ref = MakeDay(reference_->year, reference_->month, reference_->day)) {
        return DayRef{end, DayValue(ResolveWeekday(*ref, *wd, Direction::kPast, true)), true};
      }
    }
    // "Tuesday through Thursday", "from Monday to Friday", "Monday-Friday": the end of a range
    // of days is the first such day after its start, which was the date last mentioned.
    if (shift == 0 && k == i && i >= 2 && IsWord(i - 2) && Lex(i - 2).weekday &&
        (WordIn(i - 1, "through", "thru", "to", "until", "till") || Punct(i - 1, "-")) &&
        reference_ && reference_->day > 0) {
      if (auto ref = MakeDay(reference_->year, reference_->month, reference_->day)) {
        return DayRef{end, DayValue(ResolveWeekday(*ref, *wd, Direction::kFuture, true)), true};
      }
    }
    Direction dir = shift < 0 ? Direction::kPast : shift > 0 ? Direction::kFuture : Direction::kNone;
    if (dir == Direction::kNone) {
      // "until Tuesday", "until 9 a.m. EST Tuesday", "as early as Tuesday": a deadline or a
      // hoped-for day lies ahead whatever the tense, unless a past perfect says it has passed
      // ("Until Thursday, they had not called him a suspect").
      for (size_t b = 1; b <= 7 && b <= i; ++b) {
        const size_t p = i - b;
        if (Punct(p, ";") || (Punct(p, ".") && !AbbreviationDot(p))) break;
        const bool as_early_as =
            Word(p, "as") && b >= 2 && WordIn(p + 1, "early", "soon") && Word(p + 2, "as");
        const bool ahead_of = Word(p, "ahead") && Word(p + 1, "of");
        if (WordIn(p, "until", "till", "til") || as_early_as || ahead_of) {
          dir = PastPerfectAfter(end) ? Direction::kPast : Direction::kFuture;
          break;
        }
      }
    }
    if (dir == Direction::kNone && i > 0 && Word(i - 1, "since")) dir = Direction::kPast;
    // "Friday's close", "Wednesday's ruling": a news report names by the day's possessive what
    // that day brought, a day of the week just past (or the DCT itself), whatever the tense.
    if (dir == Direction::kNone && (Punct(end, "'") || Punct(end, "\xE2\x80\x99")) &&
        Word(end + 1, "s") && Glued(end)) {
      dir = Direction::kPast;
    }
    if (dir == Direction::kNone) {
      const bool parenthetical = tense_begin < i && tense_begin > 0 && Punct(tense_begin - 1, "(");
      dir = parenthetical ? TenseAround(tense_begin - 1, tense_begin - 1, true)
                          : TenseAround(tense_begin, end);
      // A news report's bare weekday most often names a day of the past week.
      if (dir == Direction::kNone) dir = Direction::kPast;
    }
    return DayRef{end, DayValue(ResolveWeekday(*dct_, *wd, dir, strict)), true};
  }

  // Any single day; a weekday before a calendar date joins it ("Monday, December 1, 2025").
  // The times of day and the day expressions both start with the day at the same token, and
  // reading a day is among the dearest rules: the last answer is kept until Remember changes
  // the state it depends on.
  std::optional<DayRef> DayAt(size_t i) const {
    if (day_memo_token_ != i) {
      day_memo_ = MayStartDay(i) ? ReadDayAt(i) : std::nullopt;
      day_memo_token_ = i;
    }
    return day_memo_;
  }

  // False where ReadDayAt finds nothing whatever follows: each of its readings starts with a
  // number, a month, weekday or ordinal word, "today", "yesterday" or "tomorrow", "the" before a
  // day number or "day" (ExplicitDay, RelativeDay), or one of WeekdayRef's "this", "last",
  // "next", ... one or two tokens before a weekday. Most positions the rules try hold none.
  bool MayStartDay(size_t i) const {
    if (Num(i)) return true;
    if (!IsWord(i)) return false;
    const WordInfo& x = Lex(i);
    if (x.month || x.weekday || x.ordinal || WordIn(i, "today", "yesterday", "tomorrow")) {
      return true;
    }
    if (Word(i, "the")) {
      return Num(i + 1) || (IsWord(i + 1) && (Lex(i + 1).ordinal || Word(i + 1, "day"))) ||
             (WordIn(i + 1, "previous", "preceding") && IsWord(i + 2) && Lex(i + 2).weekday);
    }
    if (WordIn(i, "this", "last", "past", "previous", "preceding", "next", "coming")) {
      return (IsWord(i + 1) && Lex(i + 1).weekday) || (IsWord(i + 2) && Lex(i + 2).weekday);
    }
    return false;
  }

  std::optional<DayRef> ReadDayAt(size_t i) const {
    std::optional<DayRef> best;
    auto consider = [&](std::optional<DayRef> d) {
      if (d && (!best || d->end > best->end)) best = std::move(d);
    };
    consider(ExplicitDay(i));
    consider(RelativeDay(i));
    if (auto w = WeekdayRef(i)) {
      // "this coming Sunday, March 8": the date that follows names the same day.
      if (w->end > i + 1) {
        const size_t j = Punct(w->end, ",") ? w->end + 1 : w->end;
        if (auto d = ExplicitDay(j)) consider(DayRef{d->end, d->value, d->relative});
      }
      consider(std::move(w));
    }
    // "Mon., Dec. 1", "Monday, December 1, 2025", "Monday 1 December"
    if (IsWord(i)) {
      if (auto wd = Lex(i).weekday) {
        size_t j = i + 1;
        if (Punct(j, ".") && Glued(j)) ++j;
        if (Punct(j, ",")) ++j;
        if (auto d = ExplicitDay(j)) consider(DayRef{d->end, d->value, d->relative});
      }
    }
    return best;
  }

  Candidate DayCandidate(size_t i, const DayRef& d) const {
    Candidate c;
    c.begin = i;
    c.end = d.end;
    c.type = TimexType::kDate;
    c.value = d.value;
    c.anchor = d.relative ? Anchor::kRelative : Anchor::kExplicit;
    return c;
  }

  // A day, with the part of the day that follows it. TimeBank files "Friday night" and
  // "Thursday morning" as DATEs of that day, and most often gives them the day's value alone
  // ("1998-08-07"); only the evening and the afternoon keep their part in the value
  // ("1998-08-07TEV"), which makes them TIMEs, as TimeML types a value with a time of day (two
  // of TimeBank's three weekday evenings). The part of the day adds no calendar precision to the
  // span.
  // "on Monday and Tuesday nights", "Friday or Saturday nights": the plural noun after the
  // second day is the first day's too, so the first day is a set of nights as well (a SET, not
  // one day).
  bool WeekdaySharingPluralNights(size_t i) const {
    return IsWord(i) && Lex(i).weekday && WordIn(i + 1, "and", "or") && IsWord(i + 2) &&
           Lex(i + 2).weekday && Word(i + 3, "nights");
  }

  std::optional<Candidate> DayExpression(size_t i) const {
    if (WeekdaySharingPluralNights(i)) return std::nullopt;
    auto d = DayAt(i);
    if (!d) return std::nullopt;
    Candidate c = DayCandidate(i, *d);
    if (auto part = PartOfDayAt(d->end)) {
      c.end = d->end + 1;
      if (*part == "EV" || *part == "AF") {
        c.value += "T" + std::string(*part);
        c.type = TimexType::kTime;
      }
    }
    return c;
  }

  // ---- times of day ----
  std::optional<Clock> ClockAt(size_t i) const {
    if (WordIn(i, "noon", "midday", "midnight") && TitleCased(i)) return std::nullopt;
    // "high noon comes today": the idiom for a decisive moment, no clock time.
    if (Word(i, "noon") && i > 0 && Word(i - 1, "high")) return std::nullopt;
    // "12 noon", "12 midnight": the number only repeats the word.
    if (NumDigits(i, 1, 2) && Val(i) == 12 && WordIn(i + 1, "noon", "midnight") &&
        !TitleCased(i + 1)) {
      return Word(i + 1, "noon") ? Clock{ZoneEnd(i + 2), 12, "T12:00"}
                                 : Clock{ZoneEnd(i + 2), 24, "T24:00"};
    }
    if (WordIn(i, "noon", "midday")) return Clock{ZoneEnd(i + 1), 12, "T12:00"};
    if (Word(i, "midnight")) return Clock{ZoneEnd(i + 1), 24, "T24:00"};
    // "11.30am", as British papers write it: the tokenizer keeps "11.30" as one decimal number,
    // which is a time only with am or pm after it.
    const auto dotted = DottedClockAt(i);
    if (!dotted && (!NumDigits(i, 1, 2) || Val(i) > 24)) return std::nullopt;
    int hour = dotted ? dotted->first : static_cast<int>(Val(i));
    int minute = dotted ? dotted->second : -1, second = -1;
    size_t j = i + 1;
    if (!dotted && Punct(j, ":") && Glued(j) && NumDigits(j + 1, 2, 2) && Glued(j + 1) &&
        Val(j + 1) < 60) {
      minute = static_cast<int>(Val(j + 1));
      j += 2;
      if (Punct(j, ":") && Glued(j) && NumDigits(j + 1, 2, 2) && Glued(j + 1) && Val(j + 1) < 60) {
        second = static_cast<int>(Val(j + 1));
        j += 2;
      }
    }
    // a.m. / p.m. / am / pm / "o'clock"
    int meridiem = 0;  // -1 am, +1 pm
    size_t k = j;
    if (WordIn(k, "a", "p") && Punct(k + 1, ".") && Glued(k + 1) && Word(k + 2, "m") &&
        Glued(k + 2)) {
      meridiem = Word(k, "a") ? -1 : 1;
      k += 3;
      if (Punct(k, ".") && Glued(k)) ++k;
    } else if (WordIn(k, "am", "pm") && (Glued(k) || minute >= 0 || true)) {
      meridiem = Word(k, "am") ? -1 : 1;
      ++k;
    } else if (Word(k, "o") && (Punct(k + 1, "'") || Punct(k + 1, "\xE2\x80\x99")) &&
               Word(k + 2, "clock")) {
      k += 3;
      meridiem = 2;
    }
    // A bare number is not a time, unless a part of the day follows ("4 in the morning", "11 at
    // night").
    const bool part_follows =
        (Word(k, "in") && Word(k + 1, "the") && WordIn(k + 2, "morning", "afternoon", "evening")) ||
        (Word(k, "at") && Word(k + 1, "night"));
    // ("killed 4 in the morning raid" counts people: the hour needs a preposition of time.)
    const bool time_preposition =
        i > 0 && WordIn(i - 1, "at", "around", "about", "by", "until", "till", "before", "after",
                        "from", "since", "to", "between", "past");
    if (meridiem == 0 && minute < 0 &&
        !(part_follows && time_preposition && hour >= 1 && hour <= 12)) {
      return std::nullopt;
    }
    if (dotted && meridiem != -1 && meridiem != 1) return std::nullopt;  // "2.30" is a decimal
    if (meridiem == -1 || meridiem == 1) {
      if (hour < 1 || hour > 12) return std::nullopt;
      if (meridiem == 1 && hour < 12) hour += 12;
      if (meridiem == -1 && hour == 12) hour = 0;
    }
    // "at night" / "in the morning" after a clock time fixes its half of the day.
    if (meridiem == 2 || meridiem == 0) {
      if (Word(k, "in") && Word(k + 1, "the") && WordIn(k + 2, "morning", "afternoon", "evening")) {
        if (!Word(k + 2, "morning") && hour < 12) hour += 12;
        if (Word(k + 2, "morning") && hour == 12) hour = 0;
        k += 3;
      } else if (Word(k, "at") && Word(k + 1, "night")) {
        // "11 at night" is 23:00; "2 at night" the small hours.
        if (hour >= 6 && hour < 12) hour += 12;
        if (hour == 12) hour = 24;
        k += 2;
      }
    }
    k = ZoneEnd(k);
    char buf[32];
    if (second >= 0) {
      std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
    } else {
      std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute < 0 ? 0 : minute);
    }
    return Clock{k, hour, buf};
  }

  // The hour and minute of a decimal number token "H.MM" at i ("11.30"), nullopt otherwise.
  std::optional<std::pair<int, int>> DottedClockAt(size_t i) const {
    if (i >= N() || tok_[i].kind != TokenKind::kNumber || tok_[i].digits != 0) return std::nullopt;
    std::string_view w = T(i).lower;
    const size_t dot = w.find('.');
    if (dot == std::string_view::npos || dot < 1 || dot > 2 || w.size() != dot + 3) {
      return std::nullopt;
    }
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    for (size_t k = 0; k < w.size(); ++k) {
      if (k != dot && !digit(w[k])) return std::nullopt;
    }
    const int hour = std::atoi(std::string(w.substr(0, dot)).c_str());
    const int minute = (w[dot + 1] - '0') * 10 + (w[dot + 2] - '0');
    if (hour > 12 || minute > 59) return std::nullopt;
    return std::make_pair(hour, minute);
  }

  // The end of a time zone after a clock time at k: "GMT", "EST", "local time", "Moscow time";
  // k itself where there is none.
  size_t ZoneEnd(size_t k) const {
    if (WordIn(k, "gmt", "utc") || (IsWord(k) && T(k).all_caps &&
                                    std::find(std::begin(kTimeZones), std::end(kTimeZones),
                                              T(k).lower) != std::end(kTimeZones))) {
      return k + 1;
    }
    // "local time", "Moscow time", "Eastern time": a place or zone name before "time".
    if (Word(k + 1, "time") && IsWord(k) &&
        (Word(k, "local") ||
         (T(k).capitalized && !T(k).all_caps && !Lex(k).month && !Lex(k).weekday))) {
      return k + 2;
    }
    return k;
  }

  std::optional<std::string_view> PartOfDayAt(size_t i) const {
    return IsWord(i) ? Lex(i).part_of_day : std::nullopt;
  }

  std::string TodayValue(int offset = 0) const {
    return dct_ ? DayValue(*dct_ + bg::days(offset)) : "XXXX-XX-XX";
  }

  std::optional<Candidate> TimeOfDay(size_t i) const {
    std::optional<Candidate> best;
    auto consider = [&](size_t end, std::string value, bool relative) {
      if (!best || end > best->end) {
        Candidate c;
        c.begin = i;
        c.end = end;
        c.type = TimexType::kTime;
        c.value = std::move(value);
        c.anchor = relative ? Anchor::kRelative : Anchor::kExplicit;
        best = std::move(c);
      }
    };
    // "tonight", "this morning", "last night", "overnight"
    if (Word(i, "tonight") && !CapitalizedMidSentence(i)) consider(i + 1, TodayValue() + "TNI", true);
    if (Word(i, "this")) {
      if (auto p = PartOfDayAt(i + 1)) consider(i + 2, TodayValue() + "T" + std::string(*p), true);
    }
    if (Word(i, "last") && Word(i + 1, "night")) consider(i + 2, TodayValue(-1) + "TNI", true);
    // "mid-afternoon", "by mid afternoon", "at mid-morning yesterday": that part of the day
    // named after it, else of the DCT.
    if (Word(i, "mid")) {
      const size_t k = Punct(i + 1, "-") && Glued(i + 1) ? i + 2 : i + 1;
      if (auto p = PartOfDayAt(k)) {
        std::string day = TodayValue();
        size_t e = k + 1;
        if (auto d = DayAt(e)) {
          day = d->value;
          e = d->end;
        }
        consider(e, day + "T" + std::string(*p), true);
      }
    }
    // clock [tz] [,] [on] day
    if (auto clock = ClockAt(i)) {
      consider(clock->end, ClockDay(i, clock->end) + clock->value, true);
      size_t j = clock->end;
      if (Punct(j, ",")) ++j;
      if (Word(j, "on")) ++j;
      if (auto d = DayAfterClock(j, i)) consider(d->end, d->value + clock->value, d->relative);
    }
    // day [,] [at] clock | day part-of-day
    if (auto d = DayAt(i)) {
      size_t j = d->end;
      if (Punct(j, ",")) ++j;
      if (Word(j, "at")) ++j;
      if (auto clock = ClockAt(j)) consider(clock->end, d->value + clock->value, d->relative);
    }
    return best;
  }

  // ---- months and years ----
  std::optional<Candidate> MonthExpression(size_t i) const {
    size_t m_end = 0;
    auto m = MonthAt(i, &m_end);
    if (!m) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    // Month Year: "February 2022", "Feb. 2022", "February of 2022"
    size_t y = m_end;
    if (Punct(y, ",")) ++y;
    if (Word(y, "of")) ++y;
    if (YearNumber(y)) {
      c.end = y + 1;
      c.value = MonthValue(static_cast<int>(Val(y)), *m);
      c.anchor = Anchor::kExplicit;
      return c;
    }
    // "January nineteen ninety-seven", as broadcast transcripts spell years.
    if (auto wy = WordYear(y); wy && Word(y, "nineteen")) {
      c.end = wy->second;
      c.value = MonthValue(wy->first, *m);
      c.anchor = Anchor::kExplicit;
      return c;
    }
    if (InProperName(i, i, *m == 5)) return std::nullopt;
    // "the March for Life", "the March of the Combatant Mothers": a march, named.
    if (WordIn(m_end, "for", "of")) {
      const size_t n = Word(m_end + 1, "the") ? m_end + 2 : m_end + 1;
      if (TitleCased(n)) return std::nullopt;
    }
    // "May" alone is a month only after a word that introduces a date ("in May", "since May").
    if (*m == 5 && !T(i).all_caps) {
      const bool intro =
          i > 0 && (WordIn(i - 1, "in", "since", "until", "till", "by", "during", "early", "late",
                           "mid", "last", "next", "this", "of", "from", "through", "before",
                           "after", "between", "and", "or", "to", "end") ||
                    (Punct(i - 1, "-") && Word(i - 2, "mid")));
      const bool possessive = Punct(i + 1, "'") || Punct(i + 1, "\xE2\x80\x99");
      const bool name_follows = IsWord(i + 1) && T(i + 1).capitalized;
      if (!intro || possessive || name_follows) return std::nullopt;
    }
    c.end = m_end;
    // "July last year", "April next year", "November of last year": the year phrase says which
    // July.
    const size_t year_word = Word(m_end, "of") ? m_end + 1 : m_end;
    if (dct_ && WordIn(year_word, "this", "last", "next") && Word(year_word + 1, "year")) {
      c.end = year_word + 2;
      c.value = MonthValue(dct_->year() + (Word(year_word, "last")   ? -1
                                           : Word(year_word, "next") ? 1
                                                                     : 0),
                           *m);
    } else if (!dct_) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", *m);
      c.value = buf;
    } else {
      // "sales this year through August", "this year, in March": the month of the DCT's year.
      bool this_year = false;
      for (size_t b = 2; b <= 4 && b <= i; ++b) {
        if (Word(i - b, "this") && Word(i - b + 1, "year")) this_year = true;
      }
      const Direction dir = DirectionOfName(i, m_end);
      int year = this_year ? static_cast<int>(dct_->year()) : ResolveYearOfMonth(*dct_, *m, 0, dir);
      // "prices rose from September to February": told in the past, the range ends in the latest
      // February before the DCT and starts in the September before that.
      if (!this_year && dir == Direction::kPast &&
          (WordIn(m_end, "to", "through", "thru", "until", "till") || Punct(m_end, "-")) &&
          IsWord(m_end + 1) && Lex(m_end + 1).month && T(m_end + 1).capitalized) {
        const int last = *Lex(m_end + 1).month;
        const int end_year = static_cast<int>(dct_->year()) - (last <= dct_->month() ? 0 : 1);
        year = *m < last ? end_year : end_year - 1;
      }
      // "from September to February", "October-January": the end of a range of months is the
      // first such month after its start, the month last mentioned.
      if (i >= 2 &&
          (WordIn(i - 1, "to", "through", "thru", "until", "till") || Punct(i - 1, "-")) &&
          IsWord(i - 2) && Lex(i - 2).month && reference_ && reference_->month > 0 &&
          reference_->day == 0 && *Lex(i - 2).month == reference_->month) {
        year = *m > reference_->month ? reference_->year : reference_->year + 1;
      }
      c.value = MonthValue(year, *m);
    }
    c.anchor = Anchor::kRelative;
    return c;
  }

  // Words after a four-digit number that make it a quantity, not a year.
  bool QuantityFollows(size_t i) const {
    if (Punct(i, "%")) return true;
    return WordIn(i, "percent", "per", "people", "persons", "troops", "soldiers", "men", "women",
                  "children", "dollars", "euros", "pounds", "rubles", "tons", "tonnes", "km",
                  "kilometers", "kilometres", "miles", "meters", "metres", "feet", "units", "cases",
                  "deaths", "votes", "members", "employees", "workers", "jobs", "points", "barrels",
                  "shares", "hours", "days", "years", "months", "weeks", "minutes", "seconds",
                  "times", "mw", "kg", "to", "and") &&
           !(WordIn(i, "to", "and") && (YearNumber(i + 1) || PositionedYear(i + 1))) &&
           !(Word(i, "and") && Word(i + 1, "beyond"));
  }

  // "early 1999", "late 1999", "mid-1999", "mid 1999" at i: a year after a position word, which
  // only a date takes.
  bool PositionedYear(size_t i) const {
    if (!WordIn(i, "early", "late", "mid")) return false;
    const size_t y = Word(i, "mid") && Punct(i + 1, "-") && Glued(i + 1) ? i + 2 : i + 1;
    return YearNumber(y);
  }

  // A decade as TIMEX3 writes it: the first three digits and an X for the unknown year ("199X"
  // for the 1990s). TimeBank writes "199" about as often as "199X"; the issue asks for the
  // latter ("2020s" as 202X).
  static std::string DecadeValue(long long decade) { return std::to_string(decade) + "X"; }

  std::optional<Candidate> YearExpression(size_t i) const {
    // Each reading starts with a number, an ordinal or number word ("the twentieth century" after
    // "the", "nineteen ninety-six", "two thousand"), "the", "fiscal" or "FY".
    if (!Num(i) &&
        !(IsWord(i) && (Lex(i).ordinal || Lex(i).number || WordIn(i, "the", "fiscal", "fy")))) {
      return std::nullopt;
    }
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kExplicit;
    size_t k = i;
    const bool fiscal = WordIn(k, "fiscal", "fy");
    if (fiscal) {
      ++k;
      if (Word(k, "year")) ++k;
    } else if (Word(k, "the") && Word(k + 1, "year") && (YearNumber(k + 2) || WordYear(k + 2))) {
      k += 2;
    }
    // Decades: "1990s", "the 1990s", "the '90s", "the 90s"
    {
      size_t d = Word(k, "the") ? k + 1 : k;
      if (NumDigits(d, 4, 4) && Val(d) % 10 == 0 && Val(d) >= 1000 && Val(d) <= 2990 &&
          Word(d + 1, "s") && Glued(d + 1)) {
        c.end = d + 2;
        c.value = DecadeValue(Val(d) / 10);
        return c;
      }
      if (Word(k, "the") && (Punct(d, "'") || Punct(d, "\xE2\x80\x99")) && NumDigits(d + 1, 2, 2) &&
          Val(d + 1) % 10 == 0 && Word(d + 2, "s") && Glued(d + 2)) {
        const long long yy = Val(d + 1);
        c.end = d + 3;
        c.value = DecadeValue((yy >= 30 ? 1900 + yy : 2000 + yy) / 10);
        return c;
      }
      if (Word(k, "the") && NumDigits(d, 2, 2) && Val(d) % 10 == 0 && Val(d) >= 20 &&
          Word(d + 1, "s") && Glued(d + 1)) {
        c.end = d + 2;
        c.value = DecadeValue((1900 + Val(d)) / 10);
        return c;
      }
    }
    // Centuries: "the 20th century", "the twentieth century", "the 21st-century" (adjective)
    {
      size_t d = Word(k, "the") ? k + 1 : k;
      long long n = -1;
      size_t e = d;
      if (NumDigits(d, 1, 2) && WordIn(d + 1, "st", "nd", "rd", "th") && Glued(d + 1)) {
        n = Val(d);
        e = d + 2;
      } else if (IsWord(d)) {
        if (auto o = Lex(d).ordinal; o && *o > 0) {
          n = *o;
          e = d + 1;
        }
      }
      if (n >= 1 && n <= 30) {
        if (Punct(e, "-") && Glued(e)) ++e;
        if (Word(e, "century")) {
          c.end = e + 1;
          char buf[16];
          std::snprintf(buf, sizeof buf, "%02lld", n - 1);
          c.value = buf;
          return c;
        }
      }
    }
    // Decades in words: "the nineties"
    if (Word(k, "the") && IsWord(k + 1)) {
      constexpr std::pair<std::string_view, int> kDecadeWords[] = {
          {"twenties", 192}, {"thirties", 193}, {"forties", 194}, {"fifties", 195},
          {"sixties", 196},  {"seventies", 197}, {"eighties", 198}, {"nineties", 199}};
      for (const auto& [word, decade] : kDecadeWords) {
        if (T(k + 1).lower == word) {
          c.end = k + 2;
          c.value = DecadeValue(decade);
          return c;
        }
      }
    }
    // Years in words, as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand".
    if (auto wy = WordYear(k)) {
      const bool intro =
          k > i || (i > 0 && WordIn(i - 1, "in", "since", "of", "from", "by", "until", "till",
                                    "before", "after", "during", "year"));
      if (T(k).lower == "nineteen" || intro) {
        c.end = wy->second;
        c.value = YearValue(wy->first);
        return c;
      }
    }
    if (!YearNumber(k)) return std::nullopt;
    const long long y = Val(k);
    // Guards: a year is not part of a longer number, an amount or a clock.
    if (Glued(k + 1) && (Punct(k + 1, ":") || Punct(k + 1, "/") || Punct(k + 1, "."))) {
      if (!(Punct(k + 1, ".") && !NumDigits(k + 2, 1, 9))) return std::nullopt;
    }
    if (k > 0 &&
        (Punct(k - 1, "$") || Punct(k - 1, "#") || Punct(k - 1, "\xE2\x82\xAC") ||
         Punct(k - 1, "\xC2\xA3") ||
         WordIn(k - 1, "no", "number", "id", "page", "room", "flight", "route", "code", "model"))) {
      return std::nullopt;
    }
    if (k > 0 && Punct(k - 1, ":") && (Word(k - 2, "id") || Num(k - 2))) return std::nullopt;
    // A position word ("late 1998", "mid-1998") introduces a date as a preposition does.
    const bool intro =
        (k > 0 && WordIn(k - 1, "in", "since", "of", "from", "by", "until", "till", "before",
                         "after", "during", "year", "circa", "and", "to", "around", "due")) ||
        (k > 0 && PositionedYear(k - 1)) || (k > 1 && Punct(k - 1, "-") && PositionedYear(k - 2));
    // "1955 and Spain", "in 1980 to more than": after a word that introduces a date, "and" and
    // "to" join clauses or ranges, not an amount's unit.
    if (QuantityFollows(k + 1) && !(intro && WordIn(k + 1, "and", "to"))) return std::nullopt;
    // Years outside modern history need a word that introduces a date.
    if (!fiscal && k == i && (y < 1800 || y > 2100) && !intro) return std::nullopt;
    // A year inside a name: after a capitalized word ("Orion 1980", "Panzerhaubitze 2000").
    if (!fiscal && k == i && k > 0 && IsWord(k - 1) && T(k - 1).capitalized && !T(k - 1).all_caps &&
        !SentenceInitial(k - 1) && !IsTemporalContextWord(T(k - 1).lower) && !Lex(k - 1).month &&
        !Lex(k - 1).season && !Lex(k - 1).weekday) {
      return std::nullopt;
    }
    c.end = k + 1;
    c.value = YearValue(static_cast<int>(y));
    return c;
  }

  // "nineteen ninety-six" (1996), "nineteen hundred" (1900), "two thousand [and] one": the year
  // and the end index.
  std::optional<std::pair<int, size_t>> WordYear(size_t k) const {
    if (Word(k, "nineteen")) {
      if (Word(k + 1, "hundred")) return std::make_pair(1900, k + 2);
      if (!IsWord(k + 1)) return std::nullopt;
      auto tens = Lex(k + 1).number;
      if (!tens || *tens < 10 || *tens > 90 || (*tens >= 20 && *tens % 10 != 0)) return std::nullopt;
      int year = 1900 + *tens;
      size_t e = k + 2;
      if (*tens >= 20) {
        size_t u = Punct(e, "-") && Glued(e) ? e + 1 : e;
        if (IsWord(u)) {
          if (auto unit = Lex(u).number; unit && *unit < 10) {
            year += *unit;
            e = u + 1;
          }
        }
      }
      return std::make_pair(year, e);
    }
    if (Word(k, "two") && Word(k + 1, "thousand")) {
      size_t e = k + 2;
      size_t u = Word(e, "and") ? e + 1 : e;
      if (IsWord(u)) {
        if (auto unit = Lex(u).number; unit && *unit < 20) {
          return std::make_pair(2000 + *unit, u + 1);
        }
      }
      return std::make_pair(2000, e);
    }
    return std::nullopt;
  }

  // "the weekend": the one before the DCT in a past-tense sentence, the coming one otherwise
  // (and the current one on a Saturday or Sunday).
  std::optional<Candidate> Weekend(size_t i) const {
    if (!Word(i, "the") || !Word(i + 1, "weekend")) return std::nullopt;
    if (Punct(i + 2, "'") || Word(i + 2, "of")) return std::nullopt;  // "the weekend's", "of X"
    Candidate c;
    c.begin = i;
    c.end = i + 2;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    if (!dct_) {
      c.value = "XXXX-WXX-WE";
      return c;
    }
    const int dow = (dct_->day_of_week().as_number() + 6) % 7 + 1;  // ISO 1..7
    const Direction dir = AheadOf(i) ? Direction::kFuture : TenseAround(i, i + 2);
    Date week = *dct_;
    if (dow < 6 && dir != Direction::kFuture) week = *dct_ - bg::days(7);
    c.value = IsoWeekValue(week) + "-WE";
    return c;
  }

  // "the week of March 6", "the week of Oct. 2, 1989": the ISO week that holds the day named.
  std::optional<Candidate> WeekOf(size_t i) const {
    if (!Word(i, "the") || !Word(i + 1, "week") || !Word(i + 2, "of")) return std::nullopt;
    auto d = DayAt(i + 3);
    if (!d || d->value.size() != 10 || d->value[4] != '-' || d->value[7] != '-') {
      return std::nullopt;
    }
    auto date = MakeDay(std::atoi(d->value.substr(0, 4).c_str()),
                        std::atoi(d->value.substr(5, 2).c_str()),
                        std::atoi(d->value.substr(8, 2).c_str()));
    if (!date) return std::nullopt;
    Candidate c = DayCandidate(i, *d);
    c.value = IsoWeekValue(*date);
    return c;
  }

  // "for the week, the index fell", "the week's busiest session": a week of the DCT's year that
  // the text does not date further, as TimeBank files it (YYYY-WXX). A week that a phrase after
  // it places ("the week of March 6", "the week before the vote", "the week ended Friday") is
  // another rule's or no timex.
  std::optional<Candidate> BareWeek(size_t i) const {
    if (!Word(i, "the") || !Word(i + 1, "week")) return std::nullopt;
    // "the end of the week", "the rest of the week": the DCT's week, read by Modified.
    if (i >= 2 && Word(i - 1, "of") &&
        WordIn(i - 2, "end", "beginning", "start", "middle", "close", "turn", "rest")) {
      return std::nullopt;
    }
    if (WordIn(i + 2, "of", "before", "after", "ended", "ending", "ends", "when", "that", "in",
               "to", "ahead") ||
        Punct(i + 2, "-")) {
      return std::nullopt;
    }
    Candidate c;
    c.begin = i;
    c.end = i + 2;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    c.value = (dct_ ? YearValue(dct_->year()) : std::string("XXXX")) + "-WXX";
    return c;
  }

  // "the week before last", "the year before last": the unit two before the DCT's.
  std::optional<Candidate> BeforeLast(size_t i) const {
    if (!Word(i, "the") || !IsWord(i + 1) || !Word(i + 2, "before") || !Word(i + 3, "last")) {
      return std::nullopt;
    }
    const auto unit = Lex(i + 1).unit;
    if (!unit || unit->plural) return std::nullopt;
    switch (unit->unit) {
      case Unit::kDay:
        // "the day before last" is rare and "the night before last" has no unit: leave them.
        return std::nullopt;
      case Unit::kWeek:
      case Unit::kWeekend:
      case Unit::kMonth:
      case Unit::kQuarter:
      case Unit::kYear:
        return ThisUnit(i, i + 4, unit->unit, -2);
      default:
        return std::nullopt;
    }
  }

  // Holidays by the rule that places them in a year: a fixed day, the nth weekday of a month,
  // or a day counted from Easter Sunday.
  enum class Feast : int {
    kFixed,
    kThanksgiving,
    kElectionDay,
    kLaborDay,
    kMemorialDay,
    kEaster,
    kOrthodoxEaster
  };
  struct FeastRef {
    Feast feast = Feast::kFixed;
    int month = 0;  // kFixed: the day itself
    int day = 0;
    int easter_offset = 0;  // kEaster: days from Easter Sunday
    bool week = false;      // "Easter week": the ISO week that ends on Easter Sunday
  };

  static Date FeastDay(const FeastRef& f, int year) {
    namespace dt = boost::date_time;
    const auto y = static_cast<unsigned short>(year);
    switch (f.feast) {
      case Feast::kFixed:
        return Date(y, static_cast<unsigned short>(f.month), static_cast<unsigned short>(f.day));
      case Feast::kThanksgiving:  // the fourth Thursday of November
        return bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::fourth,
                                                dt::Thursday, bg::Nov)
            .get_date(y);
      case Feast::kElectionDay:  // the Tuesday after the first Monday of November
        return bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::first,
                                                dt::Monday, bg::Nov)
                   .get_date(y) +
               bg::days(1);
      case Feast::kLaborDay:  // the first Monday of September
        return bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::first,
                                                dt::Monday, bg::Sep)
            .get_date(y);
      case Feast::kMemorialDay:  // the last Monday of May
        return bg::last_day_of_the_week_in_month(dt::Monday, bg::May).get_date(y);
      case Feast::kEaster:
        return EasterSunday(year) + bg::days(f.easter_offset);
      case Feast::kOrthodoxEaster:
        return OrthodoxEasterSunday(year) + bg::days(f.easter_offset);
    }
    return Date(y, 1, 1);
  }

  // The holiday named at i and the end of its name; nullopt if none. Every word of a name is
  // capitalized: "election day" in lower case is any election's day.
  std::optional<std::pair<FeastRef, size_t>> FeastAt(size_t i) const {
    if (!IsWord(i) || !T(i).capitalized) return std::nullopt;
    auto cap = [&](size_t k, std::string_view w) { return Word(k, w) && T(k).capitalized; };
    auto possessive = [&](size_t k) {
      return (Punct(k, "'") || Punct(k, "\xE2\x80\x99")) && Word(k + 1, "s");
    };
    FeastRef f;
    size_t e = i + 1;
    std::string_view w = T(i).lower;
    if (w == "christmas") {
      f.month = 12;
      f.day = 25;
      if (Word(e, "day")) {
        ++e;
      } else if (Word(e, "eve")) {
        f.day = 24;
        ++e;
      }
    } else if (w == "new" && Word(i + 1, "year") && possessive(i + 2) &&
               WordIn(i + 4, "day", "eve")) {
      const bool eve = Word(i + 4, "eve");
      f.month = eve ? 12 : 1;
      f.day = eve ? 31 : 1;
      e = i + 5;
    } else if (w == "thanksgiving") {
      f.feast = Feast::kThanksgiving;
      if (Word(e, "day")) ++e;
    } else if (w == "halloween") {
      f.month = 10;
      f.day = 31;
    } else if (w == "valentine" && possessive(i + 1) && cap(i + 3, "day")) {
      f.month = 2;
      f.day = 14;
      e = i + 4;
    } else if (w == "boxing" && cap(i + 1, "day")) {
      f.month = 12;
      f.day = 26;
      e = i + 2;
    } else if (w == "election" && cap(i + 1, "day")) {
      f.feast = Feast::kElectionDay;
      e = i + 2;
    } else if ((w == "labor" || w == "labour") && cap(i + 1, "day")) {
      f.feast = Feast::kLaborDay;
      e = i + 2;
    } else if (w == "memorial" && cap(i + 1, "day")) {
      f.feast = Feast::kMemorialDay;
      e = i + 2;
    } else if (w == "easter") {
      f.feast = Feast::kEaster;
      if (cap(e, "sunday")) {
        ++e;
      } else if (cap(e, "monday")) {
        f.easter_offset = 1;
        ++e;
      } else if (Word(e, "week")) {
        f.week = true;
        ++e;
      }
    } else if (w == "good" && cap(i + 1, "friday")) {
      f.feast = Feast::kEaster;
      f.easter_offset = -2;
      e = i + 2;
    } else if (w == "orthodox" && cap(i + 1, "christmas")) {
      // The Orthodox churches keep Christmas on 25 December of the Julian calendar: 7 January.
      f.month = 1;
      f.day = 7;
      e = i + 2;
      if (cap(e, "eve")) {
        f.day = 6;
        ++e;
      } else if (cap(e, "day")) {
        ++e;
      }
    } else if (w == "orthodox" && cap(i + 1, "easter")) {
      f.feast = Feast::kOrthodoxEaster;
      e = i + 2;
      if (cap(e, "sunday")) ++e;
    } else if (w == "fourth" && Word(i + 1, "of") && cap(i + 2, "july")) {
      f.month = 7;
      f.day = 4;
      e = i + 3;
    } else {
      return std::nullopt;
    }
    return std::make_pair(f, e);
  }

  std::optional<Candidate> Holiday(size_t i) const {
    // "last Thanksgiving", "next Christmas": the word before the name is part of the expression
    // and gives its direction.
    const bool last = Word(i, "last"), next = Word(i, "next");
    auto named = FeastAt(last || next ? i + 1 : i);
    if (!named) return std::nullopt;
    const auto& [feast, e] = *named;
    // "Christmas Island", "Thanksgiving Parade", "the Good Friday Agreement", "Easter Rising": a
    // capitalized word after the name continues it.
    if (IsWord(e) && T(e).capitalized && !IsTemporalContextWord(T(e).lower)) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    int year = 0;
    size_t y = Punct(e, ",") ? e + 1 : e;
    if (YearNumber(y)) {
      year = static_cast<int>(Val(y));
      c.end = y + 1;
      c.anchor = Anchor::kExplicit;
    } else {
      c.end = e;
      c.anchor = Anchor::kRelative;
      if (!dct_) {
        if (feast.feast == Feast::kFixed) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", feast.month, feast.day);
          c.value = buf;
        } else {
          c.value = feast.week ? "XXXX-WXX" : "XXXX-XX-XX";
        }
        return c;
      }
      // The year by the tense, as for a day of a month: the movable feasts take the month and
      // day they have in the DCT's year, which is at most a few weeks off in any other.
      const Date in_dct_year = FeastDay(feast, dct_->year());
      const int dct_year = static_cast<int>(dct_->year());
      if (last) {
        year = FeastDay(feast, dct_year) < *dct_ ? dct_year : dct_year - 1;
      } else if (next) {
        year = FeastDay(feast, dct_year) > *dct_ ? dct_year : dct_year + 1;
      } else {
        year = ResolveYearOfMonth(*dct_, in_dct_year.month(), in_dct_year.day(), TenseAround(i, e));
      }
    }
    if (year < 1583 || year > 9999) return std::nullopt;  // the Gregorian calendar's range
    const Date d = FeastDay(feast, year);
    c.value = feast.week ? IsoWeekValue(d) : DayValue(d);
    return c;
  }

  // ---- "today is the eighth day of the blockade", "it's the second day of an offensive" ----
  // An ordinal day of something under way, told in the present tense, is the day of writing.
  // Told in another tense ("Monday was the third day", "his first day in office") it hangs on
  // a day the text does not give, and is left alone.
  std::optional<Candidate> OrdinalDayNow(size_t i) const {
    if (!dct_ || i == 0) return std::nullopt;
    const size_t k = Word(i, "the") ? i + 1 : i;
    if (!IsWord(k) || !Lex(k).ordinal || !Word(k + 1, "day") || !WordIn(k + 2, "of", "since")) {
      return std::nullopt;
    }
    const bool apostrophe = i >= 2 && (Punct(i - 2, "'") || Punct(i - 2, "\xE2\x80\x99"));
    const bool present = Word(i - 1, "is") || (Word(i - 1, "s") && apostrophe && i >= 3 &&
                                               WordIn(i - 3, "it", "today", "this", "that"));
    if (!present) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.end = k + 2;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    c.value = DayValue(*dct_);
    return c;
  }

  // ---- "year-end", "year end", "year's end": the end of the DCT's year, or of the year before
  // after "since" ----
  std::optional<Candidate> YearEnd(size_t i) const {
    if (!Word(i, "year")) return std::nullopt;
    size_t e = 0;
    if (Punct(i + 1, "-") && Glued(i + 1) && Word(i + 2, "end") && Glued(i + 2)) {
      e = i + 3;
    } else if (Word(i + 1, "end")) {
      e = i + 2;
    } else if ((Punct(i + 1, "'") || Punct(i + 1, "\xE2\x80\x99")) && Word(i + 2, "s") &&
               Word(i + 3, "end")) {
      e = i + 4;
    } else {
      return std::nullopt;
    }
    // "the year ended June 30" is a report period; "year end" needs no article before it.
    if (i > 0 && WordIn(i - 1, "the", "a", "each", "every")) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.end = e;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    c.mod = "END";
    if (!dct_) {
      c.value = "XXXX";
      return c;
    }
    const bool since = i > 0 && Word(i - 1, "since");
    c.value = YearValue(dct_->year() - (since ? 1 : 0));
    return c;
  }

  // ---- the periods of a company report: "the quarter", "the latest quarter", "the year-ago
  // period", "year-earlier", "the year", "the fiscal year" ----
  // A report published in a quarter gives the results of the quarter before it, so "the
  // quarter" is the last complete quarter before the DCT, and "year-ago" moves it a year back.
  // A report that has named its quarter ("the fiscal first quarter", "the third quarter") means
  // that one by "the quarter" (TimeBank keeps a fiscal quarter's own number).
  std::string ReportQuarter(int years_back) const {
    if (named_quarter_) {
      return QuarterValue(named_quarter_->first - years_back, named_quarter_->second);
    }
    int y = dct_->year(), m = dct_->month();
    ShiftMonth(&y, &m, -3);
    return QuarterValue(y - years_back, (m - 1) / 3 + 1);
  }

  // "[the quarter] ended July 31", "ending Oct. 31, 1989": a quarter that the text dates by its
  // last day only, as companies whose fiscal year is not the calendar year do. Its value is the
  // calendar quarter that holds most of its three months (May to July is the second quarter),
  // the one holding its middle month, in the year the day itself resolves to. nullopt when no
  // calendar day follows "ended" or "ending" at i.
  std::optional<std::string> QuarterEndedAt(size_t i) const {
    if (!WordIn(i, "ended", "ending") || !IsWord(i + 1) || !Lex(i + 1).month) return std::nullopt;
    const auto day = ExplicitDay(i + 1);
    if (!day || day->value.size() < 7 || day->value[0] == 'X') return std::nullopt;
    int year = std::atoi(day->value.substr(0, 4).c_str());
    int month = std::atoi(day->value.substr(5, 2).c_str());
    ShiftMonth(&year, &month, -1);
    return QuarterValue(year, (month - 1) / 3 + 1);
  }

  // "year-ago", "year-earlier" (one hyphenated adjective) at i: the end index.
  std::optional<size_t> YearAgoAt(size_t i) const {
    if (Word(i, "year") && Punct(i + 1, "-") && Glued(i + 1) && WordIn(i + 2, "ago", "earlier") &&
        Glued(i + 2)) {
      return i + 3;
    }
    return std::nullopt;
  }

  std::optional<Candidate> ReportingPeriod(size_t i) const {
    if (!dct_) return std::nullopt;
    // Each reading below starts with one of these words ("year" for a bare "year-ago").
    if (!WordIn(i, "the", "a", "last", "comparable", "corresponding", "year")) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    size_t k = WordIn(i, "the", "a") ? i + 1 : i;
    if (WordIn(k, "comparable", "corresponding")) ++k;
    if (auto e = YearAgoAt(k)) {
      // "the year-earlier nine months", "the year-ago six months": the adjective places a span
      // whose length the count gives; the whole phrase is that duration, as TimeBank reads it.
      if (auto count = CountAt(*e); count && !count->article && count->n > 0) {
        if (auto unit = UnitAt(count->end); unit && unit->first.plural) {
          c.type = TimexType::kDuration;
          c.end = unit->second;
          c.value = DurationValue(unit->first.unit, count->n);
          return c;
        }
      }
      if (WordIn(*e, "quarter", "period") && !Word(*e + 1, "of")) {
        c.end = *e + 1;
        c.value = ReportQuarter(1);
        return c;
      }
      // "year-earlier results": the year before the DCT's; in a comparison of figures, the
      // same quarter a year back.
      c.end = *e;
      c.value = YearAgoComparison(i, ReportComparison(i) || Word(i, "a"))
                    .value_or(PreviousSentenceYearAgo(i).value_or(YearValue(dct_->year() - 1)));
      // Without its noun the adjective stands alone: "compared with a [year-earlier] $2.1
      // million", "[The year-ago] results".
      c.begin = k;
      return c;
    }
    // "last year's quarter", "last year's period": the report's quarter a year back.
    if (Word(i, "last") && Word(i + 1, "year") &&
        (Punct(i + 2, "'") || Punct(i + 2, "\xE2\x80\x99")) && Word(i + 3, "s") &&
        WordIn(i + 4, "quarter", "period")) {
      c.end = i + 5;
      c.value = ReportQuarter(1);
      return c;
    }
    if (!Word(i, "the")) return std::nullopt;  // the rest needs "the": "a year" is an amount
    // "the corresponding period last year", "the same quarter a year ago", "for the quarter a
    // year earlier".
    const size_t noun = WordIn(i + 1, "comparable", "corresponding", "same") ? i + 2 : i + 1;
    if (WordIn(noun, "quarter", "period")) {
      size_t e = noun + 1;
      if (Word(e, "of")) ++e;
      if (Word(e, "last") && Word(e + 1, "year")) {
        c.end = e + 2;
        c.value = ReportQuarter(1);
        return c;
      }
      if (WordIn(e, "a") && Word(e + 1, "year") && WordIn(e + 2, "ago", "earlier")) {
        c.end = e + 3;
        c.value = ReportQuarter(1);
        return c;
      }
    }
    // "the 1988 period", "the 1989 quarter": the report's quarter of that year. In a sentence
    // about a run of months or a half ("In the first nine months, net was $306 million, against
    // $195 million in the 1988 period") the period is that stretch of the year named: for nine
    // months the year is the closest TIMEX3 value, as for a year-ago comparison there.
    if (YearNumber(i + 1) && WordIn(i + 2, "period", "quarter") && !Word(i + 3, "of")) {
      const int year = static_cast<int>(Val(i + 1));
      c.end = i + 3;
      const auto sentence = Word(i + 2, "period") ? SentencePeriod(i) : std::nullopt;
      if (sentence && sentence->unit == 0) {
        c.value = YearValue(year);
      } else if (sentence && sentence->unit == 'H') {
        c.value = YearValue(year) + "-H" + std::to_string(sentence->number);
      } else {
        c.value = YearValue(year) + ReportQuarter(0).substr(4);
      }
      return c;
    }
    const bool latest = Word(k, "latest");
    if (latest) ++k;
    if (Word(k, "quarter") && !Word(k + 1, "of") && !Punct(k + 1, "-")) {
      c.end = k + 1;
      c.value =
          named_quarter_ ? ReportQuarter(0) : QuarterEndedAt(k + 1).value_or(ReportQuarter(0));
      return c;
    }
    if (latest && Word(k, "period")) {
      c.end = k + 1;
      c.value = ReportQuarter(0);
      return c;
    }
    // "the year", "the full year", "the current fiscal year": the DCT's year; "the year ended
    // June 30" is a twelve-month span of a company's accounts.
    if (!latest && WordIn(k, "full", "current", "calendar")) ++k;
    if (Word(k, "fiscal")) ++k;
    // "the year of the dragon", "the year before", "the year that he left" name other years;
    // "a high for the year of $42.875" (an amount follows), "the current fiscal year that" and
    // "the first nine months of the year" are the report's.
    const bool qualified = k > i + 1;  // "the current year", "the fiscal year"
    const bool other_year = (Word(k + 1, "of") && !Punct(k + 2, "$") && !Num(k + 2)) ||
                            WordIn(k + 1, "before", "after", "when", "in") ||
                            (Word(k + 1, "that") && !qualified);
    if (Word(k, "year") && !other_year && !Punct(k + 1, "-") &&
        !(i > 0 && Word(i - 1, "around"))) {
      c.end = k + 1;
      // "the year ended June 30" is a company's twelve months; "throughout the fiscal year",
      // "all the year" take the year as a stretch of time, which TimeBank files as P1Y too.
      if (WordIn(k + 1, "ended", "ending", "ends", "to") ||
          (i > 0 && WordIn(i - 1, "all", "throughout"))) {
        c.type = TimexType::kDuration;
        c.value = "P1Y";
      } else {
        c.value = YearValue(dct_->year() - (latest ? 1 : 0));
      }
      return c;
    }
    return std::nullopt;
  }

  // True for a month value, "YYYY-MM" ("XXXX-MM" without a DCT).
  static bool IsMonthValue(std::string_view v) {
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    return v.size() == 7 && v[4] == '-' && digit(v[5]) && digit(v[6]);
  }

  // ---- quarters and halves: "the third quarter", "third-quarter", "Q3 2024", "the first half" ----
  std::optional<Candidate> QuarterOrHalf(size_t i) const {
    // "quarter(s)" or "half" comes at most nine tokens after i (after "the", "this year's",
    // "fiscal", "3rd" and a hyphen at the longest), "Q" or "H" at most six: no reading matches
    // without one.
    if (i >= N() || next_[i].part > i + 9) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    size_t k = Word(i, "the") ? i + 1 : i;
    // "the September quarter", "the June quarter": the three months that end with the month
    // named, filed as the calendar quarter holding most of them (as for "the quarter ended").
    if (k > i) {
      size_t m_end = 0;
      auto m = MonthAt(k, &m_end);
      const bool of_year = m && Word(m_end + 1, "of") && YearNumber(m_end + 2);
      if (m && Word(m_end, "quarter") && (!Word(m_end + 1, "of") || of_year)) {
        c.end = of_year ? m_end + 3 : m_end + 1;
        c.anchor = of_year ? Anchor::kExplicit : Anchor::kRelative;
        if (!dct_ && !of_year) {
          c.value = "XXXX-Q" + std::to_string((((*m + 10) % 12) / 3) + 1);
          return c;
        }
        int year = of_year ? static_cast<int>(Val(m_end + 2))
                           : ResolveYearOfMonth(*dct_, *m, 0, DirectionOfName(i, m_end + 1));
        int month = *m;
        ShiftMonth(&year, &month, -1);
        c.value = QuarterValue(year, (month - 1) / 3 + 1);
        return c;
      }
    }
    // A year before the quarter: "the 1988 third quarter", "this year's third quarter",
    // "next year's first quarter", "the year-ago third quarter".
    std::optional<int> prefix_year;
    if (YearNumber(k) && !Punct(k + 1, ",")) {
      prefix_year = static_cast<int>(Val(k));
      ++k;
    } else if (dct_ && WordIn(k, "this", "last", "next") && Word(k + 1, "year") &&
               (Punct(k + 2, "'") || Punct(k + 2, "\xE2\x80\x99")) && Word(k + 3, "s")) {
      prefix_year = dct_->year() + (Word(k, "last") ? -1 : Word(k, "next") ? 1 : 0);
      k += 4;
    } else if (dct_) {
      size_t a = WordIn(k, "comparable", "corresponding") ? k + 1 : k;
      if (auto e = YearAgoAt(a)) {
        prefix_year = dct_->year() - 1;
        k = *e;
      }
    }
    if (WordIn(k, "fiscal", "calendar")) ++k;
    int n = 0;
    bool half = false;
    size_t e = 0;
    if (Word(k, "q") && T(k).capitalized && NumDigits(k + 1, 1, 1) && Glued(k + 1) && Val(k + 1) >= 1 &&
        Val(k + 1) <= 4) {
      n = static_cast<int>(Val(k + 1));
      e = k + 2;
    } else if (Word(k, "h") && T(k).capitalized && NumDigits(k + 1, 1, 1) && Glued(k + 1) &&
               Val(k + 1) >= 1 && Val(k + 1) <= 2) {
      n = static_cast<int>(Val(k + 1));
      half = true;
      e = k + 2;
    } else {
      std::optional<int> ord;
      size_t o_end = k + 1;
      if (IsWord(k)) ord = Lex(k).ordinal;
      // "the latter half", "the former half": the second and the first of two.
      if (!ord && k > i && WordIn(k, "latter", "former") && Word(k + 1, "half")) {
        ord = Word(k, "latter") ? 2 : 1;
      }
      if (!ord && NumDigits(k, 1, 1) && WordIn(k + 1, "st", "nd", "rd", "th") && Glued(k + 1)) {
        ord = static_cast<int>(Val(k));
        o_end = k + 2;
      }
      if (!ord) return std::nullopt;
      // "the last quarter" is the fourth; "last quarter" the one before the current one.
      if (*ord == -1 && k == i) return std::nullopt;
      size_t u = o_end;
      if (Punct(u, "-") && Glued(u)) ++u;
      size_t unit_end = u + 1;
      // "the first two quarters of 1990": the first half. ("The last two quarters" are most
      // often the two before the DCT, a duration.)
      if (*ord == 1 && Word(u, "two") && Word(u + 1, "quarters")) {
        n = 1;
        half = true;
        unit_end = u + 2;
      } else if (Word(u, "quarter")) {
        n = *ord == -1 ? 4 : *ord;
        if (n < 1 || n > 4) return std::nullopt;
      } else if (Word(u, "half")) {
        n = *ord == -1 ? 2 : *ord;
        half = true;
        if (n < 1 || n > 2) return std::nullopt;
      } else {
        return std::nullopt;
      }
      e = unit_end;
    }
    // "the last half of the '80s", "the first half of the 20th century": a half of a decade or a
    // century is that decade or century, with the half kept as the mod.
    if (half && Word(e, "of")) {
      if (auto whole = YearExpression(e + 1); whole && whole->value.size() <= 4 &&
                                              !YearNumber(e + 1)) {
        whole->begin = i;
        whole->mod = n == 1 ? "START" : "END";
        return whole;
      }
      // "the second half of February", "the first half of next month": a half of a month is
      // that month, the half kept as the mod (a month has no H1/H2 of its own).
      if (auto whole = Core(e + 1); whole && whole->type == TimexType::kDate &&
                                    whole->mod.empty() && IsMonthValue(whole->value)) {
        whole->begin = i;
        whole->mod = n == 1 ? "START" : "END";
        return whole;
      }
    }
    // Year: "of 2024", "2024", ", 2024", "of this year", "of next year", "of last year"
    size_t y = e;
    if (Word(y, "of")) ++y;
    if (Punct(y, ",")) ++y;
    // "the first quarter of fiscal 2023": the fiscal year's own numbering, as TimeBank keeps it.
    if (Word(y, "fiscal") && YearNumber(y + 1)) ++y;
    int year = 0;
    bool explicit_year = false;
    size_t end = e;
    if (YearNumber(y)) {
      year = static_cast<int>(Val(y));
      explicit_year = true;
      end = y + 1;
    } else if (Word(e, "of") && WordIn(e + 1, "this", "last", "next") && Word(e + 2, "year")) {
      if (!dct_) return std::nullopt;
      year = dct_->year() + (Word(e + 1, "last") ? -1 : Word(e + 1, "next") ? 1 : 0);
      end = e + 3;
    } else if (Word(e, "of") && Word(e + 1, "the") && Word(e + 2, "year")) {
      if (!dct_) return std::nullopt;
      year = dct_->year();
      end = e + 3;
    } else if (prefix_year) {
      year = *prefix_year;
      explicit_year = true;
    } else if (dct_) {
      year = dct_->year();
      // A quarter still ahead of the DCT's own, told in the past tense, is last year's ("profits
      // for the fourth quarter fell", in January).
      const int current = (dct_->month() - 1) / 3 + 1;
      if (!half && n > current && TenseAround(i, e) == Direction::kPast) --year;
    }
    // "the second half" of a match or a film is not a date; halves need a year or "the".
    if (half && !explicit_year && end == e && k == i) return std::nullopt;
    // "the second half of the match", "the third quarter of the game": a part of something that
    // is no time.
    if (end == e && Word(e, "of") &&
        WordIn(e + 1, "the", "a", "an", "his", "her", "its", "their", "this", "that") &&
        !Core(e + 1)) {
      return std::nullopt;
    }
    c.end = end;
    // "the [third-quarter] loss": a hyphenated quarter is an adjective; "the" is the noun's.
    if (Word(i, "the") && end == e && e >= 2 && Punct(e - 2, "-") && !prefix_year) c.begin = i + 1;
    const std::string y_str = (dct_ || explicit_year) ? YearValue(year) : "XXXX";
    c.value = y_str + (half ? "-H" : "-Q") + std::to_string(n);
    c.anchor = explicit_year ? Anchor::kExplicit : Anchor::kRelative;
    return c;
  }

  // ---- seasons: "summer 2022", "the summer of 2022", "last fall", "in the spring" ----
  std::optional<Candidate> SeasonExpression(size_t i) const {
    size_t k = Word(i, "the") ? i + 1 : i;
    if (!IsWord(k)) return std::nullopt;
    auto s = Lex(k).season;
    if (!s) return std::nullopt;
    if (T(k).capitalized && InProperName(k, k, true)) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    size_t y = k + 1;
    if (Word(y, "of")) ++y;
    if (YearNumber(y)) {
      c.end = y + 1;
      c.value = SeasonValue(static_cast<int>(Val(y)), *s);
      return c;
    }
    // "the winter of nineteen ninety-four", as broadcast transcripts spell years.
    if (auto wy = WordYear(y); wy && (Word(k + 1, "of") || Word(y, "nineteen"))) {
      c.end = wy->second;
      c.value = SeasonValue(wy->first, *s);
      return c;
    }
    // A bare season needs "the" or a preposition before it ("fall" is also a verb).
    const bool intro =
        k == i + 1 || (i > 0 && WordIn(i - 1, "in", "during", "since", "until", "by", "this",
                                       "last", "next", "over", "through", "early", "late", "mid"));
    if (!intro) return std::nullopt;
    // "the spring of last year", "summer next year": the year phrase says which spring.
    const size_t year_word = Word(k + 1, "of") ? k + 2 : k + 1;
    if (dct_ && WordIn(year_word, "this", "last", "next") && Word(year_word + 1, "year")) {
      c.end = year_word + 2;
      c.value = SeasonValue(dct_->year() + (Word(year_word, "last")   ? -1
                                            : Word(year_word, "next") ? 1
                                                                      : 0),
                            *s);
      c.anchor = Anchor::kRelative;
      return c;
    }
    // "the fall of Kabul": a noun phrase with "of" is an event, not the season.
    if (Word(k + 1, "of")) return std::nullopt;
    c.end = k + 1;
    c.value = dct_ ? ResolveSeason(*dct_, *s, 0, TenseAround(i, k + 1)) : "XXXX-" + std::string(*s);
    c.anchor = Anchor::kRelative;
    return c;
  }

  // ---- this/last/next + unit, month, season ----
  // The value of the unit containing the DCT moved by `shift` units.
  std::optional<Candidate> ThisUnit(size_t begin, size_t end, Unit unit, int shift) const {
    Candidate c;
    c.begin = begin;
    c.end = end;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    if (!dct_) {
      switch (unit) {
        case Unit::kWeek:
          c.value = "XXXX-WXX";
          break;
        case Unit::kWeekend:
          c.value = "XXXX-WXX-WE";
          break;
        case Unit::kMonth:
          c.value = "XXXX-XX";
          break;
        case Unit::kQuarter:
          c.value = "XXXX-QX";
          break;
        case Unit::kYear:
          c.value = "XXXX";
          break;
        case Unit::kDecade:
          c.value = "XXX";
          break;
        case Unit::kCentury:
          c.value = "XX";
          break;
        default:
          return std::nullopt;
      }
      return c;
    }
    const Date d = *dct_;
    switch (unit) {
      case Unit::kDay:
        c.value = DayValue(d + bg::days(shift));
        break;
      case Unit::kWeek:
        c.value = IsoWeekValue(d + bg::days(7 * shift));
        break;
      case Unit::kWeekend:
        c.value = IsoWeekValue(d + bg::days(7 * shift)) + "-WE";
        break;
      case Unit::kMonth: {
        int y = d.year(), m = d.month();
        ShiftMonth(&y, &m, shift);
        c.value = MonthValue(y, m);
        break;
      }
      case Unit::kQuarter: {
        int y = d.year(), m = d.month();
        ShiftMonth(&y, &m, 3 * shift);
        c.value = QuarterValue(y, (m - 1) / 3 + 1);
        break;
      }
      case Unit::kYear:
        c.value = YearValue(d.year() + shift);
        break;
      case Unit::kDecade:
        c.value = DecadeValue(d.year() / 10 + shift);
        break;
      case Unit::kCentury: {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d", d.year() / 100 + shift);
        c.value = buf;
        break;
      }
      default:
        return std::nullopt;
    }
    return c;
  }

  std::optional<Candidate> RelativeUnit(size_t i) const {
    int shift = 0;
    size_t k = i;
    if (Word(k, "this") && WordIn(k + 1, "past", "coming")) {
      shift = Word(k + 1, "past") ? -1 : 1;
      k += 2;
    } else if (WordIn(k, "this", "current")) {
      k += 1;
    } else if (Word(k, "the") && Word(k + 1, "current")) {
      k += 2;  // "the current quarter": the article belongs to it, as in TimeBank
    } else if (Word(k, "last")) {
      shift = -1;
      k += 1;
    } else if (Word(k, "next")) {
      shift = 1;
      k += 1;
    } else {
      return std::nullopt;
    }
    if (!IsWord(k)) return std::nullopt;
    if (auto u = Lex(k).unit; u && !u->plural) {
      if (u->unit == Unit::kDay && shift == 0) return std::nullopt;  // "this day" is vague
      if (TitleCased(k)) return std::nullopt;
      auto c = ThisUnit(i, k + 1, u->unit, shift);
      if (c && u->unit == Unit::kDay && shift != 0) return std::nullopt;  // "next day": anaphoric
      return c;
    }
    size_t m_end = 0;
    if (auto m = MonthAt(k, &m_end)) {
      Candidate c;
      c.begin = i;
      c.end = m_end;
      c.type = TimexType::kDate;
      c.anchor = Anchor::kRelative;
      if (!dct_) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-%02d", *m);
        c.value = buf;
        return c;
      }
      int y = dct_->year();
      const int dm = dct_->month();
      if (shift < 0) y = *m < dm ? y : y - 1;
      if (shift > 0) y = *m > dm ? y : y + 1;
      c.value = MonthValue(y, *m);
      // "last Oct. 23": the day of that month.
      size_t d_end = 0;
      if (auto d = DayNumber(m_end, &d_end)) {
        if (auto date = MakeDay(y, *m, *d)) {
          c.end = d_end;
          c.value = DayValue(*date);
        }
      }
      return c;
    }
    if (auto s = Lex(k).season) {
      Candidate c;
      c.begin = i;
      c.end = k + 1;
      c.type = TimexType::kDate;
      c.anchor = Anchor::kRelative;
      c.value = dct_ ? ResolveSeason(*dct_, *s, shift, Direction::kNone) : "XXXX-" + std::string(*s);
      return c;
    }
    return std::nullopt;
  }

  // ---- "two years ago", "a year earlier", "three weeks from now" ----
  std::optional<Candidate> AgoOrFromNow(size_t i) const {
    // The unit follows the count, which ends at most five tokens after i (ReadCountAt).
    if (i >= N() || next_[i].unit > i + 5) return std::nullopt;
    // "half a century ago", "half a year earlier": half of one unit, counted in the next
    // smaller one (50 years, 6 months).
    const bool half = Word(i, "half") && WordIn(i + 1, "a", "an");
    auto count = half ? std::optional<Count>(Count{i + 2, 1, true}) : CountAt(i);
    size_t u_start = count ? count->end : i;
    const bool and_half_before = !half && count && !count->article && count->n >= 1 &&
                                 Word(u_start, "and") && Word(u_start + 1, "a") &&
                                 Word(u_start + 2, "half");
    if (and_half_before) u_start += 3;
    auto unit = UnitAt(u_start);
    if (!unit) return std::nullopt;
    if (count && count->article && unit->first.plural) return std::nullopt;
    if (!count && !unit->first.plural) return std::nullopt;
    long long n = count ? count->n : kUnknownCount;
    Unit unit_kind = unit->first.unit;
    if (half) {
      const auto halved = HalfUnit(unit_kind);
      if (!halved) return std::nullopt;
      unit_kind = halved->first;
      n = halved->second;
    }
    size_t e = unit->second;
    // "a year and a half ago", "two and a half years ago": n units and half of one more, counted
    // in the next smaller unit (18 months, 30 months).
    const bool and_half_after = !half && n >= 1 && !unit->first.plural && Word(e, "and") &&
                                Word(e + 1, "a") && Word(e + 2, "half");
    if (and_half_after) e += 3;
    if (and_half_before || and_half_after) {
      const auto halved = HalfUnit(unit_kind);
      if (!halved) return std::nullopt;
      const long long per_unit = 2 * halved->second;  // smaller units in one whole unit
      unit_kind = halved->first;
      n = n * per_unit + halved->second;
    }
    // "a week or so ago": the count is approximate.
    const bool approx = Word(e, "or") && Word(e + 1, "so") && WordIn(e + 2, "ago", "earlier");
    if (approx) e += 2;
    int sign = 0;
    if (WordIn(e, "ago", "earlier")) {
      sign = -1;
      ++e;
    } else if (Word(e, "from") && WordIn(e + 1, "now", "today")) {
      sign = 1;
      e += 2;
    } else if (Word(e, "hence")) {
      sign = 1;
      ++e;
    } else {
      return std::nullopt;
    }
    // "a year earlier" can hang on another date; TimeBank reads it from the DCT, and so do we.
    Candidate c;
    c.begin = i;
    c.end = e;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    if (approx) c.mod = "APPROX";
    if (n == kUnknownCount) {
      c.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      return c;
    }
    if (!dct_) {
      c.value = "XXXX-XX-XX";
      return c;
    }
    const int s = static_cast<int>(sign * n);
    const Date d = *dct_;
    if (unit_kind == Unit::kYear && n == 1 && sign < 0) {
      if (auto v = YearAgoComparison(i, ReportComparison(i))) {
        c.value = *v;
        return c;
      }
    }
    switch (unit_kind) {
      case Unit::kSecond:
      case Unit::kMinute:
        c.value = DayValue(d);
        break;
      case Unit::kHour:
        // "48 hours ago" lies two days back; "a few hours ago" is the DCT itself.
        c.value = DayValue(d + bg::days(s / 24));
        break;
      case Unit::kDay:
        c.value = DayValue(d + bg::days(s));
        break;
      case Unit::kWeek:
      case Unit::kWeekend:
        c.value = IsoWeekValue(d + bg::days(7 * s));
        break;
      case Unit::kFortnight:
        c.value = IsoWeekValue(d + bg::days(14 * s));
        break;
      case Unit::kMonth: {
        int y = d.year(), m = d.month();
        ShiftMonth(&y, &m, s);
        c.value = MonthValue(y, m);
        break;
      }
      case Unit::kQuarter: {
        int y = d.year(), m = d.month();
        ShiftMonth(&y, &m, 3 * s);
        c.value = QuarterValue(y, (m - 1) / 3 + 1);
        break;
      }
      case Unit::kYear:
        c.value = YearValue(d.year() + s);
        break;
      case Unit::kDecade:
        c.value = DecadeValue((d.year() + 10 * s) / 10);
        break;
      case Unit::kCentury: {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d", (d.year() + 100 * s) / 100);
        c.value = buf;
        break;
      }
      case Unit::kMillennium:
        return std::nullopt;
    }
    return c;
  }

  // ---- durations ----
  // "Islam will one day be", "he hopes he one day follows": "one day" between a subject or a
  // modal and its verb is an adverb of indefinite time ("some day"), not a day-long span.
  bool AdverbialOneDay(size_t i) const {
    if (!Word(i, "one") || !Word(i + 1, "day") || i == 0) return false;
    // "perhaps one day", "maybe one day": some day, wherever the sentence goes on.
    if (WordIn(i - 1, "perhaps", "maybe", "hopefully")) return !Word(i + 2, "of");
    return WordIn(i - 1, "will", "would", "could", "might", "may", "can", "should", "must", "shall",
                  "he", "she", "they", "we", "i", "you", "it") &&
           IsWord(i + 2) && !T(i + 2).capitalized &&
           !WordIn(i + 2, "of", "after", "before", "later", "earlier", "and", "or", "to", "in", "a",
                   "the", "ago");
  }

  // "from one day to the next", "from day to day": an idiom for "suddenly" or "all the time",
  // no span of time.
  bool DayToTheNext(size_t i) const {
    const size_t k = Word(i, "one") ? i + 1 : i;
    return i > 0 && Word(i - 1, "from") && Word(k, "day") && Word(k + 1, "to") &&
           (Word(k + 2, "day") || (Word(k + 2, "the") && Word(k + 3, "next")));
  }

  // Every duration holds a unit word (UnitAt) at most this many tokens after its first, except
  // those that start with "a", "an" or "another": "the" (1), a qualifier (1), a count as long as
  // "twenty-four hundred thousand" (5, ReadCountAt), "1/2" (3), an adjective such as "more" (1),
  // "trading" (1) and a hyphen (1) may come before the unit.
  static constexpr size_t kUnitReach = 13;

  std::optional<Candidate> DurationExpression(size_t i) const {
    // Where no unit word follows closely, only the "a ..." readings of UncountedDuration can
    // match ("a while", "a pivotal week" after any number of quotation marks).
    if (i >= N() || (next_[i].unit > i + kUnitReach && !WordIn(i, "a", "an", "another"))) {
      return std::nullopt;
    }
    if (AdverbialOneDay(i) || DayToTheNext(i)) return std::nullopt;
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDuration;
    c.anchor = Anchor::kRelative;
    size_t k = i;
    const bool the = Word(k, "the");
    if (the) ++k;
    bool qualifier = false;
    if (WordIn(k, "past", "last", "next", "coming", "first", "final", "previous", "following",
               "remaining", "latest", "initial", "entire", "whole", "full", "same")) {
      qualifier = true;
      ++k;
    }
    // "half an hour", "half a century": half of one unit, in the next smaller unit.
    if (!the && !qualifier && Word(k, "half") && WordIn(k + 1, "a", "an")) {
      if (auto unit = UnitAt(k + 2); unit && !unit->first.plural) {
        if (auto halved = HalfUnit(unit->first.unit)) {
          c.end = unit->second;
          c.value = DurationValue(halved->first, halved->second);
          return c;
        }
      }
    }
    // "1.5 years", "2.5-hour": a decimal half, written like "one and a half".
    if (auto whole = HalfDecimalAt(k)) {
      size_t u = k + 1;
      const bool hyphen = Punct(u, "-") && Glued(u);
      if (hyphen) ++u;
      if (auto unit = UnitAt(u)) {
        if (hyphen && !qualifier) c.begin = k;
        return CountedDuration(c, Count{k + 1, *whole, false}, *unit, hyphen,
                               the && !(hyphen && !qualifier), true);
      }
    }
    auto count = CountAt(k);
    if (count) {
      // "two to three weeks", "five or six years": a range of counts before one unit is one
      // duration, as TimeBank tags it, and its value the lower count (the least it lasts).
      if (!count->article && count->n > 0 && WordIn(count->end, "to", "or")) {
        if (auto upper = ReadCountAt(count->end + 1);
            upper && !upper->article && upper->n > count->n) {
          if (auto unit = UnitAt(upper->end); unit && unit->first.plural) {
            return CountedDuration(c, *count, *unit, false, the, false);
          }
        }
      }
      size_t u = count->end;
      // "2 1/2 years": a whole count and a half.
      bool half = false;
      if (Num(k) && NumDigits(u, 1, 1) && Val(u) == 1 && Punct(u + 1, "/") && Glued(u + 1) &&
          NumDigits(u + 2, 1, 1) && Val(u + 2) == 2 && Glued(u + 2)) {
        half = true;
        u += 3;
      }
      // "two and a half years", "two-and-a-half-year": the half between the count and the unit.
      if (!half && !count->article && count->n > 0) {
        if (Word(u, "and") && Word(u + 1, "a") && Word(u + 2, "half")) {
          half = true;
          u += 3;
        } else if (Punct(u, "-") && Word(u + 1, "and") && Punct(u + 2, "-") && Word(u + 3, "a") &&
                   Punct(u + 4, "-") && Word(u + 5, "half") && Glued(u + 5)) {
          half = true;
          u += 6;
        }
      }
      if (WordIn(u, "more", "additional", "full", "straight", "consecutive", "long", "short")) ++u;
      // "eight trading days", "five business days": days counted on a calendar of work.
      if (WordIn(u, "trading", "business", "working", "school", "calendar") &&
          WordIn(u + 1, "day", "days", "week", "weeks")) {
        ++u;
      }
      bool hyphen = false;
      if (Punct(u, "-") && Glued(u)) {
        hyphen = true;
        ++u;
      }
      auto unit = UnitAt(u);
      if (unit) {
        // A hyphenated count-unit is an adjective ("the [14-day] deadline", "a [several-year]
        // slump"): the determiner belongs to the noun phrase, not to the duration.
        if (hyphen && !qualifier) c.begin = WordIn(k, "a", "an") && !count->article ? k + 1 : k;
        return CountedDuration(c, *count, *unit, hyphen, the && !(hyphen && !qualifier), half);
      }
    }
    return UncountedDuration(c, i, k, the, qualifier);
  }

  // The whole part of a decimal number ending in ".5" at i ("1.5", "2.5"); nullopt otherwise.
  std::optional<long long> HalfDecimalAt(size_t i) const {
    if (i >= N() || tok_[i].kind != TokenKind::kNumber || tok_[i].digits != 0) return std::nullopt;
    std::string_view w = T(i).lower;
    if (w.size() < 3 || w.size() > 6 || w.substr(w.size() - 2) != ".5") return std::nullopt;
    long long whole = 0;
    for (char ch : w.substr(0, w.size() - 2)) {
      if (ch < '0' || ch > '9') return std::nullopt;
      whole = whole * 10 + (ch - '0');
    }
    return whole;
  }

  std::optional<Candidate> CountedDuration(Candidate c, const Count& count,
                                           std::pair<UnitWord, size_t> unit, bool hyphen, bool the,
                                           bool half) const {
    {
      const UnitWord uw = unit.first;
      if (count.article && (uw.plural || hyphen)) return std::nullopt;
      // "a second" and "a quarter" are more often ordinals and fractions than durations.
      if (count.article && (uw.unit == Unit::kSecond || uw.unit == Unit::kQuarter)) {
        return std::nullopt;
      }
      // "three quarters of the vote" is a fraction; "several quarters of losses" a time.
      if (uw.unit == Unit::kQuarter && Word(unit.second, "of") && count.n != kUnknownCount) {
        return std::nullopt;
      }
      if (TitleCased(unit.second - 1)) return std::nullopt;
      // "the Six-Day War", "a Three-Hour Tour": a capital after the hyphen makes the compound part
      // of a title or a name (TitleCased takes the hyphen for the start of a phrase).
      if (hyphen && T(unit.second - 1).capitalized && !T(unit.second - 1).all_caps) {
        return std::nullopt;
      }
      size_t e = unit.second;
      // "$2 million a year", "24 hours a day", "four flights a week": "a" + unit after an
      // amount is a rate (per year), not a span of time of its own.
      if (count.article && AmountBefore(c.begin) &&
          !WordIn(e, "ago", "earlier", "later", "before", "after", "from", "or", "and")) {
        return std::nullopt;
      }
      // Ages ("a 6-year-old", "52 years old") describe people, not times; TimeML leaves them out.
      if (Word(e, "old") || (Punct(e, "-") && Glued(e) && Word(e + 1, "old"))) return std::nullopt;
      if (hyphen && Punct(e, "-") && Glued(e) && Word(e + 1, "long")) e += 2;
      // "a day-long meeting": the article belongs to the noun the adjective qualifies.
      if (count.article && !hyphen && Punct(e, "-") && Glued(e) && Word(e + 1, "long") &&
          Glued(e + 1)) {
        c.begin = count.end;
        e += 2;
      }
      // "the" before a count belongs to the duration ("the nine months"); "the a week" is no
      // English.
      if (the && count.article) return std::nullopt;
      // "a minute and a half", "two years and a half".
      if (!half && !hyphen && Word(e, "and") && Word(e + 1, "a") && Word(e + 2, "half")) {
        half = true;
        e += 3;
      }
      c.end = e;
      c.value = DurationValue(uw.unit, count.n);
      if (half && count.n >= 0) {
        if (auto v = HalfDurationValue(uw.unit, count.n)) {
          c.value = *v;
        } else {
          return std::nullopt;
        }
      }
      return c;
    }
  }

  // True when the token before `i` ends an amount: a number, a number word, "million", "%", or a
  // plural noun ("flights", "seats", "hours") that a rate counts.
  bool AmountBefore(size_t i) const {
    if (i == 0) return false;
    const size_t p = i - 1;
    if (Num(p) || (p < N() && T(p).kind == TokenKind::kNumber) || Punct(p, "%")) return true;
    if (!IsWord(p) || T(p).capitalized) return false;
    std::string_view w = T(p).lower;
    if (Lex(p).number || OneOf(w, "million", "billion", "trillion", "percent", "cents")) {
      return true;
    }
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
        w[w.size() - 2] != 'i' &&
        !OneOf(w, "this", "was", "has", "his", "its", "does", "goes", "always", "perhaps",
               "towards", "afterwards", "sometimes", "besides", "whereas", "less", "unless",
               "across", "yes", "nevertheless", "times")) {
      return true;
    }
    return false;
  }

  std::optional<Candidate> UncountedDuration(Candidate c, size_t i, size_t k, bool the,
                                             bool qualifier) const {
    // "the first hours of the war", "in the early years": the opening or closing stretch of
    // something, of unknown length.
    if (the && WordIn(i + 1, "first", "early", "final", "opening", "initial", "closing", "last")) {
      // "the early hours of Thursday morning", "the first days of May": the stretch is a part
      // of the day or month named, which is the time expression; TimeBank tags that alone.
      auto of_a_date = [&](size_t of) {
        if (!Word(of, "of")) return false;
        if (YearNumber(of + 1)) return true;
        return IsWord(of + 1) && (Lex(of + 1).weekday || Lex(of + 1).month ||
                                  WordIn(of + 1, "today", "yesterday", "tomorrow"));
      };
      if (auto unit = UnitAt(i + 2);
          unit && unit->first.plural && unit->first.unit != Unit::kWeekend &&
          unit->first.unit != Unit::kQuarter && !of_a_date(unit->second)) {
        c.end = unit->second;
        c.value = DurationValue(unit->first.unit, kUnknownCount);
        return c;
      }
    }
    // "for a while", "after quite a while": a stretch of unknown length and unit.
    // "once in a while" is a frequency ("now and then"), not a stretch.
    if (Word(i, "a") && Word(i + 1, "while") && !Word(i + 2, "ago") &&
        !(i > 1 && Word(i - 1, "in") && Word(i - 2, "once"))) {
      c.end = i + 2;
      c.value = "PXX";
      return c;
    }
    if (qualifier && !the && !Word(k - 1, "past")) return std::nullopt;
    // "the past week", "the next month", "the coming year" (singular unit, no count)
    if (qualifier) {
      auto unit = UnitAt(k);
      if (!unit) return std::nullopt;
      if (Word(k - 1, "coming") || unit->first.plural) return std::nullopt;  // see FuzzyReference
      if (Word(k - 1, "same")) return std::nullopt;
      // "the past year and a half", "the next hour and a half": a counted stretch.
      if (Word(unit->second, "and") && Word(unit->second + 1, "a") &&
          Word(unit->second + 2, "half")) {
        if (auto v = HalfDurationValue(unit->first.unit, 1)) {
          c.end = unit->second + 3;
          c.value = *v;
          return c;
        }
      }
      // "the past year", "over the next year": TimeBank files the year without a count as the
      // calendar year before or after the DCT's, a DATE, and keeps the shorter units (and
      // counted years, "the past two years") as durations.
      if (unit->first.unit == Unit::kYear && WordIn(k - 1, "past", "last", "next")) {
        return ThisUnit(i, unit->second, Unit::kYear, Word(k - 1, "next") ? 1 : -1);
      }
      c.end = unit->second;
      c.value = DurationValue(unit->first.unit, 1);
      return c;
    }
    // "a day-long meeting", "a decades-long battle": a unit made an adjective by "-long" lasts
    // one unit, or an unknown number of them when plural.
    if (!the && !qualifier) {
      if (auto unit = UnitAt(k); unit && unit->first.unit != Unit::kWeekend &&
                                 Punct(unit->second, "-") && Glued(unit->second) &&
                                 Word(unit->second + 1, "long") && Glued(unit->second + 1)) {
        c.begin = k;
        c.end = unit->second + 2;
        c.value = DurationValue(unit->first.unit, unit->first.plural ? kUnknownCount : 1);
        return c;
      }
    }
    // "over the years", "across the decades": the stretch of time a change took, of unknown
    // length.
    if (the && i > 0 && WordIn(i - 1, "over", "across", "through", "throughout")) {
      if (auto unit = UnitAt(k); unit && unit->first.plural && !Word(unit->second, "of") &&
                                 unit->first.unit != Unit::kWeekend) {
        c.end = unit->second;
        c.value = DurationValue(unit->first.unit, kUnknownCount);
        return c;
      }
    }
    if (the) return std::nullopt;
    // "the first time in years", "its highest level in decades": a superlative measured over a
    // stretch of unknown length.
    auto superlative = [&](size_t p) {
      if (!IsWord(p)) return false;
      std::string_view w = T(p).lower;
      return w == "time" || w == "most" ||
             (w.size() >= 4 && w.compare(w.size() - 3, 3, "est") == 0 &&
              !OneOf(w, "interest", "forest", "request", "protest", "contest", "west", "rest",
                     "test", "guest", "arrest", "chest", "quest", "harvest", "suggest", "honest",
                     "modest", "invest", "nest", "vest", "digest"));
    };
    if (i > 2 && Word(i - 1, "in") && (superlative(i - 2) || superlative(i - 3))) {
      if (auto unit = UnitAt(k); unit && unit->first.plural && unit->first.unit != Unit::kWeekend) {
        c.end = unit->second;
        c.value = DurationValue(unit->first.unit, kUnknownCount);
        return c;
      }
    }
    // Bare plural units after "for", "over", "within": "for years", "for decades".
    if (auto unit = UnitAt(k); unit && unit->first.plural && i > 0 &&
                               WordIn(i - 1, "for", "over", "within", "lasting", "spanning")) {
      c.end = unit->second;
      c.value = DurationValue(unit->first.unit, kUnknownCount);
      return c;
    }
    // "a pivotal week", "another very bad financial week": the unit noun of an indefinite noun
    // phrase denotes one such unit of time (TimeBank marks "week" there as P1W).
    if (WordIn(i, "a", "an", "another")) {
      size_t j = i + 1;
      int adjectives = 0;
      while (j < N() && adjectives <= 3) {
        if (Punct(j, "\"") || Punct(j, "\xE2\x80\x9C")) {
          ++j;
          continue;
        }
        if (!IsWord(j) || T(j).capitalized) break;
        if (Lex(j).unit) break;
        // "a five year low" is a counted duration and "a referendum next year" a date: a
        // number or a relative word is no adjective of the unit.
        if (Lex(j).number || OneOf(T(j).lower, "next", "last", "this", "past", "coming", "previous",
                                   "following", "same", "that", "per", "every")) {
          return std::nullopt;
        }
        if (OneOf(T(j).lower, "of", "the", "a", "an", "and", "or", "to", "for", "in", "on", "at",
                  "by", "with", "that", "which", "is", "was")) {
          break;
        }
        // "a fiscal year", "a calendar year", "a school year": a kind of year, not one year.
        if (OneOf(T(j).lower, "fiscal", "calendar", "school", "academic")) {
          return std::nullopt;
        }
        ++adjectives;
        ++j;
      }
      if (adjectives == 0 || adjectives > 3) return std::nullopt;
      auto unit = UnitAt(j);
      if (!unit || unit->first.plural) return std::nullopt;
      const Unit un = unit->first.unit;
      if (un != Unit::kDay && un != Unit::kWeek && un != Unit::kMonth && un != Unit::kYear &&
          un != Unit::kWeekend && un != Unit::kDecade && un != Unit::kHour) {
        return std::nullopt;
      }
      // "a one-week visit" was matched above; "a week-long" leaves the hyphen out of the unit.
      if (Punct(unit->second, "-") && Glued(unit->second)) return std::nullopt;
      c.begin = j;
      c.end = unit->second;
      // "it was a great day for Poland", "today is a sad day": after a copula the noun phrase
      // says what a particular day (week, month, year) was, the one the text is telling of,
      // not how long something took.
      // A quotation may open between the verb and the noun phrase (was "a great day").
      const bool quote =
          i > 0 && (Punct(i - 1, "\"") || Punct(i - 1, "\xE2\x80\x9C") || Punct(i - 1, "`"));
      const size_t np = quote ? i - 1 : i;  // where the noun phrase starts
      const bool copula =
          np > 0 &&
          (WordIn(np - 1, "is", "was", "be", "been", "are", "were") ||
           (Word(np - 1, "s") && np > 1 && (Punct(np - 2, "'") || Punct(np - 2, "\xE2\x80\x99"))));
      if (copula && un != Unit::kWeekend && un != Unit::kDecade && un != Unit::kHour) {
        if (auto v = ReferenceUnitValue(un, 0)) {
          c.type = TimexType::kDate;
          c.value = std::move(*v);
          return c;
        }
      }
      c.value = DurationValue(un, 1);
      return c;
    }
    return std::nullopt;
  }

  // ---- sets: "every week", "daily", "twice a year", "each Thursday", "on Mondays" ----
  std::optional<Candidate> SetExpression(size_t i) const {
    Candidate c;
    c.begin = i;
    c.type = TimexType::kSet;
    c.anchor = Anchor::kRelative;
    if (IsWord(i)) {
      if (auto v = Lex(i).frequency) {
        if (CapitalizedMidSentence(i)) return std::nullopt;  // "China Daily"
        // "to rise 8.5% annually", "10,000 units annually", "doubling its profits annually": a
        // rate of growth or output, which TimeBank leaves out, unlike an event that recurs
        // ("held here annually").
        if (AmountBefore(i)) return std::nullopt;
        // "average daily volume", "the average weekly wage": an amount measured per unit of
        // time, a rate like "$2 million a year", not something that recurs.
        if (i > 0 && Word(i - 1, "average")) return std::nullopt;
        c.end = i + 1;
        c.value = std::string(*v);
        return c;
      }
    }
    if (WordIn(i, "every", "each", "per")) {
      // "15 million instructions per second", "$20 per day": the rate of an amount, as with
      // "a year" after an amount.
      if (Word(i, "per") && AmountBefore(i)) return std::nullopt;
      size_t k = i + 1;
      int step = 1;
      if (Word(k, "other")) {
        step = 2;
        ++k;
      }
      // "every two weeks", "every few days" (a step of unknown length: PXD).
      if (auto count = CountAt(k);
          count && !count->article && (count->n > 0 || count->n == kUnknownCount)) {
        if (auto unit = UnitAt(count->end); unit && unit->first.plural) {
          c.end = unit->second;
          c.value = DurationValue(unit->first.unit, count->n);
          return c;
        }
      }
      if (auto unit = UnitAt(k); unit && !unit->first.plural) {
        c.end = unit->second;
        c.value = DurationValue(unit->first.unit, step);
        return c;
      }
      if (IsWord(k)) {
        if (auto wd = Lex(k).weekday) {
          c.end = k + 1;
          c.value = "XXXX-WXX-" + std::to_string(*wd);
          if (auto p = PartOfDayAt(k + 1)) {
            c.value += "T" + std::string(*p);
            ++c.end;
          }
          return c;
        }
        if (auto p = PartOfDayAt(k)) {
          c.end = k + 1;
          c.value = "XXXX-XX-XXT" + std::string(*p);
          return c;
        }
        if (auto s = Lex(k).season) {
          c.end = k + 1;
          c.value = "XXXX-" + std::string(*s);
          return c;
        }
        size_t m_end = 0;
        if (auto m = MonthAt(k, &m_end)) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "XXXX-%02d", *m);
          c.end = m_end;
          c.value = buf;
          return c;
        }
      }
      return std::nullopt;
    }
    // once/twice/three times a week
    size_t k = i;
    if (WordIn(k, "once", "twice", "thrice")) {
      ++k;
    } else if (auto count = CountAt(k); count && !count->article && Word(count->end, "times")) {
      k = count->end + 1;
    } else {
      k = N();
    }
    if (k < N() && WordIn(k, "a", "an", "per", "each", "every")) {
      if (auto unit = UnitAt(k + 1); unit && !unit->first.plural) {
        c.end = unit->second;
        c.value = DurationValue(unit->first.unit, 1);
        return c;
      }
    }
    // "on Mondays", "Tuesday nights": plural weekdays are sets.
    if (IsWord(i) && T(i).lower.size() > 4 && T(i).lower.back() == 's') {
      std::string_view w = T(i).lower;
      if (auto wd = WeekdayOf(std::string_view(w).substr(0, w.size() - 1))) {
        c.end = i + 1;
        c.value = "XXXX-WXX-" + std::to_string(*wd);
        return c;
      }
    }
    if (IsWord(i) && Lex(i).weekday && Word(i + 1, "nights")) {
      c.end = i + 2;
      c.value = "XXXX-WXX-" + std::to_string(*Lex(i).weekday) + "TNI";
      return c;
    }
    if (WeekdaySharingPluralNights(i)) {
      c.end = i + 1;
      c.value = "XXXX-WXX-" + std::to_string(*Lex(i).weekday) + "TNI";
      return c;
    }
    return std::nullopt;
  }

  // ---- PRESENT_REF, PAST_REF, FUTURE_REF ----
  std::optional<Candidate> FuzzyReference(size_t i) const {
    Candidate c;
    c.begin = i;
    c.type = TimexType::kDate;
    c.anchor = Anchor::kRelative;
    auto make = [&](size_t end, std::string_view value) {
      c.end = end;
      c.value = std::string(value);
      return std::optional<Candidate>(c);
    };
    if (!IsWord(i)) return std::nullopt;
    std::string_view w = T(i).lower;
    if (OneOf(w, "now", "currently", "presently", "nowadays")) {
      if (CapitalizedMidSentence(i)) return std::nullopt;
      // "Now, he says, ...", "Currently, the rules say ...": set off by a comma at the head of
      // a sentence, the adverb frames the whole sentence as a state of affairs (or turns the
      // discourse to a new point) rather than placing an event in time; TimeBank tags none of
      // its five.
      if (Punct(i + 1, ",") && HeadOfSentence(i)) return std::nullopt;
      return make(i + 1, "PRESENT_REF");
    }
    if (w == "these" && Word(i + 1, "days")) return make(i + 2, "PRESENT_REF");
    if (AdverbialOneDay(i)) return make(i + 2, "FUTURE_REF");
    // "current" before a noun places it now ("current market conditions", "his current wife");
    // a unit after it is RelativeUnit's ("the current quarter").
    if (w == "current" && !CapitalizedMidSentence(i) && IsWord(i + 1) && !T(i + 1).capitalized &&
        !Lex(i + 1).unit &&
        !WordIn(i + 1, "account", "accounts", "affairs", "fiscal", "calendar", "and", "or", "of",
                "to")) {
      return make(i + 1, "PRESENT_REF");
    }
    if (w == "at" && Word(i + 1, "present")) return make(i + 2, "PRESENT_REF");
    // "the then current price", "its then-current chairman": current at a time told about.
    // The determiner makes "then" an adjective ("since then current accounts grew" is not).
    if (w == "then" && i > 0 &&
        WordIn(i - 1, "the", "a", "an", "its", "his", "her", "their", "our", "s")) {
      const size_t cur = Punct(i + 1, "-") && Glued(i + 1) ? i + 2 : i + 1;
      if (Word(cur, "current") && IsWord(cur + 1) && !T(cur + 1).capitalized) {
        return make(cur + 1, "PAST_REF");
      }
    }
    // "previously" and "formerly" qualify states more than they place events: TimeBank marks few.
    if (OneOf(w, "recently", "lately")) {
      if (CapitalizedMidSentence(i)) return std::nullopt;
      // "has recently moved", "was recently extended": inside a perfect or a passive the adverb
      // qualifies the verb's aspect, and TimeBank leaves it untagged there.
      if (i > 0 && WordIn(i - 1, "has", "have", "had", "was", "were", "been", "is", "are") &&
          IsWord(i + 1) && (Word(i + 1, "been") || IsPastCue(T(i + 1).lower))) {
        return std::nullopt;
      }
      return make(i + 1, "PAST_REF");
    }
    if (w == "soon" && !CapitalizedMidSentence(i)) {
      if (Word(i + 1, "after") || (i > 0 && WordIn(i - 1, "as", "too", "how"))) return std::nullopt;
      // "He was soon released", "that soon became a flood": in a narrated past "soon" means
      // shortly after a day told about, not a time ahead of the DCT.
      if ((i > 0 && WordIn(i - 1, "was", "were", "had")) ||
          (IsWord(i + 1) && IsPastCue(T(i + 1).lower) && !Word(i + 1, "last"))) {
        return std::nullopt;
      }
      return make(i + 1, "FUTURE_REF");
    }
    if (w == "recent") {
      // "recent years" reads as a time; "recent talks" as an adjective that TimeBank still marks.
      // "recent years" is a time; "recent talks" an adjective on an event.
      // TimeBank files "recent years" as PAST_REF but the shorter units ("recent weeks") as
      // durations of unknown length.
      if (auto u = UnitAt(i + 1); u && u->first.plural) {
        if (u->first.unit == Unit::kYear || u->first.unit == Unit::kDecade) {
          return make(i + 2, "PAST_REF");
        }
        c.type = TimexType::kDuration;
        return make(i + 2, DurationValue(u->first.unit, kUnknownCount));
      }
      return std::nullopt;
    }
    // "in past years", "over past decades": like "recent years", some years before the DCT.
    if (w == "past" && i > 0 && WordIn(i - 1, "in", "over", "during")) {
      auto u = UnitAt(i + 1);
      if (u && u->first.plural &&
          (u->first.unit == Unit::kYear || u->first.unit == Unit::kDecade)) {
        return make(i + 2, "PAST_REF");
      }
    }
    // "in coming months", "for coming quarters": the article may go.
    if (OneOf(w, "coming", "upcoming") && i > 0 && WordIn(i - 1, "in", "for", "over")) {
      if (auto u = UnitAt(i + 1); u && u->first.plural) return make(i + 2, "FUTURE_REF");
    }
    // "at a later date", "on a future date": some day ahead.
    if (w == "a" && WordIn(i + 1, "later", "future") && Word(i + 2, "date")) {
      return make(i + 3, "FUTURE_REF");
    }
    if (w != "the") return std::nullopt;
    // "in the near term", "over the long term" (the hyphenated adjectives are no times).
    if (WordIn(i + 1, "near", "short", "long") && Word(i + 2, "term") && !Punct(i + 3, "-") &&
        !(Punct(i + 2, "-"))) {
      return make(i + 3, "FUTURE_REF");
    }
    // the past, the recent past, the future, the near/distant/foreseeable future
    size_t k = i + 1;
    if (WordIn(k, "recent", "distant", "near", "foreseeable", "immediate", "not-too-distant")) ++k;
    if (Word(k, "past")) {
      // "the past two years", "the past week" are durations (DurationExpression).
      if (CountAt(k + 1) || UnitAt(k + 1)) return std::nullopt;
      if (IsWord(k + 1) && !T(k + 1).capitalized &&
          !OneOf(T(k + 1).lower, "and", "or", "but", "is", "was", "has", "had", "will", "that",
                 "when", "as", "to", "of", "for", "in", "with", "it", "he", "she", "they", "we",
                 "i", "you", "there", "this", "these")) {
        return std::nullopt;  // "the past president": an adjective
      }
      return make(k + 1, "PAST_REF");
    }
    if (Word(k, "future")) {
      if (Word(k + 1, "of")) return std::nullopt;  // "the future of Ukraine"
      return make(k + 1, "FUTURE_REF");
    }
    // "the coming weeks", "the years ahead", "the months to come": like "the next few weeks",
    // a stretch of an unknown number of units from now, which TimeBank files as a duration
    // ("PXW"). Without the article, "in coming months" stays a reference to the future, as
    // TimeBank has it (above).
    auto stretch = [&](size_t end, Unit unit) {
      c.end = end;
      c.type = TimexType::kDuration;
      c.value = DurationValue(unit, kUnknownCount);
      return std::optional<Candidate>(c);
    };
    if (WordIn(i + 1, "coming", "upcoming")) {
      if (auto u = UnitAt(i + 2); u && u->first.plural) return stretch(i + 3, u->first.unit);
    }
    if (auto u = UnitAt(i + 1); u && u->first.plural && WordIn(i + 2, "ahead", "to")) {
      if (Word(i + 2, "ahead")) return stretch(i + 3, u->first.unit);
      if (Word(i + 3, "come")) return stretch(i + 4, u->first.unit);
    }
    return std::nullopt;
  }

  // ---- output ----
  Timex Finish(const Candidate& c) const {
    Timex t;
    t.span = Span{T(c.begin).begin, T(c.end - 1).end};
    t.text = std::string(text_.substr(t.span.begin, t.span.end - t.span.begin));
    t.type = c.type;
    t.value = c.value;
    t.mod = c.mod;
    if (c.type == TimexType::kDate || c.type == TimexType::kTime) t.time = SpanOf(c, t.text);
    // "1990 and beyond" starts with 1990 and has no known end; "1994 or earlier" the reverse.
    if (t.time && c.mod == "ON_OR_AFTER") t.time->end.reset();
    if (t.time && c.mod == "ON_OR_BEFORE") t.time->begin.reset();
    return t;
  }

  std::optional<TimeSpan> SpanOf(const Candidate& c, const std::string& text) const {
    const TimeBasis basis =
        c.anchor == Anchor::kExplicit ? TimeBasis::kExplicit : TimeBasis::kRelative;
    TimeSpan span;
    if (c.value == "PAST_REF" || c.value == "PRESENT_REF" || c.value == "FUTURE_REF") {
      if (!dct_) return std::nullopt;
      if (c.value != "FUTURE_REF") span.end = *dct_;
      if (c.value != "PAST_REF") span.begin = *dct_;
      span.precision = c.value == "PRESENT_REF" ? Precision::kDay : Precision::kUnknown;
    } else {
      std::string_view v = c.value;
      bool weekend = false;
      if (v.size() > 3 && v.substr(v.size() - 3) == "-WE") {
        weekend = true;
        v.remove_suffix(3);
      }
      // "1989-WXX" (a week of 1989 the text does not date further) lies within its year.
      if (v.size() == 8 && v.substr(4) == "-WXX") v = v.substr(0, 4);
      auto r = SpanOfTimexValue(v);
      if (!r.ok()) return std::nullopt;
      span = std::move(r).value();
      if (weekend && span.begin) {
        // ISO weeks start on Monday: the weekend is days 6 and 7.
        span.begin = *span.begin + bg::days(5);
        span.end = *span.begin + bg::days(1);
      }
      // A part of the day ("TMO") keeps day precision; a clock time ("T10:00") gives minutes.
      if (auto t = c.value.find('T'); t != std::string::npos && t >= 10) {
        const bool clock = t + 1 < c.value.size() && c.value[t + 1] >= '0' && c.value[t + 1] <= '9';
        span.precision = clock ? Precision::kMinute : Precision::kDay;
        if (clock) span.time_of_day = c.value.substr(t);
      }
      if (dct_ && c.anchor == Anchor::kUntilDct && span.begin && *dct_ >= *span.begin) {
        span.end = std::min(*span.end, *dct_);
      }
      if (dct_ && c.anchor == Anchor::kFromDct && span.end && *dct_ <= *span.end) {
        span.begin = std::max(*span.begin, *dct_);
      }
    }
    span.timex = c.value;
    span.text = text;
    span.basis = basis;
    return span;
  }

  std::string_view text_;
  std::string lowered_;  // the tokens' lowered text; built before tok_, which views it
  std::vector<Token> tok_;
  std::vector<const WordInfo*> lex_;  // per token: WordInfoOf, or &kNoWordInfo
  // Per token k (and N): the first token at or after k that is a number or an anchor word, a unit
  // word, and "quarter", "quarters", "half", "q" or "h"; N where there is none.
  struct Next {
    size_t anchor;
    size_t unit;
    size_t part;
  };
  std::vector<Next> next_;
  std::optional<Date> dct_;
  std::optional<Reference> reference_;  // the date last mentioned (Remember)
  std::optional<std::pair<int, int>> named_quarter_;  // (year, quarter) the report named last
  bool reports_quarters_ = false;  // the text speaks of quarters: a company report
  std::optional<ReportPeriod> report_period_;  // the period last named (RememberReportPeriod)
  // DayAt's last token and answer (kNoToken: none since the state last changed).
  static constexpr size_t kNoToken = static_cast<size_t>(-1);
  mutable size_t day_memo_token_ = kNoToken;
  mutable std::optional<DayRef> day_memo_;
  // CountAt's last token and answer.
  mutable size_t count_memo_token_ = kNoToken;
  mutable std::optional<Count> count_memo_;
};

}  // namespace
}  // namespace timex

std::vector<Timex> TagTimexes(std::string_view text, std::optional<Date> dct) {
  return timex::Tagger(text, dct).Run();
}

}  // namespace eg
