// Importer: turns the bytes of one input into articles. One folder per format, each with a
// New...Importer() factory; the registry (importers/registry.h) lists them explicitly.
#ifndef EVENTGRAPH_IMPORTERS_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_IMPORTER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"

namespace eg {

struct ImportOptions {
  std::optional<Date> date_override;  // --date: replaces the publication date found in the input
};

class Importer {
 public:
  virtual ~Importer() = default;
  // Stable name, written into provenance (Article::format) and accepted by --format.
  virtual std::string_view Name() const = 0;
  // How well `content` (whose file name is `path`, possibly "-") looks like this format: 0 = not at
  // all, 100 = certainly. Used for --format auto.
  virtual int Sniff(std::string_view path, std::string_view content) const = 0;
  // Parses one input. Fails with a Status whose message says why (the caller adds the file name):
  // empty input, binary data, invalid UTF-8 (with the byte offset), missing body.
  virtual Result<std::vector<Article>> Parse(std::string_view path, std::string_view content,
                                             const ImportOptions& options) const = 0;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_IMPORTER_H_
