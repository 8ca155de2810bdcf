// Store: the persistent event graph, an embedded RocksDB database (engine/store is the only place
// that knows it). Layout and keys: engine/store/FORMAT.md.
//
// Thread safety: a Store may be used from several threads at once. Only one process may hold a
// store open; a second Open fails with kBusy naming the directory.
#ifndef EVENTGRAPH_ENGINE_STORE_STORE_H_
#define EVENTGRAPH_ENGINE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/model/json_codec.h"
#include "engine/model/relation.h"

namespace eg {

struct StoreOptions {
  bool create_if_missing = true;  // false: a missing store is kNotFound
  bool read_only = false;         // read-only opens do not take the writer's lock
};

// Which events to read. Empty fields do not filter.
struct EventQuery {
  std::optional<Date> from;   // events whose span reaches on or after this day (open bounds match)
  std::optional<Date> to;     // events whose span starts on or before this day (open bounds match)
  std::string entity;         // an entity id: events where it participates or is the location
  std::string type;           // taxonomy type name
  std::string place;          // an entity id: events located there
  std::string country;        // ISO alpha-2: events located in that country (or the country itself)
  std::string text;           // case-insensitive substring of the label or a trigger
  size_t limit = 0;           // at most this many (the first in time order); 0 = all
  int min_sources = 0;        // LoadGraph: only events reported by at least this many independent sources
  uint32_t max_span_days = 0;  // IndexScan only: 0 = any span; else closed spans this long or shorter
  // IndexScan only: 0 = any span; else only closed spans longer than this, and open ones. With
  // max_span_days set to the same number, the two scans split the entries between them.
  uint32_t min_span_days = 0;
};

// One index entry: what the time and entity indexes know of an event without reading it.
struct IndexedEvent {
  std::string id;
  std::optional<Date> begin, end;
  TimeBasis basis = TimeBasis::kPublication;
  std::string type;
};

// The undo record of one cross-article merge (engine/graph): `absorbed` was merged into `into`.
struct MergeRecord {
  std::string absorbed;
  std::string into;
  std::string rule;
  double score = 0.0;
  Event absorbed_before;  // the absorbed event as it was stored before the merge
  Event into_before;      // the surviving event as it was before this merge
  std::vector<Relation> relations;  // the absorbed event's relations before the merge
};

// An event waiting to be linked, with its span (to process pending events in time order).
struct PendingEvent {
  std::string id;
  std::optional<Date> begin, end;
  bool fresh = true;  // written by PutArticle (may be merged); false: marked to relink only
};

// A chain of events that share a participant and a topic, in time order.
struct Storyline {
  std::string id;                     // "story:" + topic + ":" + entity id
  std::string label;                  // "Kaja Kallas: diplomacy"
  std::string topic;                  // "diplomacy", "conflict", "aid", ...
  std::vector<std::string> entities;  // the shared participants
  std::vector<std::string> events;    // event ids, in time order
  bool operator==(const Storyline&) const = default;
};

// The storyline's JSON, as stored and exported: {id, label, topic, entities, events}. Inline, so
// that exporters, which do not link the store, can write it.
inline Json StorylineToJson(const Storyline& s) {
  return Json{{"id", s.id}, {"label", s.label}, {"topic", s.topic}, {"entities", s.entities}, {"events", s.events}};
}
inline Result<Storyline> StorylineFromJson(const Json& j) {
  Storyline s;
  try {
    s.id = j.at("id").get<std::string>();
    s.label = j.at("label").get<std::string>();
    s.topic = j.at("topic").get<std::string>();
    s.entities = j.at("entities").get<std::vector<std::string>>();
    s.events = j.at("events").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(std::string("storyline: ") + e.what());
  }
  return s;
}

// A relation whose ends are views of ids that the caller keeps
// (GraphChange::put_new_relation_views).
struct RelationView {
  std::string_view from, to;
  RelationType type = RelationType::kVague;
  RelationBasis basis = RelationBasis::kTime;
  double confidence = 1.0;
  uint32_t possible = 0;
  // Optional ranks of the ends (GraphChange::relation_views_ranked): numbers whose order is the
  // byte order of the ids, equal for equal ids, so that the store can sort keys by them.
  uint32_t from_rank = 0, to_rank = 0;
};
// `r` as a view (valid as long as `r`).
inline RelationView ViewOf(const Relation& r) {
  return RelationView{r.from, r.to, r.type, r.basis, r.confidence, r.possible};
}

// One atomic change of the event graph: applied as one WriteBatch, deletions before writes.
struct GraphChange {
  std::vector<std::string> erase_events;   // with their index entries and every relation touching them
  // As erase_events, for events the caller knows no stored relation touches (never linked), or
  // whose stored relations this change lists in erase_relations: their relations are not looked
  // for. A wrong promise leaves those relations behind.
  std::vector<std::string> erase_unrelated_events;
  std::vector<Event> put_events;           // replaced with their index entries (as PutEvent)
  std::vector<Relation> erase_relations;   // by (from, to, type); absent ones are ignored
  std::vector<Relation> put_relations;     // by (from, to, type); replaces a stored one
  // Relations the caller knows are not stored (no relation of either end's pair was ever
  // written, e.g. both ends were never linked): written as put_relations without reading whether
  // they exist. A wrong promise leaves the relation correct but the store's count too high.
  std::vector<Relation> put_new_relations;
  // The same promise, the ends as views that must stay valid until Apply returns: a linker that
  // writes millions of relations between its own events need not copy two ids for each.
  std::vector<RelationView> put_new_relation_views;
  // Whether every view of put_new_relation_views carries ranks of its ends (RelationView) and no
  // two views have the same ends and type: the store then orders their keys by the ranks instead
  // of comparing the keys' bytes. Only read when put_new_relations is empty.
  bool relation_views_ranked = false;
  std::vector<std::string> erase_merges;   // merge records by absorbed id
  std::vector<MergeRecord> put_merges;
  std::vector<std::string> erase_storylines;
  std::vector<Storyline> put_storylines;
  std::vector<std::string> mark_pending;   // events to link again (relink only, never merged)
  std::vector<std::string> clear_pending;  // events linked
  // Optional: the stored record of an event that this change erases or rewrites, when the caller
  // holds it (a linker that has read it): Apply then does not read it. It must be the record
  // exactly as stored, as its index entries are deleted by what it says; nullptr: not known.
  std::function<const Event*(const std::string& event_id)> stored;
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t entities = 0;
  uint64_t events = 0;
  uint64_t relations = 0;
  uint64_t evidence = 0;      // pieces of evidence over all events
  uint64_t merged = 0;        // merge records (events merged into others across articles)
  uint64_t storylines = 0;
};

// What PutArticle did.
struct PutResult {
  bool inserted = false;  // false: the article was already stored and nothing changed
};

class Store {
 public:
  // Opens or creates the store in directory `dir`. Fails with kBusy when another process holds it,
  // kCorruption when `dir` exists and is not an eventgraph store (non-empty, no format marker) or its
  // format version is not ours, kNotFound when missing and !create_if_missing.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const StoreOptions& options = {});

  virtual ~Store() = default;

  // Writes the article, its events and the entities they reference, with all index entries, in one
  // atomic batch. When an article with the same id is stored already, nothing is written and
  // `inserted` is false. Entities already stored under the same id are merged (MergeEntity).
  virtual Result<PutResult> PutArticle(const Article& article, const std::vector<Entity>& entities,
                                       const std::vector<Event>& events) = 0;

  // Replaces one event (same id) and its index entries atomically; used by the engine's merging.
  virtual Status PutEvent(const Event& event) = 0;
  // Deletes an event and its index entries and relations.
  virtual Status DeleteEvent(const std::string& event_id) = 0;

  // Replaces the whole relation set atomically (forward and reverse index).
  virtual Status ReplaceRelations(const std::vector<Relation>& relations) = 0;

  // Applies `change` atomically (see GraphChange). Fails with kInvalidArgument on a bad id; an
  // erased event that is not stored is ignored.
  virtual Status Apply(const GraphChange& change) = 0;

  // Events written by PutArticle (or marked by Apply) and not yet linked, in id order.
  virtual Result<std::vector<PendingEvent>> PendingEvents() = 0;
  // Every relation from or to `event_id`.
  virtual Result<std::vector<Relation>> RelationsOf(const std::string& event_id) = 0;
  // The index entries of events matching the time window of `query` and its `entity` (or all),
  // in (begin, end, id) order, read from the indexes alone (type and limit apply; place, country
  // and text do not, as they need the records).
  virtual Result<std::vector<IndexedEvent>> IndexScan(const EventQuery& query) = 0;
  // Visits every stored event in id order as its id and its record's bytes (the events value,
  // which store_values::DecodeEvent and ReadEventHead read): one sequential pass that leaves the
  // block cache alone, for a caller that keeps most events' records (linking a bulk import) where
  // reading each back would seek for it. The views are valid during the visit only. Stops at the
  // first visit that fails and returns its status.
  virtual Status ForEachEventRecord(
      const std::function<Status(std::string_view id, std::string_view record)>& visit) = 0;
  // Number of index entries of `entity_id` (events naming it).
  virtual Result<uint64_t> CountEntityEvents(const std::string& entity_id) = 0;

  virtual Result<std::optional<MergeRecord>> GetMerge(const std::string& absorbed_id) = 0;
  virtual Result<std::optional<Storyline>> GetStoryline(const std::string& id) = 0;
  // All storylines, in id order.
  virtual Result<std::vector<Storyline>> Storylines() = 0;

  // Writes an entity (merging into a stored one of the same id) or deletes one; used when
  // linking resolves aliases across articles. Deleting an entity does not touch events.
  virtual Status PutEntity(const Entity& entity) = 0;
  virtual Status DeleteEntity(const std::string& entity_id) = 0;

  // The entity-name index (FORMAT.md, entity_names): name keys that engine/graph derives from
  // entity names ("person/surname/kallas"), each filing one or more entity ids. Erases, then puts,
  // in one atomic batch; erasing an absent pair is a no-op. Fails with kInvalidArgument on an
  // empty key or id or one with a 0x00 byte.
  virtual Status UpdateEntityNames(const std::vector<std::pair<std::string, std::string>>& erase,
                                   const std::vector<std::pair<std::string, std::string>>& put) = 0;
  // The entity ids filed under `name_key`, in id order (none for an invalid key).
  virtual Result<std::vector<std::string>> EntitiesNamed(const std::string& name_key) = 0;

  virtual Result<std::optional<Article>> GetArticle(const std::string& id) = 0;
  virtual Result<std::optional<Event>> GetEvent(const std::string& id) = 0;
  // The events `ids` name, in the same order (nullopt where one is not stored), read in one
  // batch: cheaper than one GetEvent each when there are many.
  virtual Result<std::vector<std::optional<Event>>> GetEvents(const std::vector<std::string>& ids) = 0;
  virtual Result<std::optional<Entity>> GetEntity(const std::string& id) = 0;

  // All articles / entities, in id order.
  virtual Result<std::vector<Article>> Articles(bool with_text = true) = 0;
  virtual Result<std::vector<Entity>> Entities() = 0;
  // Events matching `query`, ordered by (begin day, end day, id); open begins sort first. The
  // work is proportional to the events returned (plus, per span bucket, those that start within
  // the bucket's longest span before `from`), not to the store's size.
  virtual Result<std::vector<Event>> Events(const EventQuery& query = {}) = 0;
  // Relations, in (from, to) order.
  virtual Result<std::vector<Relation>> Relations() = 0;

  virtual Result<StoreStats> Stats() = 0;

  // Returns once the store's background work (flushes and compactions, which RocksDB runs on
  // threads of its own after writes) is done and none is wanted: for a benchmark that charges each
  // step only with the work it causes.
  virtual Status WaitForBackgroundWork() = 0;
};

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_STORE_STORE_H_
