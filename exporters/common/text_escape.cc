#include "exporters/common/text_escape.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

#include "engine/base/utf8.h"

namespace eg {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

// U+FFFE and U+FFFF are valid UTF-8 but not characters in XML or HTML; `i` points at 0xEF.
bool IsNonCharacterAt(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE;
}

}  // namespace

std::string ValidUtf8(std::string_view text) {
  std::optional<size_t> bad = FindInvalidUtf8(text);
  if (!bad) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  while (bad) {
    out.append(text.substr(0, *bad));
    out.append(kReplacement);
    text.remove_prefix(*bad + 1);
    bad = FindInvalidUtf8(text);
  }
  out.append(text);
  return out;
}

std::string XmlEscape(std::string_view raw) {
  const std::string text = ValidUtf8(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // Attribute-value normalization would turn raw tab, LF and CR into spaces; references keep
      // them.
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (c < 0x20) {
          // XML 1.0 has no way to write these, not even as references.
          out += kReplacement;
        } else if (IsNonCharacterAt(text, i)) {
          out += kReplacement;
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string HtmlText(std::string_view raw) {
  const std::string text = ValidUtf8(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (IsControl(c)) {
          out += ' ';
        } else if (IsNonCharacterAt(text, i)) {
          out += kReplacement;
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string CsvField(std::string_view raw) {
  std::string text = ValidUtf8(raw);
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  for (char& ch : text) {
    const unsigned char c = ch;
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
    } else if (IsControl(c)) {
      ch = ' ';
    }
  }
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string OneLine(std::string_view raw) {
  const std::string text = ValidUtf8(raw);
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char ch : text) {
    const unsigned char c = ch;
    if (IsControl(c) || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::string FormatNumber(double value) {
  char buf[32];
  for (int precision = 6; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof(buf), "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  return buf;
}

}  // namespace eg
