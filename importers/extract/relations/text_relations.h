// Relations between event mentions that the text itself states with a cue word or phrase.
//
// Within one sentence, a cue such as "ahead of", "after", "in response to" or "led to" links the
// sentence's main event to the event its phrase names:
//   main BEFORE object   "ahead of", "before", "prior to", "in the run-up to", "days before",
//                        "in preparation for"
//   main AFTER object    "after", "following", "in the wake of", "since", "days after"
//   object CAUSES main   "in response to", "in retaliation for", "prompted by", "as a result of"
//                        (also main AFTER object)
//   main CAUSES object   "led to", "resulted in", "triggered", "sparked" (also main BEFORE object)
//
// The object is the first mention whose trigger starts after the cue and before the end of the
// cue's phrase: the sentence end, ';', ')', or a comma (a comma closes a fronted phrase such as
// "After the vote, parliament adjourned"). A reporting mention (type "statement") that only
// introduces a description ("following what she described as ... discussions") is passed over. The
// main event is the first mention of the sentence outside every cue phrase; for the causal verbs
// ("led to", "sparked") it is the nearest mention before the cue, their grammatical subject.
// Non-temporal uses
// ("named after", "after all", "the following day") are not cues.
//
// Confidence: 0.8 for temporal cues, 0.6 for causal ones. Relations carry the mentions' ids and
// basis kText; duplicates are dropped, and a mention is never related to itself.
// Thread safety: a pure function.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_RELATIONS_TEXT_RELATIONS_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_RELATIONS_TEXT_RELATIONS_H_

#include <string_view>
#include <vector>

#include "engine/model/relation.h"
#include "importers/extract/extract.h"

namespace eg {

// Relations stated by cue words between event mentions of one text; ids are the mentions' ids,
// basis kText. `text` is the text the extraction's offsets point into. A mention is placed in the
// sentence of its first evidence; mentions without evidence or with offsets outside `text` are
// ignored. Returns relations in sentence order, then cue order.
std::vector<Relation> ExtractTextRelations(std::string_view text, const Extraction& extraction);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_RELATIONS_TEXT_RELATIONS_H_
