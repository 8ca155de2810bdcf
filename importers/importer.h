// Importer: turns the bytes of one input into articles, or (for structured event data such as ACLED
// and GDELT) directly into events. One folder per format, each with a New...Importer() factory; the
// registry (importers/registry.h) lists them explicitly.
//
// Two ways to implement one:
//  - whole-document formats (a text file, an HTML page, a feed) implement Parse() over the bytes;
//  - record formats (JSON Lines, CSV, TSV) override Read() and stream: each record is handed to the
//    sink as soon as it is parsed, so memory stays bounded on a 2 GB dump.
// Importers are stateless; Parse and Read may run concurrently on different inputs.
#ifndef EVENTGRAPH_IMPORTERS_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_IMPORTER_H_

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"

namespace eg {

struct ImportOptions {
  std::optional<Date> date_override;  // --date: replaces the publication date found in the input
};

// One unit of imported material.
//  - An article to run extraction on: `article` set, `events` empty, `structured` false.
//  - Structured events (a GDELT or ACLED row): `structured` true, `events` (with their `entities`)
//    are stored as they are, without extraction; `article` is their provenance record (id = a hash of
//    the source's own row id, url = the source URL, text = the row's notes or a readable rendering),
//    which the events' evidence points at.
struct ImportItem {
  Article article;
  bool structured = false;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::string where;  // position in the input for messages: "line 17", "item 3"; empty for a whole file
};

// Receives each item, or a failed item: the Status says why, and the batch goes on.
using ItemSink = std::function<void(Result<ImportItem>)>;

class Importer {
 public:
  virtual ~Importer() = default;
  // Stable name, written into provenance (Article::format) and accepted by --format.
  virtual std::string_view Name() const = 0;
  // How well the input looks like this format: 0 = not at all, 100 = certainly. `head` is the start
  // of the (decompressed) content, up to 64 KiB; `path` is the file name ("-" for stdin, without a
  // trailing ".gz"). Used for --format auto.
  virtual int Sniff(std::string_view path, std::string_view head) const = 0;
  // Parses one whole input into articles. Fails with a Status whose message says why (the caller
  // adds the file name): empty input, binary data, invalid UTF-8 (with the byte offset), no body.
  // The default says the format is read as a stream only.
  virtual Result<std::vector<Article>> Parse(std::string_view path, std::string_view content,
                                             const ImportOptions& options) const;
  // Reads one input from `in`, handing every item (or item failure) to `sink`. Returns a non-OK
  // Status only when the input as a whole is unusable (unreadable, not this format at all); then the
  // items already handed over stay valid. The default reads all of `in` and calls Parse.
  virtual Status Read(std::string_view path, std::istream& in, const ImportOptions& options,
                      const ItemSink& sink) const;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_IMPORTER_H_
