#include "importers/csv/countries.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

namespace eg {
namespace {

constexpr const char* kIsoTable = "/usr/share/iso-codes/json/iso_3166-1.json";

// Short forms that news and event data use where ISO's name differs: a table of our own.
constexpr std::pair<const char*, const char*> kExtraNames[] = {
    {"russia", "RU"},        {"czech republic", "CZ"},   {"turkey", "TR"},
    {"macedonia", "MK"},     {"palestine", "PS"},        {"ivory coast", "CI"},
    {"burma", "MM"},         {"swaziland", "SZ"},        {"cape verde", "CV"},
    {"vatican", "VA"},       {"brunei", "BN"},           {"uk", "GB"},
    {"great britain", "GB"}, {"usa", "US"},              {"united states of america", "US"},
    {"democratic republic of congo", "CD"}, {"democratic republic of the congo", "CD"},
    {"republic of congo", "CG"}, {"east timor", "TL"},   {"kosovo", "XK"},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct Table {
  std::vector<CountryInfo> countries;
  std::map<std::string, size_t> by_alpha3, by_numeric, by_name;
  bool loaded = false;
};

void AddName(Table& t, std::string_view name, size_t index) {
  if (!name.empty()) t.by_name.emplace(Lower(name), index);
}

const Table& GetTable() {
  static const Table* const table = [] {
    auto* t = new Table();
    std::ifstream in(kIsoTable);
    if (!in) return t;
    std::stringstream text;
    text << in.rdbuf();
    // The table is a system file; a damaged one leaves country codes unmapped rather than failing
    // every import.
    const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) return t;
    for (const auto& entry : doc["3166-1"]) {
      if (!entry.is_object()) continue;
      const std::string alpha2 = entry.value("alpha_2", "");
      const std::string alpha3 = entry.value("alpha_3", "");
      const std::string name = entry.value("name", "");
      const std::string common = entry.value("common_name", "");
      if (alpha2.empty() || alpha3.empty()) continue;
      const size_t index = t->countries.size();
      t->countries.push_back({alpha2, alpha3, common.empty() ? name : common});
      t->by_alpha3.emplace(alpha3, index);
      const std::string numeric = entry.value("numeric", "");
      if (!numeric.empty()) t->by_numeric.emplace(std::to_string(std::atoi(numeric.c_str())), index);
      AddName(*t, name, index);
      AddName(*t, common, index);
      AddName(*t, entry.value("official_name", ""), index);
    }
    std::map<std::string, size_t> by_alpha2;
    for (size_t i = 0; i < t->countries.size(); ++i) by_alpha2.emplace(t->countries[i].alpha2, i);
    for (const auto& [name, alpha2] : kExtraNames) {
      if (auto it = by_alpha2.find(alpha2); it != by_alpha2.end()) {
        t->by_name.emplace(name, it->second);
        if (std::string_view(name) == "russia") t->countries[it->second].name = "Russia";
      } else if (std::string_view(alpha2) == "XK") {
        // Kosovo has a user-assigned code, not in ISO's table.
        const size_t index = t->countries.size();
        t->countries.push_back({"XK", "XKX", "Kosovo"});
        t->by_alpha3.emplace("XKX", index);
        t->by_name.emplace(name, index);
      }
    }
    t->loaded = !t->countries.empty();
    return t;
  }();
  return *table;
}

const CountryInfo* Lookup(const std::map<std::string, size_t>& index, const std::string& key) {
  const Table& t = GetTable();
  auto it = index.find(key);
  return it == index.end() ? nullptr : &t.countries[it->second];
}

}  // namespace

const CountryInfo* CountryByAlpha3(std::string_view code) {
  std::string key(code);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return Lookup(GetTable().by_alpha3, key);
}

const CountryInfo* CountryByNumeric(std::string_view code) {
  if (code.empty() || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return nullptr;
  }
  return Lookup(GetTable().by_numeric, std::to_string(std::atoi(std::string(code).c_str())));
}

const CountryInfo* CountryByName(std::string_view name) { return Lookup(GetTable().by_name, Lower(name)); }

bool CountryTableLoaded() { return GetTable().loaded; }

}  // namespace eg
