// Event: a typed happening with its time span, place, participants, modality and evidence.
#ifndef EVENTGRAPH_ENGINE_MODEL_EVENT_H_
#define EVENTGRAPH_ENGINE_MODEL_EVENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/entity.h"
#include "engine/model/time_span.h"

namespace eg {

enum class Role : int { kSource = 0, kTarget = 1, kParticipant = 2 };
std::string_view RoleName(Role r);
Result<Role> ParseRole(std::string_view name);

enum class Modality : int {
  kAsserted = 0,
  kReported = 1,
  kPlanned = 2,
  kHypothetical = 3,
  kNegated = 4,
};
std::string_view ModalityName(Modality m);
Result<Modality> ParseModality(std::string_view name);

struct Participant {
  std::string entity;  // entity id
  Role role = Role::kParticipant;
  bool operator==(const Participant&) const = default;
};

struct Location {
  std::string entity;     // entity id of the place
  std::string name;       // the place's name as displayed
  std::string qualifier;  // "in", "near", "at"
  std::optional<double> lat;
  std::optional<double> lon;
  bool operator==(const Location&) const = default;
};

struct Evidence {
  std::string article;  // article id
  Span sentence;        // byte offsets into the article's stored text
  Span trigger;
  std::string trigger_text;
  bool operator==(const Evidence&) const = default;
};

// Why a cross-article merge joined another event into this one (engine/graph). The absorbed
// event's own record is kept by the store so that the merge can be undone.
struct MergeNote {
  std::string event;  // id of the absorbed event
  std::string rule;   // the rule that matched: "same-type,overlapping-time,shared-participants"
  double score = 0.0;
  bool operator==(const MergeNote&) const = default;
};

struct Event {
  std::string id;
  std::string type;   // our taxonomy: "negotiate", "meet", "invade", ... (see EventTypes())
  std::string cameo;  // CAMEO root code of the type, two digits ("03"... "20")
  std::string label;  // short readable label: "Peace negotiations near Miami"
  TimeSpan time;
  std::optional<Location> location;
  std::vector<Participant> participants;
  Modality modality = Modality::kAsserted;
  std::vector<Evidence> evidence;
  double confidence = 0.5;
  // Set by linking (engine/graph); 0 / empty until then and then left out of the JSON.
  int sources = 0;              // distinct articles among the evidence
  int independent_sources = 0;  // the same, counting syndicated copies (same wire, same text) once
  std::vector<MergeNote> merged = {};  // events merged into this one, in merge order

  bool operator==(const Event&) const = default;
};

// One entry of the event taxonomy.
struct EventTypeInfo {
  std::string_view type;   // "negotiate"
  std::string_view cameo;  // "04"
  std::string_view description;
};

// The taxonomy, in a fixed order. Every Event::type is one of these names.
const std::vector<EventTypeInfo>& EventTypes();
// The entry for `type`, or nullptr.
const EventTypeInfo* FindEventType(std::string_view type);

// "ev:" + 16 hex digits of a hash over article id, trigger offset and type: stable across runs.
std::string MakeEventId(std::string_view article_id, size_t trigger_begin, std::string_view type);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_MODEL_EVENT_H_
