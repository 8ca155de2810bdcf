// The event trigger lexicon: word forms that name an event, mapped to our taxonomy (EventTypes()).
// Compiled in from triggers_data.cc; WordNet-based lemmatization is meant to extend it later behind
// FindTrigger. Thread safety: read-only static data.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_TRIGGERS_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_TRIGGERS_H_

#include <string_view>

namespace eg {

enum class TriggerPos {
  kVerb,
  kNoun,
  kEither,  // "attack", "visits": a noun after a determiner or an adjective, else a verb
};

struct TriggerEntry {
  std::string_view forms;  // '|'-separated lower-case word forms
  std::string_view lemma;  // "negotiate"
  std::string_view type;   // a type of EventTypes()
  TriggerPos pos;
  // A bounded gathering (a meeting, talks, a visit): without a tense of its own it takes the
  // day-precise time the narration has set.
  bool gathering;
};

// The entry for a lower-case word form, or nullptr. Conservative by design: only newsworthy
// triggers are listed, and "other" only for a short list (elections, referendums).
const TriggerEntry* FindTrigger(std::string_view lower);

// True for types whose parties act together rather than one on another (meet, negotiate, fight).
bool IsSymmetricType(std::string_view type);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_TRIGGERS_H_
