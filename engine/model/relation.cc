#include "engine/model/relation.h"

#include <array>

namespace eg {
namespace {

constexpr std::array<std::pair<RelationType, std::string_view>, 14> kTypeNames = {{
    {RelationType::kBefore, "BEFORE"},
    {RelationType::kAfter, "AFTER"},
    {RelationType::kIBefore, "IBEFORE"},
    {RelationType::kIAfter, "IAFTER"},
    {RelationType::kIncludes, "INCLUDES"},
    {RelationType::kIsIncluded, "IS_INCLUDED"},
    {RelationType::kDuring, "DURING"},
    {RelationType::kBegins, "BEGINS"},
    {RelationType::kEnds, "ENDS"},
    {RelationType::kSimultaneous, "SIMULTANEOUS"},
    {RelationType::kOverlaps, "OVERLAPS"},
    {RelationType::kVague, "VAGUE"},
    {RelationType::kCauses, "CAUSES"},
    {RelationType::kPartOf, "PART_OF"},
}};

}  // namespace

std::string_view RelationTypeName(RelationType t) {
  for (const auto& [k, v] : kTypeNames) {
    if (k == t) return v;
  }
  return "VAGUE";
}

Result<RelationType> ParseRelationType(std::string_view name) {
  for (const auto& [k, v] : kTypeNames) {
    if (v == name) return k;
  }
  return Status::InvalidArgument("unknown relation type '" + std::string(name) + "'");
}

std::string_view RelationBasisName(RelationBasis b) {
  return b == RelationBasis::kText ? "text" : "time";
}

Result<RelationBasis> ParseRelationBasis(std::string_view name) {
  if (name == "time") return RelationBasis::kTime;
  if (name == "text") return RelationBasis::kText;
  return Status::InvalidArgument("unknown relation basis '" + std::string(name) + "'");
}

}  // namespace eg
