// The timeline drawings: "dot" writes Graphviz DOT; "svg", "png" and "pdf" lay that graph out and
// render it in-process through libgvc (no `dot` program is run). The knowledge-graph drawings are
// in knowledge_graph.h.
//
// The drawing reads left to right in time (rankdir=LR). A date axis runs along it: one node per
// date column, chained in date order, and each event box is ranked with its column, so events of
// one date stack in one column. Between columns far apart, tick nodes (class "tick") mark the
// first of the months, quarters or years (or every 2, 5, 10, ... years) in between, at the finest
// step that needs at most 4 ticks. Columns are the distinct date readings ("Feb 2022",
// "≤ 2025-12-01", "2025-12-01"); past options.group_threshold events they are days, weeks, months,
// quarters or years (at most kMaxTimelineColumns), and the events of one lane in one column share
// one box (class "group") giving their count, per-type counts and the first labels; relations are
// then not drawn. With options.lanes "country" (the default) each lane is a shaded cluster: the
// country of the event's place or first participant with one; the 7 fullest lanes are kept and
// the rest fold into "Other countries". Event boxes (class "event") show the date, the label
// (wrapped at about 30 characters) and the place; the fill is the event type's colour, explained
// by a legend under the title; approximate spans have a dashed border, an open start is drawn as a
// left arrow and an open end as a right arrow. Relations are light labelled edges that do not move
// the layout, drawn as their transitive reduction (ReduceTimeRelations). At most options.max_events events are drawn (MostSupportedEvents). All free text is
// escaped into HTML-like labels. Objects are written in creation order, so the same view gives
// the same bytes.
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

#include "exporters/common/view_title.h"
#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewDotExporter();  // "dot", extension "dot"
std::unique_ptr<Exporter> NewSvgExporter();  // "svg", extension "svg"
std::unique_ptr<Exporter> NewPngExporter();  // "png", extension "png"
std::unique_ptr<Exporter> NewPdfExporter();  // "pdf", extension "pdf"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_DOT_DOT_EXPORTER_H_
