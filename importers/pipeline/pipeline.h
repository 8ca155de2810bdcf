// The import pipeline: inputs -> importer -> extraction -> within-article merge -> store -> linking.
// The CLI's `import` is a thin wrapper over ImportPaths; everything it does, a library user can do.
#ifndef EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_
#define EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "engine/base/status.h"
#include "engine/graph/graph.h"
#include "engine/model/article.h"
#include "engine/store/store.h"
#include "importers/importer.h"

namespace eg {

struct PipelineOptions {
  std::string format = "auto";  // an importer name, or "auto" to sniff each input
  ImportOptions import;
  // Called after each input file with the number of files done and the path; for progress display.
  std::function<void(size_t files_done, const std::string& path)> progress;
};

struct InputFailure {
  std::string path;
  Status status;  // the reason, without the path
};

struct ImportSummary {
  size_t files = 0;              // inputs read (failed ones included)
  size_t articles_new = 0;
  size_t articles_existing = 0;  // already in the store: nothing changed
  size_t events = 0;             // events stored from the new articles (after merging)
  size_t mentions = 0;           // event mentions found before merging
  std::vector<InputFailure> failures;
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

// Imports every input under `paths` (files, directories, "-"). A bad input is recorded in
// `failures` and the batch goes on; the returned Status fails only when the store itself fails,
// which stops the batch (what was stored before stays stored: each article is one atomic batch).
Result<ImportSummary> ImportPaths(Store& store, const std::vector<std::string>& paths,
                                  const PipelineOptions& options);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_PIPELINE_PIPELINE_H_
