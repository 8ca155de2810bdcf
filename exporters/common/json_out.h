// Writing a JSON document as an export: pretty-printed with a 2-space indent and a final newline,
// invalid UTF-8 replaced by U+FFFD rather than failing. Returns kInternal naming `format` if the
// JSON library throws (it cannot for documents built from the model, but no exception escapes).
#ifndef EVENTGRAPH_EXPORTERS_COMMON_JSON_OUT_H_
#define EVENTGRAPH_EXPORTERS_COMMON_JSON_OUT_H_

#include <string>
#include <string_view>

#include "engine/base/status.h"
#include "engine/model/json_codec.h"

namespace eg {

Result<std::string> DumpJsonExport(const Json& doc, std::string_view format);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_JSON_OUT_H_
