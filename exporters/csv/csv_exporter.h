// The "csv" exporter: one row per event, RFC 4180 (CRLF line ends, a header row, fields quoted
// when they hold a comma, a quote, CR or LF, inner quotes doubled), UTF-8 without a BOM:
//   id,start,end,precision,type,cameo,label,place,lat,lon,participants,sources
// start and end are ISO dates, empty for an open bound; precision is the span's ("day", "month",
// ...); lat and lon are the place's coordinates or empty; participants are "Name (role)" joined
// by "; "; sources are the cited articles' URLs (the article id when there is none) joined by a
// space. Rows follow the view's (time) order, each event id once. Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_CSV_CSV_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_CSV_CSV_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewCsvExporter();  // "csv", extension "csv"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_CSV_CSV_EXPORTER_H_
