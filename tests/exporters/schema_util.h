// Test helpers: read files and validate JSON documents against our JSON Schemas with valijson.
#ifndef EVENTGRAPH_TESTS_EXPORTERS_SCHEMA_UTIL_H_
#define EVENTGRAPH_TESTS_EXPORTERS_SCHEMA_UTIL_H_

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace eg::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(EG_SOURCE_DIR) + "/" + relative;
}

// A parsed schema file; `errors` of Validate lists every violation, one per line.
class SchemaValidator {
 public:
  explicit SchemaValidator(const std::string& schema_path)
      : document_(nlohmann::json::parse(ReadFile(schema_path))) {
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(document_);
    parser.populateSchema(adapter, schema_);
  }

  bool Validate(const nlohmann::json& doc, std::string* errors = nullptr) const {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    bool ok = validator.validate(schema_, target, &results);
    if (errors != nullptr) {
      errors->clear();
      valijson::ValidationResults::Error error;
      while (results.popError(error)) {
        std::string where;
        for (const std::string& part : error.context) where += part;
        *errors += where + ": " + error.description + "\n";
      }
    }
    return ok;
  }

  const nlohmann::json& document() const { return document_; }

 private:
  nlohmann::json document_;
  valijson::Schema schema_;
};

}  // namespace eg::testing

#endif  // EVENTGRAPH_TESTS_EXPORTERS_SCHEMA_UTIL_H_
