#include "engine/store/store.h"

#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/snapshot.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>

#include "engine/model/json_codec.h"
#include "engine/store/key_format.h"

namespace eg {
namespace {

namespace keys = store_keys;

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
  options.write_buffer_size = 8 << 20;
  options.db_write_buffer_size = 64 << 20;
  options.max_open_files = 256;
  const auto supported = rocksdb::GetSupportedCompressions();
  const bool lz4 =
      std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end();
  options.compression = lz4 ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  return options;
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
        counts.evidence += MergeEvidence(*stored, e);
        pending.emplace(e.id, std::move(*stored));
      } else {
        EG_RETURN_IF_ERROR(PutIndexes(batch, e));
        ++counts.events;
        counts.evidence += e.evidence.size();
        pending.emplace(e.id, e);
      }
    }
    for (const auto& [id, e] : pending)
      EG_RETURN_IF_ERROR(PutValue(batch, kEvents, id, EventToJson(e)));

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
    // Deletes come first: where old and new index keys coincide, the later Put wins in the batch.
    if (old) {
      EG_RETURN_IF_ERROR(DeleteIndexes(batch, *old));
      counts.evidence -= old->evidence.size();
    } else {
      ++counts.events;
    }
    EG_RETURN_IF_ERROR(PutIndexes(batch, event));
    EG_RETURN_IF_ERROR(PutValue(batch, kEvents, event.id, EventToJson(event)));
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
      EG_RETURN_IF_ERROR(PutValue(batch, kRelations, key, RelationToJson(*r)));
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
    // An event's span reaches the window [from, to] when it begins on or before `to` and ends on
    // or after `from`; the sentinels make open sides pass both tests.
    auto reaches = [&](uint32_t begin_day, uint32_t end_day) {
      return begin_day <= to_day && end_day >= from_day;
    };

    std::set<std::string> ids;
    if (!query.entity.empty()) {
      if (!keys::ValidateId(query.entity, "entity id").ok()) return std::vector<Event>();
      // Within one entity the keys run by begin day, so the scan stops at the first later start.
      EG_RETURN_IF_ERROR(ScanPrefix(ro, kEntityEvents, keys::EntityEventsPrefix(query.entity),
                                    [&](std::string_view key, std::string_view) -> Result<Scan> {
                                      EG_ASSIGN_OR_RETURN(keys::EntityEventsKey k,
                                                          keys::ParseEntityEventsKey(key));
                                      if (k.begin_day > to_day) return Scan::kStop;
                                      ids.insert(std::move(k.event_id));
                                      return Scan::kContinue;
                                    }));
    } else {
      // The index runs by begin day, so the scan stops at the first event starting after `to`.
      EG_RETURN_IF_ERROR(ScanPrefix(
          ro, kTimeIndex, "", [&](std::string_view key, std::string_view) -> Result<Scan> {
            EG_ASSIGN_OR_RETURN(keys::TimeIndexKey k, keys::ParseTimeIndexKey(key));
            if (k.begin_day > to_day) return Scan::kStop;
            if (reaches(k.begin_day, k.end_day)) ids.insert(std::move(k.event_id));
            return Scan::kContinue;
          }));
    }

    std::vector<Event> out;
    for (const auto& id : ids) {
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, ReadEvent(ro, id));
      if (!e)
        return Status::Corruption(dir_ + ": an index entry names event " + id +
                                  ", which is not stored");
      if (!reaches(keys::BeginDay(e->time.begin), keys::EndDay(e->time.end))) continue;
      if (!query.type.empty() && e->type != query.type) continue;
      out.push_back(std::move(*e));
    }
    auto order = [](const Event& e) {
      return std::make_tuple(keys::BeginDay(e.time.begin), keys::EndDay(e.time.end),
                             std::string_view(e.id));
    };
    std::sort(out.begin(), out.end(),
              [&](const Event& a, const Event& b) { return order(a) < order(b); });
    return out;
  }

  Result<std::vector<Relation>> Relations() override {
    std::vector<Relation> out;
    EG_RETURN_IF_ERROR(ScanPrefix(
        rocksdb::ReadOptions(), kRelations, "", [&](std::string_view key, std::string_view value) {
          EG_ASSIGN_OR_RETURN(
              Relation r, DecodeRecord<Relation>(value, RelationFromJson, keys::kCfRelations, key));
          out.push_back(std::move(r));
          return Status::Ok();
        }));
    return out;
  }

  Result<StoreStats> Stats() override {
    std::lock_guard<std::mutex> lock(write_mu_);
    return counts_;
  }

 private:
  rocksdb::ColumnFamilyHandle* Cf(Family f) const { return families_[f]; }

  static std::array<std::pair<std::string_view, uint64_t*>, 5> CountFields(StoreStats& c) {
    return {{{keys::kMetaCountArticles, &c.articles},
             {keys::kMetaCountEntities, &c.entities},
             {keys::kMetaCountEvents, &c.events},
             {keys::kMetaCountRelations, &c.relations},
             {keys::kMetaCountEvidence, &c.evidence}}};
  }

  Status CheckWritable() const {
    if (read_only_) return Status::Unsupported(dir_ + " was opened read-only");
    return Status::Ok();
  }

  Status Write(rocksdb::WriteBatch& batch) {
    return FromRocks(db_->Write(rocksdb::WriteOptions(), &batch), dir_);
  }

  Status PutValue(rocksdb::WriteBatch& batch, Family f, std::string_view id, const Json& json) {
    return FromRocks(batch.Put(Cf(f), ToSlice(keys::RecordKey(id)), ToCbor(json)), dir_);
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
    const uint32_t begin = keys::BeginDay(e.time.begin);
    out.emplace_back(kTimeIndex, keys::MakeTimeIndexKey({begin, keys::EndDay(e.time.end), e.id}));
    for (const auto& entity : IndexedEntities(e)) {
      out.emplace_back(kEntityEvents, keys::MakeEntityEventsKey({entity, begin, e.id}));
    }
    return out;
  }

  Status PutIndexes(rocksdb::WriteBatch& batch, const Event& e) {
    for (const auto& [f, key] : IndexKeys(e))
      EG_RETURN_IF_ERROR(FromRocks(batch.Put(Cf(f), key, ""), dir_));
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
    EG_ASSIGN_OR_RETURN(Event e, DecodeRecord<Event>(value, EventFromJson, keys::kCfEvents, id));
    return std::optional<Event>(std::move(e));
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
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, Cf(f)));
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
  for (const auto& name : names)
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions(rocks_options));

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
