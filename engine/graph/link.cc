// Incremental linking: cross-article merging, sources, time and text relations, the consistency
// check, composition within articles, storylines, and undoing merges.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <climits>
#include <cstring>
#include <ctime>
#include <deque>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "engine/graph/entities.h"
#include "engine/graph/graph.h"
#include "engine/store/key_format.h"
#include "engine/store/value_format.h"

namespace eg {
namespace {

// Pending events are handled in time-ordered chunks (LinkOptions::chunk_events), so that each
// entity's window scan covers only the chunk's days and memory stays bounded however many events
// wait. Known limit: two events of one article that fall into different chunks are not related to
// each other (an article of 2022 that recalls 2014, in an import of more than a chunk of events);
// graph_bench's synthetic articles, which spread their events over ten years, lose many such
// pairs, so its relation counts depend on the chunk size (its merges do not).
// Neighbours related on each side of a pending event: within an article (a small group whose
// events a reader sees together) nearly all pairs; within an entity's events the nearest few.
constexpr size_t kArticleNeighbours = 24;
constexpr size_t kNeighbours = 2;
// Days around a chunk that an entity's window scan reaches, so neighbours just outside are seen.
constexpr long kMarginDays = 92;
// Closed spans up to this many days (ten years) are read from the index chunk by chunk; longer and
// open ones once per run (Linker::ScanEntity).
constexpr uint32_t kShortSpanDays = 3653;
// The stored BEFORE edges are consulted by the cycle check (of text edges) only in runs this
// small; in bulk runs it covers the edges this run adds.
constexpr size_t kStoredCycleCheckLimit = 5000;
constexpr size_t kCycleSearchNodes = 512;
constexpr size_t kMaxComposed = 400;  // events per article for the cubic composition
constexpr size_t kMinStoryline = 3;

// Adds the wall-clock time of its scope to one phase of the report.
class PhaseTimer {
 public:
  PhaseTimer(LinkReport& report, const char* phase)
      : report_(report), phase_(phase), start_(std::chrono::steady_clock::now()), cpu_start_(ThreadCpu()) {}
  ~PhaseTimer() { Stop(); }
  void Stop() {
    if (!phase_) return;
    report_.phase_seconds[phase_] +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    report_.phase_cpu_seconds[phase_] += ThreadCpu() - cpu_start_;
    phase_ = nullptr;
  }

 private:
  static double ThreadCpu() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
  }

  LinkReport& report_;
  const char* phase_;
  std::chrono::steady_clock::time_point start_;
  double cpu_start_;
};

bool IsOrder(RelationType t) { return t == RelationType::kBefore || t == RelationType::kAfter; }

RelationType Inverse(RelationType t) {
  switch (t) {
    case RelationType::kBefore: return RelationType::kAfter;
    case RelationType::kAfter: return RelationType::kBefore;
    case RelationType::kIBefore: return RelationType::kIAfter;
    case RelationType::kIAfter: return RelationType::kIBefore;
    case RelationType::kIncludes: return RelationType::kIsIncluded;
    case RelationType::kIsIncluded: return RelationType::kIncludes;
    default: return t;  // SIMULTANEOUS, VAGUE, and OVERLAPS / BEGINS / ENDS read as unordered
  }
}

bool Directional(RelationType t) {
  return t == RelationType::kCauses || t == RelationType::kPartOf || t == RelationType::kDuring;
}

// Temporal relations are kept one per unordered pair, written from the smaller id; a VAGUE
// relation's possible set turns with it.
// The relation read the other way: its ends swapped, its type and possible set inverted.
void Turn(Relation& r) {
  std::swap(r.from, r.to);
  r.type = Inverse(r.type);
  uint32_t turned = 0;
  for (int t = 0; t <= static_cast<int>(RelationType::kPartOf); ++t) {
    if (r.possible & (1u << t))
      turned |= 1u << static_cast<int>(Inverse(static_cast<RelationType>(t)));
  }
  r.possible = turned;
}

Relation Canonical(Relation r) {
  if (!Directional(r.type) && r.to < r.from) Turn(r);
  return r;
}

// How well-founded a relation is: bounds that decide it, then text, then readings and VAGUE.
// (A Relation or a ChosenRelation.)
template <typename WithBasis>
std::pair<int, double> Strength(const WithBasis& r) {
  if (r.basis == RelationBasis::kTime && r.confidence >= 1.0) return {3, r.confidence};
  if (r.basis == RelationBasis::kText) return {2, r.confidence};
  return {r.type == RelationType::kVague ? 0 : 1, r.confidence};
}

std::set<std::string> ArticlesOf(const Event& e) {
  std::set<std::string> out;
  for (const auto& ev : e.evidence) out.insert(ev.article);
  return out;
}

long DayOf(const Date& d) { return d.day_number(); }

// The date of a day number, clamped to boost's calendar (1400-01-01 .. 9999-12-31).
Date DateOfDay(long day) {
  const Date first(1400, 1, 1), last(9999, 12, 31);
  day = std::clamp(day, long(first.day_number()), long(last.day_number()));
  return first + boost::gregorian::days(day - long(first.day_number()));
}

// Sort key of a span for the neighbour sweep: open sides read by the recency year, as
// RelateSpansLikely does, so an undated past event sorts near its article's date.
std::pair<long, long> SweepKey(const TimeSpan& t) {
  long b = t.begin ? DayOf(*t.begin) : LONG_MIN / 4;
  long e = t.end ? DayOf(*t.end) : LONG_MAX / 4;
  if (!t.begin && t.end) b = e - 365;
  if (!t.end && t.begin) e = b + 365;
  return {b, e};
}

// ---- sources ------------------------------------------------------------------------------

// The wire service an article credits near its start ("(Reuters) -", "Associated Press"), or "".
std::string WireOf(const Article& a) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kWires = {
      {"(Reuters)", "reuters"}, {"Reuters", "reuters"},  {"(AP)", "ap"},
      {"Associated Press", "ap"}, {"(AFP)", "afp"},      {"Agence France-Presse", "afp"},
      {"(dpa)", "dpa"},           {"(UNIAN)", "unian"},  {"Interfax", "interfax"}};
  const std::string_view head = std::string_view(a.text).substr(0, 300);
  for (const auto& [mark, wire] : kWires) {
    if (head.find(mark) != std::string_view::npos || a.source == mark) return std::string(wire);
  }
  return "";
}

std::set<std::string> Shingles(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  std::set<std::string> out;
  for (size_t i = 0; i + 2 < words.size(); ++i) out.insert(words[i] + " " + words[i + 1] + " " + words[i + 2]);
  if (words.size() < 3 && !words.empty()) out.insert(words[0]);
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  size_t common = 0;
  for (const auto& s : a) common += b.count(s);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Sets `sources` (distinct articles) and `independent_sources` (articles joined when they carry
// the same wire credit or their evidence sentences are near-identical, Jaccard >= 0.8 over word
// trigrams: syndicated copies of one report).
Status CountSources(Store& store, Event& e, std::map<std::string, std::optional<Article>>& cache) {
  const std::set<std::string> arts = ArticlesOf(e);
  e.sources = static_cast<int>(arts.size());
  if (arts.size() <= 1) {
    e.independent_sources = e.sources;
    return Status::Ok();
  }
  std::vector<std::string> ids(arts.begin(), arts.end());
  std::vector<std::string> wire(ids.size());
  std::vector<std::set<std::string>> text(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    auto it = cache.find(ids[i]);
    if (it == cache.end()) {
      EG_ASSIGN_OR_RETURN(std::optional<Article> a, store.GetArticle(ids[i]));
      it = cache.emplace(ids[i], std::move(a)).first;
    }
    if (!it->second) continue;
    wire[i] = WireOf(*it->second);
    for (const auto& ev : e.evidence) {
      if (ev.article != ids[i] || ev.sentence.end > it->second->text.size() || ev.sentence.end <= ev.sentence.begin)
        continue;
      for (auto& s : Shingles(std::string_view(it->second->text).substr(ev.sentence.begin, ev.sentence.end - ev.sentence.begin)))
        text[i].insert(std::move(s));
    }
  }
  std::vector<size_t> parent(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) parent[i] = i;
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (size_t i = 0; i < ids.size(); ++i) {
    for (size_t j = i + 1; j < ids.size(); ++j) {
      const bool same_wire = !wire[i].empty() && wire[i] == wire[j];
      if (same_wire || Jaccard(text[i], text[j]) >= 0.8) parent[find(i)] = find(j);
    }
  }
  std::set<size_t> roots;
  for (size_t i = 0; i < ids.size(); ++i) roots.insert(find(i));
  e.independent_sources = static_cast<int>(roots.size());
  return Status::Ok();
}

// ---- the run --------------------------------------------------------------------------------

// One event of a chunk's neighbourhood, addressed by its index in the chunk's node table, so that
// sorting, pair bookkeeping and relation choice work on integers, not on id strings.
constexpr uint32_t kNoClass = UINT32_MAX;  // the merge class of "other", which never merges
constexpr uint32_t kNoDigest = UINT32_MAX;  // a node without a digest yet

// What the merge screening reads of a candidate (TryMerge) comes first, in a few adjacent cache
// lines: it visits many candidates per event in a dense store.
struct Node {
  long hard_begin = LONG_MIN;   // the bounds as day numbers, open sides at the extremes
  long hard_end = LONG_MAX;
  uint32_t seen_by = 0;    // the last TryMerge that looked at it
  bool gone = false;       // merged into another event in this run
  bool unsettled = false;  // a fresh event of the chunk not yet tried: it may still merge away
  bool fresh = false;      // an event of the chunk written by an import (it may merge away)
  bool pending = false;    // linked in this chunk
  // The country of its place is filed (LearnCountry); reset when a merge may change its place.
  bool countries_learned = false;
  uint32_t merge_class = kNoClass;  // ClassOf(type)
  std::string type;
  // Its MergeDigest in Linker::digests_, made when the node is first a merge candidate (kept
  // apart: few nodes need one, and it would double the size of every node).
  uint32_t digest = kNoDigest;
  // A view of storage that outlives the chunk: the bulk index's record of the event, or
  // Linker::node_id_store_.
  std::string_view id;
  uint32_t event = UINT32_MAX;     // its number in the bulk index (EntityIndex), once looked up
  std::optional<Date> begin, end;  // the span's bounds and basis: what relating needs
  TimeBasis basis = TimeBasis::kPublication;
  std::pair<long, long> key;  // SweepKey(span)
};

// What the relation sweep reads of a node (RunChunk).
struct SweepNode {
  std::pair<long, long> key;  // SweepKey(span)
  long hard_begin, hard_end;
  std::optional<Date> begin, end;
  TimeBasis basis;
  uint32_t rank;  // of the id in byte order
  bool pending;
};

// The merge class of a type: the types that CrossArticleTie lets merge share one (meet,
// negotiate and visit are one class), so a candidate list per entity and class holds only events
// that may tie; "" for "other", which never merges.
std::string_view MergeClass(std::string_view type) {
  if (type == "other") return "";
  if (IsGathering(type)) return "meet";
  return type;
}

// (begin day, node) of the events of one entity and merge class that can merge, sorted.
// Each entry also carries the node's end day, so that the screening turns away a candidate whose
// span ends before the incoming event begins (most of a busy entity's month) without touching its
// node. Entries are ordered by (begin, node); the end is at least the node's current end day.
// It also carries the node's merge signature (MergeSignature), which turns most of the remaining
// candidates away without touching the node either: most candidates of a busy entity share that
// entity and little else, and each look at one's node (over a hundred bytes, scattered) missed
// the cache.
struct Candidate {
  int32_t begin;
  int32_t end;
  uint32_t node;
  uint64_t sig;
  bool operator<(const Candidate& o) const { return begin != o.begin ? begin < o.begin : node < o.node; }
};

struct CandidateList {
  std::vector<Candidate> entries;
  // Where the last search (LowerBound) ended. A chunk's events are screened in time order, so the
  // next search of a list mostly ends at or a little after the last one.
  size_t hint = 0;

  // The first entry not less than `key`. Searched outward from the hint, in steps that double:
  // a few neighbouring entries when the hint is near, where a binary search over a busy entity's
  // list misses the cache at every step. Exact from any hint; the hint moves to the answer.
  std::vector<Candidate>::iterator LowerBound(const Candidate& key) {
    const size_t n = entries.size();
    const size_t h = std::min(hint, n);
    size_t lo = 0, hi = 0;  // the answer lies in [lo, hi]
    if (h < n && entries[h] < key) {
      lo = h + 1;
      hi = n;
      for (size_t step = 1;; step *= 2) {
        const size_t probe = lo + step - 1;
        if (probe >= n) break;
        if (!(entries[probe] < key)) {
          hi = probe;
          break;
        }
        lo = probe + 1;
      }
    } else {
      hi = h;
      for (size_t step = 1; hi > 0; step *= 2) {
        const size_t probe = hi >= step ? hi - step : 0;
        if (entries[probe] < key) {
          lo = probe + 1;
          break;
        }
        hi = probe;
      }
    }
    const auto at = std::lower_bound(entries.begin() + static_cast<std::ptrdiff_t>(lo),
                                     entries.begin() + static_cast<std::ptrdiff_t>(hi), key);
    hint = static_cast<size_t>(at - entries.begin());
    return at;
  }
};
// Merge class -> its candidate list, for one entity.
// Merge class number (Linker::ClassOf) -> its candidate list, for one entity; a class the entity
// has no list for is nullopt.
using ClassLists = std::vector<std::optional<CandidateList>>;

// An index entry of a long or open span, kept for the whole run with its sweep key and bounds.
struct LongSpan {
  std::pair<long, long> key;  // SweepKey
  long hard_begin, hard_end;  // day numbers, open sides at the extremes
  IndexedEvent entry;
};

// The span of a node or of an index entry: the bounds and basis that relating needs.
template <typename WithBounds>
TimeSpan SpanOf(const WithBounds& n) {
  TimeSpan t;
  t.begin = n.begin;
  t.end = n.end;
  t.basis = n.basis;
  return t;
}

// A relation of a chunk's table of chosen relations (RelationTable) without its ends, which the
// table's key names as nodes: a bulk chunk chooses some 600 000, and a Relation's two strings
// would triple each entry.
struct ChosenRelation {
  RelationType type = RelationType::kVague;
  RelationBasis basis = RelationBasis::kTime;
  uint32_t possible = 0;
  double confidence = 0.0;
};

ChosenRelation ChosenOf(const Relation& r) {
  return ChosenRelation{r.type, r.basis, r.possible, r.confidence};
}

// The relation chosen for each pair of nodes (key: from node << 32 | to node), the entries in one
// vector and their places in one open-addressed array: the sweep offers every relation it finds
// here (millions in a bulk run), and a node-based map allocated each. Iteration is in insertion
// order; Erase moves the last entry into the erased one's place.
class RelationTable {
 public:
  using Entry = std::pair<uint64_t, ChosenRelation>;
  // Room for `n` entries, the slots allocated once (doubling to a million slots allocates and
  // clears twice the memory, page by page).
  void Reserve(size_t n) {
    entries_.reserve(n);
    size_t capacity = slots_.size();
    while (2 * n > capacity) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }
  // The entry of `key`, created from `r` when there is none; whether it was created.
  std::pair<Entry*, bool> TryEmplace(uint64_t key, const ChosenRelation& r) {
    size_t at = SlotOf(key);
    if (slots_[at].index != kEmpty) return {&entries_[slots_[at].index], false};
    if (2 * (used_ + 1) > slots_.size()) {
      Grow();
      at = SlotOf(key);
    }
    slots_[at] = Slot{key, static_cast<uint32_t>(entries_.size())};
    ++used_;
    entries_.emplace_back(key, r);
    return {&entries_.back(), true};
  }
  Entry* Find(uint64_t key) {
    const size_t at = SlotOf(key);
    return slots_[at].index == kEmpty ? nullptr : &entries_[slots_[at].index];
  }
  void Erase(uint64_t key) {
    const size_t at = SlotOf(key);
    const uint32_t index = slots_[at].index;
    if (index == kEmpty) return;
    slots_[at].index = kGone;  // a tombstone: later keys may have probed past it
    if (index + 1 != entries_.size()) {
      entries_[index] = std::move(entries_.back());
      slots_[SlotOf(entries_[index].first)].index = index;
    }
    entries_.pop_back();
  }
  size_t size() const { return entries_.size(); }
  std::vector<Entry>::iterator begin() { return entries_.begin(); }
  std::vector<Entry>::iterator end() { return entries_.end(); }
  void Clear() {
    entries_.clear();
    slots_.assign(16, Slot{0, kEmpty});
    used_ = 0;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr uint32_t kGone = UINT32_MAX - 1;
  struct Slot {
    uint64_t key;
    uint32_t index;
  };
  // Where `key` is, or the empty slot where it would go.
  size_t SlotOf(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t at = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;;
         at = (at + 1) & mask) {
      if (slots_[at].index == kEmpty || (slots_[at].index != kGone && slots_[at].key == key))
        return at;
    }
  }
  void Grow() { Rehash(slots_.size() * 2); }
  void Rehash(size_t capacity) {
    slots_.assign(capacity, Slot{0, kEmpty});
    used_ = entries_.size();
    for (uint32_t i = 0; i < entries_.size(); ++i)
      slots_[SlotOf(entries_[i].first)] = Slot{entries_[i].first, i};
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_ = std::vector<Slot>(16, Slot{0, kEmpty});
  size_t used_ = 0;  // slots holding an entry or a tombstone
};

// Event ids -> numbers, open addressing over (hash, id view, number) in one array. The linker
// asks it for every index entry the window scans read (id -> node) and, as a set, whether each
// node of each chunk is still unlinked or fresh: millions of lookups in a bulk run, where a
// node-based map costs two or three cache misses a lookup and this one, plus one to confirm the
// id. The ids are views: the caller keeps the strings alive while they are filed.
class IdTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static uint64_t Hash(std::string_view id) { return std::hash<std::string_view>()(id); }

  void Reserve(size_t n) {
    while (2 * n > slots_.size()) Grow();
  }
  void Clear() {
    slots_.assign(16, Slot{});
    used_ = 0;
  }
  // The number filed under `id` (whose Hash is `hash`), or kNone.
  uint32_t Find(std::string_view id, uint64_t hash) const {
    const Slot& s = slots_[SlotOf(id, hash)];
    return s.value;
  }
  bool Contains(std::string_view id) const { return Find(id, Hash(id)) != kNone; }
  // Files `value` under `id` (a view that stays valid); the caller has checked that the id is not
  // filed.
  void Insert(std::string_view id, uint64_t hash, uint32_t value) {
    if (2 * (used_ + 1) > slots_.size()) Grow();
    Place(Slot{hash, id.data(), static_cast<uint32_t>(id.size()), value});
    ++used_;
  }
  // As a set: files `id` unless it is filed.
  void Add(std::string_view id) {
    const uint64_t hash = Hash(id);
    if (Find(id, hash) == kNone) Insert(id, hash, 0);
  }
  void Erase(std::string_view id) {
    Slot& s = slots_[SlotOf(id, Hash(id))];
    if (s.value != kNone) s.value = kGone;  // a tombstone: later ids may have probed past it
  }

 private:
  static constexpr uint32_t kGone = UINT32_MAX - 1;
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t value = kNone;
  };
  // The slot filed under `id`, or the empty slot that ends its probe.
  size_t SlotOf(std::string_view id, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.value == kNone) return at;
      if (s.value != kGone && s.hash == hash && s.size == id.size() &&
          std::memcmp(s.data, id.data(), id.size()) == 0) {
        return at;
      }
    }
  }
  void Place(Slot slot) {
    const size_t mask = slots_.size() - 1;
    size_t at = slot.hash & mask;
    while (slots_[at].value != kNone) at = (at + 1) & mask;
    slots_[at] = slot;
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old) {
      if (s.value == kNone || s.value == kGone) continue;
      Place(s);
      ++used_;
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(16);
  size_t used_ = 0;  // slots filed or erased
};

const std::string kNoId;

// Hash tables keyed by strings that are also searched by views (heterogeneous lookup), so that a
// lookup of an id the caller holds as a view does not build a string.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using StringSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, ViewHash, std::equal_to<>>;

using EntityViews = boost::container::small_vector<std::string_view, 6>;
// The distinct entity ids among the participants' `ids` (empty ones skipped) and `place`, in byte
// order.
template <typename Ids>
EntityViews DistinctEntityViews(const Ids& ids, std::string_view place) {
  EntityViews out;
  for (const std::string_view x : ids) {
    if (!x.empty()) out.push_back(x);
  }
  if (!place.empty()) out.push_back(place);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}
// The distinct entity ids an event names (participants and place) in byte order, as views of its
// strings: EntityIdsOf without building a set of copies, for loops over every event of a run.
EntityViews EntityViewsOf(const Event& e) {
  EntityViews participants;
  for (const auto& p : e.participants) participants.push_back(p.entity);
  return DistinctEntityViews(participants, e.location ? std::string_view(e.location->entity) : "");
}
// The same of a record's head (the ids the store files the event under in its entity index).
EntityViews EntityViewsOf(const store_values::EventHead& head) {
  return DistinctEntityViews(head.participants, head.location);
}

uint64_t PairKey(uint32_t a, uint32_t b) { return (uint64_t{std::min(a, b)} << 32) | std::max(a, b); }

// A set of PairKeys of distinct nodes (never 0), open addressing in one array: the sweep asks it
// once for every pair it considers (millions in a bulk run), where a node-based set would allocate
// each entry.
class PairSet {
 public:
  // Empty, with room for `expected` keys (the memory of earlier rounds is kept).
  void Reset(size_t expected) {
    size_t capacity = 16;
    while (capacity < 2 * expected) capacity <<= 1;
    slots_.assign(capacity, 0);
    size_ = 0;
  }
  // Whether `key` was not in the set (it is now).
  bool Insert(uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    for (size_t at = Slot(key);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at] == key) return false;
      if (slots_[at] == 0) {
        slots_[at] = key;
        ++size_;
        return true;
      }
    }
  }

 private:
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
  }
  void Grow() {
    std::vector<uint64_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    size_ = 0;
    for (uint64_t key : old) {
      if (key != 0) Insert(key);
    }
  }

  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// The store's entity index (entity_events) in memory, for a bulk run (LinkOptions::bulk_from):
// made from the event records in one sequential pass, where the chunks would otherwise scan the
// store once per entity and chunk (each scan seeking into every span bucket and sorting what it
// found), and kept in step with the changes of events the run applies (Erase, Put), so that every
// scan sees what the store would answer at that moment. Events are numbered in the order of the
// index keys (begin, end, id); an entity's entries are kept per span bucket
// (store_keys::SpanBucket) in (begin, end, event) order, as the store keeps them.
// The same pass keeps each event's record as the store holds it (StoredRecord): a bulk run reads
// nearly every event, and decoding the kept bytes costs a fraction of a point lookup in the store.
class EntityIndex {
 public:
  // An entry of an entity's index: an event's number and its span's days (the index keys'), of the
  // event's `version`th state (current_).
  struct Entry {
    uint32_t begin_day, end_day, event, version;
  };
  // An event as the index knows it.
  // (Whether it is current is kept apart, in current_: a window scan asks that of every entry it
  // reads, and the record itself only of an event new to the chunk.)
  struct Record {
    std::string id;
    std::optional<Date> begin, end;
    uint32_t begin_day = 0, end_day = 0;  // the index keys' day numbers
    TimeBasis basis = TimeBasis::kPublication;
    uint16_t type = 0;  // into TypeName
    TimeSpan Span() const {
      TimeSpan t;
      t.begin = begin;
      t.end = end;
      t.basis = basis;
      return t;
    }
  };

  Status Load(Store& store) {
    store_values::EventHead head;
    // The records, kept as the pass reads them (in id order), with their spans' days. Each head is
    // read again from the kept bytes once the records are in order: cheaper than holding a million
    // heads with their lists of entities.
    struct Read {
      uint32_t begin_day, end_day;
      const char* record;
      uint32_t record_size;
    };
    std::vector<Read> read;
    const Status scanned =
        store.ForEachEventRecord([&](std::string_view id, std::string_view record) -> Status {
          EG_RETURN_IF_ERROR(
              store_values::ReadEventHead(record, head).WithPrefix("events/" + std::string(id)));
          const std::string_view kept = Keep(record);
          read.push_back(
              Read{head.begin_day, head.end_day, kept.data(), static_cast<uint32_t>(kept.size())});
          return Status::Ok();
        });
    if (!scanned.ok()) return scanned;
    // Events are numbered in (begin, end, id) order, the order of the store's index keys: the
    // entries of each entity then come in that order too, and a chunk's window scans (which visit
    // the events of some months) read neighbouring records. (A stable sort of the id-ordered pass.)
    std::stable_sort(read.begin(), read.end(), [](const Read& a, const Read& b) {
      return std::tie(a.begin_day, a.end_day) < std::tie(b.begin_day, b.end_day);
    });
    kept_.reserve(read.size());
    for (const Read& r : read) {
      const std::string_view record(r.record, r.record_size);
      EG_RETURN_IF_ERROR(store_values::ReadEventHead(record, head));
      EG_ASSIGN_OR_RETURN(uint32_t event,
                          EventOf(head.id, r.begin_day, r.end_day, head.basis, head.type));
      signatures_[event] = MergeSignature(head.participants, head.roles, &head.location, head.basis,
                                          r.begin_day == r.end_day);
      if (kept_.size() <= event) kept_.resize(event + 1);
      kept_[event] = record;
      for (const auto x : EntityViewsOf(head))
        Add(EntriesOf(x), r.begin_day, r.end_day, event, /*sorted=*/true);
    }
    // The runs grew by doubling: up to half of a million events' entries would be spare room.
    for (auto& x : entities_) {
      for (auto& run : x.buckets) run.shrink_to_fit();
    }
    return Status::Ok();
  }

  // The record of event `id` as the store holds it, when the pass read it and the run has not
  // rewritten or erased the event since; else nullopt (the store has it, or not).
  std::optional<std::string_view> StoredRecord(std::string_view id) const {
    return StoredRecordOf(events_of_.Find(id, IdTable::Hash(id)));
  }
  // The same by the event's number (IdTable::kNone: none).
  std::optional<std::string_view> StoredRecordOf(uint32_t event) const {
    if (event == IdTable::kNone) return std::nullopt;
    if ((current_[event] & kErased) || event >= kept_.size() || !kept_[event].data())
      return std::nullopt;
    return kept_[event];
  }

  // The number of event `id`, or IdTable::kNone when the index has never filed it.
  uint32_t Number(std::string_view id) const { return events_of_.Find(id, IdTable::Hash(id)); }
  size_t size() const { return records_.size(); }

  // The store erased event `id` (if it was stored).
  void Erase(std::string_view id) {
    const uint32_t event = events_of_.Find(id, IdTable::Hash(id));
    if (event != IdTable::kNone) current_[event] |= kErased;
  }
  // The store wrote `e` with its index entries (replacing those of a stored event of that id).
  Status Put(const Event& e) {
    const uint32_t begin = store_keys::BeginDay(e.time.begin), end = store_keys::EndDay(e.time.end);
    EG_ASSIGN_OR_RETURN(uint32_t event, EventOf(e.id, begin, end, e.time.basis, e.type));
    Record& r = records_[event];
    current_[event] = (current_[event] & ~kErased) + 1;  // a new version, not erased
    if (event < kept_.size()) kept_[event] = {};         // the kept bytes are an older version
    r.begin_day = begin;
    r.end_day = end;
    r.begin = e.time.begin;
    r.end = e.time.end;
    r.basis = e.time.basis;
    r.type = TypeNumber(e.type);
    types_[event] = r.type;
    signatures_[event] = MergeSignatureOf(e);
    for (const auto& x : EntityIdsOf(e)) Add(EntriesOf(x), begin, end, event, /*sorted=*/false);
    return Status::Ok();
  }

  // Calls visit(record, its number) for each event of `entity` with a closed span of at most
  // kBucketMaxDays[kBucketLongClosed - 1] days that reaches [from_day, to_day] (the store's
  // IndexScan with that window and max_span_days); with `all`, for every event of the entity.
  template <typename Visit>
  void ForEach(const std::string& entity, uint32_t from_day, uint32_t to_day, bool all,
               Visit visit) {
    ForEachEntry(entity, from_day, to_day, all,
                 [&](const Entry& at) { visit(records_[at.event], at.event); });
  }
  // The same, calling visit(entry) with the index entry (its event's number and days) only: the
  // record is read when the caller needs it (RecordOf).
  template <typename Visit>
  void ForEachEntry(const std::string& entity, uint32_t from_day, uint32_t to_day, bool all,
                    Visit visit) {
    auto it = entity_of_.find(entity);
    if (it == entity_of_.end()) return;
    EntityEntries& x = entities_[it->second];
    Sort(x);
    for (uint8_t b = 0; b < store_keys::kBucketCount; ++b) {
      const std::vector<Entry>& run = x.buckets[b];
      auto first = run.begin();
      if (!all) {
        if (b >= store_keys::kBucketLongClosed) break;
        const uint32_t reach = store_keys::kBucketMaxDays[b] - 1;
        const uint32_t seek = from_day > reach ? from_day - reach : 0;
        first = std::lower_bound(run.begin(), run.end(), seek,
                                 [](const Entry& e, uint32_t day) { return e.begin_day < day; });
      }
      for (auto at = first; at != run.end(); ++at) {
        if (!all && at->begin_day > to_day) break;
        if (!all && at->end_day < from_day) continue;
        if (current_[at->event] == at->version) visit(*at);
      }
    }
  }
  // Calls visit(record, its number) for each event of `entity` whose span is longer than
  // kBucketMaxDays[kBucketLongClosed - 1] days or open (the store's IndexScan with min_span_days).
  template <typename Visit>
  void ForEachLong(const std::string& entity, Visit visit) {
    auto it = entity_of_.find(entity);
    if (it == entity_of_.end()) return;
    EntityEntries& x = entities_[it->second];
    Sort(x);
    for (uint8_t b = store_keys::kBucketLongClosed; b < store_keys::kBucketCount; ++b) {
      for (const Entry& at : x.buckets[b]) {
        if (current_[at.event] == at.version) visit(records_[at.event], at.event);
      }
    }
  }
  const std::string& TypeName(uint16_t type) const { return type_names_[type]; }
  const Record& RecordOf(uint32_t event) const { return records_[event]; }
  // An event's type number and MergeSignature, kept in arrays of their own for the window scans,
  // which ask them of every entry and the whole record only of an event new to the chunk.
  uint16_t TypeOf(uint32_t event) const { return types_[event]; }
  uint64_t SignatureOf(uint32_t event) const { return signatures_[event]; }

 private:
  static constexpr size_t kAllSorted = SIZE_MAX;
  struct EntityEntries {
    std::vector<Entry> buckets[store_keys::kBucketCount];
    size_t sorted_size[store_keys::kBucketCount] = {kAllSorted, kAllSorted, kAllSorted, kAllSorted,
                                                    kAllSorted, kAllSorted, kAllSorted, kAllSorted,
                                                    kAllSorted, kAllSorted};
    bool sorted = true;
  };

  EntityEntries& EntriesOf(std::string_view entity) {
    if (auto it = entity_of_.find(entity); it != entity_of_.end()) return entities_[it->second];
    entity_of_.emplace(std::string(entity), static_cast<uint32_t>(entities_.size()));
    return entities_.emplace_back();
  }
  // Entries written by the run (`sorted` false) go after a run's sorted part until Sort merges them
  // in.
  void Add(EntityEntries& x, uint32_t begin, uint32_t end, uint32_t event, bool sorted) {
    const uint8_t b = store_keys::SpanBucket(begin, end);
    if (!sorted && x.sorted_size[b] == kAllSorted) x.sorted_size[b] = x.buckets[b].size();
    x.buckets[b].push_back(Entry{begin, end, event, current_[event]});
    x.sorted = x.sorted && sorted;
  }
  // Puts each bucket's entries in begin-day order, which is all the window scans rely on (ties
  // are left in any order: those that read them in id order sort them).
  void Sort(EntityEntries& x) {
    if (x.sorted) return;
    const auto by_begin = [](const Entry& a, const Entry& b) { return a.begin_day < b.begin_day; };
    for (uint8_t b = 0; b < store_keys::kBucketCount; ++b) {
      if (x.sorted_size[b] == kAllSorted) continue;
      std::vector<Entry>& run = x.buckets[b];
      const auto middle = run.begin() + static_cast<std::ptrdiff_t>(x.sorted_size[b]);
      std::sort(middle, run.end(), by_begin);
      std::inplace_merge(run.begin(), middle, run.end(), by_begin);
      x.sorted_size[b] = kAllSorted;
    }
    x.sorted = true;
  }
  // Copies `record` into the blocks; returns the copy.
  std::string_view Keep(std::string_view record) {
    if (record.size() > block_size_ - block_used_) {
      block_size_ = std::max(kRecordBlock, record.size());
      record_blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_size_));
      block_used_ = 0;
    }
    char* at = record_blocks_.back().get() + block_used_;
    std::memcpy(at, record.data(), record.size());
    block_used_ += record.size();
    return std::string_view(at, record.size());
  }
  // The number of event `id`, filed with these fields when new.
  Result<uint32_t> EventOf(std::string_view id, uint32_t begin, uint32_t end, TimeBasis basis,
                           std::string_view type) {
    const uint64_t hash = IdTable::Hash(id);
    const uint32_t found = events_of_.Find(id, hash);
    if (found != IdTable::kNone) return found;
    Record& r = records_.emplace_back();
    current_.push_back(0);
    r.id.assign(id);
    r.begin_day = begin;
    r.end_day = end;
    EG_ASSIGN_OR_RETURN(r.begin, store_keys::DayToDate(begin));
    EG_ASSIGN_OR_RETURN(r.end, store_keys::DayToDate(end));
    r.basis = basis;
    r.type = TypeNumber(type);
    types_.push_back(r.type);
    signatures_.push_back(kMergeSignatureUnknown);
    const auto event = static_cast<uint32_t>(records_.size() - 1);
    events_of_.Insert(r.id, hash, event);
    return event;
  }
  // Looked up once per event of the store (a scan of the names compared each event's type with
  // a dozen names on average).
  uint16_t TypeNumber(std::string_view type) {
    if (auto it = type_numbers_.find(type); it != type_numbers_.end()) return it->second;
    const auto number = static_cast<uint16_t>(type_names_.size());
    type_names_.emplace_back(type);
    type_numbers_.emplace(type, number);
    return number;
  }

  std::deque<Record> records_;  // a deque: events_of_ holds views of the ids
  std::vector<uint16_t> types_;       // by event: its record's type
  std::vector<uint64_t> signatures_;  // by event: its MergeSignature
  IdTable events_of_;           // event id -> index into records_
  StringMap<uint32_t> entity_of_;
  // The kept records, in blocks that never move (a growing string would copy them and, while it
  // did, hold them twice).
  static constexpr size_t kRecordBlock = size_t{16} << 20;
  std::vector<std::unique_ptr<char[]>> record_blocks_;
  size_t block_size_ = 0, block_used_ = 0;
  // Per event number, its kept record (empty once the run rewrote the event): beside the records,
  // not in them, which the window scans read and which stay one cache line each.
  std::vector<std::string_view> kept_;
  // Per event number, the version of its entries that is current, with kErased set once the run
  // erased the event (entries never carry that bit, so none of an erased event matches).
  static constexpr uint32_t kErased = 0x80000000u;
  std::vector<uint32_t> current_;
  std::vector<EntityEntries> entities_;
  std::vector<std::string> type_names_;
  StringMap<uint16_t> type_numbers_;  // type name -> its index in type_names_
};

class Linker {
 public:
  Linker(Store& store, LinkReport& report, const LinkOptions& options)
      : store_(store), report_(report), options_(options) {}

  Status Run(const std::vector<Relation>& text_relations) {
    EG_ASSIGN_OR_RETURN(std::vector<PendingEvent> pending, store_.PendingEvents());
    EG_ASSIGN_OR_RETURN(StoreStats stats, store_.Stats());
    if (!pending.empty() && pending.size() >= options_.bulk_from &&
        static_cast<double>(pending.size()) >=
            options_.bulk_share * static_cast<double>(stats.events)) {
      PhaseTimer timer(report_, "index");
      index_ = std::make_unique<EntityIndex>();
      EG_RETURN_IF_ERROR(index_->Load(store_));
    }
    small_run_ = pending.size() <= kStoredCycleCheckLimit;
    keep_order_graph_ = small_run_ || !text_relations.empty();
    {
      // In sweep-key order, ties in store order: each event's key is computed once (a million
      // events' sort compares some twenty million times), and the events are moved once.
      std::vector<std::tuple<long, long, uint32_t>> order(pending.size());
      for (size_t i = 0; i < pending.size(); ++i) {
        TimeSpan t;
        t.begin = pending[i].begin;
        t.end = pending[i].end;
        const auto [b, e] = SweepKey(t);
        order[i] = {b, e, static_cast<uint32_t>(i)};
      }
      std::sort(order.begin(), order.end());
      std::vector<PendingEvent> sorted;
      sorted.reserve(pending.size());
      for (const auto& [b, e, i] : order) sorted.push_back(std::move(pending[i]));
      pending = std::move(sorted);
    }
    // Events never linked: a relation between two of them cannot be stored yet (see unlinked_).
    if (index_) {
      unlinked_events_.assign(index_->size(), false);
      for (const auto& p : pending) {
        const uint32_t event = p.fresh ? index_->Number(p.id) : IdTable::kNone;
        if (event != IdTable::kNone) unlinked_events_[event] = true;
      }
    } else {
      unlinked_.Reserve(pending.size());
      for (const auto& p : pending) {
        if (p.fresh) unlinked_.Add(p.id);
      }
    }
    // The batch's text relations belong to the events they name; they are used in the chunk that
    // holds either end (and, past merges, the survivors).
    text_ = text_relations;
    for (size_t i = 0; i < text_.size(); ++i) {
      text_of_[text_[i].from].push_back(i);
      text_of_[text_[i].to].push_back(i);
    }
    const size_t chunk = std::max<size_t>(1, options_.chunk_events);
    for (size_t at = 0; at < pending.size(); at += chunk) {
      const size_t end = std::min(pending.size(), at + chunk);
      EG_RETURN_IF_ERROR(RunChunk(std::span<const PendingEvent>(pending).subspan(at, end - at)));
    }
    unlinked_.Clear();
    unlinked_events_.clear();
    return UpdateStorylines();
  }

 private:
  std::string Survivor(std::string id) const {
    for (auto it = absorbed_into_.find(id); it != absorbed_into_.end(); it = absorbed_into_.find(id))
      id = it->second;
    return id;
  }

  // Files the country of entity `place` in countries_ (what CrossArticleTie reads), once.
  Status LearnCountry(std::string_view place) {
    if (countries_known_.find(place) != countries_known_.end()) return Status::Ok();
    std::string code;
    if (place.starts_with("country:")) {
      code = place.substr(8);
    } else {
      EG_ASSIGN_OR_RETURN(std::optional<Entity> e, store_.GetEntity(std::string(place)));
      if (e) code = e->country;
    }
    countries_[std::string(place)] = code;
    countries_known_.emplace(place);
    return Status::Ok();
  }

  // Whether the event of `node` (or of `id`) is still unlinked, and marking it linked: by its
  // number in the bulk index when there is one (an array, where a lookup by id hashes the id and
  // misses the cache twice, in the table and in the id), else by id.
  uint32_t EventNumber(uint32_t node) {
    Node& n = nodes_[node];
    if (n.event == IdTable::kNone) n.event = index_->Number(n.id);
    return n.event;
  }
  bool Unlinked(uint32_t node) {
    if (!index_) return unlinked_.Contains(nodes_[node].id);
    const uint32_t event = EventNumber(node);
    return event < unlinked_events_.size() && unlinked_events_[event];
  }
  void MarkLinked(uint32_t node) {
    if (!index_) return unlinked_.Erase(nodes_[node].id);
    const uint32_t event = EventNumber(node);
    if (event < unlinked_events_.size()) unlinked_events_[event] = false;
  }
  void MarkLinkedId(std::string_view id) {
    if (!index_) return unlinked_.Erase(id);
    const uint32_t event = index_->Number(id);
    if (event < unlinked_events_.size()) unlinked_events_[event] = false;
  }

  // The node of `id` in this chunk's table, created (without a span) when new.
  uint32_t Intern(std::string_view id) {
    if (index_) {
      const uint32_t event = index_->Number(id);
      if (event != IdTable::kNone) return NodeOfEvent(event);
    }
    const uint64_t hash = IdTable::Hash(id);
    const uint32_t found = index_of_.Find(id, hash);
    if (found != IdTable::kNone) return found;
    const auto node = static_cast<uint32_t>(nodes_.size());
    nodes_.emplace_back().id = node_id_store_.emplace_back(id);
    index_of_.Insert(nodes_.back().id, hash, node);
    return node;
  }
  // With the bulk index, the nodes of the events it numbers are found by number (node_of_event_),
  // not filed by id: the window scans meet every event by its number, and need not hash its id.
  // The node of event number `event`, created (without a span) when new; its id is a view of the
  // index's record (not a copy: a chunk makes hundreds of thousands of nodes).
  uint32_t NodeOfEvent(uint32_t event) {
    if (event >= node_of_event_.size()) node_of_event_.resize(event + 1, IdTable::kNone);
    uint32_t& node = node_of_event_[event];
    if (node == IdTable::kNone) {
      node = static_cast<uint32_t>(nodes_.size());
      Node& n = nodes_.emplace_back();
      n.id = index_->RecordOf(event).id;
      n.event = event;
    }
    return node;
  }
  // The node of `id` if it has one, else IdTable::kNone.
  uint32_t FindNode(std::string_view id) const {
    if (index_) {
      const uint32_t event = index_->Number(id);
      if (event != IdTable::kNone)
        return event < node_of_event_.size() ? node_of_event_[event] : IdTable::kNone;
    }
    return index_of_.Find(id, IdTable::Hash(id));
  }

  void SetSpan(uint32_t node, const TimeSpan& span, std::string_view type) {
    Node& n = nodes_[node];
    n.begin = span.begin;
    n.end = span.end;
    n.basis = span.basis;
    n.key = SweepKey(span);
    n.hard_begin = span.begin ? DayOf(*span.begin) : LONG_MIN;
    n.hard_end = span.end ? DayOf(*span.end) : LONG_MAX;
    if (n.type != type || n.merge_class == kNoClass) n.merge_class = ClassOf(type);
    n.type = type;
  }

  // ClassOf the bulk index's type number `type`, each looked up once.
  uint32_t ClassOfTypeNumber(uint16_t type) {
    if (type >= class_of_type_number_.size()) class_of_type_number_.resize(type + 1, kUnlooked);
    uint32_t& known = class_of_type_number_[type];
    if (known == kUnlooked) known = ClassOf(index_->TypeName(type));
    return known;
  }

  // The number of the merge class of `type` (MergeClass), kNoClass for "other". Numbers are
  // handed out as classes are met; there are a few dozen at most.
  // Each type's class is looked up once (every node of a chunk asks).
  uint32_t ClassOf(std::string_view type) {
    if (auto known = class_of_type_.find(type); known != class_of_type_.end()) return known->second;
    const std::string_view merge_class = MergeClass(type);
    uint32_t number = kNoClass;
    if (!merge_class.empty()) {
      number = static_cast<uint32_t>(
          std::find(class_names_.begin(), class_names_.end(), merge_class) - class_names_.begin());
      if (number == class_names_.size()) class_names_.emplace_back(merge_class);
    }
    class_of_type_.emplace(type, number);
    return number;
  }

  // The events of entity `x` whose spans reach [lo - margin, hi + margin], from the index, as
  // nodes in `members_[x]`. Closed spans up to kShortSpanDays are read from the index for each
  // chunk. Longer and open spans reach far (an open end reaches every later chunk), so they are
  // read once per run and kept; a chunk takes those whose sweep keys fall within
  // [key_lo_, key_hi_], where its pending events lie, and the kNeighbours nearest on either side:
  // one further away has at least that many members between it and every pending event, so the
  // sweep would never pair it, and leaving it out changes no relation.
  Status ScanEntity(const std::string& x, long lo, long hi) {
    EventQuery q;
    q.entity = x;
    const bool windowed = lo <= hi;
    if (windowed) {
      q.from = DateOfDay(lo - kMarginDays);
      q.to = DateOfDay(hi + kMarginDays);
      q.max_span_days = kShortSpanDays;
    }
    std::vector<uint32_t>& list = members_[x];
    ClassLists& candidates = mergeable_[x];
    if (index_) {
      // An event is met under each of its entities: its node is found by its number after the
      // first time, without hashing its id.
      // The record itself is read only for an event new to the chunk. What the candidate lists
      // need is read from the entry and the index's arrays, which the node agrees with (made from
      // the record, or from the same stored event), rather than from the node, scattered over the
      // node table.
      index_->ForEachEntry(
          x, store_keys::BeginDay(q.from), store_keys::EndDay(q.to), !windowed,
          [&](const EntityIndex::Entry& at) {
            const uint32_t event = at.event;
            const size_t before = nodes_.size();
            const uint32_t node = NodeOfEvent(event);
            if (nodes_.size() > before) {
              const EntityIndex::Record& r = index_->RecordOf(event);
              SetSpan(node, r.Span(), index_->TypeName(r.type));
            }
            const long b = at.begin_day == store_keys::kOpenBeginDay ? LONG_MIN : at.begin_day;
            const long e = at.end_day == store_keys::kOpenEndDay ? LONG_MAX : at.end_day;
            List(candidates, list, node, b, e, ClassOfTypeNumber(index_->TypeOf(event)),
                 index_->SignatureOf(event));
          });
    } else {
      EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> found, store_.IndexScan(q));
      list.reserve(found.size());
      for (auto& m : found) AddMember(candidates, list, m.id, SpanOf(m), m.type);
    }
    if (!windowed) return Status::Ok();
    auto cached = long_spans_.find(x);
    if (cached == long_spans_.end()) {
      std::vector<IndexedEvent> spans;
      if (index_) {
        index_->ForEachLong(x, [&](const EntityIndex::Record& r, uint32_t) {
          spans.push_back(IndexedEvent{r.id, r.begin, r.end, r.basis, index_->TypeName(r.type)});
        });
      } else {
        EventQuery all;
        all.entity = x;
        all.min_span_days = kShortSpanDays;
        EG_ASSIGN_OR_RETURN(spans, store_.IndexScan(all));
      }
      std::vector<LongSpan> entries;
      entries.reserve(spans.size());
      for (auto& m : spans) {
        entries.push_back(LongSpan{SweepKey(SpanOf(m)), m.begin ? DayOf(*m.begin) : LONG_MIN,
                                   m.end ? DayOf(*m.end) : LONG_MAX, std::move(m)});
      }
      std::sort(entries.begin(), entries.end(), [](const LongSpan& a, const LongSpan& b) {
        return a.key != b.key ? a.key < b.key : a.entry.id < b.entry.id;
      });
      cached = long_spans_.emplace(x, std::move(entries)).first;
    }
    const std::vector<LongSpan>& spans = cached->second;
    if (spans.empty()) return Status::Ok();
    const long from = DayOf(*q.from), to = DayOf(*q.to);
    auto reaches = [&](const LongSpan& s) { return s.hard_end >= from && s.hard_begin <= to; };
    const auto first = std::lower_bound(spans.begin(), spans.end(), key_lo_,
                                        [](const LongSpan& s, long k) { return s.key.first < k; });
    const auto last = std::upper_bound(first, spans.end(), key_hi_,
                                       [](long k, const LongSpan& s) { return k < s.key.first; });
    size_t taken = 0;
    auto add = [&](const IndexedEvent& m) { AddMember(candidates, list, m.id, SpanOf(m), m.type); };
    for (auto it = first; it != spans.begin() && taken < kNeighbours;) {
      --it;
      if (reaches(*it)) add(it->entry), ++taken;
    }
    for (auto it = first; it != last; ++it) {
      if (reaches(*it)) add(it->entry);
    }
    taken = 0;
    for (auto it = last; it != spans.end() && taken < kNeighbours; ++it) {
      if (reaches(*it)) add(it->entry), ++taken;
    }
    return Status::Ok();
  }

  // Adds the event of an index entry (its id, span and type) to an entity's members (`list`)
  // and, when it can merge, to the entity's merge candidates.
  void AddMember(ClassLists& candidates, std::vector<uint32_t>& list, std::string_view id,
                 const TimeSpan& span, std::string_view type) {
    const size_t before = nodes_.size();
    const uint32_t node = Intern(id);
    if (nodes_.size() > before) {
      SetSpan(node, span, type);
    }
    const Node& n = nodes_[node];
    List(candidates, list, node, n.hard_begin, n.hard_end, n.merge_class, kMergeSignatureUnknown);
  }

  // Adds `node` to an entity's members (`list`) and, when it can merge (its bounds as day numbers,
  // `hard_begin` and `hard_end`, a month or less apart, and its type of merge class
  // `merge_class`), to the entity's merge candidates, with its merge signature `sig`.
  void List(ClassLists& candidates, std::vector<uint32_t>& list, uint32_t node, long hard_begin,
            long hard_end, uint32_t merge_class, uint64_t sig) {
    list.push_back(node);
    if (!MergeableSpan(hard_begin, hard_end) || merge_class == kNoClass) return;
    if (candidates.size() <= merge_class) candidates.resize(merge_class + 1);
    std::optional<CandidateList>& it = candidates[merge_class];
    if (!it) it.emplace();
    const Candidate entry{static_cast<int32_t>(hard_begin), static_cast<int32_t>(hard_end), node,
                          sig};
    if (!it->entries.empty() && entry < it->entries.back())
      unsorted_.insert({&candidates, merge_class});
    it->entries.push_back(entry);
  }

  // Drops the merge candidates with the marks of lists out of order, which point into them. (A
  // survivor's new entity is scanned after the merge phase has sorted the lists, and can mark its
  // list then: a mark left behind pointed at a freed list, which the next chunk sorted.)
  void ClearCandidates() {
    mergeable_.clear();
    unsorted_.clear();
  }

  // The place of `node`'s MergeDigest in digests_, made (empty) when it has none.
  MergeDigest& DigestSlot(uint32_t node) {
    Node& n = nodes_[node];
    if (n.digest == kNoDigest) {
      n.digest = static_cast<uint32_t>(digests_.size());
      digests_.emplace_back();
    }
    return digests_[n.digest];
  }

  // Whether a node can take part in a cross-article merge: a closed span of at most 31 days.
  static bool Mergeable(const Node& n) { return MergeableSpan(n.hard_begin, n.hard_end); }
  static bool MergeableSpan(long hard_begin, long hard_end) {
    return hard_begin != LONG_MIN && hard_end != LONG_MAX && hard_end - hard_begin + 1 <= 31;
  }

  // Makes room for `node` in the tables of full events (nodes are added as the chunk goes).
  void HoldRoom(uint32_t node) {
    if (node >= stored_of_.size()) {
      stored_of_.resize(nodes_.size(), nullptr);
      touched_of_.resize(nodes_.size(), nullptr);
    }
  }

  // The full event of `node` as this run knows it: a survivor changed by this chunk's merges, an
  // event of the chunk, else the stored record (read once and kept in held_). A pointer valid
  // until the chunk ends, nullptr when the event is not stored. By node, not by id: the merge
  // asks for every event of the chunk and every candidate that passes the screening.
  Result<const Event*> FullEventRef(uint32_t node) {
    HoldRoom(node);
    if (touched_of_[node]) return touched_of_[node];
    if (stored_of_[node]) return stored_of_[node];
    std::optional<Event> e;
    const uint32_t event = index_ ? nodes_[node].event : IdTable::kNone;
    if (const auto record =
            event != IdTable::kNone ? index_->StoredRecordOf(event) : std::nullopt) {
      EG_ASSIGN_OR_RETURN(e, Decoded(nodes_[node].id, *record));
    } else {
      EG_ASSIGN_OR_RETURN(e, ReadEvent(nodes_[node].id));
    }
    if (!e) return static_cast<const Event*>(nullptr);
    return stored_of_[node] = &held_.emplace_back(std::move(*e));
  }

  // The stored event `id`, or nullopt: decoded from the record the bulk index kept when it has
  // it, else read from the store.
  Result<std::optional<Event>> ReadEvent(std::string_view id) {
    if (index_) {
      if (const auto record = index_->StoredRecord(id)) return Decoded(id, *record);
    }
    return store_.GetEvent(std::string(id));
  }
  // The same for many ids, given their numbers in the index (`numbers`, beside the ids): calls
  // visit(i, event) for each of `ids` that is stored, in their order, each record decoded once
  // and handed straight to the caller (a chunk's records, collected in a vector first, were a
  // further 75 MB mapped afresh per chunk). Those the index lacks are read from the store at once.
  template <typename Visit>
  Status ReadEvents(const std::vector<std::string>& ids, const std::vector<uint32_t>& numbers,
                    Visit visit) {
    if (!index_) {
      EG_ASSIGN_OR_RETURN(std::vector<std::optional<Event>> read, store_.GetEvents(ids));
      for (size_t i = 0; i < read.size(); ++i) {
        if (read[i]) EG_RETURN_IF_ERROR(visit(i, std::move(*read[i])));
      }
      return Status::Ok();
    }
    // The records the index does not hold come from the store, in one read.
    std::vector<std::string> missing;
    std::vector<size_t> missing_at;
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!index_->StoredRecordOf(numbers[i])) {
        missing.push_back(ids[i]);
        missing_at.push_back(i);
      }
    }
    std::vector<std::optional<Event>> read;
    if (!missing.empty()) {
      EG_ASSIGN_OR_RETURN(read, store_.GetEvents(missing));
    }
    size_t next_missing = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
      if (next_missing < missing_at.size() && missing_at[next_missing] == i) {
        std::optional<Event>& e = read[next_missing++];
        if (e) EG_RETURN_IF_ERROR(visit(i, std::move(*e)));
        continue;
      }
      EG_ASSIGN_OR_RETURN(std::optional<Event> e,
                          Decoded(ids[i], *index_->StoredRecordOf(numbers[i])));
      EG_RETURN_IF_ERROR(visit(i, std::move(*e)));
    }
    return Status::Ok();
  }
  static Result<std::optional<Event>> Decoded(std::string_view id, std::string_view record) {
    Result<Event> e = store_values::DecodeEvent(record);
    if (!e.ok()) return e.status().WithPrefix("events/" + std::string(id));
    return std::optional<Event>(std::move(e).value());
  }

  // Merges `e` into the best-tied event of another article, if any. Returns whether it did. The
  // candidates come from the chunk's entity windows (members_), which hold every event that can
  // tie: one naming an entity of `e` whose closed span of at most 31 days overlaps e's. `self` is
  // e's node (the caller knows it: finding it by id hashes the id again); `entity_lists`, if given,
  // the merge candidates of each of e's entities (nullptr for one without), else they are looked
  // up by name.
  Result<bool> TryMerge(const Event& e, uint32_t self,
                        const std::vector<ClassLists*>* entity_lists) {
    // CrossArticleTie needs a closed span of a month or less, and a type that can merge; a
    // gathering with one bound only may recall a dated one (RecalledTie) within kRecallDays.
    const bool recall = e.time.begin.has_value() != e.time.end.has_value() && IsGathering(e.type);
    if (!recall && (!e.time.begin || !e.time.end || (*e.time.end - *e.time.begin).days() >= 31 ||
                    e.type == "other"))
      return false;
    // Views of e's articles: e outlives the call. (Its entities are read only when no lists are
    // given, and when a candidate first needs their countries.)
    boost::container::small_vector<std::string_view, 4> my_articles;
    for (const auto& ev : e.evidence) my_articles.push_back(ev.article);
    bool countries_known = false;  // read when a candidate first needs them
    const uint32_t merge_class = ClassOf(e.type);
    const MergeDigest digest = DigestForMerge(e);
    const MergeScreen incoming(digest);
    // The days a candidate must reach: e's span, or for a recall the days from e's one bound
    // (before an end, after a begin).
    const auto [begin, end] = [&]() -> std::pair<long, long> {
      if (!recall) return {DayOf(*e.time.begin), DayOf(*e.time.end)};
      if (e.time.end) return {DayOf(*e.time.end) - kRecallDays, DayOf(*e.time.end)};
      return {DayOf(*e.time.begin), DayOf(*e.time.begin) + kRecallDays};
    }();
    ++merge_serial_;  // marks the candidates this call has looked at (Node::seen_by)
    const Event* best = nullptr;
    uint32_t best_node = 0;
    MergeTie best_tie;
    std::tuple<double, bool, size_t> best_rank;
    boost::container::small_vector<ClassLists*, 6> found;
    if (entity_lists) {
      found.assign(entity_lists->begin(), entity_lists->end());
    } else {
      for (const auto& ent : EntityViewsOf(e)) {
        auto it = mergeable_.find(ent);
        found.push_back(it == mergeable_.end() ? nullptr : &it->second);
      }
    }
    for (ClassLists* of_entity : found) {
      if (!of_entity) continue;
      if (merge_class >= of_entity->size() || !(*of_entity)[merge_class]) continue;
      CandidateList& candidates = *(*of_entity)[merge_class];
      // Sorted by begin day: a span of at most 31 days that overlaps [begin, end] begins in
      // [begin - 30, end]. Entries of survivors whose span moved are checked against the node.
      const auto from = candidates.LowerBound(Candidate{static_cast<int32_t>(begin - 30), 0, 0, 0});
      for (auto at = from; at != candidates.entries.end() && at->begin <= end; ++at) {
        if (at->end < begin || at->node == self) continue;
        if (!recall && incoming.Refuses(at->sig, at->begin)) continue;
        const uint32_t c = at->node;
        Node& n = nodes_[c];
        if (n.gone || !Mergeable(n) || n.hard_begin > end || n.hard_end < begin) continue;
        if (n.merge_class != merge_class) continue;  // a survivor whose type changed
        if (n.seen_by == merge_serial_) continue;
        n.seen_by = merge_serial_;
        if (n.digest == kNoDigest) {
          EG_ASSIGN_OR_RETURN(const Event* stored, FullEventRef(c));
          if (!stored) continue;
          DigestSlot(c) = DigestForMerge(*stored);
        }
        // Most candidates of a dense store share one busy entity and nothing else: the digest
        // turns them away without reading them whole. (A recall needs a dated gathering.)
        const MergeDigest& stored_digest = digests_[n.digest];
        if (recall ? !MayRecall(stored_digest, digest) : !MayTie(stored_digest, digest)) continue;
        EG_ASSIGN_OR_RETURN(const Event* other, FullEventRef(c));
        if (!other) continue;
        const bool shares_article =
            std::any_of(other->evidence.begin(), other->evidence.end(), [&](const Evidence& ev) {
              return std::find(my_articles.begin(), my_articles.end(), ev.article) !=
                     my_articles.end();
            });
        if (shares_article) continue;  // within one article, MergeWithinArticle has decided
        // CrossArticleTie reads countries only to tell whether one place lies in the other, a
        // country: they are filed for the two places when one of them is a country.
        if (!recall && e.location && other->location &&
            (e.location->entity.starts_with("country:") ||
             other->location->entity.starts_with("country:"))) {
          if (!countries_known && !e.location->entity.empty()) {
            EG_RETURN_IF_ERROR(LearnCountry(e.location->entity));
            countries_known = true;
          }
          // A candidate passes the screening for many incoming events: its place's country is
          // looked up once, not once per event.
          if (!n.countries_learned && !other->location->entity.empty()) {
            EG_RETURN_IF_ERROR(LearnCountry(other->location->entity));
            n.countries_learned = true;
          }
        }
        MergeTie tie = recall ? RecalledTie(*other, e) : CrossArticleTie(*other, e, countries_);
        // Of equally tied candidates an event that will stay wins over one of the chunk not yet
        // tried (which may merge away itself, so that reports would join it through a chain),
        // then the one with more evidence, then the smallest id: the choice does not depend on
        // the order in which the chunk's tables list them.
        const auto rank = [&](const MergeTie& t, const Node& x, const Event& full) {
          return std::make_tuple(t.score, !x.unsettled, full.evidence.size());
        };
        const auto candidate = rank(tie, n, *other);
        if (tie.merge && (!best || candidate > best_rank || (candidate == best_rank && other->id < best->id))) {
          best_rank = candidate;
          best = other;
          best_node = c;
          best_tie = std::move(tie);
        }
      }
    }
    if (!best) return false;
    PhaseTimer timer(report_, "merge: absorb");

    MergeRecord record;
    record.absorbed = e.id;
    record.into = best->id;
    record.rule = best_tie.rule;
    record.score = best_tie.score;
    record.absorbed_before = e;
    record.into_before = *best;
    // e's relations in the store: none when it was never linked (most merges of a bulk run).
    // Read here for the undo record, they are also what the batch erases with e, so that the
    // store need not look for them again (two seeks into each relation family per event).
    std::vector<Relation> stored_relations;
    if (!Unlinked(self)) {
      EG_ASSIGN_OR_RETURN(stored_relations, store_.RelationsOf(e.id));
    }
    record.relations = stored_relations;
    if (batch_survivors_.count(e.id)) {
      // `e` absorbed others in the batch not yet applied: its relations are, as the batch will
      // leave them, the stored ones and the ones moved to it, each through the merges.
      std::vector<Relation> current;
      std::set<std::tuple<std::string, std::string, int>> kept;
      auto add = [&](Relation r) {
        r.from = Survivor(r.from);
        r.to = Survivor(r.to);
        if (r.from == r.to || (r.from != e.id && r.to != e.id)) return;
        r = Canonical(std::move(r));
        if (kept.insert({r.from, r.to, static_cast<int>(r.type)}).second) current.push_back(std::move(r));
      };
      for (const auto& r : record.relations) add(r);
      // Of the batch's relations only those with an end that merged into `e` (or `e` itself) can
      // end at `e`: they are found through the batch's index instead of a pass over all of them,
      // and taken in batch order, as a pass would.
      std::vector<size_t> touching;
      std::vector<std::string> into_e = {e.id};
      for (size_t at = 0; at < into_e.size(); ++at) {
        if (auto it = batch_relations_of_.find(into_e[at]); it != batch_relations_of_.end())
          touching.insert(touching.end(), it->second.begin(), it->second.end());
        if (auto it = batch_absorbed_.find(into_e[at]); it != batch_absorbed_.end())
          into_e.insert(into_e.end(), it->second.begin(), it->second.end());
      }
      std::sort(touching.begin(), touching.end());
      touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
      for (size_t i : touching) add(merges_.put_relations[i]);
      record.relations = std::move(current);
    }
    Event survivor = *best;
    AbsorbEvent(survivor, e);
    // The entities the survivor no longer names (a better place replaced its place): their lists
    // still hold it, under a signature that no longer bounds it.
    std::vector<std::string> dropped;
    {
      const EntityViews now = EntityViewsOf(survivor);
      for (const std::string_view ent : EntityViewsOf(*best)) {
        if (std::find(now.begin(), now.end(), ent) == now.end()) dropped.emplace_back(ent);
      }
    }
    survivor.merged.push_back(MergeNote{e.id, best_tie.rule, best_tie.score});
    std::sort(survivor.evidence.begin(), survivor.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.article, a.trigger.begin) < std::tie(b.article, b.trigger.begin);
    });
    EG_RETURN_IF_ERROR(CountSources(store_, survivor, articles_));

    // The merge joins the chunk's batch of merges (FlushMerges): the absorbed event goes, its
    // relations move to the survivor.
    // Nothing writes a relation between this read and the batch (the chunk's first write), so
    // stored_relations are all the relations of e that the batch finds stored.
    merges_.erase_unrelated_events.push_back(e.id);
    for (auto& r : stored_relations) merges_.erase_relations.push_back(std::move(r));
    for (const auto& r : record.relations) {
      batch_relations_of_[r.from].push_back(merges_.put_relations.size());
      if (r.to != r.from) batch_relations_of_[r.to].push_back(merges_.put_relations.size());
      merges_.put_relations.push_back(r);
    }
    batch_absorbed_[survivor.id].push_back(e.id);
    merges_.put_merges.push_back(std::move(record));
    batch_survivors_.insert(survivor.id);
    absorbed_into_[e.id] = survivor.id;
    nodes_[self].gone = true;
    // The survivor may have gained a better-founded time and participants: its node and entity
    // windows follow.
    const uint32_t node = best_node;
    SetSpan(node, survivor.time, survivor.type);
    DigestSlot(node) = DigestForMerge(survivor);
    nodes_[node].countries_learned = false;  // it may have e's place now
    const uint32_t survivor_class = nodes_[node].merge_class;
    const uint64_t survivor_sig = MergeSignatureOf(survivor);
    for (const auto& ent : dropped) {
      auto of_entity = mergeable_.find(ent);
      if (of_entity == mergeable_.end() || survivor_class >= of_entity->second.size() ||
          !of_entity->second[survivor_class])
        continue;
      for (Candidate& c : of_entity->second[survivor_class]->entries) {
        if (c.node == node) c.sig = kMergeSignatureUnknown;
      }
    }
    for (const std::string_view ent : EntityViewsOf(survivor)) {
      // A node listed twice is listed once when the sweep sorts the list (a busy entity's list is
      // long to search on every merge).
      auto list = members_.find(ent);
      if (list != members_.end()) list->second.push_back(node);
      auto of_entity = mergeable_.find(ent);
      if (of_entity == mergeable_.end()) continue;
      if (survivor_class < of_entity->second.size() && of_entity->second[survivor_class] &&
          Mergeable(nodes_[node])) {
        CandidateList& candidates = *of_entity->second[survivor_class];
        const Candidate entry{static_cast<int32_t>(nodes_[node].hard_begin),
                              static_cast<int32_t>(nodes_[node].hard_end), node, survivor_sig};
        auto at = candidates.LowerBound(entry);
        if (at == candidates.entries.end() || entry < *at) {
          candidates.entries.insert(at, entry);
        } else {
          at->end = std::max(at->end, entry.end);  // the same begin, perhaps a later end
          at->sig = survivor_sig;
        }
      }
    }
    HoldRoom(node);
    if (touched_of_[node]) {
      *touched_of_[node] = std::move(survivor);
    } else {
      touched_of_[node] = &held_.emplace_back(std::move(survivor));
      touched_nodes_.push_back(node);
    }
    ++report_.merged_events;
    return true;
  }

  // Applies the merges made since the last flush as one change: the absorbed events erased, each
  // survivor written once in its final state, and the absorbed events' relations moved to their
  // survivors (through chains of merges, so none is left pointing at an erased event).
  Status FlushMerges() {
    if (merges_.erase_events.empty() && merges_.erase_unrelated_events.empty()) return Status::Ok();
    std::set<std::tuple<std::string, std::string, int>> seen;
    std::vector<Relation> moved;
    for (Relation r : merges_.put_relations) {
      r.from = Survivor(r.from);
      r.to = Survivor(r.to);
      if (r.from == r.to) continue;
      r = Canonical(std::move(r));
      if (seen.insert({r.from, r.to, static_cast<int>(r.type)}).second) moved.push_back(std::move(r));
    }
    merges_.put_relations = std::move(moved);
    for (const auto& id : batch_survivors_) {
      if (!absorbed_into_.count(id)) merges_.put_events.push_back(*touched_of_.at(Intern(id)));
    }
    // The events it erases and rewrites were read in this chunk, before any write of it: what
    // stored_of_ holds is what the store holds, so the store need not read them again.
    merges_.stored = [this](const std::string& id) -> const Event* {
      const uint32_t node = FindNode(id);
      return node < stored_of_.size() ? stored_of_[node] : nullptr;
    };
    EG_RETURN_IF_ERROR(store_.Apply(merges_));
    EG_RETURN_IF_ERROR(Mirror(merges_));
    // The survivors now end stored relations: a later relation of theirs may be stored already.
    for (const auto& r : merges_.put_relations) {
      MarkLinkedId(r.from);
      MarkLinkedId(r.to);
    }
    merges_ = GraphChange();
    batch_survivors_.clear();
    batch_relations_of_.clear();
    batch_absorbed_.clear();
    return Status::Ok();
  }

  Status RunChunk(std::span<const PendingEvent> chunk) {
    PhaseTimer read_timer(report_, "read");
    index_of_.Clear();
    node_of_event_.assign(node_of_event_.size(), IdTable::kNone);
    nodes_.clear();
    node_id_store_.clear();
    digests_.clear();
    members_.clear();
    ClearCandidates();
    held_.clear();
    stored_of_.clear();
    touched_of_.clear();
    touched_nodes_.clear();
    std::vector<uint32_t> order;  // the chunk's events' nodes, in sweep order
    std::vector<std::string> chunk_ids;
    chunk_ids.reserve(chunk.size());
    for (const auto& p : chunk) chunk_ids.push_back(p.id);
    // With the bulk index, each event's number, looked up once for reading it and for its node.
    std::vector<uint32_t> numbers;
    if (index_) {
      numbers.reserve(chunk.size());
      for (const auto& p : chunk) numbers.push_back(index_->Number(p.id));
    } else {
      index_of_.Reserve(2 * chunk.size());
    }
    EG_RETURN_IF_ERROR(ReadEvents(chunk_ids, numbers, [&](size_t i, Event&& e) {
      // Pending ids are distinct: a new node.
      const uint32_t node =
          index_ && numbers[i] != IdTable::kNone ? NodeOfEvent(numbers[i]) : Intern(chunk[i].id);
      HoldRoom(node);
      stored_of_[node] = &held_.emplace_back(std::move(e));
      nodes_[node].fresh = chunk[i].fresh;
      order.push_back(node);
      return Status::Ok();
    }));
    read_timer.Stop();
    PhaseTimer scan_timer(report_, "scan");
    // The chunk's days, and every entity's events within them (and a margin): the groups to
    // sweep, and the candidates for merging.
    long lo = LONG_MAX, hi = LONG_MIN;
    auto widen = [&](const Event& e) {
      if (e.time.begin) lo = std::min(lo, DayOf(*e.time.begin)), hi = std::max(hi, DayOf(*e.time.begin));
      if (e.time.end) lo = std::min(lo, DayOf(*e.time.end)), hi = std::max(hi, DayOf(*e.time.end));
    };
    // The chunk's entities (views of its events' ids, numbered as met), scanned in id order.
    // Each event's entities are kept as those numbers (entity_numbers, from entities_from[k] for
    // the k-th event of `order`): the merge then finds their candidate lists without hashing
    // their names again.
    std::unordered_map<std::string_view, uint32_t> entity_number;
    std::vector<std::string_view> entity_names;
    std::vector<uint32_t> entity_numbers, entities_from;
    entities_from.reserve(order.size() + 1);
    entity_numbers.reserve(3 * order.size());
    auto note_entity = [&](std::string_view x) {
      const auto [it, added] =
          entity_number.try_emplace(x, static_cast<uint32_t>(entity_names.size()));
      if (added) entity_names.push_back(x);
      const auto own = entity_numbers.begin() + entities_from.back();
      if (std::find(own, entity_numbers.end(), it->second) == entity_numbers.end())
        entity_numbers.push_back(it->second);
    };
    key_lo_ = LONG_MAX, key_hi_ = LONG_MIN;
    for (const uint32_t node : order) {
      entities_from.push_back(static_cast<uint32_t>(entity_numbers.size()));
      const Event& e = *stored_of_[node];
      SetSpan(node, e.time, e.type);
      nodes_[node].unsettled = nodes_[node].fresh;
      key_lo_ = std::min(key_lo_, nodes_[node].key.first);
      key_hi_ = std::max(key_hi_, nodes_[node].key.first);
      widen(e);
      for (const auto& p : e.participants) {
        if (!p.entity.empty()) note_entity(p.entity);
      }
      if (e.location && !e.location->entity.empty()) note_entity(e.location->entity);
    }
    entities_from.push_back(static_cast<uint32_t>(entity_numbers.size()));
    entity_number.clear();
    std::vector<std::string> entities(entity_names.begin(), entity_names.end());
    std::sort(entities.begin(), entities.end());
    // A survivor of a merge in this chunk begins at most 30 days from the event it absorbed; the
    // margin covers that with room to spare.
    if (key_lo_ <= key_hi_) key_lo_ -= 2 * kMarginDays, key_hi_ += 2 * kMarginDays;
    // Merging may move a survivor's time up to a month; the margin covers it.
    for (const auto& x : entities) EG_RETURN_IF_ERROR(ScanEntity(x, lo, hi));
    for (const auto& [lists, merge_class] : unsorted_)
      std::sort((*lists)[merge_class]->entries.begin(), (*lists)[merge_class]->entries.end());
    unsorted_.clear();
    // Each entity's merge candidates (every scanned entity has its lists), and its place in
    // `entities`, by its number. (The names are views into the chunk's events, which the merge
    // moves; `entities` holds copies.)
    std::vector<ClassLists*> lists_of_entity(entity_names.size(), nullptr);
    std::vector<uint32_t> sorted_entity(entity_names.size());
    for (size_t x = 0; x < entity_names.size(); ++x) {
      if (auto it = mergeable_.find(entity_names[x]); it != mergeable_.end())
        lists_of_entity[x] = &it->second;
      sorted_entity[x] = static_cast<uint32_t>(
          std::lower_bound(entities.begin(), entities.end(), entity_names[x]) - entities.begin());
    }
    entity_names.clear();
    scan_timer.Stop();

    PhaseTimer merge_timer(report_, "merge");
    std::vector<std::string> absorbed_now;
    // An event of the chunk is absorbed only in its own chunk (only the chunk's events try to
    // merge), so its node's `gone` tells whether it merged away.
    std::vector<ClassLists*> lists;
    for (size_t k = 0; k < order.size(); ++k) {
      const uint32_t node = order[k];
      if (!nodes_[node].fresh || nodes_[node].gone) continue;
      EG_ASSIGN_OR_RETURN(const Event* e, FullEventRef(node));
      if (!e) continue;
      // The candidate lists of its entities as the scan found them; an event that absorbed others
      // already (it was their candidate) may name more, and TryMerge looks those up.
      lists.clear();
      if (!touched_of_[node]) {
        for (uint32_t at = entities_from[k]; at < entities_from[k + 1]; ++at)
          lists.push_back(lists_of_entity[entity_numbers[at]]);
      }
      EG_ASSIGN_OR_RETURN(bool merged, TryMerge(*e, node, touched_of_[node] ? nullptr : &lists));
      nodes_[node].unsettled = false;
      if (merged) absorbed_now.emplace_back(nodes_[node].id);
    }
    PhaseTimer flush_timer(report_, "merge: write");
    EG_RETURN_IF_ERROR(FlushMerges());
    flush_timer.Stop();
    // The events to link: the chunk's that stay, as merging left them, and the survivors.
    // (A member: its room, a chunk's events, stays mapped for the next chunk.)
    std::vector<Event>& events = chunk_events_;
    events.clear();
    events.reserve(order.size());
    // Beside each event: its node, and whether this chunk's merges changed it (a survivor).
    std::vector<uint32_t> event_nodes;
    std::vector<bool> event_touched;
    for (const uint32_t node : order) {
      if (nodes_[node].gone) continue;
      Event*& t = touched_of_[node];
      events.push_back(std::move(t ? *t : *stored_of_[node]));
      event_nodes.push_back(node);
      event_touched.push_back(t != nullptr);
      t = nullptr;
    }
    // The survivors from outside the chunk, in id order. (A survivor is never absorbed later
    // unless it is an event of the chunk: only those try to merge.)
    std::vector<uint32_t> outside;
    for (const uint32_t node : touched_nodes_) {
      if (touched_of_[node] && !nodes_[node].gone) outside.push_back(node);
    }
    std::sort(outside.begin(), outside.end(),
              [&](uint32_t a, uint32_t b) { return nodes_[a].id < nodes_[b].id; });
    for (const uint32_t node : outside) {
      events.push_back(std::move(*touched_of_[node]));
      event_nodes.push_back(node);
      event_touched.push_back(true);
    }
    outside.clear();
    held_.clear();
    stored_of_.clear();
    touched_of_.clear();
    touched_nodes_.clear();
    report_.linked_events += events.size();
    merge_timer.Stop();

    PhaseTimer sources_timer(report_, "sources+groups");
    GraphChange change;
    // Sources: an event seen in one article has one source; others are counted from their articles.
    // Events of one article are left at 0 (LoadGraph reads that as one source), so that linking
    // does not rewrite every new event.
    // (article, node) for each article of each event, as views of the ids in `events`, which
    // outlive them; sorted by article below, they give the article groups.
    std::vector<std::pair<std::string_view, uint32_t>> article_members;
    article_members.reserve(events.size());
    // The entities the events name, for the storylines, filed once each: an event the merges left
    // alone names the entities the scan numbered for it (marked by number), a survivor's are
    // collected by name.
    std::vector<std::string_view> named;
    std::vector<bool> entity_named(entities.size(), false);  // by place in `entities`
    std::vector<uint32_t> position_of_node(nodes_.size(), IdTable::kNone);  // in `order`
    for (size_t k = 0; k < order.size(); ++k) position_of_node[order[k]] = static_cast<uint32_t>(k);
    for (size_t i = 0; i < events.size(); ++i) {
      Event& e = events[i];
      const int before_sources = e.sources, before_independent = e.independent_sources;
      const uint32_t node = event_nodes[i];
      // An event the merges left alone has the span and entities the scan gave its node.
      if (event_touched[i]) SetSpan(node, e.time, e.type);
      nodes_[node].pending = true;
      size_t articles = 1;
      if (e.evidence.size() == 1) {
        article_members.emplace_back(e.evidence.front().article, node);
      } else {
        boost::container::small_vector<std::string_view, 8> all;
        for (const auto& ev : e.evidence) all.push_back(ev.article);
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        for (const auto a : all) article_members.emplace_back(a, node);
        articles = all.size();
      }
      // One article and nothing counted yet: nothing to count (CountSources would set 0, 0).
      const bool single = articles <= 1 && before_sources == 0 && before_independent == 0;
      if (const uint32_t k =
              node < position_of_node.size() ? position_of_node[node] : IdTable::kNone;
          !event_touched[i] && k != IdTable::kNone) {
        for (uint32_t at = entities_from[k]; at < entities_from[k + 1]; ++at)
          entity_named[sorted_entity[entity_numbers[at]]] = true;
      } else {
        for (const auto& p : e.participants) {
          if (!p.entity.empty()) named.push_back(p.entity);
        }
        if (e.location && !e.location->entity.empty()) named.push_back(e.location->entity);
      }
      if (event_touched[i]) {
        for (const std::string_view x : EntityViewsOf(e)) {
          if (members_.find(x) == members_.end()) {
            EG_RETURN_IF_ERROR(ScanEntity(std::string(x), lo, hi));  // a survivor's new one
          }
        }
      }
      // A survivor of this chunk's merges was counted after its last merge (TryMerge), from the
      // evidence it has now: counting again gives the same.
      if (single || event_touched[i]) continue;
      Event counted = e;
      EG_RETURN_IF_ERROR(CountSources(store_, counted, articles_));
      if (counted.sources <= 1) counted.sources = counted.independent_sources = 0;
      if (counted.sources != before_sources || counted.independent_sources != before_independent) {
        e.sources = counted.sources;
        e.independent_sources = counted.independent_sources;
        change.put_events.push_back(e);
      }
    }
    for (size_t x = 0; x < entities.size(); ++x) {
      if (entity_named[x]) named.push_back(entities[x]);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (const std::string_view x : named) {
      if (story_entities_.find(x) == story_entities_.end()) story_entities_.emplace(x);
    }
    named.clear();
    std::vector<std::pair<std::vector<uint32_t>, size_t>> groups;  // members, neighbours
    // Article groups in article order (a pair seen in two groups is related in the first), each
    // with its events in the order of `events`.
    std::stable_sort(article_members.begin(), article_members.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::vector<uint32_t>> article_groups;
    for (size_t i = 0; i < article_members.size(); ++i) {
      if (i == 0 || article_members[i].first != article_members[i - 1].first)
        article_groups.emplace_back();
      article_groups.back().push_back(article_members[i].second);
    }
    article_members.clear();
    for (const auto& members : article_groups) groups.emplace_back(members, kArticleNeighbours);
    // Entity groups in entity order, as a pair seen in two groups is related in the first.
    std::vector<std::pair<const std::string*, std::vector<uint32_t>*>> entity_groups;
    entity_groups.reserve(members_.size());
    for (auto& [x, ids] : members_) entity_groups.emplace_back(&x, &ids);
    std::sort(entity_groups.begin(), entity_groups.end(),
              [](const auto& a, const auto& b) { return *a.first < *b.first; });
    // Each node's gone and pending flags in one byte array, read once per member of every list.
    constexpr uint8_t kGone = 1, kPending = 2;
    std::vector<uint8_t> flags(nodes_.size());
    for (size_t n = 0; n < nodes_.size(); ++n)
      flags[n] = (nodes_[n].gone ? kGone : 0) | (nodes_[n].pending ? kPending : 0);
    for (auto& [x, list] : entity_groups) {
      std::vector<uint32_t>& ids = *list;
      std::erase_if(ids, [&](uint32_t n) { return flags[n] & kGone; });
      const bool any_pending =
          std::any_of(ids.begin(), ids.end(), [&](uint32_t n) { return flags[n] & kPending; });
      if (any_pending && ids.size() > 1) groups.emplace_back(std::move(ids), kNeighbours);
    }
    members_.clear();
    ClearCandidates();
    sources_timer.Stop();

    PhaseTimer sweep_timer(report_, "sweep");
    // Candidates per unordered pair, keyed by the canonical (from, to) nodes.
    RelationTable& chosen = chosen_;
    std::map<std::tuple<std::string, std::string, int>, Relation> directional;
    auto key_of = [&](const Relation& r) { return (uint64_t{Intern(r.from)} << 32) | Intern(r.to); };
    // `from_node` and `to_node`, when the caller knows them, are the nodes of raw.from and raw.to
    // (saving two lookups of the ids).
    auto offer = [&](Relation raw, uint32_t from_node = UINT32_MAX, uint32_t to_node = UINT32_MAX) {
      const bool turned = !Directional(raw.type) && raw.to < raw.from;
      Relation r = Canonical(std::move(raw));
      if (r.from == r.to) return;
      if (Directional(r.type)) {
        directional[{r.from, r.to, static_cast<int>(r.type)}] = r;
        return;
      }
      if (turned) std::swap(from_node, to_node);
      const uint64_t key =
          from_node == UINT32_MAX || to_node == UINT32_MAX ? key_of(r) : (uint64_t{from_node} << 32) | to_node;
      auto [it, inserted] = chosen.TryEmplace(key, ChosenOf(r));
      if (inserted) return;
      ChosenRelation& cur = it->second;
      if (IsOrder(r.type) && IsOrder(cur.type) && r.type != cur.type &&
          (Strength(r).first == 3 || Strength(cur).first == 3))
        ++report_.contradictions;
      if (Strength(r) > Strength(cur)) cur = ChosenOf(r);
    };
    size_t sweep_members = 0;
    for (const auto& g : groups) sweep_members += g.first.size();
    PairSet& done = done_;
    done.Reset(sweep_members * 2);
    chosen.Reserve(sweep_members);
    // What the sweep reads of each node, in one array: each group's sort and pair loop visit
    // their members in time order, scattered over the node table.
    const std::vector<uint32_t> id_rank = IdRanks();  // the tie-break, without comparing ids
    std::vector<SweepNode>& sweep = sweep_;
    sweep.resize(nodes_.size());
    for (size_t n = 0; n < nodes_.size(); ++n) {
      const Node& x = nodes_[n];
      sweep[n] = SweepNode{x.key, x.hard_begin, x.hard_end, x.begin,
                           x.end, x.basis,      id_rank[n], x.pending};
    }
    for (auto& [ids, neighbours] : groups) {
      std::sort(ids.begin(), ids.end(), [&](uint32_t x, uint32_t y) {
        const SweepNode &a = sweep[x], &b = sweep[y];
        return a.key != b.key ? a.key < b.key : a.rank < b.rank;
      });
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (size_t i = 0; i < ids.size(); ++i) {
        const SweepNode& a = sweep[ids[i]];
        for (size_t j = i + 1; j < ids.size() && j - i <= neighbours; ++j) {
          const SweepNode& b = sweep[ids[j]];
          if (!a.pending && !b.pending) continue;
          if (!done.Insert(PairKey(ids[i], ids[j]))) continue;
          // Transitive reduction: a pair that a chain through an event between them orders by
          // the bounds (a before c before b, each pair related in this run) is left out; the
          // chain says it, and a display would drop the edge anyway.
          bool implied = false;
          for (size_t k = i + 1; k < j && !implied; ++k) {
            const SweepNode& c = sweep[ids[k]];
            if (!(a.pending || c.pending) || !(c.pending || b.pending)) continue;
            implied = (a.hard_end < c.hard_begin && c.hard_end < b.hard_begin) ||
                      (b.hard_end < c.hard_begin && c.hard_end < a.hard_begin);
          }
          if (implied) {
            ++report_.implied_relations;
            continue;
          }
          auto r = ClassifySpans(kNoId, SpanOf(a), kNoId, SpanOf(b));
          if (!r) continue;
          // VAGUE only between immediate neighbours: further pairs add edges, not knowledge.
          if (r->type == RelationType::kVague && j - i > 1) continue;
          // Written from the smaller id, as Canonical does, decided by the ranks; the ids are
          // copied in only when the pair is new.
          uint32_t from = ids[i], to = ids[j];
          if (sweep[to].rank < sweep[from].rank) {
            std::swap(from, to);
            Turn(*r);
          }
          auto [it, inserted] = chosen.TryEmplace((uint64_t{from} << 32) | to, ChosenOf(*r));
          if (inserted) continue;
          ChosenRelation& cur = it->second;
          if (IsOrder(r->type) && IsOrder(cur.type) && r->type != cur.type &&
              (Strength(*r).first == 3 || Strength(cur).first == 3))
            ++report_.contradictions;
          if (Strength(*r) > Strength(cur)) cur = ChosenOf(*r);
        }
      }
    }
    groups.clear();
    sweep_timer.Stop();

    PhaseTimer check_timer(report_, "check+compose");
    // Text relations of the chunk's events, and the relations already stored for events that
    // changed (survivors), so that a stored text relation is not overridden by a weaker reading.
    std::vector<std::string> text_ends;
    for (const auto& e : events) {
      if (text_of_.empty()) break;
      text_ends.push_back(e.id);
      for (const auto& n : e.merged) text_ends.push_back(n.event);
    }
    for (const auto& id : text_ends) {
      auto it = text_of_.find(id);
      if (it == text_of_.end()) continue;
      for (size_t i : it->second) {
        if (!text_used_.insert(i).second) continue;
        Relation r = text_[i];
        r.from = Survivor(r.from);
        r.to = Survivor(r.to);
        offer(r);
      }
    }
    std::vector<Relation> stored_old;
    for (size_t i = 0; i < events.size(); ++i) {
      const Event& e = events[i];
      // An event never linked ends no stored relation (most survivors of a bulk run's merges).
      if (e.merged.empty() || Unlinked(event_nodes[i])) continue;
      EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store_.RelationsOf(e.id));
      for (auto& r : rels) {
        stored_old.push_back(r);
        offer(r);
      }
    }

    // The consistency check: order edges, strongest first; an edge that would close a BEFORE
    // cycle is refused and reported.
    // Without a text edge there is nothing to check, and nothing to keep for later checks: the
    // edges (most of a chunk's relations) are then not listed at all.
    bool any_text = false;
    for (const auto& [k, r] : chosen) {
      if (IsOrder(r.type) && r.basis == RelationBasis::kText) {
        any_text = true;
        break;
      }
    }
    std::vector<std::pair<uint64_t, const ChosenRelation*>> order_edges;
    if (any_text || keep_order_graph_) {
      for (auto& [k, r] : chosen) {
        if (IsOrder(r.type)) order_edges.emplace_back(k, &r);
      }
    }
    // The ends of an edge: the ids of the key's nodes.
    const auto from_id = [&](uint64_t k) { return nodes_[k >> 32].id; };
    const auto to_id = [&](uint64_t k) { return nodes_[static_cast<uint32_t>(k)].id; };
    std::sort(order_edges.begin(), order_edges.end(), [&](const auto& a, const auto& b) {
      const auto sa = Strength(*a.second), sb = Strength(*b.second);
      return sa != sb ? sa > sb
                      : std::make_pair(from_id(a.first), to_id(a.first)) <
                            std::make_pair(from_id(b.first), to_id(b.first));
    });
    std::vector<uint64_t> refused;
    for (auto& [k, r] : order_edges) {
      const std::string u(r->type == RelationType::kBefore ? from_id(k) : to_id(k));
      const std::string v(r->type == RelationType::kBefore ? to_id(k) : from_id(k));
      // Bounds and the recency reading place every event in one interval each, so the order
      // edges they give cannot form a cycle among themselves: a cycle needs a text edge.
      if (r->basis == RelationBasis::kText) {
        EG_ASSIGN_OR_RETURN(std::vector<std::string> path, FindPath(v, u));
        if (!path.empty()) {
          ++report_.contradictions;
          std::vector<std::string> cycle = {u};
          cycle.insert(cycle.end(), path.begin(), path.end());
          report_.cycles.push_back(std::move(cycle));
          refused.push_back(k);
          continue;
        }
      }
      // The graph the check searches is kept only where a text edge can meet it.
      if (keep_order_graph_) succ_[u].push_back(v);
    }
    order_edges.clear();
    for (uint64_t k : refused) chosen.Erase(k);

    // Composition within each article whose events are all here: A before B before C gives A
    // before C, with the product of the confidences along the best path.
    // Only a chain through a text edge adds anything (Compose), so without one there is no work.
    if (any_text) {
      for (const auto& members : article_groups) Compose(members, chosen);
    }

    // A relation with an end still unlinked (no end of any stored relation) is new: the store need
    // not look for it. Between this chunk's events and those linked before it, that is most.
    std::vector<int8_t> unlinked(nodes_.size(), -1);  // per node: unknown, no, yes
    std::vector<uint32_t> now_linked;
    auto is_unlinked = [&](uint32_t node) {
      if (node >= unlinked.size()) unlinked.resize(nodes_.size(), -1);
      int8_t& u = unlinked[node];
      if (u < 0) {
        u = Unlinked(node) ? 1 : 0;
        if (u) now_linked.push_back(node);
      }
      return u == 1;
    };
    // The views carry their ends' ranks (one entry per pair of nodes in `chosen`, so no two
    // views share ends and type): the store sorts their keys by the ranks.
    bool views_ranked = true;
    // The views' buffer of the chunk before (its pages already mapped), room for every relation.
    change.put_new_relation_views = std::move(views_buffer_);
    change.put_new_relation_views.clear();
    change.put_new_relation_views.reserve(chosen.size());
    // The nodes' ids in one array, taken in one pass: the relations name their ends in no order,
    // and each look into the node table (over a hundred bytes a node) missed the cache.
    std::vector<std::string_view>& node_ids = node_ids_;
    node_ids.resize(nodes_.size());
    for (size_t n = 0; n < nodes_.size(); ++n) node_ids[n] = nodes_[n].id;
    for (auto& [k, r] : chosen) {
      if (r.type == RelationType::kVague) ++report_.vague_relations;
      else if (r.basis == RelationBasis::kText) ++report_.text_relations;
      else ++report_.time_relations;
      const auto from = static_cast<uint32_t>(k >> 32), to = static_cast<uint32_t>(k);
      const bool from_new = is_unlinked(from);
      const bool to_new = is_unlinked(to);
      if (from_new || to_new) {
        RelationView view{node_ids[from], node_ids[to], r.type, r.basis, r.confidence, r.possible};
        if (from < id_rank.size() && to < id_rank.size()) {
          view.from_rank = id_rank[from];
          view.to_rank = id_rank[to];
        } else {
          views_ranked = false;  // a node interned after the ranks were taken
        }
        change.put_new_relation_views.push_back(view);
        continue;
      }
      change.put_relations.push_back(Relation{std::string(node_ids[from]),
                                              std::string(node_ids[to]), r.type, r.basis,
                                              r.confidence, r.possible});
    }
    change.relation_views_ranked = views_ranked;
    for (auto& [k, r] : directional) {
      is_unlinked(Intern(r.from));
      is_unlinked(Intern(r.to));
      change.put_relations.push_back(r);
    }
    for (const uint32_t node : event_nodes) is_unlinked(node);
    // A stored relation that lost to another of its pair goes.
    for (const auto& r : stored_old) {
      const RelationTable::Entry* it = chosen.Find(key_of(r));
      if (!Directional(r.type) && (!it || it->second.type != r.type))
        change.erase_relations.push_back(r);
    }
    chosen.Clear();
    check_timer.Stop();

    PhaseTimer write_timer(report_, "write");
    // The relations go in batches of a bounded size (RocksDB takes many moderate batches better
    // than one huge one); each batch is consistent on its own, and the pending marks are cleared
    // with the last, so an interrupted run is simply linked again.
    // Each batch is a run of neighbouring keys (sorted by ends, as the keys are), not a slice of
    // the whole chunk's key range: the memtable then inserts each key next to the previous one.
    // The relations between two events never linked (most of a bulk run's) go in one change of
    // their own, which the store can write as sorted table files instead of through the memtable,
    // and which then also clears the pending marks (as a file of deletions): it goes last.
    constexpr size_t kBatchRelations = 20000;
    // (The views are of nodes_' ids, which stay until the next chunk.)
    std::optional<GraphChange> new_relations;
    if (change.put_new_relation_views.size() > kBatchRelations) {
      new_relations.emplace();
      new_relations->put_new_relation_views = std::move(change.put_new_relation_views);
      new_relations->relation_views_ranked = change.relation_views_ranked;
      change.put_new_relation_views.clear();
    }
    std::sort(change.put_relations.begin(), change.put_relations.end(),
              [](const Relation& a, const Relation& b) {
                return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
              });
    while (change.put_relations.size() > kBatchRelations) {
      GraphChange part;
      part.put_relations.assign(
          std::make_move_iterator(change.put_relations.end() - kBatchRelations),
          std::make_move_iterator(change.put_relations.end()));
      change.put_relations.resize(change.put_relations.size() - kBatchRelations);
      EG_RETURN_IF_ERROR(store_.Apply(part));
    }
    // The events are not read again: their ids move.
    std::vector<std::string>& cleared =
        new_relations ? new_relations->clear_pending : change.clear_pending;
    for (auto& e : events) cleared.push_back(std::move(e.id));
    for (const auto& id : absorbed_now) cleared.push_back(id);
    EG_RETURN_IF_ERROR(store_.Apply(change));
    EG_RETURN_IF_ERROR(Mirror(change));
    if (new_relations) {
      EG_RETURN_IF_ERROR(store_.Apply(*new_relations));
      views_buffer_ = std::move(new_relations->put_new_relation_views);
    }
    // Every end of a relation written, and every event linked, is unlinked no more.
    for (uint32_t node : now_linked) MarkLinked(node);
    for (const auto& id : absorbed_now) MarkLinkedId(id);
    return Status::Ok();
  }

  // Keeps the in-memory index (if any) in step with a change just applied to the store: its erased
  // events, then its written ones, in the order Store::Apply takes them.
  Status Mirror(const GraphChange& change) {
    if (!index_) return Status::Ok();
    for (const auto& id : change.erase_events) index_->Erase(id);
    for (const auto& id : change.erase_unrelated_events) index_->Erase(id);
    for (const auto& e : change.put_events) EG_RETURN_IF_ERROR(index_->Put(e));
    return Status::Ok();
  }

  // The rank of each node's id in byte order of the ids. Ids are compared by their first 16
  // bytes after the prefix all share (most event ids differ only in their last digits), held
  // beside the node number in one array; the strings are read only to break a tie.
  std::vector<uint32_t> IdRanks() const {
    const size_t n = nodes_.size();
    size_t shared = n == 0 ? 0 : nodes_[0].id.size();
    for (size_t i = 1; i < n && shared > 0; ++i) {
      const std::string_view a = nodes_[0].id;
      const std::string_view b = nodes_[i].id;
      const size_t limit = std::min({shared, a.size(), b.size()});
      size_t at = 0;
      while (at < limit && a[at] == b[at]) ++at;
      shared = at;
    }
    auto word = [](std::string_view k, size_t at) {
      uint64_t w = 0;
      for (size_t b = 0; b < 8; ++b)
        w = (w << 8) | (at + b < k.size() ? static_cast<uint8_t>(k[at + b]) : 0u);
      return w;
    };
    struct Abbreviated {
      uint64_t high, low;
      uint32_t node;
    };
    std::vector<Abbreviated> items(n);
    for (size_t i = 0; i < n; ++i)
      items[i] = Abbreviated{word(nodes_[i].id, shared), word(nodes_[i].id, shared + 8),
                             static_cast<uint32_t>(i)};
    std::sort(items.begin(), items.end(), [&](const Abbreviated& a, const Abbreviated& b) {
      if (a.high != b.high) return a.high < b.high;
      if (a.low != b.low) return a.low < b.low;
      return nodes_[a.node].id < nodes_[b.node].id;
    });
    std::vector<uint32_t> rank(n);
    for (size_t i = 0; i < n; ++i) rank[items[i].node] = static_cast<uint32_t>(i);
    return rank;
  }

  // A path of BEFORE edges from `from` to `to`, without `from`; empty when none is found within
  // kCycleSearchNodes nodes.
  Result<std::vector<std::string>> FindPath(const std::string& from, const std::string& to) {
    std::unordered_map<std::string, std::string> parent;
    std::deque<std::string> queue = {from};
    parent[from] = "";
    while (!queue.empty() && parent.size() < kCycleSearchNodes) {
      std::string x = queue.front();
      queue.pop_front();
      std::vector<std::string> next;
      if (auto it = succ_.find(x); it != succ_.end()) next = it->second;
      if (small_run_) {
        EG_ASSIGN_OR_RETURN(std::vector<Relation> rels, store_.RelationsOf(x));
        for (const auto& r : rels) {
          if (r.type == RelationType::kBefore && r.from == x) next.push_back(r.to);
          if (r.type == RelationType::kAfter && r.to == x) next.push_back(r.from);
        }
      }
      for (auto& y : next) {
        if (parent.count(y)) continue;
        parent[y] = x;
        if (y == to) {
          std::vector<std::string> path;
          for (std::string at = y; !at.empty(); at = parent[at]) path.push_back(at);
          std::reverse(path.begin(), path.end());
          return path;
        }
        queue.push_back(std::move(y));
      }
    }
    return std::vector<std::string>();
  }

  void Compose(std::vector<uint32_t> members, RelationTable& chosen) {
    const size_t n = members.size();
    if (n < 3 || n > kMaxComposed) return;
    std::sort(members.begin(), members.end(),
              [&](uint32_t x, uint32_t y) { return nodes_[x].id < nodes_[y].id; });
    auto find = [&](size_t i, size_t j) {
      return chosen.Find((uint64_t{members[i]} << 32) | members[j]);
    };
    // Only a chain through a text edge says something new, so an article without one is done.
    bool any_text = false;
    for (size_t i = 0; i < n && !any_text; ++i) {
      for (size_t j = i + 1; j < n && !any_text; ++j) {
        auto it = find(i, j);
        any_text = it && IsOrder(it->second.type) && it->second.basis == RelationBasis::kText;
      }
    }
    if (!any_text) return;
    std::vector<std::vector<double>> best(n, std::vector<double>(n, 0.0));
    std::vector<std::vector<char>> text(n, std::vector<char>(n, 0));
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        auto it = find(i, j);
        if (!it || !IsOrder(it->second.type)) continue;
        const bool before = it->second.type == RelationType::kBefore;
        best[before ? i : j][before ? j : i] = it->second.confidence;
        text[before ? i : j][before ? j : i] = it->second.basis == RelationBasis::kText;
      }
    }
    for (size_t k = 0; k < n; ++k) {
      for (size_t i = 0; i < n; ++i) {
        if (best[i][k] == 0.0) continue;
        for (size_t j = 0; j < n; ++j) {
          const double c = best[i][k] * best[k][j];
          if (c > best[i][j]) {
            best[i][j] = c;
            text[i][j] = text[i][k] || text[k][j];
          }
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < n; ++j) {
        // Chains of time edges alone follow from the bounds and add only edges a display would
        // reduce away; a chain through the text says something new.
        if (i == j || best[i][j] == 0.0 || best[j][i] >= best[i][j] || !text[i][j]) continue;
        Relation derived = Canonical(
            Relation{std::string(nodes_[members[i]].id), std::string(nodes_[members[j]].id),
                     RelationType::kBefore,
                     text[i][j] ? RelationBasis::kText : RelationBasis::kTime, best[i][j]});
        const uint64_t key = (uint64_t{Intern(derived.from)} << 32) | Intern(derived.to);
        auto [it, inserted] = chosen.TryEmplace(key, ChosenOf(derived));
        if (inserted) {
          ++report_.derived_relations;
        } else if (!IsOrder(it->second.type) && Strength(derived) > Strength(it->second)) {
          it->second = ChosenOf(derived);
          ++report_.derived_relations;
        }
      }
    }
  }

  // Storylines of the touched participants: per (topic, entity), the entity's events of that
  // topic in time order, read from the entity index.
  Status UpdateStorylines() {
    PhaseTimer timer(report_, "storylines");
    GraphChange change;
    std::vector<std::string> entities(story_entities_.begin(), story_entities_.end());
    std::sort(entities.begin(), entities.end());
    std::vector<std::optional<std::string_view>> topic_of_type;  // EntityIndex type -> TopicOf
    for (const auto& ent : entities) {
      if (!(ent.starts_with("person:") || ent.starts_with("organization:") || ent.starts_with("group:") ||
            ent.starts_with("country:")))
        continue;
      // Keyed by TopicOf's names, which are static.
      std::map<std::string_view, std::vector<std::string>> by_topic;
      if (index_) {
        // In the store's order of an entity's events: (begin, end, id).
        std::vector<const EntityIndex::Record*> all;
        index_->ForEach(ent, 0, 0, /*all=*/true,
                        [&](const EntityIndex::Record& r, uint32_t) { all.push_back(&r); });
        std::sort(all.begin(), all.end(), [](const auto* a, const auto* b) {
          return std::tie(a->begin_day, a->end_day, a->id) <
                 std::tie(b->begin_day, b->end_day, b->id);
        });
        for (const auto* r : all) {
          if (r->type >= topic_of_type.size()) topic_of_type.resize(r->type + 1);
          std::optional<std::string_view>& topic = topic_of_type[r->type];
          if (!topic) topic = TopicOf(index_->TypeName(r->type));
          by_topic[*topic].push_back(r->id);
        }
      } else {
        EventQuery q;
        q.entity = ent;
        EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> all, store_.IndexScan(q));
        for (auto& m : all) by_topic[TopicOf(m.type)].push_back(std::move(m.id));
      }
      std::string name = ent;
      for (auto& [topic, ids] : by_topic) {
        const std::string id = "story:" + std::string(topic) + ":" + ent;
        if (ids.size() < kMinStoryline) {
          change.erase_storylines.push_back(id);
          continue;
        }
        if (name == ent) {
          EG_ASSIGN_OR_RETURN(std::optional<Entity> e, store_.GetEntity(ent));
          if (e) name = e->name;
        }
        Storyline s{
            id, name + ": " + std::string(topic), std::string(topic), {ent}, std::move(ids)};
        change.put_storylines.push_back(std::move(s));
        ++report_.storylines;
      }
    }
    return store_.Apply(change);
  }

  Store& store_;
  LinkReport& report_;
  const LinkOptions options_;
  std::unique_ptr<EntityIndex> index_;   // the entity index in memory, in a bulk run
  std::vector<uint32_t> node_of_event_;  // index_'s event number -> its node in this chunk
  // The sweep's tables, kept from chunk to chunk: tens of megabytes each, which a chunk would
  // otherwise have the system clear and map again, page by page.
  RelationTable chosen_;
  // The chunk's new relation views (GraphChange::put_new_relation_views), kept for the next chunk
  // with its capacity: a million views a chunk, which would otherwise be mapped afresh each time.
  std::vector<RelationView> views_buffer_;
  PairSet done_;
  std::vector<SweepNode> sweep_;
  std::vector<MergeDigest> digests_;        // the nodes' digests (Node::digest), for this chunk
  std::deque<std::string> node_id_store_;   // the ids of this chunk's nodes outside the index
  std::vector<std::string_view> node_ids_;  // views of nodes_' ids, for writing a chunk's relations
  bool small_run_ = true;
  uint32_t merge_serial_ = 0;
  // Whether order edges are kept for the cycle check: in small runs (which also consult the
  // store) and whenever the run brings text relations; a bulk run without them keeps none.
  bool keep_order_graph_ = true;
  // The chunk's nodes: its events and their entity windows' events.
  // A deque, so that a node never moves while the chunk adds nodes.
  std::deque<Node> nodes_;
  IdTable index_of_;                                                // id -> node
  StringMap<std::vector<uint32_t>> members_;  // entity -> its events in the window
  // entity -> its merge candidates by merge class
  StringMap<ClassLists> mergeable_;
  // Lists of mergeable_ out of order (pointers into it: cleared with it, ClearCandidates).
  std::set<std::pair<ClassLists*, uint32_t>> unsorted_;
  std::vector<std::string> class_names_;                 // merge class number -> MergeClass
  StringMap<uint32_t> class_of_type_;                    // type -> ClassOf(type)
  static constexpr uint32_t kUnlooked = UINT32_MAX - 1;  // in class_of_type_number_
  std::vector<uint32_t> class_of_type_number_;           // the bulk index's type numbers' classes
  // entity -> its long and open spans, in (sweep key, id) order, read once per run
  std::unordered_map<std::string, std::vector<LongSpan>> long_spans_;
  // The sweep keys' first days that the chunk's pending events can have, with a margin
  // (ScanEntity).
  long key_lo_ = LONG_MIN, key_hi_ = LONG_MAX;
  // The full events of the chunk's nodes (FullEventRef), by node: as stored (the chunk's
  // events, read in one batch, and merge candidates read one by one) and as this chunk's merges
  // left them (survivors). held_ owns them; a deque, so that they never move.
  std::deque<Event> held_;
  // RunChunk's events to link, kept with their room between chunks.
  std::vector<Event> chunk_events_;
  std::vector<Event*> stored_of_;        // node -> its record as stored, or nullptr (not read)
  std::vector<Event*> touched_of_;       // node -> its state after this chunk's merges, or nullptr
  std::vector<uint32_t> touched_nodes_;  // the nodes given a touched_of_, in order
  GraphChange merges_;                       // merges not yet applied (FlushMerges)
  std::set<std::string> batch_survivors_;    // the events they merged into
  // event id -> indexes into merges_.put_relations of the relations with that end
  std::unordered_map<std::string, std::vector<size_t>> batch_relations_of_;
  // survivor -> the events merged into it in this batch
  std::unordered_map<std::string, std::vector<std::string>> batch_absorbed_;
  std::map<std::string, std::string> countries_;  // what CrossArticleTie reads
  StringSet countries_known_;                     // its keys, for fast lookups
  std::map<std::string, std::optional<Article>> articles_;
  std::unordered_map<std::string, std::string> absorbed_into_;
  std::vector<Relation> text_;
  // Fresh pending events of this run (views of Run's pending ids) that are no end of any stored
  // relation: written by an import and not yet linked, nor met as a neighbour of a linked event.
  // Only a run interrupted between its batches breaks this (its relations are written, its
  // events still fresh); the relinking run then counts those relations again.
  // With the bulk index they are kept by its event numbers instead (unlinked_events_).
  IdTable unlinked_;
  std::vector<bool> unlinked_events_;
  std::unordered_map<std::string, std::vector<size_t>> text_of_;  // event id -> indexes into text_
  std::set<size_t> text_used_;
  std::unordered_map<std::string, std::vector<std::string>> succ_;
  StringSet story_entities_;
};

}  // namespace

std::string_view TopicOf(std::string_view type) {
  static const std::map<std::string_view, std::string_view> kTopics = {
      {"meet", "diplomacy"},     {"negotiate", "diplomacy"}, {"visit", "diplomacy"},
      {"cooperate", "diplomacy"}, {"intent", "diplomacy"},   {"appeal", "diplomacy"},
      {"yield", "diplomacy"},    {"aid", "aid"},             {"demand", "pressure"},
      {"criticize", "pressure"}, {"reject", "pressure"},     {"threaten", "pressure"},
      {"sanction", "pressure"},  {"coerce", "pressure"},     {"protest", "pressure"},
      {"investigate", "pressure"}, {"attack", "conflict"},   {"fight", "conflict"},
      {"invade", "conflict"},    {"mass_violence", "conflict"}, {"mobilize", "conflict"},
      {"statement", "statement"}};
  auto it = kTopics.find(type);
  return it == kTopics.end() ? std::string_view("other") : it->second;
}

Result<LinkReport> LinkStore(Store& store, const std::vector<Relation>& new_text_relations,
                             const LinkOptions& options) {
  LinkReport report;
  Linker linker(store, report, options);
  EG_RETURN_IF_ERROR(linker.Run(new_text_relations));
  return report;
}

Result<std::vector<std::string>> Unmerge(Store& store, const std::string& event_id) {
  EG_ASSIGN_OR_RETURN(std::optional<Event> ev, store.GetEvent(event_id));
  std::optional<Event> survivor;
  std::set<std::string> undo;
  if (ev && !ev->merged.empty()) {
    survivor = std::move(ev);
    for (const auto& n : survivor->merged) undo.insert(n.event);
  } else {
    EG_ASSIGN_OR_RETURN(std::optional<MergeRecord> rec, store.GetMerge(event_id));
    if (!rec) return Status::NotFound("event " + event_id + " has no merges to undo");
    EG_ASSIGN_OR_RETURN(survivor, store.GetEvent(rec->into));
    if (!survivor)
      return Status::NotFound("event " + event_id + " was merged into " + rec->into +
                              ", which is no longer stored (undo that merge first)");
    undo.insert(event_id);
  }
  std::vector<MergeRecord> records;
  for (const auto& n : survivor->merged) {
    EG_ASSIGN_OR_RETURN(std::optional<MergeRecord> rec, store.GetMerge(n.event));
    if (!rec) return Status::Corruption("merge record of " + n.event + " is missing");
    records.push_back(std::move(*rec));
  }
  if (records.empty()) return Status::NotFound("event " + event_id + " has no merges to undo");
  // The survivor as before its first merge, with the merges that stay replayed in order.
  Event rebuilt = records.front().into_before;
  GraphChange change;
  std::vector<std::string> restored;
  for (size_t i = 0; i < records.size(); ++i) {
    const MergeRecord& rec = records[i];
    if (!undo.count(rec.absorbed)) {
      AbsorbEvent(rebuilt, rec.absorbed_before);
      rebuilt.merged.push_back(survivor->merged[i]);
      continue;
    }
    change.put_events.push_back(rec.absorbed_before);
    change.erase_merges.push_back(rec.absorbed);
    restored.push_back(rec.absorbed);
    // The relations it brought go back to it.
    for (Relation r : rec.relations) {
      change.put_relations.push_back(r);
      if (r.from == rec.absorbed) r.from = survivor->id;
      if (r.to == rec.absorbed) r.to = survivor->id;
      if (r.from != r.to) change.erase_relations.push_back(Canonical(r));
    }
  }
  std::sort(rebuilt.evidence.begin(), rebuilt.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.article, a.trigger.begin) < std::tie(b.article, b.trigger.begin);
  });
  change.put_events.push_back(rebuilt);
  for (const auto& e : change.put_events) change.mark_pending.push_back(e.id);
  EG_RETURN_IF_ERROR(store.Apply(change));
  return restored;
}

}  // namespace eg
