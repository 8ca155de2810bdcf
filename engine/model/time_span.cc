#include "engine/model/time_span.h"

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <cstdio>
#include <exception>

namespace eg {
namespace {

constexpr std::array<std::pair<Precision, std::string_view>, 11> kPrecisionNames = {{
    {Precision::kUnknown, "unknown"},
    {Precision::kDay, "day"},
    {Precision::kWeek, "week"},
    {Precision::kMonth, "month"},
    {Precision::kQuarter, "quarter"},
    {Precision::kSeason, "season"},
    {Precision::kYear, "year"},
    {Precision::kDecade, "decade"},
    {Precision::kCentury, "century"},
    {Precision::kHalfYear, "half_year"},
    {Precision::kMinute, "minute"},
}};

constexpr std::array<std::pair<TimeBasis, std::string_view>, 4> kBasisNames = {{
    {TimeBasis::kExplicit, "explicit"},
    {TimeBasis::kRelative, "relative"},
    {TimeBasis::kTense, "tense"},
    {TimeBasis::kPublication, "publication"},
}};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Builds a date, turning Boost's out-of-range exceptions into a Status.
Result<Date> MakeDate(int y, int m, int d) {
  try {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
  } catch (const std::exception& e) {
    return Status::InvalidArgument("no such date " + std::to_string(y) + "-" + std::to_string(m) +
                                   "-" + std::to_string(d) + " (" + e.what() + ")");
  }
}

Result<TimeSpan> Span(int y1, int m1, int d1, int y2, int m2, int d2, Precision p) {
  EG_ASSIGN_OR_RETURN(Date b, MakeDate(y1, m1, d1));
  EG_ASSIGN_OR_RETURN(Date e, MakeDate(y2, m2, d2));
  TimeSpan t;
  t.begin = b;
  t.end = e;
  t.precision = p;
  t.basis = TimeBasis::kExplicit;
  return t;
}

int LastDay(int y, int m) {
  return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                static_cast<unsigned short>(m));
}

}  // namespace

std::string_view PrecisionName(Precision p) {
  for (const auto& [k, v] : kPrecisionNames) {
    if (k == p) return v;
  }
  return "unknown";
}

Result<Precision> ParsePrecision(std::string_view name) {
  for (const auto& [k, v] : kPrecisionNames) {
    if (v == name) return k;
  }
  return Status::InvalidArgument("unknown precision '" + std::string(name) + "'");
}

std::string_view TimeBasisName(TimeBasis b) {
  for (const auto& [k, v] : kBasisNames) {
    if (k == b) return v;
  }
  return "publication";
}

Result<TimeBasis> ParseTimeBasis(std::string_view name) {
  for (const auto& [k, v] : kBasisNames) {
    if (v == name) return k;
  }
  return Status::InvalidArgument("unknown time basis '" + std::string(name) + "'");
}

std::string FormatDate(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year()),
                static_cast<int>(d.month()), static_cast<int>(d.day()));
  return buf;
}

Result<Date> ParseDate(std::string_view text) {
  const auto bad = [&](std::string_view why) {
    return Status::InvalidArgument("'" + std::string(text) + "' is not a date: " + std::string(why));
  };
  if (text.size() != 10 || (text[4] != '-' && text[4] != '/') || text[7] != text[4]) {
    return bad("expected YYYY-MM-DD");
  }
  const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return bad("expected YYYY-MM-DD");
  const int yi = ToInt(y), mi = ToInt(m), di = ToInt(d);
  if (yi < 1400 || yi > 9999) return bad("year out of range 1400-9999");
  if (mi < 1 || mi > 12) return bad("month out of range");
  if (di < 1 || di > LastDay(yi, mi)) return bad("day out of range for the month");
  return MakeDate(yi, mi, di);
}

static Result<TimeSpan> SpanOfTimexValueImpl(std::string_view value) {
  const auto unsupported = [&] {
    return Status::InvalidArgument("TIMEX3 value '" + std::string(value) +
                                   "' is not a calendar span");
  };
  // Drop a time part: "2025-12-01T10:00" covers that day.
  std::string_view v = value;
  bool has_time = false;
  if (const auto t = v.find('T'); t != std::string_view::npos && t >= 10) {
    v = v.substr(0, t);
    has_time = true;
  }
  if (v.size() < 3) return unsupported();
  // Decade "202X" and century "20XX" (also written "20").
  if (v.size() == 4 && AllDigits(v.substr(0, 3)) && v[3] == 'X') {
    const int y = ToInt(v.substr(0, 3)) * 10;
    return Span(y, 1, 1, y + 9, 12, 31, Precision::kDecade);
  }
  if (v.size() == 4 && AllDigits(v.substr(0, 2)) && v.substr(2) == "XX") {
    const int y = ToInt(v.substr(0, 2)) * 100;
    return Span(y, 1, 1, y + 99, 12, 31, Precision::kCentury);
  }
  if (v.size() == 3 && AllDigits(v)) {
    const int y = ToInt(v) * 10;
    return Span(y, 1, 1, y + 9, 12, 31, Precision::kDecade);
  }
  if (v.size() == 2 && AllDigits(v)) {
    const int y = ToInt(v) * 100;
    return Span(y, 1, 1, y + 99, 12, 31, Precision::kCentury);
  }
  if (v.size() < 4 || !AllDigits(v.substr(0, 4))) return unsupported();
  const int y = ToInt(v.substr(0, 4));
  if (v.size() == 4) return Span(y, 1, 1, y, 12, 31, Precision::kYear);
  if (v[4] != '-') return unsupported();
  const std::string_view rest = v.substr(5);
  if (rest.size() == 2 && AllDigits(rest)) {
    const int m = ToInt(rest);
    if (m < 1 || m > 12) return unsupported();
    return Span(y, m, 1, y, m, LastDay(y, m), Precision::kMonth);
  }
  if (rest.size() == 5 && AllDigits(rest.substr(0, 2)) && rest[2] == '-' &&
      AllDigits(rest.substr(3))) {
    auto t = Span(y, ToInt(rest.substr(0, 2)), ToInt(rest.substr(3)), y, ToInt(rest.substr(0, 2)),
                  ToInt(rest.substr(3)), has_time ? Precision::kMinute : Precision::kDay);
    if (!t.ok()) return unsupported();
    return t;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '0';
    const int m1 = (q - 1) * 3 + 1, m2 = m1 + 2;
    return Span(y, m1, 1, y, m2, LastDay(y, m2), Precision::kQuarter);
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    return rest[1] == '1' ? Span(y, 1, 1, y, 6, 30, Precision::kHalfYear)
                          : Span(y, 7, 1, y, 12, 31, Precision::kHalfYear);
  }
  // Meteorological seasons (northern hemisphere); winter runs from December into the next year.
  if (rest == "SP") return Span(y, 3, 1, y, 5, 31, Precision::kSeason);
  if (rest == "SU") return Span(y, 6, 1, y, 8, 31, Precision::kSeason);
  if (rest == "FA") return Span(y, 9, 1, y, 11, 30, Precision::kSeason);
  if (rest == "WI") return Span(y, 12, 1, y + 1, 2, LastDay(y + 1, 2), Precision::kSeason);
  if (rest.size() == 3 && rest[0] == 'W' && AllDigits(rest.substr(1))) {
    const int w = ToInt(rest.substr(1));
    // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
    auto jan4 = MakeDate(y, 1, 4);
    if (!jan4.ok()) return unsupported();
    const int dow = (jan4->day_of_week().as_number() + 6) % 7;  // Monday = 0
    const Date week1 = *jan4 - boost::gregorian::days(dow);
    const Date b = week1 + boost::gregorian::days(7 * (w - 1));
    if (w < 1 || w > 53) return unsupported();
    TimeSpan t;
    t.begin = b;
    t.end = b + boost::gregorian::days(6);
    t.precision = Precision::kWeek;
    t.basis = TimeBasis::kExplicit;
    return t;
  }
  return unsupported();
}

Result<TimeSpan> SpanOfTimexValue(std::string_view value) {
  EG_ASSIGN_OR_RETURN(TimeSpan t, SpanOfTimexValueImpl(value));
  t.timex = std::string(value);
  return t;
}

}  // namespace eg
