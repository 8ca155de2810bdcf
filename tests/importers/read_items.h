// Test helpers shared by the record-format importer tests (ACLED, GDELT): read a file through an
// importer's streaming Read and keep what came out, in order.
#ifndef EVENTGRAPH_TESTS_IMPORTERS_READ_ITEMS_H_
#define EVENTGRAPH_TESTS_IMPORTERS_READ_ITEMS_H_

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "importers/importer.h"

namespace eg::testing {

struct Read {
  std::vector<ImportItem> items;
  std::vector<std::string> order;  // "ok <where>" or the failure message
  Status status;
};

inline Read ReadItems(const Importer& importer, const std::string& path) {
  Read out;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  out.status = importer.Read(path, in, {}, [&](Result<ImportItem> item) {
    if (item.ok()) {
      out.order.push_back("ok " + item->where);
      out.items.push_back(std::move(item).value());
    } else {
      out.order.push_back(item.status().message());
    }
  });
  return out;
}

inline bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

inline const Entity* FindEntity(const ImportItem& item, const std::string& id) {
  for (const Entity& e : item.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace eg::testing

#endif  // EVENTGRAPH_TESTS_IMPORTERS_READ_ITEMS_H_
