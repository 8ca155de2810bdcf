// The ways news sites print a publication date and a time of day in an article's header line.
//
// Recognized dates (the whole text must be the date, optionally preceded by a weekday and followed by a
// time): "2025/12/01", "2025-12-01", "2025.12.01", "01.12.2025", "01-12-2025" (day first),
// "13/02/2025" or "02/13/2025" (slash with the year last: whichever reading is possible),
// "December 1, 2025", "Dec. 1st, 2025", "1 December 2025", "Monday, 1 Dec 2025", and each of them
// followed by a time: "2025-12-01 14:08", "2025-12-01T14:08:36Z", "December 1, 2025 at 2:08 pm".
// Month and weekday names are English. All functions are pure and thread-safe.
#ifndef EVENTGRAPH_IMPORTERS_TEXT_DATE_FORMS_H_
#define EVENTGRAPH_IMPORTERS_TEXT_DATE_FORMS_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/model/time_span.h"

namespace eg {

struct WrittenDate {
  // The day, or nullopt when the text has the shape of a date but names no real day ("2025/02/30",
  // "2025/13/01") or cannot be read one way only ("03/04/2025": March 4 or 3 April).
  std::optional<Date> date;
  // The time of day that followed the date, as ParseClockTime returns it, else empty.
  std::string time;
};

// Reads `text` (surrounding white space ignored) as one of the date forms above. Returns nullopt
// when the text is not shaped like a date at all, or has words after the date that are not a time.
std::optional<WrittenDate> ParseWrittenDate(std::string_view text);

// Reads a time of day: "14:08:36", "14:08", "9:05", "2:08 pm", "2:08 p.m.", optionally followed by
// a zone ("GMT", "UTC", "Z", "+03:30"), which is dropped. Returns the 24-hour form with the parts the
// text gave, zero padded: "14:08:36", "14:08", "09:05". nullopt when `text` is not exactly a time
// or names an impossible one (25:00, 14:61).
std::optional<std::string> ParseClockTime(std::string_view text);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_TEXT_DATE_FORMS_H_
