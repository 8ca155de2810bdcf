// The timeline drawings: "dot" writes Graphviz DOT; "svg", "png" and "pdf" lay that graph out and
// render it in-process through libgvc (no `dot` program is run).
//
// The drawing reads left to right in time (rankdir=LR). A date axis runs along it: one node per
// distinct date reading ("Feb 2022", "≤ 2025-12-01", "2025-12-01"), chained in date order, and each
// event box is ranked with its date, so events of one date stack in one column. Boxes show the
// date, the label (wrapped at about 30 characters) and the place; fill colour is the event type,
// explained by a legend under the title; open or coarse spans have a dashed border. Relations are
// light labelled edges that do not move the layout. All free text is escaped into HTML-like labels.
//
// Runtime needs (svg/png/pdf): Graphviz's plugin libraries and their config file
// (/usr/lib/x86_64-linux-gnu/graphviz/config6a, created by `dot -c` when the graphviz package is
// installed); "png" and "pdf" use the cairo (pango) plugin and fontconfig fonts. When a plugin is
// missing Export fails with kUnsupported naming the format.
//
// Thread safety: Graphviz keeps global state, so every Export of these exporters is serialized by
// one process-wide lock.
#ifndef EVENTGRAPH_EXPORTERS_DOT_DOT_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_DOT_DOT_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

// The title drawn on a timeline: options.title when set, else "Event timeline", the view's entity
// and type filters, and its date range (the query's bounds, or the events' known bounds).
std::string TimelineTitle(const GraphView& view, const ExportOptions& options);

std::unique_ptr<Exporter> NewDotExporter();  // "dot", extension "dot"
std::unique_ptr<Exporter> NewSvgExporter();  // "svg", extension "svg"
std::unique_ptr<Exporter> NewPngExporter();  // "png", extension "png"
std::unique_ptr<Exporter> NewPdfExporter();  // "pdf", extension "pdf"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_DOT_DOT_EXPORTER_H_
