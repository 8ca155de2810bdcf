#include <gtest/gtest.h>

#include "engine/model/json_codec.h"

namespace eg {
namespace {

Event SampleEvent() {
  Event e;
  e.id = "ev:0000000000000001";
  e.type = "negotiate";
  e.cameo = "04";
  e.label = "Peace negotiations near \"Miami\"";
  e.time.end = *ParseDate("2025-12-01");
  e.time.precision = Precision::kDay;
  e.time.basis = TimeBasis::kTense;
  e.time.text = "were held";
  e.location = Location{"facility:shell-bay-us", "Shell Bay", "at", 25.9, -80.1};
  e.participants = {{"person:steve-witkoff", Role::kSource}, {"country:UA", Role::kParticipant}};
  e.modality = Modality::kReported;
  e.evidence = {{"art:1", {10, 80}, {40, 52}, "negotiations"}};
  e.confidence = 0.75;
  return e;
}

TEST(JsonCodec, EventRoundTripsAndShowsOpenBoundsAsNull) {
  const Event e = SampleEvent();
  const Json j = EventToJson(e);
  EXPECT_TRUE(j["time"]["start"].is_null());
  EXPECT_EQ(j["time"]["end"], "2025-12-01");
  EXPECT_EQ(j["evidence"][0]["trigger"]["text"], "negotiations");
  EXPECT_EQ(j["participants"][0]["role"], "source");
  auto back = EventFromJson(j);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, e);
  // Through CBOR too, as the store keeps it.
  auto cbor = FromCbor(ToCbor(j));
  ASSERT_TRUE(cbor.ok());
  EXPECT_EQ(*EventFromJson(*cbor), e);
}

TEST(JsonCodec, ArticleEntityRelationRoundTrip) {
  Article a{"art:1", "Title", *ParseDate("2025-12-01"), "14:08:36", "body", "", "BORNA", "seed.txt", "text",
            {"Ana Petrova", "Jon Ilves"}, "en-GB"};
  EXPECT_EQ(ArticleToJson(a)["authors"][1], "Jon Ilves");
  EXPECT_EQ(*ArticleFromJson(ArticleToJson(a)), a);
  EXPECT_FALSE(ArticleToJson(a, false).contains("text"));
  Entity ent{"location:brussels-be", EntityKind::kLocation, "Brussels", {"Bruxelles"}, "BE", 50.85, 4.35, {}, {}};
  EXPECT_EQ(*EntityFromJson(EntityToJson(ent)), ent);
  Relation r{"ev:a", "ev:b", RelationType::kIsIncluded, RelationBasis::kText, 0.8};
  EXPECT_EQ(RelationToJson(r)["type"], "IS_INCLUDED");
  EXPECT_EQ(*RelationFromJson(RelationToJson(r)), r);
}

TEST(JsonCodec, MalformedInputIsAStatusNotAnException) {
  Json j = EventToJson(SampleEvent());
  j.erase("modality");
  EXPECT_NE(EventFromJson(j).status().message().find("modality"), std::string::npos);
  j = EventToJson(SampleEvent());
  j["time"]["start"] = "2025-02-30";
  EXPECT_FALSE(EventFromJson(j).ok());
  j = EventToJson(SampleEvent());
  j["time"]["start"] = "2025-12-05";  // after the end
  EXPECT_FALSE(EventFromJson(j).ok());
  j = EventToJson(SampleEvent());
  j["evidence"][0]["trigger"]["begin"] = -3;
  EXPECT_FALSE(EventFromJson(j).ok());
  EXPECT_EQ(FromCbor("\xff\x00garbage").status().code(), StatusCode::kCorruption);
  EXPECT_FALSE(EventFromJson(Json("a string")).ok());
}

}  // namespace
}  // namespace eg
