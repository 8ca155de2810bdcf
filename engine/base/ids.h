// Stable identifiers. Article ids are content hashes, so importing the same article twice yields the
// same id; entity ids are readable slugs ("person:kaja-kallas", "country:UA"); event ids hash the
// evidence that first introduced the event. All functions are pure and thread-safe.
#ifndef EVENTGRAPH_ENGINE_BASE_IDS_H_
#define EVENTGRAPH_ENGINE_BASE_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace eg {

// XXH3 64-bit hash of `data` (libxxhash).
uint64_t Hash64(std::string_view data);

// 16 lower-case hex digits of `h`, zero padded.
std::string Hex64(uint64_t h);
// Appends Hex64(h) to `*out`, without a string of its own: 16 digits are one more than a
// std::string holds without allocating.
void AppendHex64(uint64_t h, std::string* out);

// "art:" + Hex64(XXH3(key)), where key is the normalized URL when there is one, else the text.
std::string ArticleId(std::string_view normalized_url_or_text);

// Lower-case ASCII slug of a name: letters and digits kept (accents folded for Latin-1 letters),
// every other run of characters becomes one '-'. "Kaja Kallas" -> "kaja-kallas",
// "Yeni Şafak" -> "yeni-safak". Non-Latin scripts are kept as UTF-8 bytes.
std::string Slugify(std::string_view name);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_BASE_IDS_H_
