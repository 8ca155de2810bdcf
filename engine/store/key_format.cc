#include "engine/store/key_format.h"

#include <exception>

namespace eg::store_keys {
namespace {

// Boost's gregorian calendar covers 1400-01-01 .. 9999-12-31; these are their day numbers. Both
// lie strictly between the open-bound sentinels, which is what keeps open begins first and open
// ends last without a separate flag byte.
const uint32_t kFirstDay = Date(1400, 1, 1).day_number();
const uint32_t kLastDay = Date(9999, 12, 31).day_number();

void AppendU32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

uint32_t ReadU32(std::string_view bytes) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

Status BadKey(std::string_view family, std::string_view why) {
  return Status::Corruption(std::string(family) + " key: " + std::string(why));
}

// Splits "[a][0x00][rest]" into a and rest; fails when there is no terminator or `a` is empty.
bool SplitAtNul(std::string_view key, std::string_view& head, std::string_view& rest) {
  size_t nul = key.find('\0');
  if (nul == std::string_view::npos || nul == 0) return false;
  head = key.substr(0, nul);
  rest = key.substr(nul + 1);
  return true;
}

Result<RelationKey> ParseRelationLike(std::string_view key, std::string_view family,
                                      bool reversed) {
  std::string_view first, rest, second, type_byte;
  if (!SplitAtNul(key, first, rest) || !SplitAtNul(rest, second, type_byte) ||
      type_byte.size() != 1) {
    return BadKey(family, "expected [id][0x00][id][0x00][type]");
  }
  int type = static_cast<uint8_t>(type_byte[0]);
  if (type > static_cast<int>(RelationType::kPartOf))
    return BadKey(family, "unknown relation type");
  RelationKey k;
  k.from = std::string(reversed ? second : first);
  k.to = std::string(reversed ? first : second);
  k.type = static_cast<RelationType>(type);
  return k;
}

std::string RelationLikeKey(std::string_view first, std::string_view second, RelationType type) {
  std::string key;
  key.reserve(first.size() + second.size() + 3);
  key.append(first);
  key.push_back('\0');
  key.append(second);
  key.push_back('\0');
  key.push_back(static_cast<char>(static_cast<uint8_t>(type)));
  return key;
}

}  // namespace

const std::vector<std::string_view>& ColumnFamilies() {
  static const std::vector<std::string_view> kAll = {
      kCfMeta,      kCfArticles,  kCfEntities,     kCfEvents,
      kCfRelations, kCfTimeIndex, kCfEntityEvents, kCfRelationsRev,
      kCfMerges,    kCfStorylines, kCfPending,      kCfEntityNames,
  };
  return kAll;
}

std::string EncodeU32(uint32_t v) {
  std::string out;
  AppendU32(out, v);
  return out;
}

std::string EncodeU64(uint64_t v) {
  std::string out;
  AppendU32(out, static_cast<uint32_t>(v >> 32));
  AppendU32(out, static_cast<uint32_t>(v & 0xFFFFFFFFu));
  return out;
}

Result<uint32_t> DecodeU32(std::string_view bytes) {
  if (bytes.size() != 4)
    return Status::Corruption("expected a 4-byte integer, got " + std::to_string(bytes.size()) +
                              " bytes");
  return ReadU32(bytes);
}

Result<uint64_t> DecodeU64(std::string_view bytes) {
  if (bytes.size() != 8)
    return Status::Corruption("expected an 8-byte integer, got " + std::to_string(bytes.size()) +
                              " bytes");
  return (static_cast<uint64_t>(ReadU32(bytes.substr(0, 4))) << 32) | ReadU32(bytes.substr(4, 4));
}

uint32_t BeginDay(const std::optional<Date>& begin) {
  if (!begin || begin->is_special()) return kOpenBeginDay;
  return begin->day_number();
}

uint32_t EndDay(const std::optional<Date>& end) {
  if (!end || end->is_special()) return kOpenEndDay;
  return end->day_number();
}

Result<std::optional<Date>> DayToDate(uint32_t day) {
  if (day == kOpenBeginDay || day == kOpenEndDay) return std::optional<Date>();
  if (day < kFirstDay || day > kLastDay) {
    return Status::Corruption("day number " + std::to_string(day) +
                              " is outside 1400-01-01..9999-12-31");
  }
  // The range check above keeps boost from throwing; the catch is for the contract's sake.
  try {
    return std::optional<Date>(Date(1400, 1, 1) + boost::gregorian::date_duration(day - kFirstDay));
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("day number ") + std::to_string(day) + ": " + e.what());
  }
}

Status ValidateId(std::string_view id, std::string_view what) {
  if (id.empty()) return Status::InvalidArgument(std::string(what) + " is empty");
  if (id.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument(std::string(what) + " \"" +
                                   std::string(id.substr(0, id.find('\0'))) +
                                   "...\" contains a NUL byte");
  }
  return Status::Ok();
}

std::string RecordKey(std::string_view id) { return std::string(id); }

uint8_t SpanBucket(uint32_t begin_day, uint32_t end_day) {
  const bool open_begin = begin_day == kOpenBeginDay, open_end = end_day == kOpenEndDay;
  if (open_begin && open_end) return kBucketOpen;
  if (open_begin) return kBucketOpenBegin;
  if (open_end) return kBucketOpenEnd;
  const uint32_t days = end_day >= begin_day ? end_day - begin_day + 1 : 1;
  for (uint8_t b = 0; b < kBucketLongClosed; ++b) {
    if (days <= kBucketMaxDays[b]) return b;
  }
  return kBucketLongClosed;
}

std::string MakeIndexValue(const IndexValue& v) {
  std::string out(1, static_cast<char>(static_cast<uint8_t>(v.basis)));
  out.append(v.type);
  return out;
}

Result<IndexValue> ParseIndexValue(std::string_view value) {
  if (value.empty()) return Status::Corruption("index value: empty, expected [basis][type]");
  const int basis = static_cast<uint8_t>(value[0]);
  if (basis > static_cast<int>(TimeBasis::kPublication))
    return Status::Corruption("index value: unknown time basis " + std::to_string(basis));
  return IndexValue{static_cast<TimeBasis>(basis), std::string(value.substr(1))};
}

std::string TimeIndexSeekKey(uint8_t bucket, uint32_t begin_day, uint32_t end_day) {
  std::string key(1, static_cast<char>(bucket));
  AppendU32(key, begin_day);
  AppendU32(key, end_day);
  return key;
}

std::string MakeTimeIndexKey(const TimeIndexKey& k) {
  std::string key = TimeIndexSeekKey(SpanBucket(k.begin_day, k.end_day), k.begin_day, k.end_day);
  key.append(k.event_id);
  return key;
}

Result<TimeIndexKey> ParseTimeIndexKey(std::string_view key) {
  if (key.size() <= 9) return BadKey(kCfTimeIndex, "shorter than a bucket, two days and an event id");
  TimeIndexKey k;
  k.begin_day = ReadU32(key.substr(1, 4));
  k.end_day = ReadU32(key.substr(5, 4));
  k.event_id = std::string(key.substr(9));
  if (static_cast<uint8_t>(key[0]) != SpanBucket(k.begin_day, k.end_day))
    return BadKey(kCfTimeIndex, "bucket byte does not match the span");
  return k;
}

std::string MakeEntityEventsKey(const EntityEventsKey& k) {
  std::string key = EntityEventsPrefix(k.entity_id);
  key += TimeIndexSeekKey(SpanBucket(k.begin_day, k.end_day), k.begin_day, k.end_day);
  key.append(k.event_id);
  return key;
}

Result<EntityEventsKey> ParseEntityEventsKey(std::string_view key) {
  std::string_view entity, rest;
  if (!SplitAtNul(key, entity, rest) || rest.size() <= 9) {
    return BadKey(kCfEntityEvents, "expected [entity][0x00][bucket][day][day][event id]");
  }
  EntityEventsKey k;
  k.entity_id = std::string(entity);
  k.begin_day = ReadU32(rest.substr(1, 4));
  k.end_day = ReadU32(rest.substr(5, 4));
  k.event_id = std::string(rest.substr(9));
  if (static_cast<uint8_t>(rest[0]) != SpanBucket(k.begin_day, k.end_day))
    return BadKey(kCfEntityEvents, "bucket byte does not match the span");
  return k;
}

std::string EntityEventsPrefix(std::string_view entity_id) {
  std::string key;
  key.reserve(entity_id.size() + 1 + 4 + 20);
  key.append(entity_id);
  key.push_back('\0');
  return key;
}

std::string MakeRelationKey(const RelationKey& k) { return RelationLikeKey(k.from, k.to, k.type); }

void AppendRelationKey(std::string_view from, std::string_view to, RelationType type, bool reversed,
                       std::string& out) {
  out.append(reversed ? to : from);
  out.push_back('\0');
  out.append(reversed ? from : to);
  out.push_back('\0');
  out.push_back(static_cast<char>(static_cast<uint8_t>(type)));
}

std::string MakeRelationRevKey(const RelationKey& k) {
  return RelationLikeKey(k.to, k.from, k.type);
}

Result<RelationKey> ParseRelationKey(std::string_view key) {
  return ParseRelationLike(key, kCfRelations, /*reversed=*/false);
}

Result<RelationKey> ParseRelationRevKey(std::string_view key) {
  return ParseRelationLike(key, kCfRelationsRev, /*reversed=*/true);
}

std::string RelationPrefix(std::string_view event_id) {
  std::string key(event_id);
  key.push_back('\0');
  return key;
}

std::string EntityNamePrefix(std::string_view name_key) {
  std::string key(name_key);
  key.push_back('\0');
  return key;
}

std::string MakeEntityNameKey(std::string_view name_key, std::string_view entity_id) {
  std::string key = EntityNamePrefix(name_key);
  key.append(entity_id);
  return key;
}

}  // namespace eg::store_keys
