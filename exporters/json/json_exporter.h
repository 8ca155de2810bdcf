// The "json" exporter: the whole GraphView as one document,
//   {"format":"eventgraph-graph","version":1,"articles":[...],"entities":[...],"events":[...],
//    "relations":[...]}
// with every record in the shape of engine/model/json_codec.h. schemas/graph.schema.json is the
// normative description. Articles are written without their text.
#ifndef EVENTGRAPH_EXPORTERS_JSON_JSON_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_JSON_JSON_EXPORTER_H_

#include <memory>

#include "engine/graph/graph.h"
#include "engine/model/json_codec.h"
#include "exporters/exporter.h"

namespace eg {

// The value of "format" and "version" in the document.
inline constexpr char kGraphJsonFormat[] = "eventgraph-graph";
inline constexpr int kGraphJsonVersion = 1;

// The document for `view`. Order is stable: articles and entities by id, events in the view's
// (time) order, relations by (from, to, type). Never fails.
Json GraphToJson(const GraphView& view);

// Name "json", extension "json". Output is GraphToJson pretty-printed with a 2-space indent and a
// trailing newline; invalid UTF-8 in any string is replaced by U+FFFD rather than failing.
// Thread-safe: the exporter holds no state.
std::unique_ptr<Exporter> NewJsonExporter();

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_JSON_JSON_EXPORTER_H_
