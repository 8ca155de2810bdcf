// The title every export that has one uses (diagram titles, TimelineJS's title slide).
#ifndef EVENTGRAPH_EXPORTERS_COMMON_VIEW_TITLE_H_
#define EVENTGRAPH_EXPORTERS_COMMON_VIEW_TITLE_H_

#include <string>

#include "engine/graph/graph.h"
#include "exporters/exporter.h"

namespace eg {

// options.title when set, else "Event timeline", the view's entity and type filters, and its date
// range (the query's bounds, or the events' known bounds). Never fails; thread-safe.
std::string TimelineTitle(const GraphView& view, const ExportOptions& options);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_VIEW_TITLE_H_
