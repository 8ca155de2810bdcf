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
#include <optional>
#include <string>
#include <vector>

#include "bench/jsonl_corpus.h"
#include "engine/model/article.h"
#include "engine/model/time_span.h"
#include "importers/extract/timex/timex.h"

namespace {

std::vector<eg::Article>& Corpus() {
  static std::vector<eg::Article> docs;
  return docs;
}

size_t CorpusBytes() { return eg::bench::TextBytes(Corpus()); }

void BM_TagGuardian(benchmark::State& state) {
  size_t timexes = 0;
  for (auto _ : state) {
    for (const auto& d : Corpus()) {
      auto t = eg::TagTimexes(d.text, d.published);
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
    for (const auto& d : Corpus()) n += eg::TagTimexes(d.text, d.published).size();
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
  Corpus() = eg::bench::LoadJsonlCorpus(path);
  if (Corpus().empty()) {
    std::fprintf(stderr, "%s: cannot read any article\n", path.c_str());
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  PrintMbPerSecond();
  return 0;
}
