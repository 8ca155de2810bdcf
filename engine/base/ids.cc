#include "engine/base/ids.h"

#include <xxhash.h>

#include <cctype>

namespace eg {
namespace {

// Folds the common accented Latin letters (two-byte UTF-8 sequences) to their ASCII base letter, so
// that ids do not depend on whether a source spelled "Şafak" or "Safak". Returns 0 when unknown.
char FoldLatin(unsigned char b0, unsigned char b1) {
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  static constexpr struct { unsigned lo, hi; char base; } kRanges[] = {
      {0xC0, 0xC5, 'a'}, {0xE0, 0xE5, 'a'}, {0xC7, 0xC7, 'c'}, {0xE7, 0xE7, 'c'},
      {0xC8, 0xCB, 'e'}, {0xE8, 0xEB, 'e'}, {0xCC, 0xCF, 'i'}, {0xEC, 0xEF, 'i'},
      {0xD1, 0xD1, 'n'}, {0xF1, 0xF1, 'n'}, {0xD2, 0xD6, 'o'}, {0xF2, 0xF6, 'o'},
      {0xD8, 0xD8, 'o'}, {0xF8, 0xF8, 'o'}, {0xD9, 0xDC, 'u'}, {0xF9, 0xFC, 'u'},
      {0xDD, 0xDD, 'y'}, {0xFD, 0xFD, 'y'}, {0xFF, 0xFF, 'y'}, {0xDF, 0xDF, 's'},
      {0x100, 0x105, 'a'}, {0x106, 0x10D, 'c'}, {0x10E, 0x111, 'd'}, {0x112, 0x11B, 'e'},
      {0x11C, 0x123, 'g'}, {0x124, 0x127, 'h'}, {0x128, 0x131, 'i'}, {0x134, 0x135, 'j'},
      {0x136, 0x137, 'k'}, {0x139, 0x142, 'l'}, {0x143, 0x148, 'n'}, {0x14C, 0x151, 'o'},
      {0x154, 0x159, 'r'}, {0x15A, 0x161, 's'}, {0x162, 0x167, 't'}, {0x168, 0x173, 'u'},
      {0x174, 0x175, 'w'}, {0x176, 0x178, 'y'}, {0x179, 0x17E, 'z'},
  };
  for (const auto& r : kRanges) {
    if (cp >= r.lo && cp <= r.hi) return r.base;
  }
  return 0;
}

}  // namespace

uint64_t Hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

std::string Hex64(uint64_t h) {
  std::string out;
  AppendHex64(h, &out);
  return out;
}

void AppendHex64(uint64_t h, std::string* out) {
  // Digit by digit rather than through snprintf, whose format parsing cost more than the hash
  // (extraction makes an id per event mention).
  static constexpr char kDigits[] = "0123456789abcdef";
  char digits[16];
  for (size_t i = 16; i-- > 0; h >>= 4) digits[i] = kDigits[h & 15];
  out->append(digits, sizeof digits);
}

std::string ArticleId(std::string_view key) { return "art:" + Hex64(Hash64(key)); }

std::string Slugify(std::string_view name) {
  std::string out;
  bool pending_dash = false;
  auto emit = [&](char c) {
    if (pending_dash && !out.empty()) out.push_back('-');
    pending_dash = false;
    out.push_back(c);
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) {
        emit(static_cast<char>(std::tolower(c)));
      } else if (c == '\'' || c == 0x60) {
        // apostrophes vanish: "O'Brien" -> "obrien"
      } else {
        pending_dash = true;
      }
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
      const char folded = FoldLatin(c, static_cast<unsigned char>(name[i + 1]));
      if (folded) {
        emit(folded);
        ++i;
        continue;
      }
    }
    // Punctuation such as U+2019 (right single quote) is dropped; other letters are kept as is.
    if (c == 0xE2) {  // general punctuation block: quotes, dashes
      const bool is_quote = i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
                            (static_cast<unsigned char>(name[i + 2]) == 0x98 ||
                             static_cast<unsigned char>(name[i + 2]) == 0x99);
      if (!is_quote) pending_dash = true;
      i += 2;
      continue;
    }
    emit(static_cast<char>(c));
  }
  return out;
}

}  // namespace eg
