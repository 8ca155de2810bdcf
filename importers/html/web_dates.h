// The date formats of the web: ISO 8601 / RFC 3339 (HTML metadata, Atom, JSON Feed) and RFC 822 /
// RFC 2822 (RSS 2.0).
//
// The day and time are kept as the source wrote them, in the source's own time zone, and the zone
// is dropped: "2023-11-07T02:00:00-05:00" is 2023-11-07 at 02:00:00, which is the day the
// publisher printed on the page, whereas converting to UTC would move evening stories to the next
// day. All functions are pure and thread-safe.
#ifndef EVENTGRAPH_IMPORTERS_HTML_WEB_DATES_H_
#define EVENTGRAPH_IMPORTERS_HTML_WEB_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/model/time_span.h"

namespace eg {

struct WebDate {
  Date date;
  std::string time;  // "14:08:36" or "14:08" as given, else empty
};

// "2023-11-06", "2023-11-06T20:03:00.563Z", "2023-11-07T02:00:00-05:00", "2023-11-06 20:03",
// "20220511T193525Z" (the basic form NITF uses). Surrounding white space is ignored. nullopt for
// anything else, for a day that does not exist (2023-02-30) or an impossible time (25:00).
std::optional<WebDate> ParseIsoDateTime(std::string_view text);

// "Sat, 12 Mar 2022 09:45:51 GMT", "12 Mar 2022 09:45 +0100", "Wed, 31 Jan 18 20:15:15 EST"
// (two-digit years are 19xx from 50 and 20xx below, as RFC 2822 says). The weekday is optional
// and, when present, must be a weekday name; the zone is optional. nullopt otherwise.
std::optional<WebDate> ParseRfc822DateTime(std::string_view text);

// Either of the above, then the written forms of importers/text/date_forms.h ("Nov 27, 2013").
std::optional<WebDate> ParseAnyWebDate(std::string_view text);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_HTML_WEB_DATES_H_
