#include "importers/importer.h"

#include <iterator>
#include <sstream>

namespace eg {

Result<std::vector<Article>> Importer::Parse(std::string_view, std::string_view, const ImportOptions&) const {
  return Status::Unsupported("the " + std::string(Name()) + " format is read as a stream only");
}

Status Importer::Read(std::string_view path, std::istream& in, const ImportOptions& options,
                      const ItemSink& sink) const {
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError("read error");
  EG_ASSIGN_OR_RETURN(std::vector<Article> articles, Parse(path, content, options));
  for (size_t i = 0; i < articles.size(); ++i) {
    ImportItem item;
    item.article = std::move(articles[i]);
    if (articles.size() > 1) item.where = "item " + std::to_string(i + 1);
    sink(std::move(item));
  }
  return Status::Ok();
}

}  // namespace eg
