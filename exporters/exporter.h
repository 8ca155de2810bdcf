// Exporter: renders a GraphView in one format. One folder per format, each with a New...Exporter()
// factory; exporters/registry.h lists them explicitly.
#ifndef EVENTGRAPH_EXPORTERS_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_EXPORTER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/graph/graph.h"

namespace eg {

struct ExportOptions {
  std::string title;  // diagram title; empty = derived from the view's filter and date range
  // Drawings (timeline and knowledge graph) show at most this many events, 0 = all (the knowledge
  // graph then caps itself at kMaxGraphEvents). The events kept are those with the most evidence,
  // then the highest confidence, then the earliest in the view; the title says "N of M events".
  // Data formats (JSON, CSV, ...) always carry every event.
  size_t max_events = 0;
  // Timeline: past this many events, the events that share a lane and a date column are drawn as
  // one box listing how many of each type and the first labels, and the date columns become days,
  // weeks, months, quarters or years: the finest step that keeps at most kMaxTimelineColumns.
  size_t group_threshold = 60;
  // Timeline lanes: "country" (a cluster per country of the place or participants) or "none".
  std::string lanes = "country";
};

inline constexpr size_t kMaxGraphEvents = 100;
inline constexpr size_t kMaxTimelineColumns = 40;

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
