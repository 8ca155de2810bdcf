// Export benchmark: builds a synthetic view of N events (default 100000; tests/exporters/
// synthetic_view.h) and prints, for every registered exporter, the wall time of one export and the
// output size. The target is under 10 s per format on one core. Exit 1 if an export fails.
// Usage: export_bench [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "exporters/exporter.h"
#include "tests/exporters/synthetic_view.h"

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const auto build_start = std::chrono::steady_clock::now();
  const eg::GraphView view = eg::testing::SyntheticView(n);
  const double build_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count();
  std::printf("synthetic view: %zu events, %zu entities, %zu relations (built in %.2f s)\n",
              view.events.size(), view.entities.size(), view.relations.size(), build_s);
  std::printf("%-14s %10s %14s\n", "format", "seconds", "bytes");
  int rc = 0;
  for (const auto& exporter : eg::Exporters()) {
    const auto start = std::chrono::steady_clock::now();
    eg::Result<std::string> out = exporter->Export(view, {});
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string name(exporter->Name());
    if (!out.ok()) {
      std::printf("%-14s %10.2f %14s  %s\n", name.c_str(), s, "-", out.status().ToString().c_str());
      rc = 1;
      continue;
    }
    std::printf("%-14s %10.2f %14zu%s\n", name.c_str(), s, out->size(), s < 10.0 ? "" : "  SLOW");
    std::fflush(stdout);
  }
  return rc;
}
