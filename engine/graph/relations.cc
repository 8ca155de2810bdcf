// Time relations from spans, and the grouping that keeps their computation linear in practice.
#include <algorithm>
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

}  // namespace

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
