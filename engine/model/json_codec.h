// The one mapping between the model and JSON. The same JSON is the export format
// (schemas/graph.schema.json) and, encoded as CBOR, the store's value format.
// To* never fail; From* return a Status naming the missing or malformed field and never throw.
#ifndef EVENTGRAPH_ENGINE_MODEL_JSON_CODEC_H_
#define EVENTGRAPH_ENGINE_MODEL_JSON_CODEC_H_

#include <nlohmann/json.hpp>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/model/time_span.h"

namespace eg {

using Json = nlohmann::ordered_json;

// Article JSON: {id, title, published (date|null), published_time, url, source, format, path,
// authors, language}; the body is included as "text" only when `with_text` is true.
Json ArticleToJson(const Article& a, bool with_text = true);
Result<Article> ArticleFromJson(const Json& j);

// Entity JSON: {id, kind, name, aliases, country, lat, lon, titles}; `mentions` only when asked.
Json EntityToJson(const Entity& e, bool with_mentions = false);
Result<Entity> EntityFromJson(const Json& j);

// TimeSpan JSON: {start, end, precision, timex, text, basis} with null for open bounds.
Json TimeSpanToJson(const TimeSpan& t);
Result<TimeSpan> TimeSpanFromJson(const Json& j);

// Event JSON as DESIGN.md §5: {id, type, cameo, label, time, location, participants, modality,
// evidence, confidence}.
Json EventToJson(const Event& e);
Result<Event> EventFromJson(const Json& j);

Json RelationToJson(const Relation& r);
Result<Relation> RelationFromJson(const Json& j);

// CBOR round trip for the store. Decode fails with kCorruption instead of throwing.
std::string ToCbor(const Json& j);
Result<Json> FromCbor(std::string_view bytes);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_JSON_CODEC_H_
