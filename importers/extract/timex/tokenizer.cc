#include "importers/extract/timex/tokenizer.h"

#include <cstdint>

namespace eg::timex {
namespace {

// Decodes the code point at `pos`; invalid bytes decode as themselves with length 1 so that the
// tokenizer never stalls on malformed input.
[[gnu::always_inline]] inline char32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  auto cont = [&](size_t i) -> int {
    if (pos + i >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[pos + i]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0) {
    const int c1 = cont(1);
    if (c1 >= 0) {
      *len = 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | c1;
    }
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      *len = 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (c1 << 6) | c2;
    }
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      *len = 4;
      return (static_cast<char32_t>(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    }
  }
  *len = 1;
  return 0xFFFD;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points count as letters except the blocks that hold punctuation, symbols and
// spaces; that is enough to keep names like "Şafak" whole and split "army—which" at the dash.
[[gnu::always_inline]] inline bool IsLetter(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);
  if (c <= 0xBF) return false;                   // Latin-1 punctuation, NBSP
  if (c == 0xD7 || c == 0xF7) return false;      // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 16);  // about one token per five bytes of English news
  size_t pos = 0;
  bool space = true, newline = false;
  int newlines = 0;
  while (pos < text.size()) {
    size_t len = 0;
    const char32_t c = DecodeAt(text, pos, &len);
    if (IsSpace(c)) {
      space = true;
      if (c == '\n') {
        newline = true;
        ++newlines;
      }
      pos += len;
      continue;
    }
    // Built in place: moving a finished token would copy its text once more.
    Token& t = out.emplace_back();
    t.begin = pos;
    t.space_before = space;
    t.newline_before = newline;
    t.blank_line_before = newlines >= 2;
    if (IsLetter(c)) {
      t.kind = TokenKind::kWord;
      size_t p = pos;
      int upper = 0, letters = 0;
      while (p < text.size()) {
        // Most letters are ASCII: a run of them needs neither decoding nor the Unicode block
        // tests, and is lower-cased into the token in one piece.
        size_t run = p;
        while (run < text.size() && IsAsciiLetter(static_cast<unsigned char>(text[run]))) ++run;
        if (run > p) {
          const size_t at = t.lower.size();
          t.lower.resize(at + (run - p));
          for (size_t k = p; k < run; ++k) {
            const char b = text[k];
            const bool upper_case = b >= 'A' && b <= 'Z';
            t.lower[at + (k - p)] = upper_case ? static_cast<char>(b - 'A' + 'a') : b;
            upper += upper_case ? 1 : 0;
          }
          letters += static_cast<int>(run - p);
          p = run;
          continue;
        }
        if (static_cast<unsigned char>(text[p]) < 0x80) break;
        size_t l = 0;
        const char32_t d = DecodeAt(text, p, &l);
        if (!IsLetter(d)) break;
        if (d < 0x80) {
          t.lower.push_back(static_cast<char>(d >= 'A' && d <= 'Z' ? d - 'A' + 'a' : d));
          if (d >= 'A' && d <= 'Z') ++upper;
        } else {
          t.lower.append(text.substr(p, l));
        }
        ++letters;
        p += l;
      }
      t.capitalized = c >= 'A' && c <= 'Z';
      t.all_caps = letters >= 2 && upper == letters;
      t.end = p;
    } else if (IsDigit(c)) {
      t.kind = TokenKind::kNumber;
      size_t p = pos;
      while (p < text.size() && IsDigit(static_cast<unsigned char>(text[p]))) ++p;
      std::string digits(text.substr(pos, p - pos));
      bool decimal = false, grouped = false;
      // Thousands groups: "2,000" and "1,250,000" are one number; "December 1,2025" is rare
      // enough that a 1-3 digit lead followed by exactly three digits is read as a group.
      if (digits.size() <= 3) {
        while (p + 4 <= text.size() && text[p] == ',' &&
               IsDigit(static_cast<unsigned char>(text[p + 1])) &&
               IsDigit(static_cast<unsigned char>(text[p + 2])) &&
               IsDigit(static_cast<unsigned char>(text[p + 3])) &&
               (p + 4 == text.size() || !IsDigit(static_cast<unsigned char>(text[p + 4])))) {
          digits.append(text.substr(p + 1, 3));
          p += 4;
          grouped = true;
        }
      }
      // Decimals: "2.5". A dot followed by a digit right after a number; "10.35" as a clock time
      // is rare in English news, so it stays a decimal.
      if (p + 1 < text.size() && text[p] == '.' && IsDigit(static_cast<unsigned char>(text[p + 1]))) {
        decimal = true;
        ++p;
        while (p < text.size() && IsDigit(static_cast<unsigned char>(text[p]))) ++p;
      }
      t.lower = decimal ? std::string(text.substr(pos, p - pos)) : digits;
      t.end = p;
      if (!decimal && digits.size() <= 15) {
        t.number = 0;
        for (char d : digits) t.number = t.number * 10 + (d - '0');
        // A grouped number ("2,000") is a quantity, never a year or a day: no digit count.
        t.digits = grouped ? 0 : static_cast<int>(digits.size());
      }
    } else {
      t.kind = TokenKind::kPunct;
      t.end = pos + len;
      if (c < 0x80) {
        t.lower.push_back(static_cast<char>(c));
      } else {
        t.lower.append(text.substr(pos, len));
      }
    }
    pos = t.end;
    space = false;
    newline = false;
    newlines = 0;
  }
  return out;
}

}  // namespace eg::timex
