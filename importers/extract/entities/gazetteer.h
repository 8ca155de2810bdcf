// Gazetteers and word lists for entity recognition, compiled in from our own tables
// (gazetteer_data.cc). Names, aliases and demonyms are '|'-separated lists in the tables.
//
// These are the seed tables; larger sources (iso-codes, GeoNames, WordNet) are meant to replace or
// extend them behind the same functions. Thread safety: read-only static data.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_

#include <span>
#include <string_view>

#include "importers/extract/words/word_table.h"

namespace eg {

struct CountryEntry {
  std::string_view code;      // ISO 3166-1 alpha-2
  std::string_view name;      // canonical English short name
  std::string_view aliases;   // "United States of America|US|U.S.|USA|America"
  std::string_view demonyms;  // "American|Americans"
};

enum class PlaceKind { kCity, kRegion, kContinent };

struct PlaceEntry {
  std::string_view name;
  std::string_view aliases;
  std::string_view country;  // ISO alpha-2, empty for continents
  double lat;
  double lon;
  PlaceKind kind;
  bool capital;               // a capital city, usable as metonymy for its country's government
  std::string_view demonyms;  // for continents and regions: "European|Europeans"
};

struct OrganizationEntry {
  std::string_view name;
  std::string_view aliases;       // acronyms and other names: "EU|E.U."
  std::string_view descriptions;  // definite descriptions that refer back to it: "bloc|union"
  std::string_view country;       // seat or home country, ISO alpha-2, may be empty
  bool media;                     // a news outlet or agency
};

std::span<const CountryEntry> Countries();
std::span<const PlaceEntry> Places();
std::span<const OrganizationEntry> Organizations();

// Lower-case word lists, built on first use (thread-safe) and never freed.
const WordSet& PersonTitles();   // "president", "general", "minister", "dr."
const WordSet& RoleWords();      // nouns that make an apposition a person's role
const WordSet& SpeechVerbs();    // "said", "claimed": evidence that a name is a person
const WordSet& FacilityNouns();  // "club", "hotel", "airport"
const WordSet& MediaNouns();     // "newspaper", "network", "agency"
const WordSet& GroupNouns();     // "delegation", "officials", "army": stand for a party
const WordSet& FunctionWords();  // determiners, pronouns, prepositions, conjunctions

// Membership in those lists. Inline, so that the tables' length and first/last-byte test, which
// turns most words away, runs in the caller: the recognizers ask for nearly every token.
inline bool IsPersonTitle(std::string_view lower) {
  static const WordSet& kSet = PersonTitles();
  return kSet.Contains(lower);
}
inline bool IsRoleWord(std::string_view lower) {
  static const WordSet& kSet = RoleWords();
  return kSet.Contains(lower);
}
inline bool IsSpeechVerb(std::string_view lower) {
  static const WordSet& kSet = SpeechVerbs();
  return kSet.Contains(lower);
}
inline bool IsFacilityNoun(std::string_view lower) {
  static const WordSet& kSet = FacilityNouns();
  return kSet.Contains(lower);
}
inline bool IsMediaNoun(std::string_view lower) {
  static const WordSet& kSet = MediaNouns();
  return kSet.Contains(lower);
}
inline bool IsGroupNoun(std::string_view lower) {
  static const WordSet& kSet = GroupNouns();
  return kSet.Contains(lower);
}
inline bool IsFunctionWord(std::string_view lower) {
  static const WordSet& kSet = FunctionWords();
  return kSet.Contains(lower);
}

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_
