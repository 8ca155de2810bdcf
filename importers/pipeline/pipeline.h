// The import pipeline: inputs -> importer -> extraction -> within-article merge -> store -> linking.
// The CLI's `import` is a thin wrapper over ImportPaths; everything it does, a library user can do.
#ifndef EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_
#define EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/base/status.h"
#include "engine/graph/graph.h"
#include "engine/model/article.h"
#include "engine/store/store.h"
#include "importers/importer.h"

namespace eg {

// Where a batch is, for a progress display.
struct ImportProgress {
  size_t files_done = 0;
  size_t files_total = 0;
  size_t items_done = 0;       // articles and records handled (stored, skipped or failed)
  uint64_t bytes_done = 0;     // raw bytes read (compressed bytes for .gz)
  uint64_t bytes_total = 0;    // sum of the file sizes; 0 when unknown (standard input, FIFOs)
  std::string path;            // the input being read
};

struct PipelineOptions {
  std::string format = "auto";  // an importer name, or "auto" to sniff each input
  ImportOptions import;
  // Threads that run extraction. Results are stored in input order whatever the number, so the
  // store's content does not depend on it. 0 counts as 1.
  size_t jobs = 1;
  // Called on the calling thread after each item and each file; for progress display.
  std::function<void(const ImportProgress&)> progress;
};

struct InputFailure {
  std::string path;
  Status status;  // the reason, without the path; an item's reason starts with its position ("line 3: ")
};

struct ImportSummary {
  size_t files = 0;              // inputs read (failed ones included)
  size_t items = 0;              // articles and records seen, failed ones included
  uint64_t bytes = 0;            // raw bytes read
  size_t articles_new = 0;       // articles extracted and stored
  size_t articles_existing = 0;  // already in the store: nothing changed
  size_t records_new = 0;        // structured records (ACLED, GDELT rows) stored
  size_t records_existing = 0;   // structured records already in the store
  size_t events = 0;             // events stored from the new articles (after merging) and records
  size_t mentions = 0;           // event mentions found in new articles before merging
  std::vector<InputFailure> failures;  // in input order
  LinkReport link;
};

// What one article gave.
struct ArticleImport {
  bool inserted = false;
  size_t mentions = 0;
  std::vector<Event> events;        // after merging
  std::vector<Relation> relations;  // text relations between `events`
};

// Extracts one article and stores it with its entities and merged events in one batch. Does not
// link: call LinkStore with the returned relations (ImportPaths does, once per batch).
Result<ArticleImport> ImportArticle(Store& store, const Article& article);

// Imports every input under `paths` (files, directories, "-", .gz; registry.h ExpandInputs and
// OpenInput). Record formats are streamed item by item. A bad input or item is recorded in
// `failures` and the batch goes on; the returned Status fails only when the store itself fails,
// which stops the batch (what was stored before stays stored: each article is one atomic batch),
// or when options.format names no importer. Links the store once at the end.
Result<ImportSummary> ImportPaths(Store& store, const std::vector<std::string>& paths,
                                  const PipelineOptions& options);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_
