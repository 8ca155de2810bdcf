#include "engine/store/key_format.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>

namespace eg::store_keys {
namespace {

TEST(KeyFormatTest, IntegersRoundTripAndSortAsNumbers) {
  std::mt19937_64 rng(7);
  std::vector<uint64_t> values = {0,    1, 255, 256, 65535, 65536, 0xFFFFFFFFull, 0x100000000ull,
                                  ~0ull};
  for (int i = 0; i < 200; ++i) values.push_back(rng() >> (rng() % 64));
  for (uint64_t v : values) {
    auto back = DecodeU64(EncodeU64(v));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, v);
    const auto v32 = static_cast<uint32_t>(v);
    auto back32 = DecodeU32(EncodeU32(v32));
    ASSERT_TRUE(back32.ok());
    EXPECT_EQ(*back32, v32);
  }
  for (size_t i = 0; i + 1 < values.size(); ++i) {
    const uint64_t a = values[i], b = values[i + 1];
    EXPECT_EQ(a < b, EncodeU64(a) < EncodeU64(b)) << a << " vs " << b;
    EXPECT_EQ(static_cast<uint32_t>(a) < static_cast<uint32_t>(b),
              EncodeU32(static_cast<uint32_t>(a)) < EncodeU32(static_cast<uint32_t>(b)));
  }
  EXPECT_EQ(EncodeU32(0x01020304), std::string("\x01\x02\x03\x04", 4));  // big-endian by definition
  EXPECT_FALSE(DecodeU32("abc").ok());
  EXPECT_FALSE(DecodeU64("abcd").ok());
}

TEST(KeyFormatTest, DaysMapToDayNumbersWithOpenSentinelsOutside) {
  EXPECT_EQ(BeginDay(std::nullopt), kOpenBeginDay);
  EXPECT_EQ(EndDay(std::nullopt), kOpenEndDay);
  for (const Date d : {Date(1400, 1, 1), Date(1970, 1, 1), Date(2024, 2, 29), Date(2025, 12, 1),
                       Date(9999, 12, 31)}) {
    const uint32_t n = BeginDay(d);
    EXPECT_EQ(n, EndDay(d));
    EXPECT_GT(n, kOpenBeginDay);
    EXPECT_LT(n, kOpenEndDay);
    auto back = DayToDate(n);
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(back->has_value());
    EXPECT_EQ(**back, d);
  }
  // Consecutive days are consecutive numbers, so day order is numeric order.
  EXPECT_EQ(BeginDay(Date(2025, 3, 1)), BeginDay(Date(2025, 2, 28)) + 1);
  auto open = DayToDate(kOpenEndDay);
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->has_value());
  EXPECT_EQ(DayToDate(5).status().code(), StatusCode::kCorruption);
}

TEST(KeyFormatTest, TimeIndexKeysRoundTripAndSortByBucketThenBeginEndId) {
  const std::vector<std::optional<Date>> begins = {std::nullopt, Date(2022, 2, 24),
                                                   Date(2025, 12, 1), Date(2025, 12, 2)};
  const std::vector<std::optional<Date>> ends = {Date(2022, 2, 24), Date(2025, 12, 1),
                                                 Date(2026, 1, 1), std::nullopt};
  const std::vector<std::string> ids = {"ev:a", "ev:ab", "ev:b", "ev:\xff"};
  std::vector<TimeIndexKey> tuples;
  for (const auto& b : begins) {
    for (const auto& e : ends) {
      for (const auto& id : ids) tuples.push_back({BeginDay(b), EndDay(e), id});
    }
  }
  std::vector<std::string> encoded;
  for (const auto& t : tuples) {
    encoded.push_back(MakeTimeIndexKey(t));
    auto back = ParseTimeIndexKey(encoded.back());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, t);
  }
  // Sorting the bytes must give the order of the tuples, where an open begin is earliest and an
  // open end latest (the reasoning the store's Events() order relies on).
  // Within a span bucket; the buckets are separate runs that a window scan merges.
  auto rank = [](const TimeIndexKey& k) {
    auto begin = DayToDate(k.begin_day);
    auto end = DayToDate(k.end_day);
    // (bucket, has begin, begin, has no end, end, id): open begin first, open end last.
    return std::make_tuple(SpanBucket(k.begin_day, k.end_day), begin->has_value(),
                           begin->value_or(Date(1400, 1, 1)), !end->has_value(),
                           end->value_or(Date(1400, 1, 1)), k.event_id);
  };
  std::vector<size_t> by_bytes(tuples.size()), by_tuple(tuples.size());
  for (size_t i = 0; i < tuples.size(); ++i) by_bytes[i] = by_tuple[i] = i;
  std::sort(by_bytes.begin(), by_bytes.end(),
            [&](size_t a, size_t b) { return encoded[a] < encoded[b]; });
  std::sort(by_tuple.begin(), by_tuple.end(),
            [&](size_t a, size_t b) { return rank(tuples[a]) < rank(tuples[b]); });
  EXPECT_EQ(by_bytes, by_tuple);

  EXPECT_EQ(ParseTimeIndexKey("123456789").status().code(), StatusCode::kCorruption);
  // A bucket byte that does not match the days is refused.
  std::string wrong = MakeTimeIndexKey({BeginDay(Date(2025, 12, 1)), EndDay(Date(2025, 12, 1)), "ev:1"});
  wrong[0] = 5;
  EXPECT_EQ(ParseTimeIndexKey(wrong).status().code(), StatusCode::kCorruption);
}

TEST(KeyFormatTest, SpanBucketsByLengthAndOpenSides) {
  const uint32_t d = BeginDay(Date(2025, 12, 1));
  EXPECT_EQ(SpanBucket(d, d), 0);           // one day
  EXPECT_EQ(SpanBucket(d, d + 6), 1);       // a week (7 days)
  EXPECT_EQ(SpanBucket(d, d + 30), 2);      // 31 days: a long month
  EXPECT_EQ(SpanBucket(d, d + 31), 3);      // 32 days: more than any month
  EXPECT_EQ(SpanBucket(d, d + 365), 4);     // a leap year, 366 days
  EXPECT_EQ(SpanBucket(d, d + 3652), 5);    // a decade
  EXPECT_EQ(SpanBucket(d, d + 3653), kBucketLongClosed);
  EXPECT_EQ(SpanBucket(kOpenBeginDay, d), kBucketOpenBegin);
  EXPECT_EQ(SpanBucket(d, kOpenEndDay), kBucketOpenEnd);
  EXPECT_EQ(SpanBucket(kOpenBeginDay, kOpenEndDay), kBucketOpen);
  // The seek key of a bucket sorts before every key of that bucket from that begin day on.
  EXPECT_LE(TimeIndexSeekKey(0, d), MakeTimeIndexKey({d, d, "ev:0"}));
  EXPECT_GT(TimeIndexSeekKey(0, d + 1), MakeTimeIndexKey({d, d, "ev:\xff"}));
}

TEST(KeyFormatTest, IndexValuesCarryBasisAndType) {
  const IndexValue v{TimeBasis::kTense, "negotiate"};
  auto back = ParseIndexValue(MakeIndexValue(v));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, v);
  EXPECT_EQ(ParseIndexValue("").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ParseIndexValue("\x09meet").status().code(), StatusCode::kCorruption);
}

TEST(KeyFormatTest, EntityEventsKeysRoundTripAndKeepEntitiesApart) {
  const EntityEventsKey k{"person:kaja-kallas", BeginDay(Date(2025, 12, 1)),
                          EndDay(Date(2025, 12, 31)), "ev:0123"};
  auto back = ParseEntityEventsKey(MakeEntityEventsKey(k));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, k);

  // "country:U" is a string prefix of "country:UA" but not a key prefix of its entries.
  const std::string ua = MakeEntityEventsKey({"country:UA", kOpenBeginDay, kOpenEndDay, "ev:1"});
  EXPECT_NE(ua.rfind(EntityEventsPrefix("country:U"), 0), 0u);
  EXPECT_EQ(ua.rfind(EntityEventsPrefix("country:UA"), 0), 0u);

  // Entity order first, then the span bucket, then begin day, end day and id.
  const uint32_t jan1 = BeginDay(Date(2025, 1, 1)), jan2 = BeginDay(Date(2025, 1, 2));
  const std::string a_late = MakeEntityEventsKey({"a", jan2, jan2, "ev:0"});
  const std::string a_early = MakeEntityEventsKey({"a", jan1, jan1, "ev:9"});
  const std::string a_month = MakeEntityEventsKey({"a", jan1, jan1 + 30, "ev:0"});
  const std::string a_open = MakeEntityEventsKey({"a", kOpenBeginDay, jan1, "ev:z"});
  const std::string ab_day = MakeEntityEventsKey({"ab", jan1, jan1, "ev:0"});
  EXPECT_LT(a_early, a_late);
  EXPECT_LT(a_late, a_month) << "day bucket before month bucket";
  EXPECT_LT(a_month, a_open) << "open begins have their own bucket";
  EXPECT_LT(a_open, ab_day);

  EXPECT_EQ(ParseEntityEventsKey("no-terminator").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ParseEntityEventsKey(std::string("a\0\0\0\0\0\0\0\0\0", 10)).status().code(),
            StatusCode::kCorruption);
}

TEST(KeyFormatTest, RelationKeysRoundTripBothDirections) {
  const RelationKey k{"ev:1", "ev:2", RelationType::kIsIncluded};
  const std::string fwd = MakeRelationKey(k);
  const std::string rev = MakeRelationRevKey(k);
  auto f = ParseRelationKey(fwd);
  auto r = ParseRelationRevKey(rev);
  ASSERT_TRUE(f.ok());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*f, k);
  EXPECT_EQ(*r, k);
  EXPECT_EQ(fwd.rfind(RelationPrefix("ev:1"), 0), 0u);
  EXPECT_EQ(rev.rfind(RelationPrefix("ev:2"), 0), 0u);
  EXPECT_NE(fwd.rfind(RelationPrefix("ev:"), 0), 0u);
  // Appended after what a buffer holds, the same bytes in both directions.
  std::string buffer = "x";
  AppendRelationKey(k.from, k.to, k.type, /*reversed=*/false, buffer);
  EXPECT_EQ(buffer, "x" + fwd);
  buffer.clear();
  AppendRelationKey(k.from, k.to, k.type, /*reversed=*/true, buffer);
  EXPECT_EQ(buffer, rev);

  // (from, to) order, even where one id is a prefix of another.
  EXPECT_LT(MakeRelationKey({"a", "z", RelationType::kPartOf}),
            MakeRelationKey({"ab", "a", RelationType::kBefore}));
  EXPECT_LT(MakeRelationKey({"a", "b", RelationType::kPartOf}),
            MakeRelationKey({"a", "bb", RelationType::kBefore}));
  EXPECT_LT(MakeRelationKey({"a", "b", RelationType::kBefore}),
            MakeRelationKey({"a", "b", RelationType::kAfter}));

  EXPECT_EQ(ParseRelationKey(std::string("a\0b\0\x63", 5)).status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(ParseRelationKey(std::string("a\0b", 3)).status().code(), StatusCode::kCorruption);
}

TEST(KeyFormatTest, IdsMustBeNonEmptyAndFreeOfNul) {
  EXPECT_TRUE(ValidateId("ev:1", "event id").ok());
  EXPECT_EQ(ValidateId("", "event id").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateId(std::string("a\0b", 3), "event id").code(), StatusCode::kInvalidArgument);
}

TEST(KeyFormatTest, FamiliesAreDistinctAndMetaComesFirst) {
  const auto& all = ColumnFamilies();
  // Five record kinds, three indexes, merges, storylines, pending and the entity-name index.
  ASSERT_EQ(all.size(), 12u);
  EXPECT_EQ(all.front(), kCfMeta);
  EXPECT_NE(std::find(all.begin(), all.end(), kCfEntityNames), all.end());
  std::vector<std::string_view> sorted = all;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
}

}  // namespace
}  // namespace eg::store_keys
