#include "importers/csv/fields.h"

#include <charconv>
#include <cmath>

namespace eg {

std::string_view TrimField(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<double> ParseDecimal(std::string_view s) {
  s = TrimField(s);
  if (s.empty()) return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<long long> ParseInteger(std::string_view s) {
  s = TrimField(s);
  if (s.empty()) return std::nullopt;
  long long value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<double> ParseLatitude(std::string_view s) {
  auto v = ParseDecimal(s);
  if (!v || *v < -90 || *v > 90) return std::nullopt;
  return v;
}

std::optional<double> ParseLongitude(std::string_view s) {
  auto v = ParseDecimal(s);
  if (!v || *v < -180 || *v > 180) return std::nullopt;
  return v;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter) {
      if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      start = false;
    } else {
      // An apostrophe and the bytes of a UTF-8 letter continue a word: "D'IVOIRE" -> "D'ivoire",
      // "KYÏV" -> "KyÏv" (non-ASCII letters are left as they are).
      start = c != '\'' && !(static_cast<unsigned char>(c) & 0x80);
    }
  }
  return out;
}

}  // namespace eg
