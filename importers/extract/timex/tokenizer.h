// A small tokenizer for the TIMEX3 tagger: words, numbers and single punctuation marks with their
// byte offsets. It knows just enough about text to let the rules match "Dec. 1, 2025", "10:35 a.m.",
// "mid-2022" and "1990s" token by token.
// Thread safety: pure function, no shared state.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TOKENIZER_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eg::timex {

enum class TokenKind : int { kWord = 0, kNumber = 1, kPunct = 2 };

struct Token {
  size_t begin = 0;  // byte offset of the first byte
  size_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
  // ASCII-lowercased text; a number's digits without group commas. A view into the buffer that
  // Tokenize filled, valid while that buffer lives and is not modified.
  std::string_view lower;
  bool capitalized = false;  // a word whose first letter is an ASCII capital
  bool all_caps = false;     // a word of two or more letters, all ASCII capitals
  bool space_before = true;  // some byte (space, newline) separates it from the previous token
  bool newline_before = false;  // a line break separates it from the previous token
  bool blank_line_before = false;  // an empty line separates it from the previous token
  long long number = -1;   // value of a kNumber token that has no decimal point, else -1
  int digits = 0;  // digit count of a plain kNumber token ("01" has 2); 0 for "2,000" and decimals
};

// Splits `text` into tokens. Words are runs of letters (any non-ASCII code point outside the
// punctuation blocks counts as a letter, so "Şafak" is one word); numbers are digit runs, with
// thousands groups ("2,000") and decimals ("2.5") kept in one token; everything else that is not
// white space is a one-character punctuation token ("—" is one token of three bytes).
// `lowered` receives the bytes the tokens' `lower` views point into (its old content is replaced):
// keep it alive and unmodified as long as the tokens are used.
std::vector<Token> Tokenize(std::string_view text, std::string* lowered);

}  // namespace eg::timex

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TOKENIZER_H_
