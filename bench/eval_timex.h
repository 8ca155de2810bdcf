// Evaluation of the TIMEX3 tagger against TimeML corpora (TimeBank 1.2, AQUAINT): reads .tml
// files, runs TagTimexes on the text of each document with its DCT and scores the result the way
// TempEval-3 does: strict (same span) and relaxed (overlapping span) precision, recall and F1,
// value and type accuracy over relaxed matches, and attribute F1 = accuracy * relaxed F1.
// Thread safety: functions are pure apart from reading the files they are given.
#ifndef EVENTGRAPH_BENCH_EVAL_TIMEX_H_
#define EVENTGRAPH_BENCH_EVAL_TIMEX_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "importers/extract/timex/timex.h"

namespace eg::eval {

struct GoldTimex {
  size_t begin = 0;  // byte offsets into TimeMlDocument::text
  size_t end = 0;
  std::string type;   // "DATE", "TIME", "DURATION", "SET"
  std::string value;
  std::string mod;
};

struct TimeMlDocument {
  std::string name;           // file name
  std::optional<Date> dct;    // from <DCT><TIMEX3 value=...>
  std::string text;           // the character data inside <TEXT>, tags removed
  std::vector<GoldTimex> gold;
};

// Parses one TimeML document (the file's bytes). Fails on malformed XML or a missing <TEXT>.
Result<TimeMlDocument> ParseTimeMl(std::string_view xml, std::string name);

// Reads and parses every *.tml file under `path` (a file or a directory, recursively), sorted by
// path. Fails on the first unreadable or malformed file, naming it.
Result<std::vector<TimeMlDocument>> LoadTimeMl(const std::string& path);

struct Counts {
  int gold = 0;
  int system = 0;
  int strict = 0;           // system timexes with a gold timex of exactly the same span
  int relaxed = 0;          // one-to-one overlapping pairs
  int value_correct = 0;    // among relaxed pairs
  int type_correct = 0;     // among relaxed pairs
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf StrictPrf(const Counts& c);
Prf RelaxedPrf(const Counts& c);
double ValueAccuracy(const Counts& c);
double TypeAccuracy(const Counts& c);

// One disagreement, for error listings.
struct EvalError {
  std::string document;
  std::string kind;     // "missed", "spurious", "value", "type", "span" (relaxed match only)
  std::string text;     // the system's or the gold expression
  std::string gold;     // gold type/value ("DATE 1998-01-08")
  std::string system;   // system type/value
  std::string context;  // a few words around it
};

// Per TIMEX3 type: recall counts by the gold type, precision counts by the system type.
struct TypeCounts {
  int gold = 0;
  int system = 0;
  int matched_gold = 0;     // gold timexes of this type with a relaxed match
  int matched_system = 0;   // system timexes of this type with a relaxed match
  int value_correct = 0;    // matched gold timexes of this type whose value the system got
};

struct Evaluation {
  Counts total;
  std::map<std::string, TypeCounts> by_type;
  std::vector<EvalError> errors;
  int documents = 0;
  double seconds_tagging = 0;
  size_t bytes = 0;
};

// True when a gold and a system TIMEX3 value are the same value. They are compared as written,
// except that an ISO week number is read as a number: TimeBank writes some weeks unpadded
// ("2000-W7") where ISO 8601 and the tagger write two digits ("2000-W07"), and both name the same
// week. Every other difference, of granularity included ("T17" and "T17:00"), is an error.
bool SameTimexValue(std::string_view gold, std::string_view system);

// Tags each document and scores it against its gold timexes.
Evaluation Evaluate(const std::vector<TimeMlDocument>& docs);

// A plain-text report of `e` (and the first `max_errors` errors when > 0).
std::string FormatEvaluation(const Evaluation& e, size_t max_errors);

}  // namespace eg::eval

#endif  // EVENTGRAPH_BENCH_EVAL_TIMEX_H_
