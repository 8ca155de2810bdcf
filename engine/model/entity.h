// Entity: a person, organization, country, place, facility or group, with a stable readable id.
#ifndef EVENTGRAPH_ENGINE_MODEL_ENTITY_H_
#define EVENTGRAPH_ENGINE_MODEL_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"

namespace eg {

enum class EntityKind : int {
  kPerson = 0,
  kOrganization = 1,
  kCountry = 2,
  kLocation = 3,
  kFacility = 4,
  kGroup = 5,
};

std::string_view EntityKindName(EntityKind k);  // "person", "organization", ...
Result<EntityKind> ParseEntityKind(std::string_view name);

// A byte range [begin, end) in some text (the article's stored text, or annotate's input).
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

struct Entity {
  std::string id;                  // "person:kaja-kallas", "country:UA", "location:brussels-be"
  EntityKind kind = EntityKind::kPerson;
  std::string name;                // canonical name
  std::vector<std::string> aliases;  // other names seen, sorted, without `name`
  std::string country;             // ISO 3166-1 alpha-2 where known
  std::optional<double> lat;
  std::optional<double> lon;
  std::vector<std::string> titles;   // "High Representative for Foreign Policy", ...
  std::vector<Span> mentions;      // in-document mentions; not stored, used by annotate
  // Filled by engine/graph's views (0 = not counted; then left out of the JSON): how many stored
  // events name the entity and from how many articles their evidence comes.
  uint64_t event_count = 0;
  uint64_t article_count = 0;

  bool operator==(const Entity&) const = default;
};

// Makes the readable id for an entity of `kind` named `name` ("person:" + slug); countries use
// their ISO code, locations add the country code ("location:brussels-be").
std::string MakeEntityId(EntityKind kind, std::string_view name, std::string_view country = "");

// Merges `other` into `into` (same id): aliases and titles unioned and sorted, coordinates and
// country filled in where `into` lacks them. Mentions are not merged.
void MergeEntity(Entity& into, const Entity& other);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_ENTITY_H_
