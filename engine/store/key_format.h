// Key format of the store: the only place that builds and parses RocksDB keys and the fixed-width
// integers kept in the meta column family. engine/store/FORMAT.md describes the same layout.
//
// Rules every key follows:
//   - integers are big-endian and fixed width, so byte order is numeric order;
//   - a string that is not the last component ends with one 0x00 byte, so byte order of the key is
//     the order of the tuple (0x00 is the smallest byte; ids never contain it, see ValidateId);
//   - days are boost's day number (Julian Day Number) as 4 bytes; an open begin is kOpenBeginDay
//     (sorts first) and an open end kOpenEndDay (sorts last). Boost's date range (1400..9999) keeps
//     real day numbers strictly between the two sentinels.
//
// All functions are pure and thread-safe. Parse* functions fail with kCorruption naming the key's
// column family when the bytes do not have the layout, and never throw.
#ifndef EVENTGRAPH_ENGINE_STORE_KEY_FORMAT_H_
#define EVENTGRAPH_ENGINE_STORE_KEY_FORMAT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/relation.h"
#include "engine/model/time_span.h"

namespace eg::store_keys {

// The on-disk format this code reads and writes. Bump it when any key or value layout changes.
inline constexpr uint32_t kFormatVersion = 4;
// Value of the meta key kMetaMagic: marks a RocksDB directory as an eventgraph store.
inline constexpr std::string_view kMagic = "eventgraph-store";

// Column family names.
inline constexpr std::string_view kCfMeta = "meta";
inline constexpr std::string_view kCfArticles = "articles";
inline constexpr std::string_view kCfEntities = "entities";
inline constexpr std::string_view kCfEvents = "events";
inline constexpr std::string_view kCfRelations = "relations";
inline constexpr std::string_view kCfTimeIndex = "time_index";
inline constexpr std::string_view kCfEntityEvents = "entity_events";
inline constexpr std::string_view kCfRelationsRev = "relations_rev";
inline constexpr std::string_view kCfMerges = "merges";          // undo records of merges
inline constexpr std::string_view kCfStorylines = "storylines";  // storyline records
inline constexpr std::string_view kCfPending = "pending";        // events not yet linked
inline constexpr std::string_view kCfEntityNames = "entity_names";  // name keys -> entity ids
// Every family above, in a fixed order (meta first).
const std::vector<std::string_view>& ColumnFamilies();

// Keys of the meta column family.
inline constexpr std::string_view kMetaMagic = "magic";                   // value: kMagic
inline constexpr std::string_view kMetaFormatVersion = "format_version";  // value: EncodeU32
inline constexpr std::string_view kMetaCountArticles = "count/articles";  // values: EncodeU64
inline constexpr std::string_view kMetaCountEntities = "count/entities";
inline constexpr std::string_view kMetaCountEvents = "count/events";
inline constexpr std::string_view kMetaCountRelations = "count/relations";
inline constexpr std::string_view kMetaCountEvidence = "count/evidence";
inline constexpr std::string_view kMetaCountMerged = "count/merged";
inline constexpr std::string_view kMetaCountStorylines = "count/storylines";

inline constexpr uint32_t kOpenBeginDay = 0;
inline constexpr uint32_t kOpenEndDay = 0xFFFFFFFFu;

std::string EncodeU32(uint32_t v);
std::string EncodeU64(uint64_t v);
// Fail unless `bytes` is exactly 4 / 8 bytes long.
Result<uint32_t> DecodeU32(std::string_view bytes);
Result<uint64_t> DecodeU64(std::string_view bytes);

// Day numbers for index keys. A present date maps to its Julian Day Number.
uint32_t BeginDay(const std::optional<Date>& begin);
uint32_t EndDay(const std::optional<Date>& end);
// The inverse: a sentinel gives nullopt; a number outside boost's date range fails.
Result<std::optional<Date>> DayToDate(uint32_t day);

// An id usable inside a key: non-empty and without a 0x00 byte. kInvalidArgument otherwise,
// naming `what` ("event id").
Status ValidateId(std::string_view id, std::string_view what);

// Record families (articles, entities, events): the key is the record's id, unchanged.
std::string RecordKey(std::string_view id);

// Span buckets: index keys start with the bucket of the event's span, so that a window query
// seeks, in each bucket, to the earliest begin day that can still reach the window (begin >= from -
// the bucket's longest span) instead of scanning every earlier event.
//   0..5: closed spans of at most kBucketMaxDays[b] days; 6: longer closed spans;
//   7: open begin, known end; 8: known begin, open end; 9: both open.
inline constexpr uint8_t kBucketCount = 10;
inline constexpr uint8_t kBucketLongClosed = 6;
inline constexpr uint8_t kBucketOpenBegin = 7;
inline constexpr uint8_t kBucketOpenEnd = 8;
inline constexpr uint8_t kBucketOpen = 9;
inline constexpr uint32_t kBucketMaxDays[] = {1, 8, 31, 92, 366, 3653};
uint8_t SpanBucket(uint32_t begin_day, uint32_t end_day);

// The index value of time_index and entity_events: what a scan needs to filter and relate events
// without reading them: [time basis u8][event type bytes].
struct IndexValue {
  TimeBasis basis = TimeBasis::kPublication;
  std::string type;
  bool operator==(const IndexValue&) const = default;
};
std::string MakeIndexValue(const IndexValue& v);
Result<IndexValue> ParseIndexValue(std::string_view value);

// time_index: [bucket u8][begin day u32][end day u32][event id]. Value: IndexValue.
struct TimeIndexKey {
  uint32_t begin_day = kOpenBeginDay;
  uint32_t end_day = kOpenEndDay;
  std::string event_id;
  bool operator==(const TimeIndexKey&) const = default;
};
std::string MakeTimeIndexKey(const TimeIndexKey& k);
Result<TimeIndexKey> ParseTimeIndexKey(std::string_view key);
// The first key of `bucket` whose begin day is at least `begin_day` (and, for equal begins, whose
// end day is at least `end_day`): where a window scan of that bucket seeks to.
std::string TimeIndexSeekKey(uint8_t bucket, uint32_t begin_day, uint32_t end_day = 0);

// entity_events: [entity id][0x00][bucket u8][begin day u32][end day u32][event id].
// Value: IndexValue.
struct EntityEventsKey {
  std::string entity_id;
  uint32_t begin_day = kOpenBeginDay;
  uint32_t end_day = kOpenEndDay;
  std::string event_id;
  bool operator==(const EntityEventsKey&) const = default;
};
std::string MakeEntityEventsKey(const EntityEventsKey& k);
Result<EntityEventsKey> ParseEntityEventsKey(std::string_view key);
// Prefix shared by every entity_events key of `entity_id`.
std::string EntityEventsPrefix(std::string_view entity_id);

// pending: [event id]; value empty. Events written or changed since the last link.
// merges: [absorbed event id]; value: CBOR of the merge record (store.cc).
// storylines: [storyline id]; value: CBOR of the storyline.

// relations: [from][0x00][to][0x00][type u8]; relations_rev: [to][0x00][from][0x00][type u8].
// Value of relations: the relation's CBOR; of relations_rev: empty. The type byte is the
// RelationType's fixed number, so two relations of different types between the same events are
// two records.
struct RelationKey {
  std::string from;
  std::string to;
  RelationType type = RelationType::kVague;
  bool operator==(const RelationKey&) const = default;
};
std::string MakeRelationKey(const RelationKey& k);
std::string MakeRelationRevKey(const RelationKey& k);
// Appends to `out` the relations key of (from, to, type), or with `reversed` the relations_rev
// key: the same bytes as MakeRelationKey / MakeRelationRevKey, without building a RelationKey.
void AppendRelationKey(std::string_view from, std::string_view to, RelationType type, bool reversed,
                       std::string& out);
Result<RelationKey> ParseRelationKey(std::string_view key);
Result<RelationKey> ParseRelationRevKey(std::string_view key);
// Prefix of every relations key whose `from` is `event_id` (and, in relations_rev, whose `to` is).
std::string RelationPrefix(std::string_view event_id);

// entity_names: [name key][0x00][entity id]; value empty. Name keys are chosen by engine/graph
// ("person/surname/kallas"); one key may file several entities.
std::string MakeEntityNameKey(std::string_view name_key, std::string_view entity_id);
// Prefix shared by every entity_names key of `name_key`.
std::string EntityNamePrefix(std::string_view name_key);

}  // namespace eg::store_keys

#endif  // EVENTGRAPH_ENGINE_STORE_KEY_FORMAT_H_
