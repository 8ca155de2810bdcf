// The temporal graph engine over a real store: cross-article merging and its undo, sources,
// relation edge cases, the BEFORE-cycle check, storylines and queries, on small hand-made articles.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::D;
using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Window;

constexpr uint32_t Bit(RelationType t) { return 1u << static_cast<int>(t); }

Entity Person(const std::string& id, const std::string& name) {
  Entity e;
  e.id = id;
  e.kind = EntityKind::kPerson;
  e.name = name;
  return e;
}

Entity City(const std::string& id, const std::string& name, const std::string& country, double lat, double lon) {
  Entity e;
  e.id = id;
  e.kind = EntityKind::kLocation;
  e.name = name;
  e.country = country;
  e.lat = lat;
  e.lon = lon;
  return e;
}

class EngineTest : public testing::TempStoreTest {
 protected:

  // An article whose text holds `sentence` at offset 0; the event's evidence points at it.
  void Put(const std::string& art_id, const std::string& sentence, std::vector<Event> events,
           std::vector<Entity> entities, const std::string& source = "Outlet") {
    Article a;
    a.id = art_id;
    a.title = art_id;
    a.text = sentence;
    a.source = source;
    a.published = D("2025-12-02");
    for (auto& e : events) {
      for (auto& ev : e.evidence) {
        ev.article = art_id;
        ev.sentence = Span{0, sentence.size()};
        ev.trigger = Span{0, std::min<size_t>(5, sentence.size())};
      }
    }
    auto put = store_->PutArticle(a, entities, events);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  LinkReport Link(const std::vector<Relation>& text = {}) {
    auto r = LinkStore(*store_, text);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : LinkReport{};
  }

  // A meeting of `who` in `place` on 2025-12-01, reported by one article.
  Event Meeting(const std::string& id, std::vector<std::string> who, const Entity& place) {
    std::vector<Participant> ps;
    for (auto& w : who) ps.push_back({w, Role::kParticipant});
    Event e = Mention(id, "meet", "met", 0, Day("2025-12-01"), ps);
    e.location = Location{place.id, place.name, "in", place.lat, place.lon};
    return e;
  }

  const Entity kallas_ = Person("person:kaja-kallas", "Kaja Kallas");
  const Entity rutte_ = Person("person:mark-rutte", "Mark Rutte");
  const Entity umerov_ = Person("person:rustem-umerov", "Rustem Umerov");
  const Entity witkoff_ = Person("person:steve-witkoff", "Steve Witkoff");
  const Entity brussels_ = City("location:brussels-be", "Brussels", "BE", 50.85, 4.35);
  const Entity miami_ = City("location:miami-us", "Miami", "US", 25.76, -80.19);
};

TEST_F(EngineTest, TwoReportsOfOneMeetingMergeWithTheirEvidenceAndWhy) {
  Put("art:0000000000000001", "Kallas met Rutte in Brussels on Monday.",
      {Meeting("ev:a", {kallas_.id, rutte_.id}, brussels_)}, {kallas_, rutte_, brussels_});
  Put("art:0000000000000002", "Rutte and Kallas held a meeting in Brussels.",
      {Meeting("ev:b", {rutte_.id, kallas_.id}, brussels_)}, {kallas_, rutte_, brussels_});
  const LinkReport report = Link();
  EXPECT_EQ(report.merged_events, 1u);
  auto a = store_->GetEvent("ev:a");
  auto b = store_->GetEvent("ev:b");
  ASSERT_TRUE(a.ok() && b.ok());
  // One of the two survives with both pieces of evidence; the other is gone from the events.
  ASSERT_NE(a->has_value(), b->has_value());
  const Event& merged = a->has_value() ? **a : **b;
  ASSERT_EQ(merged.evidence.size(), 2u);
  EXPECT_NE(merged.evidence[0].article, merged.evidence[1].article);
  ASSERT_EQ(merged.merged.size(), 1u);
  // Two shared participants, the same place and the same day: 2 + 1 + 1 = 4, plus the trigger.
  EXPECT_DOUBLE_EQ(merged.merged[0].score, 4.5);
  EXPECT_NE(merged.merged[0].rule.find("shared-participants:2"), std::string::npos);
  EXPECT_NE(merged.merged[0].rule.find("same-place"), std::string::npos);
  EXPECT_EQ(merged.sources, 2);
  EXPECT_EQ(merged.independent_sources, 2) << "different sentences, no wire credit";
  EXPECT_EQ(store_->Stats()->events, 1u);
  EXPECT_EQ(store_->Stats()->merged, 1u);
}

TEST_F(EngineTest, TwoDifferentMeetingsOnTheSameDayStayApart) {
  // Same day, one shared person, but Brussels and Miami: two happenings.
  Put("art:0000000000000001", "Kallas met Rutte in Brussels.",
      {Meeting("ev:a", {kallas_.id, rutte_.id}, brussels_)}, {kallas_, rutte_, brussels_});
  Put("art:0000000000000002", "Kallas met Witkoff in Miami.",
      {Meeting("ev:b", {kallas_.id, witkoff_.id}, miami_)}, {kallas_, witkoff_, miami_});
  // Same day, no place, one shared person: not enough to say it is one meeting.
  Event c = Mention("ev:c", "meet", "met", 0, Day("2025-12-01"),
                    {{kallas_.id, Role::kParticipant}, {umerov_.id, Role::kParticipant}});
  Put("art:0000000000000003", "Kallas met Umerov.", {c}, {kallas_, umerov_});
  EXPECT_EQ(Link().merged_events, 0u);
  EXPECT_EQ(store_->Stats()->events, 3u);
}

TEST_F(EngineTest, SyndicatedCopiesCountAsOneIndependentSource) {
  const std::string wire = "KYIV (Reuters) - Kallas met Rutte in Brussels on Monday to discuss aid.";
  Put("art:0000000000000001", wire, {Meeting("ev:a", {kallas_.id, rutte_.id}, brussels_)},
      {kallas_, rutte_, brussels_}, "Outlet A");
  Put("art:0000000000000002", wire, {Meeting("ev:b", {kallas_.id, rutte_.id}, brussels_)},
      {kallas_, rutte_, brussels_}, "Outlet B");
  Put("art:0000000000000003", "The two leaders sat down together at the Berlaymont.",
      {Meeting("ev:c", {kallas_.id, rutte_.id}, brussels_)}, {kallas_, rutte_, brussels_}, "Outlet C");
  Link();
  auto events = store_->Events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].sources, 3);
  EXPECT_EQ((*events)[0].independent_sources, 2) << "the two Reuters copies are one source";
}

TEST_F(EngineTest, UnmergeRestoresBothEventsAndIsNotUndoneByLinking) {
  const Event a = Meeting("ev:a", {kallas_.id, rutte_.id}, brussels_);
  const Event b = Meeting("ev:b", {kallas_.id, rutte_.id}, brussels_);
  Put("art:0000000000000001", "Kallas met Rutte in Brussels.", {a}, {kallas_, rutte_, brussels_});
  Put("art:0000000000000002", "Rutte met Kallas in Brussels.", {b}, {kallas_, rutte_, brussels_});
  Link();
  auto before = store_->Events({});
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->size(), 1u);
  const std::string survivor = (*before)[0].id;
  const std::string absorbed = survivor == "ev:a" ? "ev:b" : "ev:a";

  auto restored = Unmerge(*store_, survivor);
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  EXPECT_EQ(*restored, std::vector<std::string>{absorbed});
  Link();  // relinking must not merge them again
  auto after = LoadGraph(*store_, {});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->events.size(), 2u);
  for (const auto& e : after->events) {
    EXPECT_TRUE(e.merged.empty());
    EXPECT_EQ(e.evidence.size(), 1u);
    EXPECT_EQ(e.sources, 1) << "the view reads an unset count as the one article";
    EXPECT_EQ(e.participants.size(), 2u);
  }
  EXPECT_EQ(store_->Stats()->merged, 0u);
  EXPECT_EQ(Unmerge(*store_, survivor).status().code(), StatusCode::kNotFound);
}

TEST(PossibleRelations, OpenBoundsMonthVsDayAndEqualDays) {
  const auto dec1 = Day("2025-12-01");
  // Talks held on or before 2025-12-01 against a meeting that day: before it, or ending with it
  // (the talks' last day is the meeting's day), or the very same day.
  EXPECT_EQ(PossibleRelations(PastOf("2025-12-01"), dec1),
            Bit(RelationType::kBefore) | Bit(RelationType::kEnds) | Bit(RelationType::kSimultaneous));
  // A month against one of its days: nothing decided, but a run of days cannot lie strictly
  // inside one day, nor share only part of it.
  const uint32_t one_day_excludes = Bit(RelationType::kIsIncluded) | Bit(RelationType::kOverlaps);
  const uint32_t month_day = PossibleRelations(Window("2022-02-01", "2022-02-28"), Day("2022-02-24"));
  EXPECT_EQ(month_day, AllSpanRelations() & ~one_day_excludes);
  // The first day of the month cannot come after a run of days in that month.
  EXPECT_FALSE(PossibleRelations(Window("2022-02-01", "2022-02-28"), Day("2022-02-01")) &
               Bit(RelationType::kBefore));
  // Equal days: the same day, at day precision.
  EXPECT_EQ(PossibleRelations(dec1, dec1), Bit(RelationType::kSimultaneous));
  // Both sides of one event open: only what the other's single day excludes.
  EXPECT_EQ(PossibleRelations(TimeSpan{}, dec1), AllSpanRelations() & ~one_day_excludes);
  EXPECT_EQ(PossibleRelations(TimeSpan{}, Window("2025-12-01", "2025-12-31")), AllSpanRelations());
}

// Against brute force: for every pair of spans over a few days (each bound a day or open), the
// relations some choice of actual first and last days allows, each within its span, read off the
// chosen days. (Open bounds reach a few days past the closed ones, which is all an order of four
// points needs.)
TEST(PossibleRelations, MatchEveryChoiceOfDaysWithinTheSpans) {
  const Date origin = D("2025-03-01");
  constexpr int kFirst = 0, kLast = 4, kReach = 3;
  std::vector<TimeSpan> spans;
  for (int b = kFirst - 1; b <= kLast; ++b) {
    for (int e = kFirst - 1; e <= kLast; ++e) {
      TimeSpan t;
      if (b >= kFirst) t.begin = origin + boost::gregorian::days(b);
      if (e >= kFirst) t.end = origin + boost::gregorian::days(e);
      if (t.begin && t.end && *t.end < *t.begin) continue;
      spans.push_back(t);
    }
  }
  auto range = [&](const TimeSpan& t) {
    return std::pair<int, int>{t.begin ? (*t.begin - origin).days() : kFirst - kReach,
                               t.end ? (*t.end - origin).days() : kLast + kReach};
  };
  auto relation = [](int sa, int ea, int sb, int eb) {
    if (ea < sb) return RelationType::kBefore;
    if (eb < sa) return RelationType::kAfter;
    if (sa == sb && ea == eb) return RelationType::kSimultaneous;
    if (sa == sb) return RelationType::kBegins;
    if (ea == eb) return RelationType::kEnds;
    if (sa < sb && eb < ea) return RelationType::kIncludes;
    if (sb < sa && ea < eb) return RelationType::kIsIncluded;
    return RelationType::kOverlaps;
  };
  size_t pairs = 0;
  for (const auto& a : spans) {
    for (const auto& b : spans) {
      const auto [a0, a1] = range(a);
      const auto [b0, b1] = range(b);
      uint32_t expected = 0;
      for (int sa = a0; sa <= a1; ++sa) {
        for (int ea = sa; ea <= a1; ++ea) {
          for (int sb = b0; sb <= b1; ++sb) {
            for (int eb = sb; eb <= b1; ++eb) expected |= Bit(relation(sa, ea, sb, eb));
          }
        }
      }
      EXPECT_EQ(PossibleRelations(a, b), expected)
          << "a [" << a0 << ", " << a1 << "] b [" << b0 << ", " << b1 << "]";
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, 26u * 26u);  // 6 x 6 bound choices, less the 10 with the end before the begin
}

TEST(ClassifySpans, DecidedLikelyAndVague) {
  auto r = ClassifySpans("a", Day("2025-11-30"), "b", Day("2025-12-01"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::kBefore);
  EXPECT_EQ(r->confidence, 1.0);
  r = ClassifySpans("a", Day("2025-12-01"), "b", Day("2025-12-01"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::kSimultaneous);
  EXPECT_EQ(r->confidence, 0.5) << "sharing a day is not sharing a moment";
  // Open start, 2022 event: the recency reading orders it.
  r = ClassifySpans("a", Window("2022-02-01", "2022-02-28"), "b", PastOf("2025-12-01"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::kBefore);
  EXPECT_EQ(r->confidence, 0.7);
  // Undecided but informative: VAGUE with the possible set.
  r = ClassifySpans("a", PastOf("2025-12-01"), "b", Day("2025-12-01"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::kVague);
  EXPECT_EQ(r->possible,
            Bit(RelationType::kBefore) | Bit(RelationType::kEnds) | Bit(RelationType::kSimultaneous));
  // Nothing known of one event: nothing said.
  EXPECT_FALSE(ClassifySpans("a", TimeSpan{}, "b", Day("2025-12-01")));
}

TEST_F(EngineTest, ABeforeCycleIsReportedNotStored) {
  // Undated events of one article; the text orders them in a circle.
  std::vector<Event> evs;
  for (const char* id : {"ev:x", "ev:y", "ev:z"}) evs.push_back(Mention(id, "statement", "said", 0, TimeSpan{}));
  Put("art:0000000000000001", "x y z", evs, {});
  const LinkReport report =
      Link({{"ev:x", "ev:y", RelationType::kBefore, RelationBasis::kText, 0.9},
            {"ev:y", "ev:z", RelationType::kBefore, RelationBasis::kText, 0.8},
            {"ev:z", "ev:x", RelationType::kBefore, RelationBasis::kText, 0.6}});
  ASSERT_EQ(report.cycles.size(), 1u);
  // The weakest edge (z before x) is refused; the cycle names z, then x and y.
  EXPECT_EQ(report.cycles[0], (std::vector<std::string>{"ev:z", "ev:x", "ev:y", "ev:z"}));
  EXPECT_GE(report.contradictions, 1u);
  auto rels = store_->Relations();
  ASSERT_TRUE(rels.ok());
  // Stored: x<y, y<z and the composed x<z; never z<x.
  std::set<std::pair<std::string, std::string>> before;
  for (const auto& r : *rels) {
    if (r.type == RelationType::kBefore) before.insert({r.from, r.to});
    if (r.type == RelationType::kAfter) before.insert({r.to, r.from});
  }
  EXPECT_EQ(before, (std::set<std::pair<std::string, std::string>>{
                        {"ev:x", "ev:y"}, {"ev:y", "ev:z"}, {"ev:x", "ev:z"}}));
}

TEST_F(EngineTest, StorylinesFollowAParticipantPerTopicInTimeOrder) {
  auto talk = [&](const char* id, const char* day) {
    return Mention(id, "negotiate", "talks", 0, Day(day), {{witkoff_.id, Role::kSource}, {umerov_.id, Role::kTarget}});
  };
  Put("art:0000000000000001", "talks", {talk("ev:t3", "2025-12-03"), talk("ev:t1", "2025-11-20")},
      {witkoff_, umerov_});
  Put("art:0000000000000002", "talks", {talk("ev:t2", "2025-11-28")}, {witkoff_, umerov_});
  Event strike = Mention("ev:s", "attack", "strike", 0, Day("2025-11-25"), {{umerov_.id, Role::kTarget}});
  Put("art:0000000000000003", "strike", {strike}, {umerov_});
  Link();
  auto s = store_->GetStoryline("story:diplomacy:person:steve-witkoff");
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->has_value());
  EXPECT_EQ((*s)->events, (std::vector<std::string>{"ev:t1", "ev:t2", "ev:t3"}));
  EXPECT_EQ((*s)->label, "Steve Witkoff: diplomacy");
  // The same talks are also Umerov's thread; the strike is not diplomacy and has no thread of
  // its own (one event).
  auto u = store_->GetStoryline("story:diplomacy:person:rustem-umerov");
  ASSERT_TRUE(u.ok() && u->has_value());
  EXPECT_EQ((*u)->events.size(), 3u);
  EXPECT_FALSE(store_->GetStoryline("story:conflict:person:rustem-umerov")->has_value());
  // The view carries them, cut to its events.
  EventQuery q;
  q.from = D("2025-11-27");
  auto view = LoadGraph(*store_, q);
  ASSERT_TRUE(view.ok());
  ASSERT_FALSE(view->storylines.empty());
  for (const auto& sl : view->storylines) EXPECT_EQ(sl.events, (std::vector<std::string>{"ev:t2", "ev:t3"}));
  for (const auto& ent : view->entities) {
    if (ent.id == witkoff_.id) {
      EXPECT_EQ(ent.event_count, 3u);
      EXPECT_EQ(ent.article_count, 2u);
    }
  }
}

TEST_F(EngineTest, QueriesByWindowEntityPlaceCountryTextPathAndNeighbours) {
  Put("art:0000000000000001", "Kallas met Rutte in Brussels.",
      {Meeting("ev:m1", {kallas_.id, rutte_.id}, brussels_)}, {kallas_, rutte_, brussels_});
  Event miami = Meeting("ev:m2", {witkoff_.id, umerov_.id}, miami_);
  miami.time = Day("2025-11-30");
  miami.label = "Peace talks near Miami";
  Event call = Mention("ev:c", "statement", "said", 0, Window("2025-11-01", "2025-11-30"),
                       {{rutte_.id, Role::kSource}, {umerov_.id, Role::kTarget}});
  Put("art:0000000000000002", "Talks in Miami.", {miami, call}, {witkoff_, umerov_, miami_, rutte_});
  Link();

  EventQuery window;
  window.from = D("2025-12-01");
  auto evs = store_->Events(window);
  ASSERT_TRUE(evs.ok());
  ASSERT_EQ(evs->size(), 1u);
  EXPECT_EQ((*evs)[0].id, "ev:m1");
  // A window inside the month reaches the month-long span too; the limit keeps the first in order.
  window.from = D("2025-11-15");
  window.to = D("2025-11-30");
  window.limit = 1;
  evs = store_->Events(window);
  ASSERT_TRUE(evs.ok());
  ASSERT_EQ(evs->size(), 1u);
  EXPECT_EQ((*evs)[0].id, "ev:c") << "begins 2025-11-01, before the Miami talks";

  EventQuery by;
  by.place = miami_.id;
  EXPECT_EQ(store_->Events(by)->size(), 1u);
  by = {};
  by.country = "BE";
  ASSERT_EQ(store_->Events(by)->size(), 1u);
  EXPECT_EQ(store_->Events(by)->front().id, "ev:m1");
  by = {};
  by.text = "miami";
  ASSERT_EQ(store_->Events(by)->size(), 1u);
  by = {};
  by.entity = rutte_.id;
  EXPECT_EQ(store_->Events(by)->size(), 2u) << "Rutte's timeline";

  auto kallas = ResolveEntity(*store_, "kallas");
  ASSERT_TRUE(kallas.ok());
  EXPECT_EQ(kallas->id, kallas_.id) << "a surname finds the one person with that name";

  // Kallas - meeting - Rutte - call - Umerov - Miami talks - Witkoff.
  auto path = PathBetween(*store_, "Kaja Kallas", "Steve Witkoff");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_EQ(*path, (std::vector<std::string>{kallas_.id, "ev:m1", rutte_.id, "ev:c", umerov_.id, "ev:m2",
                                             witkoff_.id}));
  // One step: the meeting's people and place, and the events it has a relation with (the call,
  // Rutte's earlier event); the Miami talks share nothing with it.
  auto near = NeighboursOf(*store_, "ev:m1", 1);
  ASSERT_TRUE(near.ok());
  std::set<std::string> ids;
  for (const auto& e : near->events) ids.insert(e.id);
  EXPECT_EQ(ids, (std::set<std::string>{"ev:m1", "ev:c"}));
  EXPECT_EQ(near->entities.size(), 3u) << "Kallas, Rutte, Brussels";
  // Two steps reach the talks through the call's relation to them (same article).
  near = NeighboursOf(*store_, "ev:m1", 2);
  ASSERT_TRUE(near.ok());
  ids.clear();
  for (const auto& e : near->events) ids.insert(e.id);
  EXPECT_TRUE(ids.count("ev:m2"));

  auto ba = BeforeAndAfter(*store_, "ev:m1");
  ASSERT_TRUE(ba.ok());
  ASSERT_FALSE(ba->before.empty());
  EXPECT_EQ(ba->before[0].first.id, "ev:c") << "the November call is before the meeting";
}

}  // namespace
}  // namespace eg
