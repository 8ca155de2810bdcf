#include "importers/extract/extract.h"

#include <exception>
#include <string>

#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/events/events.h"

namespace eg {

Result<Extraction> Extract(const Article& article) {
  // Boost's date arithmetic and the standard containers can throw; nothing may escape.
  try {
    Extraction out;
    out.sentences = SplitSentences(article.text);
    out.timexes = TagTimexes(article.text, article.published);
    Document doc = AnalyzeDocument(article.text, out.sentences);
    EntityAnalysis entities = RecognizeEntities(doc);
    out.events = ExtractEvents(doc, entities, out.timexes, article.id, article.published);
    out.entities = std::move(entities.entities);
    return out;
  } catch (const std::exception& e) {
    return Status::Internal("extraction of '" + article.path + "' failed: " + e.what());
  }
}

}  // namespace eg
