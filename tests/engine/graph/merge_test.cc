#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Place;
using testing::Window;

const Participant kWitkoff{"person:steve-witkoff", Role::kParticipant};
const Participant kUS{"country:US", Role::kParticipant};
const Participant kUA{"country:UA", Role::kParticipant};
const Participant kKallasSpeaks{"person:kaja-kallas", Role::kSource};

// The entities of an article with only their countries, as MergeWithinArticle reads them.
std::vector<Entity> InCountries(const std::map<std::string, std::string>& country_of) {
  std::vector<Entity> out;
  for (const auto& [id, country] : country_of) {
    out.emplace_back();
    out.back().id = id;
    out.back().country = country;
  }
  return out;
}

TEST(MergeWithinArticle, MentionsOfOneNegotiationBecomeOneEventWithAllEvidence) {
  auto a = Mention("m1", "negotiate", "peace negotiations", 100, PastOf("2025-12-01"), {kUA});
  auto b = Mention("m2", "negotiate", "negotiations", 400, PastOf("2025-12-01"), {kWitkoff, kUS, kUA});
  auto c = Mention("m3", "negotiate", "negotiations", 600, PastOf("2025-12-01"), {kWitkoff});
  c.location = Place("facility:shell-bay", "Shell Bay", "at");
  auto r = MergeWithinArticle({c, a, b});
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(e.id, "m1") << "the earliest mention names the merged event";
  ASSERT_EQ(e.evidence.size(), 3u);
  EXPECT_LT(e.evidence[0].trigger.begin, e.evidence[1].trigger.begin);
  EXPECT_EQ(e.participants.size(), 3u);
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Shell Bay");
  EXPECT_EQ(r.event_of_mention.at("m3"), "m1");
  EXPECT_GT(e.confidence, 0.5) << "three mentions are stronger evidence than one";
}

TEST(MergeWithinArticle, DifferentTypesOrPolarityStayApart) {
  auto talk = Mention("m1", "negotiate", "talks", 10, PastOf("2025-12-01"), {kUS});
  auto meet = Mention("m2", "meet", "meeting", 50, PastOf("2025-12-01"), {kUS});
  auto no_talk = Mention("m3", "negotiate", "talks", 90, PastOf("2025-12-01"), {kUS});
  no_talk.modality = Modality::kNegated;
  EXPECT_EQ(MergeWithinArticle({talk, meet, no_talk}).events.size(), 3u);
}

TEST(MergeWithinArticle, APlannedCallIsNotTheMeetingOfTheSameDay) {
  auto meeting = Mention("m1", "meet", "meeting", 10, Day("2025-12-01"), {kKallasSpeaks});
  auto call = Mention("m2", "meet", "speaking", 50, Day("2025-12-01"), {kKallasSpeaks, kUA});
  call.modality = Modality::kPlanned;
  EXPECT_EQ(MergeWithinArticle({meeting, call}).events.size(), 2u);
  // The same word planned and then reported is one happening.
  auto held = Mention("m3", "meet", "meeting", 90, Day("2025-12-01"), {kKallasSpeaks});
  held.modality = Modality::kPlanned;
  EXPECT_EQ(MergeWithinArticle({meeting, held}).events.size(), 1u);
}

TEST(MergeWithinArticle, TimesThatAreOrderedApartDoNotMerge) {
  auto first = Mention("m1", "meet", "meeting", 10, Day("2025-11-20"), {kUS});
  auto second = Mention("m2", "meet", "meeting", 50, Day("2025-12-01"), {kUS});
  EXPECT_EQ(MergeWithinArticle({first, second}).events.size(), 2u);
}

TEST(MergeWithinArticle, FarApartPlacesDoNotMerge) {
  auto a = Mention("m1", "meet", "meeting", 10, PastOf("2025-12-01"), {kUS});
  a.location = Place("location:brussels-be", "Brussels", "in", 50.85, 4.35);
  auto b = Mention("m2", "meet", "meeting", 50, PastOf("2025-12-01"), {kUS});
  b.location = Place("location:miami-us", "Miami", "in", 25.77, -80.19);
  EXPECT_EQ(MergeWithinArticle({a, b}).events.size(), 2u);
}

TEST(MergeWithinArticle, StatementsOfDifferentSpeakersStayApart) {
  auto a = Mention("m1", "statement", "said", 10, Day("2025-12-01"), {kKallasSpeaks, kUA});
  auto b = Mention("m2", "statement", "said", 50, Day("2025-12-01"),
                   {Participant{"person:rustem-umerov", Role::kSource}, kUA});
  EXPECT_EQ(MergeWithinArticle({a, b}).events.size(), 2u);
}

TEST(MergeWithinArticle, AStatementWithoutASpeakerJoinsNoOtherStatement) {
  auto kallas = Mention("m1", "statement", "said", 10, Day("2025-12-01"), {kKallasSpeaks, kUA});
  auto nobody = Mention("m2", "statement", "said", 50, Day("2025-12-01"), {kUA});
  auto bare = Mention("m3", "statement", "said", 90, Day("2025-12-01"));
  auto again = Mention("m4", "statement", "told", 130, Day("2025-12-01"), {kKallasSpeaks});
  auto r = MergeWithinArticle({kallas, nobody, bare, again});
  ASSERT_EQ(r.events.size(), 3u) << "Kallas's two statements merge; the speakerless ones stay apart";
  EXPECT_EQ(r.event_of_mention.at("m4"), "m1");
  EXPECT_EQ(r.event_of_mention.at("m2"), "m2");
  EXPECT_EQ(r.event_of_mention.at("m3"), "m3");
}

TEST(CrossArticleTie, OneSpeakerOnOneDayIsOneStatementOnlyAboutTheSameThing) {
  auto a = Mention("a", "statement", "said", 10, Day("2025-12-01"), {kKallasSpeaks}, "art:1");
  auto b = Mention("b", "statement", "said", 10, Day("2025-12-01"), {kKallasSpeaks}, "art:2");
  EXPECT_FALSE(CrossArticleTie(a, b, {}).merge) << "the speaker and the day alone";
  a.participants.push_back(kUA);
  b.participants.push_back(kUA);
  const MergeTie tie = CrossArticleTie(a, b, {});
  EXPECT_TRUE(tie.merge) << tie.rule;
  EXPECT_DOUBLE_EQ(tie.score, 4.5);  // speaker 2, Ukraine 1, the day 1, the word 0.5
}

TEST(CrossArticleTie, ADayTakenFromThePublicationDateIsNoEvidenceOfTheSameDay) {
  const Participant general{"person:valery-gerasimov", Role::kSource};
  const Participant ukraine{"country:UA", Role::kTarget};
  // "the offensive", dated only by the tense of two articles of one day: they share the day they
  // appeared, not the day of what they report.
  auto a = Mention("a", "attack", "offensive", 10, Day("2022-04-08", TimeBasis::kTense), {general}, "art:1");
  auto b = Mention("b", "attack", "offensive", 10, Day("2022-04-08", TimeBasis::kTense), {general}, "art:2");
  a.participants.push_back(ukraine);
  MergeTie tie = CrossArticleTie(a, b, {});
  EXPECT_FALSE(tie.merge) << tie.rule;
  EXPECT_NE(tie.rule.find("same-publication-day"), std::string::npos) << tie.rule;
  // The same two reports with the day in their text: the day counts.
  a.time = b.time = Day("2022-04-08", TimeBasis::kExplicit);
  tie = CrossArticleTie(a, b, {});
  EXPECT_TRUE(tie.merge) << tie.rule;
  EXPECT_DOUBLE_EQ(tie.score, 3.5);  // source 2, the day 1, the word 0.5
}

TEST(CrossArticleTie, ACountryActingIsAWeakerTieThanAPersonActing) {
  // Two attacks by one country on one day, with nothing else in common, are not one attack.
  const Participant ukraine{"country:UA", Role::kSource};
  auto a = Mention("a", "attack", "attacking", 10, Day("2022-02-25"), {ukraine}, "art:1");
  auto b = Mention("b", "attack", "killed", 10, Day("2022-02-25"), {ukraine}, "art:2");
  MergeTie tie = CrossArticleTie(a, b, {});
  EXPECT_FALSE(tie.merge) << tie.rule;
  EXPECT_DOUBLE_EQ(tie.score, 2.0);  // the country 1, the day 1
  // The same two reports naming one commander as the source: 2 + 1.
  const Participant commander{"person:oleh-marchenko", Role::kSource};
  a.participants = {commander};
  b.participants = {commander};
  tie = CrossArticleTie(a, b, {});
  EXPECT_TRUE(tie.merge) << tie.rule;
  EXPECT_DOUBLE_EQ(tie.score, 3.0);
}

TEST(CrossArticleTie, MeetingsOfDifferentOrganizationsOnOneDayInOneCityStayApart) {
  const Participant biden{"person:joe-biden", Role::kParticipant};
  const Participant macron{"person:emmanuel-macron", Role::kParticipant};
  const Participant nato{"organization:nato", Role::kParticipant};
  const Participant g7{"organization:group-of-seven", Role::kParticipant};
  auto a = Mention("a", "meet", "summit", 10, Day("2022-03-24"), {biden, macron, nato}, "art:1");
  auto b = Mention("b", "meet", "summit", 10, Day("2022-03-24"), {biden, macron, g7}, "art:2");
  a.location = b.location = Place("location:brussels-be", "Brussels", "in", 50.85, 4.35);
  EXPECT_FALSE(CrossArticleTie(a, b, {}).merge);
  b.participants.push_back(nato);
  EXPECT_TRUE(CrossArticleTie(a, b, {}).merge) << "one organization in common: the same summit may be meant";
  b.participants = {biden, macron};
  EXPECT_TRUE(CrossArticleTie(a, b, {}).merge) << "a report that names no organization";
}

TEST(MayTie, TurnsAwayReportsThatShareOnlyABusyActor) {
  const Participant russia_acts{"country:RU", Role::kSource};
  const Participant general{"person:valery-gerasimov", Role::kSource};
  auto a = Mention("a", "attack", "shelling", 10, Day("2022-03-13"), {russia_acts}, "art:1");
  auto b = Mention("b", "attack", "strike", 10, Day("2022-03-14"), {russia_acts}, "art:2");
  a.location = Place("location:kharkiv-ua", "Kharkiv", "in", 49.99, 36.23);
  b.location = Place("location:mariupol-ua", "Mariupol", "in", 47.10, 37.55);
  EXPECT_FALSE(MayTie(DigestForMerge(a), DigestForMerge(b))) << "the country 1, the word at best 0.5";
  // One commander acting on the same dated day is enough for a tie (2 + 1), so it must pass.
  a.participants = b.participants = {general};
  b.time = a.time;
  EXPECT_TRUE(MayTie(DigestForMerge(a), DigestForMerge(b)));
  EXPECT_TRUE(CrossArticleTie(a, b, {}).merge);
  // Types that never merge with each other, and "other", are turned away whatever they share.
  b.type = "aid";
  EXPECT_FALSE(MayTie(DigestForMerge(a), DigestForMerge(b)));
  a.type = b.type = "other";
  EXPECT_FALSE(MayTie(DigestForMerge(a), DigestForMerge(b)));
}

// Random mentions drawn from small pools, so that pairs of them meet every rule of the tie often:
// types, participants (an entity with two roles, countries, organizations), places (countries
// among them), days and spans, bases, negation.
class RandomMentions {
 public:
  const std::map<std::string, std::string> countries = {{"location:kyiv-ua", "UA"}, {"location:lviv-ua", "UA"},
                                                        {"location:warsaw-pl", "PL"}, {"country:UA", "UA"},
                                                        {"country:PL", "PL"}};
  Event Draw(const std::string& id, const std::string& article) {
    TimeSpan t = Day("2022-03-10", Next(2) ? TimeBasis::kExplicit : TimeBasis::kTense);
    *t.begin += boost::gregorian::days(static_cast<long>(Next(2)));
    *t.end = *t.begin + boost::gregorian::days(static_cast<long>(Next(4) == 0 ? Next(40) : 0));
    if (Next(10) == 0) t.begin.reset();
    std::vector<Participant> who;
    for (size_t k = Next(4); k > 0; --k) who.push_back(people_[Next(people_.size())]);
    Event e = Mention(id, types_[Next(types_.size())], triggers_[Next(triggers_.size())], 10, t,
                      who, article);
    if (Next(3)) e.location = places_[Next(places_.size())];
    if (Next(8) == 0) e.modality = Modality::kNegated;
    return e;
  }

 private:
  size_t Next(size_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((state_ >> 33) % n);
  }
  const std::vector<std::string> types_ = {"meet",   "negotiate", "visit", "statement",
                                           "attack", "aid",       "other"};
  const std::vector<Participant> people_ = {{"person:a", Role::kSource},
                                            {"person:a", Role::kTarget},
                                            {"person:b", Role::kSource},
                                            {"person:b", Role::kParticipant},
                                            {"country:UA", Role::kSource},
                                            {"country:UA", Role::kTarget},
                                            {"organization:nato", Role::kParticipant},
                                            {"organization:g7", Role::kParticipant},
                                            {"country:RU", Role::kTarget}};
  const std::vector<Location> places_ = {
      Place("location:kyiv-ua", "Kyiv", "in", 50.45, 30.52),
      Place("location:lviv-ua", "Lviv", "in", 49.84, 24.03), Place("country:UA", "Ukraine", "in"),
      Place("country:PL", "Poland", "in"), Place("location:warsaw-pl", "Warsaw", "in")};
  const std::vector<std::string> triggers_ = {"talks", "talk", "meeting", "said", "strike"};
  uint64_t state_ = 12345;
};

// MayTie screens candidates before CrossArticleTie, so it may never turn away a pair that
// CrossArticleTie merges.
TEST(MayTie, NeverTurnsAwayAPairThatCrossArticleTieMerges) {
  RandomMentions mentions;
  size_t merges = 0, turned_away = 0;
  for (int i = 0; i < 200000; ++i) {
    const Event a = mentions.Draw("a", "art:1"), b = mentions.Draw("b", "art:2");
    const MergeTie tie = CrossArticleTie(a, b, mentions.countries);
    const bool may = MayTie(DigestForMerge(a), DigestForMerge(b));
    if (tie.merge) {
      ++merges;
      ASSERT_TRUE(may) << a.type << " / " << b.type << ": " << tie.rule << " " << tie.score;
    }
    if (!may) ++turned_away;
  }
  // The draw must exercise both sides, or the check above proves nothing.
  EXPECT_GT(merges, 500u);
  EXPECT_GT(turned_away, 100000u);
}

// The merge signature screens candidates before MayTie, on their list entries: it may never
// refuse a pair that MayTie lets through, and it should refuse most that share little.
TEST(MergeScreen, NeverRefusesAPairThatMayTieLetsThrough) {
  RandomMentions mentions;
  size_t passed = 0, refused = 0, turned_away = 0;
  for (int i = 0; i < 200000; ++i) {
    const Event stored = mentions.Draw("a", "art:1"), incoming = mentions.Draw("b", "art:2");
    const MergeDigest digest = DigestForMerge(incoming);
    if (!digest.closed_short || !stored.time.begin) continue;  // never screened: not mergeable
    const bool may = MayTie(DigestForMerge(stored), digest);
    const bool refused_here =
        MergeScreen(digest).Refuses(MergeSignatureOf(stored), stored.time.begin->day_number());
    if (may) {
      ++passed;
      ASSERT_FALSE(refused_here) << stored.type << " / " << incoming.type;
    } else {
      ++turned_away;
      refused += refused_here;
    }
  }
  EXPECT_GT(passed, 1000u);
  EXPECT_GT(refused, turned_away / 4) << "of " << turned_away << " pairs MayTie turns away";
}

// The signature's bound, case by case, where it is exact (no two ids share a filter bit): a score
// of 3 is needed, half a point coming from the trigger word.
TEST(MergeScreen, RefusesWhatCannotScoreThree) {
  const Participant general{"person:valery-gerasimov", Role::kParticipant};
  const Participant general_speaks{"person:valery-gerasimov", Role::kSource};
  const Location kharkiv = Place("location:kharkiv-ua", "Kharkiv", "in", 49.99, 36.23);
  const Location mariupol = Place("location:mariupol-ua", "Mariupol", "in", 47.10, 37.55);
  auto a = Mention("a", "attack", "shelling", 10, Day("2022-03-13"), {general}, "art:1");
  auto b = Mention("b", "attack", "strike", 10, Day("2022-03-14"), {general}, "art:2");
  a.location = kharkiv;
  b.location = mariupol;
  auto refuses = [&] {
    const MergeDigest incoming = DigestForMerge(b);
    const bool refused =
        MergeScreen(incoming).Refuses(MergeSignatureOf(a), a.time.begin->day_number());
    EXPECT_EQ(refused, !MayTie(DigestForMerge(a), incoming));
    return refused;
  };
  EXPECT_TRUE(refuses()) << "1 + 0.5";
  b.location = kharkiv;
  EXPECT_TRUE(refuses()) << "the same place: 1 + 1 + 0.5";
  b.time = a.time;
  EXPECT_FALSE(refuses()) << "and the same dated day: 1 + 1 + 1 + 0.5";
  b.time = Day("2022-03-14");
  b.location = mariupol;
  a.participants = b.participants = {general_speaks};
  EXPECT_TRUE(refuses()) << "a source in both: 2 + 0.5";
  b.location = Place("country:UA", "Ukraine", "in");
  EXPECT_FALSE(refuses()) << "and a country for a place, which may hold the other: 2 + 0.5 + 0.5";
  b.location = mariupol;
  a.participants = {general_speaks, general_speaks};
  EXPECT_EQ(MergeSignatureOf(a), kMergeSignatureUnknown) << "named twice: MayTie counts it twice";
  EXPECT_FALSE(
      MergeScreen(DigestForMerge(b)).Refuses(MergeSignatureOf(a), a.time.begin->day_number()));
  a.participants = {Participant{"person:someone-else", Role::kSource}};
  b.location = a.location;
  b.time = a.time;
  EXPECT_TRUE(refuses()) << "nobody in common: the place, the day and the word make 2.5";
}

TEST(MergeWithinArticle, BetterFoundedTimeWins) {
  auto a = Mention("m1", "meet", "meeting", 10, PastOf("2025-12-01"), {kWitkoff});
  auto b = Mention("m2", "meet", "meeting", 50, Day("2025-11-30"), {kWitkoff});
  auto r = MergeWithinArticle({a, b});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].time.basis, TimeBasis::kExplicit);
  EXPECT_EQ(FormatDate(*r.events[0].time.begin), "2025-11-30");
}

TEST(MergeWithinArticle, StrongestRoleIsKept) {
  auto a = Mention("m1", "attack", "attack", 10, PastOf("2025-12-01"),
                   {Participant{"country:RU", Role::kParticipant}});
  auto b = Mention("m2", "attack", "attacked", 50, PastOf("2025-12-01"),
                   {Participant{"country:RU", Role::kSource}});
  auto r = MergeWithinArticle({a, b});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_EQ(r.events[0].participants.size(), 1u);
  EXPECT_EQ(r.events[0].participants[0].role, Role::kSource);
}

TEST(MergeWithinArticle, OneKindOfDeedByTwoNamedActorsIsTwoHappenings) {
  const Participant russia{"country:RU", Role::kSource};
  const Participant ukraine{"country:UA", Role::kSource};
  auto a = Mention("m1", "attack", "attacked", 10, PastOf("2025-12-01"), {russia});
  auto b = Mention("m2", "attack", "attacked", 50, PastOf("2025-12-01"), {ukraine});
  EXPECT_EQ(MergeWithinArticle({a, b}).events.size(), 2u);
  // The same actor named again is one happening.
  auto c = Mention("m3", "attack", "attack", 90, PastOf("2025-12-01"), {russia});
  auto r = MergeWithinArticle({a, c});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].evidence.size(), 2u);
}

TEST(MergeWithinArticle, WhatIsOnlySupposedIsNotTheHappeningReported) {
  auto signed_deal = Mention("m1", "cooperate", "agreement", 10, PastOf("2025-12-01"), {kUS});
  auto possible = Mention("m2", "cooperate", "agreement", 50, PastOf("2025-12-01"), {kUS});
  possible.modality = Modality::kHypothetical;
  EXPECT_EQ(MergeWithinArticle({signed_deal, possible}).events.size(), 2u);
}

TEST(MergeWithinArticle, APlanStaysAPlanAndAReportBecomesAnAssertion) {
  auto planned = Mention("m1", "meet", "meeting", 10, Day("2025-12-01"), {kUS});
  planned.modality = Modality::kPlanned;
  auto again = Mention("m2", "meet", "meeting", 50, Day("2025-12-01"), {kUS});
  auto r = MergeWithinArticle({planned, again});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].modality, Modality::kPlanned);

  auto reported = Mention("m3", "meet", "meeting", 10, Day("2025-12-01"), {kUS});
  reported.modality = Modality::kReported;
  r = MergeWithinArticle({reported, again});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].modality, Modality::kAsserted);
}

TEST(MergeWithinArticle, ALastingHappeningKeepsItsSpanAndPlaceWhenAnEpisodeJoins) {
  auto war =
      Mention("m1", "fight", "war", 10, Window("2022-02-24", "2025-12-01", Precision::kDay), {kUA});
  war.location = Place("country:UA", "Ukraine", "in");
  auto episode = Mention("m2", "fight", "fighting", 50, Day("2025-11-25"), {kUA});
  episode.location = Place("location:pokrovsk-ua", "Pokrovsk", "in", 48.28, 37.18);
  auto r = MergeWithinArticle({war, episode},
                              InCountries({{"location:pokrovsk-ua", "UA"}, {"country:UA", "UA"}}));
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(FormatDate(*r.events[0].time.begin), "2022-02-24");
  EXPECT_EQ(FormatDate(*r.events[0].time.end), "2025-12-01");
  ASSERT_TRUE(r.events[0].location.has_value());
  EXPECT_EQ(r.events[0].location->entity, "country:UA");
  // A brief happening takes the finer place and time of a later mention.
  auto talks = Mention("m3", "negotiate", "talks", 10,
                       Window("2025-11-01", "2025-11-30", Precision::kMonth), {kWitkoff});
  talks.location = Place("country:US", "United States", "in");
  auto held = Mention("m4", "negotiate", "talks", 50, Day("2025-11-30"), {kWitkoff});
  held.location = Place("location:miami-us", "Miami", "near", 25.77, -80.19);
  r = MergeWithinArticle({talks, held},
                         InCountries({{"location:miami-us", "US"}, {"country:US", "US"}}));
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(FormatDate(*r.events[0].time.begin), "2025-11-30");
  ASSERT_TRUE(r.events[0].location.has_value());
  EXPECT_EQ(r.events[0].location->entity, "location:miami-us");
}

TEST(MergeWithinArticle, AMentionSharingOnlyTheWordKeepsItsOwnPlace) {
  // "Ukrainian forces had killed 50 soldiers ... Six people were killed in Irpin.": two killings.
  const Participant ukraine_acts{"country:UA", Role::kSource};
  auto killed = Mention("m1", "attack", "killed", 10, PastOf("2025-12-01"), {ukraine_acts});
  auto elsewhere = Mention("m2", "attack", "killed", 300, PastOf("2025-12-01"));
  elsewhere.location = Place("location:irpin-ua", "Irpin", "in", 50.52, 30.25);
  auto r = MergeWithinArticle({killed, elsewhere});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_FALSE(r.events[0].location.has_value()) << "the first killing names no place";
  EXPECT_EQ(r.event_of_mention.at("m2"), "m2");
  // A whole country in common is no more: one country takes part in every attack of a war.
  elsewhere.participants = {Participant{"country:UA", Role::kParticipant}};
  EXPECT_EQ(MergeWithinArticle({killed, elsewhere}).events.size(), 2u);
  // A named actor in common ties them, and the place is the happening's.
  const Participant brigade{"organization:third-brigade", Role::kSource};
  killed.participants = {brigade};
  elsewhere.participants = {brigade};
  r = MergeWithinArticle({killed, elsewhere});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].location.has_value());
  EXPECT_EQ(r.events[0].location->entity, "location:irpin-ua");
}

TEST(MergeWithinArticle, AMentionSharingOnlyTheWordKeepsItsOwnDate) {
  // "The army keeps trying to attack." ... "the attack on Wednesday morning": another attack.
  auto trying = Mention("m1", "attack", "attack", 10, PastOf("2025-12-03"));
  auto dated = Mention("m2", "attack", "attack", 400, Day("2025-12-03", TimeBasis::kRelative));
  auto r = MergeWithinArticle({trying, dated});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].time.basis, TimeBasis::kTense);
  EXPECT_FALSE(r.events[0].time.begin.has_value());
  // The same day named by both is no new time: "the attack" refers back.
  auto again = Mention("m3", "attack", "attack", 800, Day("2025-12-03", TimeBasis::kRelative));
  r = MergeWithinArticle({dated, again});
  EXPECT_EQ(r.events.size(), 1u);
  // An undated mention after a dated one takes nothing from it and still refers back to it.
  r = MergeWithinArticle({dated, Mention("m4", "attack", "attack", 900, PastOf("2025-12-03"))});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].time.basis, TimeBasis::kRelative);
}

TEST(MergeWithinArticle, OneSpeakersSayingsShareADayButNotAPlaceOfWhatWasSaid) {
  const Participant speaker{"person:ion-popescu", Role::kSource};
  auto first = Mention("m1", "statement", "said", 10, PastOf("2025-12-03"), {speaker, kUA});
  auto dated = Mention("m2", "statement", "said", 300, Day("2025-12-02", TimeBasis::kRelative),
                       {speaker, kUA});
  auto r = MergeWithinArticle({first, dated});
  ASSERT_EQ(r.events.size(), 1u) << "the later words of one occasion";
  EXPECT_EQ(r.events[0].time.basis, TimeBasis::kRelative);
  // "In August he said ...": a saying of another occasion, weeks before.
  auto months_before =
      Mention("m4", "statement", "said", 450, Window("2025-08-01", "2025-08-31", Precision::kMonth),
              {speaker, kUA});
  r = MergeWithinArticle({first, months_before});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].time.basis, TimeBasis::kTense);
  // "He said trade links with regions in Transnistria would be cut": a place of the content.
  auto placed = Mention("m3", "statement", "said", 600, PastOf("2025-12-03"), {speaker, kUA});
  placed.location = Place("location:tiraspol-md", "Tiraspol", "in", 46.84, 29.63);
  r = MergeWithinArticle({first, placed});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_FALSE(r.events[0].location.has_value());
}

TEST(MergeWithinArticle, InOneSentenceTheWordIsEnough) {
  // Two words of one kind in one sentence ("strikes ... hit on Monday") share its date.
  auto strikes = Mention("m1", "attack", "strikes", 10, PastOf("2025-12-03"));
  auto hit = Mention("m2", "attack", "strikes", 40, Day("2025-12-01", TimeBasis::kRelative));
  hit.evidence[0].sentence = strikes.evidence[0].sentence;
  auto r = MergeWithinArticle({strikes, hit});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(FormatDate(*r.events[0].time.begin), "2025-12-01");
}

TEST(MergeWithinArticle, ACountryAndAPlaceOutsideItAreTwoPlaces) {
  const auto entities = InCountries(
      {{"country:UA", "UA"}, {"location:moscow-ru", "RU"}, {"location:kharkiv-ua", "UA"}});
  const Participant general{"person:ivan-petrov", Role::kSource};
  auto in_ukraine = Mention("m1", "attack", "offensive", 10, PastOf("2025-12-01"), {general});
  in_ukraine.location = Place("country:UA", "Ukraine", "in");
  auto other = Mention("m2", "attack", "offensive", 50, PastOf("2025-12-01"), {general});
  other.location = Place("location:moscow-ru", "Moscow", "in", 55.75, 37.62);
  auto r = MergeWithinArticle({in_ukraine, other}, entities);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].location->entity, "country:UA");
  // A city in the country is the same place, finer.
  other.location = Place("location:kharkiv-ua", "Kharkiv", "in", 49.99, 36.23);
  r = MergeWithinArticle({in_ukraine, other}, entities);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].location->entity, "location:kharkiv-ua");
}

}  // namespace
}  // namespace eg
