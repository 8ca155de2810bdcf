#include "engine/store/store.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/snapshot.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <type_traits>

#include "engine/model/json_codec.h"
#include "engine/store/key_format.h"
#include "engine/store/value_format.h"

namespace eg {
namespace {

namespace keys = store_keys;

// A write-ahead log this large is flushed when the store closes (RocksStore::FlushLargeLog).
constexpr uint64_t kFlushLogOnClose = 16 << 20;
// Relations promised new (GraphChange::put_new_relations) from this many on are ingested as table
// files instead of written through the memtable (RocksStore::IngestNewRelations).
constexpr size_t kIngestRelations = 16384;
// Batches of this many writes or more (a link's merges and its chunk's final change, not an
// article's) are put in key order before they are written (RocksStore::SortedByKey); below it
// the sorting costs more than it saves.
constexpr uint32_t kSortedBatchWrites = 4096;

// Indexes into the handle table, in the order of keys::ColumnFamilies().
enum Family : size_t {
  kMeta = 0,
  kArticles,
  kEntities,
  kEvents,
  kRelations,
  kTimeIndex,
  kEntityEvents,
  kRelationsRev,
  kMerges,
  kStorylines,
  kPending,
  kEntityNames,
  kFamilyCount,
};

// What a ScanPrefix visitor asks for next.
enum class Scan { kContinue, kStop };

bool IsLockError(const rocksdb::Status& s) {
  if (!s.IsIOError()) return false;
  // Another process: "While lock file: DIR/LOCK: Resource temporarily unavailable". This process
  // (RocksDB keeps its own table of locked files): "lock hold by current process ...".
  const std::string text = s.ToString();
  return text.find("lock hold") != std::string::npos ||
         text.find("While lock file") != std::string::npos ||
         text.find("Resource temporarily unavailable") != std::string::npos;
}

Status FromRocks(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::Ok();
  std::string message = std::string(context) + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(std::move(message));
  if (s.IsCorruption()) return Status::Corruption(std::move(message));
  if (s.IsBusy() || s.IsTryAgain()) return Status::Busy(std::move(message));
  if (s.IsNotSupported()) return Status::Unsupported(std::move(message));
  if (s.IsInvalidArgument()) return Status::InvalidArgument(std::move(message));
  return Status::IoError(std::move(message));
}

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }
std::string_view ToView(const rocksdb::Slice& s) { return std::string_view(s.data(), s.size()); }

// Options for a small embedded store: a handful of families that each hold at most a few hundred
// megabytes, one writer. Memtables stay small and the info LOG does not pile up in the directory.
rocksdb::Options MakeOptions(bool create) {
  rocksdb::Options options;
  options.create_if_missing = create;
  options.create_missing_column_families = create;
  options.keep_log_file_num = 2;
  options.max_log_file_size = 1 << 20;
  options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  // Linking writes relations and index entries in bulk: memtables of 32 MiB (256 MiB across
  // families) mean fewer, larger level-0 files, and level 0 may grow further before RocksDB slows
  // writes down to let compaction catch up (a bulk link otherwise spends much of its time stalled).
  options.write_buffer_size = 32 << 20;
  options.db_write_buffer_size = 256 << 20;
  options.level0_slowdown_writes_trigger = 40;
  options.level0_stop_writes_trigger = 64;
  options.max_background_jobs = 2;
  // The write-ahead log is cut (its memtables flushed) at 128 MiB instead of four times the
  // memtable budget, so a bulk link does not leave a gigabyte of log in the store directory.
  options.max_total_wal_size = 128 << 20;
  options.max_open_files = 256;
  const auto supported = rocksdb::GetSupportedCompressions();
  const bool lz4 =
      std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end();
  options.compression = lz4 ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  // One block cache for all families, large enough that a timeline's index run and its event
  // records stay in memory between queries (a million events' records and index entries are a
  // few hundred megabytes).
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = rocksdb::NewLRUCache(256 << 20);
  // Linking asks for many keys that are not there (a relation not yet stored): a Bloom filter
  // answers those without reading blocks.
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

// The prefix of a relation key (either family) that names its first end: the event id and the
// separator after it. Every scan of a relation family reads one event's relations (a seek to that
// prefix) or the whole family; with this extractor each table file keeps the prefixes in its
// Bloom filter, so a seek skips the files that hold nothing of the event instead of searching
// each one's index. A bulk link leaves a dozen overlapping files in level 0 of each family (one
// ingested per chunk) until compaction merges them, and reads the relations of every event it
// merges.
class RelationEndPrefix : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "eventgraph.RelationEndPrefix"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    const void* sep = std::memchr(key.data(), '\0', key.size());
    return rocksdb::Slice(key.data(), static_cast<const char*>(sep) - key.data() + 1);
  }
  bool InDomain(const rocksdb::Slice& key) const override {
    return std::memchr(key.data(), '\0', key.size()) != nullptr;
  }
};

// The options of family `name`: the relation families add their prefix extractor. The reverse
// family is only ever scanned by prefix, never asked for one key, so its filters keep the
// prefixes only (a bulk link writes millions of its keys, each hashed for a filter).
// The relation families also let eight files gather in level 0 before compacting them, not four:
// a bulk link ingests one file per family and chunk, keyed all over the id space, so that each
// compaction rewrites the whole family. Linking 10^6 events (4.3M relations), compaction read
// 7.8M keys of each family with four (3.7 + 3.3 s of CPU), 2.7M with eight (1.3 + 1.1 s). A read
// of one event's relations asks each level-0 file's prefix filter first.
rocksdb::ColumnFamilyOptions FamilyOptions(const rocksdb::Options& options, std::string_view name) {
  rocksdb::ColumnFamilyOptions family(options);
  if (name == keys::kCfRelations || name == keys::kCfRelationsRev) {
    family.prefix_extractor = std::make_shared<RelationEndPrefix>();
    family.level0_file_num_compaction_trigger = 8;
  }
  if (name == keys::kCfRelationsRev) {
    if (const auto* shared = options.table_factory->GetOptions<rocksdb::BlockBasedTableOptions>()) {
      rocksdb::BlockBasedTableOptions table = *shared;
      table.whole_key_filtering = false;
      family.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    }
  }
  return family;
}

std::string NotAStore(const std::string& dir, std::string_view why) {
  return dir + " is not an eventgraph store (" + std::string(why) + ")";
}

// Values are the model's JSON as CBOR; a decode failure names the record it came from.
template <typename T, typename FromJson>
Result<T> DecodeRecord(std::string_view bytes, FromJson from_json, std::string_view family,
                       std::string_view id) {
  const std::string where = std::string(family) + "/" + std::string(id);
  auto json = FromCbor(bytes);
  if (!json.ok()) return json.status().WithPrefix(where);
  Result<T> record = from_json(*json);
  if (!record.ok()) return Status::Corruption(record.status().message()).WithPrefix(where);
  return record;
}

// A relations record: the key holds its ends and type, the value the rest (value_format.h).
Result<Relation> DecodeRelation(std::string_view key, std::string_view value) {
  EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationKey(key));
  Result<Relation> r = store_values::ParseRelation(k, value);
  if (!r.ok()) return r.status().WithPrefix(std::string(keys::kCfRelations) + "/" + k.from + "->" + k.to);
  return r;
}

// The entity ids an event is indexed under in entity_events: participants and the location.
std::set<std::string> IndexedEntities(const Event& e) {
  std::set<std::string> ids;
  for (const auto& p : e.participants) {
    if (!p.entity.empty()) ids.insert(p.entity);
  }
  if (e.location && !e.location->entity.empty()) ids.insert(e.location->entity);
  return ids;
}

Status ValidateEvent(const Event& e) {
  EG_RETURN_IF_ERROR(keys::ValidateId(e.id, "event id"));
  for (const auto& id : IndexedEntities(e)) {
    EG_RETURN_IF_ERROR(keys::ValidateId(id, "entity id in event " + e.id));
  }
  return Status::Ok();
}

// Adds the evidence of `from` that `into` lacks; returns how many pieces were added.
uint64_t MergeEvidence(Event& into, const Event& from) {
  uint64_t added = 0;
  for (const auto& piece : from.evidence) {
    if (std::find(into.evidence.begin(), into.evidence.end(), piece) == into.evidence.end()) {
      into.evidence.push_back(piece);
      ++added;
    }
  }
  return added;
}

// Index entries as a scan reads them from the key: [bucket][begin][end][event id].
struct RawEntry {
  uint32_t begin = 0, end = 0;
  std::string_view id;
  std::string_view value;
};

// Where bucket `b`'s sorted run starts for spans that reach `from_day`: the closed buckets by the
// earliest begin their longest span lets reach it; the open-begin bucket, whose begins are all
// open, by end day. Returns {seek_begin, seek_end} for keys::TimeIndexSeekKey.
std::pair<uint32_t, uint32_t> BucketSeek(uint8_t b, uint32_t from_day) {
  if (b < keys::kBucketLongClosed) {
    const uint32_t reach = keys::kBucketMaxDays[b] - 1;
    return {from_day > reach ? from_day - reach : 0, 0};
  }
  if (b == keys::kBucketOpenBegin) return {0, from_day};
  return {0, 0};
}

// Reads the index entries of one family under `prefix` (an entity's, or "" for time_index) whose
// spans reach [from_day, to_day], in (begin, end, id) order. Each span bucket is a sorted run; a
// cursor per bucket seeks to the earliest begin that the bucket's longest span lets reach the
// window, and the runs are merged by picking the smallest head, so the work is the entries
// returned plus those skipped within that look-back.
class WindowScan {
 public:
  WindowScan(rocksdb::DB* db, const rocksdb::ReadOptions& ro, rocksdb::ColumnFamilyHandle* cf,
             std::string prefix, uint32_t from_day, uint32_t to_day)
      : prefix_(std::move(prefix)), from_(from_day), to_(to_day) {
    for (uint8_t b = 0; b < keys::kBucketCount; ++b) {
      const auto [seek_begin, seek_end] = BucketSeek(b, from_);
      Cursor c;
      c.bucket = b;
      c.it.reset(db->NewIterator(ro, cf));
      c.it->Seek(prefix_ + keys::TimeIndexSeekKey(b, seek_begin, seek_end));
      cursors_.push_back(std::move(c));
    }
    for (auto& c : cursors_) Settle(c);
  }

  // The next entry in order, or nullopt at the end. The views stay valid until the next call.
  Result<std::optional<RawEntry>> Next() {
    Cursor* best = nullptr;
    for (auto& c : cursors_) {
      if (!c.live) continue;
      if (!best || std::tie(c.head.begin, c.head.end, c.head.id) <
                       std::tie(best->head.begin, best->head.end, best->head.id))
        best = &c;
    }
    if (!best) {
      for (auto& c : cursors_) {
        if (!c.it->status().ok()) return FromRocks(c.it->status(), "index scan");
      }
      return std::optional<RawEntry>();
    }
    RawEntry out = best->head;
    current_key_ = ToView(best->it->key());
    out.id = std::string_view(current_key_).substr(prefix_.size() + 9);
    current_value_ = ToView(best->it->value());
    out.value = current_value_;
    best->it->Next();
    Settle(*best);
    return std::optional<RawEntry>(out);
  }

 private:
  struct Cursor {
    std::unique_ptr<rocksdb::Iterator> it;
    uint8_t bucket = 0;
    bool live = false;
    RawEntry head;
  };

  static uint32_t U32(std::string_view b) {
    return (uint32_t{static_cast<uint8_t>(b[0])} << 24) | (uint32_t{static_cast<uint8_t>(b[1])} << 16) |
           (uint32_t{static_cast<uint8_t>(b[2])} << 8) | uint32_t{static_cast<uint8_t>(b[3])};
  }

  // Moves the cursor to its next entry that reaches the window, or ends it.
  void Settle(Cursor& c) {
    c.live = false;
    for (; c.it->Valid(); c.it->Next()) {
      const std::string_view key = ToView(c.it->key());
      if (key.size() <= prefix_.size() + 9 || key.substr(0, prefix_.size()) != prefix_) return;
      const std::string_view rest = key.substr(prefix_.size());
      if (static_cast<uint8_t>(rest[0]) != c.bucket) return;
      const uint32_t begin = U32(rest.substr(1, 4)), end = U32(rest.substr(5, 4));
      if (begin != keys::kOpenBeginDay && begin > to_) return;  // the run is ordered by begin
      if (end < from_) continue;
      c.head = RawEntry{begin, end, rest.substr(9), {}};
      c.live = true;
      return;
    }
  }

  const std::string prefix_;
  const uint32_t from_, to_;
  std::vector<Cursor> cursors_;
  std::string current_key_, current_value_;
};

Result<MergeRecord> MergeRecordFromJson(const Json& j) {
  MergeRecord m;
  if (!j.is_object() || !j.contains("absorbed_before") || !j.contains("into_before"))
    return Status::Corruption("merge record: missing fields");
  try {
    m.absorbed = j.at("absorbed").get<std::string>();
    m.into = j.at("into").get<std::string>();
    m.rule = j.at("rule").get<std::string>();
    m.score = j.at("score").get<double>();
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(std::string("merge record: ") + e.what());
  }
  EG_ASSIGN_OR_RETURN(m.absorbed_before, EventFromJson(j["absorbed_before"]));
  EG_ASSIGN_OR_RETURN(m.into_before, EventFromJson(j["into_before"]));
  if (j.contains("relations") && j["relations"].is_array()) {
    for (const auto& r : j["relations"]) {
      EG_ASSIGN_OR_RETURN(Relation rel, RelationFromJson(r));
      m.relations.push_back(std::move(rel));
    }
  }
  return m;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Keys laid end to end in one buffer, to be sorted in bulk (or values, kept beside keys). A sort
// of many separately allocated keys that share a long prefix (event ids numbered in order) spends
// its time fetching strings from scattered memory; here each key is abbreviated to its bytes at
// the first 16 positions where any key differs from the first, kept beside its number in one
// array, and the bytes are read only to break a tie.
class KeyRun {
 public:
  // Room for `keys` keys of `bytes` bytes in all, so that adding them never moves the buffer.
  void Reserve(size_t keys, size_t bytes) {
    ends_.reserve(keys);
    bytes_.reserve(bytes);
  }
  // Appends the relations key of `r` (relations_rev with `reversed`).
  void AddRelation(const RelationView& r, bool reversed) {
    keys::AppendRelationKey(r.from, r.to, r.type, reversed, bytes_);
    ends_.push_back(bytes_.size());
  }
  // Appends the relations_rev key of the relations key `key`: its ids swapped.
  void AddReversedKey(std::string_view key) {
    const size_t sep = key.find('\0');
    const std::string_view from = key.substr(0, sep);
    const std::string_view to = key.substr(sep + 1, key.size() - sep - 3);
    keys::AppendRelationKey(from, to, static_cast<RelationType>(static_cast<uint8_t>(key.back())),
                            /*reversed=*/true, bytes_);
    ends_.push_back(bytes_.size());
  }
  // Appends the relations value of `r` (its basis, confidence and possible set).
  void AddRelationValue(const RelationView& r) {
    store_values::AppendRelationValue(r.basis, r.confidence, r.possible, bytes_);
    ends_.push_back(bytes_.size());
  }
  size_t size() const { return ends_.size(); }
  // Empties the run and keeps its room (and the pages behind it) for the next.
  void Clear() {
    ends_.clear();
    bytes_.clear();
  }
  std::string_view Key(size_t i) const {
    const size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }
  // The key numbers in byte order of the keys, equal keys in the order they were added.
  std::vector<uint32_t> SortedOrder() const {
    const size_t n = size();
    // The byte positions where some key differs from the first (or ends where it does not):
    // two keys first differ at one of them, so the first 16 of them order most pairs alone.
    // Relation keys of numbered ids vary only in the last digits of each id and the type byte.
    std::vector<size_t> varying;
    if (n > 0) {
      // Each key is XORed with the first eight bytes at a time and the differences ORed
      // together: a position varies where a difference bit is set, or where some key is shorter
      // than the longest (a key that ends there differs from one that does not). A byte loop
      // per key and position costs several times more on millions of keys.
      const std::string_view first = Key(0);
      size_t longest = first.size(), shortest = first.size();
      for (size_t i = 1; i < n; ++i) {
        longest = std::max(longest, Key(i).size());
        shortest = std::min(shortest, Key(i).size());
      }
      const size_t words = (shortest + 7) / 8;
      auto load = [](std::string_view k, size_t word, size_t limit) {
        uint64_t w = 0;
        const size_t at = word * 8;
        std::memcpy(&w, k.data() + at, std::min<size_t>(8, limit - at));
        return w;
      };
      std::vector<uint64_t> differs(words, 0);
      for (size_t i = 1; i < n; ++i) {
        const std::string_view k = Key(i);
        for (size_t w = 0; w < words; ++w)
          differs[w] |= load(k, w, shortest) ^ load(first, w, shortest);
      }
      // The words hold the keys' bytes in memory order, whatever the machine's byte order.
      std::vector<uint8_t> differing(words * 8);
      if (words > 0) std::memcpy(differing.data(), differs.data(), words * 8);
      for (size_t at = 0; at < longest && varying.size() < 16; ++at) {
        if (at >= shortest || differing[at] != 0) varying.push_back(at);
      }
    }
    struct Abbreviated {
      uint64_t high, low;
      uint32_t index;
    };
    // The key's bytes at the varying positions, those past its end read as 0: a key then never
    // abbreviates above one it sorts before, and equal abbreviations go to the full comparison.
    auto abbreviate = [&](std::string_view k, size_t from) {
      uint64_t w = 0;
      for (size_t b = from; b < from + 8; ++b) {
        const size_t at = b < varying.size() ? varying[b] : SIZE_MAX;
        w = (w << 8) | (at < k.size() ? static_cast<uint8_t>(k[at]) : 0u);
      }
      return w;
    };
    std::vector<Abbreviated> items(n);
    for (size_t i = 0; i < n; ++i) {
      const std::string_view k = Key(i);
      items[i] = Abbreviated{abbreviate(k, 0), abbreviate(k, 8), static_cast<uint32_t>(i)};
    }
    std::sort(items.begin(), items.end(), [&](const Abbreviated& a, const Abbreviated& b) {
      if (a.high != b.high) return a.high < b.high;
      if (a.low != b.low) return a.low < b.low;
      const int c = Key(a.index).compare(Key(b.index));
      return c != 0 ? c < 0 : a.index < b.index;
    });
    std::vector<uint32_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = items[i].index;
    return order;
  }

 private:
  std::string bytes_;
  std::vector<size_t> ends_;
};

class RocksStore final : public Store {
 public:
  RocksStore(std::string dir, bool read_only, rocksdb::DB* db,
             std::vector<rocksdb::ColumnFamilyHandle*> handles,
             std::array<rocksdb::ColumnFamilyHandle*, kFamilyCount> families)
      : dir_(std::move(dir)),
        read_only_(read_only),
        db_(db),
        handles_(std::move(handles)),
        families_(families) {}

  ~RocksStore() override {
    FlushLargeLog();
    for (auto* handle : handles_) {
      // Destroying a handle only fails for the default family, which is never dropped.
      (void)db_->DestroyColumnFamilyHandle(handle);
    }
    // Close flushes nothing by itself (the WAL holds unflushed writes); an error here has no caller
    // to go to, and the WAL replays on the next open.
    (void)db_->Close();
    delete db_;
  }

  // Writes the magic marker, the version and zero counts into a fresh store.
  Status Initialize() {
    rocksdb::WriteBatch batch;
    EG_RETURN_IF_ERROR(
        FromRocks(batch.Put(Cf(kMeta), ToSlice(keys::kMetaMagic), ToSlice(keys::kMagic)), dir_));
    EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kMeta), ToSlice(keys::kMetaFormatVersion),
                                           keys::EncodeU32(keys::kFormatVersion)),
                                 dir_));
    EG_RETURN_IF_ERROR(PutCounts(batch, StoreStats{}));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = StoreStats{};
    return Status::Ok();
  }

  // Checks the marker and the version, then loads the counts.
  Status CheckFormat() {
    rocksdb::ReadOptions ro;
    std::string value;
    rocksdb::Status s = db_->Get(ro, Cf(kMeta), ToSlice(keys::kMetaMagic), &value);
    if (s.IsNotFound() || (s.ok() && value != keys::kMagic)) {
      return Status::Corruption(
          NotAStore(dir_, "no eventgraph format marker in its meta column family"));
    }
    EG_RETURN_IF_ERROR(FromRocks(s, dir_));
    s = db_->Get(ro, Cf(kMeta), ToSlice(keys::kMetaFormatVersion), &value);
    if (s.IsNotFound()) return Status::Corruption(dir_ + ": the store records no format version");
    EG_RETURN_IF_ERROR(FromRocks(s, dir_));
    auto version = keys::DecodeU32(value);
    if (!version.ok()) return version.status().WithPrefix(dir_ + ": format version");
    if (*version != keys::kFormatVersion) {
      return Status::Corruption(dir_ + " has store format version " + std::to_string(*version) +
                                ", this eventgraph reads format version " +
                                std::to_string(keys::kFormatVersion));
    }
    for (const auto& [key, field] : CountFields(counts_)) {
      s = db_->Get(ro, Cf(kMeta), ToSlice(key), &value);
      EG_RETURN_IF_ERROR(FromRocks(s, dir_ + ": " + std::string(key)));
      auto count = keys::DecodeU64(value);
      if (!count.ok()) return count.status().WithPrefix(dir_ + ": " + std::string(key));
      *field = *count;
    }
    return Status::Ok();
  }

  Result<PutResult> PutArticle(const Article& article, const std::vector<Entity>& entities,
                               const std::vector<Event>& events) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    EG_RETURN_IF_ERROR(keys::ValidateId(article.id, "article id"));
    for (const auto& e : entities) EG_RETURN_IF_ERROR(keys::ValidateId(e.id, "entity id"));
    for (const auto& e : events) EG_RETURN_IF_ERROR(ValidateEvent(e));

    // Reads that decide what to write and the write itself must not interleave with another
    // writer, or two articles sharing an entity could each merge into the same old version.
    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::ReadOptions ro;
    std::string ignored;
    rocksdb::Status s = db_->Get(ro, Cf(kArticles), keys::RecordKey(article.id), &ignored);
    if (s.ok()) return PutResult{false};
    if (!s.IsNotFound()) return FromRocks(s, "articles/" + article.id);

    StoreStats counts = counts_;
    rocksdb::WriteBatch batch;
    EG_RETURN_IF_ERROR(
        PutValue(batch, kArticles, article.id, ArticleToJson(article, /*with_text=*/true)));
    ++counts.articles;

    std::map<std::string, Entity> merged;
    for (const auto& e : entities) {
      if (auto it = merged.find(e.id); it != merged.end()) {
        MergeEntity(it->second, e);
        continue;
      }
      EG_ASSIGN_OR_RETURN(std::optional<Entity> stored, ReadEntity(ro, e.id));
      if (stored) {
        MergeEntity(*stored, e);
        merged.emplace(e.id, std::move(*stored));
      } else {
        merged.emplace(e.id, e);
        ++counts.entities;
      }
    }
    for (const auto& [id, e] : merged) {
      EG_RETURN_IF_ERROR(PutValue(batch, kEntities, id, EntityToJson(e, /*with_mentions=*/false)));
    }

    // An event id already stored (or repeated in this call) keeps its first version and gains the
    // new evidence: the id hashes the first evidence, so a collision is the same happening seen
    // again, and dropping its evidence would lose provenance.
    std::map<std::string, Event> pending;
    for (const auto& e : events) {
      if (auto it = pending.find(e.id); it != pending.end()) {
        counts.evidence += MergeEvidence(it->second, e);
        continue;
      }
      EG_ASSIGN_OR_RETURN(std::optional<Event> stored, ReadEvent(ro, e.id));
      if (stored) {
        const uint64_t added = MergeEvidence(*stored, e);
        counts.evidence += added;
        // An event that gains evidence needs its sources counted again.
        if (added > 0) EG_RETURN_IF_ERROR(MarkPending(batch, *stored, /*fresh=*/false));
        pending.emplace(e.id, std::move(*stored));
      } else {
        EG_RETURN_IF_ERROR(MarkPending(batch, e, /*fresh=*/true));
        EG_RETURN_IF_ERROR(PutIndexes(batch, e));
        ++counts.events;
        counts.evidence += e.evidence.size();
        pending.emplace(e.id, e);
      }
    }
    for (const auto& [id, e] : pending)
      EG_RETURN_IF_ERROR(WriteEventRecord(batch, e));

    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return PutResult{true};
  }

  Status PutEvent(const Event& event) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    EG_RETURN_IF_ERROR(ValidateEvent(event));
    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::ReadOptions ro;
    EG_ASSIGN_OR_RETURN(std::optional<Event> old, ReadEvent(ro, event.id));
    StoreStats counts = counts_;
    rocksdb::WriteBatch batch;
    if (old) {
      EG_RETURN_IF_ERROR(ReplaceIndexes(batch, *old, event));
      counts.evidence -= old->evidence.size();
    } else {
      ++counts.events;
      EG_RETURN_IF_ERROR(PutIndexes(batch, event));
    }
    EG_RETURN_IF_ERROR(WriteEventRecord(batch, event));
    counts.evidence += event.evidence.size();
    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Status DeleteEvent(const std::string& event_id) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    EG_RETURN_IF_ERROR(keys::ValidateId(event_id, "event id"));
    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::ReadOptions ro;
    EG_ASSIGN_OR_RETURN(std::optional<Event> old, ReadEvent(ro, event_id));
    if (!old) return Status::NotFound("event " + event_id + " is not in " + dir_);

    StoreStats counts = counts_;
    rocksdb::WriteBatch batch;
    EG_RETURN_IF_ERROR(DeleteIndexes(batch, *old));
    EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kEvents), keys::RecordKey(event_id)), dir_));
    EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kPending), event_id), dir_));
    --counts.events;
    counts.evidence -= old->evidence.size();

    // Relations leaving the event are found by prefix in relations, those arriving in
    // relations_rev; a set keeps a self-relation from being counted twice.
    std::set<std::string> forward;
    const std::string prefix = keys::RelationPrefix(event_id);
    EG_RETURN_IF_ERROR(
        ScanPrefix(ro, kRelations, prefix, [&](std::string_view key, std::string_view) {
          forward.insert(std::string(key));
          return Status::Ok();
        }));
    EG_RETURN_IF_ERROR(
        ScanPrefix(ro, kRelationsRev, prefix, [&](std::string_view key, std::string_view) {
          EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationRevKey(key));
          forward.insert(keys::MakeRelationKey(k));
          return Status::Ok();
        }));
    for (const auto& key : forward) {
      EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationKey(key));
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kRelations), key), dir_));
      EG_RETURN_IF_ERROR(
          FromRocks(batch.Delete(Cf(kRelationsRev), keys::MakeRelationRevKey(k)), dir_));
    }
    counts.relations -= forward.size();

    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Status ReplaceRelations(const std::vector<Relation>& relations) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    std::map<std::string, const Relation*>
        by_key;  // one record per (from, to, type); the last wins
    for (const auto& r : relations) {
      EG_RETURN_IF_ERROR(keys::ValidateId(r.from, "relation source"));
      EG_RETURN_IF_ERROR(keys::ValidateId(r.to, "relation target"));
      by_key[keys::MakeRelationKey({r.from, r.to, r.type})] = &r;
    }
    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::ReadOptions ro;
    rocksdb::WriteBatch batch;
    for (Family f : {kRelations, kRelationsRev}) {
      EG_RETURN_IF_ERROR(ScanPrefix(ro, f, "", [&](std::string_view key, std::string_view) {
        return FromRocks(batch.Delete(Cf(f), ToSlice(key)), dir_);
      }));
    }
    for (const auto& [key, r] : by_key) {
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kRelations), key, store_values::MakeRelationValue(*r)), dir_));
      EG_RETURN_IF_ERROR(FromRocks(
          batch.Put(Cf(kRelationsRev), keys::MakeRelationRevKey({r->from, r->to, r->type}), ""),
          dir_));
    }
    StoreStats counts = counts_;
    counts.relations = by_key.size();
    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Result<std::optional<Article>> GetArticle(const std::string& id) override {
    std::string value;
    rocksdb::Status s =
        db_->Get(rocksdb::ReadOptions(), Cf(kArticles), keys::RecordKey(id), &value);
    if (s.IsNotFound()) return std::optional<Article>();
    EG_RETURN_IF_ERROR(FromRocks(s, "articles/" + id));
    EG_ASSIGN_OR_RETURN(Article a,
                        DecodeRecord<Article>(value, ArticleFromJson, keys::kCfArticles, id));
    return std::optional<Article>(std::move(a));
  }

  Result<std::optional<Event>> GetEvent(const std::string& id) override {
    return ReadEvent(rocksdb::ReadOptions(), id);
  }

  Result<std::vector<std::optional<Event>>> GetEvents(const std::vector<std::string>& ids) override {
    // MultiGet finds keys in ascending order fastest (one pass down each level's files).
    std::vector<size_t> order(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
    std::vector<std::string> record_keys(ids.size());
    std::vector<rocksdb::Slice> slices(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      record_keys[i] = keys::RecordKey(ids[order[i]]);
      slices[i] = ToSlice(record_keys[i]);
    }
    std::vector<rocksdb::PinnableSlice> values(ids.size());
    std::vector<rocksdb::Status> statuses(ids.size());
    db_->MultiGet(rocksdb::ReadOptions(), Cf(kEvents), ids.size(), slices.data(), values.data(), statuses.data(),
                  /*sorted_input=*/true);
    std::vector<std::optional<Event>> out(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[order[i]];
      if (statuses[i].IsNotFound()) continue;
      if (!statuses[i].ok()) return FromRocks(statuses[i], "events/" + id);
      Result<Event> e = store_values::DecodeEvent(ToView(values[i]));
      if (!e.ok()) return e.status().WithPrefix(std::string(keys::kCfEvents) + "/" + id);
      out[order[i]] = std::move(e).value();
    }
    return out;
  }

  Result<std::optional<Entity>> GetEntity(const std::string& id) override {
    return ReadEntity(rocksdb::ReadOptions(), id);
  }

  Result<std::vector<Article>> Articles(bool with_text) override {
    std::vector<Article> out;
    EG_RETURN_IF_ERROR(ScanPrefix(
        rocksdb::ReadOptions(), kArticles, "", [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(
              Article a, DecodeRecord<Article>(value, ArticleFromJson, keys::kCfArticles, key));
          if (!with_text) a.text.clear();
          out.push_back(std::move(a));
          return Status::Ok();
        }));
    return out;
  }

  Result<std::vector<Entity>> Entities() override {
    std::vector<Entity> out;
    EG_RETURN_IF_ERROR(ScanPrefix(
        rocksdb::ReadOptions(), kEntities, "", [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(Entity e,
                              DecodeRecord<Entity>(value, EntityFromJson, keys::kCfEntities, key));
          out.push_back(std::move(e));
          return Status::Ok();
        }));
    return out;
  }

  Result<std::vector<Event>> Events(const EventQuery& query) override {
    // One snapshot for the index scan and the record reads, so a concurrent writer cannot make an
    // index entry point at a missing event.
    rocksdb::ManagedSnapshot snapshot(db_);
    rocksdb::ReadOptions ro;
    ro.snapshot = snapshot.snapshot();
    const uint32_t from_day = query.from ? keys::BeginDay(query.from) : keys::kOpenBeginDay;
    const uint32_t to_day = query.to ? keys::EndDay(query.to) : keys::kOpenEndDay;
    auto reaches = [&](uint32_t begin_day, uint32_t end_day) {
      return begin_day <= to_day && end_day >= from_day;
    };
    // The entity index serves the entity filter, or else the place filter (a location is indexed
    // as an entity of its event).
    const std::string& entity = !query.entity.empty() ? query.entity : query.place;
    if (!entity.empty() && !keys::ValidateId(entity, "entity id").ok()) return std::vector<Event>();
    const std::string text = Lower(query.text);
    std::map<std::string, std::string> country_of;  // place entity -> its country, read once each

    std::vector<Event> out;
    // When the index alone decides (entity, time, type and limit; no place, country or text, which
    // need the records), the ids come first and the records are read in one batch.
    if (query.place.empty() && query.country.empty() && query.text.empty()) {
      EG_ASSIGN_OR_RETURN(std::vector<std::string> ids,
                          IndexIds(ro, entity.empty() ? kTimeIndex : kEntityEvents,
                                   entity.empty() ? std::string() : keys::EntityEventsPrefix(entity), from_day,
                                   to_day, query.type, query.limit));
      std::vector<rocksdb::Slice> id_slices(ids.begin(), ids.end());
      std::vector<rocksdb::PinnableSlice> values(ids.size());
      std::vector<rocksdb::Status> statuses(ids.size());
      db_->MultiGet(ro, Cf(kEvents), ids.size(), id_slices.data(), values.data(), statuses.data());
      out.reserve(ids.size());
      for (size_t i = 0; i < ids.size(); ++i) {
        if (statuses[i].IsNotFound())
          return Status::Corruption(dir_ + ": an index entry names event " + ids[i] + ", which is not stored");
        if (!statuses[i].ok()) return FromRocks(statuses[i], "events/" + ids[i]);
        Result<Event> e = store_values::DecodeEvent(ToView(values[i]));
        if (!e.ok()) return e.status().WithPrefix(std::string(keys::kCfEvents) + "/" + ids[i]);
        out.push_back(std::move(e).value());
      }
      return out;
    }
    WindowScan scan(db_, ro, Cf(entity.empty() ? kTimeIndex : kEntityEvents),
                    entity.empty() ? std::string() : keys::EntityEventsPrefix(entity), from_day,
                    to_day);
    while (query.limit == 0 || out.size() < query.limit) {
      EG_ASSIGN_OR_RETURN(std::optional<RawEntry> entry, scan.Next());
      if (!entry) break;
      if (!query.type.empty()) {
        EG_ASSIGN_OR_RETURN(keys::IndexValue v, keys::ParseIndexValue(entry->value));
        if (v.type != query.type) continue;
      }
      const std::string id(entry->id);
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, ReadEvent(ro, id));
      if (!e)
        return Status::Corruption(dir_ + ": an index entry names event " + id +
                                  ", which is not stored");
      if (!reaches(keys::BeginDay(e->time.begin), keys::EndDay(e->time.end))) continue;
      if (!query.type.empty() && e->type != query.type) continue;
      if (!query.place.empty() && (!e->location || e->location->entity != query.place)) continue;
      if (!query.country.empty()) {
        if (!e->location || e->location->entity.empty()) continue;
        const std::string& place = e->location->entity;
        auto it = country_of.find(place);
        if (it == country_of.end()) {
          EG_ASSIGN_OR_RETURN(std::optional<Entity> ent, ReadEntity(ro, place));
          std::string code = ent ? ent->country : "";
          if (place.starts_with("country:")) code = place.substr(8);
          it = country_of.emplace(place, std::move(code)).first;
        }
        if (it->second != query.country) continue;
      }
      if (!text.empty()) {
        bool hit = Lower(e->label).find(text) != std::string::npos;
        for (const auto& ev : e->evidence) hit = hit || Lower(ev.trigger_text).find(text) != std::string::npos;
        if (!hit) continue;
      }
      out.push_back(std::move(*e));
    }
    return out;
  }

  // The ids of the first `limit` (0: all) index entries under `prefix` whose spans reach
  // [from_day, to_day] and whose type is `type` (empty: any), in (begin, end, id) order. One
  // iterator visits the span buckets in turn; each bucket's run is in that order, so its first
  // `limit` matches are all it can contribute, and the runs are merged by a sort at the end.
  Result<std::vector<std::string>> IndexIds(const rocksdb::ReadOptions& ro, Family f, const std::string& prefix,
                                            uint32_t from_day, uint32_t to_day, const std::string& type,
                                            size_t limit) {
    struct Hit {
      uint32_t begin, end;
      std::string id;
    };
    std::vector<Hit> hits;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, Cf(f)));
    for (uint8_t b = 0; b < keys::kBucketCount; ++b) {
      const auto [seek_begin, seek_end] = BucketSeek(b, from_day);
      const std::string target = prefix + keys::TimeIndexSeekKey(b, seek_begin, seek_end);
      if (b == 0 || !it->Valid() || ToView(it->key()) < std::string_view(target)) it->Seek(target);
      size_t taken = 0;
      for (; it->Valid() && (limit == 0 || taken < limit); it->Next()) {
        const std::string_view key = ToView(it->key());
        if (key.size() <= prefix.size() + 9 || key.substr(0, prefix.size()) != prefix) break;
        const std::string_view rest = key.substr(prefix.size());
        if (static_cast<uint8_t>(rest[0]) != b) break;
        const uint32_t begin = WindowScanU32(rest.substr(1, 4)), end = WindowScanU32(rest.substr(5, 4));
        if (begin != keys::kOpenBeginDay && begin > to_day) break;  // the run is ordered by begin
        if (end < from_day) continue;
        if (!type.empty()) {
          EG_ASSIGN_OR_RETURN(keys::IndexValue v, keys::ParseIndexValue(ToView(it->value())));
          if (v.type != type) continue;
        }
        hits.push_back(Hit{begin, end, std::string(rest.substr(9))});
        ++taken;
      }
      EG_RETURN_IF_ERROR(FromRocks(it->status(), dir_));
      if (!it->Valid()) break;
      if (ToView(it->key()).substr(0, prefix.size()) != prefix) break;
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
      return std::tie(a.begin, a.end, a.id) < std::tie(b.begin, b.end, b.id);
    });
    if (limit > 0 && hits.size() > limit) hits.resize(limit);
    std::vector<std::string> ids;
    ids.reserve(hits.size());
    for (auto& h : hits) ids.push_back(std::move(h.id));
    return ids;
  }

  static uint32_t WindowScanU32(std::string_view b) {
    return (uint32_t{static_cast<uint8_t>(b[0])} << 24) | (uint32_t{static_cast<uint8_t>(b[1])} << 16) |
           (uint32_t{static_cast<uint8_t>(b[2])} << 8) | uint32_t{static_cast<uint8_t>(b[3])};
  }

  Result<std::vector<IndexedEvent>> IndexScan(const EventQuery& query) override {
    const uint32_t from_day = query.from ? keys::BeginDay(query.from) : keys::kOpenBeginDay;
    const uint32_t to_day = query.to ? keys::EndDay(query.to) : keys::kOpenEndDay;
    if (!query.entity.empty() && !keys::ValidateId(query.entity, "entity id").ok())
      return std::vector<IndexedEvent>();
    const std::string prefix = query.entity.empty() ? std::string() : keys::EntityEventsPrefix(query.entity);
    // One iterator walks the bucket runs in turn (the order is restored by the sort below); it
    // seeks only when it stands before a bucket's first reachable key, so a small entity costs
    // one seek, not one per bucket.
    std::vector<IndexedEvent> out;
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(rocksdb::ReadOptions(), Cf(query.entity.empty() ? kTimeIndex : kEntityEvents)));
    for (uint8_t b = 0; b < keys::kBucketCount; ++b) {
      if (query.max_span_days > 0 && (b >= keys::kBucketLongClosed ||
                                      (b > 0 && keys::kBucketMaxDays[b - 1] >= query.max_span_days)))
        break;  // the buckets from here on hold only longer or open spans
      if (query.min_span_days > 0 && b < keys::kBucketLongClosed && keys::kBucketMaxDays[b] <= query.min_span_days)
        continue;  // this bucket holds only shorter spans
      const auto [seek_begin, seek_end] = BucketSeek(b, from_day);
      const std::string target = prefix + keys::TimeIndexSeekKey(b, seek_begin, seek_end);
      if (b == 0 || !it->Valid() || ToView(it->key()) < std::string_view(target)) it->Seek(target);
      for (; it->Valid(); it->Next()) {
        const std::string_view key = ToView(it->key());
        if (key.size() <= prefix.size() + 9 || key.substr(0, prefix.size()) != prefix) break;
        const std::string_view rest = key.substr(prefix.size());
        if (static_cast<uint8_t>(rest[0]) != b) break;
        EG_ASSIGN_OR_RETURN(keys::TimeIndexKey k, keys::ParseTimeIndexKey(rest));
        if (k.begin_day != keys::kOpenBeginDay && k.begin_day > to_day) break;
        if (k.end_day < from_day) continue;
        if (query.max_span_days > 0 && k.end_day - k.begin_day + 1 > query.max_span_days) continue;
        if (query.min_span_days > 0 && k.begin_day != keys::kOpenBeginDay && k.end_day != keys::kOpenEndDay &&
            k.end_day - k.begin_day + 1 <= query.min_span_days)
          continue;
        EG_ASSIGN_OR_RETURN(keys::IndexValue v, keys::ParseIndexValue(ToView(it->value())));
        if (!query.type.empty() && v.type != query.type) continue;
        IndexedEvent ie;
        ie.id = std::move(k.event_id);
        EG_ASSIGN_OR_RETURN(ie.begin, keys::DayToDate(k.begin_day));
        EG_ASSIGN_OR_RETURN(ie.end, keys::DayToDate(k.end_day));
        ie.basis = v.basis;
        ie.type = std::move(v.type);
        out.push_back(std::move(ie));
      }
      EG_RETURN_IF_ERROR(FromRocks(it->status(), dir_));
      if (!it->Valid()) break;
      const std::string_view key = ToView(it->key());
      if (key.substr(0, prefix.size()) != prefix) break;
    }
    auto order = [](const IndexedEvent& e) {
      return std::make_tuple(keys::BeginDay(e.begin), keys::EndDay(e.end), std::string_view(e.id));
    };
    std::sort(out.begin(), out.end(), [&](const IndexedEvent& a, const IndexedEvent& b) { return order(a) < order(b); });
    if (query.limit > 0 && out.size() > query.limit) out.resize(query.limit);
    return out;
  }

  Status ForEachEventRecord(
      const std::function<Status(std::string_view id, std::string_view record)>& visit) override {
    rocksdb::ReadOptions ro;
    // A pass over the whole family: its blocks are read once, so they need not stay cached.
    ro.fill_cache = false;
    ro.readahead_size = 2 << 20;
    return ScanPrefix(ro, kEvents, "", visit);
  }

  Result<uint64_t> CountEntityEvents(const std::string& entity_id) override {
    uint64_t n = 0;
    if (!keys::ValidateId(entity_id, "entity id").ok()) return n;
    EG_RETURN_IF_ERROR(ScanPrefix(rocksdb::ReadOptions(), kEntityEvents,
                                  keys::EntityEventsPrefix(entity_id),
                                  [&](std::string_view, std::string_view) {
                                    ++n;
                                    return Status::Ok();
                                  }));
    return n;
  }

  Result<std::vector<PendingEvent>> PendingEvents() override {
    std::vector<PendingEvent> out;
    EG_RETURN_IF_ERROR(ScanPrefix(rocksdb::ReadOptions(), kPending, "",
                                  [&](std::string_view key, std::string_view value) -> Status {
                                    if (value.size() != 9)
                                      return Status::Corruption(dir_ + ": pending/" + std::string(key) +
                                                                ": expected [begin][end][fresh]");
                                    PendingEvent p;
                                    p.id = std::string(key);
                                    EG_ASSIGN_OR_RETURN(uint32_t b, keys::DecodeU32(value.substr(0, 4)));
                                    EG_ASSIGN_OR_RETURN(uint32_t e, keys::DecodeU32(value.substr(4, 4)));
                                    EG_ASSIGN_OR_RETURN(p.begin, keys::DayToDate(b));
                                    EG_ASSIGN_OR_RETURN(p.end, keys::DayToDate(e));
                                    p.fresh = value[8] != 0;
                                    out.push_back(std::move(p));
                                    return Status::Ok();
                                  }));
    return out;
  }

  Result<std::vector<Relation>> RelationsOf(const std::string& event_id) override {
    std::vector<Relation> out;
    if (!keys::ValidateId(event_id, "event id").ok()) return out;
    rocksdb::ReadOptions ro;
    const std::string prefix = keys::RelationPrefix(event_id);
    // The first key past the prefix (which ends in a 0x00 separator): the scans stop there
    // without reading on into the next event's keys.
    std::string past = prefix;
    past.back() = '\x01';
    const rocksdb::Slice upper(past);
    ro.iterate_upper_bound = &upper;
    EG_RETURN_IF_ERROR(
        ScanPrefix(ro, kRelations, prefix, [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(Relation r, DecodeRelation(key, value));
          out.push_back(std::move(r));
          return Status::Ok();
        }));
    std::vector<std::string> incoming;
    EG_RETURN_IF_ERROR(
        ScanPrefix(ro, kRelationsRev, prefix, [&](std::string_view key, std::string_view) {
          EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationRevKey(key));
          if (k.from != event_id) incoming.push_back(keys::MakeRelationKey(k));
          return Status::Ok();
        }));
    // The incoming relations' values in one batched read (the reverse keys come in key order of
    // their sources, which is the forward keys' order too), not one lookup each.
    std::vector<rocksdb::Slice> slices(incoming.begin(), incoming.end());
    std::vector<rocksdb::PinnableSlice> values(slices.size());
    std::vector<rocksdb::Status> statuses(slices.size());
    db_->MultiGet(rocksdb::ReadOptions(), Cf(kRelations), slices.size(), slices.data(),
                  values.data(), statuses.data(),
                  /*sorted_input=*/std::is_sorted(incoming.begin(), incoming.end()));
    for (size_t i = 0; i < incoming.size(); ++i) {
      if (statuses[i].IsNotFound()) continue;
      EG_RETURN_IF_ERROR(FromRocks(statuses[i], "relations"));
      EG_ASSIGN_OR_RETURN(Relation r, DecodeRelation(incoming[i], ToView(values[i])));
      out.push_back(std::move(r));
    }
    return out;
  }

  Result<std::optional<MergeRecord>> GetMerge(const std::string& absorbed_id) override {
    std::string value;
    rocksdb::Status st =
        db_->Get(rocksdb::ReadOptions(), Cf(kMerges), keys::RecordKey(absorbed_id), &value);
    if (st.IsNotFound()) return std::optional<MergeRecord>();
    EG_RETURN_IF_ERROR(FromRocks(st, "merges/" + absorbed_id));
    if (store_values::IsBinaryMergeRecord(value)) {
      Result<MergeRecord> m = store_values::DecodeMergeRecord(value);
      if (!m.ok()) return m.status().WithPrefix(std::string(keys::kCfMerges) + "/" + absorbed_id);
      return std::optional<MergeRecord>(std::move(m).value());
    }
    // Written as CBOR by stores of format 4 before the binary layout.
    EG_ASSIGN_OR_RETURN(MergeRecord m, DecodeRecord<MergeRecord>(value, MergeRecordFromJson,
                                                                 keys::kCfMerges, absorbed_id));
    return std::optional<MergeRecord>(std::move(m));
  }

  Result<std::optional<Storyline>> GetStoryline(const std::string& id) override {
    std::string value;
    rocksdb::Status st = db_->Get(rocksdb::ReadOptions(), Cf(kStorylines), keys::RecordKey(id), &value);
    if (st.IsNotFound()) return std::optional<Storyline>();
    EG_RETURN_IF_ERROR(FromRocks(st, "storylines/" + id));
    EG_ASSIGN_OR_RETURN(Storyline sl, DecodeRecord<Storyline>(value, StorylineFromJson,
                                                               keys::kCfStorylines, id));
    return std::optional<Storyline>(std::move(sl));
  }

  Result<std::vector<Storyline>> Storylines() override {
    std::vector<Storyline> out;
    EG_RETURN_IF_ERROR(ScanPrefix(
        rocksdb::ReadOptions(), kStorylines, "", [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(Storyline sl, DecodeRecord<Storyline>(value, StorylineFromJson,
                                                                     keys::kCfStorylines, key));
          out.push_back(std::move(sl));
          return Status::Ok();
        }));
    return out;
  }

  Status PutEntity(const Entity& entity) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    EG_RETURN_IF_ERROR(keys::ValidateId(entity.id, "entity id"));
    std::lock_guard<std::mutex> lock(write_mu_);
    EG_ASSIGN_OR_RETURN(std::optional<Entity> stored, ReadEntity(rocksdb::ReadOptions(), entity.id));
    StoreStats counts = counts_;
    Entity out = entity;
    if (stored) {
      out = std::move(*stored);
      MergeEntity(out, entity);
    } else {
      ++counts.entities;
    }
    rocksdb::WriteBatch batch;
    EG_RETURN_IF_ERROR(PutValue(batch, kEntities, out.id, EntityToJson(out, /*with_mentions=*/false)));
    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Status DeleteEntity(const std::string& entity_id) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    EG_RETURN_IF_ERROR(keys::ValidateId(entity_id, "entity id"));
    std::lock_guard<std::mutex> lock(write_mu_);
    EG_ASSIGN_OR_RETURN(std::optional<Entity> stored, ReadEntity(rocksdb::ReadOptions(), entity_id));
    if (!stored) return Status::Ok();
    StoreStats counts = counts_;
    --counts.entities;
    rocksdb::WriteBatch batch;
    EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kEntities), keys::RecordKey(entity_id)), dir_));
    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Status UpdateEntityNames(const std::vector<std::pair<std::string, std::string>>& erase,
                           const std::vector<std::pair<std::string, std::string>>& put) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    for (const auto* list : {&erase, &put}) {
      for (const auto& [name_key, entity_id] : *list) {
        EG_RETURN_IF_ERROR(keys::ValidateId(name_key, "entity name key"));
        EG_RETURN_IF_ERROR(keys::ValidateId(entity_id, "entity id"));
      }
    }
    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::WriteBatch batch;
    for (const auto& [name_key, entity_id] : erase)
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kEntityNames), keys::MakeEntityNameKey(name_key, entity_id)), dir_));
    for (const auto& [name_key, entity_id] : put)
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kEntityNames), keys::MakeEntityNameKey(name_key, entity_id), ""), dir_));
    return Write(batch);
  }

  Result<std::vector<std::string>> EntitiesNamed(const std::string& name_key) override {
    std::vector<std::string> out;
    if (!keys::ValidateId(name_key, "entity name key").ok()) return out;
    const std::string prefix = keys::EntityNamePrefix(name_key);
    EG_RETURN_IF_ERROR(ScanPrefix(rocksdb::ReadOptions(), kEntityNames, prefix,
                                  [&](std::string_view key, std::string_view) {
                                    out.emplace_back(key.substr(prefix.size()));
                                    return Status::Ok();
                                  }));
    return out;
  }

  Status Apply(const GraphChange& change) override {
    EG_RETURN_IF_ERROR(CheckWritable());
    for (const auto& e : change.put_events) EG_RETURN_IF_ERROR(ValidateEvent(e));
    for (const auto* list : {&change.erase_events, &change.erase_unrelated_events}) {
      for (const auto& id : *list) EG_RETURN_IF_ERROR(keys::ValidateId(id, "event id"));
    }
    for (const auto* list : {&change.put_relations, &change.put_new_relations, &change.erase_relations}) {
      for (const auto& r : *list) {
        EG_RETURN_IF_ERROR(keys::ValidateId(r.from, "relation source"));
        EG_RETURN_IF_ERROR(keys::ValidateId(r.to, "relation target"));
      }
    }
    for (const auto& r : change.put_new_relation_views) {
      EG_RETURN_IF_ERROR(keys::ValidateId(r.from, "relation source"));
      EG_RETURN_IF_ERROR(keys::ValidateId(r.to, "relation target"));
    }
    // Every relation promised new, as views: those of put_new_relations, then the views given.
    // (The views given, as they are, when there is no whole relation to add: a bulk link's chunk
    // gives some 600,000, which a copy would map afresh.)
    std::vector<RelationView> joined;
    if (!change.put_new_relations.empty()) {
      joined.reserve(change.put_new_relations.size() + change.put_new_relation_views.size());
      for (const auto& r : change.put_new_relations) joined.push_back(ViewOf(r));
      joined.insert(joined.end(), change.put_new_relation_views.begin(),
                    change.put_new_relation_views.end());
    }
    const std::vector<RelationView>& fresh =
        change.put_new_relations.empty() ? change.put_new_relation_views : joined;
    for (const auto& m : change.put_merges) EG_RETURN_IF_ERROR(keys::ValidateId(m.absorbed, "merged event id"));
    for (const auto& sl : change.put_storylines) EG_RETURN_IF_ERROR(keys::ValidateId(sl.id, "storyline id"));
    for (const auto& id : change.mark_pending) EG_RETURN_IF_ERROR(keys::ValidateId(id, "event id"));

    std::lock_guard<std::mutex> lock(write_mu_);
    rocksdb::ReadOptions ro;
    rocksdb::WriteBatch batch;
    StoreStats counts = counts_;
    // Many new relations (a bulk link) bypass the memtable: they are written as sorted table files
    // and ingested, which costs a fraction of inserting each key into the skip list (and of
    // flushing it later). Ingested keys are newer than every write before them, so the deletions
    // of this change, which must come first, are only allowed on the batch path.
    const bool ingest = fresh.size() >= kIngestRelations && change.erase_events.empty() &&
                        change.erase_relations.empty();
    // The pending marks such a change clears (a bulk link's chunk: a deletion per event, each a
    // search of the memtable's skip list) go with them, as a table file of deletions; not when
    // the change also marks events pending, as the batch would put those marks after the
    // deletions and an ingested file comes after the batch.
    const bool ingest_cleared =
        ingest && change.clear_pending.size() >= kIngestRelations && change.mark_pending.empty();
    if (ingest) {
      EG_ASSIGN_OR_RETURN(
          uint64_t added,
          IngestNewRelations(fresh,
                             change.relation_views_ranked && change.put_new_relations.empty(),
                             ingest_cleared ? &change.clear_pending : nullptr));
      counts.relations += added;
    }
    // Whether a record key exists once the batch so far is applied; read from the store the first
    // time a key is touched, so that counts stay exact when one change touches a key twice.
    std::map<std::pair<Family, std::string>, bool> present;
    auto exists = [&](Family f, const std::string& key) -> Result<bool> {
      auto it = present.find({f, key});
      if (it != present.end()) return it->second;
      std::string ignored;
      rocksdb::Status st = db_->Get(ro, Cf(f), key, &ignored);
      if (!st.ok() && !st.IsNotFound()) return FromRocks(st, dir_);
      present[{f, key}] = st.ok();
      return st.ok();
    };
    auto erase_relation = [&](const keys::RelationKey& k) -> Status {
      const std::string key = keys::MakeRelationKey(k);
      EG_ASSIGN_OR_RETURN(bool there, exists(kRelations, key));
      if (!there) return Status::Ok();
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kRelations), key), dir_));
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kRelationsRev), keys::MakeRelationRevKey(k)), dir_));
      present[{kRelations, key}] = false;
      --counts.relations;
      return Status::Ok();
    };

    // The record of `id` as stored: the caller's copy when it holds one (GraphChange::stored),
    // else read into `read`; nullptr when there is none.
    auto stored_record = [&](const std::string& id,
                             std::optional<Event>& read) -> Result<const Event*> {
      if (const Event* held = change.stored ? change.stored(id) : nullptr) return held;
      EG_ASSIGN_OR_RETURN(read, ReadEvent(ro, id));
      return read ? &*read : nullptr;
    };
    std::set<std::string> erased;
    // One iterator per relation family serves every erased event (a merge batch erases many),
    // instead of one opened per event.
    std::unique_ptr<rocksdb::Iterator> forward_it, reverse_it;
    if (!change.erase_events.empty()) {
      forward_it.reset(db_->NewIterator(ro, Cf(kRelations)));
      reverse_it.reset(db_->NewIterator(ro, Cf(kRelationsRev)));
    }
    const size_t related = change.erase_events.size();
    for (size_t i = 0; i < related + change.erase_unrelated_events.size(); ++i) {
      const std::string& id = i < related ? change.erase_events[i] : change.erase_unrelated_events[i - related];
      std::optional<Event> read;
      EG_ASSIGN_OR_RETURN(const Event* old, stored_record(id, read));
      if (!old || !erased.insert(id).second) continue;
      EG_RETURN_IF_ERROR(DeleteIndexes(batch, *old));
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kEvents), keys::RecordKey(id)), dir_));
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kPending), id), dir_));
      --counts.events;
      counts.evidence -= old->evidence.size();
      if (i >= related) continue;  // no relation to look for, by the caller's word
      const std::string prefix = keys::RelationPrefix(id);
      std::vector<keys::RelationKey> touching;
      EG_RETURN_IF_ERROR(ScanPrefixWith(*forward_it, prefix, [&](std::string_view key, std::string_view) {
        EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationKey(key));
        touching.push_back(std::move(k));
        return Status::Ok();
      }));
      EG_RETURN_IF_ERROR(ScanPrefixWith(*reverse_it, prefix, [&](std::string_view key, std::string_view) {
        EG_ASSIGN_OR_RETURN(keys::RelationKey k, keys::ParseRelationRevKey(key));
        touching.push_back(std::move(k));
        return Status::Ok();
      }));
      for (const auto& k : touching) EG_RETURN_IF_ERROR(erase_relation(k));
    }
    for (const auto& r : change.erase_relations) EG_RETURN_IF_ERROR(erase_relation({r.from, r.to, r.type}));

    for (const auto& e : change.put_events) {
      std::optional<Event> read;
      const Event* old = nullptr;
      if (!erased.count(e.id)) {
        EG_ASSIGN_OR_RETURN(old, stored_record(e.id, read));
      }
      if (old) {
        EG_RETURN_IF_ERROR(ReplaceIndexes(batch, *old, e));
        counts.evidence -= old->evidence.size();
      } else {
        ++counts.events;
        EG_RETURN_IF_ERROR(PutIndexes(batch, e));
      }
      EG_RETURN_IF_ERROR(WriteEventRecord(batch, e));
      counts.evidence += e.evidence.size();
    }
    // Relations go into the batch in key order (and their reverse keys in theirs): RocksDB's
    // memtable inserts a run of ascending keys next to the previous one instead of searching the
    // skip list from the top for each. Whether each is stored already decides the count: one
    // batched read answers for all the keys this change has not touched yet. Relations the caller
    // knows to be new (put_new_relations) skip that read, which for a bulk link is most of them
    // and most of the read's cost (each miss still consults every level's Bloom filter).
    {
      const size_t checked = change.put_relations.size();
      const size_t n = checked + (ingest ? 0 : fresh.size());
      auto relation_at = [&](size_t i) -> RelationView {
        return i < checked ? ViewOf(change.put_relations[i]) : fresh[i - checked];
      };
      std::vector<std::string> relation_keys(n), rev_keys(n);
      for (size_t i = 0; i < n; ++i) {
        const RelationView r = relation_at(i);
        keys::AppendRelationKey(r.from, r.to, r.type, /*reversed=*/false, relation_keys[i]);
        keys::AppendRelationKey(r.from, r.to, r.type, /*reversed=*/true, rev_keys[i]);
      }
      std::vector<size_t> order(n);
      for (size_t i = 0; i < n; ++i) order[i] = i;
      // Stable, so that of two puts of one key the later still wins.
      std::stable_sort(order.begin(), order.end(),
                       [&](size_t x, size_t y) { return relation_keys[x] < relation_keys[y]; });
      std::vector<rocksdb::Slice> unknown;
      for (size_t i : order) {
        const std::string& key = relation_keys[i];
        if (i < checked && (unknown.empty() || unknown.back() != rocksdb::Slice(key)) &&
            !present.count({kRelations, key}))
          unknown.emplace_back(key);
      }
      std::vector<rocksdb::PinnableSlice> values(unknown.size());
      std::vector<rocksdb::Status> statuses(unknown.size());
      db_->MultiGet(ro, Cf(kRelations), unknown.size(), unknown.data(), values.data(), statuses.data(),
                    /*sorted_input=*/true);
      size_t at = 0;  // walks `unknown` along `order`
      const std::string* previous = nullptr;
      std::string value;
      for (size_t i : order) {
        const std::string& key = relation_keys[i];
        bool there;
        if (previous && *previous == key) {
          there = true;  // put a moment ago in this batch
        } else if (i >= checked) {
          there = false;  // new, by the caller's word
        } else if (at < unknown.size() && unknown[at] == rocksdb::Slice(key)) {
          if (!statuses[at].ok() && !statuses[at].IsNotFound()) return FromRocks(statuses[at], dir_);
          there = statuses[at].ok();
          ++at;
        } else {
          there = present.at({kRelations, key});
        }
        if (!there) ++counts.relations;
        previous = &key;
        const RelationView r = relation_at(i);
        value.clear();
        store_values::AppendRelationValue(r.basis, r.confidence, r.possible, value);
        EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kRelations), key, value), dir_));
      }
      // Later steps of this change consult `present` only for merges and storylines; relation
      // keys need no entry.
      std::sort(rev_keys.begin(), rev_keys.end());
      rev_keys.erase(std::unique(rev_keys.begin(), rev_keys.end()), rev_keys.end());
      for (const auto& key : rev_keys) EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kRelationsRev), key, ""), dir_));
    }
    for (const auto& id : change.erase_merges) {
      EG_ASSIGN_OR_RETURN(bool there, exists(kMerges, id));
      if (!there) continue;
      present[{kMerges, id}] = false;
      --counts.merged;
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kMerges), keys::RecordKey(id)), dir_));
    }
    for (const auto& m : change.put_merges) {
      EG_ASSIGN_OR_RETURN(bool there, exists(kMerges, m.absorbed));
      if (!there) ++counts.merged;
      present[{kMerges, m.absorbed}] = true;
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kMerges), ToSlice(keys::RecordKey(m.absorbed)),
                                             store_values::EncodeMergeRecord(m)),
                                   dir_));
    }
    for (const auto& id : change.erase_storylines) {
      EG_ASSIGN_OR_RETURN(bool there, exists(kStorylines, id));
      if (!there) continue;
      present[{kStorylines, id}] = false;
      --counts.storylines;
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kStorylines), keys::RecordKey(id)), dir_));
    }
    for (const auto& sl : change.put_storylines) {
      EG_ASSIGN_OR_RETURN(bool there, exists(kStorylines, sl.id));
      if (!there) ++counts.storylines;
      present[{kStorylines, sl.id}] = true;
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(kStorylines), ToSlice(keys::RecordKey(sl.id)),
                                             store_values::EncodeStorylineCbor(sl)),
                                   dir_));
    }
    if (!ingest_cleared) {
      std::vector<std::string_view> cleared(change.clear_pending.begin(),
                                            change.clear_pending.end());
      std::sort(cleared.begin(), cleared.end());  // in key order, as for relations above
      for (const auto& id : cleared)
        EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(kPending), ToSlice(id)), dir_));
    }
    for (const auto& id : change.mark_pending) {
      auto put = std::find_if(change.put_events.begin(), change.put_events.end(),
                              [&](const Event& e) { return e.id == id; });
      if (put != change.put_events.end()) {
        EG_RETURN_IF_ERROR(MarkPending(batch, *put, /*fresh=*/false));
        continue;
      }
      if (erased.count(id)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, ReadEvent(ro, id));
      if (e) EG_RETURN_IF_ERROR(MarkPending(batch, *e, /*fresh=*/false));
    }
    EG_RETURN_IF_ERROR(PutCounts(batch, counts));
    EG_RETURN_IF_ERROR(Write(batch));
    counts_ = counts;
    return Status::Ok();
  }

  Result<std::vector<Relation>> Relations() override {
    std::vector<Relation> out;
    EG_RETURN_IF_ERROR(ScanPrefix(
        rocksdb::ReadOptions(), kRelations, "", [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(Relation r, DecodeRelation(key, value));
          out.push_back(std::move(r));
          return Status::Ok();
        }));
    return out;
  }

  Result<StoreStats> Stats() override {
    std::lock_guard<std::mutex> lock(write_mu_);
    return counts_;
  }

  Status WaitForBackgroundWork() override {
    // RocksDB 7 has no call that waits for compactions: its properties are asked until no family
    // has a flush or compaction running or pending.
    auto busy = [&] {
      uint64_t n = 0;
      for (const char* p : {"rocksdb.num-running-flushes", "rocksdb.num-running-compactions"}) {
        if (db_->GetIntProperty(p, &n) && n > 0) return true;
      }
      for (auto* handle : handles_) {
        for (const char* p : {"rocksdb.mem-table-flush-pending", "rocksdb.compaction-pending"}) {
          if (db_->GetIntProperty(handle, p, &n) && n > 0) return true;
        }
      }
      return false;
    };
    while (busy()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return Status::Ok();
  }

 private:
  rocksdb::ColumnFamilyHandle* Cf(Family f) const { return families_[f]; }

  static std::array<std::pair<std::string_view, uint64_t*>, 7> CountFields(StoreStats& c) {
    return {{{keys::kMetaCountMerged, &c.merged},
             {keys::kMetaCountStorylines, &c.storylines},
             {keys::kMetaCountArticles, &c.articles},
             {keys::kMetaCountEntities, &c.entities},
             {keys::kMetaCountEvents, &c.events},
             {keys::kMetaCountRelations, &c.relations},
             {keys::kMetaCountEvidence, &c.evidence}}};
  }

  Status CheckWritable() const {
    if (read_only_) return Status::Unsupported(dir_ + " was opened read-only");
    return Status::Ok();
  }

  // Writes `relations` (each promised not stored) into both relation families through two sorted
  // table files ingested at once, so that either both families hold them or neither does. Of two
  // relations with one key the later wins, as in a batch. Returns the number of distinct keys.
  // The files are written in the store's directory (ingestion moves them into the database) and
  // are gone when this returns, ingested or not. A crash after the ingestion but before the
  // caller's next batch leaves the relations stored and the count in `meta` short of them; the
  // link that wrote them runs again (its pending marks are still set) and counts them then.
  // With `ranked` (GraphChange::relation_views_ranked) the keys are put in order by their ends'
  // ranks, and built in that order, so that writing them reads memory in sequence.
  // With `cleared`, the pending marks of those events are deleted in the same ingestion (a third
  // file, of deletions).
  Result<uint64_t> IngestNewRelations(const std::vector<RelationView>& relations, bool ranked,
                                      const std::vector<std::string>* cleared) {
    namespace fs = std::filesystem;
    // Both families' keys have the same length: the ids, two separators and the type byte.
    size_t key_bytes = 0;
    for (const auto& r : relations) key_bytes += r.from.size() + r.to.size() + 3;
    // The relations' numbers in key order of one family: by the ranks of the key's first and
    // second id, then the type, which is the order of the key's bytes (an id ends at a separator
    // below every id byte, so a shorter id sorts first as it does alone).
    // The buffers are the store's, kept from one ingestion to the next (a bulk link ingests a
    // chunk's million keys at a time): under write_mu_, as every Apply.
    IngestBuffers& buffers = ingest_buffers_;
    auto ranked_order = [&](bool reversed) -> const std::vector<uint32_t>& {
      std::vector<IngestBuffers::Ranked>& items = buffers.ranked;
      items.resize(relations.size());
      for (size_t i = 0; i < relations.size(); ++i) {
        const RelationView& r = relations[i];
        const uint64_t first = reversed ? r.to_rank : r.from_rank;
        const uint64_t second = reversed ? r.from_rank : r.to_rank;
        items[i] = IngestBuffers::Ranked{first << 32 | second, static_cast<uint32_t>(r.type),
                                         static_cast<uint32_t>(i)};
      }
      std::sort(items.begin(), items.end(),
                [](const IngestBuffers::Ranked& a, const IngestBuffers::Ranked& b) {
                  return a.ends != b.ends ? a.ends < b.ends : a.type < b.type;
                });
      std::vector<uint32_t>& order = reversed ? buffers.reverse_order : buffers.unique;
      order.resize(items.size());
      for (size_t i = 0; i < items.size(); ++i) order[i] = items[i].index;
      return order;
    };
    KeyRun& forward = buffers.forward;
    forward.Clear();
    forward.Reserve(relations.size(), key_bytes);
    // Each forward key's value, beside it: made in the pass that reads the relation for its key,
    // as the file is written in key order, which with ranks is not the relations' order (a second
    // pass reading them in that order missed the cache on nearly every relation of a bulk chunk).
    KeyRun& values = buffers.values;
    values.Clear();
    values.Reserve(relations.size(), 13 * relations.size());
    // The last of each run of one key, in key order; with ranks, the keys are added in that order
    // and are distinct (the caller's promise), so key j is relation unique[j].
    std::vector<uint32_t>& unique = buffers.unique;
    unique.clear();
    if (ranked) {
      ranked_order(/*reversed=*/false);  // the forward order is put in `unique`
      for (uint32_t i : unique) {
        forward.AddRelation(relations[i], /*reversed=*/false);
        values.AddRelationValue(relations[i]);
      }
    } else {
      for (const auto& r : relations) {
        forward.AddRelation(r, /*reversed=*/false);
        values.AddRelationValue(r);
      }
      const std::vector<uint32_t> order = forward.SortedOrder();
      unique.reserve(order.size());
      for (size_t i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && forward.Key(order[i]) == forward.Key(order[i + 1])) continue;
        unique.push_back(order[i]);
      }
    }
    const std::string forward_path = (fs::path(dir_) / "ingest-relations.sst").string();
    const std::string reverse_path = (fs::path(dir_) / "ingest-relations-rev.sst").string();
    const std::string pending_path = (fs::path(dir_) / "ingest-pending.sst").string();
    auto remove_files = [&] {
      std::error_code ec;
      fs::remove(forward_path, ec);
      fs::remove(reverse_path, ec);
      fs::remove(pending_path, ec);
    };
    remove_files();
    Status written = [&]() -> Status {
      rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), db_->GetOptions(Cf(kRelations)),
                                    Cf(kRelations));
      EG_RETURN_IF_ERROR(FromRocks(writer.Open(forward_path), dir_));
      for (size_t j = 0; j < unique.size(); ++j) {
        const size_t at = ranked ? j : unique[j];
        EG_RETURN_IF_ERROR(
            FromRocks(writer.Put(ToSlice(forward.Key(at)), ToSlice(values.Key(at))), dir_));
      }
      EG_RETURN_IF_ERROR(FromRocks(writer.Finish(), dir_));
      KeyRun& reverse = buffers.reverse;
      reverse.Clear();
      reverse.Reserve(unique.size(), key_bytes);
      rocksdb::SstFileWriter rev_writer(rocksdb::EnvOptions(), db_->GetOptions(Cf(kRelationsRev)),
                                        Cf(kRelationsRev));
      EG_RETURN_IF_ERROR(FromRocks(rev_writer.Open(reverse_path), dir_));
      // The reverse keys are made from the forward ones, which lie in one buffer, rather than
      // from the relations and their ids, which lie all over the caller's memory.
      if (ranked) {
        std::vector<uint32_t>& place = buffers.place;  // relation -> its forward key
        place.resize(relations.size());
        for (size_t j = 0; j < unique.size(); ++j) place[unique[j]] = static_cast<uint32_t>(j);
        for (uint32_t i : ranked_order(/*reversed=*/true))
          reverse.AddReversedKey(forward.Key(place[i]));
        for (size_t j = 0; j < reverse.size(); ++j)
          EG_RETURN_IF_ERROR(
              FromRocks(rev_writer.Put(ToSlice(reverse.Key(j)), rocksdb::Slice()), dir_));
      } else {
        for (uint32_t i : unique) reverse.AddReversedKey(forward.Key(i));
        for (uint32_t i : reverse.SortedOrder())
          EG_RETURN_IF_ERROR(
              FromRocks(rev_writer.Put(ToSlice(reverse.Key(i)), rocksdb::Slice()), dir_));
      }
      EG_RETURN_IF_ERROR(FromRocks(rev_writer.Finish(), dir_));
      if (!cleared || cleared->empty()) return Status::Ok();
      std::vector<std::string_view> ids(cleared->begin(), cleared->end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      rocksdb::SstFileWriter pending_writer(rocksdb::EnvOptions(), db_->GetOptions(Cf(kPending)),
                                            Cf(kPending));
      EG_RETURN_IF_ERROR(FromRocks(pending_writer.Open(pending_path), dir_));
      for (const auto id : ids)
        EG_RETURN_IF_ERROR(FromRocks(pending_writer.Delete(ToSlice(id)), dir_));
      return FromRocks(pending_writer.Finish(), dir_);
    }();
    if (written.ok()) {
      rocksdb::IngestExternalFileOptions options;
      options.move_files = true;
      // The sequence number a file gets when it overlaps what is stored goes into the MANIFEST
      // only. Written into the file as well (RocksDB 7's default, kept for downgrades to older
      // versions), it makes the file unreadable to those of RocksDB's readers that open a table
      // without its largest sequence number: a bulk link of 10^6 events failed once with
      // "Corruption: An external sst file ... have global seqno property".
      options.write_global_seqno = false;
      std::vector<rocksdb::IngestExternalFileArg> args(2);
      args[0].column_family = Cf(kRelations);
      args[0].external_files = {forward_path};
      args[0].options = options;
      args[1].column_family = Cf(kRelationsRev);
      args[1].external_files = {reverse_path};
      args[1].options = options;
      if (cleared && !cleared->empty()) {
        args.emplace_back();
        args[2].column_family = Cf(kPending);
        args[2].external_files = {pending_path};
        args[2].options = options;
      }
      written = FromRocks(db_->IngestExternalFiles(args), dir_);
    }
    remove_files();
    if (!written.ok()) return written;
    return static_cast<uint64_t>(unique.size());
  }

  // Flushes every family's memtable when the write-ahead log has grown past kFlushLogOnClose, so
  // that the next open does not replay it (every command after a bulk import would pay for that)
  // and the files on disk are the store. A bulk link writes its relations as ingested files, not
  // through the log, so the log of the imported events is not turned over by them. Best effort:
  // the log still holds everything if the flush fails.
  void FlushLargeLog() {
    if (read_only_) return;
    rocksdb::VectorLogPtr logs;
    if (!db_->GetSortedWalFiles(logs).ok()) return;
    uint64_t bytes = 0;
    for (const auto& log : logs) bytes += log->SizeFileBytes();
    if (bytes < kFlushLogOnClose) return;
    (void)db_->Flush(rocksdb::FlushOptions(), handles_);
  }

  Status Write(rocksdb::WriteBatch& batch) {
    if (batch.Count() >= kSortedBatchWrites) {
      std::optional<rocksdb::WriteBatch> sorted = SortedByKey(batch);
      if (sorted) return FromRocks(db_->Write(rocksdb::WriteOptions(), &*sorted), dir_);
    }
    return FromRocks(db_->Write(rocksdb::WriteOptions(), &batch), dir_);
  }

  // The writes of `batch` in (family, key) order, those to one key in their order, so that the
  // stored result is the same. RocksDB's memtable inserts a key next to the one inserted before
  // when it follows it, instead of searching its skip list from the top: a batch that touches
  // many events (a link's merge batch) lands in a fraction of the time. nullopt when the
  // batch holds anything but puts and deletes.
  std::optional<rocksdb::WriteBatch> SortedByKey(const rocksdb::WriteBatch& batch) const {
    struct Write {
      uint32_t family;
      rocksdb::Slice key, value;  // views of `batch`
      bool put;
    };
    struct Collect : rocksdb::WriteBatch::Handler {
      std::vector<Write> writes;
      rocksdb::Status PutCF(uint32_t family, const rocksdb::Slice& key,
                            const rocksdb::Slice& value) override {
        writes.push_back(Write{family, key, value, true});
        return rocksdb::Status::OK();
      }
      rocksdb::Status DeleteCF(uint32_t family, const rocksdb::Slice& key) override {
        writes.push_back(Write{family, key, rocksdb::Slice(), false});
        return rocksdb::Status::OK();
      }
      rocksdb::Status SingleDeleteCF(uint32_t, const rocksdb::Slice&) override {
        return rocksdb::Status::NotSupported();
      }
      rocksdb::Status MergeCF(uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override {
        return rocksdb::Status::NotSupported();
      }
      rocksdb::Status DeleteRangeCF(uint32_t, const rocksdb::Slice&,
                                    const rocksdb::Slice&) override {
        return rocksdb::Status::NotSupported();
      }
    } collect;
    if (!batch.Iterate(&collect).ok()) return std::nullopt;
    std::vector<Write>& writes = collect.writes;
    std::stable_sort(writes.begin(), writes.end(), [](const Write& a, const Write& b) {
      return a.family != b.family ? a.family < b.family : a.key.compare(b.key) < 0;
    });
    rocksdb::WriteBatch sorted(batch.GetDataSize());
    rocksdb::ColumnFamilyHandle* handle = nullptr;
    for (const Write& w : writes) {
      if (!handle || handle->GetID() != w.family) {
        handle = nullptr;
        for (auto* h : handles_) {
          if (h->GetID() == w.family) handle = h;
        }
        if (!handle) return std::nullopt;
      }
      const rocksdb::Status s =
          w.put ? sorted.Put(handle, w.key, w.value) : sorted.Delete(handle, w.key);
      if (!s.ok()) return std::nullopt;
    }
    return sorted;
  }

  Status PutValue(rocksdb::WriteBatch& batch, Family f, std::string_view id, const Json& json) {
    return FromRocks(batch.Put(Cf(f), ToSlice(keys::RecordKey(id)), ToCbor(json)), dir_);
  }

  Status WriteEventRecord(rocksdb::WriteBatch& batch, const Event& e) {
    return FromRocks(batch.Put(Cf(kEvents), ToSlice(keys::RecordKey(e.id)), store_values::EncodeEvent(e)), dir_);
  }

  Status PutCounts(rocksdb::WriteBatch& batch, StoreStats counts) {
    for (const auto& [key, field] : CountFields(counts)) {
      EG_RETURN_IF_ERROR(
          FromRocks(batch.Put(Cf(kMeta), ToSlice(key), keys::EncodeU64(*field)), dir_));
    }
    return Status::Ok();
  }

  // The index entries of an event: one in time_index, one per indexed entity in entity_events.
  std::vector<std::pair<Family, std::string>> IndexKeys(const Event& e) const {
    std::vector<std::pair<Family, std::string>> out;
    const uint32_t begin = keys::BeginDay(e.time.begin), end = keys::EndDay(e.time.end);
    out.emplace_back(kTimeIndex, keys::MakeTimeIndexKey({begin, end, e.id}));
    for (const auto& entity : IndexedEntities(e)) {
      out.emplace_back(kEntityEvents, keys::MakeEntityEventsKey({entity, begin, end, e.id}));
    }
    return out;
  }

  // pending value: [begin day u32][end day u32][fresh u8].
  Status MarkPending(rocksdb::WriteBatch& batch, const Event& e, bool fresh) {
    std::string value = keys::EncodeU32(keys::BeginDay(e.time.begin)) + keys::EncodeU32(keys::EndDay(e.time.end));
    value.push_back(fresh ? 1 : 0);
    return FromRocks(batch.Put(Cf(kPending), e.id, value), dir_);
  }

  Status PutIndexes(rocksdb::WriteBatch& batch, const Event& e) {
    const std::string value = keys::MakeIndexValue({e.time.basis, e.type});
    for (const auto& [f, key] : IndexKeys(e))
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(f), key, value), dir_));
    return Status::Ok();
  }

  // The index entries of `old` turned into those of `e` (the same event rewritten): only the keys
  // that change are written. A merge's survivor mostly keeps its span and entities, and each
  // entry deleted and put again was two inserts into a memtable's skip list for nothing.
  Status ReplaceIndexes(rocksdb::WriteBatch& batch, const Event& old, const Event& e) {
    const std::string value = keys::MakeIndexValue({e.time.basis, e.type});
    const bool same_value = value == keys::MakeIndexValue({old.time.basis, old.type});
    const auto before = IndexKeys(old), after = IndexKeys(e);
    for (const auto& entry : before) {
      if (std::find(after.begin(), after.end(), entry) == after.end())
        EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(entry.first), entry.second), dir_));
    }
    for (const auto& entry : after) {
      if (same_value && std::find(before.begin(), before.end(), entry) != before.end()) continue;
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(entry.first), entry.second, value), dir_));
    }
    return Status::Ok();
  }

  Status DeleteIndexes(rocksdb::WriteBatch& batch, const Event& e) {
    for (const auto& [f, key] : IndexKeys(e))
      EG_RETURN_IF_ERROR(FromRocks(batch.Delete(Cf(f), key), dir_));
    return Status::Ok();
  }

  Result<std::optional<Event>> ReadEvent(const rocksdb::ReadOptions& ro, const std::string& id) {
    std::string value;
    rocksdb::Status s = db_->Get(ro, Cf(kEvents), keys::RecordKey(id), &value);
    if (s.IsNotFound()) return std::optional<Event>();
    EG_RETURN_IF_ERROR(FromRocks(s, "events/" + id));
    Result<Event> e = store_values::DecodeEvent(value);
    if (!e.ok()) return e.status().WithPrefix(std::string(keys::kCfEvents) + "/" + id);
    return std::optional<Event>(std::move(e).value());
  }

  Result<std::optional<Entity>> ReadEntity(const rocksdb::ReadOptions& ro, const std::string& id) {
    std::string value;
    rocksdb::Status s = db_->Get(ro, Cf(kEntities), keys::RecordKey(id), &value);
    if (s.IsNotFound()) return std::optional<Entity>();
    EG_RETURN_IF_ERROR(FromRocks(s, "entities/" + id));
    EG_ASSIGN_OR_RETURN(Entity e,
                        DecodeRecord<Entity>(value, EntityFromJson, keys::kCfEntities, id));
    return std::optional<Entity>(std::move(e));
  }

  // Calls `visit(key, value)` for every key of family `f` that starts with `prefix`, in key order.
  // `visit` returns Status (an error aborts the scan) or Result<Scan> (kStop ends it early).
  template <typename Visit>
  Status ScanPrefix(const rocksdb::ReadOptions& ro, Family f, std::string_view prefix,
                    Visit visit) {
    // A scan of a whole family crosses the relation families' prefixes (RelationEndPrefix), so
    // it must not let their Bloom filters skip files.
    rocksdb::ReadOptions options = ro;
    if (prefix.empty()) options.total_order_seek = true;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, Cf(f)));
    return ScanPrefixWith(*it, prefix, visit);
  }

  // The same over an iterator the caller keeps for several scans.
  template <typename Visit>
  Status ScanPrefixWith(rocksdb::Iterator& iterator, std::string_view prefix, Visit visit) {
    rocksdb::Iterator* it = &iterator;
    for (it->Seek(ToSlice(prefix)); it->Valid(); it->Next()) {
      const std::string_view key = ToView(it->key());
      if (key.substr(0, prefix.size()) != prefix) break;
      auto step = visit(key, ToView(it->value()));
      if constexpr (std::is_same_v<decltype(step), Status>) {
        EG_RETURN_IF_ERROR(step);
      } else {
        if (!step.ok()) return step.status();
        if (*step == Scan::kStop) break;
      }
    }
    return FromRocks(it->status(), dir_);
  }

  const std::string dir_;
  const bool read_only_;
  rocksdb::DB* const db_;  // owned; closed and deleted in the destructor after the handles
  const std::vector<rocksdb::ColumnFamilyHandle*> handles_;  // every opened family, owned
  const std::array<rocksdb::ColumnFamilyHandle*, kFamilyCount>
      families_;  // ours, borrowed from handles_

  // Serializes writers (each reads, then writes a batch) and guards counts_.
  std::mutex write_mu_;
  // IngestNewRelations' buffers, kept with their room between ingestions (under write_mu_).
  struct IngestBuffers {
    // A relation's place in one family's key order when the ids are given ranks: by the ranks of
    // the key's first and second id, then the type.
    struct Ranked {
      uint64_t ends;
      uint32_t type, index;
    };
    KeyRun forward, reverse, values;
    std::vector<Ranked> ranked;
    std::vector<uint32_t> unique, reverse_order, place;
  } ingest_buffers_;
  StoreStats counts_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(dir, ec);
  // A missing directory is reported through `ec` as well as through the status; only other errors
  // count.
  if (ec && ec != std::errc::no_such_file_or_directory)
    return Status::IoError(dir + ": " + ec.message());
  ec.clear();
  const bool exists = fs::exists(status);
  if (exists && !fs::is_directory(status))
    return Status::Corruption(NotAStore(dir, "not a directory"));
  const bool empty = !exists || fs::is_empty(dir, ec);
  if (ec) return Status::IoError(dir + ": " + ec.message());

  const bool fresh = empty;
  if (fresh && (!options.create_if_missing || options.read_only)) {
    return Status::NotFound(dir + ": no eventgraph store there");
  }
  // RocksDB creates the store's own directory but not its parents ("--db out/run1/db").
  if (!exists && !fs::create_directories(dir, ec) && ec)
    return Status::IoError(dir + ": " + ec.message());

  // A foreign directory must be refused before RocksDB writes anything into it, so the checks use
  // only what is on disk: RocksDB's CURRENT file and the family list in its manifest.
  rocksdb::Options rocks_options = MakeOptions(/*create=*/fresh);
  std::vector<std::string> present;
  if (!fresh) {
    if (!fs::exists(fs::path(dir) / "CURRENT", ec))
      return Status::Corruption(NotAStore(dir, "no RocksDB CURRENT file"));
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocks_options, dir, &present);
    if (!s.ok())
      return Status::Corruption(NotAStore(dir, "cannot list its column families: " + s.ToString()));
    if (std::find(present.begin(), present.end(), keys::kCfMeta) == present.end()) {
      return Status::Corruption(NotAStore(dir, "a RocksDB database without a meta column family"));
    }
    // A writable open adds families a store lacks; the version check below still judges the store.
    rocks_options.create_missing_column_families = !options.read_only;
  }

  // RocksDB needs every existing family named on a writable open, ours or not.
  std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName};
  for (auto cf : keys::ColumnFamilies()) names.emplace_back(cf);
  for (const auto& name : present) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (options.read_only) {
    std::erase_if(names, [&](const std::string& n) {
      return std::find(present.begin(), present.end(), n) == present.end();
    });
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& name : names) descriptors.emplace_back(name, FamilyOptions(rocks_options, name));

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(rocks_options, dir, descriptors, &handles, &db)
          : rocksdb::DB::Open(rocks_options, dir, descriptors, &handles, &db);
  if (IsLockError(s)) return Status::Busy(dir + " is in use by another process");
  if (!s.ok()) return FromRocks(s, dir);

  std::array<rocksdb::ColumnFamilyHandle*, kFamilyCount> families{};
  std::string missing;
  for (size_t i = 0; i < kFamilyCount; ++i) {
    for (auto* handle : handles) {
      if (handle->GetName() == keys::ColumnFamilies()[i]) families[i] = handle;
    }
    if (families[i] == nullptr)
      missing += (missing.empty() ? "" : ", ") + std::string(keys::ColumnFamilies()[i]);
  }
  auto store =
      std::make_unique<RocksStore>(dir, options.read_only, db, std::move(handles), families);
  if (fresh) {
    EG_RETURN_IF_ERROR(store->Initialize());
  } else {
    // The meta family exists (checked above), so the version check can run before the others are
    // looked at; a store of another version is reported as such, not as missing families.
    EG_RETURN_IF_ERROR(store->CheckFormat());
  }
  if (!missing.empty())
    return Status::Corruption(dir + ": the store lacks column families " + missing);
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace eg
