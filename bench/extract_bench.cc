// extract_bench: the whole extraction (sentences, TIMEX3, entities, events) on real news, in MB of
// text per second on one core (Google Benchmark's bytes_per_second, and one plain MB/s line).
//
//   extract_bench [JSONL] [benchmark flags]
//
// JSONL defaults to the Guardian articles under the shared data folder. Exit codes: 0 done, 1 the
// corpus or the lexical data could not be read.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "bench/jsonl_corpus.h"
#include "engine/model/article.h"
#include "importers/extract/extract.h"

namespace {

std::vector<eg::Article>& Corpus() {
  static std::vector<eg::Article> docs;
  return docs;
}

size_t CorpusBytes() { return eg::bench::TextBytes(Corpus()); }

size_t ExtractAll() {
  size_t events = 0;
  for (const auto& a : Corpus()) {
    auto x = eg::Extract(a);
    if (x.ok()) events += x->events.size();
  }
  return events;
}

void BM_ExtractGuardian(benchmark::State& state) {
  size_t events = 0;
  for (auto _ : state) events += ExtractAll();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["events_per_pass"] =
      static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractGuardian)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

int main(int argc, char** argv) {
  std::string path = std::string(EG_SHARED_DIR) + "/data/articles/guardian-ukraine-2022.jsonl";
  if (argc > 1 && argv[1][0] != '-') {
    path = argv[1];
    --argc;
    ++argv;
  }
  Corpus() = eg::bench::LoadJsonlCorpus(path);
  if (Corpus().empty()) {
    std::fprintf(stderr, "extract_bench: no articles in %s\n", path.c_str());
    return 1;
  }
  // The first call loads WordNet, iso-codes and libgeonames; it is start-up, not throughput.
  if (auto warm = eg::Extract(Corpus()[0]); !warm.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", warm.status().ToString().c_str());
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  constexpr int kPasses = 3;
  const std::clock_t t0 = std::clock();
  size_t events = 0;
  for (int p = 0; p < kPasses; ++p) events += ExtractAll();
  const double s = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
  std::printf("extraction throughput: %.2f MB/s of CPU time (%zu articles, %zu bytes, %zu events)\n",
              static_cast<double>(CorpusBytes()) * kPasses / s / 1e6, Corpus().size(),
              CorpusBytes(), events / kPasses);
  return 0;
}
