#include "engine/model/entity.h"

#include <algorithm>
#include <array>

#include "engine/base/ids.h"

namespace eg {
namespace {

constexpr std::array<std::pair<EntityKind, std::string_view>, 6> kKindNames = {{
    {EntityKind::kPerson, "person"},
    {EntityKind::kOrganization, "organization"},
    {EntityKind::kCountry, "country"},
    {EntityKind::kLocation, "location"},
    {EntityKind::kFacility, "facility"},
    {EntityKind::kGroup, "group"},
}};

void SortedUnion(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

std::string_view EntityKindName(EntityKind k) {
  for (const auto& [kind, name] : kKindNames) {
    if (kind == k) return name;
  }
  return "group";
}

Result<EntityKind> ParseEntityKind(std::string_view name) {
  for (const auto& [kind, n] : kKindNames) {
    if (n == name) return kind;
  }
  return Status::InvalidArgument("unknown entity kind '" + std::string(name) + "'");
}

std::string MakeEntityId(EntityKind kind, std::string_view name, std::string_view country) {
  std::string id(EntityKindName(kind));
  id.push_back(':');
  if (kind == EntityKind::kCountry && !country.empty()) {
    id += country;  // ISO 3166-1 alpha-2, upper case as the standard writes it
    return id;
  }
  id += Slugify(name);
  if ((kind == EntityKind::kLocation || kind == EntityKind::kFacility) && !country.empty()) {
    id.push_back('-');
    id += Slugify(country);
  }
  return id;
}

void MergeEntity(Entity& into, const Entity& other) {
  std::vector<std::string> names = other.aliases;
  if (other.name != into.name) names.push_back(other.name);
  SortedUnion(into.aliases, names);
  std::erase(into.aliases, into.name);
  SortedUnion(into.titles, other.titles);
  if (into.country.empty()) into.country = other.country;
  if (!into.lat || !into.lon) {
    into.lat = other.lat;
    into.lon = other.lon;
  }
}

}  // namespace eg
