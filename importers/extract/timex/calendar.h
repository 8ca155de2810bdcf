// Calendar arithmetic behind TIMEX3 normalization: formatting values ("2025-12-01", "2025-W49",
// "2025-Q4") and moving from the document date by units, weekdays, months and seasons.
// All functions are pure; dates are boost::gregorian dates (eg::Date).
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_CALENDAR_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/model/time_span.h"

namespace eg::timex {

// Which way an unanchored name ("Friday", "March") points from the document date.
enum class Direction : int { kNone = 0, kPast = -1, kFuture = 1 };

std::string YearValue(int year);                       // "2025", "0987"
std::string MonthValue(int year, int month);           // "2025-02"
std::string DayValue(const Date& d);                   // "2025-12-01"
std::string IsoWeekValue(const Date& d);               // "2025-W49" (ISO 8601 week-year)
std::string QuarterValue(int year, int quarter);       // "2025-Q4"
std::string SeasonValue(int year, std::string_view s); // "2025-SU"

// A valid date or nullopt (February 30 and month 13 are nullopt).
std::optional<Date> MakeDay(int year, int month, int day);

// (year, month) moved by `delta` months.
void ShiftMonth(int* year, int* month, int delta);

// The date `n` days/weeks/months/years from `d` (negative goes back); month arithmetic clamps to the
// end of the month (March 31 minus one month is February 28/29).
Date AddMonths(const Date& d, int months);

// The date named by ISO weekday `weekday` (1 = Monday) relative to `dct`: the same day when it is
// that weekday and `strict` is false; else the nearest one before (kPast) or after (kFuture);
// kNone picks the nearer of the two and prefers the past on a tie.
Date ResolveWeekday(const Date& dct, int weekday, Direction dir, bool strict);

// How far the tense may pull a month or a day of the month away from the nearer occurrence.
constexpr int kTenseReachMonths = 10;
constexpr int kTenseReachDays = 300;

// The year in which month `month` (and day `day`, if not 0) falls relative to `dct`. kPast picks
// the latest occurrence on or before the DCT and kFuture the earliest on or after it, as long as
// that one lies within the tense reach above; otherwise, and for kNone, the nearer one (the past
// on a tie).
int ResolveYearOfMonth(const Date& dct, int month, int day, Direction dir);

// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus), from
// which the movable feasts are counted: Good Friday two days before, Easter Monday one after.
Date EasterSunday(int year);

// Easter Sunday of `year` as the Orthodox churches keep it (the Julian computus), as a
// Gregorian date: 2022-04-24, a week after the Western one.
Date OrthodoxEasterSunday(int year);

// The season code ("SP", "SU", "FA", "WI") of a date and the year it is filed under (December
// belongs to that year's winter; January and February to the previous year's).
std::string_view SeasonCodeOf(const Date& d, int* season_year);
// The season `code` relative to `dct`: offset 0 = the current or the nearest in `dir`, -1 the one
// before, +1 the one after.
std::string ResolveSeason(const Date& dct, std::string_view code, int offset, Direction dir);

}  // namespace eg::timex

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_CALENDAR_H_
