// eventgraph annotate: show what extraction finds in one text, without a store.
#include <iostream>

#include "cli/common.h"
#include "engine/base/ids.h"
#include "engine/base/utf8.h"
#include "engine/graph/graph.h"
#include "engine/model/json_codec.h"
#include "importers/extract/extract.h"
#include "importers/extract/relations/text_relations.h"
#include "importers/registry.h"

namespace eg::cli {
namespace {

struct AnnotateArgs {
  std::string dct, format = "json", path;
};

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// TimeML with inline TIMEX3 tags, the form TempEval scorers read.
std::string ToTimeMl(const std::string& text, const std::optional<Date>& dct, const std::vector<Timex>& timexes) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
  if (dct) {
    const std::string d = FormatDate(*dct);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + d +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + d + "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  size_t at = 0;
  int tid = 1;
  for (const auto& t : timexes) {
    out += XmlEscape(std::string_view(text).substr(at, t.span.begin - at));
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + std::string(TimexTypeName(t.type)) +
           "\" value=\"" + XmlEscape(t.value) + "\"";
    if (!t.mod.empty()) out += " mod=\"" + XmlEscape(t.mod) + "\"";
    out += ">" + XmlEscape(std::string_view(text).substr(t.span.begin, t.span.end - t.span.begin)) + "</TIMEX3>";
    at = t.span.end;
  }
  out += XmlEscape(std::string_view(text).substr(at));
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

int RunAnnotate(const AnnotateArgs& args) {
  if (args.format != "json" && args.format != "timeml") {
    return Fail(Status::InvalidArgument("unknown --format '" + args.format + "' (json, timeml)"));
  }
  auto input = ReadInput(args.path);
  if (!input.ok()) return Fail(input.status());
  if (auto bad = FindInvalidUtf8(*input)) {
    return Fail(Status::InvalidArgument(args.path + ": not valid UTF-8 at byte " + std::to_string(*bad)));
  }
  Article article;
  article.text = *input;
  article.id = ArticleId(article.text);
  article.path = args.path;
  if (!args.dct.empty()) {
    auto d = ParseDate(args.dct);
    if (!d.ok()) return Fail(d.status().WithPrefix("--dct"));
    article.published = *d;
  } else if (const Importer* text = FindImporter("text")) {
    // No --dct: take the publication date from the article's own header, when it has one.
    if (auto parsed = text->Parse(args.path, *input, {}); parsed.ok() && !parsed->empty()) {
      article.published = parsed->front().published;
    }
  }
  auto x = Extract(article);
  if (!x.ok()) return Fail(x.status());
  if (args.format == "timeml") {
    if (Status s = WriteOutput("", ToTimeMl(article.text, article.published, x->timexes)); !s.ok()) return Fail(s);
    return kExitOk;
  }
  const auto mention_relations = ExtractTextRelations(article.text, *x);
  MergeResult merged = MergeWithinArticle(x->events, x->entities);
  Json j;
  j["dct"] = article.published ? Json(FormatDate(*article.published)) : Json(nullptr);
  j["sentences"] = Json::array();
  for (const auto& s : x->sentences) j["sentences"].push_back(Json{{"begin", s.begin}, {"end", s.end}});
  j["timexes"] = Json::array();
  for (const auto& t : x->timexes) {
    Json tj{{"begin", t.span.begin}, {"end", t.span.end}, {"text", t.text},
            {"type", std::string(TimexTypeName(t.type))}, {"value", t.value}};
    if (!t.mod.empty()) tj["mod"] = t.mod;
    if (t.time) tj["time"] = TimeSpanToJson(*t.time);
    j["timexes"].push_back(std::move(tj));
  }
  j["entities"] = Json::array();
  for (const auto& e : x->entities) j["entities"].push_back(EntityToJson(e, true));
  j["events"] = Json::array();
  for (const auto& e : merged.events) j["events"].push_back(EventToJson(e));
  j["relations"] = Json::array();
  for (const auto& r : RemapRelations(mention_relations, merged.event_of_mention)) {
    j["relations"].push_back(RelationToJson(r));
  }
  if (Status s = WriteOutput("", j.dump(2) + "\n"); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddAnnotateCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* cmd = app.add_subcommand("annotate", "Show the time expressions, entities and events found in one text (no store)");
  cmd->add_option("--dct", args->dct, "Document creation date that anchors relative times (default: the article header's date)")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("--format", args->format, "json, or timeml (inline TIMEX3 tags for TempEval tools)")
      ->type_name("json|timeml");
  cmd->add_option("file", args->path, "A text file, or - for standard input")->required();
  cmd->footer("Offsets are bytes into the input as given.");
  cmd->callback([args, &exit_code] { exit_code = RunAnnotate(*args); });
}

}  // namespace eg::cli
