#include "importers/text/date_forms.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <string>

namespace eg {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// A cursor over the text; each Read* either consumes what it names and succeeds, or consumes
// nothing. Hand-rolled rather than std::regex because the forms need small decisions (which of
// day and month comes first) that a pattern cannot make.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[pos_]; }
  size_t Pos() const { return pos_; }
  void Reset(size_t pos) { pos_ = pos; }
  std::string_view Rest() const { return s_.substr(pos_); }

  void SkipSpaces() {
    while (!AtEnd() && IsSpace(s_[pos_])) ++pos_;
  }
  bool Consume(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  // 1..max_len digits not followed by another digit; the value and the number of digits.
  bool ReadNumber(size_t max_len, int* value, size_t* len) {
    size_t end = pos_;
    while (end < s_.size() && IsDigit(s_[end])) ++end;
    const size_t n = end - pos_;
    if (n == 0 || n > max_len) return false;
    int v = 0;
    for (size_t i = pos_; i < end; ++i) v = v * 10 + (s_[i] - '0');
    *value = v;
    *len = n;
    pos_ = end;
    return true;
  }
  // A run of ASCII letters, lower-cased; empty when there is none.
  std::string ReadWord() {
    const size_t start = pos_;
    while (!AtEnd() && IsAlpha(s_[pos_])) ++pos_;
    return LowerCopy(s_.substr(start, pos_ - start));
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

constexpr const char* kMonths[] = {"january", "february", "march",     "april",
                                   "may",     "june",     "july",      "august",
                                   "september", "october", "november", "december"};
constexpr const char* kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

// A full English name or its three-letter abbreviation ("sept" too): 1-based index, else 0.
template <size_t N>
int LookUpName(const std::string& word, const char* const (&names)[N]) {
  if (word.size() < 3) return 0;
  for (size_t i = 0; i < N; ++i) {
    const std::string_view name = names[i];
    if (word == name || word == name.substr(0, 3)) return static_cast<int>(i) + 1;
  }
  if (word == "sept" && N == 12) return 9;
  return 0;
}

// Reads a month name with an optional abbreviation dot: 1-12, or 0 (nothing consumed).
int ReadMonthName(Scanner& sc) {
  const size_t start = sc.Pos();
  const int month = LookUpName(sc.ReadWord(), kMonths);
  if (month == 0) {
    sc.Reset(start);
    return 0;
  }
  sc.Consume('.');
  return month;
}

// "1st", "2nd", "23rd", "4th" -- the suffix after a day number, if any.
void SkipOrdinalSuffix(Scanner& sc) {
  const size_t start = sc.Pos();
  const std::string word = sc.ReadWord();
  if (word != "st" && word != "nd" && word != "rd" && word != "th") sc.Reset(start);
}

// "Monday, " / "Mon. " before the date.
void SkipWeekday(Scanner& sc) {
  const size_t start = sc.Pos();
  if (LookUpName(sc.ReadWord(), kWeekdays) == 0 || !(IsSpace(sc.Peek()) || sc.Peek() == ',' ||
                                                     sc.Peek() == '.')) {
    sc.Reset(start);
    return;
  }
  sc.Consume('.');
  sc.Consume(',');
  sc.SkipSpaces();
}

// The day, when year/month/day name one; boost's calendar knows the month lengths.
std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(year), static_cast<unsigned short>(month));
  if (day > last) return std::nullopt;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

// "2025-12-01", "01.12.2025", "13/02/2025". Sets *date (possibly nullopt for an impossible or
// ambiguous day) and returns true when the shape matched.
bool ReadNumericDate(Scanner& sc, std::optional<Date>* date) {
  const size_t start = sc.Pos();
  int a = 0, b = 0, c = 0;
  size_t alen = 0, blen = 0, clen = 0;
  if (!sc.ReadNumber(4, &a, &alen)) return false;
  const char sep = sc.Peek();
  if ((sep != '-' && sep != '/' && sep != '.') || !sc.Consume(sep) ||
      !sc.ReadNumber(2, &b, &blen) || !sc.Consume(sep) || !sc.ReadNumber(4, &c, &clen)) {
    sc.Reset(start);
    return false;
  }
  if (alen == 4 && clen <= 2) {
    *date = MakeDate(a, b, c);
    return true;
  }
  if (alen <= 2 && clen == 4) {
    if (sep != '/') {
      // Dots and dashes with the year last are the European day-month-year order.
      *date = MakeDate(c, b, a);
    } else if (a == b || (a > 12) != (b > 12)) {
      // Slashes are written both ways (US month first); only read the one possible order.
      *date = a > 12 ? MakeDate(c, b, a) : MakeDate(c, a, b);
    } else {
      *date = std::nullopt;
    }
    return true;
  }
  sc.Reset(start);
  return false;
}

// "December 1, 2025", "Dec. 1st, 2025", "1 December 2025", "1. Dec 2025".
bool ReadNamedMonthDate(Scanner& sc, std::optional<Date>* date) {
  const size_t start = sc.Pos();
  int day = 0, month = 0, year = 0;
  size_t len = 0;
  if (IsDigit(sc.Peek())) {
    if (!sc.ReadNumber(2, &day, &len)) return false;
    SkipOrdinalSuffix(sc);
    sc.Consume('.');
    sc.SkipSpaces();
    month = ReadMonthName(sc);
    if (month == 0) {
      sc.Reset(start);
      return false;
    }
  } else {
    month = ReadMonthName(sc);
    sc.SkipSpaces();
    if (month == 0 || !sc.ReadNumber(2, &day, &len)) {
      sc.Reset(start);
      return false;
    }
    SkipOrdinalSuffix(sc);
  }
  sc.Consume(',');
  sc.SkipSpaces();
  if (!sc.ReadNumber(4, &year, &len) || len != 4) {
    sc.Reset(start);
    return false;
  }
  *date = MakeDate(year, month, day);
  return true;
}

// A zone after a time: "Z", "GMT", "UTC+3", "+03:30", "(IRST)".
bool IsZone(std::string_view z) {
  if (z.size() >= 2 && z.front() == '(' && z.back() == ')') z = Trim(z.substr(1, z.size() - 2));
  if (z.empty()) return false;
  size_t i = 0;
  while (i < z.size() && IsUpper(z[i])) ++i;
  if (i > 5) return false;
  if (i == z.size()) return true;
  // An offset, alone or after the letters: +3, +03, +0330, +03:30.
  if (z[i] != '+' && z[i] != '-') return false;
  ++i;
  size_t digits = 0;
  for (; i < z.size(); ++i) {
    if (IsDigit(z[i])) {
      ++digits;
    } else if (z[i] != ':') {
      return false;
    }
  }
  return digits >= 1 && digits <= 4;
}

}  // namespace

std::optional<std::string> ParseClockTime(std::string_view text) {
  Scanner sc(Trim(text));
  int hour = 0, minute = 0, second = -1;
  size_t len = 0;
  if (!sc.ReadNumber(2, &hour, &len) || !sc.Consume(':') || !sc.ReadNumber(2, &minute, &len) ||
      len != 2) {
    return std::nullopt;
  }
  if (sc.Consume(':')) {
    if (!sc.ReadNumber(2, &second, &len) || len != 2) return std::nullopt;
    // Fractions of a second are more precision than any article date needs.
    if (sc.Consume('.')) {
      int fraction = 0;
      if (!sc.ReadNumber(9, &fraction, &len)) return std::nullopt;
    }
  }
  sc.SkipSpaces();
  // "am", "pm", "a.m.", "p.m." in either case.
  int meridiem = 0;  // 0 none, 1 am, 2 pm
  const size_t before_meridiem = sc.Pos();
  const char m0 = Lower(sc.Peek());
  if (m0 == 'a' || m0 == 'p') {
    sc.Reset(sc.Pos() + 1);
    sc.Consume('.');
    if (Lower(sc.Peek()) == 'm') {
      sc.Reset(sc.Pos() + 1);
      sc.Consume('.');
      if (!IsAlpha(sc.Peek())) meridiem = m0 == 'a' ? 1 : 2;
    }
    if (meridiem == 0) sc.Reset(before_meridiem);
  }
  const std::string_view zone = Trim(sc.Rest());
  if (!zone.empty() && !IsZone(zone)) return std::nullopt;
  if (meridiem != 0) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour = hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
  char buf[32];
  if (second >= 0) {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hour, minute, second);
  } else {
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  }
  return std::string(buf);
}

std::optional<WrittenDate> ParseWrittenDate(std::string_view text) {
  Scanner sc(Trim(text));
  SkipWeekday(sc);
  WrittenDate out;
  if (!ReadNumericDate(sc, &out.date) && !ReadNamedMonthDate(sc, &out.date)) return std::nullopt;
  // A date glued to letters ("2025-12-01abc") is some other token.
  if (IsAlpha(sc.Peek()) && sc.Peek() != 'T') return std::nullopt;
  std::string_view rest = Trim(sc.Rest());
  if (!rest.empty() && (rest.front() == ',' || rest.front() == '-')) rest = Trim(rest.substr(1));
  if (rest.size() > 1 && rest.front() == 'T' && IsDigit(rest[1])) {
    rest.remove_prefix(1);
  } else if (LowerCopy(rest.substr(0, 3)) == "at ") {
    rest = Trim(rest.substr(3));
  }
  if (!rest.empty()) {
    auto time = ParseClockTime(rest);
    if (!time) return std::nullopt;
    out.time = std::move(*time);
  }
  return out;
}

}  // namespace eg
