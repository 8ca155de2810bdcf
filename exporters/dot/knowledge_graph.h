// The knowledge-graph drawings: "graph-dot" writes Graphviz DOT; "graph-svg", "graph-png" and
// "graph-pdf" render it in-process through libgvc, like the timeline formats (dot_exporter.h).
// The timeline stays the default drawing ("dot", "svg", ...); the knowledge graph is chosen by
// these format names.
//
// Nodes: the events (boxes in their type's colour, showing date, label and place) and the entities
// they reference (ellipses: persons; boxes with a tab: organizations and groups; hexagons:
// countries; notes: locations and facilities). Edges: event -> entity labelled with the role
// ("source", "target", "participant", or the place qualifier such as "in"), and event -> event for
// the relations, labelled with their type. Time relations are drawn as their transitive reduction
// (ReduceTimeRelations); other relations (CAUSES, PART_OF, ...) as they are. At most
// options.max_events events are drawn, or kMaxGraphEvents when that is 0 (MostSupportedEvents);
// the title says "N of M events" when some are left out. Past 30 events edges are straight lines
// and layout passes are bounded, so a full-size graph lays out in seconds, not minutes.
//
// Thread safety: as the timeline, every Export is serialized by one process-wide lock.
#ifndef EVENTGRAPH_EXPORTERS_DOT_KNOWLEDGE_GRAPH_H_
#define EVENTGRAPH_EXPORTERS_DOT_KNOWLEDGE_GRAPH_H_

#include <memory>
#include <vector>

#include "engine/model/relation.h"
#include "exporters/exporter.h"

namespace eg {

// The time relations of `relations` with every edge that follows from the others removed, plus the
// other relations unchanged. AFTER is read as BEFORE reversed and IS_INCLUDED as INCLUDES
// reversed (and written so); BEFORE and IBEFORE chains compose to BEFORE, INCLUDES chains to
// INCLUDES, so a BEFORE edge implied by a path of BEFORE/IBEFORE edges, or an INCLUDES edge implied
// by a path of INCLUDES edges, is dropped. Other types are neither used to derive nor dropped.
// Duplicates are dropped; the result is sorted by (from, to, type). Pure; thread-safe.
std::vector<Relation> ReduceTimeRelations(const std::vector<Relation>& relations);

std::unique_ptr<Exporter> NewGraphDotExporter();  // "graph-dot", extension "dot"
std::unique_ptr<Exporter> NewGraphSvgExporter();  // "graph-svg", extension "svg"
std::unique_ptr<Exporter> NewGraphPngExporter();  // "graph-png", extension "png"
std::unique_ptr<Exporter> NewGraphPdfExporter();  // "graph-pdf", extension "pdf"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_DOT_KNOWLEDGE_GRAPH_H_
