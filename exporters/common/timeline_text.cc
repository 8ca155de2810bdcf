#include "exporters/common/timeline_text.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <optional>

#include "engine/base/utf8.h"
#include "engine/model/event.h"

namespace eg {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr char kEllipsis[] = "\xE2\x80\xA6";     // …
constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr char kOnOrBefore[] = "\xE2\x89\xA4 ";  // "≤ "
constexpr char kOnOrAfter[] = "\xE2\x89\xA5 ";   // "≥ "
constexpr char kEnDash[] = " \xE2\x80\x93 ";     // " – "

int64_t DayNumber(const Date& d) { return static_cast<int64_t>(d.day_number()); }

// Months touched by [begin, end], counting both ends: Feb..Feb is 1.
int MonthsCovered(const Date& begin, const Date& end) {
  return (end.year() * 12 + end.month()) - (begin.year() * 12 + begin.month()) + 1;
}

// True when [begin, end] is exactly whole months: from a 1st to a month's last day.
bool WholeMonths(const Date& begin, const Date& end) {
  return begin.day() == 1 && end == end.end_of_month() && begin <= end;
}

bool WholeYears(const Date& begin, const Date& end) {
  return WholeMonths(begin, end) && begin.month() == 1 && end.month() == 12;
}

std::string PlainRange(const Date& begin, const Date& end) {
  if (begin == end) return FormatDate(begin);
  return FormatDate(begin) + kEnDash + FormatDate(end);
}

// The reading for a span with both bounds, when its bounds fit its precision; else empty.
std::string PreciseDisplay(const TimeSpan& span, const Date& begin, const Date& end) {
  const int year = begin.year();
  switch (span.precision) {
    case Precision::kDay:
      return begin == end ? FormatDate(begin) : "";
    case Precision::kMinute: {
      if (begin != end) return "";
      std::string_view tod = span.time_of_day;
      if (!tod.empty() && tod.front() == 'T') tod.remove_prefix(1);
      return tod.empty() ? FormatDate(begin) : FormatDate(begin) + " " + std::string(tod);
    }
    case Precision::kWeek:
      return DayNumber(end) - DayNumber(begin) == 6 ? "week of " + FormatDate(begin) : "";
    case Precision::kMonth:
      if (!WholeMonths(begin, end) || MonthsCovered(begin, end) != 1) return "";
      return std::string(kMonthNames[begin.month() - 1]) + " " + std::to_string(year);
    case Precision::kQuarter:
      if (!WholeMonths(begin, end) || MonthsCovered(begin, end) != 3 || begin.month() % 3 != 1) {
        return "";
      }
      return PeriodName('Q', (begin.month() - 1) / 3 + 1, year);
    case Precision::kHalfYear:
      if (!WholeMonths(begin, end) || MonthsCovered(begin, end) != 6 || begin.month() % 6 != 1) {
        return "";
      }
      return PeriodName('H', (begin.month() - 1) / 6 + 1, year);
    case Precision::kSeason: {
      if (!WholeMonths(begin, end) || MonthsCovered(begin, end) != 3) return "";
      switch (begin.month()) {
        case 3:
          return "Spring " + std::to_string(year);
        case 6:
          return "Summer " + std::to_string(year);
        case 9:
          return "Autumn " + std::to_string(year);
        case 12: {
          // A meteorological winter spans the new year, so both years are named.
          char buf[32];
          std::snprintf(buf, sizeof(buf), "Winter %d/%02d", year, (year + 1) % 100);
          return buf;
        }
        default:
          return "";
      }
    }
    case Precision::kYear:
      return WholeYears(begin, end) && begin.year() == end.year() ? std::to_string(year) : "";
    case Precision::kDecade:
      if (!WholeYears(begin, end) || year % 10 != 0 || end.year() != year + 9) return "";
      return std::to_string(year) + "s";
    case Precision::kCentury:
      if (!WholeYears(begin, end) || year % 100 != 0 || end.year() != year + 99) return "";
      return std::to_string(year) + kEnDash + std::to_string(year + 99);
    case Precision::kUnknown:
      return "";
  }
  return "";
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The byte length of the first `count` code points of `s` (all of it when shorter).
size_t PrefixBytes(std::string_view s, size_t count) {
  size_t i = 0;
  size_t seen = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == count) break;
      ++seen;
    }
    ++i;
  }
  return i;
}

bool IsBreak(unsigned char c) { return c <= 0x20 || c == 0x7F; }

}  // namespace

// "Q4 2025", "H2 2025". Formatted rather than concatenated: GCC 12 at -O2 warns (-Wrestrict, a
// known false positive) on a one-letter literal + std::string.
std::string PeriodName(char letter, int index, int year) {
  char buf[24];
  std::snprintf(buf, sizeof(buf), "%c%d %d", letter, index, year);
  return buf;
}

std::string SpanDisplay(const TimeSpan& span) {
  if (!span.begin && !span.end) return "date unknown";
  if (!span.begin) return kOnOrBefore + FormatDate(*span.end);
  if (!span.end) return kOnOrAfter + FormatDate(*span.begin);
  std::string precise = PreciseDisplay(span, *span.begin, *span.end);
  return precise.empty() ? PlainRange(*span.begin, *span.end) : precise;
}

AxisKey AxisKeyOf(const TimeSpan& span) {
  AxisKey key;
  key.display = SpanDisplay(span);
  if (!span.begin && !span.end) {
    key.undated = 1;
  } else if (!span.begin) {
    key.anchor = DayNumber(*span.end);
    key.side = 0;
  } else if (!span.end) {
    key.anchor = DayNumber(*span.begin);
    key.side = 2;
  } else {
    key.anchor = DayNumber(*span.begin);
    key.side = 1;
    key.end = DayNumber(*span.end);
  }
  return key;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (true) {
    std::optional<size_t> bad = FindInvalidUtf8(text);
    if (!bad) break;
    out.append(text.substr(0, *bad));
    out.append(kReplacement);
    text.remove_prefix(*bad + 1);
  }
  out.append(text);
  return out;
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      // Graphviz expands \N, \G, ... in label text even inside HTML-like labels, and reads "\\"
      // as one backslash; doubling keeps every backslash literal.
      case '\\':
        out += "\\\\";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          // XML 1.0 forbids most control characters, and a raw newline would not break the
          // line in an HTML-like label anyway.
          out += ' ';
        } else if (c == 0xEF && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
          // U+FFFE and U+FFFF are valid UTF-8 but not XML characters; expat would reject them.
          out += kReplacement;
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::vector<std::string> WrapText(std::string_view text, size_t width, size_t max_lines) {
  if (width == 0) width = 1;
  std::vector<std::string> lines;
  std::string line;
  size_t line_len = 0;
  auto flush = [&] {
    if (line_len > 0) lines.push_back(std::move(line));
    line.clear();
    line_len = 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsBreak(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !IsBreak(static_cast<unsigned char>(text[j]))) ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    if (word.empty()) break;
    size_t word_len = CodePoints(word);
    if (line_len > 0 && line_len + 1 + word_len <= width) {
      line += ' ';
      line += word;
      line_len += 1 + word_len;
      continue;
    }
    flush();
    // A word longer than a line is cut into line-sized pieces; the last piece stays open so that
    // following words may join it.
    while (word_len > width) {
      size_t cut = PrefixBytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      word_len -= width;
    }
    line = std::string(word);
    line_len = word_len;
  }
  flush();
  if (max_lines > 0 && lines.size() > max_lines) {
    lines.resize(max_lines);
    std::string& last = lines.back();
    if (CodePoints(last) + 1 > width) last.resize(PrefixBytes(last, width - 1));
    last += kEllipsis;
  }
  return lines;
}

std::string EventTypeColor(std::string_view type) {
  const std::vector<EventTypeInfo>& types = EventTypes();
  size_t coded = 0;
  std::optional<size_t> index;
  for (const EventTypeInfo& info : types) {
    if (info.cameo.empty()) continue;
    if (info.type == type) index = coded;
    ++coded;
  }
  if (!index) return "#d9d9d9";
  // Hue from 0.58 (blue) for the first type down to 0 (red) for the last; alternating saturation
  // keeps neighbours in the taxonomy apart. Value 1.0 keeps black text readable on every fill.
  const double h = coded > 1 ? 0.58 * (1.0 - static_cast<double>(*index) / (coded - 1)) : 0.58;
  const double s = *index % 2 == 0 ? 0.28 : 0.45;
  const double v = 1.0;
  const double h6 = h * 6.0;
  const int sector = static_cast<int>(std::floor(h6)) % 6;
  const double f = h6 - std::floor(h6);
  const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
  double r = v, g = v, b = v;
  switch (sector) {
    case 0:
      r = v;
      g = t;
      b = p;
      break;
    case 1:
      r = q;
      g = v;
      b = p;
      break;
    case 2:
      r = p;
      g = v;
      b = t;
      break;
    case 3:
      r = p;
      g = q;
      b = v;
      break;
    case 4:
      r = t;
      g = p;
      b = v;
      break;
    default:
      r = v;
      g = p;
      b = q;
      break;
  }
  char buf[8];
  std::snprintf(buf, sizeof(buf), "#%02x%02x%02x", static_cast<int>(std::lround(r * 255)),
                static_cast<int>(std::lround(g * 255)), static_cast<int>(std::lround(b * 255)));
  return buf;
}

}  // namespace eg
