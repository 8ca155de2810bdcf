// Entity recognition: people, organizations, countries, places and facilities in a Document.
//
// Rules, in order of precedence:
//  1. Gazetteer names (longest match): countries with their aliases and demonyms ("Ukrainian" ->
//     country:UA), cities and regions with coordinates, organizations with acronyms, news outlets;
//     a name after a media noun ("the newspaper X") is an outlet.
//  2. Facilities: "<facility noun> named|called "X"" and capitalized names ending in a facility noun.
//  3. People: a run of capitalized words (never in a heading) with evidence of personhood: a title
//     before it ("General Andriy Hontov"), a role apposition after it ("Kaja Kallas, the EU's High
//     Representative ..."), or a speech verb after a name of two or more words ("Kaja Kallas said").
//     Titles and appositions become Entity::titles; the mentions inside an apposition are embedded.
//  4. Short forms: a later (or earlier, or heading) surname alone ("Kallas", "Witkoff's") is the
//     person of that surname, when exactly one person of the document has it.
//  5. Descriptions: "the bloc" is the European Union when the Union is named in the document.
//  6. Capitals as metonymy: a capital that acts ("Moscow's willingness", "channels with Kyiv and
//     Moscow", "Moscow said") is its country; after "in", "at", "near", ... it stays a place.
//  7. Recurrence: an organization's name recurs anywhere in the document, headings included, also
//     without its legal suffix ("Apple" after "Apple Inc." or "Apple Computer").
//  8. Pronouns and common nouns: "he/his" is the last person, "it/its" the last organization or
//     country, "they/their" the last organization or group, "I/my" inside a quotation its
//     speaker; "the company" (a WordNet noun.group head after a determiner) the last
//     organization; a person noun (WordNet noun.person: "CEO", "the former executive") next to or
//     after a person is that person; plural person nouns ("500 Apple engineers", "Ukrainian
//     ministers") are a group entity, with the country of a demonym or country premodifier.
// Thread safety: pure functions over read-only tables.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_ENTITIES_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_ENTITIES_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/model/entity.h"
#include "importers/extract/entities/document.h"

namespace eg {

enum class MentionForm {
  kName,         // the canonical name or a full alias ("United States", "US", "Kaja Kallas")
  kShortName,    // a person's surname alone
  kDemonym,      // "Ukrainian", "American"
  kMetonym,      // a capital standing for its country
  kDescription,  // "the bloc", "the company", "CEO": a common noun for a named entity
  kPronoun,      // "he", "its", "they"; "I" inside a quotation is its speaker
  kGroup,        // "500 Apple engineers", "Ukrainian ministers": people named by a common noun
};

struct EntityMention {
  size_t entity = 0;  // index into EntityAnalysis::entities
  size_t first = 0;   // token range [first, last) in Document::tokens
  size_t last = 0;
  Span span;          // byte offsets of the words (without a possessive "'s")
  MentionForm form = MentionForm::kName;
  bool possessive = false;  // followed by "'s"
  // The role apposition of a person mention, as a token range [first, last), or nullopt.
  std::optional<std::pair<size_t, size_t>> apposition;
  // Inside another mention's title or apposition ("US" in "the US Presidential Special Envoy"):
  // a modifier of that person, not an actor of the clause.
  bool embedded = false;
};

struct EntityAnalysis {
  std::vector<Entity> entities;         // by first mention; each with its mentions' spans
  std::vector<EntityMention> mentions;  // sorted by first token; never overlapping
  std::vector<int> token_mention;       // per token: index into mentions, or -1
  std::vector<int> token_apposition;    // per token: the mention whose apposition holds it, or -1
};

// Recognizes the entities of `doc`.
EntityAnalysis RecognizeEntities(const Document& doc);

// True for kinds that can act in an event (people, organizations, countries, groups).
bool IsActorKind(EntityKind k);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_ENTITIES_H_
