#include "importers/jsonl/jsonl_importer.h"

#include <algorithm>
#include <istream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "engine/base/ids.h"

namespace eg {
namespace {

constexpr std::string_view kName = "jsonl";

constexpr std::string_view kSchema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "eventgraph JSON / JSON Lines input article",
  "description": "Our article fields (schemas/article.schema.json) and the news-please and trafilatura names for them.",
  "type": "object",
  "definitions": {
    "optional_string": {"type": ["string", "null"]},
    "date": {
      "type": ["string", "null"],
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"
    },
    "body": {"type": "string", "pattern": "[^ \t\r\n]"}
  },
  "properties": {
    "title": {"$ref": "#/definitions/optional_string"},
    "text": {"$ref": "#/definitions/body"},
    "maintext": {"$ref": "#/definitions/body"},
    "published": {"$ref": "#/definitions/date"},
    "date_publish": {"$ref": "#/definitions/date"},
    "date": {"$ref": "#/definitions/date"},
    "published_time": {"type": ["string", "null"], "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"},
    "url": {"$ref": "#/definitions/optional_string"},
    "source": {"$ref": "#/definitions/optional_string"},
    "source_domain": {"$ref": "#/definitions/optional_string"},
    "hostname": {"$ref": "#/definitions/optional_string"},
    "sitename": {"$ref": "#/definitions/optional_string"},
    "language": {"$ref": "#/definitions/optional_string"},
    "authors": {"type": ["array", "null"], "items": {"type": "string"}}
  },
  "anyOf": [{"required": ["text"]}, {"required": ["maintext"]}]
})json";

// The schema, parsed once; valijson schemas may be shared by concurrent validations.
const valijson::Schema& InputSchema() {
  static const valijson::Schema* const schema = [] {
    auto* s = new valijson::Schema();
    const nlohmann::json doc = nlohmann::json::parse(kSchema);
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *schema;
}

// The field a valijson error context names ("<root>", "[text]") or "" for the object itself.
std::string FieldOf(const std::vector<std::string>& context) {
  for (const std::string& part : context) {
    if (part.size() > 2 && part.front() == '[' && part.back() == ']') {
      std::string name = part.substr(1, part.size() - 2);
      if (name.size() > 1 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
      return name;
    }
  }
  return "";
}

Status Validate(const nlohmann::json& doc) {
  if (!doc.is_object()) return Status::InvalidArgument("not a JSON object");
  valijson::ValidationResults results;
  try {
    // valijson compiles a pattern's std::regex on first use and keeps it in the validator, so one
    // validator per thread (the cache is not shared safely) compiles each pattern once, not once
    // per line: compiling was a tenth of a JSON Lines import.
    thread_local valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    if (validator.validate(InputSchema(), target, &results)) return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Internal(std::string("schema validation failed: ") + e.what());
  }
  // Report the first error that names a field; an error on the object itself is the anyOf that
  // asks for a body.
  valijson::ValidationResults::Error error;
  std::string object_error;
  while (results.popError(error)) {
    const std::string field = FieldOf(error.context);
    if (field.empty()) {
      if (object_error.empty()) object_error = error.description;
      continue;
    }
    std::string why = error.description;
    if (field == "text" || field == "maintext") {
      why = doc[field].is_string() ? "empty (no words)" : "not a string";
    }
    return Status::InvalidArgument("field '" + field + "': " + why);
  }
  return Status::InvalidArgument("field 'text': missing (an article needs 'text' or 'maintext')");
}

std::string StringField(const nlohmann::json& doc, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = doc.find(name);
    if (it != doc.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return it->get<std::string>();
    }
  }
  return "";
}

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

Result<Article> ToArticle(const nlohmann::json& doc, const ImportOptions& options) {
  EG_RETURN_IF_ERROR(Validate(doc));
  Article a;
  a.format = std::string(kName);
  a.title = std::string(Trim(StringField(doc, {"title"})));
  a.text = StringField(doc, {"text", "maintext"});
  std::erase(a.text, '\r');
  a.url = std::string(Trim(StringField(doc, {"url"})));
  a.source = std::string(Trim(StringField(doc, {"source", "source_domain", "hostname", "sitename"})));
  const char* const kDateFields[] = {"published", "date_publish", "date"};
  for (const char* field : kDateFields) {
    const std::string value = StringField(doc, {field});
    if (value.empty()) continue;
    auto day = ParseDate(std::string_view(value).substr(0, 10));
    if (!day.ok()) return Status::InvalidArgument(std::string("field '") + field + "': " + day.status().message());
    a.published = *day;
    if (value.size() >= 16 && (value[10] == 'T' || value[10] == ' ')) {
      a.published_time = value.substr(11, value.size() >= 19 && value[16] == ':' ? 8 : 5);
    }
    break;
  }
  if (const std::string time = StringField(doc, {"published_time"}); !time.empty()) a.published_time = time;
  a.language = std::string(Trim(StringField(doc, {"language"})));
  if (doc.contains("authors") && doc["authors"].is_array()) {
    for (const auto& name : doc["authors"]) {
      if (name.is_string() && !Trim(name.get<std::string>()).empty()) {
        a.authors.push_back(std::string(Trim(name.get<std::string>())));
      }
    }
  }
  if (options.date_override) a.published = options.date_override;
  a.id = ArticleId(a.url.empty() ? a.text : NormalizeUrl(a.url));
  return a;
}

Result<nlohmann::json> ParseJson(std::string_view text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, ...".
    std::string why = e.what();
    if (const size_t close = why.find("] "); close != std::string::npos) why = why.substr(close + 2);
    return Status::InvalidArgument("invalid JSON: " + why);
  }
}

// One object, or an array of them, read whole.
Status ReadDocument(std::string_view content, const ImportOptions& options, const ItemSink& sink) {
  EG_ASSIGN_OR_RETURN(const nlohmann::json doc, ParseJson(content));
  if (!doc.is_array()) {
    Result<Article> a = ToArticle(doc, options);
    if (!a.ok()) return a.status();
    ImportItem item;
    item.article = std::move(a).value();
    sink(std::move(item));
    return Status::Ok();
  }
  for (size_t i = 0; i < doc.size(); ++i) {
    const std::string where = "item " + std::to_string(i + 1);
    Result<Article> a = ToArticle(doc[i], options);
    if (!a.ok()) {
      sink(a.status().WithPrefix(where));
      continue;
    }
    ImportItem item;
    item.article = std::move(a).value();
    item.where = where;
    sink(std::move(item));
  }
  if (doc.empty()) return Status::InvalidArgument("an empty array: no articles");
  return Status::Ok();
}

class JsonlImporter : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view head) const override {
    const std::string_view start = Trim(head);
    if (start.empty() || (start.front() != '{' && start.front() != '[')) return 0;
    std::string lower(path);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.ends_with(".jsonl") || lower.ends_with(".ndjson") || lower.ends_with(".json") ||
        lower.ends_with(".jsonlines")) {
      return 100;
    }
    // A '{' or '[' followed by a quoted key is JSON far more often than prose.
    const std::string_view rest = Trim(start.substr(1));
    return !rest.empty() && (rest.front() == '"' || rest.front() == '{') ? 80 : 0;
  }

  Status Read(std::string_view, std::istream& in, const ImportOptions& options,
              const ItemSink& sink) const override {
    // Skip leading blank space, counting lines, to see how the input starts.
    size_t line_number = 1;
    int c;
    while ((c = in.peek()) != std::char_traits<char>::eof() && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
      if (c == '\n') ++line_number;
      in.get();
    }
    if (c == std::char_traits<char>::eof()) return Status::InvalidArgument("empty file");
    const auto rest = [&in](std::string head) {
      head.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      return head;
    };
    if (c == '[') return ReadDocument(rest(""), options, sink);

    std::string line;
    std::getline(in, line);
    // A first line that does not close its object starts a pretty-printed document.
    if (!Trim(line).ends_with('}') && in.peek() != std::char_traits<char>::eof()) {
      return ReadDocument(rest(line + "\n"), options, sink);
    }
    do {
      const size_t this_line = line_number++;
      if (Trim(line).empty()) continue;
      const std::string where = "line " + std::to_string(this_line);
      Result<nlohmann::json> doc = ParseJson(line);
      Result<Article> a = doc.ok() ? ToArticle(*doc, options) : Result<Article>(doc.status());
      if (!a.ok()) {
        sink(a.status().WithPrefix(where));
        continue;
      }
      ImportItem item;
      item.article = std::move(a).value();
      item.where = where;
      sink(std::move(item));
    } while (std::getline(in, line));
    if (in.bad()) return Status::IoError("read error");
    return Status::Ok();
  }
};

}  // namespace

std::string_view JsonlInputSchema() { return kSchema; }

std::string NormalizeUrl(std::string_view url) {
  url = Trim(url);
  url = url.substr(0, url.find('#'));
  std::string out(url);
  const size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const size_t host_end = out.find_first_of("/?", scheme + 3);
    const size_t stop = host_end == std::string::npos ? out.size() : host_end;
    std::transform(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(stop), out.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  }
  if (out.size() > 1 && out.back() == '/' && (scheme == std::string::npos || out.size() > scheme + 3)) {
    out.pop_back();
  }
  return out;
}

std::unique_ptr<Importer> NewJsonlImporter() { return std::make_unique<JsonlImporter>(); }

}  // namespace eg
