// TimeSpan: the interval in which an event lies, as inclusive day bounds with a precision.
//
// "February 2022" is [2022-02-01, 2022-02-28], precision month, basis explicit. "the negotiations
// were held" in an article of 2025-12-01 is [open, 2025-12-01], basis tense: its start is unknown and
// must stay unknown. Never invent precision; never drop a bound we have.
#ifndef EVENTGRAPH_ENGINE_MODEL_TIME_SPAN_H_
#define EVENTGRAPH_ENGINE_MODEL_TIME_SPAN_H_

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "engine/base/status.h"

namespace eg {

using Date = boost::gregorian::date;

// Values reach disk and JSON by name; the numbers are fixed and never renumbered.
enum class Precision : int {
  kUnknown = 0,
  kDay = 1,
  kWeek = 2,
  kMonth = 3,
  kQuarter = 4,
  kSeason = 5,
  kYear = 6,
  kDecade = 7,
  kCentury = 8,
  kHalfYear = 9,
  kMinute = 10,  // a time of day is known
};

enum class TimeBasis : int {
  kExplicit = 0,     // a calendar date in the text ("1 December 2025", "February 2022")
  kRelative = 1,     // anchored to the publication date ("today", "last week", "Monday")
  kTense = 2,        // no time expression: the verb's tense against the publication date
  kPublication = 3,  // nothing better than the publication date itself
};

struct TimeSpan {
  std::optional<Date> begin;  // inclusive; nullopt = open (unknown start)
  std::optional<Date> end;    // inclusive; nullopt = open (unknown end)
  Precision precision = Precision::kUnknown;
  std::string timex;          // the TIMEX3 value it came from ("2022-02", "2025-12-01", "PAST_REF")
  std::string text;           // the words in the text ("in February 2022", "today")
  TimeBasis basis = TimeBasis::kPublication;
  std::string time_of_day;    // "T14:08" style when known, else empty

  bool IsOpen() const { return !begin || !end; }
  bool operator==(const TimeSpan&) const = default;
};

std::string_view PrecisionName(Precision p);  // "day", "month", ...
Result<Precision> ParsePrecision(std::string_view name);
std::string_view TimeBasisName(TimeBasis b);  // "explicit", "relative", "tense", "publication"
Result<TimeBasis> ParseTimeBasis(std::string_view name);

// ISO 8601 "YYYY-MM-DD".
std::string FormatDate(const Date& d);
// Accepts "YYYY-MM-DD" (and "YYYY/MM/DD"); fails with the reason on anything else or an impossible
// date such as 2025-02-30.
Result<Date> ParseDate(std::string_view text);

// The span a TIMEX3 DATE value covers: "2025-12-01" one day, "2025-12" the month, "2025-W49" the ISO
// week, "2025-Q4", "2025-H2", "2025-SU" (meteorological northern seasons), "2025", "202X" (decade),
// "20XX" (century). Fails for values that are not a calendar span (PRESENT_REF, durations, XXXX-...).
Result<TimeSpan> SpanOfTimexValue(std::string_view value);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_TIME_SPAN_H_
