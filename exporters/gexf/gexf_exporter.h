// The "gexf" exporter: the knowledge graph as GEXF 1.3 for Gephi, with time, so Gephi's timeline
// plays it: <graph mode="dynamic" timeformat="date" defaultedgetype="directed">.
// Nodes and edges are those of the GraphML export, with the same ids. An event node has start and
// end attributes from its span (an open side is left out: open in GEXF too); an event's role edges
// carry the event's start and end; a relation edge starts at the later of its events' starts and
// ends at the earlier end when that does not come before the start (else it stays open); entity
// nodes have no bounds, so they exist throughout. Static attributes, declared with their types:
// node kind, type, cameo, precision, display, modality, confidence (double), place, lat, lon
// (double), lane, sources, entity_kind, country; edge kind, role, relation, basis, confidence
// (double). Edge labels are the role or the relation type. <meta> holds the title (TimelineTitle)
// and no date, so the output stays byte-identical. All text is XML-escaped.
// Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_GEXF_GEXF_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_GEXF_GEXF_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewGexfExporter();  // "gexf", extension "gexf"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_GEXF_GEXF_EXPORTER_H_
