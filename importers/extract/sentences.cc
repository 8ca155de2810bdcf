#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "importers/extract/extract.h"
#include "importers/extract/entities/document.h"

namespace eg {
namespace {

// Words that end with a period without ending the sentence. Lower case, without the period.
constexpr std::array kAbbreviations = std::to_array<std::string_view>({
    "adm", "approx", "apr", "aug", "capt", "co", "col", "corp", "dec", "dept", "dr", "e.g",
    "est", "etc", "feb", "fig", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "nov", "oct", "prof", "rep", "rev", "sen",
    "sep", "sept", "sgt", "sr", "st", "vs",
});

bool IsSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool HasAlnum(std::string_view s) {
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

// Closing quotation marks and brackets that belong to the sentence they close.
size_t ClosingLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  for (std::string_view mark : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
    if (s.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// True when the period at `dot` belongs to an abbreviation or an initial ("Gen.", "U.S.", "J.").
bool IsAbbreviationPeriod(std::string_view text, size_t begin, size_t dot) {
  size_t w = dot;
  while (w > begin && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) {
    --w;
  }
  std::string word(text.substr(w, dot - w));
  if (word.empty()) return false;
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word.size() == 1) return true;  // an initial
  if (word.find('.') != std::string::npos) return true;  // "u.s", "a.m"
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

// True when a stop inside `line` is followed by a space and a capital ("... downloads. The"): the
// line is prose that happens to lack a final stop, not a heading.
bool HasInnerSentenceEnd(std::string_view line) {
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    char c = line[i];
    if ((c == '.' || c == '!' || c == '?') && line[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(line[i + 2])) &&
        !IsAbbreviationPeriod(line, 0, i)) {
      return true;
    }
  }
  return false;
}

// ASCII tests inline: SplitRun asks about every byte of the text.
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Words that open a sentence and are never the inner part of a compound name: a closed class of
// determiners, pronouns and conjunctions, plus the live-blog markers of web pages.
constexpr std::array kGlueOpeners = std::to_array<std::string_view>({
    "A", "After", "An", "And", "As", "At", "Before", "But", "He", "Here", "His", "However", "I",
    "If", "In", "It", "Its", "Meanwhile", "On", "Read", "She", "Summary", "That", "The", "Their",
    "There", "These", "They", "This", "Those", "Updated", "We", "What", "When", "While",
});

// Words that end a headline or a photo credit: a headline's reporting verb ("..., minister
// says") and the agencies that close a credit ("Photograph: A/B/Getty Images").
constexpr std::array kGlueClosers = std::to_array<std::string_view>({
    "Images", "Reuters", "Shutterstock", "claims", "more", "says", "warns",
});

constexpr std::string_view kReadMore = "Read more";

// True when a sentence starts at `i` although no space precedes it: web pages whose paragraphs,
// headlines, credits and live-blog timestamps lost their line breaks in the text extraction
// ("...weaponsRead more", "Getty ImagesThe minister", "17.42Biden says", "softly.Updated").
// A capitalized word right after letters is a new sentence only when it is a closed-class opener
// or the word before it closes a headline or credit, so compound names ("PowerBook",
// "ExxonMobil") and hashtags stay whole.
bool GluedSentenceStart(std::string_view text, size_t b, size_t i, size_t e) {
  if (i == b || i + 1 >= e || !IsUpper(text[i]) || !IsLower(text[i + 1])) return false;
  char prev = text[i - 1];
  if (std::isdigit(static_cast<unsigned char>(prev))) {
    // A clock time or a clip's length glued to the next line: "17.42Biden", "01:38Gunfire".
    return i >= b + 4 && (text[i - 3] == '.' || text[i - 3] == ':') &&
           std::isdigit(static_cast<unsigned char>(text[i - 2]));
  }
  // The caption of an embedded clip ("... in Kherson – video On Saturday, residents ..."):
  // a dash, then "video", "audio" or "in pictures", ends it.
  if (prev == ' ') {
    std::string_view before = text.substr(b, i - b);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view tail : {"\xE2\x80\x93 video", "\xE2\x80\x93 video explainer",
                                  "\xE2\x80\x93 audio", "\xE2\x80\x93 in pictures"}) {
      if (before.ends_with(tail)) return true;
    }
    return false;
  }
  if (!IsLower(prev)) return false;
  size_t w = i;
  while (w > b && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  if (w > b && (text[w - 1] == '#' || text[w - 1] == '@' || text[w - 1] == '/')) return false;
  size_t lower_run = 0;
  for (size_t k = i; k > w && IsLower(text[k - 1]); --k) ++lower_run;
  if (lower_run < 3 && std::string_view(text.substr(w, i - w)) != "more") return false;
  std::string_view before = text.substr(w, i - w);
  for (std::string_view c : kGlueClosers) {
    if (before == c) return true;
  }
  size_t n = i;
  while (n < e && std::isalpha(static_cast<unsigned char>(text[n]))) ++n;
  std::string_view next = text.substr(i, n - i);
  for (std::string_view o : kGlueOpeners) {
    if (next == o) return true;
  }
  return false;
}

void AddTrimmed(std::string_view text, size_t b, size_t e, std::vector<Span>& out) {
  while (b < e && IsSpaceChar(text[b])) ++b;
  while (e > b && IsSpaceChar(text[e - 1])) --e;
  if (b < e && HasAlnum(text.substr(b, e - b))) out.push_back({b, e});
}

// The bytes SplitRun looks at: sentence stops, the lead byte of "…" and ASCII capitals.
bool IsStopOrCapital(char c) {
  static constexpr auto kTable = [] {
    std::array<bool, 256> t{};
    for (int k = 'A'; k <= 'Z'; ++k) t[k] = true;
    t[static_cast<unsigned char>('.')] = true;
    t[static_cast<unsigned char>('!')] = true;
    t[static_cast<unsigned char>('?')] = true;
    t[0xE2] = true;
    return t;
  }();
  return kTable[static_cast<unsigned char>(c)];
}

// Splits running text [b, e) at sentence-final punctuation.
void SplitRun(std::string_view text, size_t b, size_t e, std::vector<Span>& out) {
  size_t start = b;
  size_t i = b;
  while (i < e) {
    // Only stops, an ellipsis's lead byte and capitals ask anything below; the bytes between
    // them (most of the text) are passed over in a tight loop.
    while (i < e && !IsStopOrCapital(text[i])) ++i;
    if (i == e) break;
    char c = text[i];
    bool ellipsis = c == '\xE2' && text.substr(i, 3) == "\xE2\x80\xA6";
    if (c != '.' && c != '!' && c != '?' && !ellipsis) {
      if (IsUpper(c) && i > start && GluedSentenceStart(text, start, i, e)) {
        AddTrimmed(text, start, i, out);
        start = i;
      }
      // A link's "Read more" is a line of its own, whatever follows it on the page.
      if (c == 'R' && text.substr(i, kReadMore.size()) == kReadMore &&
          text.substr(start, i - start).find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
        AddTrimmed(text, i, i + kReadMore.size(), out);
        start = i + kReadMore.size();
        i = start;
        continue;
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    if (ellipsis) j = i + 3;
    size_t before_closing = j;
    while (j < e) {
      size_t n = ClosingLength(text, j);
      if (n == 0) break;
      j += n;
    }
    // Paragraphs joined without a space ("yet.”He said"): a closing quotation mark after the
    // stop, then a capital, ends the sentence all the same.
    bool closed = j > before_closing && j < e && std::isupper(static_cast<unsigned char>(text[j]));
    bool glued = j < e && !IsSpaceChar(text[j]) && !closed;
    if (!glued && closed) {
      AddTrimmed(text, start, j, out);
      start = j;
      i = j;
      continue;
    }
    // Paragraphs joined without a space after a word's or a quotation's stop ("softly.Updated",
    // "said.\u201CWe", "story\u201D.In 2018"):
    // a capitalized word, possibly after an opening quotation mark, starts the next sentence.
    const bool after_word_or_quote =
        i > start && (IsLower(text[i - 1]) ||
                      (i >= start + 3 && text.substr(i - 3, 3) == "\xE2\x80\x9D"));
    if (glued && c == '.' && j == i + 1 && after_word_or_quote &&
        !IsAbbreviationPeriod(text, start, i)) {
      size_t q = j;
      if (text.substr(q, 3) == "\xE2\x80\x9C") q += 3;
      if (q + 1 < e && IsUpper(text[q]) && IsLower(text[q + 1])) {
        AddTrimmed(text, start, j, out);
        start = j;
        i = j;
        continue;
      }
    }
    if (glued) {  // "3.5", "U.S.-Russia", "gov.uk"
      i = j;
      continue;
    }
    size_t k = j;
    while (k < e && IsSpaceChar(text[k])) ++k;
    bool next_lower = k < e && std::islower(static_cast<unsigned char>(text[k]));
    bool abbreviation = c == '.' && j == i + 1 && IsAbbreviationPeriod(text, start, i);
    if (k < e && (next_lower || abbreviation)) {
      i = j;
      continue;
    }
    AddTrimmed(text, start, j, out);
    start = j;
    i = j;
  }
  AddTrimmed(text, start, e, out);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  struct Line {
    size_t begin;
    size_t end;
  };
  std::vector<Span> out;
  std::vector<Line> block;
  // A block is a run of non-blank lines. Inside it, a line without final punctuation stands alone
  // when the block is that one line or the line is short (a heading, a dateline); the other lines
  // are joined, since plain text wraps sentences across lines.
  auto flush = [&]() {
    size_t run_begin = 0;
    bool in_run = false;
    for (size_t li = 0; li < block.size(); ++li) {
      std::string_view line = text.substr(block[li].begin, block[li].end - block[li].begin);
      size_t words = 0;
      size_t capitalized = 0;
      bool in_word = false;
      for (char ch : line) {
        bool sp = IsSpaceChar(ch);
        if (!sp && !in_word) {
          ++words;
          if (IsUpper(ch)) ++capitalized;
        }
        in_word = !sp;
      }
      // Title case marks a headline however long it is; wrapped prose is mostly lower case.
      bool title_case = words > 0 && capitalized * 2 > words;
      bool standalone = !EndsWithSentenceMark(line) &&
                        ((block.size() == 1 && !HasInnerSentenceEnd(line)) || words <= 8 ||
                         title_case);
      if (standalone) {
        if (in_run) SplitRun(text, run_begin, block[li - 1].end, out);
        in_run = false;
        AddTrimmed(text, block[li].begin, block[li].end, out);
        continue;
      }
      if (!in_run) {
        run_begin = block[li].begin;
        in_run = true;
      }
      // A line that ends with a colon introduces the lines below (a list, a live-blog summary):
      // its sentence ends there instead of running into the first item.
      if (line.back() == ':' && li + 1 < block.size()) {
        SplitRun(text, run_begin, block[li].end, out);
        in_run = false;
      }
    }
    if (in_run) SplitRun(text, run_begin, block.back().end, out);
    block.clear();
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    bool blank = true;
    for (char ch : line) {
      if (!IsSpaceChar(ch)) {
        blank = false;
        break;
      }
    }
    if (blank) {
      flush();
    } else {
      size_t e = end;
      while (e > pos && IsSpaceChar(text[e - 1])) --e;
      block.push_back({pos, e});
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  flush();
  return out;
}

}  // namespace eg
