// timex_throughput: the TIMEX3 tagger's speed on real news text, in MB of text per second on one
// core (Google Benchmark; the "bytes_per_second" column, and a plain MB/s line at the end).
//
//   timex_throughput [JSONL] [benchmark flags]
//
// JSONL defaults to the Guardian articles under the shared data folder; each line's "text" field
// is tagged with its "date" as the DCT. Exit codes: 0 done, 1 the corpus could not be read.
#include <benchmark/benchmark.h>

#include <ctime>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/time_span.h"
#include "importers/extract/timex/timex.h"

namespace {

struct Doc {
  std::string text;
  std::optional<eg::Date> dct;
};

std::vector<Doc>& Corpus() {
  static std::vector<Doc> docs;
  return docs;
}

size_t CorpusBytes() {
  size_t n = 0;
  for (const auto& d : Corpus()) n += d.text.size();
  return n;
}

// Reads one article per line; lines that are not JSON objects with a string "text" are skipped
// (nlohmann throws on malformed input, so the parse is caught here).
bool LoadCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      Doc d;
      d.text = j["text"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) {
        if (auto r = eg::ParseDate(j["date"].get<std::string>().substr(0, 10)); r.ok()) d.dct = *r;
      }
      Corpus().push_back(std::move(d));
    } catch (const nlohmann::json::exception&) {
      continue;
    }
  }
  return !Corpus().empty();
}

void BM_TagGuardian(benchmark::State& state) {
  size_t timexes = 0;
  for (auto _ : state) {
    for (const auto& d : Corpus()) {
      auto t = eg::TagTimexes(d.text, d.dct);
      timexes += t.size();
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["timexes_per_pass"] =
      static_cast<double>(timexes) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TagGuardian)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A direct measurement besides Google Benchmark's table, so scripts can grep one line.
void PrintMbPerSecond() {
  constexpr int kPasses = 20;
  // CPU time of this process: the machine is shared, so wall time would count other work.
  const std::clock_t t0 = std::clock();
  size_t n = 0;
  for (int p = 0; p < kPasses; ++p) {
    for (const auto& d : Corpus()) n += eg::TagTimexes(d.text, d.dct).size();
  }
  const double s = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
  std::printf("timex throughput: %.1f MB/s of CPU time (%zu articles, %zu bytes, %d passes, %zu timexes)\n",
              static_cast<double>(CorpusBytes()) * kPasses / s / 1e6, Corpus().size(),
              CorpusBytes(), kPasses, n / kPasses);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = EG_SHARED_DIR "/data/articles/guardian-ukraine-2022.jsonl";
  if (argc > 1 && argv[1][0] != '-') {
    path = argv[1];
    for (int i = 1; i + 1 < argc; ++i) argv[i] = argv[i + 1];
    --argc;
  }
  if (!LoadCorpus(path)) {
    std::fprintf(stderr, "%s: cannot read any article\n", path.c_str());
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  PrintMbPerSecond();
  return 0;
}
