#include "importers/extract/relations/text_relations.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "engine/model/event.h"

namespace eg {
namespace {

// What a cue says about the sentence's main event and the event its phrase names.
enum class CueKind {
  kMainBefore,    // "ahead of the meeting": main BEFORE object
  kMainAfter,     // "after the arrest": main AFTER object
  kObjectCauses,  // "in response to the attack": object CAUSES main, main AFTER object
  kMainCauses,    // "led to protests": main CAUSES object, main BEFORE object
};

struct CueSpec {
  std::string_view phrase;  // lower case, words separated by single spaces
  CueKind kind;
};

constexpr double kTemporalConfidence = 0.8;
constexpr double kCausalConfidence = 0.6;

// Longer cues are matched before their tails ("days after" before "after"), because the earliest
// starting match wins and ties go to the longest.
constexpr std::array<CueSpec, 19> kCues = {{
    {"ahead of", CueKind::kMainBefore},
    {"before", CueKind::kMainBefore},
    {"prior to", CueKind::kMainBefore},
    {"in the run-up to", CueKind::kMainBefore},
    {"days before", CueKind::kMainBefore},
    {"in preparation for", CueKind::kMainBefore},
    {"after", CueKind::kMainAfter},
    {"following", CueKind::kMainAfter},
    {"in the wake of", CueKind::kMainAfter},
    {"since", CueKind::kMainAfter},
    {"days after", CueKind::kMainAfter},
    {"in response to", CueKind::kObjectCauses},
    {"in retaliation for", CueKind::kObjectCauses},
    {"prompted by", CueKind::kObjectCauses},
    {"as a result of", CueKind::kObjectCauses},
    {"led to", CueKind::kMainCauses},
    {"resulted in", CueKind::kMainCauses},
    {"triggered", CueKind::kMainCauses},
    {"sparked", CueKind::kMainCauses},
}};

// A cue word used in a sense that is not temporal or causal, recognised by the word just before or
// just after the cue: "named after", "look after", "the following day", "appeared before the
// court", "led to believe". "After all," needs no entry: its comma closes the phrase before any
// object, while "after all talks failed" is temporal and must stay a cue.
struct CueExclusion {
  std::string_view cue;
  std::string_view before;  // empty: any
  std::string_view after;   // empty: any
};

constexpr std::array<CueExclusion, 25> kExclusions = {{
    {"after", "named", ""},      {"after", "look", ""},     {"after", "looks", ""},
    {"after", "looked", ""},     {"after", "looking", ""},  {"after", "take", ""},
    {"after", "takes", ""},      {"after", "took", ""},     {"after", "taking", ""},
    {"after", "sought", ""},     {"after", "modeled", ""},  {"after", "modelled", ""},
    {"following", "the", ""},    {"following", "a", ""},    {"following", "an", ""},
    {"following", "this", ""},   {"following", "its", ""},  {"before", "appeared", ""},
    {"before", "appear", ""},    {"before", "appears", ""}, {"before", "appearing", ""},
    {"before", "testified", ""}, {"before", "testify", ""}, {"led to", "", "believe"},
    {"since", "", "then"},
}};

struct Word {
  size_t begin;  // absolute byte offsets into the text
  size_t end;
  std::string lower;
};

bool IsWordByte(unsigned char c) {
  // Bytes of multi-byte UTF-8 sequences count as letters, so "Şafak" or "Russia’s" stay one word.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
         c == '-' || c >= 0x80;
}

std::vector<Word> SplitWords(std::string_view text, Span range) {
  std::vector<Word> words;
  size_t i = range.begin;
  while (i < range.end) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < range.end && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    std::string lower(text.substr(start, i - start));
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    words.push_back({start, i, std::move(lower)});
  }
  return words;
}

std::vector<std::string_view> PhraseWords(std::string_view phrase) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= phrase.size()) {
    size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) space = phrase.size();
    out.push_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

// A cue found in a sentence. `phrase_end` bounds the words the cue governs.
struct CueMatch {
  const CueSpec* spec;
  size_t begin;
  size_t end;
  size_t phrase_end;
  size_t first_word;  // index into the sentence's words
  size_t last_word;   // index of the cue's last word
};

bool IsExcluded(const CueSpec& spec, const std::vector<Word>& words, size_t first, size_t last) {
  for (const CueExclusion& ex : kExclusions) {
    if (ex.cue != spec.phrase) continue;
    bool before_ok = ex.before.empty() || (first > 0 && words[first - 1].lower == ex.before);
    bool after_ok =
        ex.after.empty() || (last + 1 < words.size() && words[last + 1].lower == ex.after);
    if (before_ok && after_ok) return true;
  }
  return false;
}

std::optional<CueMatch> MatchAt(const std::vector<Word>& words, size_t at) {
  std::optional<CueMatch> best;
  size_t best_len = 0;
  auto try_spec = [&](const CueSpec& spec) {
    std::vector<std::string_view> parts = PhraseWords(spec.phrase);
    if (parts.size() <= best_len || at + parts.size() > words.size()) return;
    for (size_t k = 0; k < parts.size(); ++k) {
      if (words[at + k].lower != parts[k]) return;
    }
    size_t last = at + parts.size() - 1;
    if (IsExcluded(spec, words, at, last)) return;
    best = CueMatch{&spec, words[at].begin, words[last].end, 0, at, last};
    best_len = parts.size();
  };
  for (const CueSpec& spec : kCues) try_spec(spec);
  return best;
}

// The cues of one sentence, in order, each phrase ending at the first clause boundary (';', ')',
// ',') after the cue, at the next cue, or at the sentence end. A comma is a boundary because a
// fronted phrase ("After the vote, parliament adjourned") would otherwise take the main clause's
// event as its object.
std::vector<CueMatch> FindCues(std::string_view text, Span sentence,
                               const std::vector<Word>& words) {
  std::vector<CueMatch> cues;
  for (size_t i = 0; i < words.size();) {
    std::optional<CueMatch> m = MatchAt(words, i);
    if (!m) {
      ++i;
      continue;
    }
    size_t end = m->end;
    while (end < sentence.end && text[end] != ';' && text[end] != ')' && text[end] != ',') ++end;
    m->phrase_end = end;
    i = m->last_word + 1;
    cues.push_back(*m);
  }
  for (size_t c = 0; c + 1 < cues.size(); ++c) {
    cues[c].phrase_end = std::min(cues[c].phrase_end, cues[c + 1].begin);
  }
  return cues;
}

// A reporting verb that introduces how someone characterised the object, not an event of its own:
// "following what she described as ... discussions", "after talks described as tense".
bool IntroducesDescription(const Event& mention, const CueMatch& cue,
                           const std::vector<Word>& words) {
  // Typed as a statement, or kept untyped ("other") with its lemma: either way it only describes.
  if (mention.type != "statement" && mention.type != "other") return false;
  const Span& trigger = mention.evidence.front().trigger;
  for (size_t w = cue.last_word + 1; w < words.size() && words[w].begin < trigger.begin; ++w) {
    if (words[w].lower == "what") return true;
  }
  for (const Word& word : words) {
    if (word.begin >= trigger.end) return word.lower == "as";
  }
  return false;
}

bool InsideAnyPhrase(const Span& trigger, const std::vector<CueMatch>& cues) {
  for (const CueMatch& cue : cues) {
    if (trigger.begin >= cue.begin && trigger.begin < cue.phrase_end) return true;
  }
  return false;
}

bool OverlapsCue(const Span& trigger, const CueMatch& cue) {
  return trigger.begin < cue.end && cue.begin < trigger.end;
}

}  // namespace

std::vector<Relation> ExtractTextRelations(std::string_view text, const Extraction& extraction) {
  // Mentions grouped by the sentence of their evidence, each group ordered by trigger offset.
  std::vector<std::pair<Span, std::vector<const Event*>>> sentences;
  for (const Event& mention : extraction.events) {
    if (mention.evidence.empty()) continue;
    const Evidence& ev = mention.evidence.front();
    if (ev.sentence.end > text.size() || ev.sentence.begin >= ev.sentence.end ||
        ev.trigger.begin < ev.sentence.begin || ev.trigger.end > ev.sentence.end) {
      continue;
    }
    auto it = std::find_if(sentences.begin(), sentences.end(),
                           [&](const auto& s) { return s.first == ev.sentence; });
    if (it == sentences.end()) {
      sentences.push_back({ev.sentence, {}});
      it = std::prev(sentences.end());
    }
    it->second.push_back(&mention);
  }
  std::sort(sentences.begin(), sentences.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });

  std::vector<Relation> out;
  std::set<std::tuple<std::string, std::string, RelationType>> seen;
  auto emit = [&](const Event* from, const Event* to, RelationType type, double confidence) {
    if (from->id == to->id) return;
    if (!seen.insert({from->id, to->id, type}).second) return;
    out.push_back(Relation{from->id, to->id, type, RelationBasis::kText, confidence});
  };

  for (auto& [sentence, mentions] : sentences) {
    if (mentions.size() < 2) continue;
    std::stable_sort(mentions.begin(), mentions.end(), [](const Event* a, const Event* b) {
      return a->evidence.front().trigger.begin < b->evidence.front().trigger.begin;
    });
    std::vector<Word> words = SplitWords(text, sentence);
    std::vector<CueMatch> cues = FindCues(text, sentence, words);
    if (cues.empty()) continue;

    // The sentence's main predicate for the cues that modify a whole clause: its first mention
    // outside every cue phrase ("Speaking ahead of the ... meeting, Kallas focused ...").
    const Event* clause_main = nullptr;
    for (const Event* m : mentions) {
      if (!InsideAnyPhrase(m->evidence.front().trigger, cues)) {
        clause_main = m;
        break;
      }
    }

    for (const CueMatch& cue : cues) {
      const Event* object = nullptr;
      for (const Event* m : mentions) {
        const Span& trigger = m->evidence.front().trigger;
        if (trigger.begin < cue.end || trigger.begin >= cue.phrase_end) continue;
        if (IntroducesDescription(*m, cue, words)) continue;
        object = m;
        break;
      }
      if (object == nullptr) continue;

      const Event* main = clause_main;
      if (cue.spec->kind == CueKind::kMainCauses) {
        // A causal verb's cause is its subject: the nearest mention before it, outside other
        // phrases.
        main = nullptr;
        for (const Event* m : mentions) {
          const Span& trigger = m->evidence.front().trigger;
          if (trigger.end > cue.begin || OverlapsCue(trigger, cue)) break;
          if (!InsideAnyPhrase(trigger, cues)) main = m;
        }
      }
      if (main == nullptr) continue;

      switch (cue.spec->kind) {
        case CueKind::kMainBefore:
          emit(main, object, RelationType::kBefore, kTemporalConfidence);
          break;
        case CueKind::kMainAfter:
          emit(main, object, RelationType::kAfter, kTemporalConfidence);
          break;
        case CueKind::kObjectCauses:
          emit(object, main, RelationType::kCauses, kCausalConfidence);
          emit(main, object, RelationType::kAfter, kCausalConfidence);
          break;
        case CueKind::kMainCauses:
          emit(main, object, RelationType::kCauses, kCausalConfidence);
          emit(main, object, RelationType::kBefore, kCausalConfidence);
          break;
      }
    }
  }
  return out;
}

}  // namespace eg
