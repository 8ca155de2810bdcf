#include "importers/extract/timex/calendar.h"

#include <algorithm>
#include <cstdio>

namespace eg::timex {
namespace bg = boost::gregorian;

std::string YearValue(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string MonthValue(int year, int month) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string DayValue(const Date& d) {
  char buf[24];
  if (d.is_special()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year()),
                  static_cast<int>(d.month()), static_cast<int>(d.day()));
    return buf;
  }
  // The rules resolve a day at most positions near a weekday or a date: one conversion to year,
  // month and day (each accessor converts anew) and the digits written directly, without
  // snprintf. A Boost date lies in 1400..9999, so the year has four digits.
  const bg::date::ymd_type ymd = d.year_month_day();
  const int y = ymd.year, m = ymd.month, day = ymd.day;
  std::string s(10, '-');
  s[0] = static_cast<char>('0' + y / 1000);
  s[1] = static_cast<char>('0' + y / 100 % 10);
  s[2] = static_cast<char>('0' + y / 10 % 10);
  s[3] = static_cast<char>('0' + y % 10);
  s[5] = static_cast<char>('0' + m / 10);
  s[6] = static_cast<char>('0' + m % 10);
  s[8] = static_cast<char>('0' + day / 10);
  s[9] = static_cast<char>('0' + day % 10);
  return s;
}

std::string IsoWeekValue(const Date& d) {
  // The ISO week-year is the year of the week's Thursday (Dec 29 can be in week 1 of next year).
  const int dow = (d.day_of_week().as_number() + 6) % 7;  // Monday = 0
  const Date thursday = d + bg::days(3 - dow);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday.year()),
                static_cast<int>(d.week_number()));
  return buf;
}

Date EasterSunday(int year) {
  // Meeus/Jones/Butcher: the Paschal full moon from the Metonic cycle, the century's solar and
  // lunar corrections, then the Sunday after it.
  const int a = year % 19;
  const int b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

Date OrthodoxEasterSunday(int year) {
  // Meeus's Julian computus gives the date in the Julian calendar; the Gregorian calendar runs
  // ahead of it by the century days the Julian one keeps as leap days (13 from 1900 to 2099).
  const int a = year % 4, b = year % 7, c = year % 19;
  const int d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31;
  const int day = (d + e + 114) % 31 + 1;
  const int gap = year / 100 - year / 400 - 2;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day)) +
         bg::days(gap);
}

std::string QuarterValue(int year, int quarter) {
  return YearValue(year) + "-Q" + std::to_string(quarter);
}

std::string SeasonValue(int year, std::string_view s) {
  return YearValue(year) + "-" + std::string(s);
}

std::optional<Date> MakeDay(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > bg::gregorian_calendar::end_of_month_day(year, month)) return std::nullopt;
  // The range checks above make the constructor's own checks (which throw) unreachable.
  return Date(year, month, day);
}

void ShiftMonth(int* year, int* month, int delta) {
  int m0 = *year * 12 + (*month - 1) + delta;
  *year = m0 / 12;
  *month = m0 % 12 + 1;
}

Date AddMonths(const Date& d, int months) {
  int y = d.year(), m = d.month();
  ShiftMonth(&y, &m, months);
  const int last = bg::gregorian_calendar::end_of_month_day(y, m);
  return Date(y, m, std::min<int>(d.day(), last));
}

Date ResolveWeekday(const Date& dct, int weekday, Direction dir, bool strict) {
  const int today = (dct.day_of_week().as_number() + 6) % 7 + 1;  // ISO 1..7
  if (today == weekday && !strict) return dct;
  int back = (today - weekday + 7) % 7;
  int ahead = (weekday - today + 7) % 7;
  if (back == 0) back = 7;
  if (ahead == 0) ahead = 7;
  switch (dir) {
    case Direction::kPast:
      return dct - bg::days(back);
    case Direction::kFuture:
      return dct + bg::days(ahead);
    case Direction::kNone:
      break;
  }
  return back <= ahead ? dct - bg::days(back) : dct + bg::days(ahead);
}

int ResolveYearOfMonth(const Date& dct, int month, int day, Direction dir) {
  const int y = dct.year();
  // The candidates: the latest occurrence on or before the DCT and the earliest on or after it,
  // with their distances (days for a day of the month, months for a month).
  int past_year, future_year, past_dist, future_dist, reach;
  if (day == 0) {
    const int dm = dct.month();
    past_year = month <= dm ? y : y - 1;
    future_year = month >= dm ? y : y + 1;
    past_dist = (dm - month + 12) % 12;
    future_dist = (month - dm + 12) % 12;
    reach = kTenseReachMonths;
  } else {
    auto occurrence = [&](int year) -> std::optional<Date> { return MakeDay(year, month, day); };
    std::optional<Date> past, future;
    for (int cy = y - 4; cy <= y + 4; ++cy) {  // February 29 recurs within four years
      if (auto d = occurrence(cy)) {
        if (*d <= dct) past = d;
        if (*d >= dct && !future) future = d;
      }
    }
    if (!past) return future ? static_cast<int>(future->year()) : y;
    if (!future) return static_cast<int>(past->year());
    past_year = past->year();
    future_year = future->year();
    past_dist = static_cast<int>((dct - *past).days());
    future_dist = static_cast<int>((*future - dct).days());
    reach = kTenseReachDays;
  }
  // Tense decides when its candidate is not far off; otherwise the nearer candidate wins (a
  // past-tense sentence about a deadline two weeks ahead still means the coming one).
  if (dir == Direction::kPast && past_dist <= reach) return past_year;
  if (dir == Direction::kFuture && future_dist <= reach) return future_year;
  return past_dist <= future_dist ? past_year : future_year;
}

namespace {
constexpr std::string_view kSeasonOrder[] = {"SP", "SU", "FA", "WI"};
int SeasonIndex(std::string_view code) {
  for (int i = 0; i < 4; ++i) {
    if (kSeasonOrder[i] == code) return i;
  }
  return -1;
}
}  // namespace

std::string_view SeasonCodeOf(const Date& d, int* season_year) {
  const int m = d.month();
  *season_year = d.year();
  if (m == 12) return "WI";
  if (m <= 2) {
    *season_year = d.year() - 1;
    return "WI";
  }
  if (m <= 5) return "SP";
  if (m <= 8) return "SU";
  return "FA";
}

std::string ResolveSeason(const Date& dct, std::string_view code, int offset, Direction dir) {
  int cur_year = 0;
  const int cur = SeasonIndex(SeasonCodeOf(dct, &cur_year));
  const int want = SeasonIndex(code);
  if (want < 0) return "";
  // Seasons counted on one line: year * 4 + index; winter is last, filed under its December.
  const int now = cur_year * 4 + cur;
  int best;
  if (offset == 0 && dir == Direction::kNone) {
    // "this summer": the one in the current season-year.
    best = cur_year * 4 + want;
  } else {
    const int past = now - ((cur - want + 4) % 4);  // latest on or before now
    const int future = now + ((want - cur + 4) % 4);  // earliest on or after now
    if (offset < 0) {
      best = past == now ? past - 4 : past;
    } else if (offset > 0) {
      best = future == now ? future + 4 : future;
    } else {
      best = dir == Direction::kFuture ? future : past;
    }
  }
  const int year = best >= 0 ? best / 4 : (best - 3) / 4;
  return SeasonValue(year, kSeasonOrder[((best % 4) + 4) % 4]);
}

}  // namespace eg::timex
