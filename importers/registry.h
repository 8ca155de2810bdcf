// The explicit list of importers, and the file walking shared by every format.
#ifndef EVENTGRAPH_IMPORTERS_REGISTRY_H_
#define EVENTGRAPH_IMPORTERS_REGISTRY_H_

#include <functional>
#include <memory>
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
// The importer whose Sniff scores highest (> 0) for this content, or nullptr.
const Importer* DetectImporter(std::string_view path, std::string_view content);

// One input file: its path as given (or "-") and its bytes.
struct InputFile {
  std::string path;
  std::string content;
};

// Expands `paths` (files, directories walked recursively in name order, "-" for standard input)
// and calls `visit` for each readable file. Files that cannot be read are reported to `visit` as a
// failed Result naming the path. Hidden files and directories (".name") are skipped.
void ForEachInput(const std::vector<std::string>& paths,
                  const std::function<void(const std::string& path, Result<std::string> content)>& visit);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_REGISTRY_H_
