#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "exporters/exporter.h"

namespace eg {
namespace {

TEST(ExporterRegistry, ListsEveryExporterOnceInAFixedOrder) {
  std::vector<std::string> names;
  for (const auto& e : Exporters()) names.emplace_back(e->Name());
  EXPECT_EQ(names, (std::vector<std::string>{"json", "dot", "svg", "png", "pdf", "graph-dot",
                                             "graph-svg", "graph-png", "graph-pdf", "timelinejs",
                                             "vis-timeline", "cytoscape", "graphml", "gexf", "csv",
                                             "jsonld"}));
}

TEST(ExporterRegistry, FindsByNameAndReportsExtension) {
  for (const char* name : {"json", "dot", "svg", "png", "pdf"}) {
    const Exporter* e = FindExporter(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->Name(), name);
    EXPECT_EQ(e->Extension(), name);  // each of these formats' usual extension is its name
  }
}

TEST(ExporterRegistry, DataFormatsHaveTheirUsualExtensions) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"graph-dot", "dot"},  {"graph-svg", "svg"},     {"graph-png", "png"},
      {"graph-pdf", "pdf"},  {"timelinejs", "json"},   {"vis-timeline", "json"},
      {"cytoscape", "json"}, {"graphml", "graphml"},   {"gexf", "gexf"},
      {"csv", "csv"},        {"jsonld", "jsonld"}};
  for (const auto& [name, extension] : expected) {
    const Exporter* e = FindExporter(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->Extension(), extension) << name;
  }
}

TEST(ExporterRegistry, UnknownNameIsNull) {
  EXPECT_EQ(FindExporter("graphml-nope"), nullptr);
  EXPECT_EQ(FindExporter(""), nullptr);
  EXPECT_EQ(FindExporter("JSON"), nullptr);  // names are exact
}

}  // namespace
}  // namespace eg
