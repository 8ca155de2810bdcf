// graph_bench: synthetic stores of 10^4, 10^5 and 10^6 events through the graph engine. For each
// size: time to write and to link (LinkStore over all pending events, one core; the link's CPU
// with RocksDB's threads counts the flushes and compactions its writes cause, the import's being
// done before it starts), the store's size on disk, the peak resident memory (getrusage), and
// p50/p99 latencies of an entity timeline (the first 100 events of an actor from a date on) and
// of a time-range query (100 events from a day).
//
// The generator: 10 years of days; spans of one day (70%), a week (5%), a month (12%), a year
// (3%), open start (past tense, 7%) and open end (planned, 3%); 1-3 participants drawn from 20 000
// actors with a Zipf(1) distribution (the top actor is in about 9% of events); a place from 2 000
// with Zipf(1); 22 types; every 10th event repeats one of the last 50 (another article reporting
// the same happening), so that merging has work.
//
// Usage: graph_bench [--cache DIR] [--chunk EVENTS] [N...] (default 10000 100000 1000000). Stores
// go under $TMPDIR and are deleted. --chunk sets LinkOptions::chunk_events (default 150000). With
// --cache, each size's written (unlinked) store is kept as DIR/N and copied from there on later
// runs, so that comparing linkers does not pay the write each time; its write time is then printed
// as 0.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "engine/graph/graph.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU seconds of the calling thread, or of the whole process with its RocksDB background threads:
// on a shared machine these show the work, where wall time also shows waiting for a core.
// clock_gettime, not getrusage, whose thread times move in scheduler ticks.
double CpuSeconds(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

uint64_t DiskBytes(const std::filesystem::path& dir) {
  uint64_t total = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(dir)) {
    if (f.is_regular_file()) total += f.file_size();
  }
  return total;
}

// Zipf(1) over [0, n) by inverse transform on the precomputed cumulative weights.
class Zipf {
 public:
  explicit Zipf(size_t n) : cdf_(n) {
    double sum = 0;
    for (size_t i = 0; i < n; ++i) cdf_[i] = (sum += 1.0 / static_cast<double>(i + 1));
    for (auto& c : cdf_) c /= sum;
  }
  size_t operator()(std::mt19937_64& rng) const {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
  }

 private:
  std::vector<double> cdf_;
};

struct Percentiles {
  double p50, p99;
};
Percentiles Of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)]};
}

int Run(size_t n, const std::string& cache, const eg::LinkOptions& options) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("eg-graph-bench-" + std::to_string(n));
  fs::remove_all(dir);
  const fs::path cached = cache.empty() ? fs::path() : fs::path(cache) / std::to_string(n);
  const bool reuse = !cache.empty() && fs::exists(cached);
  if (reuse) fs::copy(cached, dir, fs::copy_options::recursive);
  auto opened = eg::Store::Open(dir.string());
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return 1;
  }
  std::unique_ptr<eg::Store> store = std::move(opened).value();

  std::mt19937_64 rng(42);
  constexpr size_t kActors = 20000, kPlaces = 2000, kEventsPerArticle = 20;
  const Zipf actors(kActors), places(kPlaces);
  const auto& types = eg::EventTypes();
  const eg::Date first(2015, 1, 1);
  constexpr int kDays = 3650;
  std::vector<eg::Entity> actor_entities(kActors), place_entities(kPlaces);
  for (size_t i = 0; i < kActors; ++i) {
    actor_entities[i].id = "person:actor-" + std::to_string(i);
    actor_entities[i].name = "Actor " + std::to_string(i);
  }
  for (size_t i = 0; i < kPlaces; ++i) {
    place_entities[i].id = "location:place-" + std::to_string(i);
    place_entities[i].kind = eg::EntityKind::kLocation;
    place_entities[i].name = "Place " + std::to_string(i);
    place_entities[i].country = std::string(1, static_cast<char>('A' + i % 26)) + "X";
    place_entities[i].lat = -60.0 + static_cast<double>(i % 120);
    place_entities[i].lon = -170.0 + static_cast<double>((i * 7) % 340);
  }

  const auto write_start = Clock::now();
  std::vector<eg::Event> recent;
  size_t written = 0;
  for (size_t art = 0; !reuse && written < n; ++art) {
    eg::Article a;
    char id[32];
    std::snprintf(id, sizeof id, "art:%016zx", art);
    a.id = id;
    a.text = "synthetic";
    std::vector<eg::Event> events;
    std::vector<eg::Entity> entities;
    for (size_t k = 0; k < kEventsPerArticle && written < n; ++k, ++written) {
      eg::Event e;
      char eid[32];
      std::snprintf(eid, sizeof eid, "ev:%016zx", written);
      e.id = eid;
      if (written % 10 == 9 && !recent.empty()) {
        // Another report of a recent happening: same type, day, people and place.
        const eg::Event& twin = recent[rng() % recent.size()];
        e.type = twin.type;
        e.time = twin.time;
        e.participants = twin.participants;
        e.location = twin.location;
      } else {
        e.type = std::string(types[rng() % (types.size() - 1)].type);
        const eg::Date day = first + boost::gregorian::days(static_cast<long>(rng() % kDays));
        const int shape = static_cast<int>(rng() % 100);
        e.time.basis = eg::TimeBasis::kExplicit;
        if (shape < 70) {
          e.time.begin = e.time.end = day;
          e.time.precision = eg::Precision::kDay;
        } else if (shape < 75) {
          e.time.begin = day;
          e.time.end = day + boost::gregorian::days(6);
          e.time.precision = eg::Precision::kWeek;
        } else if (shape < 87) {
          e.time.begin = eg::Date(day.year(), day.month(), 1);
          e.time.end = day.end_of_month();
          e.time.precision = eg::Precision::kMonth;
        } else if (shape < 90) {
          e.time.begin = eg::Date(day.year(), 1, 1);
          e.time.end = eg::Date(day.year(), 12, 31);
          e.time.precision = eg::Precision::kYear;
        } else if (shape < 97) {
          e.time.end = day;
          e.time.basis = eg::TimeBasis::kTense;
        } else {
          e.time.begin = day;
          e.time.basis = eg::TimeBasis::kTense;
        }
        const size_t who = 1 + rng() % 3;
        for (size_t p = 0; p < who; ++p) {
          const std::string& actor = actor_entities[actors(rng)].id;
          if (std::none_of(e.participants.begin(), e.participants.end(),
                           [&](const eg::Participant& q) { return q.entity == actor; }))
            e.participants.push_back({actor, p == 0 ? eg::Role::kSource : eg::Role::kTarget});
        }
        const eg::Entity& place = place_entities[places(rng)];
        e.location = eg::Location{place.id, place.name, "in", place.lat, place.lon};
      }
      e.label = e.type;
      e.evidence.push_back(eg::Evidence{a.id, {0, 9}, {0, 9}, e.type});
      for (const auto& p : e.participants) entities.push_back(actor_entities[std::stoul(p.entity.substr(13))]);
      entities.push_back(place_entities[std::stoul(e.location->entity.substr(15))]);
      recent.push_back(e);
      if (recent.size() > 50) recent.erase(recent.begin());
      events.push_back(std::move(e));
    }
    auto put = store->PutArticle(a, entities, events);
    if (!put.ok()) {
      std::fprintf(stderr, "%s\n", put.status().ToString().c_str());
      return 1;
    }
  }
  const double write_s = reuse ? 0.0 : Seconds(write_start);
  if (!cache.empty() && !reuse) {
    // A copy of the written store: close it so that the copy is whole, then open it again.
    store.reset();
    fs::create_directories(cached.parent_path());
    fs::copy(dir, cached, fs::copy_options::recursive);
    auto again = eg::Store::Open(dir.string());
    if (!again.ok()) {
      std::fprintf(stderr, "%s\n", again.status().ToString().c_str());
      return 1;
    }
    store = std::move(again).value();
  }

  // The import's flushes and compactions are done before the clock starts, and the link's own
  // are waited for before the process's CPU is read: the link is charged with the background work
  // it causes, no more and no less.
  if (auto settled = store->WaitForBackgroundWork(); !settled.ok()) {
    std::fprintf(stderr, "%s\n", settled.ToString().c_str());
    return 1;
  }
  const auto link_start = Clock::now();
  const double thread_cpu0 = CpuSeconds(CLOCK_THREAD_CPUTIME_ID), process_cpu0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
  auto report = eg::LinkStore(*store, {}, options);
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
    return 1;
  }
  const double link_s = Seconds(link_start);
  const double link_thread_cpu = CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread_cpu0;
  if (auto settled = store->WaitForBackgroundWork(); !settled.ok()) {
    std::fprintf(stderr, "%s\n", settled.ToString().c_str());
    return 1;
  }
  const double link_process_cpu = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process_cpu0;
  // Linked means no longer pending: a link that left marks behind would be repeated by the next.
  const auto left = store->PendingEvents();
  if (!left.ok() || !left->empty()) {
    std::fprintf(stderr, "after the link: %s\n",
                 left.ok() ? (std::to_string(left->size()) + " events still pending").c_str()
                           : left.status().ToString().c_str());
    return 1;
  }

  // The queries draw from a generator of their own, so that a store copied from the cache is asked
  // the same questions.
  std::mt19937_64 query_rng(7);
  // Queries: 1000 of each, actors drawn from the same skewed distribution (so the big ones are
  // asked about often), from a random day, the first 100 events.
  // Wall time, and the thread's CPU time: on a shared machine a query's wall time now and then
  // includes a wait for a core (a scheduler slice is several milliseconds), which CPU time leaves
  // out.
  std::vector<double> timeline_ms, range_ms, timeline_cpu_ms, range_cpu_ms;
  size_t timeline_hits = 0, range_hits = 0;
  for (int i = 0; i < 1000; ++i) {
    eg::EventQuery q;
    q.entity = actor_entities[actors(query_rng)].id;
    q.from = first + boost::gregorian::days(static_cast<long>(query_rng() % kDays));
    q.limit = 100;
    auto t0 = Clock::now();
    double c0 = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    auto r = store->Events(q);
    timeline_ms.push_back(Seconds(t0) * 1000);
    timeline_cpu_ms.push_back((CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - c0) * 1000);
    if (r.ok()) timeline_hits += r->size();

    eg::EventQuery w;
    w.from = first + boost::gregorian::days(static_cast<long>(query_rng() % kDays));
    w.to = *w.from + boost::gregorian::days(30);
    w.limit = 100;
    t0 = Clock::now();
    c0 = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    r = store->Events(w);
    range_ms.push_back(Seconds(t0) * 1000);
    range_cpu_ms.push_back((CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - c0) * 1000);
    if (r.ok()) range_hits += r->size();
  }
  const auto stats = store->Stats();
  store.reset();
  const Percentiles tl = Of(timeline_ms), rg = Of(range_ms);
  const Percentiles tl_cpu = Of(timeline_cpu_ms), rg_cpu = Of(range_cpu_ms);
  std::printf("events %8zu | write %6.1f s | store %7.1f MB | peak RSS %5ld MB\n", n, write_s, DiskBytes(dir) / 1e6,
              PeakRssMb());
  std::printf(
      "  link %6.1f s wall, CPU %.1f s linking thread, %.1f s with RocksDB's threads to the end of "
      "their compactions: %zu linked, %zu merged, "
      "%zu time + %zu text + %zu vague relations (%zu implied left out), %zu storylines, %llu "
      "relations stored\n",
      link_s, link_thread_cpu, link_process_cpu, report->linked_events, report->merged_events,
      report->time_relations, report->text_relations, report->vague_relations,
      report->implied_relations, report->storylines,
      stats.ok() ? static_cast<unsigned long long>(stats->relations) : 0ULL);
  std::printf(
      "  entity timeline p50 %.2f ms p99 %.2f ms (CPU p50 %.2f ms p99 %.2f ms), avg %zu rows | time range p50 "
      "%.2f ms p99 %.2f ms (CPU p50 %.2f ms p99 %.2f ms), avg %zu rows\n",
      tl.p50, tl.p99, tl_cpu.p50, tl_cpu.p99, timeline_hits / 1000, rg.p50, rg.p99, rg_cpu.p50, rg_cpu.p99,
      range_hits / 1000);
  std::printf("  link phases:");
  for (const auto& [phase, seconds] : report->phase_seconds)
    std::printf(" %s %.1f s (CPU %.1f s);", phase.c_str(), seconds, report->phase_cpu_seconds[phase]);
  std::printf("\n");
  std::fflush(stdout);
  fs::remove_all(dir);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes;
  std::string cache;
  eg::LinkOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool number = i + 1 < argc && std::string(argv[i + 1]).find_first_not_of("0123456789") ==
                                            std::string::npos;
    if (arg == "--cache" && i + 1 < argc) {
      cache = argv[++i];
    } else if (arg == "--chunk" && number) {
      options.chunk_events = std::stoul(argv[++i]);
    } else if (arg.empty() || arg.find_first_not_of("0123456789") != std::string::npos) {
      std::fprintf(stderr, "usage: graph_bench [--cache DIR] [--chunk EVENTS] [N...]\n");
      return 2;
    } else {
      sizes.push_back(std::stoul(arg));
    }
  }
  if (sizes.empty()) sizes = {10000, 100000, 1000000};
  for (size_t n : sizes) {
    if (int rc = Run(n, cache, options); rc != 0) return rc;
  }
  return 0;
}
