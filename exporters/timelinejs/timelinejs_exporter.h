// The "timelinejs" exporter: Knight Lab TimelineJS 3 JSON, loaded as is by
// `new TL.Timeline(element, data)`:
//   {"title": {"text": {"headline", "text"}},
//    "events": [{"unique_id", "start_date", "end_date"?, "display_date"?, "text": {"headline",
//                "text"}, "group"}]}
// Dates are {year, month, day} objects holding only what the span knows: a month span is
// {year, month}, a year {year}, one day {year, month, day} (plus hour and minute when the time of
// day is known); any other closed span has start_date and end_date. A span with an open side is
// placed on its known bound and says so in display_date ("≤ 2025-12-01"), as do spans whose
// precision TimelineJS cannot show (quarters, seasons, weeks). Events with no known bound cannot
// be placed and are left out; the title text counts them.
// text.headline is the label; text.text lists the evidence (the sentence when the view carries
// article text, else the trigger words), the time words, place, participants, and links to the
// sources. Both are HTML (TimelineJS renders them as such), so all free text is HTML-escaped and
// only http(s) URLs become links. group is the event's lane (country). unique_id is the event id.
// No eras: the model has no storylines yet.
// Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_TIMELINEJS_TIMELINEJS_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_TIMELINEJS_TIMELINEJS_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewTimelineJsExporter();  // "timelinejs", extension "json"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_TIMELINEJS_TIMELINEJS_EXPORTER_H_
