// Import throughput: the Guardian JSON Lines (extraction and store writes included) in articles/s
// and MB/s, and the GDELT export in rows/s, each into a fresh store. Prints one line per run.
//   import_bench [--jobs N] [GUARDIAN.jsonl] [GDELT.export.CSV]
// Defaults to the files under ../shared/data. Build with -DCMAKE_BUILD_TYPE=Release for figures.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "importers/pipeline/pipeline.h"

namespace {

namespace fs = std::filesystem;

struct Run {
  double seconds = 0;
  eg::ImportSummary summary;
};

bool Import(const std::string& path, size_t jobs, Run& out) {
  const fs::path db = fs::temp_directory_path() / ("eg_import_bench_" + std::to_string(::getpid()));
  fs::remove_all(db);
  auto store = eg::Store::Open(db.string());
  if (!store.ok()) {
    std::fprintf(stderr, "import_bench: %s\n", store.status().ToString().c_str());
    return false;
  }
  eg::PipelineOptions options;
  options.jobs = jobs;
  const auto start = std::chrono::steady_clock::now();
  auto summary = eg::ImportPaths(**store, {path}, options);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  store->reset();
  fs::remove_all(db);
  if (!summary.ok()) {
    std::fprintf(stderr, "import_bench: %s\n", summary.status().ToString().c_str());
    return false;
  }
  out.summary = *summary;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  size_t jobs = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--jobs" && i + 1 < argc) {
      jobs = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else {
      files.push_back(arg);
    }
  }
  const std::string shared = EG_SHARED_DIR;
  const std::string guardian = files.size() > 0 ? files[0] : shared + "/data/articles/guardian-ukraine-2022.jsonl";
  const std::string gdelt = files.size() > 1 ? files[1] : shared + "/data/structured/gdelt2_20250602094500.export.CSV";
  int status = 0;

  if (fs::exists(guardian)) {
    Run r;
    if (Import(guardian, jobs, r)) {
      const double mb = static_cast<double>(fs::file_size(guardian)) / 1e6;
      std::printf("guardian jsonl: %zu articles, %zu events, %.2f MB in %.2f s (jobs %zu): %.1f articles/s, %.3f MB/s\n",
                  r.summary.articles_new, r.summary.events, mb, r.seconds, jobs,
                  static_cast<double>(r.summary.articles_new) / r.seconds, mb / r.seconds);
    } else {
      status = 1;
    }
  } else {
    std::printf("guardian jsonl: %s not found, skipped\n", guardian.c_str());
  }

  if (fs::exists(gdelt)) {
    Run r;
    if (Import(gdelt, jobs, r)) {
      const size_t rows = r.summary.records_new + r.summary.failures.size();
      std::printf("gdelt export:   %zu rows (%zu failed), %zu events in %.2f s: %.0f rows/s\n", rows,
                  r.summary.failures.size(), r.summary.events, r.seconds,
                  static_cast<double>(rows) / r.seconds);
    } else {
      status = 1;
    }
  } else {
    std::printf("gdelt export: %s not found, skipped\n", gdelt.c_str());
  }
  return status;
}
