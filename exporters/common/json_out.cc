#include "exporters/common/json_out.h"

namespace eg {

Result<std::string> DumpJsonExport(const Json& doc, std::string_view format) {
  try {
    std::string out = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    out.push_back('\n');
    return out;
  } catch (const nlohmann::json::exception& e) {
    return Status::Internal(std::string(format) + " export: " + e.what());
  }
}

}  // namespace eg
