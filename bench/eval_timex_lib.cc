#include <expat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/eval_timex.h"

namespace eg::eval {
namespace {

// Expat callbacks collect the text inside <TEXT> and the TIMEX3 elements with their offsets in
// that text. Character data arrives already entity-decoded, so offsets match what the tagger sees.
struct ParseState {
  TimeMlDocument doc;
  int in_text = 0;
  int in_dct = 0;
  bool saw_text = false;
  struct Open {
    size_t begin;
    GoldTimex timex;
  };
  std::vector<Open> open;
};

std::string Attr(const XML_Char** atts, std::string_view name) {
  for (size_t i = 0; atts[i]; i += 2) {
    if (name == atts[i]) return atts[i + 1];
  }
  return "";
}

void OnStart(void* data, const XML_Char* name, const XML_Char** atts) {
  auto* s = static_cast<ParseState*>(data);
  const std::string_view n = name;
  if (n == "TEXT") {
    ++s->in_text;
    s->saw_text = true;
  } else if (n == "DCT") {
    ++s->in_dct;
  } else if (n == "TIMEX3") {
    if (s->in_dct > 0 && !s->doc.dct) {
      if (auto d = ParseDate(Attr(atts, "value").substr(0, 10)); d.ok()) s->doc.dct = *d;
    }
    if (s->in_text > 0) {
      GoldTimex g;
      g.type = Attr(atts, "type");
      g.value = Attr(atts, "value");
      g.mod = Attr(atts, "mod");
      s->open.push_back({s->doc.text.size(), std::move(g)});
    }
  }
}

void OnEnd(void* data, const XML_Char* name) {
  auto* s = static_cast<ParseState*>(data);
  const std::string_view n = name;
  if (n == "TEXT") {
    --s->in_text;
  } else if (n == "DCT") {
    --s->in_dct;
  } else if (n == "TIMEX3" && s->in_text > 0 && !s->open.empty()) {
    auto o = std::move(s->open.back());
    s->open.pop_back();
    o.timex.begin = o.begin;
    o.timex.end = s->doc.text.size();
    // Gold extents sometimes carry trailing spaces or commas; the score compares words.
    while (o.timex.end > o.timex.begin &&
           (s->doc.text[o.timex.end - 1] == ' ' || s->doc.text[o.timex.end - 1] == '\n')) {
      --o.timex.end;
    }
    if (o.timex.end > o.timex.begin) s->doc.gold.push_back(std::move(o.timex));
  }
}

void OnText(void* data, const XML_Char* chars, int len) {
  auto* s = static_cast<ParseState*>(data);
  if (s->in_text > 0) s->doc.text.append(chars, static_cast<size_t>(len));
}

bool Overlaps(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

std::string Context(const std::string& text, size_t b, size_t e) {
  const size_t from = b > 40 ? b - 40 : 0;
  const size_t to = std::min(text.size(), e + 40);
  std::string s = text.substr(from, b - from) + "[" + text.substr(b, e - b) + "]" +
                  text.substr(e, to - e);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// `value` with a one-digit ISO week number ("1998-W7", "1998-W7-WE") padded to two digits.
std::string PadIsoWeek(std::string_view value) {
  std::string v(value);
  const size_t w = v.find("-W");
  if (w == std::string::npos || w + 2 >= v.size()) return v;
  const auto digit = [&](size_t k) { return k < v.size() && v[k] >= '0' && v[k] <= '9'; };
  if (digit(w + 2) && !digit(w + 3)) v.insert(w + 2, "0");
  return v;
}

double Ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

Result<TimeMlDocument> ParseTimeMl(std::string_view xml, std::string name) {
  ParseState state;
  state.doc.name = std::move(name);
  XML_Parser parser = XML_ParserCreate("UTF-8");
  if (!parser) return Status::Internal("cannot create an XML parser");
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_ERROR;
  std::string reason;
  if (!ok) {
    reason = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
             std::to_string(XML_GetCurrentLineNumber(parser));
  }
  XML_ParserFree(parser);
  if (!ok) return Status::Corruption(state.doc.name + ": " + reason);
  if (!state.saw_text) return Status::Corruption(state.doc.name + ": no <TEXT> element");
  return std::move(state.doc);
}

Result<std::vector<TimeMlDocument>> LoadTimeMl(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".tml") files.push_back(it->path());
    }
    if (ec) return Status::IoError(path + ": " + ec.message());
  } else if (fs::is_regular_file(path, ec)) {
    files.push_back(path);
  } else {
    return Status::NotFound(path + ": no such file or directory");
  }
  std::sort(files.begin(), files.end());
  std::vector<TimeMlDocument> docs;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IoError(f.string() + ": cannot open");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EG_ASSIGN_OR_RETURN(TimeMlDocument doc, ParseTimeMl(bytes.str(), f.filename().string()));
    docs.push_back(std::move(doc));
  }
  return docs;
}

bool SameTimexValue(std::string_view gold, std::string_view system) {
  return gold == system || PadIsoWeek(gold) == PadIsoWeek(system);
}

Prf StrictPrf(const Counts& c) {
  Prf p{Ratio(c.strict, c.system), Ratio(c.strict, c.gold), 0};
  p.f1 = F1(p.precision, p.recall);
  return p;
}

Prf RelaxedPrf(const Counts& c) {
  Prf p{Ratio(c.relaxed, c.system), Ratio(c.relaxed, c.gold), 0};
  p.f1 = F1(p.precision, p.recall);
  return p;
}

double ValueAccuracy(const Counts& c) { return Ratio(c.value_correct, c.relaxed); }
double TypeAccuracy(const Counts& c) { return Ratio(c.type_correct, c.relaxed); }

Evaluation Evaluate(const std::vector<TimeMlDocument>& docs) {
  Evaluation e;
  for (const auto& doc : docs) {
    ++e.documents;
    e.bytes += doc.text.size();
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<Timex> sys = TagTimexes(doc.text, doc.dct);
    e.seconds_tagging +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    e.total.gold += static_cast<int>(doc.gold.size());
    e.total.system += static_cast<int>(sys.size());
    for (const auto& g : doc.gold) ++e.by_type[g.type].gold;
    for (const auto& s : sys) ++e.by_type[std::string(TimexTypeName(s.type))].system;
    std::vector<bool> gold_used(doc.gold.size(), false);
    for (const auto& s : sys) {
      const std::string stype(TimexTypeName(s.type));
      // The overlapping gold timex that shares the most bytes.
      int best = -1;
      size_t best_overlap = 0;
      for (size_t g = 0; g < doc.gold.size(); ++g) {
        const auto& gt = doc.gold[g];
        if (gold_used[g] || !Overlaps(s.span.begin, s.span.end, gt.begin, gt.end)) continue;
        const size_t ov = std::min(s.span.end, gt.end) - std::max(s.span.begin, gt.begin);
        if (ov > best_overlap) {
          best_overlap = ov;
          best = static_cast<int>(g);
        }
      }
      if (best < 0) {
        e.errors.push_back({doc.name, "spurious", s.text, "", stype + " " + s.value,
                            Context(doc.text, s.span.begin, s.span.end)});
        continue;
      }
      const auto& g = doc.gold[best];
      gold_used[best] = true;
      ++e.total.relaxed;
      if (g.begin == s.span.begin && g.end == s.span.end) {
        ++e.total.strict;
      } else {
        e.errors.push_back({doc.name, "span", s.text,
                            "\"" + doc.text.substr(g.begin, g.end - g.begin) + "\"",
                            "\"" + s.text + "\"", Context(doc.text, s.span.begin, s.span.end)});
      }
      auto& gt = e.by_type[g.type];
      ++gt.matched_gold;
      ++e.by_type[stype].matched_system;
      const bool value_ok = SameTimexValue(g.value, s.value);
      if (value_ok) {
        ++e.total.value_correct;
        ++gt.value_correct;
      }
      if (g.type == stype) ++e.total.type_correct;
      if (!value_ok || g.type != stype) {
        e.errors.push_back({doc.name, value_ok ? "type" : "value", s.text, g.type + " " + g.value,
                            stype + " " + s.value, Context(doc.text, s.span.begin, s.span.end)});
      }
    }
    for (size_t g = 0; g < doc.gold.size(); ++g) {
      if (gold_used[g]) continue;
      const auto& gt = doc.gold[g];
      e.errors.push_back({doc.name, "missed", doc.text.substr(gt.begin, gt.end - gt.begin),
                          gt.type + " " + gt.value, "", Context(doc.text, gt.begin, gt.end)});
    }
  }
  return e;
}

std::string FormatEvaluation(const Evaluation& e, size_t max_errors) {
  std::string out;
  char buf[512];
  auto line = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof buf, fmt, args...);
    out += buf;
  };
  const Prf strict = StrictPrf(e.total), relaxed = RelaxedPrf(e.total);
  const double va = ValueAccuracy(e.total), ta = TypeAccuracy(e.total);
  line("documents %d, gold timexes %d, system timexes %d\n", e.documents, e.total.gold,
       e.total.system);
  line("strict   P %.4f  R %.4f  F1 %.4f\n", strict.precision, strict.recall, strict.f1);
  line("relaxed  P %.4f  R %.4f  F1 %.4f\n", relaxed.precision, relaxed.recall, relaxed.f1);
  line("value    accuracy %.4f  F1 %.4f\n", va, va * relaxed.f1);
  line("type     accuracy %.4f  F1 %.4f\n", ta, ta * relaxed.f1);
  line("%-9s %6s %6s %8s %8s %8s %9s\n", "type", "gold", "system", "P", "R", "F1", "value-acc");
  for (const auto& [type, c] : e.by_type) {
    const double p = Ratio(c.matched_system, c.system), r = Ratio(c.matched_gold, c.gold);
    line("%-9s %6d %6d %8.4f %8.4f %8.4f %9.4f\n", type.c_str(), c.gold, c.system, p, r, F1(p, r),
         Ratio(c.value_correct, c.matched_gold));
  }
  if (e.seconds_tagging > 0) {
    line("tagging: %.1f ms for %zu bytes (%.1f MB/s)\n", e.seconds_tagging * 1000, e.bytes,
         e.bytes / e.seconds_tagging / 1e6);
  }
  for (size_t i = 0; i < e.errors.size() && i < max_errors; ++i) {
    const auto& err = e.errors[i];
    out += err.kind + "\t" + err.document + "\t\"" + err.text + "\"\tgold: " + err.gold +
           "\tsystem: " + err.system + "\t" + err.context + "\n";
  }
  return out;
}

}  // namespace eg::eval
