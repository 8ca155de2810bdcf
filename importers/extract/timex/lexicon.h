// The tagger's word lists: months, weekdays, numbers written as words, ordinals, calendar units,
// seasons, parts of the day and the modifiers that TIMEX3 records as `mod`. All tables are static
// constant data; every lookup takes an ASCII-lowercased word and is safe on any thread.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_LEXICON_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_LEXICON_H_

#include <optional>
#include <string_view>

#include "importers/extract/words/word_table.h"

namespace eg::timex {

// 1..12 for "january", "jan", "sept", ...; nullopt otherwise. `abbreviation` is set when the word is
// a short form that needs a following "." or a number to count ("jan", "dec").
std::optional<int> MonthOf(std::string_view word, bool* abbreviation = nullptr);

// 1 (Monday) .. 7 (Sunday), ISO numbering, for full names and "mon", "tues", ... (abbreviated
// forms flag `abbreviation`).
std::optional<int> WeekdayOf(std::string_view word, bool* abbreviation = nullptr);

// "one".."nineteen", "twenty".."ninety", "hundred", "thousand", "dozen": the value; nullopt else.
std::optional<int> NumberWordOf(std::string_view word);
// "first".."twelfth", "twentieth", ...: the ordinal's value.
std::optional<int> OrdinalWordOf(std::string_view word);

// A calendar unit. kWeekend and kFortnight are spelled out because their TIMEX3 codes differ.
enum class Unit : int {
  kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kFortnight, kMonth, kQuarter, kYear, kDecade,
  kCentury, kMillennium
};
struct UnitWord {
  Unit unit;
  bool plural;
};
// "day", "days", "weeks", "decades", "centuries", ...
std::optional<UnitWord> UnitOf(std::string_view word);
bool IsTimeUnit(Unit u);  // second, minute, hour: written after "T" in a duration

// Seasons as TIMEX3 codes: "spring" SP, "summer" SU, "fall"/"autumn" FA, "winter" WI.
std::optional<std::string_view> SeasonOf(std::string_view word);

// Parts of the day as TIMEX3 codes: "morning" MO, "afternoon" AF, "evening" EV, "night" NI.
std::optional<std::string_view> PartOfDayOf(std::string_view word);

// Adverbs of frequency that are TIMEX3 SETs on their own: "daily" P1D, "weekly" P1W, ...
std::optional<std::string_view> FrequencyAdverbOf(std::string_view word);

// Words that sit next to time expressions without being names: prepositions, determiners and
// our own temporal vocabulary. A capitalized word from this list does not make a following
// "Friday" or "May" part of a proper name.
bool IsTemporalContextWord(std::string_view word);

// True for every word that can anchor a time expression: month, weekday (also plural), unit,
// season, part of day, frequency adverb, number and ordinal words, and the fuzzy and deictic time
// words ("now", "recent", "tonight", "noon", "Christmas", ...). Every expression the tagger finds
// holds a number or one of these words, so the tagger skips text that has none nearby. Inline,
// since the tagger asks for every word: the set's shape test turns most words away in the caller.
const WordSet& TemporalAnchors();
inline bool IsTemporalAnchor(std::string_view word) {
  static const WordSet& kSet = TemporalAnchors();
  return kSet.Contains(word);
}

// Every answer of the tables above for one anchor word, from a single lookup: the tagger asks
// several tables about the same token at each of the positions near it, and keeps one of these
// per token instead. Each field holds what the function of the same name returns.
struct WordInfo {
  std::optional<int> month;  // MonthOf
  bool month_abbreviation = false;
  std::optional<int> weekday;  // WeekdayOf
  bool weekday_abbreviation = false;
  std::optional<int> number;                    // NumberWordOf
  std::optional<int> ordinal;                   // OrdinalWordOf
  std::optional<UnitWord> unit;                 // UnitOf
  std::optional<std::string_view> season;       // SeasonOf
  std::optional<std::string_view> part_of_day;  // PartOfDayOf
  std::optional<std::string_view> frequency;    // FrequencyAdverbOf
};

// The answers for `word` (ASCII-lowercased) when it is a temporal anchor (IsTemporalAnchor), else
// nullptr: a word that is no anchor is in none of the tables. The pointer stays valid for the
// life of the program.
const WordInfo* WordInfoOf(std::string_view word);

// Past-tense and future cues used to resolve "Friday" or "March" without a year.
bool IsPastCue(std::string_view word);
bool IsFutureCue(std::string_view word);

}  // namespace eg::timex

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_LEXICON_H_
