// Value formats of the events and relations families: compact binary encodings instead of the
// records' JSON as CBOR, since linking reads every new event and writes a few relations for each,
// and a timeline query decodes each event it returns (a CBOR event decodes through a JSON tree, ten
// times slower). For a relation, the key (key_format.h: from, to, type) carries the rest.
// engine/store/FORMAT.md describes the same layouts.
//
// All functions are pure and thread-safe; Parse* fails with kCorruption (naming the family) when
// the bytes do not have the layout, and never throws.
#ifndef EVENTGRAPH_ENGINE_STORE_VALUE_FORMAT_H_
#define EVENTGRAPH_ENGINE_STORE_VALUE_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/store/key_format.h"
#include "engine/store/store.h"

namespace eg::store_values {

// relations value: [u8 basis][u64 confidence as its IEEE 754 bits, big-endian], then [u32
// possible set] only when the set is not empty: 9 or 13 bytes. The confidence round-trips exactly.
std::string MakeRelationValue(const Relation& r);
// The same bytes, appended to `out` (which a caller writing many values reuses).
void AppendRelationValue(RelationBasis basis, double confidence, uint32_t possible,
                         std::string& out);
// The relation that `key` and `value` describe together.
Result<Relation> ParseRelation(const store_keys::RelationKey& key, std::string_view value);

// events value: every field of the Event, so that DecodeEvent(EncodeEvent(e)) == e. Strings are a
// varint length and the bytes; counts and offsets varints; days u32 (boost day numbers); doubles
// their IEEE 754 bits, big-endian; enums one byte. The first byte is the layout's version (1).
std::string EncodeEvent(const Event& e);
Result<Event> DecodeEvent(std::string_view value);

// The fields of an events value that the indexes are made of, read in place: views into the
// value, valid while it is. For a pass over every stored event (linking a bulk import builds its
// entity index from the records) that must not decode each one whole.
struct EventHead {
  std::string_view id;
  std::string_view type;
  uint32_t begin_day = store_keys::kOpenBeginDay;  // the index keys' day numbers
  uint32_t end_day = store_keys::kOpenEndDay;
  TimeBasis basis = TimeBasis::kPublication;
  std::string_view location;  // the location's entity id; empty without one
  // The participants' entity ids, in the record's order (an empty one is a participant without an
  // entity), and their roles. Reused by a caller that reads many heads.
  std::vector<std::string_view> participants;
  std::vector<Role> roles;
};
// Fills `head` from an events value, checking the fields it reads as DecodeEvent does (the rest of
// the value is not read).
Status ReadEventHead(std::string_view value, EventHead& head);

// merges value: [u8 layout kMergeLayout][string absorbed][string into][string rule][f64 score]
// [string: EncodeEvent(absorbed_before)][string: EncodeEvent(into_before)][varint relations]
// then per relation [string from][string to][u8 type][u8 basis][f64 confidence][u32 possible].
// A linking run writes one per merge (tens of thousands in a bulk link), where the CBOR of two
// events' JSON trees cost more than the rest of the merge. The layout byte is never the first
// byte of a CBOR map (0xA0..0xBF), so IsBinaryMergeRecord tells the two apart and records that
// older stores hold as CBOR are still read.
inline constexpr uint8_t kMergeLayout = 1;
std::string EncodeMergeRecord(const MergeRecord& m);
Result<MergeRecord> DecodeMergeRecord(std::string_view value);
inline bool IsBinaryMergeRecord(std::string_view value) {
  return !value.empty() && static_cast<uint8_t>(value[0]) == kMergeLayout;
}

// storylines value: ToCbor(StorylineToJson(s)), byte for byte, written without building the JSON
// tree (a bulk link writes tens of thousands of storylines naming two million events).
std::string EncodeStorylineCbor(const Storyline& s);

}  // namespace eg::store_values

#endif  // EVENTGRAPH_ENGINE_STORE_VALUE_FORMAT_H_
