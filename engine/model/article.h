// Article: one normalized input document.
#ifndef EVENTGRAPH_ENGINE_MODEL_ARTICLE_H_
#define EVENTGRAPH_ENGINE_MODEL_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/model/time_span.h"

namespace eg {

struct Article {
  std::string id;           // ArticleId(url or text): a content hash
  std::string title;
  std::optional<Date> published;  // the document creation date (DCT) that anchors relative times
  std::string published_time;     // "14:08:36" when the source gives it, else empty
  std::string text;         // the body, UTF-8; all evidence offsets point into it
  std::string url;
  std::string source;       // the outlet or feed name ("BORNA")
  std::string path;         // the file it came from, for messages
  std::string format;       // the importer's Name(): "text", "html", ...
  std::vector<std::string> authors;  // bylines, as the source names them; may be empty
  std::string language;     // as declared by the source ("en", "en-US"); empty when unknown

  bool operator==(const Article&) const = default;
};

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_ARTICLE_H_
