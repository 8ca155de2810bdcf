#include <memory>
#include <vector>

#include "exporters/csv/csv_exporter.h"
#include "exporters/cytoscape/cytoscape_exporter.h"
#include "exporters/dot/dot_exporter.h"
#include "exporters/dot/knowledge_graph.h"
#include "exporters/exporter.h"
#include "exporters/gexf/gexf_exporter.h"
#include "exporters/graphml/graphml_exporter.h"
#include "exporters/json/json_exporter.h"
#include "exporters/jsonld/jsonld_exporter.h"
#include "exporters/timelinejs/timelinejs_exporter.h"
#include "exporters/vis/vis_timeline_exporter.h"

namespace eg {

const std::vector<std::unique_ptr<Exporter>>& Exporters() {
  // An explicit list rather than static self-registration: a static library drops object files
  // nothing references, so self-registering exporters would silently vanish from the binary.
  static const auto* const kExporters = [] {
    auto* list = new std::vector<std::unique_ptr<Exporter>>();
    list->push_back(NewJsonExporter());
    list->push_back(NewDotExporter());
    list->push_back(NewSvgExporter());
    list->push_back(NewPngExporter());
    list->push_back(NewPdfExporter());
    list->push_back(NewGraphDotExporter());
    list->push_back(NewGraphSvgExporter());
    list->push_back(NewGraphPngExporter());
    list->push_back(NewGraphPdfExporter());
    list->push_back(NewTimelineJsExporter());
    list->push_back(NewVisTimelineExporter());
    list->push_back(NewCytoscapeExporter());
    list->push_back(NewGraphMlExporter());
    list->push_back(NewGexfExporter());
    list->push_back(NewCsvExporter());
    list->push_back(NewJsonLdExporter());
    return list;
  }();
  return *kExporters;
}

const Exporter* FindExporter(std::string_view name) {
  for (const auto& exporter : Exporters()) {
    if (exporter->Name() == name) return exporter.get();
  }
  return nullptr;
}

}  // namespace eg
