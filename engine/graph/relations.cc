// Time relations from spans, and the grouping that keeps their computation linear in practice.
#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <unordered_map>

#include "engine/graph/graph.h"

namespace eg {
namespace {

// Day numbers make the comparisons plain integers.
using Day = long;
struct Bounds {
  std::optional<Day> begin, end;
};

Bounds HardBounds(const TimeSpan& t) {
  Bounds b;
  if (t.begin) b.begin = t.begin->day_number();
  if (t.end) b.end = t.end->day_number();
  return b;
}

// The news-recency reading: an open bound that the publication date gave (through tense, or
// through the narration's "today") lies within a year of that day. Explicit calendar bounds
// ("until 2020") are not read this way.
constexpr Day kRecencyDays = 365;
Bounds LikelyBounds(const TimeSpan& t) {
  Bounds b = HardBounds(t);
  if (t.basis == TimeBasis::kTense || t.basis == TimeBasis::kRelative) {
    if (!b.begin && b.end) b.begin = *b.end - kRecencyDays;
    if (!b.end && b.begin) b.end = *b.begin + kRecencyDays;
  }
  return b;
}

std::optional<RelationType> Relate(const Bounds& a, const Bounds& b) {
  if (a.end && b.begin && *a.end < *b.begin) return RelationType::kBefore;
  if (b.end && a.begin && *b.end < *a.begin) return RelationType::kAfter;
  if (!a.begin || !a.end || !b.begin || !b.end) return std::nullopt;
  const Day ab = *a.begin, ae = *a.end, bb = *b.begin, be = *b.end;
  if (ab == bb && ae == be) return RelationType::kSimultaneous;
  if (bb <= ab && ae <= be) return RelationType::kIsIncluded;
  if (ab <= bb && be <= ae) return RelationType::kIncludes;
  if (ab < bb) return RelationType::kOverlaps;
  return std::nullopt;
}

// Sort key: open begins first, then by begin, then end (open ends last).
struct SpanKey {
  Day begin, end;
  bool operator<(const SpanKey& o) const { return std::tie(begin, end) < std::tie(o.begin, o.end); }
};
SpanKey KeyOf(const TimeSpan& t) {
  const Bounds b = LikelyBounds(t);
  return {b.begin.value_or(LONG_MIN), b.end.value_or(LONG_MAX)};
}

bool Dated(const Event& e) { return e.time.begin || e.time.end; }

constexpr uint32_t Bit(RelationType t) { return 1u << static_cast<int>(t); }

// The endpoints of the two events: a's first and last day, b's first and last day, as bits.
enum Point : uint8_t { kSa = 1, kEa = 2, kSb = 4, kEb = 8 };
// One ordering of the endpoints: up to four groups of equal points (a mask of Points, 0 past the
// last), each strictly after the previous one or on or after it (bit g of `strict`).
struct Order {
  RelationType type;
  uint8_t groups[4];
  uint8_t strict;
};
// Each relation as the orders of endpoints that make it; s <= e within each event.
constexpr Order kOrders[] = {
    {RelationType::kBefore, {kSa, kEa, kSb, kEb}, 0b0100},
    {RelationType::kAfter, {kSb, kEb, kSa, kEa}, 0b0100},
    {RelationType::kSimultaneous, {kSa | kSb, kEa | kEb, 0, 0}, 0b0000},
    {RelationType::kBegins, {kSa | kSb, kEa, kEb, 0}, 0b0100},
    {RelationType::kBegins, {kSa | kSb, kEb, kEa, 0}, 0b0100},
    {RelationType::kEnds, {kSb, kSa, kEa | kEb, 0}, 0b0010},
    {RelationType::kEnds, {kSa, kSb, kEa | kEb, 0}, 0b0010},
    {RelationType::kIsIncluded, {kSb, kSa, kEa, kEb}, 0b1010},
    {RelationType::kIncludes, {kSa, kSb, kEb, kEa}, 0b1010},
    {RelationType::kOverlaps, {kSa, kSb, kEa, kEb}, 0b1010},
    {RelationType::kOverlaps, {kSb, kSa, kEb, kEa}, 0b1010},
};

// Whether whole days can be chosen for the points in the order `o` describes, each point within
// its event's bounds ([a_lo, a_hi] for a's two points, [b_lo, b_hi] for b's). Equal points share
// the tightest bounds; then the earliest feasible day for each group in turn is the best choice
// for all later ones, so one greedy pass decides.
bool Feasible(const Order& o, Day a_lo, Day a_hi, Day b_lo, Day b_hi) {
  Day prev = LONG_MIN / 4 - 1;
  for (int g = 0; g < 4 && o.groups[g]; ++g) {
    const bool has_a = o.groups[g] & (kSa | kEa), has_b = o.groups[g] & (kSb | kEb);
    const Day low = has_a && has_b ? std::max(a_lo, b_lo) : has_a ? a_lo : b_lo;
    const Day high = has_a && has_b ? std::min(a_hi, b_hi) : has_a ? a_hi : b_hi;
    const Day v = std::max(low, (o.strict >> g) & 1 ? prev + 1 : prev);
    if (v > high) return false;
    prev = v;
  }
  return true;
}

}  // namespace

uint32_t AllSpanRelations() {
  return Bit(RelationType::kBefore) | Bit(RelationType::kAfter) | Bit(RelationType::kSimultaneous) |
         Bit(RelationType::kBegins) | Bit(RelationType::kEnds) | Bit(RelationType::kIncludes) |
         Bit(RelationType::kIsIncluded) | Bit(RelationType::kOverlaps);
}

// The linker asks this for every pair it sweeps: day numbers and a table of endpoint orders, no
// allocation.
uint32_t PossibleRelations(const TimeSpan& a, const TimeSpan& b) {
  constexpr Day kNegInf = LONG_MIN / 4, kPosInf = LONG_MAX / 4;
  const Day a_lo = a.begin ? a.begin->day_number() : kNegInf;
  const Day a_hi = a.end ? a.end->day_number() : kPosInf;
  const Day b_lo = b.begin ? b.begin->day_number() : kNegInf;
  const Day b_hi = b.end ? b.end->day_number() : kPosInf;
  if (a_lo <= a_hi && b_lo <= b_hi) {
    // Every day of one before every day of the other (most pairs a sweep meets): only that order.
    if (a_hi < b_lo) return Bit(RelationType::kBefore);
    if (b_hi < a_lo) return Bit(RelationType::kAfter);
  }
  uint32_t out = 0;
  for (const Order& o : kOrders) {
    if (!(out & Bit(o.type)) && Feasible(o, a_lo, a_hi, b_lo, b_hi)) out |= Bit(o.type);
  }
  return out;
}

std::optional<Relation> ClassifySpans(const std::string& a_id, const TimeSpan& a,
                                      const std::string& b_id, const TimeSpan& b) {
  const uint32_t possible = PossibleRelations(a, b);
  auto make = [&](RelationType t, double confidence) {
    return Relation{a_id, b_id, t, RelationBasis::kTime, confidence};
  };
  if (possible == Bit(RelationType::kBefore)) return make(RelationType::kBefore, 1.0);
  if (possible == Bit(RelationType::kAfter)) return make(RelationType::kAfter, 1.0);
  if (possible == Bit(RelationType::kSimultaneous)) return make(RelationType::kSimultaneous, 0.5);
  for (RelationType t : {RelationType::kIncludes, RelationType::kIsIncluded}) {
    if (possible == Bit(t)) return make(t, 1.0);
  }
  const auto likely = Relate(LikelyBounds(a), LikelyBounds(b));
  if (likely == RelationType::kBefore || likely == RelationType::kAfter) return make(*likely, 0.7);
  // Only spans that share days leave a real question of order; others are either decided above
  // or too far apart in what is known to be worth an edge.
  const bool share_days = possible & ~(Bit(RelationType::kBefore) | Bit(RelationType::kAfter));
  const bool both_dated = (a.begin || a.end) && (b.begin || b.end);
  if (both_dated && possible != 0 && possible != AllSpanRelations() && share_days) {
    Relation r = make(RelationType::kVague, 0.3);
    r.possible = possible;
    return r;
  }
  return std::nullopt;
}

std::optional<RelationType> RelateSpans(const TimeSpan& a, const TimeSpan& b) {
  return Relate(HardBounds(a), HardBounds(b));
}

std::optional<SpanRelation> RelateSpansLikely(const TimeSpan& a, const TimeSpan& b) {
  const auto hard = RelateSpans(a, b);
  if (hard == RelationType::kBefore || hard == RelationType::kAfter) return SpanRelation{*hard, 1.0};
  // A span bounds where an event lies, not how long it lasts: equal windows say only that the two
  // fall in the same day (or month); containment of windows says nothing about the events.
  if (hard == RelationType::kSimultaneous) return SpanRelation{*hard, 0.5};
  if (hard) return std::nullopt;
  const auto likely = Relate(LikelyBounds(a), LikelyBounds(b));
  // Only the order is trusted from the recency reading, never containment or overlap.
  if (likely == RelationType::kBefore || likely == RelationType::kAfter) {
    return SpanRelation{*likely, 0.7};
  }
  return std::nullopt;
}

std::vector<Relation> ComputeTimeRelations(const std::vector<Event>& events, size_t max_neighbours) {
  // Groups: one per article, per participant and per place. An event is in several groups.
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!Dated(e)) continue;
    std::set<std::string> keys;
    for (const auto& ev : e.evidence) keys.insert("a\x1f" + ev.article);
    for (const auto& p : e.participants) keys.insert("e\x1f" + p.entity);
    if (e.location && !e.location->entity.empty()) keys.insert("e\x1f" + e.location->entity);
    for (const auto& k : keys) groups[k].push_back(i);
  }
  std::set<std::pair<size_t, size_t>> seen;
  std::vector<Relation> out;
  for (auto& [key, members] : groups) {
    std::sort(members.begin(), members.end(), [&](size_t x, size_t y) {
      const SpanKey kx = KeyOf(events[x].time), ky = KeyOf(events[y].time);
      if (kx < ky || ky < kx) return kx < ky;
      return events[x].id < events[y].id;
    });
    for (size_t i = 0; i < members.size(); ++i) {
      const size_t limit = std::min(members.size(), i + 1 + max_neighbours);
      for (size_t j = i + 1; j < limit; ++j) {
        const size_t x = members[i], y = members[j];
        if (!seen.insert({std::min(x, y), std::max(x, y)}).second) continue;
        // x sorts first, so an overlap is reported as x OVERLAPS y.
        auto rel = RelateSpansLikely(events[x].time, events[y].time);
        if (!rel) continue;
        out.push_back(Relation{events[x].id, events[y].id, rel->type, RelationBasis::kTime,
                               rel->confidence});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.from, a.to) < std::tie(b.from, b.to);
  });
  return out;
}

std::vector<Relation> RemapRelations(const std::vector<Relation>& relations,
                                     const std::map<std::string, std::string>& event_of_mention) {
  std::vector<Relation> out;
  std::set<std::tuple<std::string, std::string, int>> seen;
  for (Relation r : relations) {
    if (auto it = event_of_mention.find(r.from); it != event_of_mention.end()) r.from = it->second;
    if (auto it = event_of_mention.find(r.to); it != event_of_mention.end()) r.to = it->second;
    if (r.from == r.to) continue;
    if (!seen.insert({r.from, r.to, static_cast<int>(r.type)}).second) continue;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace eg
