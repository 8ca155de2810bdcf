// The "graphml" exporter: the knowledge graph as GraphML 1.0 (yEd, Gephi, networkx, igraph read
// it as is). One directed <graph>; every attribute has a typed <key> declared before it:
//   node keys: kind ("event" | "entity"), label, type, cameo, start, end (ISO dates; left out for
//     an open bound), precision, display ("≤ 2025-12-01"), modality, confidence (double), place,
//     lat, lon (double), lane, sources (space-separated URLs), entity_kind, country;
//   edge keys: kind ("role" | "relation"), role, relation, basis, confidence (double).
// Nodes: the events (id = event id), then the entities sorted by id (stubs included for referenced
// entities the view lacks). Edges: event -> entity for each participant and the place (role
// "location"), then the relations between the view's events; edge ids as in the Cytoscape export.
// A value that is absent is left out (GraphML's default: no value). All text is XML-escaped;
// characters XML cannot hold become U+FFFD. Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_GRAPHML_GRAPHML_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_GRAPHML_GRAPHML_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

std::unique_ptr<Exporter> NewGraphMlExporter();  // "graphml", extension "graphml"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_GRAPHML_GRAPHML_EXPORTER_H_
