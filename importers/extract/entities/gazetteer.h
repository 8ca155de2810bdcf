// Gazetteers and word lists for entity recognition, compiled in from our own tables
// (gazetteer_data.cc). Names, aliases and demonyms are '|'-separated lists in the tables.
//
// These are the seed tables; larger sources (iso-codes, GeoNames, WordNet) are meant to replace or
// extend them behind the same functions. Thread safety: read-only static data.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_

#include <span>
#include <string_view>

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

// Lower-case word lists.
bool IsPersonTitle(std::string_view lower);   // "president", "general", "minister", "dr."
bool IsRoleWord(std::string_view lower);      // nouns that make an apposition a person's role
bool IsSpeechVerb(std::string_view lower);    // "said", "claimed": evidence that a name is a person
bool IsFacilityNoun(std::string_view lower);  // "club", "hotel", "airport"
bool IsMediaNoun(std::string_view lower);     // "newspaper", "network", "agency"
bool IsGroupNoun(std::string_view lower);     // "delegation", "officials", "army": stand for a party
bool IsFunctionWord(std::string_view lower);  // determiners, pronouns, prepositions, conjunctions

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GAZETTEER_H_
