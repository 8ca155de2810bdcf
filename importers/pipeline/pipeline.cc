#include "importers/pipeline/pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "engine/graph/entities.h"
#include "importers/extract/extract.h"
#include "importers/extract/relations/text_relations.h"
#include "importers/registry.h"

namespace eg {
namespace {

// Only the entities the stored events reference are kept: a name mentioned in passing is not part
// of the graph.
std::vector<Entity> ReferencedEntities(const std::vector<Entity>& all, const std::vector<Event>& events) {
  std::set<std::string> used;
  for (const auto& e : events) {
    for (const auto& p : e.participants) used.insert(p.entity);
    if (e.location) used.insert(e.location->entity);
  }
  std::vector<Entity> out;
  for (const auto& ent : all) {
    if (!used.count(ent.id)) continue;
    Entity copy = ent;
    copy.mentions.clear();
    out.push_back(std::move(copy));
  }
  return out;
}

// The pure part of importing an article: extraction, relations and merging. Safe to run on several
// threads at once.
struct Prepared {
  size_t mentions = 0;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
};

Result<Prepared> PrepareArticle(const Article& article) {
  Prepared out;
  EG_ASSIGN_OR_RETURN(Extraction x, Extract(article));
  out.mentions = x.events.size();
  std::vector<Relation> mention_relations = ExtractTextRelations(article.text, x);
  MergeResult merged = MergeWithinArticle(std::move(x.events), x.entities);
  out.relations = RemapRelations(mention_relations, merged.event_of_mention);
  out.events = std::move(merged.events);
  out.entities = ReferencedEntities(x.entities, out.events);
  return out;
}

// One unit on its way through the batch: an item to store, or a failure to record in its turn.
struct Slot {
  size_t seq = 0;
  std::string path;
  Status failure;  // non-OK: nothing to store, only this to report
  ImportItem item;
  bool ready = false;     // prepared (or nothing to prepare)
  bool existing = false;  // found in the store before extraction: skipped
  Result<Prepared> prepared = Status::Internal("not prepared");
};

// Runs a batch: the calling thread reads inputs and stores results in input order; `jobs - 1`
// worker threads (none when jobs is 1) run extraction. At most kInFlightPerJob * jobs items wait,
// so memory stays bounded however large the input.
class Batch {
 public:
  Batch(Store& store, const PipelineOptions& options) : store_(store), options_(options) {
    jobs_ = std::max<size_t>(options.jobs, 1);
    for (size_t i = 1; i < jobs_; ++i) workers_.emplace_back([this] { Work(); });
  }

  ~Batch() {
    {
      std::lock_guard lock(mu_);
      closing_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
  }

  // Hands over one item or failure; stores whatever is ready in order. Returns false once the store
  // has failed (then the batch should stop).
  bool Submit(const std::string& path, Result<ImportItem> item) {
    auto slot = std::make_unique<Slot>();
    slot->seq = next_seq_++;
    slot->path = path;
    if (!item.ok()) {
      slot->failure = item.status();
      slot->ready = true;
    } else {
      slot->item = std::move(item).value();
      if (slot->item.article.path.empty()) slot->item.article.path = path;
      if (slot->item.structured) slot->ready = true;
    }
    Slot* raw = slot.get();
    {
      std::unique_lock lock(mu_);
      pending_.emplace(raw->seq, std::move(slot));
      if (!raw->ready) {
        if (jobs_ == 1) {
          lock.unlock();
          Prepare(*raw);
          lock.lock();
          raw->ready = true;
        } else {
          queue_.push_back(raw);
          work_cv_.notify_one();
        }
      }
    }
    return CommitReady(/*wait=*/false);
  }

  // Stores everything still pending. Returns false when the store failed.
  bool Drain() { return CommitReady(/*wait=*/true); }

  void SetCurrent(const std::string& path, InputStream* input) {
    progress_.path = path;
    input_ = input;
  }
  void FileDone() {
    ++progress_.files_done;
    if (input_) base_bytes_ += input_->BytesRead();
    input_ = nullptr;
    Report();
  }

  ImportSummary& summary() { return summary_; }
  ImportProgress& progress() { return progress_; }
  const Status& fatal() const { return fatal_; }
  uint64_t bytes() const { return base_bytes_ + (input_ ? input_->BytesRead() : 0); }
  std::vector<Relation>& text_relations() { return text_relations_; }

 private:
  void Prepare(Slot& slot) {
    const Article& article = slot.item.article;
    auto existing = store_.GetArticle(article.id);
    if (existing.ok() && *existing) {
      slot.existing = true;
      return;
    }
    // Extraction does not throw by contract; a thread must still never end the process.
    try {
      slot.prepared = PrepareArticle(article);
    } catch (const std::exception& e) {
      slot.prepared = Status::Internal(std::string("extraction failed: ") + e.what());
    }
  }

  void Work() {
    while (true) {
      Slot* slot = nullptr;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [this] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;
        slot = queue_.front();
        queue_.pop_front();
      }
      Prepare(*slot);
      {
        std::lock_guard lock(mu_);
        slot->ready = true;
      }
      done_cv_.notify_all();
    }
  }

  // Stores ready slots in sequence order. With `wait`, waits for every pending slot; without, waits
  // only while too many are in flight.
  bool CommitReady(bool wait) {
    const size_t limit = wait ? 0 : kInFlightPerJob * jobs_;
    while (fatal_.ok()) {
      std::unique_ptr<Slot> slot;
      {
        std::unique_lock lock(mu_);
        if (pending_.empty()) break;
        auto it = pending_.begin();
        if (!it->second->ready) {
          if (pending_.size() <= limit) break;
          done_cv_.wait(lock, [&] { return it->second->ready; });
        }
        slot = std::move(it->second);
        pending_.erase(it);
      }
      Commit(*slot);
    }
    return fatal_.ok();
  }

  void Commit(Slot& slot) {
    ++summary_.items;
    ++progress_.items_done;
    if (!slot.failure.ok()) {
      summary_.failures.push_back({slot.path, slot.failure});
    } else if (slot.item.structured) {
      auto put = store_.PutArticle(slot.item.article, slot.item.entities, slot.item.events);
      if (!put.ok()) {
        fatal_ = put.status().WithPrefix(slot.path);
        return;
      }
      if (put->inserted) {
        ++summary_.records_new;
        summary_.events += slot.item.events.size();
      } else {
        ++summary_.records_existing;
      }
    } else if (slot.existing) {
      ++summary_.articles_existing;
    } else if (!slot.prepared.ok()) {
      const std::string& where = slot.item.where;
      summary_.failures.push_back({slot.path, where.empty() ? slot.prepared.status() : slot.prepared.status().WithPrefix(where)});
    } else {
      Prepared& p = *slot.prepared;
      auto put = store_.PutArticle(slot.item.article, p.entities, p.events);
      if (!put.ok()) {
        fatal_ = put.status().WithPrefix(slot.path);
        return;
      }
      if (put->inserted) {
        ++summary_.articles_new;
        summary_.events += p.events.size();
        summary_.mentions += p.mentions;
        text_relations_.insert(text_relations_.end(), p.relations.begin(), p.relations.end());
      } else {
        ++summary_.articles_existing;
      }
    }
    Report();
  }

  void Report() {
    if (!options_.progress) return;
    progress_.bytes_done = bytes();
    options_.progress(progress_);
  }

  static constexpr size_t kInFlightPerJob = 4;

  Store& store_;
  const PipelineOptions& options_;
  size_t jobs_ = 1;
  std::vector<std::thread> workers_;

  std::mutex mu_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<Slot*> queue_;                         // waiting for a worker; guarded by mu_
  std::map<size_t, std::unique_ptr<Slot>> pending_;  // not yet stored, by sequence; guarded by mu_
  bool closing_ = false;                            // guarded by mu_

  // Touched by the calling thread only.
  size_t next_seq_ = 0;
  Status fatal_;
  ImportSummary summary_;
  ImportProgress progress_;
  InputStream* input_ = nullptr;
  uint64_t base_bytes_ = 0;
  std::vector<Relation> text_relations_;
};

}  // namespace

Result<ArticleImport> ImportArticle(Store& store, const Article& article) {
  ArticleImport out;
  EG_ASSIGN_OR_RETURN(std::optional<Article> existing, store.GetArticle(article.id));
  if (existing) return out;  // the same content was imported before: a no-op
  EG_ASSIGN_OR_RETURN(Prepared p, PrepareArticle(article));
  out.mentions = p.mentions;
  EG_ASSIGN_OR_RETURN(PutResult put, store.PutArticle(article, p.entities, p.events));
  out.inserted = put.inserted;
  if (put.inserted) {
    out.events = std::move(p.events);
    out.relations = std::move(p.relations);
  }
  return out;
}

Result<ImportSummary> ImportPaths(Store& store, const std::vector<std::string>& paths,
                                  const PipelineOptions& options) {
  const Importer* forced = nullptr;
  if (options.format != "auto") {
    forced = FindImporter(options.format);
    if (!forced) return Status::InvalidArgument("unknown input format '" + options.format + "'");
  }
  const std::vector<InputEntry> entries = ExpandInputs(paths);
  Batch batch(store, options);
  batch.progress().files_total = entries.size();
  bool sizes_known = true;
  for (const InputEntry& e : entries) {
    if (e.error.ok() && !e.size) sizes_known = false;
    batch.progress().bytes_total += e.size.value_or(0);
  }
  if (!sizes_known) batch.progress().bytes_total = 0;

  // Reads one input; false once the store has failed and the batch must stop.
  std::unique_ptr<InputStream> current;  // outlives import_one, so FileDone can read its byte count
  const auto import_one = [&](const InputEntry& entry) {
    const std::string& path = entry.path;
    const std::string name = path == "-" ? "standard input" : path;
    // A failure of the whole input, reported after the items it gave. Messages from the input layer
    // name the path already; the summary adds it again.
    const auto fail = [&](const Status& s) {
      const std::string prefix = name + ": ";
      const std::string& m = s.message();
      return batch.Submit(path, Status(s.code(), m.starts_with(prefix) ? m.substr(prefix.size()) : m));
    };
    if (!entry.error.ok()) return fail(entry.error);
    auto opened = OpenInput(path);
    if (!opened.ok()) return fail(opened.status());
    current = std::move(opened).value();
    InputStream& input = *current;
    batch.SetCurrent(path, &input);
    const Importer* importer = forced ? forced : DetectImporter(input.SniffPath(), input.head());
    if (!importer) return fail(Status::Unsupported("not a format eventgraph reads (binary or unknown content)"));
    bool store_ok = true;
    const Status read = importer->Read(path, input.stream(), options.import, [&](Result<ImportItem> item) {
      if (store_ok) store_ok = batch.Submit(path, std::move(item));
    });
    if (!store_ok) return false;
    // A cut-off gzip stream or a read error ends the stream early, and explains a parse error.
    if (!input.status().ok()) return fail(input.status());
    if (!read.ok()) return fail(read);
    return true;
  };
  for (const InputEntry& entry : entries) {
    ++batch.summary().files;
    const bool go_on = import_one(entry);
    batch.FileDone();  // before the input is closed: it reads the input's byte count
    current.reset();
    if (!go_on) break;
  }
  batch.Drain();
  ImportSummary summary = std::move(batch.summary());
  summary.bytes = batch.bytes();
  Status fatal = batch.fatal();
  if (summary.articles_new + summary.records_new > 0) {
    // Aliases fold into their entities first, so merging and storylines see one id per entity.
    auto resolved = ResolveEntities(store);
    if (!resolved.ok() && fatal.ok()) fatal = resolved.status();
    auto link = LinkStore(store, batch.text_relations());
    if (!link.ok() && fatal.ok()) fatal = link.status();
    if (link.ok()) summary.link = *link;
    if (resolved.ok()) summary.link.entities_folded = resolved->folds.size();
  }
  if (!fatal.ok()) return fatal;
  return summary;
}

}  // namespace eg
