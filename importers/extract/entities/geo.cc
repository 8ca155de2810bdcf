#include "importers/extract/entities/geo.h"

#include <geonames.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "importers/extract/entities/document.h"

namespace eg {
namespace {

// The key a name is looked up by: its tokens' lower-case forms joined by single spaces, so that
// the text's tokens can be matched without re-tokenizing the name.
std::string NameKey(std::string_view name) {
  std::string key;
  for (const Token& t : TokenizeText(name)) {
    if (!key.empty()) key.push_back(' ');
    key += t.lower;
  }
  return key;
}

}  // namespace

Result<std::vector<IsoCountry>> GeoData::LoadIsoCountries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("ISO 3166 table '" + path +
                            "' is missing: install the Debian package iso-codes");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::vector<IsoCountry> out;
  try {
    nlohmann::json doc = nlohmann::json::parse(buffer.str());
    for (const auto& c : doc.at("3166-1")) {
      IsoCountry country;
      country.code = c.at("alpha_2").get<std::string>();
      for (const char* field : {"common_name", "name", "official_name"}) {
        if (!c.contains(field)) continue;
        std::string n = c.at(field).get<std::string>();
        // "Korea, Republic of" is a catalogue form that no article writes.
        if (n.find(',') != std::string::npos) continue;
        if (country.name.empty()) country.name = n;
        country.names.push_back(std::move(n));
      }
      if (!country.name.empty()) out.push_back(std::move(country));
    }
  } catch (const std::exception& e) {
    return Status::Corruption("ISO 3166 table '" + path + "' is not what iso-codes ships: " +
                              e.what());
  }
  if (out.size() < 200) return Status::Corruption("ISO 3166 table '" + path + "' is truncated");
  return out;
}

Result<const GeoData*> GeoData::Shared() {
  static const Result<const GeoData*> kShared = []() -> Result<const GeoData*> {
    auto data = std::make_unique<GeoData>();
    Result<std::vector<IsoCountry>> countries = LoadIsoCountries(std::string(kIsoCodesPath));
    if (!countries.ok()) return countries.status();
    data->countries_ = std::move(*countries);
    int n = geonames_get_n_cities();
    if (n <= 0) {
      return Status::NotFound("libgeonames has no cities: install the Debian package libgeonames0");
    }
    for (int i = 0; i < n; ++i) {
      GeonamesCity* c = geonames_get_city(i);
      if (c == nullptr) continue;
      City city;
      const char* name = geonames_city_get_name(c);
      const char* code = geonames_city_get_country_code(c);
      const char* state = geonames_city_get_state(c);
      city.name = name != nullptr ? name : "";
      city.country = code != nullptr ? code : "";
      city.state = state != nullptr ? state : "";
      city.lat = geonames_city_get_latitude(c);
      city.lon = geonames_city_get_longitude(c);
      city.population = geonames_city_get_population(c);
      geonames_city_free(c);
      if (city.name.empty() || city.country.size() != 2) continue;
      std::string key = NameKey(city.name);
      size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
      data->max_city_words_ = std::max(data->max_city_words_, words);
      data->cities_[key].push_back(std::move(city));
      ++data->city_count_;
    }
    data->cities_.ForEach([](std::string_view, std::vector<City>& list) {
      std::stable_sort(list.begin(), list.end(),
                       [](const City& a, const City& b) { return a.population > b.population; });
    });
    // Most capitalized words asked about are no city: 32 KiB of filter turns them away.
    data->cities_.AddFilter(18);
    return data.release();
  }();
  return kShared;
}

const std::vector<City>& GeoData::CitiesNamed(std::string_view lower) const {
  static const std::vector<City> kNone;
  const std::vector<City>* cities = cities_.Find(lower);
  return cities == nullptr ? kNone : *cities;
}

}  // namespace eg
