#include "importers/html/web_dates.h"

#include <array>
#include <exception>

#include "importers/text/date_forms.h"

namespace eg {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Reads exactly `n` digits at the start of `*s` and consumes them.
std::optional<int> Digits(std::string_view* s, size_t n) {
  if (s->size() < n) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!IsDigit((*s)[i])) return std::nullopt;
    value = value * 10 + ((*s)[i] - '0');
  }
  s->remove_prefix(n);
  return value;
}

bool Consume(std::string_view* s, char c) {
  if (s->empty() || s->front() != c) return false;
  s->remove_prefix(1);
  return true;
}

// Boost throws on impossible days; callers want nullopt.
std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  try {
    return Date(year, month, day);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string TwoDigits(int v) {
  return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

// "hh:mm[:ss[.fff]]" (or "hhmm[ss]" when `basic`); fills `time`.
bool ReadClock(std::string_view* s, bool basic, std::string* time) {
  const auto hour = Digits(s, 2);
  if (!hour || (!basic && !Consume(s, ':'))) return false;
  const auto minute = Digits(s, 2);
  if (!minute || *hour > 23 || *minute > 59) return false;
  *time = TwoDigits(*hour) + ":" + TwoDigits(*minute);
  const bool has_seconds = basic ? (!s->empty() && IsDigit(s->front())) : Consume(s, ':');
  if (has_seconds) {
    const auto second = Digits(s, 2);
    if (!second || *second > 60) return false;
    *time += ":" + TwoDigits(*second);
    if (Consume(s, '.') || Consume(s, ',')) {
      if (s->empty() || !IsDigit(s->front())) return false;
      while (!s->empty() && IsDigit(s->front())) s->remove_prefix(1);
    }
  }
  return true;
}

// "Z", "+05:00", "-0500", "+05", or nothing.
bool ReadIsoZone(std::string_view* s) {
  if (s->empty()) return true;
  if (Consume(s, 'Z') || Consume(s, 'z')) return s->empty();
  if (!Consume(s, '+') && !Consume(s, '-')) return false;
  if (!Digits(s, 2)) return false;
  Consume(s, ':');
  if (!s->empty() && !Digits(s, 2)) return false;
  return s->empty();
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower;
  for (char c : name) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    // "Mar", "March", "Sept" all start with the three-letter form.
    if (lower.starts_with(kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool IsWeekdayName(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu",
                                                            "fri", "sat", "sun"};
  if (name.size() < 3) return false;
  std::string lower;
  for (char c : name) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view d : kDays) {
    if (lower.starts_with(d)) return true;
  }
  return false;
}

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<WebDate> ParseIsoDateTime(std::string_view text) {
  std::string_view s = Trim(text);
  const auto year = Digits(&s, 4);
  if (!year) return std::nullopt;
  // The basic form has no separators: "20220511T193525Z".
  const bool basic = !s.empty() && IsDigit(s.front());
  if (!basic && !Consume(&s, '-')) return std::nullopt;
  const auto month = Digits(&s, 2);
  if (!month || (!basic && !Consume(&s, '-'))) return std::nullopt;
  const auto day = Digits(&s, 2);
  if (!day) return std::nullopt;
  const auto date = MakeDate(*year, *month, *day);
  if (!date) return std::nullopt;
  WebDate out{*date, {}};
  if (s.empty()) return out;
  if (!Consume(&s, 'T') && !Consume(&s, 't') && !Consume(&s, ' ')) return std::nullopt;
  if (!ReadClock(&s, basic, &out.time)) return std::nullopt;
  if (!ReadIsoZone(&s)) return std::nullopt;
  return out;
}

std::optional<WebDate> ParseRfc822DateTime(std::string_view text) {
  std::string_view s = Trim(text);
  // Optional "Sat," (some feeds drop the comma).
  if (!s.empty() && IsAlpha(s.front())) {
    size_t n = 0;
    while (n < s.size() && IsAlpha(s[n])) ++n;
    if (!IsWeekdayName(s.substr(0, n))) return std::nullopt;
    s.remove_prefix(n);
    Consume(&s, ',');
    s = Trim(s);
  }
  size_t n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  if (n == 0 || n > 2) return std::nullopt;
  std::string_view digits = s.substr(0, n);
  const auto day = Digits(&digits, n);
  s = Trim(s.substr(n));
  n = 0;
  while (n < s.size() && IsAlpha(s[n])) ++n;
  const int month = MonthFromName(s.substr(0, n));
  if (month == 0 || n > 9) return std::nullopt;
  s = Trim(s.substr(n));
  n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  if (n != 2 && n != 4) return std::nullopt;
  std::string_view year_digits = s.substr(0, n);
  int year = *Digits(&year_digits, n);
  if (n == 2) year += year < 50 ? 2000 : 1900;
  s = Trim(s.substr(n));
  const auto date = MakeDate(year, month, *day);
  if (!date) return std::nullopt;
  WebDate out{*date, {}};
  if (s.empty()) return out;
  if (!ReadClock(&s, false, &out.time)) return std::nullopt;
  s = Trim(s);
  // The zone: "GMT", "UT", "EST", a military letter, or "+0100"; anything else is not a date.
  if (s.empty()) return out;
  if (s.front() == '+' || s.front() == '-') {
    s.remove_prefix(1);
    if (!Digits(&s, 4) || !Trim(s).empty()) return std::nullopt;
    return out;
  }
  for (char c : s) {
    if (!IsAlpha(c)) return std::nullopt;
  }
  return s.size() <= 5 ? std::optional<WebDate>(out) : std::nullopt;
}

std::optional<WebDate> ParseAnyWebDate(std::string_view text) {
  if (auto iso = ParseIsoDateTime(text)) return iso;
  if (auto rfc = ParseRfc822DateTime(text)) return rfc;
  if (auto written = ParseWrittenDate(text); written && written->date) {
    return WebDate{*written->date, written->time};
  }
  return std::nullopt;
}

}  // namespace eg
