// extract_bench: the whole extraction (sentences, TIMEX3, entities, events) on real news, in MB of
// text per second on one core (Google Benchmark's bytes_per_second, and one plain MB/s line).
//
//   extract_bench [JSONL] [benchmark flags]
//   extract_bench [JSONL] --digest
//   extract_bench [JSONL] --phases
//
// --digest prints, instead of timing, one hash of everything the extraction returns for the corpus
// (sentences, timexes, entities with mentions, events; with and without bare events), so that a
// change meant only for speed can be checked to leave every result unchanged.
//
// --phases prints, instead, the CPU time of each stage of the extraction (sentences, TIMEX3,
// tokens, entities, events) over a few passes, to show where a speed change should look.
//
// JSONL defaults to the Guardian articles under the shared data folder. Exit codes: 0 done, 1 the
// corpus or the lexical data could not be read.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "bench/jsonl_corpus.h"
#include "engine/model/article.h"
#include "engine/model/json_codec.h"
#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/events/events.h"
#include "importers/extract/extract.h"
#include "importers/extract/timex/timex.h"

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

// FNV-1a over the bytes of `s`, then a separator, so that field boundaries count.
void Mix(uint64_t& h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= 0xff;
  h *= 1099511628211ull;
}

// Hashes the full output of every article's extraction; prints counts and the hash. Returns the
// process exit code.
int PrintDigest() {
  uint64_t h = 1469598103934665603ull;
  size_t counts[4] = {0, 0, 0, 0};
  for (bool bare : {false, true}) {
    eg::ExtractOptions options;
    options.keep_bare_events = bare;
    for (const auto& a : Corpus()) {
      auto x = eg::Extract(a, options);
      if (!x.ok()) {
        std::fprintf(stderr, "extract_bench: %s\n", x.status().ToString().c_str());
        return 1;
      }
      for (const auto& s : x->sentences) {
        Mix(h, std::to_string(s.begin) + ":" + std::to_string(s.end));
      }
      for (const auto& t : x->timexes) {
        eg::Json j{{"begin", t.span.begin}, {"end", t.span.end},
                   {"text", t.text},        {"type", static_cast<int>(t.type)},
                   {"value", t.value},      {"mod", t.mod}};
        if (t.time) j["time"] = eg::TimeSpanToJson(*t.time);
        Mix(h, j.dump());
      }
      for (const auto& e : x->entities) Mix(h, eg::EntityToJson(e, true).dump());
      for (const auto& e : x->events) Mix(h, eg::EventToJson(e).dump());
      counts[0] += x->sentences.size();
      counts[1] += x->timexes.size();
      counts[2] += x->entities.size();
      counts[3] += x->events.size();
    }
  }
  std::printf("digest %016llx (%zu sentences, %zu timexes, %zu entities, %zu events)\n",
              static_cast<unsigned long long>(h), counts[0], counts[1], counts[2], counts[3]);
  return 0;
}

// Runs the stages of Extract() one by one, as extract.cc chains them, and prints the CPU time of
// each. Returns the process exit code.
int PrintPhases() {
  constexpr int kPasses = 5;
  constexpr int kStages = 5;
  const char* const kNames[kStages] = {"sentences", "timex", "tokens", "entities", "events"};
  double seconds[kStages] = {};
  size_t events = 0;
  auto lap = [](std::clock_t& t) {
    const std::clock_t now = std::clock();
    const double s = static_cast<double>(now - t) / CLOCKS_PER_SEC;
    t = now;
    return s;
  };
  for (int p = 0; p < kPasses; ++p) {
    for (const auto& a : Corpus()) {
      std::clock_t t = std::clock();
      std::vector<eg::Span> sentences = eg::SplitSentences(a.text);
      seconds[0] += lap(t);
      std::vector<eg::Timex> timexes = eg::TagTimexes(a.text, a.published);
      seconds[1] += lap(t);
      eg::Document doc = eg::AnalyzeDocument(a.text, sentences);
      seconds[2] += lap(t);
      eg::EntityAnalysis entities = eg::RecognizeEntities(doc);
      seconds[3] += lap(t);
      events += eg::ExtractEvents(doc, entities, timexes, a.id, a.published, false).size();
      seconds[4] += lap(t);
    }
  }
  double total = 0;
  for (double s : seconds) total += s;
  for (int k = 0; k < kStages; ++k) {
    std::printf("%-10s %7.1f ms/pass %5.1f%%\n", kNames[k], 1e3 * seconds[k] / kPasses,
                100 * seconds[k] / total);
  }
  std::printf("%-10s %7.1f ms/pass, %.2f MB/s of CPU time (%zu events)\n", "total",
              1e3 * total / kPasses, static_cast<double>(CorpusBytes()) * kPasses / total / 1e6,
              events / kPasses);
  return 0;
}

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
  if (argc > 1 && std::strcmp(argv[1], "--digest") == 0) return PrintDigest();
  if (argc > 1 && std::strcmp(argv[1], "--phases") == 0) return PrintPhases();
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
