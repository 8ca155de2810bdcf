#include "importers/extract/extract.h"

#include <exception>
#include <string>

#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/entities/geo.h"
#include "importers/extract/events/events.h"
#include "importers/extract/words/lexicon.h"

namespace eg {

Result<Extraction> Extract(const Article& article, const ExtractOptions& options) {
  // The reference data is loaded once per process; a missing package is an error, not a silent
  // drop to a poorer extraction.
  EG_RETURN_IF_ERROR(Lexicon::Shared().status());
  EG_RETURN_IF_ERROR(GeoData::Shared().status());
  // Boost's date arithmetic and the standard containers can throw; nothing may escape.
  try {
    Extraction out;
    out.sentences = SplitSentences(article.text);
    out.timexes = TagTimexes(article.text, article.published);
    Document doc = AnalyzeDocument(article.text, out.sentences);
    EntityAnalysis entities = RecognizeEntities(doc);
    out.events = ExtractEvents(doc, entities, out.timexes, article.id, article.published,
                               options.keep_bare_events);
    out.entities = std::move(entities.entities);
    return out;
  } catch (const std::exception& e) {
    return Status::Internal("extraction of '" + article.path + "' failed: " + e.what());
  }
}

}  // namespace eg
