// Writes every export of the consumer-test fixtures into a directory, for the scripts that load
// them into real consumers (networkx, TimelineJS and Cytoscape.js in Chromium):
//   <dir>/<fixture>.<format>.<extension>  for fixtures "sample", "hostile" and "many" (120
//   synthetic events), and <dir>/<fixture>.expected.json with what a consumer must find, computed
//   here from the view itself (not from any export): the events with their ids and bounds, the
//   dated ones, and the knowledge graph's node and edge counts.
// Usage: export_fixtures DIR. Exit 0 when all were written, 1 on any failure (named on stderr).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "exporters/exporter.h"
#include "tests/exporters/sample_view.h"
#include "tests/exporters/synthetic_view.h"

namespace {

nlohmann::json Expected(const eg::GraphView& view) {
  std::set<std::string> event_ids;
  std::set<std::string> entity_ids;
  for (const eg::Entity& e : view.entities) entity_ids.insert(e.id);
  nlohmann::json events = nlohmann::json::array();
  size_t dated = 0;
  size_t role_edges = 0;
  for (const eg::Event& e : view.events) {
    if (!event_ids.insert(e.id).second) continue;
    if (e.time.begin || e.time.end) ++dated;
    std::set<std::pair<std::string, int>> roles;
    for (const eg::Participant& p : e.participants) {
      entity_ids.insert(p.entity);
      roles.insert({p.entity, static_cast<int>(p.role)});
    }
    role_edges += roles.size();
    if (e.location && !e.location->entity.empty()) {
      entity_ids.insert(e.location->entity);
      ++role_edges;
    }
    events.push_back({{"id", e.id},
                      {"start", e.time.begin ? eg::FormatDate(*e.time.begin) : ""},
                      {"end", e.time.end ? eg::FormatDate(*e.time.end) : ""}});
  }
  std::set<std::tuple<std::string, std::string, int>> relations;
  for (const eg::Relation& r : view.relations) {
    if (event_ids.count(r.from) && event_ids.count(r.to)) {
      relations.insert({r.from, r.to, static_cast<int>(r.type)});
    }
  }
  return {{"events", events},
          {"dated_events", dated},
          {"graph_nodes", event_ids.size() + entity_ids.size()},
          {"graph_edges", role_edges + relations.size()},
          {"entity_nodes", entity_ids.size()}};
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: export_fixtures DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::pair<const char*, eg::GraphView> fixtures[] = {
      {"sample", eg::testing::SampleView()},
      {"hostile", eg::testing::HostileView()},
      {"many", eg::testing::SyntheticView(120)},
  };
  int rc = 0;
  for (const auto& [name, view] : fixtures) {
    if (!WriteFile(dir + "/" + name + ".expected.json", Expected(view).dump(2) + "\n")) {
      std::cerr << "cannot write " << dir << "\n";
      return 1;
    }
    for (const auto& exporter : eg::Exporters()) {
      // The rendered pictures are checked elsewhere; consumers here read data formats.
      const std::string_view format = exporter->Name();
      if (format == "png" || format == "pdf" || format == "graph-png" || format == "graph-pdf") {
        continue;
      }
      eg::Result<std::string> out = exporter->Export(view, {});
      const std::string path = dir + "/" + name + "." + std::string(format) + "." +
                               std::string(exporter->Extension());
      if (!out.ok()) {
        std::cerr << path << ": " << out.status().ToString() << "\n";
        rc = 1;
      } else if (!WriteFile(path, *out)) {
        std::cerr << path << ": cannot write\n";
        rc = 1;
      }
    }
  }
  return rc;
}
