// Document: the tokens, sentences, paragraphs, sections and quotations of one text, computed once
// and shared by the entity recognizer and the event extractor.
//
// Tokens are words (letters and digits, with inner hyphens, apostrophes and the periods of "U.S."),
// the possessive "'s" as its own token, and single punctuation marks ("," "—" "“"). Every token
// carries byte offsets into the text it came from; a Document holds a view of that text, so the text
// must outlive it. Thread safety: values only.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_DOCUMENT_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/entity.h"
#include "importers/extract/words/lexicon.h"

namespace eg {

// The fields the rules read of nearly every token they pass (lower, the flags, word, sentence)
// come first, so that they mostly share one cache line; span and text follow.
struct Token {
  std::string lower;         // ASCII lower-case form; "’s" and "'s" both become "'s"
  bool is_word = false;      // starts with a letter or digit
  bool capitalized = false;  // first letter upper-case
  bool all_caps = false;     // two or more letters, all upper-case ("NATO", "U.S.")
  // The number of `lower` among the distinct lower-case forms of the Document (0 to
  // Document::words - 1; tokens of one form share it), so that answers that depend on the form
  // alone (lexicon lookups, word lists) can be kept once per form. 0 from TokenizeText().
  uint32_t word = 0;
  size_t sentence = 0;  // index into Document::sentences
  Span span;
  std::string_view text;  // view into Document::text
};

struct Document {
  std::string_view text;
  std::vector<Span> sentences;
  std::vector<Token> tokens;
  size_t words = 0;  // the number of distinct Token::lower forms (see Token::word)
  // Per form (indexed by Token::word): what the shared lexicon says of it (Lexicon::FactsOf),
  // asked once here for the recognizers and the event rules, which ask about most forms again
  // and again. Empty when the lexicon could not be loaded, or for a Document built by hand.
  std::vector<WordFacts> facts;
  // Per sentence: its token range [first_token, end_token), whether it is a heading (a line of its
  // own without final punctuation), its paragraph (blocks split by blank lines) and its section (a
  // heading starts a new one).
  std::vector<size_t> first_token;
  std::vector<size_t> end_token;
  std::vector<char> heading;  // 0 or 1 (bytes, not std::vector<bool>: read for every token)
  std::vector<size_t> paragraph;
  std::vector<size_t> section;
  // Per token: inside double quotation marks ("..." or “...”), counted within a paragraph;
  // 0 or 1.
  std::vector<char> in_quote;
};

// Builds the Document for `text` split into `sentences` (as SplitSentences returns them). Text
// outside every sentence gets no tokens.
Document AnalyzeDocument(std::string_view text, std::vector<Span> sentences);

// The tokens of `text` alone, all in sentence 0: used to tokenize gazetteer names the same way.
std::vector<Token> TokenizeText(std::string_view text);

// True for tokens that are one punctuation mark among , ; : ( ) and dashes.
bool IsPunct(const Token& t, std::string_view marks);

// True when `line` ends with . ! ? : ; or an ellipsis, possibly followed by closing quotation marks
// or brackets. Lines that do not are headings when they stand alone.
bool EndsWithSentenceMark(std::string_view line);

// True for an opening or closing double quotation mark token.
bool IsQuoteMark(const Token& t);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_ENTITIES_DOCUMENT_H_
