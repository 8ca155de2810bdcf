// The seed gazetteers. Coordinates are the usual city-centre values in decimal degrees (WGS 84),
// rounded to two decimals: enough to place an event on a map, not to survey it.
#include <algorithm>
#include <array>

#include "importers/extract/entities/gazetteer.h"

#include "importers/extract/words/word_table.h"

namespace eg {
namespace {

constexpr CountryEntry kCountries[] = {
    {"US", "United States", "United States of America|US|U.S.|USA|U.S.A.|America", "American|Americans"},
    {"UA", "Ukraine", "", "Ukrainian|Ukrainians"},
    {"RU", "Russia", "Russian Federation", "Russian|Russians"},
    {"BY", "Belarus", "", "Belarusian|Belarusians"},
    {"TR", "Turkey", "Türkiye|Turkiye", "Turkish|Turks"},
    {"IR", "Iran", "Islamic Republic of Iran", "Iranian|Iranians"},
    {"IQ", "Iraq", "", "Iraqi|Iraqis"},
    {"SY", "Syria", "", "Syrian|Syrians"},
    {"IL", "Israel", "", "Israeli|Israelis"},
    {"PS", "Palestine", "Palestinian territories", "Palestinian|Palestinians"},
    {"LB", "Lebanon", "", "Lebanese"},
    {"JO", "Jordan", "", "Jordanian|Jordanians"},
    {"EG", "Egypt", "", "Egyptian|Egyptians"},
    {"SA", "Saudi Arabia", "", "Saudi|Saudis"},
    {"AE", "United Arab Emirates", "UAE", "Emirati|Emiratis"},
    {"QA", "Qatar", "", "Qatari|Qataris"},
    {"YE", "Yemen", "", "Yemeni|Yemenis"},
    {"AF", "Afghanistan", "", "Afghan|Afghans"},
    {"PK", "Pakistan", "", "Pakistani|Pakistanis"},
    {"IN", "India", "", "Indian|Indians"},
    {"CN", "China", "People's Republic of China|PRC", "Chinese"},
    {"JP", "Japan", "", "Japanese"},
    {"KR", "South Korea", "Republic of Korea", "South Korean|South Koreans"},
    {"KP", "North Korea", "DPRK", "North Korean|North Koreans"},
    {"TW", "Taiwan", "", "Taiwanese"},
    {"GB", "United Kingdom", "UK|U.K.|Britain|Great Britain", "British|Briton|Britons"},
    {"FR", "France", "", "French"},
    {"DE", "Germany", "", "German|Germans"},
    {"IT", "Italy", "", "Italian|Italians"},
    {"ES", "Spain", "", "Spanish|Spaniard|Spaniards"},
    {"PT", "Portugal", "", "Portuguese"},
    {"NL", "Netherlands", "Holland", "Dutch"},
    {"BE", "Belgium", "", "Belgian|Belgians"},
    {"LU", "Luxembourg", "", ""},
    {"CH", "Switzerland", "", "Swiss"},
    {"AT", "Austria", "", "Austrian|Austrians"},
    {"PL", "Poland", "", "Polish|Poles"},
    {"CZ", "Czechia", "Czech Republic", "Czech|Czechs"},
    {"SK", "Slovakia", "", "Slovak|Slovaks"},
    {"HU", "Hungary", "", "Hungarian|Hungarians"},
    {"RO", "Romania", "", "Romanian|Romanians"},
    {"MD", "Moldova", "", "Moldovan|Moldovans"},
    {"BG", "Bulgaria", "", "Bulgarian|Bulgarians"},
    {"GR", "Greece", "", "Greek|Greeks"},
    {"RS", "Serbia", "", "Serbian|Serbs"},
    {"HR", "Croatia", "", "Croatian|Croats"},
    {"SE", "Sweden", "", "Swedish|Swedes"},
    {"NO", "Norway", "", "Norwegian|Norwegians"},
    {"FI", "Finland", "", "Finnish|Finns"},
    {"DK", "Denmark", "", "Danish|Danes"},
    {"EE", "Estonia", "", "Estonian|Estonians"},
    {"LV", "Latvia", "", "Latvian|Latvians"},
    {"LT", "Lithuania", "", "Lithuanian|Lithuanians"},
    {"IE", "Ireland", "", "Irish"},
    {"GE", "Georgia", "", "Georgian|Georgians"},
    {"AM", "Armenia", "", "Armenian|Armenians"},
    {"AZ", "Azerbaijan", "", "Azerbaijani|Azerbaijanis"},
    {"KZ", "Kazakhstan", "", "Kazakh|Kazakhs"},
    {"CA", "Canada", "", "Canadian|Canadians"},
    {"MX", "Mexico", "", "Mexican|Mexicans"},
    {"BR", "Brazil", "", "Brazilian|Brazilians"},
    {"AR", "Argentina", "", "Argentine|Argentinian|Argentinians"},
    {"VE", "Venezuela", "", "Venezuelan|Venezuelans"},
    {"CU", "Cuba", "", "Cuban|Cubans"},
    {"CO", "Colombia", "", "Colombian|Colombians"},
    {"AU", "Australia", "", "Australian|Australians"},
    {"ZA", "South Africa", "", "South African|South Africans"},
    {"NG", "Nigeria", "", "Nigerian|Nigerians"},
    {"ET", "Ethiopia", "", "Ethiopian|Ethiopians"},
    {"SD", "Sudan", "", "Sudanese"},
    {"LY", "Libya", "", "Libyan|Libyans"},
    {"VA", "Vatican City", "Holy See|Vatican", ""},
};

constexpr PlaceEntry kPlaces[] = {
    // Capitals: usable as metonymy for their country's government ("Moscow's willingness").
    {"Washington", "Washington, D.C.|Washington D.C.", "US", 38.91, -77.04, PlaceKind::kCity, true, ""},
    {"Kyiv", "Kiev", "UA", 50.45, 30.52, PlaceKind::kCity, true, ""},
    {"Moscow", "", "RU", 55.76, 37.62, PlaceKind::kCity, true, ""},
    {"Minsk", "", "BY", 53.90, 27.56, PlaceKind::kCity, true, ""},
    {"Ankara", "", "TR", 39.93, 32.86, PlaceKind::kCity, true, ""},
    {"Tehran", "Teheran", "IR", 35.69, 51.39, PlaceKind::kCity, true, ""},
    {"Baghdad", "", "IQ", 33.31, 44.36, PlaceKind::kCity, true, ""},
    {"Damascus", "", "SY", 33.51, 36.29, PlaceKind::kCity, true, ""},
    {"Jerusalem", "", "IL", 31.77, 35.21, PlaceKind::kCity, false, ""},
    {"Beirut", "", "LB", 33.89, 35.50, PlaceKind::kCity, true, ""},
    {"Amman", "", "JO", 31.95, 35.93, PlaceKind::kCity, true, ""},
    {"Cairo", "", "EG", 30.04, 31.24, PlaceKind::kCity, true, ""},
    {"Riyadh", "", "SA", 24.71, 46.68, PlaceKind::kCity, true, ""},
    {"Abu Dhabi", "", "AE", 24.45, 54.38, PlaceKind::kCity, true, ""},
    {"Doha", "", "QA", 25.29, 51.53, PlaceKind::kCity, true, ""},
    {"Sanaa", "Sana'a", "YE", 15.37, 44.19, PlaceKind::kCity, true, ""},
    {"Kabul", "", "AF", 34.56, 69.21, PlaceKind::kCity, true, ""},
    {"Islamabad", "", "PK", 33.68, 73.05, PlaceKind::kCity, true, ""},
    {"New Delhi", "", "IN", 28.61, 77.21, PlaceKind::kCity, true, ""},
    {"Beijing", "Peking", "CN", 39.90, 116.41, PlaceKind::kCity, true, ""},
    {"Tokyo", "", "JP", 35.68, 139.69, PlaceKind::kCity, true, ""},
    {"Seoul", "", "KR", 37.57, 126.98, PlaceKind::kCity, true, ""},
    {"Pyongyang", "", "KP", 39.04, 125.76, PlaceKind::kCity, true, ""},
    {"Taipei", "", "TW", 25.03, 121.57, PlaceKind::kCity, true, ""},
    {"London", "", "GB", 51.51, -0.13, PlaceKind::kCity, true, ""},
    {"Paris", "", "FR", 48.86, 2.35, PlaceKind::kCity, true, ""},
    {"Berlin", "", "DE", 52.52, 13.40, PlaceKind::kCity, true, ""},
    {"Rome", "", "IT", 41.90, 12.50, PlaceKind::kCity, true, ""},
    {"Madrid", "", "ES", 40.42, -3.70, PlaceKind::kCity, true, ""},
    {"Lisbon", "", "PT", 38.72, -9.14, PlaceKind::kCity, true, ""},
    {"Amsterdam", "", "NL", 52.37, 4.90, PlaceKind::kCity, true, ""},
    {"The Hague", "", "NL", 52.08, 4.30, PlaceKind::kCity, false, ""},
    {"Brussels", "", "BE", 50.85, 4.35, PlaceKind::kCity, true, ""},
    {"Geneva", "", "CH", 46.20, 6.14, PlaceKind::kCity, false, ""},
    {"Bern", "", "CH", 46.95, 7.45, PlaceKind::kCity, true, ""},
    {"Vienna", "", "AT", 48.21, 16.37, PlaceKind::kCity, true, ""},
    {"Warsaw", "", "PL", 52.23, 21.01, PlaceKind::kCity, true, ""},
    {"Prague", "", "CZ", 50.08, 14.44, PlaceKind::kCity, true, ""},
    {"Budapest", "", "HU", 47.50, 19.04, PlaceKind::kCity, true, ""},
    {"Bucharest", "", "RO", 44.43, 26.10, PlaceKind::kCity, true, ""},
    {"Chisinau", "", "MD", 47.01, 28.86, PlaceKind::kCity, true, ""},
    {"Sofia", "", "BG", 42.70, 23.32, PlaceKind::kCity, true, ""},
    {"Athens", "", "GR", 37.98, 23.73, PlaceKind::kCity, true, ""},
    {"Belgrade", "", "RS", 44.79, 20.45, PlaceKind::kCity, true, ""},
    {"Stockholm", "", "SE", 59.33, 18.07, PlaceKind::kCity, true, ""},
    {"Oslo", "", "NO", 59.91, 10.75, PlaceKind::kCity, true, ""},
    {"Helsinki", "", "FI", 60.17, 24.94, PlaceKind::kCity, true, ""},
    {"Copenhagen", "", "DK", 55.68, 12.57, PlaceKind::kCity, true, ""},
    {"Tallinn", "", "EE", 59.44, 24.75, PlaceKind::kCity, true, ""},
    {"Riga", "", "LV", 56.95, 24.11, PlaceKind::kCity, true, ""},
    {"Vilnius", "", "LT", 54.69, 25.28, PlaceKind::kCity, true, ""},
    {"Dublin", "", "IE", 53.35, -6.26, PlaceKind::kCity, true, ""},
    {"Tbilisi", "", "GE", 41.72, 44.79, PlaceKind::kCity, true, ""},
    {"Yerevan", "", "AM", 40.18, 44.51, PlaceKind::kCity, true, ""},
    {"Baku", "", "AZ", 40.41, 49.87, PlaceKind::kCity, true, ""},
    {"Ottawa", "", "CA", 45.42, -75.70, PlaceKind::kCity, true, ""},
    {"Mexico City", "", "MX", 19.43, -99.13, PlaceKind::kCity, true, ""},
    {"Brasilia", "Brasília", "BR", -15.79, -47.88, PlaceKind::kCity, true, ""},
    {"Buenos Aires", "", "AR", -34.60, -58.38, PlaceKind::kCity, true, ""},
    {"Caracas", "", "VE", 10.48, -66.90, PlaceKind::kCity, true, ""},
    {"Havana", "", "CU", 23.11, -82.37, PlaceKind::kCity, true, ""},
    {"Canberra", "", "AU", -35.28, 149.13, PlaceKind::kCity, true, ""},
    {"Pretoria", "", "ZA", -25.75, 28.19, PlaceKind::kCity, true, ""},
    {"Abuja", "", "NG", 9.08, 7.40, PlaceKind::kCity, true, ""},
    {"Addis Ababa", "", "ET", 9.03, 38.74, PlaceKind::kCity, true, ""},
    {"Khartoum", "", "SD", 15.50, 32.56, PlaceKind::kCity, true, ""},
    {"Tripoli", "", "LY", 32.89, 13.19, PlaceKind::kCity, true, ""},
    // Other major cities.
    {"New York", "New York City|NYC", "US", 40.71, -74.01, PlaceKind::kCity, false, ""},
    {"Miami", "", "US", 25.76, -80.19, PlaceKind::kCity, false, ""},
    {"Los Angeles", "", "US", 34.05, -118.24, PlaceKind::kCity, false, ""},
    {"Chicago", "", "US", 41.88, -87.63, PlaceKind::kCity, false, ""},
    {"Palm Beach", "", "US", 26.71, -80.04, PlaceKind::kCity, false, ""},
    {"Anchorage", "", "US", 61.22, -149.90, PlaceKind::kCity, false, ""},
    {"Kharkiv", "Kharkov", "UA", 49.99, 36.23, PlaceKind::kCity, false, ""},
    {"Odesa", "Odessa", "UA", 46.48, 30.72, PlaceKind::kCity, false, ""},
    {"Lviv", "", "UA", 49.84, 24.03, PlaceKind::kCity, false, ""},
    {"Donetsk", "", "UA", 48.02, 37.80, PlaceKind::kCity, false, ""},
    {"Zaporizhzhia", "", "UA", 47.84, 35.14, PlaceKind::kCity, false, ""},
    {"Kherson", "", "UA", 46.64, 32.62, PlaceKind::kCity, false, ""},
    {"Mariupol", "", "UA", 47.10, 37.55, PlaceKind::kCity, false, ""},
    {"Pokrovsk", "", "UA", 48.28, 37.18, PlaceKind::kCity, false, ""},
    {"Saint Petersburg", "St. Petersburg|St Petersburg", "RU", 59.93, 30.34, PlaceKind::kCity, false, ""},
    {"Istanbul", "", "TR", 41.01, 28.98, PlaceKind::kCity, false, ""},
    {"Dubai", "", "AE", 25.20, 55.27, PlaceKind::kCity, false, ""},
    {"Jeddah", "", "SA", 21.49, 39.19, PlaceKind::kCity, false, ""},
    {"Gaza", "Gaza City", "PS", 31.50, 34.47, PlaceKind::kCity, false, ""},
    {"Tel Aviv", "", "IL", 32.09, 34.78, PlaceKind::kCity, false, ""},
    {"Munich", "", "DE", 48.14, 11.58, PlaceKind::kCity, false, ""},
    {"Strasbourg", "", "FR", 48.57, 7.75, PlaceKind::kCity, false, ""},
    {"Davos", "", "CH", 46.80, 9.84, PlaceKind::kCity, false, ""},
    {"Shanghai", "", "CN", 31.23, 121.47, PlaceKind::kCity, false, ""},
    // Regions.
    {"Florida", "", "US", 27.66, -81.52, PlaceKind::kRegion, false, "Floridian"},
    {"California", "", "US", 36.78, -119.42, PlaceKind::kRegion, false, ""},
    {"Texas", "", "US", 31.97, -99.90, PlaceKind::kRegion, false, ""},
    {"Alaska", "", "US", 64.20, -149.49, PlaceKind::kRegion, false, ""},
    {"Crimea", "", "UA", 45.30, 34.40, PlaceKind::kRegion, false, "Crimean"},
    {"Donbas", "Donbass", "UA", 48.00, 38.00, PlaceKind::kRegion, false, ""},
    {"Kursk", "", "RU", 51.73, 36.19, PlaceKind::kRegion, false, ""},
    {"West Bank", "", "PS", 31.95, 35.30, PlaceKind::kRegion, false, ""},
    {"Gaza Strip", "", "PS", 31.35, 34.31, PlaceKind::kRegion, false, ""},
    // Continents: the demonym is taken only when no organization name starts there
    // ("European Union" wins over "European").
    {"Europe", "", "", 54.53, 15.26, PlaceKind::kContinent, false, "European|Europeans"},
    {"Africa", "", "", 8.78, 34.51, PlaceKind::kContinent, false, "African|Africans"},
    {"Asia", "", "", 34.05, 100.62, PlaceKind::kContinent, false, "Asian|Asians"},
    {"Middle East", "", "", 29.30, 42.55, PlaceKind::kContinent, false, "Middle Eastern"},
    {"Latin America", "", "", -14.24, -51.93, PlaceKind::kContinent, false, "Latin American"},
};

constexpr OrganizationEntry kOrganizations[] = {
    {"European Union", "EU|E.U.", "bloc|union", "", false},
    {"European Commission", "", "commission", "BE", false},
    {"European Parliament", "", "", "FR", false},
    {"North Atlantic Treaty Organization", "NATO|Nato", "alliance", "BE", false},
    {"United Nations", "UN|U.N.", "world body", "US", false},
    {"UN Security Council", "United Nations Security Council|Security Council|UNSC", "council", "US", false},
    {"International Atomic Energy Agency", "IAEA", "", "AT", false},
    {"International Criminal Court", "ICC", "court", "NL", false},
    {"International Monetary Fund", "IMF", "fund", "US", false},
    {"World Bank", "", "", "US", false},
    {"World Health Organization", "WHO", "", "CH", false},
    {"Organization for Security and Co-operation in Europe", "OSCE", "", "AT", false},
    {"Group of Seven", "G7|G-7", "", "", false},
    {"Group of Twenty", "G20|G-20", "", "", false},
    {"African Union", "AU", "", "ET", false},
    {"Arab League", "", "", "EG", false},
    {"BRICS", "", "", "", false},
    {"Kremlin", "", "", "RU", false},
    {"White House", "", "", "US", false},
    {"Pentagon", "", "", "US", false},
    {"Hamas", "", "", "PS", false},
    {"Hezbollah", "", "", "LB", false},
    // News outlets and agencies.
    {"Russia Today", "RT", "", "RU", true},
    {"Yeni Şafak", "Yeni Safak", "", "TR", true},
    {"BORNA", "Borna News Agency", "", "IR", true},
    {"IRNA", "Islamic Republic News Agency", "", "IR", true},
    {"Tasnim", "Tasnim News Agency", "", "IR", true},
    {"TASS", "", "", "RU", true},
    {"RIA Novosti", "", "", "RU", true},
    {"Anadolu Agency", "Anadolu", "", "TR", true},
    {"Reuters", "", "", "GB", true},
    {"Associated Press", "AP", "", "US", true},
    {"Agence France-Presse", "AFP", "", "FR", true},
    {"BBC", "", "", "GB", true},
    {"CNN", "", "", "US", true},
    {"Al Jazeera", "", "", "QA", true},
    {"The New York Times", "New York Times", "", "US", true},
    {"The Washington Post", "Washington Post", "", "US", true},
    {"Financial Times", "", "", "GB", true},
    {"Politico", "", "", "US", true},
    {"Axios", "", "", "US", true},
};

// Word lists (kept sorted for reading).
constexpr std::array kPersonTitles = std::to_array<std::string_view>({
    "ambassador", "archbishop", "c.e.o.", "capt.", "captain", "ceo", "chairman", "chancellor",
    "co-founder", "col.", "colonel", "commander", "dr", "dr.", "emir", "envoy", "executive",
    "founder", "gen.", "general", "gov.", "governor", "judge", "justice", "king", "lt.", "mayor",
    "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "pope", "premier", "president", "prime", "prince", "prof.",
    "queen", "rep.", "secretary", "sen.", "senator", "sheikh", "speaker", "sultan",
});

constexpr std::array kRoleWords = std::to_array<std::string_view>({
    "adviser", "advisor", "aide", "ambassador", "analyst", "ceo", "chair", "chairman", "chairwoman",
    "chancellor", "chief", "commander", "correspondent", "daughter", "deputy", "diplomat",
    "director", "editor", "envoy", "father", "founder", "general", "governor", "head", "husband",
    "journalist", "leader", "mayor", "member", "minister", "mother", "negotiator", "officer",
    "premier", "president", "professor", "representative", "secretary", "senator", "son",
    "son-in-law", "speaker", "spokesman", "spokesperson", "spokeswoman", "wife",
});

constexpr std::array kSpeechVerbs = std::to_array<std::string_view>({
    "added", "announced", "argued", "asserted", "claimed", "declared", "emphasized", "explained",
    "insisted", "noted", "said", "says", "stated", "stressed", "told", "tweeted", "warned", "wrote",
});

constexpr std::array kFacilityNouns = std::to_array<std::string_view>({
    "airbase",  "airport", "base",   "building", "center",  "centre",  "club",       "complex",
    "compound", "embassy", "estate", "facility", "factory", "hall",    "hospital",   "hotel",
    "palace",   "plant",   "port",   "refinery", "resort",  "stadium", "steelworks",
});

constexpr std::array kMediaNouns = std::to_array<std::string_view>({
    "agency", "broadcaster", "channel", "daily", "magazine", "network", "newspaper", "outlet",
    "tabloid", "website", "weekly",
});

constexpr std::array kGroupNouns = std::to_array<std::string_view>({
    "army", "authorities", "camp", "delegation", "delegations", "diplomats", "forces",
    "government", "leaders", "leadership", "military", "ministers", "negotiators", "officials",
    "side",
    "team", "troops",
});

constexpr std::array kFunctionWords = std::to_array<std::string_view>({
    "a", "about", "after", "against", "all", "also", "although", "among", "an", "and", "any",
    "as", "at", "because", "before", "between", "both", "but", "by", "during", "each", "either",
    "for", "from", "he", "her", "his", "however", "i", "if", "in", "into", "it", "its",
    "meanwhile", "my", "neither", "no", "nor", "not", "of", "on", "or", "our", "over", "she",
    "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "therefore", "these", "they", "this", "those", "though", "through", "to", "under", "until",
    "upon", "we", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "with", "within", "without", "yet", "you", "your",
});

// The lists as hash sets, built on first use: several lookups per token.
template <size_t N>
WordSet MakeSet(const std::array<std::string_view, N>& words) {
  WordSet set;
  for (std::string_view w : words) set.Insert(w);
  return set;
}

}  // namespace

std::span<const CountryEntry> Countries() { return kCountries; }
std::span<const PlaceEntry> Places() { return kPlaces; }
std::span<const OrganizationEntry> Organizations() { return kOrganizations; }

const WordSet& PersonTitles() {
  static const WordSet* const kSet = new WordSet(MakeSet(kPersonTitles));
  return *kSet;
}
const WordSet& RoleWords() {
  static const WordSet* const kSet = new WordSet(MakeSet(kRoleWords));
  return *kSet;
}
const WordSet& SpeechVerbs() {
  static const WordSet* const kSet = new WordSet(MakeSet(kSpeechVerbs));
  return *kSet;
}
const WordSet& FacilityNouns() {
  static const WordSet* const kSet = new WordSet(MakeSet(kFacilityNouns));
  return *kSet;
}
const WordSet& MediaNouns() {
  static const WordSet* const kSet = new WordSet(MakeSet(kMediaNouns));
  return *kSet;
}
const WordSet& GroupNouns() {
  static const WordSet* const kSet = new WordSet(MakeSet(kGroupNouns));
  return *kSet;
}
const WordSet& FunctionWords() {
  static const WordSet* const kSet = new WordSet(MakeSet(kFunctionWords));
  return *kSet;
}

}  // namespace eg
