// UTF-8 checks used at every input boundary: text that reaches the model is valid UTF-8.
#ifndef EVENTGRAPH_ENGINE_BASE_UTF8_H_
#define EVENTGRAPH_ENGINE_BASE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace eg {

// The byte offset of the first invalid UTF-8 sequence in `s` (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or nullopt when all of `s` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// True when `s` looks like binary data rather than text: it holds a NUL byte, or more than 1 in 20
// of its first 8 KiB are control characters other than tab, CR, LF and form feed.
bool LooksBinary(std::string_view s);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_BASE_UTF8_H_
