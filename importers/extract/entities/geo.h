// Geographic reference data from Debian packages, read once at start-up:
//  - every ISO 3166-1 country from iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): its
//    alpha-2 code and its short, common and official names;
//  - the cities of libgeonames (about 24,000 cities with population >= 15,000, with coordinates,
//    population and country), whose data is compiled into that library.
// Our own tables (gazetteer.h) add what these lack: demonyms, usual aliases ("US", "Kiev") and
// capitals for metonymy; they take precedence where both name the same thing.
//
// Shared() loads both on first use and fails, every time, with a Status naming the missing package.
// The data is immutable afterwards: thread-safe for readers.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GEO_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GEO_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "importers/extract/words/word_table.h"

namespace eg {

struct IsoCountry {
  std::string code;                // alpha-2
  std::string name;                // the common name where iso-codes gives one, else its name
  std::vector<std::string> names;  // every name iso-codes gives (short, common, official)
};

struct City {
  std::string name;
  std::string country;  // alpha-2
  std::string state;
  double lat = 0;
  double lon = 0;
  unsigned population = 0;
};

class GeoData {
 public:
  static constexpr std::string_view kIsoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json";

  static Result<const GeoData*> Shared();

  const std::vector<IsoCountry>& countries() const { return countries_; }
  // The cities named `lower` (ASCII lower-case, as Token::lower), largest first; empty if none.
  const std::vector<City>& CitiesNamed(std::string_view lower) const;
  size_t city_count() const { return city_count_; }
  // The number of words of the longest city name, for phrase matching.
  size_t max_city_words() const { return max_city_words_; }

  static Result<std::vector<IsoCountry>> LoadIsoCountries(const std::string& path);

 private:
  std::vector<IsoCountry> countries_;
  // By name key. A WordTable, since most words asked about are no city: the key's length and
  // first and last bytes turn most away before any hashing, and nothing is allocated.
  WordTable<std::vector<City>> cities_;
  size_t city_count_ = 0;
  size_t max_city_words_ = 1;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_GEO_H_
