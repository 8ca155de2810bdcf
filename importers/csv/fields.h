// Small, strict conversions of the text fields of structured records.
#ifndef EVENTGRAPH_IMPORTERS_CSV_FIELDS_H_
#define EVENTGRAPH_IMPORTERS_CSV_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>

namespace eg {

// `s` without leading and trailing ASCII spaces, tabs and line breaks.
std::string_view TrimField(std::string_view s);
// The whole (trimmed) field as a decimal number, or nullopt when it is empty or not a number.
std::optional<double> ParseDecimal(std::string_view s);
std::optional<long long> ParseInteger(std::string_view s);
// A latitude in [-90, 90] / longitude in [-180, 180], or nullopt.
std::optional<double> ParseLatitude(std::string_view s);
std::optional<double> ParseLongitude(std::string_view s);
// "MANILA" -> "Manila", "NEW YORK" -> "New York": GDELT writes actor names in capitals.
std::string TitleCase(std::string_view s);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_CSV_FIELDS_H_
