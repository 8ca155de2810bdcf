// Store: the persistent event graph, an embedded RocksDB database (engine/store is the only place
// that knows it). Layout and keys: engine/store/FORMAT.md.
//
// Thread safety: a Store may be used from several threads at once. Only one process may hold a
// store open; a second Open fails with kBusy naming the directory.
#ifndef EVENTGRAPH_ENGINE_STORE_STORE_H_
#define EVENTGRAPH_ENGINE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
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
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t entities = 0;
  uint64_t events = 0;
  uint64_t relations = 0;
  uint64_t evidence = 0;      // pieces of evidence over all events
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

  virtual Result<std::optional<Article>> GetArticle(const std::string& id) = 0;
  virtual Result<std::optional<Event>> GetEvent(const std::string& id) = 0;
  virtual Result<std::optional<Entity>> GetEntity(const std::string& id) = 0;

  // All articles / entities, in id order.
  virtual Result<std::vector<Article>> Articles(bool with_text = true) = 0;
  virtual Result<std::vector<Entity>> Entities() = 0;
  // Events matching `query`, ordered by (begin day, end day, id); open begins sort first.
  virtual Result<std::vector<Event>> Events(const EventQuery& query = {}) = 0;
  // Relations, in (from, to) order.
  virtual Result<std::vector<Relation>> Relations() = 0;

  virtual Result<StoreStats> Stats() = 0;
};

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_STORE_STORE_H_
