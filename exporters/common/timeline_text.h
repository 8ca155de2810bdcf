// Text helpers for the timeline drawings: how a time span reads on a box, how events are grouped
// and ordered on the date axis, and how free text is made safe for Graphviz HTML-like labels.
// Pure functions, no Graphviz; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_COMMON_TIMELINE_TEXT_H_
#define EVENTGRAPH_EXPORTERS_COMMON_TIMELINE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/time_span.h"

namespace eg {

// How `span` reads to a person, saying no more than the span knows:
//   [2025-12-01, 2025-12-01] day             -> "2025-12-01"
//   [open, 2025-12-01]                       -> "≤ 2025-12-01"
//   [2022-03-01, open]                       -> "≥ 2022-03-01"
//   [2022-02-01, 2022-02-28] month           -> "Feb 2022"
//   quarter "Q4 2025", half year "H2 2025", season "Summer 2025" / "Winter 2025/26", year "2025",
//   decade "2020s", week "week of 2025-12-01", minute "2025-12-01 14:08",
//   both bounds open                         -> "date unknown".
// A precision whose bounds do not match it (a "month" that is not a whole month) falls back to
// the plain range "2025-12-01 – 2025-12-05".
std::string SpanDisplay(const TimeSpan& span);

// Where a span sits on the date axis. Sorting by key puts spans in reading order: by their known
// anchor day (the start, or the end when only the end is known), an "on or before" span ahead of
// closed spans anchored on the same day and an "on or after" span behind them, and undated spans
// last. Spans with the same display text share one axis position.
struct AxisKey {
  int undated = 0;      // 1 when both bounds are open
  int64_t anchor = 0;   // day number of the anchor day
  int side = 0;         // 0 open start, 1 closed, 2 open end
  int64_t end = 0;      // day number of the end, for closed spans
  std::string display;  // SpanDisplay(span), the final tie-breaker

  auto operator<=>(const AxisKey&) const = default;
};
AxisKey AxisKeyOf(const TimeSpan& span);

// "Q4 2025" for ('Q', 4, 2025), "H2 2025" for ('H', 2, 2025).
std::string PeriodName(char letter, int index, int year);

// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view text);

// Escapes text for a Graphviz HTML-like label (which is XML): & < > " ' become entities, a
// backslash is doubled (Graphviz would otherwise expand "\N" and the like), and control characters
// (newlines included) become spaces. Input is assumed valid UTF-8.
std::string HtmlEscape(std::string_view text);

// Splits `text` into lines of at most `width` code points, breaking at whitespace and control
// characters and cutting words longer than a line. At most `max_lines` lines are returned; when
// text is left over, the last line ends with "…". Runs of whitespace collapse; empty text gives no
// lines.
std::vector<std::string> WrapText(std::string_view text, size_t width, size_t max_lines);

// "#rrggbb" fill colour for an event type: a fixed hue per entry of EventTypes() running from
// cool (cooperation, low CAMEO codes) to warm (conflict, high codes), so a type has the same
// colour in every drawing; types without a CAMEO code and unknown types are grey.
std::string EventTypeColor(std::string_view type);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_TIMELINE_TEXT_H_
