// The article corpus the throughput benchmarks run on: one JSON object per line with a string
// "text" and, optionally, an "id" and a "date" (its first ten characters, YYYY-MM-DD, become the
// publication date that anchors relative times).
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/model/article.h"
#include "engine/model/time_span.h"

namespace eg::bench {

// The articles of the file at `path`, in file order. Lines that are not JSON objects with a string
// "text" are skipped (nlohmann throws on malformed input, so the parse is caught here). Empty when
// the file cannot be read.
inline std::vector<Article> LoadJsonlCorpus(const std::string& path) {
  std::vector<Article> docs;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      Article a;
      if (j.contains("id") && j["id"].is_string()) a.id = j["id"].get<std::string>();
      a.text = j["text"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) {
        if (auto r = ParseDate(j["date"].get<std::string>().substr(0, 10)); r.ok()) a.published = *r;
      }
      docs.push_back(std::move(a));
    } catch (const nlohmann::json::exception&) {
      continue;
    }
  }
  return docs;
}

// The bytes of text in `docs`.
inline size_t TextBytes(const std::vector<Article>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

}  // namespace eg::bench
