// The "cytoscape" exporter: Cytoscape.js elements JSON, loaded as is by
// `cytoscape({elements: doc.elements})`:
//   {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}
// Nodes, in this order:
//   lanes    {id: "lane:" + lane id, kind: "lane", label}: compound parents grouping the events of
//            one country (the model has no storylines yet; they would take this place);
//   events   {id, kind: "event", parent, label, type, cameo, color, start, end, precision,
//            display, modality, confidence, place, lat, lon, sources}: the event id is the node id;
//   entities {id, kind: "entity", entity_kind, label, country, lat, lon}, sorted by id, including a
//            stub for every referenced entity the view lacks.
// Edges: {id, source, target, kind: "role", role} from each event to its participants and place
// (role "location"), then {id, source, target, kind: "relation", relation, basis, confidence} for
// the relations between the view's events. Edge ids are "<source>|<role or relation>|<target>".
// Absent values (an open date, no coordinates) are left out rather than written as null. Labels
// are plain text (Cytoscape draws them on a canvas); control characters become spaces.
// Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_CYTOSCAPE_CYTOSCAPE_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_CYTOSCAPE_CYTOSCAPE_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewCytoscapeExporter();  // "cytoscape", extension "json"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_CYTOSCAPE_CYTOSCAPE_EXPORTER_H_
