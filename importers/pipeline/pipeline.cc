#include "importers/pipeline/pipeline.h"

#include <map>
#include <set>

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

}  // namespace

Result<ArticleImport> ImportArticle(Store& store, const Article& article) {
  ArticleImport out;
  EG_ASSIGN_OR_RETURN(std::optional<Article> existing, store.GetArticle(article.id));
  if (existing) return out;  // the same content was imported before: a no-op
  EG_ASSIGN_OR_RETURN(Extraction x, Extract(article));
  out.mentions = x.events.size();
  std::vector<Relation> mention_relations = ExtractTextRelations(article.text, x);
  MergeResult merged = MergeWithinArticle(std::move(x.events), x.entities);
  out.relations = RemapRelations(mention_relations, merged.event_of_mention);
  out.events = std::move(merged.events);
  EG_ASSIGN_OR_RETURN(PutResult put,
                      store.PutArticle(article, ReferencedEntities(x.entities, out.events), out.events));
  out.inserted = put.inserted;
  if (!put.inserted) {
    out.events.clear();
    out.relations.clear();
  }
  return out;
}

Result<ImportSummary> ImportPaths(Store& store, const std::vector<std::string>& paths,
                                  const PipelineOptions& options) {
  ImportSummary summary;
  const Importer* forced = nullptr;
  if (options.format != "auto") {
    forced = FindImporter(options.format);
    if (!forced) return Status::InvalidArgument("unknown input format '" + options.format + "'");
  }
  std::vector<Relation> text_relations;
  Status fatal;
  ForEachInput(paths, [&](const std::string& path, Result<std::string> content) {
    if (!fatal.ok()) return;
    ++summary.files;
    const auto fail = [&](Status s) { summary.failures.push_back({path, std::move(s)}); };
    if (!content.ok()) {
      fail(content.status());
    } else {
      const Importer* importer = forced ? forced : DetectImporter(path, *content);
      if (!importer) {
        fail(Status::Unsupported("not a format eventgraph reads (binary or unknown content)"));
      } else if (auto articles = importer->Parse(path, *content, options.import); !articles.ok()) {
        fail(articles.status());
      } else {
        for (Article& a : *articles) {
          if (a.path.empty()) a.path = path;
          auto done = ImportArticle(store, a);
          if (!done.ok()) {
            fatal = done.status().WithPrefix(path);
            return;
          }
          if (done->inserted) {
            ++summary.articles_new;
            summary.events += done->events.size();
            summary.mentions += done->mentions;
            text_relations.insert(text_relations.end(), done->relations.begin(), done->relations.end());
          } else {
            ++summary.articles_existing;
          }
        }
      }
    }
    if (options.progress) options.progress(summary.files, path);
  });
  if (summary.articles_new > 0) {
    auto link = LinkStore(store, text_relations);
    if (!link.ok() && fatal.ok()) fatal = link.status();
    if (link.ok()) summary.link = *link;
  }
  if (!fatal.ok()) return fatal;
  return summary;
}

}  // namespace eg
