// Country codes and names for structured event data: ISO 3166-1 from the iso-codes package
// (/usr/share/iso-codes/json/iso_3166-1.json, read once on first use), so that ACLED's country names
// and numeric codes and GDELT's CAMEO alpha-3 codes and place names map to the alpha-2 codes our
// entities carry. Thread-safe (the table is built once and then only read).
#ifndef EVENTGRAPH_IMPORTERS_CSV_COUNTRIES_H_
#define EVENTGRAPH_IMPORTERS_CSV_COUNTRIES_H_

#include <string>
#include <string_view>

namespace eg {

struct CountryInfo {
  std::string alpha2;  // "UA"
  std::string alpha3;  // "UKR"
  std::string name;    // the common short name: "Ukraine", "Russia", "Iran"
};

// The country with this ISO alpha-3 code ("UKR"; CAMEO uses these for countries), case-insensitive.
const CountryInfo* CountryByAlpha3(std::string_view code);
// The country with this ISO numeric code ("804" or "4" for "004").
const CountryInfo* CountryByNumeric(std::string_view code);
// The country with this name, case-insensitive: ISO names ("Russian Federation"), common names
// ("Iran") and the usual short forms news data uses ("Russia", "Czech Republic", "Turkey").
const CountryInfo* CountryByName(std::string_view name);
// True when the ISO table could be read (false when the iso-codes package is missing).
bool CountryTableLoaded();

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_CSV_COUNTRIES_H_
