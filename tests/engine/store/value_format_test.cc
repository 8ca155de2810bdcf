#include "engine/store/value_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace eg::store_values {
namespace {

Date D(int y, int m, int d) { return Date(y, m, d); }

// An event with every field set to something other than its default, so a field the codec
// forgets shows up as a difference.
Event FullEvent() {
  Event e;
  e.id = "ev:00000000000000ab";
  e.type = "negotiate";
  e.cameo = "04";
  e.label = "Peace talks near Miami — 'Şafak' reported";
  e.time.begin = D(2025, 11, 30);
  e.time.end = D(2025, 12, 1);
  e.time.precision = Precision::kMinute;
  e.time.timex = "2025-12-01T10:00";
  e.time.text = "on Sunday at 10 a.m.";
  e.time.basis = TimeBasis::kRelative;
  e.time.time_of_day = "T10:00";
  e.location = Location{"location:miami-us", "Miami", "near", 25.7617, -80.1918};
  e.participants = {{"country:UA", Role::kSource}, {"person:rustem-umerov", Role::kTarget},
                    {"country:US", Role::kParticipant}};
  e.modality = Modality::kReported;
  e.evidence = {{"art:0000000000000001", Span{10, 300}, Span{42, 54}, "negotiations"},
                {"art:0000000000000002", Span{100000, 100250}, Span{100003, 100007}, "talks"}};
  e.confidence = 0.8 * 0.8;  // not a round decimal: the bits must survive
  e.sources = 2;
  e.independent_sources = 1;
  e.merged = {{"ev:00000000000000cd", "same-type,overlapping-time,shared-participants:2", 4.5}};
  return e;
}

TEST(EventValue, EveryFieldRoundTrips) {
  const Event e = FullEvent();
  auto back = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, e);
}

TEST(EventValue, OpenBoundsAndMissingPartsRoundTrip) {
  Event e;
  e.id = "ev:1";
  e.type = "other";
  e.time.end = D(2025, 12, 1);  // "talks were held": start unknown
  e.time.basis = TimeBasis::kTense;
  auto back = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, e);
  EXPECT_FALSE(back->time.begin.has_value());
  EXPECT_FALSE(back->location.has_value());

  // A place without coordinates, and one with only a latitude.
  e.location = Location{"location:x", "X", "in", std::nullopt, std::nullopt};
  back = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, e);
  e.location->lat = -33.5;
  back = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->location->lat, -33.5);
  EXPECT_FALSE(back->location->lon.has_value());
}

TEST(EventValue, TheCalendarsEndsRoundTrip) {
  Event e;
  e.id = "ev:edge";
  e.type = "meet";
  e.time.begin = D(1400, 1, 1);
  e.time.end = D(9999, 12, 31);
  auto back = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->time, e.time);
}

TEST(EventValue, DamagedValuesAreCorruptionNotCrashes) {
  const std::string good = EncodeEvent(FullEvent());
  // Every truncation fails cleanly.
  for (size_t n = 0; n < good.size(); ++n) {
    auto r = DecodeEvent(std::string_view(good).substr(0, n));
    ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes decoded";
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  }
  EXPECT_FALSE(DecodeEvent(good + "x").ok()) << "trailing bytes";
  std::string other_layout = good;
  other_layout[0] = 2;
  auto r = DecodeEvent(other_layout);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("layout"), std::string::npos) << r.status().ToString();
  // A CBOR value of format 3 is not read as an event.
  EXPECT_FALSE(DecodeEvent("\xa2\x62id\x61x").ok());
}

// The head is what the indexes file an event under, read in place: it must agree with the whole
// decode field for field, for closed and open spans, with and without a place.
TEST(EventValue, TheHeadAgreesWithTheWholeDecode) {
  Event full = FullEvent();
  full.participants.push_back({"", Role::kParticipant});  // a participant without an entity
  Event bare;
  bare.id = "ev:2";
  bare.type = "other";
  bare.time.end = D(2025, 12, 1);
  bare.time.basis = TimeBasis::kTense;
  EventHead head;
  for (const Event& e : {full, bare}) {
    const std::string value = EncodeEvent(e);
    ASSERT_TRUE(ReadEventHead(value, head).ok()) << e.id;
    EXPECT_EQ(head.id, e.id);
    EXPECT_EQ(head.type, e.type);
    EXPECT_EQ(head.begin_day, store_keys::BeginDay(e.time.begin));
    EXPECT_EQ(head.end_day, store_keys::EndDay(e.time.end));
    EXPECT_EQ(head.basis, e.time.basis);
    EXPECT_EQ(head.location, e.location ? e.location->entity : "");
    std::vector<std::string_view> entities;
    for (const auto& p : e.participants) entities.push_back(p.entity);
    EXPECT_EQ(head.participants, entities) << e.id;  // also cleared from the previous head
  }
  EXPECT_EQ(head.begin_day, store_keys::kOpenBeginDay);
  // A value cut inside the fields the head reads fails; one cut after them need not.
  const std::string good = EncodeEvent(full);
  for (size_t n = 0; n < 40; ++n) {
    const Status cut = ReadEventHead(std::string_view(good).substr(0, n), head);
    ASSERT_FALSE(cut.ok()) << "prefix of " << n << " bytes read";
    EXPECT_EQ(cut.code(), StatusCode::kCorruption);
  }
  std::string other_layout = good;
  other_layout[0] = 2;
  EXPECT_FALSE(ReadEventHead(other_layout, head).ok());
}

MergeRecord FullMergeRecord() {
  MergeRecord m;
  m.absorbed = "ev:00000000000000cd";
  m.into = "ev:00000000000000ab";
  m.rule = "same-type,same-day,shared-participants:2";
  m.score = 3.5;
  m.absorbed_before = FullEvent();
  m.absorbed_before.id = m.absorbed;
  m.absorbed_before.merged.clear();
  m.into_before = FullEvent();
  m.into_before.location.reset();
  Relation vague{m.absorbed, "ev:00000000000000ef", RelationType::kVague, RelationBasis::kTime,
                 0.3};
  vague.possible = (1u << static_cast<int>(RelationType::kBefore)) |
                   (1u << static_cast<int>(RelationType::kOverlaps));
  m.relations = {vague, Relation{"ev:0000000000000001", m.absorbed, RelationType::kCauses,
                                 RelationBasis::kText, 0.7 * 0.9}};
  return m;
}

TEST(MergeValue, EveryFieldRoundTrips) {
  const MergeRecord m = FullMergeRecord();
  const std::string value = EncodeMergeRecord(m);
  EXPECT_TRUE(IsBinaryMergeRecord(value));
  auto back = DecodeMergeRecord(value);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->absorbed, m.absorbed);
  EXPECT_EQ(back->into, m.into);
  EXPECT_EQ(back->rule, m.rule);
  EXPECT_EQ(back->score, m.score);
  EXPECT_EQ(back->absorbed_before, m.absorbed_before);
  EXPECT_EQ(back->into_before, m.into_before);
  EXPECT_EQ(back->relations, m.relations);
}

TEST(MergeValue, DamagedValuesAreCorruptionAndCborIsTold) {
  const std::string good = EncodeMergeRecord(FullMergeRecord());
  for (size_t n = 0; n < good.size(); ++n) {
    auto r = DecodeMergeRecord(std::string_view(good).substr(0, n));
    ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes decoded";
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  }
  EXPECT_FALSE(DecodeMergeRecord(good + "x").ok()) << "trailing bytes";
  // A record written as CBOR (a map, first byte 0xA0..0xBF) is not taken for the binary layout.
  EXPECT_FALSE(
      IsBinaryMergeRecord("\xa7\x68"
                          "absorbed"
                          "\x61x"));
  EXPECT_FALSE(IsBinaryMergeRecord(""));
}

TEST(StorylineValue, IsTheCborOfItsJson) {
  // Lists and strings across the lengths where CBOR's heads change form (23/24, 255/256,
  // 65535/65536), compared with the bytes the JSON tree's CBOR gives.
  for (const size_t n :
       {size_t{0}, size_t{1}, size_t{23}, size_t{24}, size_t{255}, size_t{256}, size_t{65536}}) {
    Storyline s;
    s.id = "story:diplomacy:person:" + std::string(n % 300, 'k');
    s.label = "Kaja Kallas: diplomacy \xc5\x9f";
    s.topic = "diplomacy";
    s.entities = {"person:kaja-kallas", std::string(n, 'x')};
    for (size_t i = 0; i < n; ++i) s.events.push_back("ev:" + std::to_string(i));
    EXPECT_EQ(EncodeStorylineCbor(s), ToCbor(StorylineToJson(s))) << n;
  }
}

TEST(RelationValue, RoundTripsWithTheKey) {
  const store_keys::RelationKey key{"ev:a", "ev:b", RelationType::kBefore};
  Relation r{"ev:a", "ev:b", RelationType::kBefore, RelationBasis::kText, 0.7 * 0.8};
  const std::string v = MakeRelationValue(r);
  EXPECT_EQ(v.size(), 9u) << "basis and confidence only";
  auto back = ParseRelation(key, v);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, r);
}

TEST(RelationValue, VagueKeepsItsPossibleSet) {
  const store_keys::RelationKey key{"ev:a", "ev:c", RelationType::kVague};
  Relation r{"ev:a", "ev:c", RelationType::kVague, RelationBasis::kTime, 0.3};
  r.possible = (1u << static_cast<int>(RelationType::kBefore)) | (1u << static_cast<int>(RelationType::kOverlaps)) |
               (1u << static_cast<int>(RelationType::kIncludes));
  const std::string v = MakeRelationValue(r);
  EXPECT_EQ(v.size(), 13u);
  auto back = ParseRelation(key, v);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, r);
}

TEST(RelationValue, BadValuesAreCorruption) {
  const store_keys::RelationKey key{"ev:a", "ev:b", RelationType::kAfter};
  Relation r{"ev:a", "ev:b", RelationType::kAfter, RelationBasis::kTime, 1.0};
  std::string v = MakeRelationValue(r);
  EXPECT_EQ(ParseRelation(key, v.substr(0, 8)).status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ParseRelation(key, v + "xx").status().code(), StatusCode::kCorruption);
  v[0] = 7;  // no such basis
  EXPECT_EQ(ParseRelation(key, v).status().code(), StatusCode::kCorruption);
  std::string empty_set = MakeRelationValue(r) + std::string(4, '\0');
  EXPECT_EQ(ParseRelation(key, empty_set).status().code(), StatusCode::kCorruption)
      << "an empty possible set is left out, never written";
}

}  // namespace
}  // namespace eg::store_values
