#include "engine/store/value_format.h"

#include <bit>
#include <cstdint>
#include <optional>
#include <utility>

namespace eg::store_values {
namespace {

void AppendBigEndian(std::string& out, uint64_t v, int bytes) {
  for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

uint64_t ReadBigEndian(std::string_view bytes) {
  uint64_t v = 0;
  for (char c : bytes) v = (v << 8) | static_cast<uint8_t>(c);
  return v;
}

void AppendVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

void AppendString(std::string& out, std::string_view s) {
  AppendVarint(out, s.size());
  out.append(s);
}

void AppendDouble(std::string& out, double d) { AppendBigEndian(out, std::bit_cast<uint64_t>(d), 8); }

void AppendDay(std::string& out, const std::optional<Date>& d) {
  out.push_back(d ? 1 : 0);
  if (d) AppendBigEndian(out, static_cast<uint32_t>(d->day_number()), 4);
}

// Reads the fields EncodeEvent wrote, in order; the first failure sticks and names the field.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool done() const { return rest_.empty(); }

  uint8_t Byte(const char* what) {
    if (!Need(1, what)) return 0;
    const uint8_t b = static_cast<uint8_t>(rest_[0]);
    rest_.remove_prefix(1);
    return b;
  }
  uint64_t Varint(const char* what) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const uint8_t b = Byte(what);
      if (!ok()) return 0;
      v |= uint64_t{b & 0x7Fu} << shift;
      if (!(b & 0x80)) return v;
    }
    Fail(what, "a varint longer than 64 bits");
    return 0;
  }
  std::string String(const char* what) { return std::string(View(what)); }
  // A string field as a view of the bytes read.
  std::string_view View(const char* what) {
    const uint64_t n = Varint(what);
    if (!ok() || !Need(n, what)) return {};
    const std::string_view s = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return s;
  }
  // A day field as its day number, or `open` when the day is absent.
  uint32_t DayNumber(uint32_t open, const char* what) {
    if (!Byte(what)) return open;
    return static_cast<uint32_t>(Fixed(4, what));
  }
  uint64_t Fixed(int bytes, const char* what) {
    if (!Need(bytes, what)) return 0;
    const uint64_t v = ReadBigEndian(rest_.substr(0, bytes));
    rest_.remove_prefix(bytes);
    return v;
  }
  double Double(const char* what) { return std::bit_cast<double>(Fixed(8, what)); }
  std::optional<Date> Day(const char* what) {
    if (!Byte(what)) return std::nullopt;
    const auto day = static_cast<uint32_t>(Fixed(4, what));
    if (!ok()) return std::nullopt;
    auto date = store_keys::DayToDate(day);
    if (!date.ok() || !*date) {
      Fail(what, "day number " + std::to_string(day) + " outside the calendar");
      return std::nullopt;
    }
    return **date;
  }
  // An enum byte no larger than `max`.
  int Enum(int max, const char* what) {
    const int v = Byte(what);
    if (ok() && v > max) Fail(what, "unknown value " + std::to_string(v));
    return v;
  }
  void Fail(const char* what, const std::string& why) {
    if (error_.empty()) error_ = std::string(what) + ": " + why;
  }

 private:
  bool Need(uint64_t n, const char* what) {
    if (!ok()) return false;
    if (rest_.size() < n) {
      Fail(what, "the value ends early");
      return false;
    }
    return true;
  }

  std::string_view rest_;
  std::string error_;
};

constexpr uint8_t kEventLayout = 1;

}  // namespace

std::string EncodeEvent(const Event& e) {
  std::string out;
  out.reserve(128 + e.evidence.size() * 48);
  out.push_back(static_cast<char>(kEventLayout));
  AppendString(out, e.id);
  AppendString(out, e.type);
  AppendString(out, e.cameo);
  AppendString(out, e.label);
  AppendDay(out, e.time.begin);
  AppendDay(out, e.time.end);
  out.push_back(static_cast<char>(e.time.precision));
  AppendString(out, e.time.timex);
  AppendString(out, e.time.text);
  out.push_back(static_cast<char>(e.time.basis));
  AppendString(out, e.time.time_of_day);
  out.push_back(e.location ? 1 : 0);
  if (e.location) {
    AppendString(out, e.location->entity);
    AppendString(out, e.location->name);
    AppendString(out, e.location->qualifier);
    out.push_back(static_cast<char>((e.location->lat ? 1 : 0) | (e.location->lon ? 2 : 0)));
    if (e.location->lat) AppendDouble(out, *e.location->lat);
    if (e.location->lon) AppendDouble(out, *e.location->lon);
  }
  AppendVarint(out, e.participants.size());
  for (const auto& p : e.participants) {
    AppendString(out, p.entity);
    out.push_back(static_cast<char>(p.role));
  }
  out.push_back(static_cast<char>(e.modality));
  AppendVarint(out, e.evidence.size());
  for (const auto& ev : e.evidence) {
    AppendString(out, ev.article);
    AppendVarint(out, ev.sentence.begin);
    AppendVarint(out, ev.sentence.end);
    AppendVarint(out, ev.trigger.begin);
    AppendVarint(out, ev.trigger.end);
    AppendString(out, ev.trigger_text);
  }
  AppendDouble(out, e.confidence);
  // Source counts are never negative (linking counts articles); stored as 32-bit two's complement.
  AppendBigEndian(out, static_cast<uint32_t>(e.sources), 4);
  AppendBigEndian(out, static_cast<uint32_t>(e.independent_sources), 4);
  AppendVarint(out, e.merged.size());
  for (const auto& m : e.merged) {
    AppendString(out, m.event);
    AppendString(out, m.rule);
    AppendDouble(out, m.score);
  }
  return out;
}

Result<Event> DecodeEvent(std::string_view value) {
  Reader in(value);
  Event e;
  if (const int layout = in.Byte("layout"); in.ok() && layout != kEventLayout)
    in.Fail("layout", "version " + std::to_string(layout) + ", this reader knows " + std::to_string(kEventLayout));
  e.id = in.String("id");
  e.type = in.String("type");
  e.cameo = in.String("cameo");
  e.label = in.String("label");
  e.time.begin = in.Day("time.begin");
  e.time.end = in.Day("time.end");
  e.time.precision = static_cast<Precision>(in.Enum(static_cast<int>(Precision::kMinute), "time.precision"));
  e.time.timex = in.String("time.timex");
  e.time.text = in.String("time.text");
  e.time.basis = static_cast<TimeBasis>(in.Enum(static_cast<int>(TimeBasis::kPublication), "time.basis"));
  e.time.time_of_day = in.String("time.time_of_day");
  if (in.Enum(1, "location")) {
    Location l;
    l.entity = in.String("location.entity");
    l.name = in.String("location.name");
    l.qualifier = in.String("location.qualifier");
    const int coordinates = in.Enum(3, "location coordinates");
    if (coordinates & 1) l.lat = in.Double("location.lat");
    if (coordinates & 2) l.lon = in.Double("location.lon");
    e.location = std::move(l);
  }
  // Each element takes at least one byte, so a count beyond the bytes left is corrupt, not a
  // reason to reserve memory.
  const uint64_t participants = in.Varint("participants");
  if (in.ok() && participants > value.size()) in.Fail("participants", "count beyond the value's size");
  for (uint64_t i = 0; in.ok() && i < participants; ++i) {
    Participant p;
    p.entity = in.String("participant.entity");
    p.role = static_cast<Role>(in.Enum(static_cast<int>(Role::kParticipant), "participant.role"));
    e.participants.push_back(std::move(p));
  }
  e.modality = static_cast<Modality>(in.Enum(static_cast<int>(Modality::kNegated), "modality"));
  const uint64_t evidence = in.Varint("evidence");
  if (in.ok() && evidence > value.size()) in.Fail("evidence", "count beyond the value's size");
  for (uint64_t i = 0; in.ok() && i < evidence; ++i) {
    Evidence ev;
    ev.article = in.String("evidence.article");
    ev.sentence.begin = in.Varint("evidence.sentence");
    ev.sentence.end = in.Varint("evidence.sentence");
    ev.trigger.begin = in.Varint("evidence.trigger");
    ev.trigger.end = in.Varint("evidence.trigger");
    ev.trigger_text = in.String("evidence.trigger.text");
    e.evidence.push_back(std::move(ev));
  }
  e.confidence = in.Double("confidence");
  e.sources = static_cast<int>(static_cast<uint32_t>(in.Fixed(4, "sources")));
  e.independent_sources = static_cast<int>(static_cast<uint32_t>(in.Fixed(4, "independent_sources")));
  const uint64_t merged = in.Varint("merged");
  if (in.ok() && merged > value.size()) in.Fail("merged", "count beyond the value's size");
  for (uint64_t i = 0; in.ok() && i < merged; ++i) {
    MergeNote m;
    m.event = in.String("merged.event");
    m.rule = in.String("merged.rule");
    m.score = in.Double("merged.score");
    e.merged.push_back(std::move(m));
  }
  if (in.ok() && !in.done()) in.Fail("event", "bytes left after the last field");
  if (!in.ok()) return Status::Corruption("events value: " + in.error());
  return e;
}

Status ReadEventHead(std::string_view value, EventHead& head) {
  Reader in(value);
  if (const int layout = in.Byte("layout"); in.ok() && layout != kEventLayout)
    in.Fail("layout", "version " + std::to_string(layout) + ", this reader knows " +
                          std::to_string(kEventLayout));
  head.id = in.View("id");
  head.type = in.View("type");
  in.View("cameo");
  in.View("label");
  head.begin_day = in.DayNumber(store_keys::kOpenBeginDay, "time.begin");
  head.end_day = in.DayNumber(store_keys::kOpenEndDay, "time.end");
  in.Enum(static_cast<int>(Precision::kMinute), "time.precision");
  in.View("time.timex");
  in.View("time.text");
  head.basis =
      static_cast<TimeBasis>(in.Enum(static_cast<int>(TimeBasis::kPublication), "time.basis"));
  in.View("time.time_of_day");
  head.location = {};
  if (in.Enum(1, "location")) {
    head.location = in.View("location.entity");
    in.View("location.name");
    in.View("location.qualifier");
    const int coordinates = in.Enum(3, "location coordinates");
    if (coordinates & 1) in.Double("location.lat");
    if (coordinates & 2) in.Double("location.lon");
  }
  head.participants.clear();
  head.roles.clear();
  const uint64_t participants = in.Varint("participants");
  if (in.ok() && participants > value.size())
    in.Fail("participants", "count beyond the value's size");
  for (uint64_t i = 0; in.ok() && i < participants; ++i) {
    head.participants.push_back(in.View("participant.entity"));
    head.roles.push_back(
        static_cast<Role>(in.Enum(static_cast<int>(Role::kParticipant), "participant.role")));
  }
  if (!in.ok()) return Status::Corruption("events value: " + in.error());
  return Status::Ok();
}

std::string EncodeMergeRecord(const MergeRecord& m) {
  std::string out;
  out.push_back(static_cast<char>(kMergeLayout));
  AppendString(out, m.absorbed);
  AppendString(out, m.into);
  AppendString(out, m.rule);
  AppendDouble(out, m.score);
  AppendString(out, EncodeEvent(m.absorbed_before));
  AppendString(out, EncodeEvent(m.into_before));
  AppendVarint(out, m.relations.size());
  for (const auto& r : m.relations) {
    AppendString(out, r.from);
    AppendString(out, r.to);
    out.push_back(static_cast<char>(static_cast<uint8_t>(r.type)));
    out.push_back(static_cast<char>(static_cast<uint8_t>(r.basis)));
    AppendDouble(out, r.confidence);
    AppendBigEndian(out, r.possible, 4);
  }
  return out;
}

Result<MergeRecord> DecodeMergeRecord(std::string_view value) {
  Reader in(value);
  MergeRecord m;
  if (const int layout = in.Byte("layout"); in.ok() && layout != kMergeLayout)
    in.Fail("layout", "version " + std::to_string(layout) + ", this reader knows " +
                          std::to_string(kMergeLayout));
  m.absorbed = in.String("absorbed");
  m.into = in.String("into");
  m.rule = in.String("rule");
  m.score = in.Double("score");
  const std::string absorbed_before = in.String("absorbed_before");
  const std::string into_before = in.String("into_before");
  const uint64_t relations = in.Varint("relations");
  if (in.ok() && relations > value.size()) in.Fail("relations", "count beyond the value's size");
  for (uint64_t i = 0; in.ok() && i < relations; ++i) {
    Relation r;
    r.from = in.String("relation.from");
    r.to = in.String("relation.to");
    r.type = static_cast<RelationType>(
        in.Enum(static_cast<int>(RelationType::kPartOf), "relation.type"));
    r.basis = static_cast<RelationBasis>(
        in.Enum(static_cast<int>(RelationBasis::kText), "relation.basis"));
    r.confidence = in.Double("relation.confidence");
    r.possible = static_cast<uint32_t>(in.Fixed(4, "relation.possible"));
    m.relations.push_back(std::move(r));
  }
  if (in.ok() && !in.done()) in.Fail("merge record", "bytes left after the last field");
  if (!in.ok()) return Status::Corruption("merges value: " + in.error());
  Result<Event> absorbed = DecodeEvent(absorbed_before);
  if (!absorbed.ok()) return absorbed.status().WithPrefix("merges value: absorbed_before");
  Result<Event> into = DecodeEvent(into_before);
  if (!into.ok()) return into.status().WithPrefix("merges value: into_before");
  m.absorbed_before = std::move(absorbed).value();
  m.into_before = std::move(into).value();
  return m;
}

namespace {

// A CBOR head: the major type and the count or length in the shortest form, as
// nlohmann::json::to_cbor writes it.
void AppendCborHead(std::string& out, uint8_t major, uint64_t n) {
  const auto type = static_cast<uint8_t>(major << 5);
  if (n < 24) {
    out.push_back(static_cast<char>(type | n));
  } else if (n <= 0xFF) {
    out.push_back(static_cast<char>(type | 24));
    AppendBigEndian(out, n, 1);
  } else if (n <= 0xFFFF) {
    out.push_back(static_cast<char>(type | 25));
    AppendBigEndian(out, n, 2);
  } else if (n <= 0xFFFFFFFFu) {
    out.push_back(static_cast<char>(type | 26));
    AppendBigEndian(out, n, 4);
  } else {
    out.push_back(static_cast<char>(type | 27));
    AppendBigEndian(out, n, 8);
  }
}

void AppendCborString(std::string& out, std::string_view s) {
  AppendCborHead(out, 3, s.size());
  out.append(s);
}

void AppendCborStrings(std::string& out, const std::vector<std::string>& list) {
  AppendCborHead(out, 4, list.size());
  for (const auto& s : list) AppendCborString(out, s);
}

}  // namespace

std::string EncodeStorylineCbor(const Storyline& s) {
  size_t bytes = 64 + s.id.size() + s.label.size() + s.topic.size();
  for (const auto& x : s.entities) bytes += x.size() + 9;
  for (const auto& x : s.events) bytes += x.size() + 9;
  std::string out;
  out.reserve(bytes);
  AppendCborHead(out, 5, 5);  // the object's five members, in StorylineToJson's order
  AppendCborString(out, "id");
  AppendCborString(out, s.id);
  AppendCborString(out, "label");
  AppendCborString(out, s.label);
  AppendCborString(out, "topic");
  AppendCborString(out, s.topic);
  AppendCborString(out, "entities");
  AppendCborStrings(out, s.entities);
  AppendCborString(out, "events");
  AppendCborStrings(out, s.events);
  return out;
}

std::string MakeRelationValue(const Relation& r) {
  std::string out;
  out.reserve(13);
  AppendRelationValue(r.basis, r.confidence, r.possible, out);
  return out;
}

void AppendRelationValue(RelationBasis basis, double confidence, uint32_t possible,
                         std::string& out) {
  out.push_back(static_cast<char>(static_cast<uint8_t>(basis)));
  AppendBigEndian(out, std::bit_cast<uint64_t>(confidence), 8);
  if (possible != 0) AppendBigEndian(out, possible, 4);
}

Result<Relation> ParseRelation(const store_keys::RelationKey& key, std::string_view value) {
  if (value.size() != 9 && value.size() != 13)
    return Status::Corruption("relations value: " + std::to_string(value.size()) +
                              " bytes, expected 9 or 13 ([basis][confidence][possible])");
  const int basis = static_cast<uint8_t>(value[0]);
  if (basis > static_cast<int>(RelationBasis::kText))
    return Status::Corruption("relations value: unknown basis " + std::to_string(basis));
  Relation r;
  r.from = key.from;
  r.to = key.to;
  r.type = key.type;
  r.basis = static_cast<RelationBasis>(basis);
  r.confidence = std::bit_cast<double>(ReadBigEndian(value.substr(1, 8)));
  r.possible = value.size() == 13 ? static_cast<uint32_t>(ReadBigEndian(value.substr(9, 4))) : 0;
  if (value.size() == 13 && r.possible == 0)
    return Status::Corruption("relations value: an empty possible set is left out, not written");
  return r;
}

}  // namespace eg::store_values
