// The explicit list of importers, and the input layer shared by every format: walking paths, opening
// each input as a stream (plain, gzip-compressed, standard input) and decoding it to UTF-8.
#ifndef EVENTGRAPH_IMPORTERS_REGISTRY_H_
#define EVENTGRAPH_IMPORTERS_REGISTRY_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "importers/importer.h"

namespace eg {

// All importers, in a fixed order.
const std::vector<std::unique_ptr<Importer>>& Importers();
// The importer called `name`, or nullptr.
const Importer* FindImporter(std::string_view name);
// The importer whose Sniff scores highest (> 0) for this content, or nullptr. Ties go to the one
// listed first.
const Importer* DetectImporter(std::string_view path, std::string_view content);

// How much of an input's start is handed to Sniff.
inline constexpr size_t kSniffHeadSize = 64 * 1024;

// One input found by ExpandInputs.
struct InputEntry {
  std::string path;             // as given or found by the walk; "-" is standard input
  std::optional<uint64_t> size;  // bytes on disk, when it is a regular file
  Status error;                 // non-OK: the path could not be listed or is not a file we read
};

// Expands `paths`: files (read whatever they are, hidden or not: the user named them), directories
// walked recursively with each directory's names in byte order (hidden names ".x" skipped, links
// back to a directory being walked not followed), "-" for standard input. Entries that cannot be
// used carry an error naming the path and the reason ("a/b.txt: No such file or directory").
std::vector<InputEntry> ExpandInputs(const std::vector<std::string>& paths);

// An opened input. The content is delivered as UTF-8:
//  - gzip data (by its magic bytes, whatever the name) is decompressed with zlib on the fly;
//  - a UTF-8 byte order mark is dropped; UTF-16 with a byte order mark is decoded;
//  - text that is not valid UTF-8 is decoded with ICU from the charset it declares (an XML
//    declaration's encoding, an HTML <meta charset> or http-equiv Content-Type), else from
//    windows-1252, the superset of latin-1 that 8-bit Western text nearly always is. A declared
//    latin-1 or ASCII is read as windows-1252, as browsers do (WHATWG Encoding). A declaration is
//    ignored when the start is valid UTF-8 with non-ASCII letters in it: then the declaration is
//    the mistake. Only the first 64 KiB decide; a later invalid sequence reaches the importer,
//    which reports it.
//  - binary content (LooksBinary) is passed on undecoded, for the importers to refuse.
// Not thread-safe: one reader at a time. BytesRead may be called from any thread.
class InputStream {
 public:
  virtual ~InputStream() = default;
  // The path as given ("-" for standard input).
  virtual const std::string& path() const = 0;
  // The path without a trailing ".gz", for Sniff and file-name checks.
  virtual std::string_view SniffPath() const = 0;
  // The decoded form of the input's first 64 KiB (raw, before decoding); stream() delivers these
  // bytes too, from its start.
  virtual std::string_view head() const = 0;
  // The whole decoded content, from the start.
  virtual std::istream& stream() = 0;
  // "UTF-8", or the label of the charset the input was decoded from ("windows-1252"), or
  // "binary" when the content was passed on as it is.
  virtual const std::string& charset() const = 0;
  virtual bool compressed() const = 0;
  // Raw bytes consumed from the file so far (compressed bytes for gzip).
  virtual uint64_t BytesRead() const = 0;
  // Why the stream ended early, once stream() reports end of file: OK, or "truncated gzip data",
  // a read error, a corrupt gzip stream. The message does not repeat the path.
  virtual Status status() const = 0;
};

// Opens `path` ("-" for standard input) and reads its head. Fails with the path and the reason
// ("x.txt: Permission denied"), or when the head cannot be decoded (an unknown declared charset).
Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path);

// Convenience for small inputs: expands `paths` and calls `visit` for each with its whole decoded
// content, or with the failure naming the path (unreadable, truncated gzip, ...). Streams are read
// whole, so this is for tools and tests; the import pipeline streams instead.
void ForEachInput(const std::vector<std::string>& paths,
                  const std::function<void(const std::string& path, Result<std::string> content)>& visit);

// Decodes `bytes` from `charset` (an ICU converter name or alias) to UTF-8. Unmappable bytes become
// U+FFFD. Fails when ICU does not know the charset.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view charset);

// The charset an HTML or XML document declares in `head` (the XML declaration's encoding, a <meta
// charset>, a <meta http-equiv content="...; charset=...">), lower-cased, or empty.
std::string DeclaredCharset(std::string_view head);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_REGISTRY_H_
