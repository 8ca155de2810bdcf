#include "engine/model/event.h"

#include <array>
#include <charconv>

#include "engine/base/ids.h"

namespace eg {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 3> kRoleNames = {{
    {Role::kSource, "source"}, {Role::kTarget, "target"}, {Role::kParticipant, "participant"}}};

constexpr std::array<std::pair<Modality, std::string_view>, 5> kModalityNames = {{
    {Modality::kAsserted, "asserted"},
    {Modality::kReported, "reported"},
    {Modality::kPlanned, "planned"},
    {Modality::kHypothetical, "hypothetical"},
    {Modality::kNegated, "negated"},
}};

}  // namespace

std::string_view RoleName(Role r) {
  for (const auto& [k, v] : kRoleNames) {
    if (k == r) return v;
  }
  return "participant";
}

Result<Role> ParseRole(std::string_view name) {
  for (const auto& [k, v] : kRoleNames) {
    if (v == name) return k;
  }
  return Status::InvalidArgument("unknown role '" + std::string(name) + "'");
}

std::string_view ModalityName(Modality m) {
  for (const auto& [k, v] : kModalityNames) {
    if (k == m) return v;
  }
  return "asserted";
}

Result<Modality> ParseModality(std::string_view name) {
  for (const auto& [k, v] : kModalityNames) {
    if (v == name) return k;
  }
  return Status::InvalidArgument("unknown modality '" + std::string(name) + "'");
}

const std::vector<EventTypeInfo>& EventTypes() {
  // Our taxonomy, each type on a CAMEO root (the two-digit top level of the CAMEO codebook).
  static const std::vector<EventTypeInfo> kTypes = {
      {"statement", "01", "Make a public statement, comment, announcement"},
      {"appeal", "02", "Appeal or request"},
      {"intent", "03", "Express intent to cooperate, promise"},
      {"meet", "04", "Meet, hold a meeting or summit, consult"},
      {"negotiate", "04", "Negotiate, hold talks"},
      {"visit", "04", "Visit, host a visit"},
      {"cooperate", "05", "Diplomatic cooperation: agree, sign, endorse"},
      {"aid", "07", "Provide aid: military, economic, humanitarian"},
      {"yield", "08", "Yield: concede, withdraw, release, cease fire"},
      {"investigate", "09", "Investigate"},
      {"demand", "10", "Demand"},
      {"criticize", "11", "Disapprove: criticize, accuse, deny"},
      {"reject", "12", "Reject a proposal or demand"},
      {"threaten", "13", "Threaten"},
      {"protest", "14", "Protest, demonstrate"},
      {"mobilize", "15", "Exhibit force posture, mobilize"},
      {"sanction", "16", "Reduce relations: sanctions, embargo, break off"},
      {"coerce", "17", "Coerce: arrest, seize, repress"},
      {"attack", "18", "Assault: bombing, attack, kill"},
      {"fight", "19", "Fight with conventional military force, war"},
      {"invade", "19", "Invade or occupy territory"},
      {"mass_violence", "20", "Unconventional mass violence"},
      {"other", "", "An eventive mention outside the taxonomy, kept with its lemma"},
  };
  return kTypes;
}

const EventTypeInfo* FindEventType(std::string_view type) {
  for (const auto& t : EventTypes()) {
    if (t.type == type) return &t;
  }
  return nullptr;
}

std::string MakeEventId(std::string_view article_id, size_t trigger_begin, std::string_view type) {
  // The key and the id are sized once: extraction makes an id per event mention, and growing
  // them piece by piece (and prepending "ev:") cost more than the hash.
  char number[24];
  const auto digits = static_cast<size_t>(
      std::to_chars(number, number + sizeof number, trigger_begin).ptr - number);
  std::string key;
  key.reserve(article_id.size() + digits + type.size() + 2);
  key.append(article_id);
  key.push_back('\x1f');
  key.append(number, digits);
  key.push_back('\x1f');
  key.append(type);
  std::string id;
  id.reserve(3 + 16);
  id.append("ev:");
  AppendHex64(Hash64(key), &id);
  return id;
}

}  // namespace eg
