#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "exporters/exporter.h"

namespace eg {
namespace {

TEST(ExporterRegistry, ListsEveryExporterOnceInAFixedOrder) {
  std::vector<std::string> names;
  for (const auto& e : Exporters()) names.emplace_back(e->Name());
  EXPECT_EQ(names, (std::vector<std::string>{"json", "dot", "svg", "png", "pdf"}));
}

TEST(ExporterRegistry, FindsByNameAndReportsExtension) {
  for (const char* name : {"json", "dot", "svg", "png", "pdf"}) {
    const Exporter* e = FindExporter(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->Name(), name);
    EXPECT_EQ(e->Extension(), name);  // each of these formats' usual extension is its name
  }
}

TEST(ExporterRegistry, UnknownNameIsNull) {
  EXPECT_EQ(FindExporter("graphml-nope"), nullptr);
  EXPECT_EQ(FindExporter(""), nullptr);
  EXPECT_EQ(FindExporter("JSON"), nullptr);  // names are exact
}

}  // namespace
}  // namespace eg
