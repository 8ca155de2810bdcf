// The "vis-timeline" exporter: data for vis-timeline's `new Timeline(element, items, groups)`,
//   {"groups": [{"id", "content"}], "items": [{"id", "group", "content", "title", "start",
//    "end"?, "type", "className"}]}
// An event whose span is closed and longer than a day is a "range" item from its first day to the
// day after its last (vis-timeline's end is exclusive); a single day is a "point"; a span with an
// open side is a "point" on its known bound with className "open-start" or "open-end" and the
// reading ("≤ 2025-12-01") in its tooltip. className also carries "type-<type>" (type reduced to
// [a-z0-9-]). Events with no known bound are left out. Groups are lanes (countries), sorted by id.
// content and title are HTML in vis-timeline, so they are HTML-escaped. Item ids are event ids.
// Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_VIS_VIS_TIMELINE_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_VIS_VIS_TIMELINE_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewVisTimelineExporter();  // "vis-timeline", extension "json"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_VIS_VIS_TIMELINE_EXPORTER_H_
