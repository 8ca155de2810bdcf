#include "importers/extract/timex/tokenizer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "importers/extract/words/word_table.h"

namespace eg::timex {
namespace {

// Decodes the code point at `pos`; invalid bytes decode as U+FFFD with length 1 so that the
// tokenizer never stalls on malformed input. An overlong form of an ASCII character is invalid
// too: a token's bytes would no longer be its lowered text.
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
    if (c1 >= 0 && b0 >= 0xC2) {
      *len = 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | c1;
    }
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0 && (b0 != 0xE0 || c1 >= 0x02)) {
      *len = 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (c1 << 6) | c2;
    }
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0 && (b0 != 0xF0 || c1 >= 0x01 || c2 >= 0x02)) {
      *len = 4;
      return (static_cast<char32_t>(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    }
  }
  *len = 1;
  return 0xFFFD;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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

// Classes of ASCII bytes for the loops below, which look at every byte of the text: one table
// load instead of a chain of comparisons. Bytes from 0x80 up have no class and are decoded.
constexpr uint8_t kSpaceByte = 1;   // ' ', \t, \n, \r, \f, \v (IsSpace's ASCII part)
constexpr uint8_t kLetterByte = 2;  // A-Z, a-z
constexpr uint8_t kUpperByte = 4;   // A-Z
constexpr uint8_t kDigitByte = 8;   // 0-9
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (unsigned char b : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[b] = kSpaceByte;
  for (int b = 'a'; b <= 'z'; ++b) classes[b] = kLetterByte;
  for (int b = 'A'; b <= 'Z'; ++b) classes[b] = kLetterByte | kUpperByte;
  for (int b = '0'; b <= '9'; ++b) classes[b] = kDigitByte;
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

[[gnu::always_inline]] inline uint8_t ClassOf(char b) {
  return kByteClass[static_cast<unsigned char>(b)];
}

// Copies `n` bytes with ASCII capitals folded, eight bytes at a time: in each byte whose top bit
// is clear (ASCII), bit 7 of low7 + 0x3F says "at least 'A'" and of low7 + 0x25 "above 'Z'";
// where the first holds and the second does not, 0x20 is set (AsciiCapitals). No byte carries
// into the next.
void LowerAscii(const char* in, char* out, size_t n) {
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, in + k, 8);
    x |= AsciiCapitals(x) >> 2;
    std::memcpy(out + k, &x, 8);
  }
  for (; k < n; ++k) {
    const char b = in[k];
    out[k] = b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b;
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::string* lowered) {
  // The whole text is lower-cased in one pass, so that a token's `lower` is a view of its own
  // bytes there (ASCII letters folded, every other byte as written) and no token owns a string:
  // building one per token was a fifth of the tagger's time.
  const size_t n = text.size();
  lowered->resize(n);
  char* low = lowered->data();
  LowerAscii(text.data(), low, n);
  std::vector<Token> out;
  out.reserve(n / 5 + 16);  // about one token per five bytes of English news
  size_t pos = 0;
  bool space = true, newline = false;
  int newlines = 0;
  while (pos < n) {
    size_t len = 1;
    const auto b0 = static_cast<unsigned char>(text[pos]);
    const uint8_t cls = kByteClass[b0];
    if (cls & kSpaceByte) {
      space = true;
      if (b0 == '\n') {
        newline = true;
        ++newlines;
      }
      ++pos;
      continue;
    }
    const char32_t c = b0 < 0x80 ? b0 : DecodeAt(text, pos, &len);
    if (b0 >= 0x80 && IsSpace(c)) {  // NBSP and the like: none of them breaks a line
      space = true;
      pos += len;
      continue;
    }
    Token& t = out.emplace_back();
    t.begin = pos;
    t.space_before = space;
    t.newline_before = newline;
    t.blank_line_before = newlines >= 2;
    if ((cls & kLetterByte) || (b0 >= 0x80 && IsLetter(c))) {
      t.kind = TokenKind::kWord;
      size_t p = pos;
      int upper = 0, letters = 0;
      while (p < n) {
        // Eight bytes at a time: the letters before the first byte that is no ASCII letter, and
        // the capitals among them, from two masks; words are mostly ASCII.
        if (std::endian::native == std::endian::little && p + 8 <= n) {
          uint64_t x;
          std::memcpy(&x, text.data() + p, 8);
          const uint64_t letter_bits = AsciiLetters(x);
          const uint64_t capital_bits = AsciiCapitals(x);
          if (letter_bits == kHighBits) {
            upper += CountMarked(capital_bits);
            letters += 8;
            p += 8;
            continue;
          }
          const int run = std::countr_zero(~letter_bits & kHighBits) >> 3;
          const uint64_t in_run = run == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * run);
          upper += CountMarked(capital_bits & in_run);
          letters += run;
          p += run;
          if (static_cast<unsigned char>(text[p]) < 0x80) break;
          size_t l = 0;
          if (!IsLetter(DecodeAt(text, p, &l))) break;
          ++letters;
          p += l;
          continue;
        }
        const uint8_t k = ClassOf(text[p]);
        if (k & kLetterByte) {
          upper += (k & kUpperByte) ? 1 : 0;
          ++letters;
          ++p;
          continue;
        }
        if (static_cast<unsigned char>(text[p]) < 0x80) break;
        size_t l = 0;
        if (!IsLetter(DecodeAt(text, p, &l))) break;
        ++letters;
        p += l;
      }
      t.capitalized = c >= 'A' && c <= 'Z';
      t.all_caps = letters >= 2 && upper == letters;
      t.end = p;
      t.lower = std::string_view(low + pos, p - pos);
    } else if (cls & kDigitByte) {
      t.kind = TokenKind::kNumber;
      size_t p = pos;
      while (p < n && (ClassOf(text[p]) & kDigitByte)) ++p;
      size_t digits = p - pos;  // the digits so far, kept at low + pos
      bool decimal = false, grouped = false;
      // Thousands groups: "2,000" and "1,250,000" are one number; "December 1,2025" is rare
      // enough that a 1-3 digit lead followed by exactly three digits is read as a group. The
      // groups are moved up in the lowered buffer over the commas, which no other token views.
      if (digits <= 3) {
        while (p + 4 <= n && text[p] == ',' && (ClassOf(text[p + 1]) & kDigitByte) &&
               (ClassOf(text[p + 2]) & kDigitByte) && (ClassOf(text[p + 3]) & kDigitByte) &&
               (p + 4 == n || !(ClassOf(text[p + 4]) & kDigitByte))) {
          std::memcpy(low + pos + digits, text.data() + p + 1, 3);
          digits += 3;
          p += 4;
          grouped = true;
        }
      }
      // Decimals: "2.5". A dot followed by a digit right after a number; "10.35" as a clock time
      // is rare in English news, so it stays a decimal, written as in the text.
      if (p + 1 < n && text[p] == '.' && (ClassOf(text[p + 1]) & kDigitByte)) {
        decimal = true;
        ++p;
        while (p < n && (ClassOf(text[p]) & kDigitByte)) ++p;
      }
      t.end = p;
      if (decimal) {
        if (grouped) std::memcpy(low + pos, text.data() + pos, p - pos);
        t.lower = std::string_view(low + pos, p - pos);
      } else {
        t.lower = std::string_view(low + pos, digits);
      }
      if (!decimal && digits <= 15) {
        t.number = 0;
        for (char d : t.lower) t.number = t.number * 10 + (d - '0');
        // A grouped number ("2,000") is a quantity, never a year or a day: no digit count.
        t.digits = grouped ? 0 : static_cast<int>(digits);
      }
    } else {
      t.kind = TokenKind::kPunct;
      t.end = pos + len;
      t.lower = std::string_view(low + pos, len);
    }
    pos = t.end;
    space = false;
    newline = false;
    newlines = 0;
  }
  return out;
}

}  // namespace eg::timex
