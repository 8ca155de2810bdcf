// eval_timex: scores the TIMEX3 tagger on TimeML corpora, or shows what it tags in a text.
//
//   eval_timex [--errors N] [--kind missed|spurious|value|type|span] PATH...   TimeML files/directories
//   eval_timex --tag FILE|- [--dct YYYY-MM-DD]                              one tab-separated line
//                                                                           per timex
// Exit codes: 0 done, 1 an input failed, 2 usage error.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/eval_timex.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: eval_timex [--errors N] [--kind KIND] PATH...\n"
               "       eval_timex --tag FILE|- [--dct YYYY-MM-DD]\n");
  return 2;
}

int Tag(const std::string& file, const std::string& dct_text) {
  std::optional<eg::Date> dct;
  if (!dct_text.empty()) {
    auto d = eg::ParseDate(dct_text);
    if (!d.ok()) {
      std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
      return 2;
    }
    dct = *d;
  }
  std::ostringstream bytes;
  if (file == "-") {
    bytes << std::cin.rdbuf();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot open\n", file.c_str());
      return 1;
    }
    bytes << in.rdbuf();
  }
  for (const auto& t : eg::TagTimexes(bytes.str(), dct)) {
    std::string span;
    if (t.time) {
      span = (t.time->begin ? eg::FormatDate(*t.time->begin) : std::string("open")) + ".." +
             (t.time->end ? eg::FormatDate(*t.time->end) : std::string("open")) + " " +
             std::string(eg::PrecisionName(t.time->precision)) + " " +
             std::string(eg::TimeBasisName(t.time->basis));
    }
    std::printf("%zu\t%zu\t%s\t%s\t%s\t%s\t%s\n", t.span.begin, t.span.end,
                std::string(eg::TimexTypeName(t.type)).c_str(), t.value.c_str(), t.mod.c_str(),
                t.text.c_str(), span.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  size_t max_errors = 0;
  std::string kind, tag_file, dct;
  bool tag = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--errors" && i + 1 < argc) {
      max_errors = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--kind" && i + 1 < argc) {
      kind = argv[++i];
    } else if (a == "--tag" && i + 1 < argc) {
      tag = true;
      tag_file = argv[++i];
    } else if (a == "--dct" && i + 1 < argc) {
      dct = argv[++i];
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return Usage();
    } else {
      paths.push_back(a);
    }
  }
  if (tag) return paths.empty() ? Tag(tag_file, dct) : Usage();
  if (paths.empty()) return Usage();
  std::vector<eg::eval::TimeMlDocument> docs;
  for (const auto& p : paths) {
    auto loaded = eg::eval::LoadTimeMl(p);
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      return 1;
    }
    for (auto& d : *loaded) docs.push_back(std::move(d));
  }
  eg::eval::Evaluation e = eg::eval::Evaluate(docs);
  if (!kind.empty()) {
    std::erase_if(e.errors, [&](const eg::eval::EvalError& err) { return err.kind != kind; });
  }
  std::fputs(eg::eval::FormatEvaluation(e, max_errors).c_str(), stdout);
  return 0;
}
