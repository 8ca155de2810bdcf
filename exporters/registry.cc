#include <memory>
#include <vector>

#include "exporters/dot/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/json/json_exporter.h"

namespace eg {

const std::vector<std::unique_ptr<Exporter>>& Exporters() {
  // An explicit list rather than static self-registration: a static library drops object files
  // nothing references, so self-registering exporters would silently vanish from the binary.
  static const auto* const kExporters = [] {
    auto* list = new std::vector<std::unique_ptr<Exporter>>();
    list->push_back(NewJsonExporter());
    list->push_back(NewDotExporter());
    list->push_back(NewSvgExporter());
    list->push_back(NewPngExporter());
    list->push_back(NewPdfExporter());
    return list;
  }();
  return *kExporters;
}

const Exporter* FindExporter(std::string_view name) {
  for (const auto& exporter : Exporters()) {
    if (exporter->Name() == name) return exporter.get();
  }
  return nullptr;
}

}  // namespace eg
