#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <set>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::D;
using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Window;

class LinkStoreTest : public testing::TempStoreTest {
 protected:
  std::optional<Relation> Find(const std::vector<Relation>& rels, const std::string& a,
                               const std::string& b) {
    for (const auto& r : rels) {
      if ((r.from == a && r.to == b) || (r.from == b && r.to == a)) return r;
    }
    return std::nullopt;
  }
  // The stored relations, after checking that each ends at stored events and that the store's
  // count matches the records.
  std::vector<Relation> ConsistentRelations(Store& s) {
    auto rels = s.Relations();
    EXPECT_TRUE(rels.ok());
    if (!rels.ok()) return {};
    for (const auto& r : *rels) {
      EXPECT_TRUE(s.GetEvent(r.from)->has_value()) << r.from << " is gone";
      EXPECT_TRUE(s.GetEvent(r.to)->has_value()) << r.to << " is gone";
    }
    EXPECT_EQ(s.Stats()->relations, rels->size());
    return *rels;
  }
  // True when the stored relations say a is before b, in either orientation.
  bool Before(const std::vector<Relation>& rels, const std::string& a, const std::string& b) {
    auto r = Find(rels, a, b);
    if (!r) return false;
    return (r->from == a && r->type == RelationType::kBefore) ||
           (r->from == b && r->type == RelationType::kAfter);
  }
};

// Relations between events never linked are written without an existence check; the count must
// still match the records when later runs relate new events to linked ones and relink old ones.
TEST_F(LinkStoreTest, RelationCountMatchesTheRecordsAcrossRuns) {
  const Participant x{"person:x", Role::kSource};
  Entity ex{"person:x", EntityKind::kPerson, "X", {}, "", {}, {}, {}, {}};
  const char* days[] = {"2025-01-03", "2025-01-10", "2025-01-05", "2025-01-20", "2025-01-01", "2025-01-12"};
  size_t stored_before = 0;
  for (int run = 0; run < 3; ++run) {
    Article art;
    art.id = "art:" + std::to_string(run);
    art.text = std::string(400, 'x');
    std::vector<Event> events;
    for (int i = 0; i < 2; ++i) {
      const std::string id = "ev:" + std::to_string(run) + std::to_string(i);
      events.push_back(Mention(id, i == 0 ? "statement" : "attack", "w", 10 + 100 * i, Day(days[2 * run + i]), {x},
                               art.id));
    }
    // The last article also reports the first event again: it gains evidence and is relinked,
    // rewriting relations that are stored already.
    if (run == 2) events.push_back(Mention("ev:00", "statement", "w", 300, Day(days[0]), {x}, art.id));
    ASSERT_TRUE(store_->PutArticle(art, {ex}, events).ok());
    auto report = LinkStore(*store_);
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    auto rels = store_->Relations();
    ASSERT_TRUE(rels.ok());
    EXPECT_EQ(store_->Stats()->relations, rels->size()) << "run " << run;
    // Each run relates its new events to each other and to linked events of the same person.
    EXPECT_GT(rels->size(), stored_before) << "run " << run;
    stored_before = rels->size();
  }
}

TEST_F(LinkStoreTest, TextChainsComposeAndTimeDecidesWhatItCan) {
  Article art;
  art.id = "art:1";
  art.text = std::string(800, 'x');
  const Participant kallas{"person:kaja-kallas", Role::kSource};
  auto invasion = Mention("inv", "invade", "invasion", 10, Window("2022-02-01", "2022-02-28"));
  auto talks = Mention("neg", "negotiate", "negotiations", 100, PastOf("2025-12-01"));
  auto said = Mention("say", "statement", "stated", 200, Day("2025-12-01", TimeBasis::kRelative), {kallas});
  auto meeting = Mention("meet", "meet", "meeting", 300, Day("2025-12-01", TimeBasis::kRelative));
  Entity k{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {}, "EE", {}, {}, {}, {}};
  ASSERT_TRUE(store_->PutArticle(art, {k}, {invasion, talks, said, meeting}).ok());
  // The text says: the statement follows the talks, and comes ahead of the meeting.
  std::vector<Relation> text = {{"say", "neg", RelationType::kAfter, RelationBasis::kText, 0.8},
                                {"say", "meet", RelationType::kBefore, RelationBasis::kText, 0.8}};
  auto report = LinkStore(*store_, text);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  auto rels = store_->Relations();
  ASSERT_TRUE(rels.ok());
  EXPECT_TRUE(Before(*rels, "inv", "neg")) << "recency reading";
  EXPECT_TRUE(Before(*rels, "neg", "say"));
  EXPECT_TRUE(Before(*rels, "say", "meet")) << "text beats same-day coincidence";
  EXPECT_TRUE(Before(*rels, "neg", "meet")) << "composed from the two text relations";
  EXPECT_TRUE(Before(*rels, "inv", "meet"));
  EXPECT_GE(report->derived_relations, 1u);
  EXPECT_EQ(report->contradictions, 0u);
  EXPECT_EQ(Find(*rels, "neg", "meet")->basis, RelationBasis::kText);

  // Linking again keeps the stored text relations and gives the same set.
  ASSERT_TRUE(LinkStore(*store_).ok());
  auto again = store_->Relations();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *rels);
}

TEST_F(LinkStoreTest, ContradictingTextLosesToBoundsAndIsCounted) {
  Article art;
  art.id = "art:2";
  art.text = std::string(400, 'x');
  auto early = Mention("early", "meet", "meeting", 10, Day("2025-01-01"));
  auto late = Mention("late", "meet", "summit", 100, Day("2025-06-01"));
  ASSERT_TRUE(store_->PutArticle(art, {}, {early, late}).ok());
  auto report = LinkStore(*store_, {{"late", "early", RelationType::kBefore, RelationBasis::kText, 0.8}});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->contradictions, 1u);
  auto rels = store_->Relations();
  ASSERT_TRUE(rels.ok());
  EXPECT_TRUE(Before(*rels, "early", "late"));
}

TEST_F(LinkStoreTest, LoadGraphFiltersAndCollectsReferencedRecords) {
  Article art;
  art.id = "art:3";
  art.title = "T";
  art.text = "body";
  const Participant ru{"country:RU", Role::kSource};
  auto a = Mention("a", "invade", "invasion", 0, Window("2022-02-01", "2022-02-28"), {ru}, "art:3");
  auto b = Mention("b", "meet", "meeting", 50, Day("2025-12-01"), {}, "art:3");
  Entity russia{"country:RU", EntityKind::kCountry, "Russia", {}, "RU", {}, {}, {}, {}};
  ASSERT_TRUE(store_->PutArticle(art, {russia}, {a, b}).ok());
  ASSERT_TRUE(LinkStore(*store_).ok());
  EventQuery q;
  q.to = testing::D("2023-01-01");
  auto view = LoadGraph(*store_, q);
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  ASSERT_EQ(view->events.size(), 1u);
  EXPECT_EQ(view->events[0].id, "a");
  ASSERT_EQ(view->entities.size(), 1u);
  EXPECT_EQ(view->entities[0].name, "Russia");
  ASSERT_EQ(view->articles.size(), 1u);
  EXPECT_TRUE(view->articles[0].text.empty()) << "text only when asked";
  EXPECT_TRUE(view->relations.empty()) << "relations to events outside the view are left out";
}

TEST_F(LinkStoreTest, ThreeReportsMergeInOneRunAndNoRelationPointsAtAMergedEvent) {
  Entity kallas{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {}, "EE", {}, {}, {}, {}};
  Entity rutte{"person:mark-rutte", EntityKind::kPerson, "Mark Rutte", {}, "NL", {}, {}, {}, {}};
  Entity brussels{"location:brussels-be", EntityKind::kLocation, "Brussels", {}, "BE", 50.85, 4.35, {}, {}};
  const std::vector<Participant> who = {{kallas.id, Role::kParticipant}, {rutte.id, Role::kParticipant}};
  const char* sentences[] = {"Kallas met Rutte in Brussels.", "Rutte and Kallas met in Brussels.",
                             "In Brussels, Kallas met Rutte."};
  for (int i = 0; i < 3; ++i) {
    Article art;
    art.id = "art:m" + std::to_string(i);
    art.text = sentences[i];
    Event meeting = Mention("ev:m" + std::to_string(i), "meet", "met", 0, Day("2025-12-01"), who, art.id);
    meeting.location = Location{brussels.id, brussels.name, "in", brussels.lat, brussels.lon};
    meeting.evidence[0].sentence = Span{0, art.text.size()};
    // Each report also tells of an earlier statement of Kallas, so the merged events have
    // relations to move.
    Event said = Mention("ev:s" + std::to_string(i), "statement", "said", 0,
                         Day(i == 0 ? "2025-11-20" : i == 1 ? "2025-11-22" : "2025-11-24"),
                         {{kallas.id, Role::kSource}}, art.id);
    ASSERT_TRUE(store_->PutArticle(art, {kallas, rutte, brussels}, {meeting, said}).ok());
  }
  auto report = LinkStore(*store_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->merged_events, 2u);
  EventQuery q;
  q.type = "meet";
  auto meetings = store_->Events(q);
  ASSERT_TRUE(meetings.ok());
  ASSERT_EQ(meetings->size(), 1u);
  const Event& survivor = meetings->front();
  EXPECT_EQ(survivor.evidence.size(), 3u);
  EXPECT_EQ(survivor.sources, 3);
  EXPECT_EQ(store_->Stats()->merged, 2u);
  auto all_there = [&]() { return ConsistentRelations(*store_); };
  const auto rels = all_there();
  // Every statement came before the meeting, and says so through the survivor.
  for (const char* s : {"ev:s0", "ev:s1", "ev:s2"}) EXPECT_TRUE(Before(rels, s, survivor.id)) << s;

  // A merge into an event that had absorbed another is undone in two steps, one per record.
  std::vector<std::string> undo = {survivor.id};
  size_t restored = 0;
  while (!undo.empty()) {
    const std::string id = undo.back();
    undo.pop_back();
    auto back = Unmerge(*store_, id);
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    for (const auto& r : *back) {
      ++restored;
      auto e = store_->GetEvent(r);
      ASSERT_TRUE(e.ok() && e->has_value());
      if (!(*e)->merged.empty()) undo.push_back(r);
    }
  }
  EXPECT_EQ(restored, 2u);
  EXPECT_EQ(store_->Stats()->merged, 0u);
  ASSERT_TRUE(LinkStore(*store_).ok());
  meetings = store_->Events(q);
  ASSERT_TRUE(meetings.ok());
  EXPECT_EQ(meetings->size(), 3u);
  all_there();
}

// Reports of one happening name places of different sizes. A meeting is where its city is, so the
// city of one report refines the country of another; an invasion is of the whole country, and a
// city a report names is only where it saw a part of it, so the country stays.
TEST_F(LinkStoreTest, MergedInvasionKeepsItsCountryAndMergedMeetingTakesTheCity) {
  Entity russia{"country:ru", EntityKind::kCountry, "Russia", {}, "RU", {}, {}, {}, {}};
  Entity ukraine{"country:ua", EntityKind::kCountry, "Ukraine", {}, "UA", {}, {}, {}, {}};
  Entity kyiv{"location:kyiv-ua", EntityKind::kLocation, "Kyiv", {}, "UA", 50.45, 30.52, {}, {}};
  const std::vector<Participant> who = {{russia.id, Role::kSource}, {ukraine.id, Role::kTarget}};
  for (int i = 0; i < 2; ++i) {
    Article art;
    art.id = "art:r" + std::to_string(i);
    art.text = i == 0 ? "Russia invaded Ukraine. Russia met Ukraine."
                      : "Russia invaded Ukraine in Kyiv, and met it in Kyiv.";
    Event invasion = Mention("ev:inv" + std::to_string(i), "invade", "invaded", 0,
                             Day("2025-02-24"), who, art.id);
    Event meeting =
        Mention("ev:met" + std::to_string(i), "meet", "met", 40, Day("2025-03-10"), who, art.id);
    const Location place = i == 0 ? Location{ukraine.id, ukraine.name, "in", {}, {}}
                                  : Location{kyiv.id, kyiv.name, "in", kyiv.lat, kyiv.lon};
    invasion.location = meeting.location = place;
    ASSERT_TRUE(store_->PutArticle(art, {russia, ukraine, kyiv}, {invasion, meeting}).ok());
  }
  auto report = LinkStore(*store_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->merged_events, 2u);
  for (const auto& [type, place] :
       {std::pair{"invade", "country:ua"}, std::pair{"meet", "location:kyiv-ua"}}) {
    EventQuery q;
    q.type = type;
    auto events = store_->Events(q);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u) << type;
    EXPECT_EQ(events->front().evidence.size(), 2u) << type;
    ASSERT_TRUE(events->front().location.has_value()) << type;
    EXPECT_EQ(events->front().location->entity, place) << type;
  }
}

// A report that recalls a gathering without dating it ("the summit in Madrid", told in the past in
// an article of 1 July: on or before that day) joins the dated report of that summit in another
// article; a recalled summit of the same organization too long before, one in another city, and
// a visit by another visitor stay apart.
TEST_F(LinkStoreTest, AnUndatedReportOfAGatheringJoinsTheDatedOneItRecalls) {
  Entity nato{"organization:nato", EntityKind::kOrganization, "Nato", {}, "", {}, {}, {}, {}};
  Entity madrid{
      "location:madrid-es", EntityKind::kLocation, "Madrid", {}, "ES", 40.4, -3.7, {}, {}};
  Entity vilnius{
      "location:vilnius-lt", EntityKind::kLocation, "Vilnius", {}, "LT", 54.7, 25.3, {}, {}};
  Entity spain{"country:es", EntityKind::kCountry, "Spain", {}, "ES", {}, {}, {}, {}};
  const Location in_madrid{madrid.id, madrid.name, "in", madrid.lat, madrid.lon};
  const Location in_vilnius{vilnius.id, vilnius.name, "in", vilnius.lat, vilnius.lon};
  const std::vector<Participant> with_nato = {{nato.id, Role::kParticipant}};
  auto put = [&](const std::string& article, std::vector<Event> events) {
    Article art;
    art.id = article;
    art.text = std::string(200, 'x');
    for (auto& e : events) e.evidence.front().article = article;
    ASSERT_TRUE(store_->PutArticle(art, {nato, madrid, vilnius, spain}, events).ok());
  };
  // The dated summit, 29 June, and a dated summit of a year before.
  Event summit = Mention("ev:dated", "meet", "summit", 0, Day("2025-06-29"), with_nato);
  summit.location = in_madrid;
  Event old_summit = Mention("ev:old", "meet", "summit", 60, Day("2024-06-29"), with_nato);
  old_summit.location = in_madrid;
  put("art:a", {summit, old_summit});
  // Recalled two days later, undated: joins.
  Event recalled = Mention("ev:recalled", "meet", "summit", 0, PastOf("2025-07-01"), with_nato);
  recalled.location = in_madrid;
  // The same words in an article of 20 July, three weeks later: too far to be sure.
  Event late = Mention("ev:late", "meet", "summit", 0, PastOf("2025-07-20"), with_nato);
  late.location = in_madrid;
  // A summit of Nato in another city, undated, two days later: another summit.
  Event elsewhere = Mention("ev:elsewhere", "meet", "summit", 60, PastOf("2025-07-01"), with_nato);
  elsewhere.location = in_vilnius;
  // Sharing only the host country and the city is no shared participant.
  Event hosted = Mention("ev:hosted", "meet", "summit", 120, PastOf("2025-07-01"),
                         {{spain.id, Role::kParticipant}});
  hosted.location = in_madrid;
  put("art:b", {recalled, elsewhere, hosted});
  put("art:c", {late});
  auto report = LinkStore(*store_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->merged_events, 1u);
  auto dated = store_->GetEvent("ev:dated");
  ASSERT_TRUE(dated.ok() && dated->has_value());
  ASSERT_EQ((*dated)->evidence.size(), 2u);
  EXPECT_EQ((*dated)->evidence[1].article, "art:b");
  ASSERT_TRUE((*dated)->time.begin.has_value());
  EXPECT_EQ(*(*dated)->time.begin, D("2025-06-29"));  // the dated span stays
  ASSERT_EQ((*dated)->merged.size(), 1u);
  EXPECT_TRUE((*dated)->merged[0].rule.starts_with("recalled-gathering"))
      << (*dated)->merged[0].rule;
  for (const char* apart : {"ev:late", "ev:elsewhere", "ev:hosted", "ev:old"}) {
    auto e = store_->GetEvent(apart);
    ASSERT_TRUE(e.ok());
    EXPECT_TRUE(e->has_value()) << apart;
  }
}

// RecalledTie on its own: gatherings only, the same visitor, the bound's side of the window.
TEST(RecalledTieTest, OnlyGatheringsOfTheSameActorNearTheBound) {
  const Location kyiv{"location:kyiv-ua", "Kyiv", "in", 50.45, 30.52};
  auto visit = [&](const char* who, TimeSpan t) {
    Event e = Mention(
        std::string("ev:") + who, "visit", "visited", 0, std::move(t),
        {{std::string("person:") + who, Role::kSource}, {"person:zelenskyy", Role::kTarget}});
    e.location = kyiv;
    return e;
  };
  const Event dated = visit("leader-a", Day("2025-06-29", TimeBasis::kRelative));
  // The screening's digest test never turns away a pair that ties.
  const auto ties = [](const Event& d, const Event& u) {
    const bool merge = RecalledTie(d, u).merge;
    if (merge) {
      EXPECT_TRUE(MayRecall(DigestForMerge(d), DigestForMerge(u))) << u.id;
    }
    return merge;
  };
  EXPECT_TRUE(ties(dated, visit("leader-a", PastOf("2025-07-02"))));
  EXPECT_FALSE(
      MayRecall(DigestForMerge(dated), DigestForMerge(visit("leader-b", PastOf("2025-07-02")))));
  // Another visitor received by the same host is another visit.
  EXPECT_FALSE(RecalledTie(dated, visit("leader-b", PastOf("2025-07-02"))).merge);
  // A past report cannot recall what came after its article; a planned one, what came before it.
  EXPECT_FALSE(RecalledTie(dated, visit("leader-a", PastOf("2025-06-28"))).merge);
  TimeSpan planned;
  planned.begin = D("2025-06-30");
  planned.basis = TimeBasis::kTense;
  EXPECT_FALSE(RecalledTie(dated, visit("leader-a", planned)).merge);
  planned.begin = D("2025-06-25");
  EXPECT_TRUE(ties(dated, visit("leader-a", planned)));
  // A dated report only from its article's day is no date to recall; a closed report is
  // CrossArticleTie's to judge.
  EXPECT_FALSE(RecalledTie(visit("leader-a", Day("2025-06-29", TimeBasis::kPublication)),
                           visit("leader-a", PastOf("2025-07-02")))
                   .merge);
  EXPECT_FALSE(RecalledTie(dated, visit("leader-a", Day("2025-06-29"))).merge);
  // A visit recalled is not the meeting it was for; nor is a conference the summit.
  Event meeting = dated;
  meeting.type = "meet";
  EXPECT_FALSE(RecalledTie(meeting, visit("leader-a", PastOf("2025-07-02"))).merge);
  Event conference = visit("leader-a", PastOf("2025-07-02"));
  conference.evidence.front().trigger_text = "conference";
  EXPECT_FALSE(RecalledTie(dated, conference).merge);
  // Attacks on a city recur: no recall.
  Event strike = dated, told = visit("leader-a", PastOf("2025-07-02"));
  strike.type = told.type = "attack";
  EXPECT_FALSE(RecalledTie(strike, told).merge);
}

// Pending events are linked in time-ordered chunks. Many small chunks exercise what a chunk does
// after its merges: here every repeated report names one more person, so survivors name entities
// their chunk had not scanned (such a scan once left a mark pointing into freed memory, which the
// next chunk sorted). Which reports join may differ from one chunk (ties between equally good
// candidates go to events already settled, and chunks settle them in another order), but every
// report is kept exactly once, and the store stays consistent.
TEST_F(LinkStoreTest, SmallChunksKeepEveryReportAndAConsistentStore) {
  auto second = Store::Open(dir_ + "/one-chunk");
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  std::unique_ptr<Store> whole = std::move(second).value();
  std::mt19937 rng(11);
  const char* types[] = {"meet", "attack", "aid"};
  std::vector<Entity> people, places;
  for (int i = 0; i < 12; ++i)
    people.push_back(Entity{"person:q" + std::to_string(i),
                            EntityKind::kPerson,
                            "Q" + std::to_string(i),
                            {},
                            "",
                            {},
                            {},
                            {},
                            {}});
  for (int i = 0; i < 3; ++i)
    places.push_back(Entity{"location:m" + std::to_string(i),
                            EntityKind::kLocation,
                            "M" + std::to_string(i),
                            {},
                            "FR",
                            45.0 + i,
                            3.0 + i,
                            {},
                            {}});
  std::vector<Entity> entities = people;
  entities.insert(entities.end(), places.begin(), places.end());
  const Date first = testing::D("2024-03-01");
  std::vector<Event> recent;
  for (int a = 0; a < 80; ++a) {
    Article art;
    art.id = "art:c" + std::to_string(a);
    art.text = std::string(600, 'x');
    std::vector<Event> events;
    for (int k = 0; k < 6; ++k) {
      Event e;
      if (k % 3 == 2 && !recent.empty()) {
        e = recent[rng() %
                   recent.size()];  // another report of a recent happening, with one more person
        e.evidence.clear();
        const std::string& extra = people[rng() % people.size()].id;
        if (std::none_of(e.participants.begin(), e.participants.end(),
                         [&](const Participant& q) { return q.entity == extra; }))
          e.participants.push_back({extra, Role::kTarget});
      } else {
        e.time.begin = e.time.end = first + boost::gregorian::days(static_cast<long>(rng() % 120));
        e.time.basis = TimeBasis::kExplicit;
        e.type = types[rng() % 3];
        e.participants.push_back({people[rng() % (1 + rng() % people.size())].id, Role::kSource});
        const Entity& place = places[rng() % places.size()];
        e.location = Location{place.id, place.name, "in", place.lat, place.lon};
        recent.push_back(e);
      }
      e.id = "ev:c" + std::to_string(a) + "-" + std::to_string(k);
      e.label = e.type;
      e.evidence.push_back(Evidence{art.id, Span{size_t(k) * 100, size_t(k) * 100 + 90},
                                    Span{size_t(k) * 100 + 5, size_t(k) * 100 + 10}, e.type});
      events.push_back(e);
    }
    ASSERT_TRUE(store_->PutArticle(art, entities, events).ok());
    ASSERT_TRUE(whole->PutArticle(art, entities, events).ok());
  }
  LinkOptions small, one;
  small.bulk_from = one.bulk_from = 1;
  small.chunk_events = 7;
  auto chunked = LinkStore(*store_, {}, small);
  ASSERT_TRUE(chunked.ok()) << chunked.status().ToString();
  auto at_once = LinkStore(*whole, {}, one);
  ASSERT_TRUE(at_once.ok()) << at_once.status().ToString();
  EXPECT_GT(at_once->merged_events, 20u);
  EXPECT_GT(chunked->merged_events, 20u);
  for (Store* s : {store_.get(), whole.get()}) {
    // Each of the 480 reports is evidence of exactly one stored event.
    auto all = s->Events(EventQuery{});
    ASSERT_TRUE(all.ok());
    std::multiset<std::pair<std::string, size_t>> reports;
    for (const auto& e : *all) {
      for (const auto& ev : e.evidence) reports.insert({ev.article, ev.trigger.begin});
    }
    EXPECT_EQ(reports.size(), 480u);
    const std::set<std::pair<std::string, size_t>> distinct(reports.begin(), reports.end());
    EXPECT_EQ(distinct.size(), 480u);
    EXPECT_EQ(all->size() + (s == store_.get() ? chunked : at_once)->merged_events, 480u);
  }
  for (Store* s : {store_.get(), whole.get()}) ConsistentRelations(*s);
}

// A bulk run reads the entity index once into memory (LinkOptions::bulk_from) instead of scanning
// the store per entity and chunk; it must link exactly as the scans do, also when later runs meet
// events linked and merged before. Two stores get the same articles over three runs; one is always
// linked the bulk way, the other never.
TEST_F(LinkStoreTest, BulkRunLinksAsTheIndexScansDo) {
  auto second = Store::Open(dir_ + "/scanned");
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  std::unique_ptr<Store> scanned = std::move(second).value();
  std::mt19937 rng(7);
  const char* types[] = {"meet", "negotiate", "attack", "statement", "aid", "other"};
  std::vector<Entity> people, places;
  for (int i = 0; i < 30; ++i) {
    people.push_back(Entity{"person:p" + std::to_string(i),
                            EntityKind::kPerson,
                            "P" + std::to_string(i),
                            {},
                            "",
                            {},
                            {},
                            {},
                            {}});
  }
  for (int i = 0; i < 6; ++i) {
    places.push_back(Entity{"location:l" + std::to_string(i),
                            EntityKind::kLocation,
                            "L" + std::to_string(i),
                            {},
                            i % 2 ? "FR" : "DE",
                            48.0 + i,
                            2.0 + i,
                            {},
                            {}});
  }
  const Date first = testing::D("2024-01-01");
  std::vector<Event> recent;
  for (int run = 0; run < 3; ++run) {
    for (int a = 0; a < 60; ++a) {
      Article art;
      art.id = "art:" + std::to_string(run) + "-" + std::to_string(a);
      art.text = std::string(2000, 'x');
      std::vector<Event> events;
      for (int k = 0; k < 12; ++k) {
        Event e;
        if (k % 4 == 3 && !recent.empty()) {
          e = recent[rng() % recent.size()];  // another report of a recent happening
          e.evidence.clear();
          e.merged.clear();
        } else {
          const Date day = first + boost::gregorian::days(static_cast<long>(rng() % 400));
          const int shape = static_cast<int>(rng() % 10);
          if (shape < 5) {
            e.time.begin = e.time.end = day;
            e.time.basis = TimeBasis::kExplicit;
          } else if (shape == 5) {
            e.time.begin = day, e.time.end = day + boost::gregorian::days(20);
          } else if (shape == 6) {
            e.time.begin = day, e.time.end = day + boost::gregorian::days(300);
          } else if (shape == 7) {
            e.time.begin = day, e.time.end = day + boost::gregorian::days(4000);  // a long span
          } else if (shape == 8) {
            e.time.end = day;
            e.time.basis = TimeBasis::kTense;
          } else {
            e.time.begin = day;
            e.time.basis = TimeBasis::kTense;
          }
          e.type = types[rng() % 6];
          // Few people, the first ones often, so that entities have many events.
          for (int p = 0, n = 1 + static_cast<int>(rng() % 2); p < n; ++p) {
            const std::string& who = people[rng() % (1 + rng() % people.size())].id;
            if (std::none_of(e.participants.begin(), e.participants.end(),
                             [&](const Participant& q) { return q.entity == who; }))
              e.participants.push_back({who, p == 0 ? Role::kSource : Role::kTarget});
          }
          const Entity& place = places[rng() % places.size()];
          e.location = Location{place.id, place.name, "in", place.lat, place.lon};
        }
        e.id = "ev:" + std::to_string(run) + "-" + std::to_string(a) + "-" + std::to_string(k);
        e.label = e.type;
        e.evidence.push_back(
            Evidence{art.id, Span{100u * k, 100u * k + 50}, Span{100u * k, 100u * k + 5}, "w"});
        recent.push_back(e);
        if (recent.size() > 30) recent.erase(recent.begin());
        events.push_back(e);
      }
      std::vector<Entity> entities = people;
      entities.insert(entities.end(), places.begin(), places.end());
      ASSERT_TRUE(store_->PutArticle(art, entities, events).ok());
      ASSERT_TRUE(scanned->PutArticle(art, entities, events).ok());
    }
    auto bulk = LinkStore(*store_, {}, LinkOptions{1, 0.0});
    auto scan = LinkStore(*scanned, {}, LinkOptions{SIZE_MAX, 0.0});
    ASSERT_TRUE(bulk.ok()) << bulk.status().ToString();
    ASSERT_TRUE(scan.ok()) << scan.status().ToString();
    EXPECT_EQ(bulk->phase_seconds.count("index"), 1u);
    EXPECT_EQ(scan->phase_seconds.count("index"), 0u);
    EXPECT_GT(bulk->merged_events, 0u) << "run " << run;
    EXPECT_EQ(bulk->merged_events, scan->merged_events) << "run " << run;
    EXPECT_EQ(bulk->storylines, scan->storylines) << "run " << run;
    auto bulk_relations = store_->Relations();
    auto scan_relations = scanned->Relations();
    ASSERT_TRUE(bulk_relations.ok() && scan_relations.ok());
    EXPECT_GT(bulk_relations->size(), 500u * (run + 1));
    EXPECT_TRUE(*bulk_relations == *scan_relations) << "run " << run;
    auto bulk_events = store_->Events();
    auto scan_events = scanned->Events();
    ASSERT_TRUE(bulk_events.ok() && scan_events.ok());
    EXPECT_TRUE(*bulk_events == *scan_events) << "run " << run;
    auto bulk_stories = store_->Storylines();
    auto scan_stories = scanned->Storylines();
    ASSERT_TRUE(bulk_stories.ok() && scan_stories.ok());
    EXPECT_FALSE(bulk_stories->empty());
    EXPECT_TRUE(*bulk_stories == *scan_stories) << "run " << run;
  }
  // A batch that is a small share of the store is linked by scans, however many it holds.
  for (int i = 0; i < 2; ++i) {
    Article art;
    art.id = "art:late" + std::to_string(i);
    art.text = std::string(200, 'x');
    Event e = Mention("ev:late" + std::to_string(i), "attack", "w", 0, testing::Day("2024-03-01"),
                      {{people[0].id, Role::kSource}}, art.id);
    ASSERT_TRUE(store_->PutArticle(art, {people[0]}, {e}).ok());
    auto report = LinkStore(*store_, {}, LinkOptions{1, i == 0 ? 0.5 : 0.0});
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->phase_seconds.count("index"), i == 0 ? 0u : 1u);
  }
}

// What the sweep must keep of the all-pairs method: for every pair the all-pairs method relates
// within the sweep's window, the stored relations say the same thing, either as a stored relation
// of the same type or, for an order the bounds decide, through a chain of stored order relations
// (the pairs the transitive reduction leaves out).
class SweepTest : public LinkStoreTest {
 protected:
  // Order edges as (earlier, later) over the stored relations.
  std::map<std::string, std::vector<std::string>> OrderGraph(const std::vector<Relation>& rels) {
    std::map<std::string, std::vector<std::string>> next;
    for (const auto& r : rels) {
      if (r.type == RelationType::kBefore) next[r.from].push_back(r.to);
      if (r.type == RelationType::kAfter) next[r.to].push_back(r.from);
    }
    return next;
  }
  bool Reaches(const std::map<std::string, std::vector<std::string>>& next, const std::string& from,
               const std::string& to) {
    std::set<std::string> seen = {from};
    std::vector<std::string> stack = {from};
    while (!stack.empty()) {
      const std::string at = stack.back();
      stack.pop_back();
      auto it = next.find(at);
      if (it == next.end()) continue;
      for (const auto& n : it->second) {
        if (n == to) return true;
        if (seen.insert(n).second) stack.push_back(n);
      }
    }
    return false;
  }
  // Checks every pair of `events` that `in_window` admits against ClassifySpans; returns how many
  // pairs the all-pairs method relates.
  size_t ExpectSweepAgrees(const std::vector<Event>& events, const std::function<bool(size_t, size_t)>& in_window) {
    auto rels = store_->Relations();
    EXPECT_TRUE(rels.ok());
    const auto next = OrderGraph(*rels);
    size_t related = 0;
    for (size_t i = 0; i < events.size(); ++i) {
      for (size_t j = i + 1; j < events.size(); ++j) {
        const Event &a = events[i], &b = events[j];
        auto all_pairs = ClassifySpans(a.id, a.time, b.id, b.time);
        if (!all_pairs || !in_window(i, j)) continue;
        ++related;
        auto stored = Find(*rels, a.id, b.id);
        const bool order = all_pairs->type == RelationType::kBefore || all_pairs->type == RelationType::kAfter;
        if (order) {
          const bool a_first = all_pairs->type == RelationType::kBefore;
          const std::string& first = a_first ? a.id : b.id;
          const std::string& second = a_first ? b.id : a.id;
          EXPECT_TRUE(Before(*rels, first, second) || (all_pairs->confidence == 1.0 && Reaches(next, first, second)))
              << first << " before " << second << " is neither stored nor implied";
          EXPECT_FALSE(Reaches(next, second, first)) << "the stored order contradicts " << a.id << ", " << b.id;
        } else if (all_pairs->type == RelationType::kVague) {
          // VAGUE is kept between sweep neighbours only; where kept it carries the same set.
          if (stored) {
            EXPECT_EQ(stored->type, RelationType::kVague);
            EXPECT_NE(stored->possible, 0u);
          }
        } else {
          EXPECT_TRUE(stored.has_value()) << a.id << " " << RelationTypeName(all_pairs->type) << " " << b.id;
          if (!stored) continue;
          const bool same_way = stored->from == a.id;
          EXPECT_EQ(stored->type, same_way ? all_pairs->type : ClassifySpans(b.id, b.time, a.id, a.time)->type);
        }
      }
    }
    return related;
  }
};

TEST_F(SweepTest, WithinAnArticleItFindsWhatAllPairsFinds) {
  Article art;
  art.id = "art:sweep";
  art.text = std::string(4000, 'x');
  // Days, weeks, months, a quarter, a year, open starts (past tense) and open ends (planned),
  // some sharing days and months, so that every kind of span relation occurs.
  const std::vector<TimeSpan> spans = {
      Day("2024-01-05"),  Day("2024-01-05"),  Window("2024-01-01", "2024-01-31"),
      Day("2024-02-10"),  Window("2024-02-05", "2024-02-11", Precision::kWeek),
      Window("2024-01-01", "2024-03-31", Precision::kQuarter), Day("2024-03-15"),
      PastOf("2024-03-20"), Day("2024-04-01"), Window("2024-04-01", "2024-04-30"),
      Day("2024-05-09"),  Window("2024-01-01", "2024-12-31", Precision::kYear), Day("2024-06-30"),
      PastOf("2024-07-01"), Day("2024-07-02"), Window("2024-07-01", "2024-07-31"),
      Window("2024-08-01", nullptr, Precision::kDay), Day("2024-08-15"), Day("2024-09-01"),
      Window("2024-09-01", "2024-09-30")};
  std::vector<Event> events;
  for (size_t i = 0; i < spans.size(); ++i) {
    TimeSpan t = spans[i];
    if (!t.begin) t.basis = TimeBasis::kTense;
    if (!t.end) t.basis = TimeBasis::kTense;
    char id[32];
    std::snprintf(id, sizeof id, "ev:%02zu", i);
    events.push_back(Mention(id, "meet", "meeting", 100 * i, t, {}, art.id));
  }
  ASSERT_TRUE(store_->PutArticle(art, {}, events).ok());
  auto report = LinkStore(*store_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  // An article's events are all within each other's window (24 neighbours each side).
  const size_t related = ExpectSweepAgrees(events, [](size_t, size_t) { return true; });
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_GT(report->implied_relations, 0u) << "chains of dated events make some pairs redundant";
  EXPECT_LT(stats->relations, related) << "the reduction stores fewer relations than all pairs";
}

TEST_F(SweepTest, WithinAnEntityItFindsWhatAllPairsFindsInTheWindow) {
  // Thirty events of one person, one per article, on distinct days: each article alone, so only
  // the entity's sweep (two neighbours each side) relates them.
  const Participant kallas{"person:kaja-kallas", Role::kSource};
  Entity k{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {}, "EE", {}, {}, {}, {}};
  std::vector<Event> events;
  const Date first = testing::D("2025-01-01");
  for (int i = 0; i < 30; ++i) {
    Article art;
    art.id = "art:e" + std::to_string(i);
    art.text = std::string(200, 'x');
    TimeSpan t;
    // Days and week-long spans, every seventh one a month, days apart irregularly.
    const Date day = first + boost::gregorian::days(i * 11 + (i * i) % 7);
    t.begin = day;
    t.end = i % 7 == 3 ? day + boost::gregorian::days(30) : i % 3 == 1 ? day + boost::gregorian::days(6) : day;
    t.basis = TimeBasis::kExplicit;
    char id[32];
    std::snprintf(id, sizeof id, "ev:p%02d", i);
    events.push_back(Mention(id, i % 2 ? "meet" : "statement", "said", 10, t, {kallas}, art.id));
    ASSERT_TRUE(store_->PutArticle(art, {k}, {events.back()}).ok());
  }
  auto report = LinkStore(*store_);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  // Sorted by begin day (all are closed), the sweep's window is two neighbours each side.
  const size_t related = ExpectSweepAgrees(events, [](size_t i, size_t j) { return j - i <= 2; });
  EXPECT_GT(related, 40u);
  EXPECT_GT(report->implied_relations, 0u);
}

}  // namespace
}  // namespace eg
