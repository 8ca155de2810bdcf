// Exporter: renders a GraphView in one format. One folder per format, each with a New...Exporter()
// factory; exporters/registry.h lists them explicitly.
#ifndef EVENTGRAPH_EXPORTERS_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_EXPORTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/graph/graph.h"

namespace eg {

struct ExportOptions {
  std::string title;  // diagram title; empty = derived from the view's filter and date range
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Stable name accepted by `export --format` ("json", "dot", "svg", ...).
  virtual std::string_view Name() const = 0;
  // The usual file extension, without the dot.
  virtual std::string_view Extension() const = 0;
  // Renders `view` to bytes. Deterministic: the same view gives byte-identical output.
  virtual Result<std::string> Export(const GraphView& view, const ExportOptions& options) const = 0;
};

// All exporters in a fixed order, and lookup by name (nullptr when unknown).
const std::vector<std::unique_ptr<Exporter>>& Exporters();
const Exporter* FindExporter(std::string_view name);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_EXPORTER_H_
