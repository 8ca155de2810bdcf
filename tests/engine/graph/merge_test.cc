#include <gtest/gtest.h>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Place;

const Participant kWitkoff{"person:steve-witkoff", Role::kParticipant};
const Participant kUS{"country:US", Role::kParticipant};
const Participant kUA{"country:UA", Role::kParticipant};
const Participant kKallasSpeaks{"person:kaja-kallas", Role::kSource};

TEST(MergeWithinArticle, MentionsOfOneNegotiationBecomeOneEventWithAllEvidence) {
  auto a = Mention("m1", "negotiate", "peace negotiations", 100, PastOf("2025-12-01"), {kUA});
  auto b = Mention("m2", "negotiate", "negotiations", 400, PastOf("2025-12-01"), {kWitkoff, kUS, kUA});
  auto c = Mention("m3", "negotiate", "negotiations", 600, PastOf("2025-12-01"));
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

TEST(MergeWithinArticle, BetterFoundedTimeWins) {
  auto a = Mention("m1", "meet", "meeting", 10, PastOf("2025-12-01"), {kUS});
  auto b = Mention("m2", "meet", "meeting", 50, Day("2025-11-30"), {kUS});
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

}  // namespace
}  // namespace eg
