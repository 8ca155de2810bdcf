#include "importers/extract/entities/document.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "importers/extract/words/word_table.h"

namespace eg {
namespace {

// Decodes the code point at `pos`; invalid bytes decode as themselves with length 1 so that the
// tokenizer always advances (the importers have already rejected invalid UTF-8).
inline uint32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (pos + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  *len = n;
  return cp;
}

// ICU's character properties: letters and digits of every script ("Şafak", "Кислиця").
[[gnu::always_inline]] inline bool IsLetterOrDigit(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return u_isalnum(static_cast<UChar32>(cp)) != 0 || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

bool IsUpper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) != 0 || u_istitle(static_cast<UChar32>(cp)) != 0;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0;
}

// "U.S", "a.m": single letters joined by periods, which keep their trailing period too.
bool IsInitialsChain(std::string_view w) {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 1 ? w[i] != '.' : std::isalpha(static_cast<unsigned char>(w[i])) == 0) {
      return false;
    }
  }
  return true;
}

// ASCII lower-casing, and ICU simple case folding for other letters ("ŞAFAK" -> "şafak"), so
// lexicons and gazetteers need one spelling.
std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(std::tolower(b)));
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = DecodeAt(s, i, &len);
    UChar32 folded = u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT);
    if (folded == static_cast<UChar32>(cp) || folded < 0x80) {
      out.append(s.substr(i, len));
    } else {
      char buf[4];
      int32_t n = 0;
      UBool error = false;
      U8_APPEND(buf, n, 4, folded, error);
      if (error) {
        out.append(s.substr(i, len));
      } else {
        out.append(buf, static_cast<size_t>(n));
      }
    }
    i += len;
  }
  return out;
}

// The ASCII digits of `x` (eight bytes of text), as AsciiCapitals finds capitals: bit 7 of
// low7 + 0x50 says "at least '0'" and of low7 + 0x46 "above '9'".
[[gnu::always_inline]] inline uint64_t AsciiDigits(uint64_t x) {
  const uint64_t low7 = x & ~kHighBits;
  return (low7 + 0x5050505050505050ull) & ~(low7 + 0x4646464646464646ull) & ~x & kHighBits;
}

// Stores bytes 0..n-1 of `v` at `p` (little-endian), sizeof(Word) <= n <= 2 sizeof(Word), as
// two stores of a Word: the first bytes and the last, overlapping in the middle.
template <typename Word>
[[gnu::always_inline]] inline void PutEnds(char* p, size_t n, uint64_t v) {
  const auto lo = static_cast<Word>(v);
  const auto hi = static_cast<Word>(v >> (8 * (n - sizeof(Word))));
  std::memcpy(p, &lo, sizeof(Word));
  std::memcpy(p + n - sizeof(Word), &hi, sizeof(Word));
}

// Stores the low `n` < 8 bytes of `v` at `p` (byte i from bits 8i..8i+7), the inverse of
// TailBytes, with at most two overlapping stores instead of a loop over the bytes. Overlapping
// bytes get the same value from both stores.
[[gnu::always_inline]] inline void PutTailBytes(char* p, size_t n, uint64_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    if (n >= 4) return PutEnds<uint32_t>(p, n, v);
    if (n >= 2) return PutEnds<uint16_t>(p, n, v);
    if (n == 1) p[0] = static_cast<char>(v & 0xFF);
    return;
  }
  for (size_t i = 0; i < n; ++i) p[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// Most tokens of English news are ASCII: their flags and lower-case form need no decoding, and one
// pass over the bytes gives them all, eight at a time (the masks of word_table.h), which also
// finds whether the token is ASCII. Returns false, with `t.lower` unspecified, when it is not.
bool FillAscii(Token& t) {
  const std::string_view w = t.text;
  const size_t n = w.size();
  t.lower.resize(n);
  char* out = t.lower.data();
  int letters = 0;
  uint64_t small = 0;  // bit 7 of every byte that is a small letter
  // Lowers the capitals of eight bytes `x` in place, counting the letters and marking the small
  // ones; false when a byte is not ASCII.
  auto lower = [&](uint64_t& x) {
    if ((x & kHighBits) != 0) return false;
    const uint64_t capitals = AsciiCapitals(x);
    const uint64_t all_letters = AsciiLetters(x);
    letters += CountMarked(all_letters);
    small |= all_letters & ~capitals;
    x |= capitals >> 2;
    return true;
  };
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, w.data() + k, 8);
    if (!lower(x)) return false;
    std::memcpy(out + k, &x, 8);
  }
  if (k < n) {
    // The last bytes, packed low; the zero bytes above them are no letters.
    uint64_t x = TailBytes(w.data() + k, n - k);
    if (!lower(x)) return false;
    PutTailBytes(out + k, n - k, x);
  }
  const char first = w[0];
  t.is_word = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') ||
              (first >= '0' && first <= '9');
  if (t.is_word) {
    t.capitalized = first >= 'A' && first <= 'Z';
    t.all_caps = letters >= 2 && small == 0;
  }
  return true;
}

// Appends the token of text[begin, end) to `out`, built in place.
void AddToken(std::string_view text, size_t begin, size_t end, size_t sentence,
              std::vector<Token>& out) {
  Token& t = out.emplace_back();
  t.span = {begin, end};
  t.text = text.substr(begin, end - begin);
  t.sentence = sentence;
  if (FillAscii(t)) return;
  size_t len = 0;
  uint32_t first = DecodeAt(text, begin, &len);
  t.is_word = IsLetterOrDigit(first);
  if (t.is_word) {
    t.capitalized = IsUpper(first);
    int letters = 0;
    bool all_upper = true;
    for (size_t p = begin; p < end; p += len) {
      uint32_t cp = DecodeAt(text, p, &len);
      if (IsLetterOrDigit(cp) && !(cp < 0x80 && std::isdigit(static_cast<int>(cp)))) {
        ++letters;
        if (!IsUpper(cp)) all_upper = false;
      }
    }
    t.all_caps = letters >= 2 && all_upper;
  }
  t.lower = Lower(t.text);
  // The typographic apostrophe is folded so that lexicons need only one spelling.
  if (t.lower.find("\xE2\x80\x99") != std::string::npos) {
    std::string folded;
    for (size_t i = 0; i < t.lower.size(); ++i) {
      if (t.lower.compare(i, 3, "\xE2\x80\x99") == 0) {
        folded.push_back('\'');
        i += 2;
      } else {
        folded.push_back(t.lower[i]);
      }
    }
    t.lower = std::move(folded);
  }
}

// The number of ASCII digits from `at` (not past `end`).
size_t DigitRun(std::string_view text, size_t at, size_t end) {
  size_t n = 0;
  while (at + n < end && text[at + n] >= '0' && text[at + n] <= '9') ++n;
  return n;
}

// True when `word` is a run of digits, or (with `grouped`) digits in thousands groups so far
// ("1,200" before ",000"); a decimal point is taken once, after digits only.
bool DigitsOnly(std::string_view word, bool grouped) {
  if (word.empty()) return false;
  for (char ch : word) {
    if ((ch < '0' || ch > '9') && !(grouped && ch == ',')) return false;
  }
  return true;
}

void TokenizeRange(std::string_view text, size_t begin, size_t end, size_t sentence,
                   std::vector<Token>& out) {
  size_t pos = begin;
  while (pos < end) {
    size_t len = 0;
    uint32_t cp = DecodeAt(text, pos, &len);
    if (IsSpace(cp)) {
      pos += len;
      continue;
    }
    if (IsApostrophe(cp) && pos + len < end && (text[pos + len] == 's' || text[pos + len] == 'S')) {
      size_t after = pos + len + 1;
      size_t l2 = 0;
      if (after >= end || !IsLetterOrDigit(DecodeAt(text, after, &l2))) {
        AddToken(text, pos, after, sentence, out);
        pos = after;
        continue;
      }
    }
    if (!IsLetterOrDigit(cp)) {
      AddToken(text, pos, pos + len, sentence, out);
      pos += len;
      continue;
    }
    size_t w = pos + len;
    while (w < end) {
      // Runs of ASCII letters and digits, most of every word, need no decoding: eight bytes at a
      // time while eight remain, taking the run up to its first other byte.
      if (w + 8 <= end) {
        uint64_t x;
        std::memcpy(&x, text.data() + w, 8);
        const uint64_t alnum = AsciiLetters(x) | AsciiDigits(x);
        if (alnum == kHighBits) {
          w += 8;
          continue;
        }
        w += static_cast<size_t>(std::countr_zero(~alnum & kHighBits) >> 3);
      } else if (IsAsciiAlnum(text[w])) {
        ++w;
        continue;
      }
      // A space, the commonest end of a word, is no joiner or separator of a number.
      if (text[w] == ' ') break;
      size_t l = 0;
      uint32_t c = DecodeAt(text, w, &l);
      if (IsLetterOrDigit(c)) {
        w += l;
        continue;
      }
      // A number's separators join its digits: "1,200" and "3,000,000" (a comma followed by a
      // group of exactly three digits) and "12.5" are one token each, so that a phrase read
      // word by word ("sent 1,200 troops to Kherson") does not end at the comma. A decimal point
      // follows at most three digits: longer runs before a point are mostly a year glued to a
      // clock time ("26 May 202200.18" in a live blog's timestamps).
      if ((c == ',' || c == '.') && text[w - 1] >= '0' && text[w - 1] <= '9' &&
          DigitsOnly(text.substr(pos, w - pos), c == ',') && (c == ',' || w - pos <= 3)) {
        const size_t group = DigitRun(text, w + 1, end);
        if (c == ',' ? group == 3 : group > 0) {
          w += 1 + group;
          continue;
        }
      }
      // Inner hyphens, apostrophes and initials' periods join when a letter follows; a possessive
      // "'s" stays a token of its own.
      bool joiner = c == '-' || IsApostrophe(c) || c == '.';
      if (!joiner || w + l >= end) break;
      size_t l2 = 0;
      uint32_t next = DecodeAt(text, w + l, &l2);
      if (!IsLetterOrDigit(next)) break;
      if (IsApostrophe(c) && (next == 's' || next == 'S')) {
        size_t after = w + l + l2;
        size_t l3 = 0;
        if (after >= end || !IsLetterOrDigit(DecodeAt(text, after, &l3))) break;
      }
      if (c == '.' && w - pos != 1 && !IsInitialsChain(text.substr(pos, w - pos))) break;
      w += l + l2;
    }
    if (w < end && text[w] == '.' && IsInitialsChain(text.substr(pos, w - pos))) ++w;
    AddToken(text, pos, w, sentence, out);
    pos = w;
  }
}

bool HasBlankLine(std::string_view gap) {
  size_t first = gap.find('\n');
  if (first == std::string_view::npos) return false;
  for (size_t i = first + 1; i < gap.size(); ++i) {
    if (gap[i] == '\n') return true;
    if (gap[i] != ' ' && gap[i] != '\t' && gap[i] != '\r') {
      first = gap.find('\n', i);
      if (first == std::string_view::npos) return false;
      i = first;
    }
  }
  return false;
}

bool IsWholeLine(std::string_view text, Span s) {
  size_t b = s.begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  size_t e = s.end;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r')) ++e;
  return e == text.size() || text[e] == '\n';
}

// Gives each token the number of its lower-case form (Token::word) and sets `*words` to the
// number of distinct forms. One number per form lets the recognizers and the event rules keep
// answers about a form once, and news repeats most of its forms (about 500 distinct in an
// article of 1,200 tokens). The table is made for this one pass: open addressing over slots
// that hold 32 bits of a form's hash and the first token of that form, whose text is compared,
// so no form is copied (a WordTable copies its keys and cost a third of the tokenizer's time).
void NumberForms(std::vector<Token>& tokens, size_t* words) {
  // Half again as many slots as tokens: forms are fewer than tokens, so the table is at most two
  // thirds full, and a third in a news text.
  size_t capacity = 16;
  while (capacity < tokens.size() + tokens.size() / 2) capacity *= 2;
  const size_t mask = capacity - 1;
  std::vector<uint64_t> slots(capacity, 0);  // (hash >> 32) << 32 | (first token + 1); 0: empty
  uint32_t next = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    Token& t = tokens[k];
    const uint64_t h = HashWord(t.lower);
    const uint64_t high = h >> 32;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots[i];
      if (slot == 0) {
        slots[i] = (high << 32) | (k + 1);
        t.word = next++;
        break;
      }
      if ((slot >> 32) == high) {
        const Token& first = tokens[(slot & 0xFFFFFFFFu) - 1];
        if (first.lower.size() == t.lower.size() &&
            SameWord(first.lower.data(), t.lower.data(), t.lower.size())) {
          t.word = first.word;
          break;
        }
      }
    }
  }
  *words = next;
}

}  // namespace

bool IsPunct(const Token& t, std::string_view marks) {
  if (t.is_word) return false;
  if (t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93") return marks.find('-') != marks.npos;
  return t.text.size() == 1 && marks.find(t.text[0]) != std::string_view::npos;
}

bool EndsWithSentenceMark(std::string_view line) {
  // Closing quotation marks and brackets are looked through: 'He said "no."' ends with a period.
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D",
                                                  "\xE2\x80\x99", "\xC2\xBB"};
  bool stripped = true;
  while (stripped && !line.empty()) {
    stripped = false;
    // 'downloads. ”' and 'downloads. \'\'': a closing mark set off by a space closes all the same.
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    for (std::string_view c : kClosers) {
      if (line.size() >= c.size() && line.substr(line.size() - c.size()) == c) {
        line.remove_suffix(c.size());
        stripped = true;
        break;
      }
    }
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");
}

bool IsQuoteMark(const Token& t) {
  return t.text == "\"" || t.text == "\xE2\x80\x9C" || t.text == "\xE2\x80\x9D";
}

std::vector<Token> TokenizeText(std::string_view text) {
  std::vector<Token> out;
  TokenizeRange(text, 0, text.size(), 0, out);
  return out;
}

Document AnalyzeDocument(std::string_view text, std::vector<Span> sentences) {
  Document doc;
  doc.text = text;
  doc.sentences = std::move(sentences);
  size_t n = doc.sentences.size();
  doc.first_token.resize(n);
  doc.end_token.resize(n);
  doc.heading.resize(n);
  doc.paragraph.resize(n);
  doc.section.resize(n);
  size_t paragraph = 0;
  size_t section = 0;
  doc.tokens.reserve(text.size() / 5 + 16);  // about one token per five bytes of English news
  for (size_t i = 0; i < n; ++i) {
    Span s = doc.sentences[i];
    doc.heading[i] = IsWholeLine(text, s) &&
                     !EndsWithSentenceMark(text.substr(s.begin, s.end - s.begin));
    if (i > 0) {
      size_t gap_begin = doc.sentences[i - 1].end;
      bool blank = HasBlankLine(text.substr(gap_begin, s.begin - gap_begin));
      if (blank || doc.heading[i] || doc.heading[i - 1]) ++paragraph;
      if (doc.heading[i]) ++section;
    }
    doc.paragraph[i] = paragraph;
    doc.section[i] = section;
    doc.first_token[i] = doc.tokens.size();
    TokenizeRange(text, s.begin, s.end, i, doc.tokens);
    doc.end_token[i] = doc.tokens.size();
  }
  NumberForms(doc.tokens, &doc.words);
  if (Result<const Lexicon*> lex = Lexicon::Shared(); lex.ok()) {
    // Forms are numbered in the order of their first token, so each is asked about once, and
    // appended in order: resizing first zeroed every entry only to overwrite it.
    doc.facts.reserve(doc.words);
    for (const Token& t : doc.tokens) {
      if (t.word == doc.facts.size()) doc.facts.push_back((*lex)->FactsOf(t.lower));
    }
  }
  doc.in_quote.assign(doc.tokens.size(), false);
  bool open = false;
  size_t current_paragraph = 0;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (doc.paragraph[tok.sentence] != current_paragraph) {
      current_paragraph = doc.paragraph[tok.sentence];
      open = false;
    }
    if (tok.text == "\"") {
      open = !open;
    } else if (tok.text == "\xE2\x80\x9C") {
      open = true;
    } else if (tok.text == "\xE2\x80\x9D") {
      open = false;
    }
    doc.in_quote[t] = open;
  }
  return doc;
}

}  // namespace eg
