// Event mention extraction: one Event per trigger word, with its type, arguments, time, modality,
// label and one piece of evidence.
//
// Arguments come from the trigger's clause: for verbs the subject (source) and object (target); for
// event nouns the possessor and premodifiers ("Russia's invasion", "US negotiations"), "with/
// between X" (participants), "by X" (source), "of/against/to X" (target), and the subject of a
// participation verb ("X represented ... in the negotiations"). Groups such as "the Ukrainian
// delegation" stand for their country and for the members listed elsewhere ("The delegation
// included A, B"). Places come from "in/near/at <place>" and place premodifiers; the most specific
// wins (facility, then city or region, then country).
//
// Time, in order: an explicit time expression in the trigger's clause; the tense of the trigger or
// of the noun's own verb ("the talks were held": end = DCT, start open; "will": start = DCT, end
// open); for gatherings without one, the last day-precise time the narration set in the section
// ("stated today ... Speaking ahead of the meeting"); the tense of the governing verb; else open.
// Modality: negated > hypothetical ("if", "potential") > planned ("will", "would") > reported
// (quotations, "X reported that") > asserted. Definite anaphors ("the talks") without arguments
// take the participants and place of the last mention of the same type.
// Thread safety: pure functions over read-only tables.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_EVENTS_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_EVENTS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "engine/model/event.h"
#include "importers/extract/entities/document.h"
#include "importers/extract/entities/entities.h"
#include "importers/extract/timex/timex.h"

namespace eg {

// The event mentions of `doc`, in trigger order. `timexes` are the text's time expressions (offsets
// into doc.text); `dct` anchors tense (without it tense leaves both bounds open). Mentions without
// any argument (no participant, place or explicit time) are dropped, precision over recall,
// unless `keep_bare` (used to measure trigger detection alone).
//
// Triggers: the typed lexicon (triggers.h) by form or WordNet lemma; every other verb in a verb
// position and every noun whose first WordNet senses are acts, events, processes or phenomena
// becomes type `other`. Without WordNet data only the typed lexicon applies.
std::vector<Event> ExtractEvents(const Document& doc, const EntityAnalysis& entities,
                                 const std::vector<Timex>& timexes, std::string_view article_id,
                                 std::optional<Date> dct, bool keep_bare = false);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_EVENTS_EVENTS_H_
