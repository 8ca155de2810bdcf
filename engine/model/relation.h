// Relation: a typed edge between two events (TimeML interval relations, plus VAGUE, CAUSES, PART_OF).
#ifndef EVENTGRAPH_ENGINE_MODEL_RELATION_H_
#define EVENTGRAPH_ENGINE_MODEL_RELATION_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/base/status.h"

namespace eg {

enum class RelationType : int {
  kBefore = 0,
  kAfter = 1,
  kIBefore = 2,
  kIAfter = 3,
  kIncludes = 4,
  kIsIncluded = 5,
  kDuring = 6,
  kBegins = 7,
  kEnds = 8,
  kSimultaneous = 9,
  kOverlaps = 10,
  kVague = 11,
  kCauses = 12,
  kPartOf = 13,
};
std::string_view RelationTypeName(RelationType t);  // "BEFORE", "IS_INCLUDED", ...
Result<RelationType> ParseRelationType(std::string_view name);

enum class RelationBasis : int { kTime = 0, kText = 1 };
std::string_view RelationBasisName(RelationBasis b);  // "time", "text"
Result<RelationBasis> ParseRelationBasis(std::string_view name);

struct Relation {
  std::string from;  // event id
  std::string to;    // event id
  RelationType type = RelationType::kVague;
  RelationBasis basis = RelationBasis::kTime;
  double confidence = 1.0;
  // For VAGUE: the relations the time bounds leave possible, bit (1 << int(type)) each; 0 when
  // unstated. JSON: "possible": ["BEFORE", ...], left out when 0.
  uint32_t possible = 0;
  bool operator==(const Relation&) const = default;
};

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_RELATION_H_
