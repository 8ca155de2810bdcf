#include "importers/extract/events/events.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "importers/extract/entities/gazetteer.h"
#include "importers/extract/events/triggers.h"
#include "importers/extract/words/lexicon.h"
#include "importers/extract/words/word_table.h"

namespace eg {
namespace {


// Auxiliaries and adverbs between a subject and its verb ("did not", "has also").
const WordSet kAuxWords = {
    "did", "does", "do", "not", "n't", "has", "have", "had", "will", "would", "was", "were",
    "is", "are", "be", "been", "being", "also", "only", "still", "reportedly", "allegedly",
    "already", "never", "shall", "should", "could", "can", "may", "might", "must", "just",
    "then", "again", "recently", "later", "previously", "jointly", "directly", "formally",
    "officially", "to", "'ll", "reportedly", "once", "first", "finally"};
const WordSet kDeterminers = {"the", "a", "an", "this", "that", "these", "those", "its", "their",
                              "his", "her", "our", "any", "no", "some", "each", "every", "both"};
// Nouns of armed forces sent, moved or added to ("sending 7,000 troops"); the units are the
// words whose first WordNet sense is a military unit (military_unit.n.01 and below: "a Nato
// division should have been stationed", "a brigade of combat troops").
const WordSet kForceNouns = {"troops",       "forces",       "soldiers",  "personnel", "units",
                             "battalions",   "brigades",     "warships",  "jets",      "marines",
                             "paratroopers", "peacekeepers", "battalion", "brigade",   "division",
                             "divisions",    "regiment",     "regiments", "squadron",  "squadrons",
                             "battlegroup",  "battlegroups", "platoon",   "platoons"};
// Verbs of recalling, concluding or revealing: verbs of saying when a clause of what is said
// follows ("recalled that ...", not "recalled its ambassador").
const WordSet kReportingThat = {"recall",  "conclude", "observe", "remind",   "recount",
                                "mention", "reply",    "respond", "answer",   "retort",
                                "reveal",  "disclose", "suggest", "indicate", "allege"};
const WordSet kPrepositions = {
    "in",        "on",    "at",      "of",     "with",    "for",    "to",        "by",
    "from",      "about", "between", "among",  "against", "near",   "outside",   "inside",
    "regarding", "over",  "after",   "before", "during",  "into",   "as",        "like",
    "than",      "via",   "ahead",   "amid",   "despite", "across", "throughout"};
const WordSet kLightVerbs = {
    "held",  "hold",  "holds", "holding", "took", "take", "place",   "convened",   "began",
    "begun", "ended", "was",   "were",    "is",   "are",  "be",      "been",       "being",
    "will",  "would", "had",   "has",     "have", "also", "already", "reportedly", "not"};
const WordSet kParticipationVerbs = {"represented", "represent", "represents", "attended",
                                     "attend", "attends", "joined", "participated", "led",
                                     "headed", "hosted", "chaired", "co-chaired", "took",
                                     "held", "hold", "holds", "holding"};
const WordSet kIrregularPast = {"met", "said", "held", "took", "began", "fought", "struck", "led",
                                "sought", "told", "made", "went", "came", "gave", "saw", "won",
                                "lost", "shot", "withdrew", "brought", "sent", "spoke", "wrote",
                                "was", "were", "had", "did", "heard", "began", "kept", "left",
                                "built", "felt", "found", "thought", "knew", "became", "drove"};
const WordSet kHypotheticalModifiers = {"potential", "possible", "hypothetical", "any",
                                        "prospective", "eventual", "proposed", "would-be"};
const WordSet kPlannedModifiers = {"planned",   "upcoming",    "scheduled", "future",
                                   "next",      "forthcoming", "coming",    "expected",
                                   "impending", "looming",     "imminent"};
const WordSet kReportCues = {"said", "says", "stated", "states", "reported", "reports", "claimed",
                             "claims", "noted", "suggest", "suggests", "suggested", "added",
                             "believes", "told", "described", "claiming", "noting", "stating",
                             "saying", "alleged"};

// Adverbs that may stand between an auxiliary and its verb ("will also meet", "was quickly sold").
const WordSet kAdverbsBetween = {"also", "not", "n't", "never", "already", "still", "just",
                                 "then", "now", "soon", "recently", "reportedly", "later", "first",
                                 "finally", "again", "only", "officially", "formally", "jointly"};

[[gnu::always_inline]] inline bool Has(const WordSet& set, std::string_view w) {
  return set.Contains(w);
}

// Whether `s` is the literal `lit`: the length decides first and the bytes compare inline (a
// comparison with a C string measures it and calls memcmp; most tokens differ in length).
// Always inlined: the rules call it millions of times per corpus, and out of line the call cost
// more than the comparison.
template <size_t N>
[[gnu::always_inline]] inline bool Eq(std::string_view s, const char (&lit)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), lit, N - 1) == 0;
}

// ASCII lower case, inline: titles and descriptions are compared with Token::lower, which is
// ASCII-lowered, and std::tolower costs a call per byte (and would follow a caller's locale).
char AsciiLower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

// The preposition a label puts before the target of an event noun.
std::string_view TargetPreposition(std::string_view type) {
  if (Eq(type, "aid") || Eq(type, "appeal") || Eq(type, "statement") || Eq(type, "intent"))
    return "to";
  if (Eq(type, "attack") || Eq(type, "sanction") || Eq(type, "threaten") || Eq(type, "criticize") ||
      Eq(type, "protest") || Eq(type, "coerce")) {
    return "against";
  }
  return "of";
}

[[gnu::always_inline]] inline bool IsNegation(std::string_view w) {
  return Eq(w, "not") || Eq(w, "n't") || Eq(w, "never") ||
         (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}

enum class Tense { kNone, kPast, kPresent, kFuture };

struct Candidate {
  size_t trigger = 0;
  const TriggerEntry* entry = nullptr;
  bool noun = false;
  size_t np_first = 0;  // first token of the noun phrase (nouns) or of the aux window (verbs)
  bool definite = false;
  bool own_arguments = false;
  bool copied = false;
  std::string near_name;  // a city named beside a facility location, for the label
  std::optional<size_t> timex;
  std::string lemma;  // the trigger's lemma ("release"), kept as the label of `other` events
  // A grammatical or supporting mention: a main-verb "be"/"have", a light verb that carries an
  // event noun ("the talks were held"), or a named gathering inside a name ("Developers
  // Conference", "WWDC"). It is an event mention, but its happening is the noun's or the name's,
  // so it is reported only when bare mentions are asked for, never put in the graph.
  bool support = false;
  std::vector<std::string> subject;  // a verb's source actors, for the verbs coordinated with it
  // The verb before the comma whose subject (and time) a participle of saying shares, or -1.
  int lead = -1;
  Event event;
};

// What the trigger tests find for a word; a Candidate is made only for the words that are
// triggers (a Candidate holds a whole Event, too much to build and drop for every word). The
// lemma views static trigger data or the lexicon.
struct TriggerFind {
  size_t trigger = 0;
  const TriggerEntry* entry = nullptr;
  bool noun = false;
  bool support = false;
  std::string_view lemma;
};

// Entries for eventive words outside the typed lexicon: kept as type `other` with their lemma.
constexpr TriggerEntry kOtherVerb = {"", "", "other", TriggerPos::kVerb, false};
constexpr TriggerEntry kOtherNoun = {"", "", "other", TriggerPos::kNoun, false};

// Words that are never event triggers on their own: auxiliaries, modals, the copula, light and
// aspectual verbs whose event is their complement, and nouns of saying that name no happening.
const WordSet kNonEventWords = {
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has",
    "had", "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "ought", "let", "lets", "seem", "seems", "seemed", "going",
    "according", "regarding", "following", "concerning", "given", "based", "called", "named",
    "dubbed", "known", "so-called", "mean", "means", "meant", "like", "sign", "signs", "way",
    "ways", "time", "times", "part", "case", "lot", "kind", "number", "rest", "end", "point",
    "side", "record", "state", "states", "lead", "front", "line", "turn", "matter", "fact", "order",
    "course", "hand", "term", "terms", "act", "action", "thing", "things", "step", "steps", "issue",
    "situation", "news", "operating", "role", "include", "includes", "included", "including",
    "want", "wants", "wanted", "approach", "practice", "control", "power", "effort", "efforts",
    "process", "system",
    // Plural nouns for whatever happens ("the latest developments in Ukraine").
    "developments", "events", "happenings", "activities", "surrounding", "involving",
    // Postures and adherence: "Standing against a blue backdrop", "will stick to its pledge".
    "standing", "sitting", "stick", "sticks", "sticking",
    // Particles of phrasal verbs ("pushed out", "fought back"), which WordNet also lists as verbs,
    // and adverbs it lists as verbs too ("may even provide").
    "out", "back", "off", "up", "down", "away", "over", "about", "along", "even", "still",
    // Institutions whose first WordNet sense is the act they are named after.
    "government", "governments", "administration", "defence", "defense", "service", "services"};

class Extractor {
 public:
  Extractor(const Document& doc, const EntityAnalysis& ents, const std::vector<Timex>& timexes,
            std::string_view article_id, std::optional<Date> dct, bool keep_bare)
      : keep_bare_(keep_bare), doc_(doc), toks_(doc.tokens), ents_(ents), timexes_(timexes), article_id_(article_id),
        dct_(dct) {
    // Without WordNet only the typed lexicon applies; Extract() refuses to run without it, so
    // this is the fallback of direct callers alone.
    Result<const Lexicon*> lex = Lexicon::Shared();
    lex_ = lex.ok() ? *lex : nullptr;
    // Answers that depend on a token's form alone are kept per form (Token::word): most forms
    // recur, and each first lookup per token was a trip to the lexicon's cache.
    lemma_.resize(2 * doc_.words);
    lemma_known_.assign(doc_.words, 0);
    form_bits_.assign(doc_.words, 0);
    can_.assign(doc_.words, 0);
    form_trigger_.assign(doc_.words, nullptr);
    form_trigger_known_.assign(doc_.words, 0);
    // People's titles in lower case, once: every verb without a named subject looks them up.
    for (const Entity& ent : ents_.entities) {
      if (ent.kind != EntityKind::kPerson) continue;
      for (std::string title : ent.titles) {
        for (char& ch : title) ch = AsciiLower(ch);
        person_titles_.emplace_back(ent.id, std::move(title));
      }
    }
  }

  std::vector<Event> Run() {
    ComputeClauses();
    ComputeSentenceCues();
    FindGroups();
    FindTriggers();
    AttachTimexes();
    ShareTimexAcrossCoordination();
    ShareDateOfParticipation();
    ShareSayingDateAcrossAnd();
    for (Candidate& c : cands_) Analyze(c);
    SinceADatedHappening();
    ShareModalityAcrossCoordination();
    SayingAtAGathering();
    SpeechActsBySaying();
    ResolveAnaphora();
    std::vector<Event> out;
    for (Candidate& c : cands_) {
      Event& e = c.event;
      // A mention with nothing to hold it (no participant, no place, no bound of time) says too
      // little for the graph; the rest are kept, the weaker ones with a lower confidence. An
      // untyped ("other") mention also needs an actor or a place: a word that only has a tense
      // ("fair", "central", "results") is too often no event at all to put on a timeline.
      bool anchored = e.time.begin || e.time.end;
      if (!keep_bare_ && c.support) continue;
      // "ceasefire talks": a noun right before another event noun names that event's topic.
      if (!keep_bare_ && c.noun && c.trigger + 1 < toks_.size() && trigger_at_[c.trigger + 1] >= 0 &&
          cands_[trigger_at_[c.trigger + 1]].noun && !cands_[trigger_at_[c.trigger + 1]].support) {
        continue;
      }
      if (!keep_bare_ && ModifiesAForceOrThing(c)) continue;
      // A participle of saying with no one saying it ("..., noting that") tells nothing.
      if (!keep_bare_ && Eq(e.type, "statement") && e.participants.empty() && !c.noun &&
          toks_[c.trigger].lower.ends_with("ing")) {
        continue;
      }
      if (!keep_bare_ && e.participants.empty() && !e.location && !anchored) continue;
      if (!keep_bare_ && !c.noun && Eq(e.type, "statement") && AsksWhatIsSaid(c.trigger)) continue;
      // "a politician who rarely spoke freely": a habit is no happening of the timeline.
      if (!keep_bare_ && !c.noun && Habitual(c.trigger)) continue;
      if (!keep_bare_ && Eq(e.type, "other") && e.participants.empty() && !e.location) continue;
      if (!keep_bare_ && Eq(e.type, "other") && WeakUntyped(c)) continue;
      Finish(c);
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  // "What has Zelenskiy said?", "What does Russia have to say?": a question for what someone
  // says, the verb its last word, asks for the content; it reports no saying.
  bool AsksWhatIsSaid(size_t t) const {
    const size_t sb = doc_.first_token[toks_[t].sentence];
    const size_t se = doc_.end_token[toks_[t].sentence];
    return Eq(W(sb), "what") && t + 1 < se && Eq(W(t + 1), "?");
  }

  // "no longer had the strike power", "the invading forces", "airborne assault troops", "within
  // striking range": a word of fighting in a noun's place, right before a noun WordNet files
  // first as a thing, an attribute, a group or a person, describes that noun; no blow is struck.
  bool ModifiesAForceOrThing(const Candidate& c) const {
    const std::string_view type = c.entry->type;
    if (type != "attack" && type != "fight" && type != "invade" && type != "mobilize" &&
        type != "mass_violence") {
      return false;
    }
    const size_t t = c.trigger;
    const size_t sentence_first = doc_.first_token[toks_[t].sentence];
    if (t == sentence_first || t + 1 >= clause_end_[t] || lex_ == nullptr) return false;
    const Token& next = toks_[t + 1];
    if (!next.is_word || next.capitalized || MentionAt(t + 1) >= 0 || trigger_at_[t + 1] >= 0) {
      return false;
    }
    // In a noun's place: after a determiner, a possessive, an adjective that is no verb ("main
    // fighting force") or, for a noun, a preposition. A gerund after a preposition takes an object
    // ("accused of firing rockets"), and "to" makes an infinitive.
    const std::string_view prev = W(t - 1);
    const std::string_view w = toks_[t].lower;
    const bool participle = w.ends_with("ing") || w.ends_with("ed");
    const bool noun_place = In(t - 1, kDeterminers) || Eq(prev, "'s") ||
                            (!participle && !Eq(prev, "to") && In(t - 1, kPrepositions)) ||
                            (CanAt(t - 1, WordPos::kAdjective) && !CanAt(t - 1, WordPos::kVerb) &&
                             !In(t - 1, kAdverbsBetween) && !IsFunctionWord(prev));
    if (!noun_place) return false;
    switch (lex_->NounFormClass(next.lower)) {
      case NounClass::kArtifact:
      case NounClass::kAttribute:
      case NounClass::kGroup:
      case NounClass::kPerson:
        return true;
      default:
        return false;
    }
  }

  // True when a frequency adverb stands in the verb's auxiliary window ("rarely spoke", "often
  // visits", "has always said").
  bool Habitual(size_t t) const {
    static const WordSet kFrequency = {"rarely", "often", "usually", "always", "sometimes",
                                       "frequently", "seldom", "typically", "generally",
                                       "regularly", "routinely", "normally", "repeatedly"};
    for (size_t k = t; k > clause_begin_[t] && t - k < 4;) {
      --k;
      if (In(k, kFrequency)) return true;
      if (!In(k, kAuxWords) && !In(k, kAdverbsBetween) && !IsNegation(W(k))) break;
    }
    // "1.5 million Russians visited the city every year": a time unit after "every" or "each"
    // in the verb's clause.
    static const WordSet kUnits = {"year",    "week",   "month",  "day",    "night",  "morning",
                                   "evening", "summer", "winter", "spring", "autumn", "weekend"};
    // Not a progressive ("they are shelling it every day" goes on) and not past another verb
    // or a "that" ("estimated that ... visited every year" is one estimate).
    if (toks_[t].lower.ends_with("ing")) return false;
    for (size_t k = t + 1; k + 1 < clause_end_[t] && k < t + 10; ++k) {
      if ((Eq(W(k), "every") || Eq(W(k), "each")) && In(k + 1, kUnits)) return true;
      if (Eq(W(k), "that") || Eq(W(k), ",") ||
          (trigger_at_.size() > k && trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) {
        break;
      }
    }
    return false;
  }

  // An untyped mention too weak for a timeline, though it is an event mention: a light verb
  // whose content is its complement ("is to make Ukraine strong", "focused the agenda on"), a
  // noun modifying another noun ("the defense industry"), or a mention without an actor, a place
  // or a date of its own ("our duty", "pressure is applied to the army", "responsibility lies
  // with Ukraine"): what it names, and when, is not said.
  bool WeakUntyped(const Candidate& c) const {
    static const WordSet kLightLemmas = {"make", "get", "give", "take", "keep", "put", "go",
                                         "come", "become", "remain", "continue", "seem", "aim",
                                         "focus", "lie", "mean", "need", "want", "try",
                                         "struggle", "manage"};
    // States, not happenings: "Finland, which shares a border with Russia".
    static const WordSet kStativeLemmas = {
        "share", "own", "possess", "contain", "consist", "border", "belong", "resemble", "lack",
        "deserve", "know", "believe", "love", "like", "hate", "matter", "exist", "depend",
        "involve", "concern", "fear",
        // Thinking and hoping are no happenings either.
        "think", "hope", "expect", "wish", "feel", "suppose", "assume", "doubt", "understand",
        "remember", "appear", "see", "count", "indicate", "attach", "surprise", "link", "locate",
        "base", "live", "oppose", "outnumber", "outgun", "outman", "associate",
        // Judging and standing for: positions, not acts.
        "consider", "regard", "deem", "represent", "constitute", "signify", "symbolise",
        "symbolize", "reflect", "show", "endure", "view", "guess", "govern", "chair", "result",
        "maintain",
        // What one has on: "walking by the sea, wearing a hoodie".
        "wear"};
    if (Has(kLightLemmas, c.lemma) || Has(kStativeLemmas, c.lemma)) return true;
    // "was working night and day to resolve the dispute": an effort whose act is the infinitive.
    if (!c.noun && Eq(c.lemma, "work")) {
      for (size_t k = c.trigger + 1; k + 1 < clause_end_[c.trigger] && k < c.trigger + 6; ++k) {
        if (Eq(W(k), "to") && lex_ != nullptr && CanAt(k + 1, WordPos::kVerb)) return true;
      }
    }
    // The verbs WordNet files as states ("a Finn residing in Sweden", "the repairs cost",
    // "comprises three brigades"): a state is no happening of the timeline.
    if (!c.noun && lex_ != nullptr && lex_->IsStativeVerb(c.lemma)) return true;
    // Feelings are no happenings either: the verbs WordNet files mostly as emotions ("worried
    // about relatives", "were alarmed by the vote", "has been angered by").
    if (!c.noun && lex_ != nullptr && lex_->IsVerbOfClass(c.lemma, VerbClass::kEmotion)) {
      return true;
    }
    // "were attempting to secure the areas", "has sought to modernise": an effort whose act is
    // the infinitive after it, which is a mention of its own.
    if (!c.noun && (Eq(c.lemma, "attempt") || Eq(c.lemma, "seek") || Eq(c.lemma, "strive") ||
                    Eq(c.lemma, "endeavour") || Eq(c.lemma, "endeavor"))) {
      const size_t to = c.trigger + 1;
      if (to + 1 < clause_end_[c.trigger] && Eq(W(to), "to") && lex_ != nullptr &&
          CanAt(to + 1, WordPos::kVerb)) {
        return true;
      }
    }
    // "have moved to freeze the assets": a step taken towards the act of the infinitive, which is
    // a mention of its own; "moved to Lviv" is a move.
    if (!c.noun && Eq(c.lemma, "move")) {
      const size_t to = c.trigger + 1;
      if (to + 1 < clause_end_[c.trigger] && Eq(W(to), "to") && trigger_at_[to + 1] >= 0 &&
          !cands_[trigger_at_[to + 1]].noun) {
        return true;
      }
    }
    // "vowed to hold the Kremlin to account", "were brought to account": calling someone to
    // answer for something is an idiom of the verb before it, no account of anything.
    // "raised the stakes with Russia ... by warning": a figure of raising a bet; the act is the
    // means after "by", a mention of its own.
    if (!c.noun && (Eq(c.lemma, "raise") || Eq(c.lemma, "up")) && c.trigger + 2 < toks_.size() &&
        Eq(W(c.trigger + 1), "the") &&
        (Eq(W(c.trigger + 2), "stakes") || Eq(W(c.trigger + 2), "ante"))) {
      return true;
    }
    if (Eq(c.lemma, "account") && c.trigger > clause_begin_[c.trigger] &&
        Eq(W(c.trigger - 1), "to")) {
      static const WordSet kCalling = {"hold", "holds", "held", "holding", "bring", "brings",
                                       "brought", "bringing", "call", "called", "calls", "calling"};
      for (size_t k = c.trigger - 1; k > clause_begin_[c.trigger] && c.trigger - k < 8;) {
        if (In(--k, kCalling)) return true;
      }
    }
    if (!c.noun && StanceTowardsAnObject(c)) return true;
    if (!c.noun && ActIsItsComplement(c)) return true;
    if (!c.noun && WhatHappens(c)) return true;
    if (!c.noun && StanceOrByline(c)) return true;
    // "attended the G20 summit in Rome", "hosted talks": taking part in a gathering is that
    // gathering, which has the attendee among its participants (ParticipationVerb).
    if (!c.noun && In(c.trigger, kParticipationVerbs)) {
      for (auto it = std::next(cands_.begin() + (&c - cands_.data()));
           it != cands_.end() && it->trigger < clause_end_[c.trigger] &&
           it->trigger < c.trigger + 9;
           ++it) {
        if (it->noun && !it->support && it->entry->gathering) return true;
        if (!it->noun && !it->support) break;
      }
    }
    // "the commitments of the US in Asia", "its tripwire posture": a noun taken for its verb's
    // ending ("commit", "pose") that WordNet files first as an attribute, a state, a feeling, a
    // thought, a quantity, a group, a possession or a relation names no happening, whatever its
    // place or date.
    if (c.noun && lex_ != nullptr) {
      switch (lex_->FirstClass(c.lemma)) {
        case NounClass::kAttribute:
        case NounClass::kState:
        case NounClass::kFeeling:
        case NounClass::kCognition:
        case NounClass::kQuantity:
        case NounClass::kGroup:
        case NounClass::kPossession:
        case NounClass::kRelation:
        case NounClass::kShape:
        case NounClass::kTime:
          return true;
        default:
          break;
      }
    }
    if (!c.noun && (StandingPassive(c) || FigureReached(c.trigger))) return true;
    // "the US was outraged", "the EU had to be united": a participle WordNet knows as an
    // adjective after a form of "be", with no agent, place or date, is a state.
    if (!c.noun && c.trigger > clause_begin_[c.trigger] && lex_ != nullptr &&
        toks_[c.trigger].lower.ends_with("ed") && CanAt(c.trigger, WordPos::kAdjective)) {
      static const WordSet kBeForms = {"is", "are", "was", "were", "be", "been", "being", "am",
                                       "'s", "'re"};
      size_t k = c.trigger - 1;
      while (k > clause_begin_[c.trigger] && In(k, kAdverbsBetween)) --k;
      bool agent = c.trigger + 1 < clause_end_[c.trigger] && Eq(W(c.trigger + 1), "by");
      if (In(k, kBeForms) && !agent && !c.event.location &&
          c.event.time.basis != TimeBasis::kExplicit) {
        return true;
      }
    }
    // "Russia uses diplomacy to push claims", "they use it to avoid": a simple present outside a
    // headline says what someone does habitually, not what happened.
    if (!c.noun && !doc_.heading[toks_[c.trigger].sentence]) {
      std::string_view w = toks_[c.trigger].lower;
      if (!w.ends_with("ing") && !w.ends_with("ed") && !In(c.trigger, kIrregularPast) &&
          VerbTense(c.trigger) == Tense::kPresent) {
        return true;
      }
    }
    // "would represent a major boost", "remains a threat": a noun said of the subject by a
    // copula is a description, not a happening.
    if (c.noun && c.np_first > clause_begin_[c.trigger]) {
      static const WordSet kCopulas = {"is", "are", "was", "were", "be", "been", "being",
                                       "become", "becomes", "became", "remain", "remains",
                                       "remained", "represent", "represents", "represented",
                                       "constitute", "constitutes", "seem", "seems"};
      if (In(c.np_first - 1, kCopulas)) return true;
    }
    // What did not happen, outside the taxonomy, is no event of the timeline ("did not grab
    // attention", "is not scared").
    if (c.event.modality == Modality::kNegated) return true;
    const size_t next = c.trigger + 1;
    if (c.noun && next < clause_end_[c.trigger] && toks_[next].is_word &&
        !toks_[next].capitalized && lex_ != nullptr && CanAt(next, WordPos::kNoun) &&
        !CanAt(next, WordPos::kVerb) && !IsFunctionWord(toks_[next].lower) &&
        !In(next, kPrepositions)) {
      return true;
    }
    const Event& e = c.event;
    // An untyped noun ("the job", "his charges", "the latest developments") is too often a
    // thing or a topic: it needs a date or a place of its own.
    if (c.noun) return !OwnPlace(c) && e.time.basis != TimeBasis::kExplicit;
    bool actor = std::any_of(e.participants.begin(), e.participants.end(),
                             [](const Participant& p) { return p.role == Role::kSource; });
    return !actor && !e.location && e.time.basis != TimeBasis::kExplicit;
  }
  // "posed the biggest threat", "if it faced an existential threat", "is accepting the
  // realities", "the conclusions Finland has drawn", "is discovering a truism", "played the role
  // of": a verb whose object is a danger, a thought or a part to play states how someone stands,
  // not what happened. The object's first WordNet class decides; "faced criticism" and "accepted
  // the offer" (words of others) stay.
  bool StanceTowardsAnObject(const Candidate& c) const {
    if (lex_ == nullptr) return false;
    const std::string_view lemma = c.lemma;
    const bool danger = Eq(lemma, "pose") || Eq(lemma, "face");
    const bool thought = Eq(lemma, "accept") || Eq(lemma, "draw") || Eq(lemma, "learn") ||
                         Eq(lemma, "realise") || Eq(lemma, "realize");
    const bool finding = Eq(lemma, "discover");
    const bool part = Eq(lemma, "play");
    // "will affect Sweden's thinking": an effect on a thought or a feeling.
    const bool effect = Eq(lemma, "affect") || Eq(lemma, "influence") || Eq(lemma, "sway");
    if (!(danger || thought || finding || part || effect)) return false;
    const size_t end = clause_end_[c.trigger];
    // A possessor first: "will affect Sweden's thinking".
    size_t from = c.trigger;
    const int owner = from + 1 < end ? MentionAt(from + 1) : -1;
    if (owner >= 0 && ents_.mentions[owner].possessive) {
      from = ents_.mentions[owner].last;
      if (from >= end || !Eq(W(from), "'s")) --from;
    }
    size_t head = ObjectHead(from, end, 6);
    // The object before the verb: "the conclusions Finland has drawn".
    if (head == SIZE_MAX && (thought || finding) && NoObjectAfter(c, end)) {
      for (size_t k = c.trigger; k > clause_begin_[c.trigger] && c.trigger - k < 6;) {
        --k;
        if (toks_[k].is_word && MentionAt(k) < 0 && CanAt(k, WordPos::kNoun) &&
            !IsFunctionWord(toks_[k].lower) && !In(k, kAuxWords)) {
          head = k;
          break;
        }
      }
    }
    if (head == SIZE_MAX || MentionAt(head) >= 0 || !toks_[head].is_word) return false;
    if (part) return Eq(W(head), "role") || Eq(W(head), "part");
    const NounClass cls = lex_->NounFormClass(toks_[head].lower);
    if (danger) {
      return cls == NounClass::kState || cls == NounClass::kAttribute ||
             cls == NounClass::kCognition;
    }
    if (thought) return cls == NounClass::kCognition;
    if (effect) return cls == NounClass::kCognition || cls == NounClass::kFeeling;
    return cls == NounClass::kCognition || cls == NounClass::kCommunication;
  }

  // "it helped Washington forge a united front", "had watched Putin browbeat the head of the
  // service", "tactfully avoided spelling out any outcome", "they started shooting": helping,
  // perceiving, avoiding or starting an act whose verb follows is no happening of its own; the
  // act is the verb after it (a mention of its own, with its own type), or, when avoided, does
  // not happen. "children affected by the war", "was ruled by oligarchs": an effect or a rule
  // said of someone is a state. Only untyped verbs reach here.
  bool ActIsItsComplement(const Candidate& c) const {
    if (lex_ == nullptr) return false;
    const std::string_view lemma = c.lemma;
    const size_t t = c.trigger;
    const size_t end = std::min(clause_end_[t], t + 8);
    if ((Eq(lemma, "affect") || Eq(lemma, "impact") || Eq(lemma, "rule")) && t + 1 < end &&
        Eq(W(t + 1), "by") && toks_[t].lower.ends_with("ed")) {
      return true;
    }
    const bool helping = Eq(lemma, "help");
    const bool perceiving = Eq(lemma, "watch") || Eq(lemma, "hear") || Eq(lemma, "witness");
    const bool avoiding = Eq(lemma, "avoid");
    const bool starting = Eq(lemma, "start") || Eq(lemma, "begin");
    if (!(helping || perceiving || avoiding || starting)) return false;
    // The object of helping or perceiving (a name, a pronoun, a short noun phrase), then the
    // verb: bare or after "to" for helping, bare for perceiving, "-ing" for avoiding, "-ing" or
    // after "to" for starting.
    size_t k = t + 1;
    if (helping || perceiving) {
      while (k < end && (MentionAt(k) >= 0 || In(k, kDeterminers) || IsObjectPronoun(W(k)))) ++k;
      if (perceiving && k == t + 1) return false;  // "watched closely", "heard of": no object
    }
    if (k < end && Eq(W(k), "to") && (helping || starting)) ++k;
    if (k >= end || !toks_[k].is_word || MentionAt(k) >= 0 || !CanAt(k, WordPos::kVerb)) {
      return false;
    }
    const bool ing = toks_[k].lower.ends_with("ing");
    const bool infinitive = Eq(W(k - 1), "to");
    if (avoiding) return ing;
    if (starting) return (ing || infinitive) && trigger_at_[k] >= 0;
    // A bare verb: not a past or third-person form, and not a noun that cannot be a verb.
    if (ing || toks_[k].lower.ends_with("ed") || In(k, kIrregularPast)) return false;
    return infinitive || !CanAt(k, WordPos::kNoun) || trigger_at_[k] >= 0;
  }

  // "New Zealand has toughened its tone", "attitudes towards China have shifted": a change of
  // tone, stance or attitude is a position, not a happening of the timeline. "Reuters
  // contributed reporting": a credit line.
  bool StanceOrByline(const Candidate& c) const {
    static const WordSet kStance = {"tone",      "stance",  "rhetoric", "attitude",
                                    "attitudes", "posture", "tones",    "stances"};
    const size_t t = c.trigger;
    const size_t end = std::min(clause_end_[t], t + 5);
    for (size_t k = t + 1; k < end; ++k) {
      if (In(k, kStance)) return true;
      if (Eq(c.lemma, "contribute") && (Eq(W(k), "reporting") || Eq(W(k), "report"))) return true;
      // "its tone": a possessive pronoun is a mention too; a name ends the object.
      const int m = MentionAt(k);
      if (m >= 0 && !ents_.mentions[m].possessive && toks_[k].capitalized) break;
      if (!toks_[k].is_word || In(k, kPrepositions)) break;
    }
    for (size_t k = t; k > clause_begin_[t] && t - k < 5;) {
      --k;
      if (In(k, kStance)) return true;
      if (!In(k, kAuxWords) && !In(k, kAdverbsBetween)) break;
    }
    return false;
  }

  // "a response to what is happening in Ukraine", "whatever happens": a verb of happening
  // whose subject is "what" names whatever takes place, no particular happening.
  bool WhatHappens(const Candidate& c) const {
    if (!(Eq(c.lemma, "happen") || Eq(c.lemma, "occur") || Eq(c.lemma, "unfold") ||
          Eq(c.lemma, "transpire"))) {
      return false;
    }
    for (size_t k = c.trigger; k > clause_begin_[c.trigger] && c.trigger - k < 5;) {
      --k;
      if (Eq(W(k), "what") || Eq(W(k), "whatever")) return true;
      if (!In(k, kAuxWords) && !In(k, kAdverbsBetween)) break;
    }
    return false;
  }

  // "Drivers are only allowed to buy", "munitions that are banned", "the site is guarded": a
  // present passive outside a headline and without a date of its own states a rule or a standing
  // condition, not a happening ("are being evacuated" goes on; "were allowed" happened).
  bool StandingPassive(const Candidate& c) const {
    const size_t t = c.trigger;
    if (doc_.heading[toks_[t].sentence] || c.event.time.basis == TimeBasis::kExplicit ||
        (c.event.modality != Modality::kAsserted && c.event.modality != Modality::kReported)) {
      return false;  // "until they are returned": a future clause, not a standing condition
    }
    std::string_view w = toks_[t].lower;
    if (!w.ends_with("ed") && !In(t, kIrregularPast)) return false;
    static const WordSet kPresentBe = {"is", "are", "am", "'s", "'re"};
    for (size_t k = t; k > clause_begin_[t] && t - k < 4;) {
      --k;
      if (In(k, kPresentBe)) return true;
      if (!In(k, kAdverbsBetween) && !IsNegation(W(k))) break;
    }
    return false;
  }

  // "support rose to 61%", "reaching 61 per cent", "inflation hit 9.1 percent": a verb whose
  // complement is a share is a figure of a statistic, not a happening.
  bool FigureReached(size_t t) const {
    const size_t end = std::min(clause_end_[t], t + 5);
    for (size_t k = t + 1; k < end; ++k) {
      std::string_view w = W(k);
      if (w.empty() || !std::isdigit(static_cast<unsigned char>(w.front()))) continue;
      if (w.ends_with("%")) return true;
      if (k + 1 < toks_.size() &&
          (Eq(W(k + 1), "%") || Eq(W(k + 1), "percent") || Eq(W(k + 1), "pc") ||
           (Eq(W(k + 1), "per") && k + 2 < toks_.size() && Eq(W(k + 2), "cent")))) {
        return true;
      }
      return false;  // the first number decides: "killed 20 people, 5% of them children"
    }
    return false;
  }

  // True when the noun's place is named right after it ("protests in Kyiv", "talks between
  // Russia and Ukraine in Geneva"), not after another common noun whose place it is ("a boost to
  // the alliance's assets in northern Europe").
  bool OwnPlace(const Candidate& c) const {
    if (!c.event.location) return false;
    if (c.copied) return true;
    for (size_t k = c.trigger + 1; k < clause_end_[c.trigger]; ++k) {
      int m = MentionAt(k);
      if (m >= 0) {
        if (EntityOf(m).id == c.event.location->entity) return true;
        k = ents_.mentions[m].last - 1;
        continue;
      }
      const Token& tok = toks_[k];
      if (!tok.is_word || tok.capitalized || In(k, kPrepositions) || In(k, kDeterminers) ||
          IsFunctionWord(tok.lower) || lex_ == nullptr) {
        continue;
      }
      if (CanAt(k, WordPos::kNoun) && !CanAt(k, WordPos::kAdjective)) {
        return false;
      }
    }
    return true;
  }

  // ---- structure -------------------------------------------------------------------------------

  void ComputeClauses() {
    clause_begin_.resize(toks_.size());
    clause_end_.resize(toks_.size());
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      size_t b = doc_.first_token[s];
      size_t e = doc_.end_token[s];
      size_t start = b;
      for (size_t i = b; i <= e; ++i) {
        // Quotation marks are not boundaries: quoted names and scare quotes sit inside clauses,
        // and quoted speech is introduced by ':' or ','.
        // (IsPunct() is false for every word; testing that first spares a call per word.)
        bool boundary = i == e || (!toks_[i].is_word && IsPunct(toks_[i], ";:()-"));
        if (!boundary) continue;
        for (size_t k = start; k < i; ++k) {
          clause_begin_[k] = start;
          clause_end_[k] = i;
        }
        if (i < e) {
          clause_begin_[i] = i;
          clause_end_[i] = i + 1;
        }
        start = i + 1;
      }
    }
  }

  // What ModalityOf() asks of every trigger's sentence, in one pass per sentence instead of one
  // scan per trigger: where a report cue lets later words be reported (Reported()), and whether
  // an open condition ("if", "unless", not yet closed by "then" or ";") precedes each token.
  void ComputeSentenceCues() {
    report_from_.assign(doc_.sentences.size(), SIZE_MAX);
    continued_quote_.assign(doc_.sentences.size(), 0);
    sentence_has_while_.assign(doc_.sentences.size(), -1);
    conditional_.assign(toks_.size(), 0);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      const size_t b = doc_.first_token[s];
      const size_t e = doc_.end_token[s];
      // A quotation continued from an earlier paragraph has no opening mark in its sentence: its
      // first mark closes it (after the quotation's last punctuation, ',”') and its speaker's
      // saying follows ('..., against civilians in the country’s east,” he said.'). Triggers
      // before that mark are quoted; an opening mark ('in the past week “he has said') is no
      // such mark.
      for (size_t k = b; k < e; ++k) {
        // Words and most punctuation are turned away before the call ('"' or a curly mark,
        // which starts with byte 0xE2).
        const std::string& lw = toks_[k].lower;
        if (toks_[k].is_word || lw.empty() || (lw[0] != '"' && lw[0] != '\xE2') ||
            !IsQuoteMark(toks_[k])) {
          continue;
        }
        if (k > b && (Eq(W(k - 1), ",") || Eq(W(k - 1), ".") || Eq(W(k - 1), "?") ||
                      Eq(W(k - 1), "!"))) {
          for (size_t j = k + 1; j < e && j < k + 4; ++j) {
            if (In(j, kReportCues)) {
              continued_quote_[s] = k;
              break;
            }
          }
        }
        break;
      }
      bool conditional = false;
      bool condition_quoted = false;
      bool suspended = false;  // inside a relative clause within a condition
      bool question = false;   // the condition is a "whether" question, closed by a comma
      bool opening = false;    // the condition opens the sentence
      for (size_t k = b; k < e; ++k) {
        // "'If they attack, we would respond,' he added": a condition inside a quotation is
        // what was said; the saying outside it happened.
        if (conditional && condition_quoted && k > b && doc_.in_quote[k - 1] && !doc_.in_quote[k]) {
          conditional = false;
        }
        conditional_[k] = conditional ? (question ? 2 : 1) : 0;
        std::string_view w = toks_[k].lower;
        // "in case Russia threatens an attack": a condition too.
        const bool in_case = Eq(w, "case") && k > b && Eq(W(k - 1), "in");
        const bool asks_if = Eq(w, "if") && AsksWhether(k, b);
        if ((Eq(w, "if") && !asks_if) || Eq(w, "unless") || in_case) {
          conditional = true;
          condition_quoted = doc_.in_quote[k];
          opening = k == b || (in_case && k == b + 1);
        }
        // "In case you missed it, our correspondent has been looking at ...": after the comma
        // of a condition that opens the sentence, a main clause with no modal says what is so,
        // whatever the condition ("If X, Y will ..." keeps it).
        if (conditional && opening && !suspended && !question && Eq(w, ",")) {
          static const WordSet kModals = {"will", "would", "could", "might", "may", "should",
                                          "must", "can",   "shall", "'ll",   "'d",  "then"};
          bool modal = false;
          for (size_t j = k + 1; j < e && !modal; ++j) modal = In(j, kModals);
          if (!modal) conditional = false;
          opening = false;
        }
        // "asked whether he was consulting China", "asked if Russia was preparing to invade": an
        // open question up to its comma.
        if (Eq(w, "whether") || asks_if) {
          conditional = true;
          question = true;
          condition_quoted = doc_.in_quote[k];
        }
        // "When asked if he wanted X he said 'no'": the answer's subject and saying end it too.
        if (question && (Eq(w, ",") || (k + 1 < e && IsSubjectPronoun(w) && k > b &&
                                         !Eq(W(k - 1), "if") && !Eq(W(k - 1), "whether") &&
                                         Has(kReportCues, W(k + 1))))) {
          conditional = false;
          question = false;
        }
        if (Eq(w, "then") || Eq(w, ";")) conditional = false;
        // "in case China invaded, saying that was a lesson": a participle of saying after a
        // comma opens a clause of its own, outside the condition.
        if (conditional && !suspended && Eq(w, ",") && k + 1 < e &&
            toks_[k + 1].lower.ends_with("ing") && Has(kReportCues, toks_[k + 1].lower)) {
          conditional = false;
        }
        // ", which they have threatened": a relative clause set off by a comma is said of its
        // antecedent, outside the condition.
        if (Eq(w, ",") && suspended) {
          conditional = true;  // the relative clause ended; the condition goes on
          suspended = false;
        } else if (conditional && k + 1 < e && Eq(w, ",") &&
                   (Eq(W(k + 1), "which") || Eq(W(k + 1), "who"))) {
          conditional = false;
          suspended = true;
        }
        // A cue at k reports the words after the one that completes it (see Reported()).
        size_t from = SIZE_MAX;
        if (k + 1 < e) {
          std::string_view next = toks_[k + 1].lower;
          // "rumours that he had fled", "claims that": what a report or a rumour says.
          static const WordSet kReportNouns = {"rumours",     "rumors", "rumour",      "rumor",
                                               "claims",      "claim",  "allegations", "allegation",
                                               "speculation", "reports"};
          // "has claimed, without providing evidence, that": an aside between cue and "that".
          if (Eq(next, ",") && Has(kReportCues, w)) {
            for (size_t j = k + 2; j < e && j < k + 8; ++j) {
              if (Eq(W(j), ",") && j + 1 < e && Eq(W(j + 1), "that")) {
                from = std::min(from, j + 1);
                break;
              }
            }
          }
          if (((Eq(next, "that") || Eq(next, ":")) && Has(kReportCues, w)) ||
              (Eq(next, "that") && Has(kReportNouns, w)) || Eq(w, "reportedly") ||
              Eq(w, "allegedly")) {
            from = k + 1;
          } else if ((Eq(w, "said") || Eq(w, "reported") || Eq(w, "claimed") || Eq(w, "claims") ||
                      Eq(w, "claim") || Eq(w, "claiming")) &&
                     Eq(next, "to") && k + 2 < e &&
                     std::string_view(toks_[k + 2].lower) == "have") {
            from = k + 2;  // "said to have met", "claimed to have destroyed"
          }
        }
        report_from_[s] = std::min(report_from_[s], from);
      }
    }
  }

  // Token `k`'s lower-case form as a view: comparing a view with a literal checks the length
  // first, where std::string's operator== with a C string measures and compares the bytes.
  std::string_view W(size_t k) const { return toks_[k].lower; }

  // Whether token `k` is in `set`. The lists asked about for most tokens, often several times per
  // token (by the trigger tests, then by the argument and tense searches around each trigger), keep
  // their answers per form (FormBit); other lists are looked up directly. Always inlined, so that
  // the choice of the list is made when compiling each call, not by comparisons at run time.
  [[gnu::always_inline]] bool In(size_t k, const WordSet& set) const {
    const int bit = &set == &kDeterminers      ? 0
                    : &set == &kPrepositions   ? 1
                    : &set == &kAuxWords       ? 2
                    : &set == &kAdverbsBetween ? 3
                    : &set == &kNonEventWords  ? 4
                    : &set == &kIrregularPast  ? 5
                    : &set == &kLightVerbs     ? 6
                                               : -1;
    if (bit < 0) return set.Contains(toks_[k].lower);
    return FormBit(k, static_cast<uint16_t>(1u << bit), [&] {
      // The auxiliary window and the adverbs between a modal and its verb hold any adverb of
      // manner or stance ("may potentially agree", "has reportedly met"), not only those listed.
      return set.Contains(toks_[k].lower) || ((bit == 2 || bit == 3) && LyAdverb(toks_[k].lower));
    });
  }

  // The answer of `compute` for token `k`, kept in bit `mask` of its form's form_bits_ (the
  // same bit of the high half says it is filled): for the answers that depend on the form alone.
  // `compute` may ask other bits of the same form; the vector is never resized meanwhile.
  template <class Compute>
  [[gnu::always_inline]] bool FormBit(size_t k, uint16_t mask, Compute compute) const {
    uint32_t& bits = form_bits_[toks_[k].word];
    const uint32_t known = uint32_t{mask} << 16;
    if ((bits & known) == 0) {
      const bool yes = compute();
      bits |= known | (yes ? mask : 0u);
    }
    return (bits & mask) != 0;
  }

  // An adverb in "-ly" that WordNet knows only as an adverb ("potentially", "reportedly",
  // "quickly"), not as an adjective, noun or verb ("early", "daily", "family", "rally").
  bool LyAdverb(std::string_view w) const {
    return w.size() > 4 && w.ends_with("ly") && lex_ != nullptr && lex_->Can(w, WordPos::kAdverb) &&
           !lex_->Can(w, WordPos::kAdjective) && !lex_->Can(w, WordPos::kNoun) &&
           !lex_->Can(w, WordPos::kVerb);
  }

  // Whether token `k`'s form itself is listed in the typed lexicon (FindTrigger(), not through
  // its lemma as FormTrigger()), kept per form like In()'s answers: the search for a place asks
  // it of every word after a trigger.
  bool ListedTriggerAt(size_t k) const {
    return FormBit(k, 1u << 11, [&] { return FindTrigger(toks_[k].lower) != nullptr; });
  }

  // IsFunctionWord() of token `k`, kept per form like In()'s answers.
  bool FunctionWordAt(size_t k) const {
    return FormBit(k, 1u << 7, [&] { return IsFunctionWord(toks_[k].lower); });
  }

  // The answer of `compute` for token `t`, kept in bit `mask` of its token_in_ (token_known_
  // says which bits are filled): for rules that depend on the words around a token alone and
  // are asked again of the same trigger by the modality and the time rules.
  template <class Compute>
  bool TokenBit(size_t t, uint8_t mask, Compute compute) const {
    if (token_known_.empty()) {
      token_known_.assign(toks_.size(), 0);
      token_in_.assign(toks_.size(), 0);
    }
    if ((token_known_[t] & mask) == 0) {
      if (compute()) token_in_[t] |= mask;
      token_known_[t] |= mask;
    }
    return (token_in_[t] & mask) != 0;
  }
  static constexpr uint8_t kWantedDone = 1;
  static constexpr uint8_t kPresentOfAFutureClause = 2;

  // lex_->Can() of token `k`'s form as `pos`, kept per form like LemmaAt()'s answers: the
  // trigger tests and the modality and argument searches ask it of the same neighbours again and
  // again, and each answer was a trip to the lexicon's per-thread cache.
  [[gnu::always_inline]] bool CanAt(size_t k, WordPos pos) const {
    // WordPos values are single bits below 16: the low nibble says which answers are known, the
    // high nibble holds them.
    // The document's facts answer at once when it has them.
    if (!doc_.facts.empty()) return doc_.facts[toks_[k].word].Can(pos);
    const uint8_t known = static_cast<uint8_t>(pos);
    const uint8_t yes = static_cast<uint8_t>(known << 4);
    uint8_t& memo = can_[toks_[k].word];
    if ((memo & known) == 0) {
      memo |= known;
      if (lex_->Can(toks_[k].lower, pos)) memo |= yes;
    }
    return (memo & yes) != 0;
  }

  int MentionAt(size_t i) const { return i < toks_.size() ? ents_.token_mention[i] : -1; }

  // The WordNet lemma of token `k` as `pos` (empty when it is no such form). The same tokens are
  // asked about again and again (as triggers, as neighbours of triggers, while finding tenses),
  // so each answer is kept, per form; the views point into the lexicon.
  [[gnu::always_inline]] std::string_view LemmaAt(size_t k, WordPos pos) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[k].word].Lemma(pos);
    const int slot = pos == WordPos::kVerb ? 0 : 1;
    const uint8_t bit = static_cast<uint8_t>(1u << slot);
    const size_t f = toks_[k].word;
    if ((lemma_known_[f] & bit) == 0) {
      lemma_[2 * f + slot] = lex_->LemmaView(toks_[k].lower, pos);
      lemma_known_[f] |= bit;
    }
    return lemma_[2 * f + slot];
  }

  // The lexicon's FirstClass and IsEventNoun of token `k`'s noun lemma (LemmaAt(k, kNoun), empty
  // or not), from the document's facts when it has them: the rules ask them of the same forms
  // again and again, and each was a lookup in the lexicon's table of forms, mostly a cache miss.
  NounClass NounClassAt(size_t k) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[k].word].noun_class;
    return lex_->FirstClass(LemmaAt(k, WordPos::kNoun));
  }
  bool EventNounLemmaAt(size_t k) const {
    if (!doc_.facts.empty()) return doc_.facts[toks_[k].word].event_noun;
    return lex_->IsEventNoun(LemmaAt(k, WordPos::kNoun));
  }

  const Entity& EntityOf(int m) const { return ents_.entities[ents_.mentions[m].entity]; }

  bool IsActorMention(int m) const {
    if (m < 0) return false;
    const EntityMention& em = ents_.mentions[m];
    const Entity& e = ents_.entities[em.entity];
    // Continents act in politics ("the US did not inform Europe"); cities only as metonyms.
    bool continent = e.kind == EntityKind::kLocation && e.country.empty();
    return !em.embedded && (IsActorKind(e.kind) || continent);
  }

  bool IsPlaceMention(int m) const {
    if (m < 0) return false;
    const EntityMention& em = ents_.mentions[m];
    const Entity& e = ents_.entities[em.entity];
    return !em.embedded && em.form == MentionForm::kName &&
           (e.kind == EntityKind::kLocation || e.kind == EntityKind::kFacility);
  }

  // "The Ukrainian delegation included A, B and C": the members of a group, keyed by the group's
  // entity and noun, so that they take part wherever the group does.
  void FindGroups() {
    for (size_t i = 0; i + 2 < toks_.size(); ++i) {
      int m = MentionAt(i);
      if (m < 0 || ents_.mentions[m].last != i + 1) continue;
      if (!IsGroupNoun(toks_[i + 1].lower)) continue;
      std::string_view v = toks_[i + 2].lower;
      if (v != "included" && v != "includes" && v != "include" && v != "comprised" &&
          v != "comprises" && v != "consisted" && v != "consists") {
        continue;
      }
      std::string key = GroupKey(m, i + 1);
      size_t end = doc_.end_token[toks_[i].sentence];
      for (size_t k = i + 3; k < end; ++k) {
        int pm = MentionAt(k);
        if (pm < 0) continue;
        if (IsActorMention(pm) && EntityOf(pm).kind == EntityKind::kPerson) {
          auto& list = groups_[key];
          if (std::find(list.begin(), list.end(), EntityOf(pm).id) == list.end()) {
            list.push_back(EntityOf(pm).id);
          }
        }
        k = ents_.mentions[pm].last - 1;
      }
    }
  }

  std::string GroupKey(int mention, size_t noun) const {
    std::string n = toks_[noun].lower;
    if (n.size() > 1 && n.back() == 's') n.pop_back();
    return EntityOf(mention).id + "|" + n;
  }

  // The entity ids an actor mention stands for: itself, plus the members of its group when a group
  // noun follows ("the Ukrainian delegation").
  void AddActor(int m, std::vector<std::string>& out) const {
    const EntityMention& em = ents_.mentions[m];
    auto push = [&out](const std::string& id) {
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    push(EntityOf(m).id);
    size_t end = doc_.end_token[toks_[em.first].sentence];
    for (size_t k = em.last; k < end && k < em.last + 3; ++k) {
      if (IsGroupNoun(toks_[k].lower)) {
        auto it = groups_.find(GroupKey(m, k));
        if (it != groups_.end()) {
          for (const std::string& id : it->second) push(id);
        }
        break;
      }
      if (!toks_[k].is_word || toks_[k].capitalized || MentionAt(k) >= 0) break;
    }
  }

  // The most recent person mentioned before token `i`, for "she"/"he".
  int LastPersonBefore(size_t i) const {
    for (size_t k = i; k-- > 0;) {
      int m = MentionAt(k);
      if (m >= 0 && !ents_.mentions[m].embedded && EntityOf(m).kind == EntityKind::kPerson) {
        return m;
      }
      if (doc_.paragraph[toks_[k].sentence] + 1 < doc_.paragraph[toks_[i].sentence]) break;
    }
    return -1;
  }

  // The subject before token `pos`: actor mentions coordinated with "," and "and", skipping
  // auxiliaries and the appositions of the people named ("A, the envoy, and B represented").
  std::vector<std::string> LeftActors(size_t pos) const {
    std::vector<std::string> out;
    size_t begin = clause_begin_[pos];
    size_t i = pos;
    while (i > begin && In(i - 1, kAuxWords)) --i;
    // "X, the envoy, said": the comma closing an apposition.
    if (i > begin + 1 && Eq(W(i - 1), ",") && ents_.token_apposition[i - 2] >= 0) --i;
    while (i > begin) {
      size_t j = i - 1;
      int m = MentionAt(j);
      if (ents_.token_apposition[j] >= 0) {
        int owner = ents_.token_apposition[j];
        AddActor(owner, out);
        i = ents_.mentions[owner].first;
      } else if (m >= 0 && IsRelativePronoun(toks_[j].lower)) {
        break;  // RelativeAntecedent() finds what "which" stands for
      } else if (m >= 0 && IsActorMention(m) && !ents_.mentions[m].possessive) {
        AddActor(m, out);
        i = ents_.mentions[m].first;
      } else if (IsGroupNoun(toks_[j].lower)) {
        // "Ukrainian officials would brief": the party a group noun belongs to.
        int gm = -1;
        for (size_t k = j; k > begin && j - k < 3;) {
          --k;
          gm = MentionAt(k);
          if (gm >= 0 || !toks_[k].is_word || toks_[k].capitalized) break;
        }
        if (gm < 0 || !IsActorMention(gm)) break;
        AddActor(gm, out);
        i = ents_.mentions[gm].first;
      } else if ((Eq(W(j), "she") || Eq(W(j), "he")) && out.empty()) {
        int p = LastPersonBefore(j);
        if (p >= 0) AddActor(p, out);
        break;
      } else {
        break;
      }
      // Coordination ("A and B", "A, B, and C") continues the subject; anything else ends it.
      size_t k = i;
      while (k > begin && (Eq(W(k - 1), ",") || Eq(W(k - 1), "and") || Eq(W(k - 1), "both"))) {
        --k;
      }
      if (k == i) break;
      i = k;
    }
    // "channels with both Kyiv and Moscow aimed at de-escalation": names governed by a
    // preposition are its object, not the verb's subject.
    size_t k = i;
    while (k > begin && (In(k - 1, kDeterminers) || Eq(W(k - 1), "both"))) --k;
    if (!out.empty() && k > begin && In(k - 1, kPrepositions)) out.clear();
    return out;
  }

  // The object after token `pos` (exclusive): actor mentions after optional determiners, with
  // coordination; a group noun after a demonym counts ("their European counterparts").
  std::vector<std::string> RightActors(size_t pos) const {
    std::vector<std::string> out;
    size_t end = clause_end_[pos];
    size_t i = pos + 1;
    while (i < end) {
      // "that" after a verb opens a complement clause ("stated that X ..."), not an object.
      while (i < end && !Eq(W(i), "that") && (In(i, kDeterminers) || Eq(W(i), "with"))) {
        ++i;
      }
      if (i >= end) break;
      int m = MentionAt(i);
      if (m < 0 || !(IsActorMention(m) || IsPlaceMention(m))) break;
      AddActor(m, out);
      i = ents_.mentions[m].last;
      if (i < end && Eq(W(i), "'s")) break;
      while (i < end && toks_[i].is_word && !toks_[i].capitalized && IsGroupNoun(toks_[i].lower)) {
        ++i;
      }
      if (i < end && (Eq(W(i), "and") || Eq(W(i), ","))) {
        ++i;
        continue;
      }
      break;
    }
    return out;
  }

  // ---- triggers --------------------------------------------------------------------------------

  bool LooksNoun(size_t i) const {
    const bool first = i == doc_.first_token[toks_[i].sentence];
    // A past form ("shelled", "attacked") is a verb unless a determiner makes it a modifier.
    if (toks_[i].lower.ends_with("ed")) {
      return !first && (In(i - 1, kDeterminers) || Eq(W(i - 1), "'s"));
    }
    if (first) return true;
    const Token& prev = toks_[i - 1];
    // "called for the UN to visit the site", "plans to attack": an infinitive.
    if (Eq(prev.lower, "to") && !toks_[i].lower.ends_with("s")) return false;
    int m = MentionAt(i - 1);
    // "over its invasion": a possessive pronoun resolved to its antecedent is still a determiner.
    if (m >= 0) {
      return ents_.mentions[m].form == MentionForm::kDemonym || Eq(prev.lower, "'s") ||
             ents_.mentions[m].possessive || In(i - 1, kDeterminers);
    }
    if (Eq(prev.lower, "'s") || In(i - 1, kDeterminers) || In(i - 1, kPrepositions)) {
      return true;
    }
    if (In(i - 1, kAuxWords) || IsNegation(prev.lower)) return false;
    static const WordSet kSubjects = {"he", "she", "they", "it", "we", "i", "you", "who", "which",
                                      "that"};
    if (In(i - 1, kSubjects)) return false;
    return prev.is_word;
  }

  void FindTriggers() {
    FindTriggerCandidates();
    trigger_at_.assign(toks_.size(), -1);
    for (size_t k = 0; k < cands_.size(); ++k) trigger_at_[cands_[k].trigger] = static_cast<int>(k);
    LightVerbObjects();
  }

  // "Russia carried out 203 attacks", "the city suffered a wave of strikes": an untyped verb
  // whose object is a typed event noun only carries that event. A verb of doing takes the noun's
  // type (its subject acts, its object is the event itself) and the noun becomes its support; a
  // verb of undergoing is the support, since its subject is what the event was done to.
  void LightVerbObjects() {
    static const WordSet kDoing = {"carry",   "conduct", "launch",  "mount",   "stage",
                                   "perform", "apply",   "impose",  "enforce", "introduce",
                                   "unleash", "wage",    "execute", "engage"};
    // "faced criticism from Kyiv", "drew condemnation", "received aid": the subject is what the
    // noun's act was aimed at.
    static const WordSet kUndergoing = {"suffer",  "sustain", "undergo", "endure", "withstand",
                                        "face",    "draw",    "attract", "receive", "incur"};
    static const WordSet kQuantityNouns = {"string",   "series",    "wave",   "number", "spate",
                                           "barrage",  "round",     "volley", "flurry", "dozens",
                                           "hundreds", "thousands", "lot",    "lots",   "couple",
                                           "range",    "package",   "raft",   "set",    "slew"};
    // "firing up to 60,000 shells a day", "launched missiles at Kyiv": to fire munitions is to
    // attack.
    static const WordSet kFiring = {"fire", "launch", "lob", "drop", "rain"};
    static const WordSet kMunitions = {"shell", "shells", "missile", "missiles", "rocket",
                                       "rockets", "bomb", "bombs", "mortar", "mortars",
                                       "artillery", "shot", "shots", "grenade", "grenades",
                                       "drone", "drones", "munitions", "projectiles", "salvo",
                                       "salvos", "bullets", "cruise"};
    static const TriggerEntry* const kAttack = FindTrigger("attack");
    // "delivered a video address", "issued a statement": to give a speech is to speak.
    static const WordSet kGiving = {"deliver", "give",    "make", "issue",
                                    "release", "publish", "read"};
    static const WordSet kSpeechNouns = {"speech",     "speeches", "address",      "statement",
                                         "statements", "remarks",  "announcement", "warning",
                                         "warnings",   "briefing", "interview",    "message"};
    static const TriggerEntry* const kSay = FindTrigger("said");
    static const TriggerEntry* const kMeet = FindTrigger("met");
    // The nouns first, so that a light verb before one carries its type.
    for (Candidate& n : cands_) {
      if (n.noun && !n.support && n.entry->type == std::string_view("other")) MilitaryOperation(n);
    }
    for (Candidate& v : cands_) {
      // "Kuleba spoke to Blinken to discuss", "talked with Macron by phone": a conversation with
      // a named counterpart is a meeting (a call), not a statement; "spoke to reporters" and
      // "spoke to the BBC" stay saying.
      // An adverb may stand between ("to speak directly to President Erdogan"), and a title
      // before the name.
      size_t to = v.trigger + 1;
      if (to < toks_.size() && LyAdverb(toks_[to].lower)) ++to;
      if (!v.noun && !v.support && kMeet != nullptr &&
          (Eq(v.lemma, "speak") || Eq(v.lemma, "talk")) && to + 1 < toks_.size() &&
          (Eq(W(to), "to") || Eq(W(to), "with"))) {
        int m = MentionAt(to + 1);
        if (m >= 0 && ents_.mentions[m].form == MentionForm::kDescription) {
          m = MentionAt(ents_.mentions[m].last);  // "President Erdogan": the name after the title
        } else if (m < 0 && toks_[to + 1].capitalized && to + 2 < toks_.size()) {
          m = MentionAt(to + 2);
        }
        if (m >= 0 && (ents_.mentions[m].form == MentionForm::kName ||
                       ents_.mentions[m].form == MentionForm::kShortName)) {
          const EntityKind kind = EntityOf(m).kind;
          if (kind == EntityKind::kPerson || kind == EntityKind::kCountry) {
            v.entry = kMeet;
            continue;
          }
        }
      }
      // "to mobilise public opinion": rallying thoughts or words is persuasion, not a call-up of
      // forces; the object's first WordNet class tells.
      if (!v.noun && !v.support && v.entry->type == std::string_view("mobilize") &&
          toks_[v.trigger].lower.starts_with("mobili") && lex_ != nullptr) {
        const size_t head = ObjectHead(v.trigger, clause_end_[v.trigger], 4);
        if (head != SIZE_MAX && MentionAt(head) < 0 && toks_[head].is_word) {
          const NounClass cls = lex_->NounFormClass(toks_[head].lower);
          if (cls == NounClass::kCognition || cls == NounClass::kCommunication) {
            v.entry = &kOtherVerb;
            continue;
          }
        }
      }
      if (v.noun || v.support || v.entry->type != std::string_view("other")) continue;
      // "Trump concluded: ...": a verb that a colon opens words after is a verb of saying; so is
      // one of recalling or concluding with a "that" clause ("recalled that ...", not "recalled
      // its ambassador").
      // The colon must open a quotation, and a speaker (a name or a pronoun) stand right before
      // the verb: "casualties started to mount: 18 dead" and "civilians died: “...” (the quote
      // being another verb's) are no sayings.
      const size_t after = v.trigger + 1;
      const bool same_sentence =
          after < toks_.size() && toks_[after].sentence == toks_[v.trigger].sentence;
      bool quoted_colon = same_sentence && Eq(W(after), ":") && after + 1 < toks_.size() &&
                          IsQuoteMark(toks_[after + 1]) && v.trigger > 0;
      if (quoted_colon) {
        const int m = MentionAt(v.trigger - 1);
        const bool speaker = (m >= 0 && IsActorMention(m) &&
                              (ents_.mentions[m].form == MentionForm::kName ||
                               ents_.mentions[m].form == MentionForm::kShortName ||
                               ents_.mentions[m].form == MentionForm::kPronoun)) ||
                             Eq(W(v.trigger - 1), "he") || Eq(W(v.trigger - 1), "she") ||
                             Eq(W(v.trigger - 1), "it") || Eq(W(v.trigger - 1), "they");
        quoted_colon = speaker;
      }
      if (kSay != nullptr && (quoted_colon || (same_sentence && Eq(W(after), "that") &&
                                               Has(kReportingThat, v.lemma)))) {
        v.entry = kSay;
        continue;
      }
      if (kSay != nullptr && same_sentence && ReportsAClause(v)) {
        v.entry = kSay;
        continue;
      }
      if (SpeechActByComplement(v)) continue;
      if (kSay != nullptr && Has(kGiving, v.lemma)) {
        for (size_t k = v.trigger + 1; k < clause_end_[v.trigger] && k < v.trigger + 5; ++k) {
          if (In(k, kSpeechNouns)) {
            v.entry = kSay;
            if (trigger_at_[k] >= 0) cands_[trigger_at_[k]].support = true;
            break;
          }
          if (!toks_[k].is_word || In(k, kPrepositions) || MentionAt(k) >= 0) break;
        }
        if (v.entry == kSay) continue;
      }
      if (kSay != nullptr && PublishesADocument(v)) {
        v.entry = kSay;
        continue;
      }
      // "to hit Russian forces", "missiles hit Kharkiv": hitting forces or a place is an attack.
      if (kAttack != nullptr && Eq(v.lemma, "hit")) {
        static const WordSet kMilitaryTargets = {"forces", "troops", "positions", "targets",
                                                 "depot", "depots", "base", "bases", "convoy",
                                                 "headquarters", "soldiers", "tanks", "ships"};
        for (size_t k = v.trigger + 1; k < clause_end_[v.trigger] && k < v.trigger + 5; ++k) {
          int m = MentionAt(k);
          if (Has(kMilitaryTargets, W(k)) ||
              (m >= 0 && (IsPlaceMention(m) || ents_.mentions[m].form == MentionForm::kGroup))) {
            v.entry = kAttack;
            break;
          }
          if (trigger_at_[k] >= 0 || In(k, kPrepositions)) break;
        }
        if (v.entry == kAttack) continue;
      }
      // "shot down three fighter jets".
      if (kAttack != nullptr && Eq(v.lemma, "shoot") && v.trigger + 1 < toks_.size() &&
          Eq(W(v.trigger + 1), "down")) {
        v.entry = kAttack;
        continue;
      }
      if (kAttack != nullptr && Has(kFiring, v.lemma)) {
        for (size_t k = v.trigger + 1; k < clause_end_[v.trigger] && k < v.trigger + 7; ++k) {
          if (Has(kMunitions, W(k))) {
            v.entry = kAttack;
            break;
          }
          if (trigger_at_[k] >= 0) break;
        }
        if (v.entry == kAttack) continue;
      }
      const bool doing = Has(kDoing, v.lemma);
      if (!doing && !Has(kUndergoing, v.lemma)) continue;
      const size_t end = clause_end_[v.trigger];
      for (size_t k = v.trigger + 1; k < end && k < v.trigger + 8; ++k) {
        std::string_view w = toks_[k].lower;
        if (trigger_at_[k] >= 0) {
          Candidate& n = cands_[trigger_at_[k]];
          if (n.noun && !n.support && n.entry->type != std::string_view("other")) {
            if (doing) {
              v.entry = n.entry;
              n.support = true;
            } else {
              v.support = true;
            }
          }
          break;
        }
        bool number = std::isdigit(static_cast<unsigned char>(w[0])) != 0;
        // "engaged in a crackdown": the object of engaging follows "in".
        if (k == v.trigger + 1 && Eq(w, "in") && Eq(v.lemma, "engage")) continue;
        // An adjective that is also a verb form counts right after a determiner ("imposed a
        // sweeping range of sanctions"), where it cannot be a verb.
        // A hyphenated modifier: "its pre-dawn invasion", "a full-scale offensive".
        const bool hyphenated = w.find('-') != std::string_view::npos;
        if (!(Eq(w, "out") || Eq(w, "of") || number || hyphenated || In(k, kDeterminers) ||
              Has(kQuantityNouns, w) ||
              (lex_ != nullptr && toks_[k].is_word && CanAt(k, WordPos::kAdjective) &&
               (!CanAt(k, WordPos::kVerb) || In(k - 1, kDeterminers))))) {
          break;
        }
      }
      if (doing && !v.support && v.entry->type == std::string_view("other")) {
        LightVerbAfterItsNoun(v);
      }
    }
  }

  // "Russian military operations in Ukraine": a military or combat operation is fighting; "a
  // special military operation" is the name a state gives its invasion.
  void MilitaryOperation(Candidate& v) {
    const size_t t = v.trigger;
    const size_t sb = doc_.first_token[toks_[t].sentence];
    if (!(Eq(v.lemma, "operation") || Eq(v.lemma, "operations")) || t == sb) return;
    static const WordSet kMilitary = {"military", "combat", "offensive", "ground", "army"};
    if (!In(t - 1, kMilitary)) return;
    static const TriggerEntry* const kFight = FindTrigger("fighting");
    static const TriggerEntry* const kInvade = FindTrigger("invasion");
    const bool special = t > sb + 1 && Eq(W(t - 2), "special");
    const TriggerEntry* entry = special ? kInvade : kFight;
    if (entry != nullptr) v.entry = entry;
  }

  // "an assault had been launched by Russia", "attacks launched by Russia", "the invasion he
  // launched", "the war that Russia has waged": a verb of doing whose object is the typed event
  // noun before it (it has no object of its own after it) is that noun's happening told again;
  // the noun holds it, so the verb is only a supporting mention.
  void LightVerbAfterItsNoun(Candidate& v) {
    const size_t t = v.trigger;
    const std::string_view w = toks_[t].lower;
    if (!(w.ends_with("ed") || In(t, kIrregularPast))) return;
    // An object of its own after the verb ("launched a counter-attack", "launched plans").
    if (!NoObjectAfter(v, clause_end_[t])) return;
    static const WordSet kBetween = {"that", "which", "he",    "she",     "they", "it",   "we",
                                     "has",  "have",  "had",   "was",     "were", "been", "is",
                                     "are",  "be",    "being", "already", "just", "now"};
    const size_t sb = doc_.first_token[toks_[t].sentence];
    // "the cyber-attacks and information operations they have conducted": an untyped noun
    // coordinated after a typed one leaves the verb to both; the walk passes over it once.
    bool passed_coordinate = false;
    for (size_t k = t; k > sb && t - k < (passed_coordinate ? 10u : 7u);) {
      --k;
      if (trigger_at_[k] >= 0) {
        const Candidate& n = cands_[trigger_at_[k]];
        if (n.noun && !n.support && n.entry->type != std::string_view("other")) {
          v.support = true;
          return;
        }
        if (!n.noun || passed_coordinate) return;
        size_t j = k;
        while (j > sb && k - j < 3 && toks_[j - 1].is_word && !(Eq(W(j - 1), "and"))) --j;
        if (j == sb || !Eq(W(j - 1), "and")) return;
        passed_coordinate = true;
        k = j - 1;
        continue;
      }
      if (!(In(k, kBetween) || In(k, kAdverbsBetween) || MentionAt(k) >= 0)) return;
    }
  }

  // "very promising", "It is striking that": an intensified word, or an "-ing" word between
  // "it is" and "that", is an adjective.
  bool Adjectival(size_t i) const {
    size_t b = doc_.first_token[toks_[i].sentence];
    if (i == b) return false;
    static const WordSet kIntensifiers = {"very", "so", "too", "most", "more", "less", "least",
                                          "quite", "extremely", "highly", "increasingly"};
    if (In(i - 1, kIntensifiers)) return true;
    if (!toks_[i].lower.ends_with("ing") || i + 1 >= toks_.size() || !Eq(W(i + 1), "that")) {
      return false;
    }
    size_t k = i;
    while (k > b && In(k - 1, kAdverbsBetween)) --k;
    return k >= b + 2 && (Eq(W(k - 1), "is") || Eq(W(k - 1), "was")) && Eq(W(k - 2), "it");
  }

  void FindTriggerCandidates() {
    // About one word in two or three is a candidate; reserving spares moving whole Events.
    cands_.reserve(toks_.size() / 2 + 1);
    FindNamedGatherings();
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (!toks_[i].is_word) continue;
      TriggerFind c;
      int m = MentionAt(i);
      // The acronym of a named gathering, whether or not it was recognized as a name.
      if (auto it = gathering_acronyms_.find(toks_[i].text); it != gathering_acronyms_.end() &&
                                                             (m < 0 || ents_.mentions[m].first == i)) {
        c.trigger = i;
        c.entry = it->second;
        c.noun = true;
        c.lemma = c.entry->lemma;
        c.support = true;
        Push(c);
        continue;
      }
      if (m >= 0) {
        // A common noun standing for an entity ("the annual conference") still names an event
        // when its head is one; names, pronouns and groups of people do not.
        const EntityMention& em = ents_.mentions[m];
        bool description_head = (em.form == MentionForm::kDescription ||
                                 em.form == MentionForm::kGroup) &&
                                i + 1 == em.last && !toks_[i].capitalized;
        if (named_gatherings_.contains(em.entity) && i == em.first) {
          c.trigger = i;
          c.entry = named_gatherings_.at(em.entity);
          c.noun = true;
          c.lemma = c.entry->lemma;
          c.support = true;
          Push(c);
        } else if (description_head && (TypedTrigger(i, c) || GenericTrigger(i, c)) && c.noun) {
          Push(c);
        }
        continue;
      }
      if (Adjectival(i)) continue;
      // "White House press secretary Jen Psaki": a word of a person's title or apposition
      // describes the person; only a typed trigger there can still be an event.
      const bool in_role = ents_.token_apposition[i] >= 0 ||
                           (i + 1 < toks_.size() && ents_.token_apposition[i + 1] >= 0 &&
                            toks_[i + 1].sentence == toks_[i].sentence &&
                            ents_.mentions[ents_.token_apposition[i + 1]].first > i);
      if (TypedTrigger(i, c) || (!in_role && !ModifiesPeople(i) && GenericTrigger(i, c)) ||
          SupportTrigger(i, c)) {
        if (!c.support && InThingCompound(i, c.noun)) continue;
        if (c.noun && !c.support && ModifiesPeopleNoun(i)) continue;
        // "The editor is said to have a direct line", "was reported to be under fire": a hearsay
        // passive reports what it introduces; it is a mention, but no saying for the graph.
        if (!c.noun &&
            (Eq(W(i), "said") || Eq(W(i), "reported") || Eq(W(i), "alleged") ||
             Eq(W(i), "believed") || Eq(W(i), "understood") || Eq(W(i), "rumoured") ||
             Eq(W(i), "rumored")) &&
            i > 0 && i + 1 < toks_.size() && Eq(W(i + 1), "to") && HearsayPassive(i)) {
          c.support = true;
        }
        if (!c.noun && ExistentialReported(i)) c.support = true;
        // "multiple explosions were reported across the capital": a report without a reporter
        // ("by ...") says where the news came from; the explosions are the event.
        if (!c.noun && Eq(W(i), "reported") && HearsayPassive(i) &&
            !(i + 1 < toks_.size() && Eq(W(i + 1), "by"))) {
          c.support = true;
        }
        Push(c);
      }
    }
  }

  // "There were gunfights reported in the district": "reported" after the noun of an existential
  // "there is/are" says where the news came from; the gunfights are the event.
  bool ExistentialReported(size_t i) const {
    if (!Eq(W(i), "reported")) return false;
    const size_t sb = doc_.first_token[toks_[i].sentence];
    for (size_t k = i; k > sb && i - k < 6;) {
      --k;
      if (Eq(W(k), "there") && k + 1 < i &&
          (Eq(W(k + 1), "were") || Eq(W(k + 1), "was") || Eq(W(k + 1), "are") ||
           Eq(W(k + 1), "is") || Eq(W(k + 1), "have"))) {
        return true;
      }
      if (!toks_[k].is_word) return false;
    }
    return false;
  }

  // True when the noun phrase from token `k` (after a possessive "'s", adjectives) has a head
  // WordNet knows first as a building or a place ("central station", "main square").
  bool SitePossessed(size_t k) const {
    if (lex_ == nullptr) return false;
    if (k < toks_.size() && Eq(W(k), "'s")) ++k;
    for (size_t j = k; j < toks_.size() && j < k + 4 && toks_[j].is_word; ++j) {
      std::string_view lemma = LemmaAt(j, WordPos::kNoun);
      if (!lemma.empty()) {
        const NounClass cls = NounClassAt(j);
        if (cls == NounClass::kArtifact || cls == NounClass::kLocation) return true;
      }
      if (!CanAt(j, WordPos::kAdjective)) return false;
    }
    return false;
  }

  // "in neighbouring Ukraine", "across war-torn Donbas": an "-ing" or "-ed" word between a
  // preposition of place and a place's name modifies the name.
  bool LocativeModifier(size_t i) const {
    if (i == 0 || i + 1 >= toks_.size()) return false;
    std::string_view w = toks_[i].lower;
    std::string_view prev = W(i - 1);
    if (!(w.ends_with("ing") || w.ends_with("ed")) ||
        !(Eq(prev, "in") || Eq(prev, "at") || Eq(prev, "near") || Eq(prev, "into") ||
          Eq(prev, "across") || Eq(prev, "throughout"))) {
      return false;
    }
    const int m = MentionAt(i + 1);
    return m >= 0 && ents_.mentions[m].first == i + 1 &&
           (IsPlaceMention(m) || EntityOf(m).kind == EntityKind::kCountry);
  }

  // True when token `i` is a comma or a point inside a number ("1,200", "3.5"): glued to digits
  // on both sides, it ends no phrase.
  bool InANumber(size_t i) const {
    if (i == 0 || i + 1 >= toks_.size()) return false;
    const Token& tok = toks_[i];
    if (!Eq(tok.lower, ",") && !Eq(tok.lower, ".")) return false;
    const Token& prev = toks_[i - 1];
    const Token& next = toks_[i + 1];
    const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    return prev.span.end == tok.span.begin && tok.span.end == next.span.begin &&
           !prev.lower.empty() && digit(prev.lower.back()) && !next.lower.empty() &&
           digit(next.lower.front());
  }

  // A form of "be" before token `i`, adverbs between ("was also reported").
  bool HearsayPassive(size_t i) const {
    size_t k = i;
    while (k > 0 && In(k - 1, kAdverbsBetween)) --k;
    if (k == 0) return false;
    std::string_view be = W(k - 1);
    return Eq(be, "is") || Eq(be, "are") || Eq(be, "was") || Eq(be, "were") || Eq(be, "been");
  }

  // Untyped verbs whose complement makes them a typed act: "asked Nato to close the skies" and
  // "pushed for talks" are appeals, "declined to comment" is a statement (CAMEO 011), "posted on
  // Telegram" is saying, "agreed to send" is cooperation. Returns true when `v` was retyped.
  bool SpeechActByComplement(Candidate& v) {
    static const TriggerEntry* const kAppeal = FindTrigger("urged");
    static const TriggerEntry* const kSay = FindTrigger("said");
    static const TriggerEntry* const kAgree = FindTrigger("signed");
    const size_t t = v.trigger;
    const size_t end = clause_end_[t];
    auto word = [&](size_t k) { return k < end ? W(k) : std::string_view(); };
    const std::string_view lemma = v.lemma;
    // "Biden was asked a follow up", "was asked whether": a question put is a saying.
    if (Eq(lemma, "ask") && t > 0 && HearsayPassive(t)) {
      v.entry = kSay;
      return kSay != nullptr;
    }
    if (MoreSpeechAndForce(v, end)) return true;
    if (Eq(lemma, "ask") || Eq(lemma, "push") || Eq(lemma, "press") || Eq(lemma, "lobby")) {
      // "pushed for", "asked for"; "asked Nato to", "pressed the allies to".
      if (Eq(word(t + 1), "for")) {
        v.entry = kAppeal;
        return kAppeal != nullptr;
      }
      if (!Eq(lemma, "ask") && !Eq(lemma, "press")) return false;
      for (size_t k = t + 1; k < end && k < t + 7; ++k) {
        if (!toks_[k].is_word) break;
        if (Eq(W(k), "to") && k > t + 1 && k + 1 < end && lex_ != nullptr &&
            CanAt(k + 1, WordPos::kVerb)) {
          v.entry = kAppeal;
          return kAppeal != nullptr;
        }
        if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun) break;
      }
      return false;
    }
    // "played down hopes of a breakthrough": to play something down is to say it matters less.
    if (Eq(lemma, "play") && Eq(word(t + 1), "down")) {
      v.entry = kSay;
      return kSay != nullptr;
    }
    if ((Eq(lemma, "decline") || Eq(lemma, "refuse")) && Eq(word(t + 1), "to")) {
      static const WordSet kComment = {"comment",  "say",     "confirm", "elaborate", "answer",
                                       "disclose", "specify", "discuss", "speculate"};
      if (Has(kComment, word(t + 2))) {
        v.entry = kSay;
        return kSay != nullptr;
      }
      return false;
    }
    if (Eq(lemma, "post") || Eq(lemma, "write") || Eq(lemma, "publish")) {
      static const WordSet kMedia = {"telegram", "twitter", "facebook",  "instagram", "youtube",
                                     "tiktok",   "social",  "vkontakte", "x"};
      for (size_t k = t + 1; k + 1 < end && k < t + 6; ++k) {
        // "on Telegram", "to her Telegram account".
        if ((Eq(W(k), "on") || Eq(W(k), "to")) &&
            (Has(kMedia, W(k + 1)) || (k + 2 < end && Has(kMedia, W(k + 2))))) {
          v.entry = kSay;
          return kSay != nullptr;
        }
      }
      return false;
    }
    // "members demonstrated in front of the embassy": to demonstrate without an object is to
    // protest ("demonstrated its ability" shows something).
    if (Eq(lemma, "demonstrate")) {
      static const TriggerEntry* const kProtest = FindTrigger("protested");
      std::string_view next = word(t + 1);
      if (kProtest != nullptr &&
          (next.empty() || Eq(next, "in") || Eq(next, "outside") || Eq(next, "against") ||
           Eq(next, "at") || Eq(next, "near") || Eq(next, "for") || Eq(next, ",") ||
           Eq(next, ".") || Eq(next, "on"))) {
        v.entry = kProtest;
        return true;
      }
      return false;
    }
    // "unleashed malware on Ukraine", "fired missiles at Kyiv", "used drones against the port":
    // putting a weapon to use on someone is an attack.
    static const WordSet kUsingLemmas = {"unleash", "fire", "launch", "use",  "deploy",
                                         "drop",    "hurl", "lob",    "send", "rain"};
    if (Has(kUsingLemmas, lemma)) {
      static const TriggerEntry* const kAttack = FindTrigger("attacked");
      static const WordSet kWeapons = {
          "malware",   "ransomware", "virus",   "missile", "missiles",   "rocket",      "rockets",
          "drone",     "drones",     "bomb",    "bombs",   "shells",     "grenade",     "grenades",
          "artillery", "munitions",  "weapons", "mortars", "airstrikes", "cyberweapons"};
      bool weapon = false;
      for (size_t k = t + 1; k + 1 < end && k < t + 6; ++k) {
        if (Has(kWeapons, W(k))) weapon = true;
        if (weapon && (Eq(W(k + 1), "on") || Eq(W(k + 1), "at") || Eq(W(k + 1), "against") ||
                       Eq(W(k + 1), "into"))) {
          v.entry = kAttack;
          return kAttack != nullptr;
        }
      }
    }
    // "the US is sending 7,000 troops to Germany", "troops will be sent there": sending forces
    // is deploying them; so is adding to them ("will increase its military forces across
    // Europe", "reinforce the troops in Estonia").
    const WordSet& kForces = kForceNouns;
    if (Eq(lemma, "send") || Eq(lemma, "dispatch") || Eq(lemma, "move") || Eq(lemma, "increase") ||
        Eq(lemma, "boost") || Eq(lemma, "reinforce") || Eq(lemma, "bolster") ||
        Eq(lemma, "double") || Eq(lemma, "throw") || Eq(lemma, "station") || Eq(lemma, "place") ||
        Eq(lemma, "position") || Eq(lemma, "activate")) {
      static const TriggerEntry* const kDeploy = FindTrigger("deployed");
      // Adding to forces needs them as its object ("This is reinforced by how units fought" is
      // no deployment).
      const bool adding = !(Eq(lemma, "send") || Eq(lemma, "dispatch") || Eq(lemma, "move") ||
                            Eq(lemma, "throw") || Eq(lemma, "station") || Eq(lemma, "place") ||
                            Eq(lemma, "position") || Eq(lemma, "activate"));
      // A number split by its comma and a comparative may stand before the forces ("send 7,000
      // more troops"); sending stops at the preposition of a recipient or a comma of a list
      // ("sent a letter to the troops").
      const bool forces = ObjectIn(
          kForces, t, end, 8,
          [&](size_t k) {
            if (adding) return In(k, kPrepositions);
            return k > t + 4 && ((Eq(W(k), ",") && !InANumber(k)) || In(k, kPrepositions));
          },
          !adding && ObjectBefore(v, end), 6);
      // "Nato activated its rapid response force": putting a standing force on alert is a
      // mobilisation; the singular "force" is too often "the use of force" to be listed.
      bool standing_force = false;
      for (size_t k = t + 2; Eq(lemma, "activate") && k < end && k < t + 6; ++k) {
        if (Eq(W(k), "force") || Eq(W(k), "reserves") || Eq(W(k), "reservists")) {
          standing_force = true;
        }
        if (!toks_[k].is_word || In(k, kPrepositions)) break;
      }
      if ((forces || standing_force) && kDeploy != nullptr) {
        v.entry = kDeploy;
        return true;
      }
    }
    // "will send weapons and ammunition to Ukraine", "providing Ukraine with air-defence
    // missiles", "equipment would be supplied by Nato members": giving arms or aid is aid
    // (CAMEO 07); sending troops is deploying them (above), sending a signal or a request is
    // neither.
    // Authorising or approving arms or aid ("authorised $350m of military equipment") is giving
    // it too.
    // Committing, granting or lending money as loans, grants or credit is economic aid ("the IMF
    // has committed more than $20bn in loans to Ukraine"); giving the money is too ("provide
    // £25m in funding").
    const bool money_verb = Eq(lemma, "commit") || Eq(lemma, "grant") || Eq(lemma, "lend") ||
                            Eq(lemma, "disburse") || Eq(lemma, "allocate");
    // Receiving arms or aid is the same giving seen from its recipient ("Ukraine is receiving
    // systems such as the M777 howitzer", "soldiers who have received their weapons from").
    if (Eq(lemma, "send") || Eq(lemma, "provide") || Eq(lemma, "supply") || Eq(lemma, "deliver") ||
        Eq(lemma, "ship") || Eq(lemma, "hand") || Eq(lemma, "authorise") ||
        Eq(lemma, "authorize") || Eq(lemma, "approve") || Eq(lemma, "receive") || money_verb) {
      static const TriggerEntry* const kAid = FindTrigger("donated");
      static const WordSet kMateriel = {
          "weapons",   "weapon",  "arms",       "ammunition", "munitions", "missiles",
          "missile",   "rockets", "artillery",  "howitzers",  "cannons",   "tanks",
          "vehicles",  "jets",    "aircraft",   "planes",     "warplanes", "drones",
          "equipment", "systems", "batteries",  "launchers",  "weaponry",  "guns",
          "rifles",    "aid",     "assistance", "supplies",   "javelins",  "stingers",
          "helmets",   "kit"};
      // Support of a material kind is aid ("supplying military support to Ukraine"); support
      // alone may be words ("provided support through art therapy" is still aid, but "provide
      // support for the plan" is backing).
      static const WordSet kMaterialKinds = {"military", "financial",    "humanitarian", "economic",
                                             "defensive", "logistical", "lethal",       "non-lethal",
                                             "material",  "medical",    "budgetary",    "defence"};
      static const WordSet kMoney = {"loans",   "loan",     "grants",  "credit",   "credits",
                                     "bailout", "bailouts", "funding", "financing"};
      // "an additional 6,000 missiles": a comma inside a number ends nothing. "sent an official
      // request to Moscow for military aid": a message sent is the object, and the aid only its
      // topic.
      // What is received is its direct object ("some of their weapons"), not a word after
      // another preposition ("the damage it received during the fire from the detonation of
      // ammunition", "received coordinates for this missile"); "they receive different
      // equipment" in the simple present is a habit.
      const bool receiving = Eq(lemma, "receive");
      if (receiving && !toks_[t].lower.ends_with("ing") && VerbTense(t) == Tense::kPresent) {
        return false;
      }
      const auto stop = [&](size_t k) {
        if ((Eq(W(k), ",") && !InANumber(k)) || Eq(W(k), ";") || Eq(W(k), ":")) return true;
        if (receiving && In(k, kPrepositions) && !Eq(W(k), "of")) return true;
        static const WordSet kMessages = {"request", "requests", "letter",  "letters", "message",
                                          "messages", "signal",  "signals", "appeal",  "appeals",
                                          "plea",     "pleas",   "list",    "note",    "invoice"};
        return In(k, kMessages);
      };
      bool material_support = false;
      for (size_t k = t + 2; !money_verb && k < end && k < t + 5 && !stop(k - 1); ++k) {
        if (Eq(W(k), "support") && In(k - 1, kMaterialKinds)) material_support = true;
      }
      const bool materiel = (!money_verb && ObjectIn(kMateriel, t, end, 11, stop,
                                                     !receiving && ObjectBefore(v, end), 7)) ||
                            ObjectIn(kMoney, t, end, 8, stop, false, 0) || material_support;
      if (materiel && kAid != nullptr) {
        v.entry = kAid;
        return true;
      }
    }
    // "has offered to mediate", "offered support to Ukraine", "the deal that Ukraine is
    // offering": to offer an act, help, forces or a deal is to state an intent to give it (CAMEO
    // 03), as a pledge is; "offered a boost" or "offered some optimism" is no offer of anything.
    if (Eq(lemma, "offer") && !Passive(v)) {
      static const TriggerEntry* const kIntent = FindTrigger("pledged");
      static const WordSet kOffered = {
          "support", "help",     "aid",     "assistance", "troops",    "soldiers", "forces",
          "deal",    "deals",    "weapons", "arms",       "equipment", "loans",    "loan",
          "asylum",  "refuge",   "shelter", "talks",      "ceasefire", "truce",    "compromise",
          "concessions", "guarantees", "mediation", "proposal", "plan", "reward", "places"};
      const auto stop = [&](size_t k) {
        return !toks_[k].is_word || (In(k, kPrepositions) && !Eq(W(k), "of"));
      };
      bool offered = Eq(word(t + 1), "to") && t + 2 < end && lex_ != nullptr &&
                     CanAt(t + 2, WordPos::kVerb) && !CanAt(t + 2, WordPos::kNoun);
      offered = offered || (Eq(word(t + 1), "to") && Eq(word(t + 2), "help"));
      offered = offered || ObjectIn(kOffered, t, end, 6, stop, false, 0);
      // The object before a relative clause or a participle: "the deal that Ukraine is offering".
      if (!offered && NoObjectAfter(v, end)) {
        for (size_t k = t; k > clause_begin_[t] && t - k < 6;) {
          --k;
          if (Has(kOffered, W(k))) {
            offered = true;
            break;
          }
        }
      }
      if (offered && kIntent != nullptr) {
        v.entry = kIntent;
        return true;
      }
    }
    // "offered a bleak assessment of the fighting", "provided more detail on his claim": to give
    // an account of something is to say it. Given to a named recipient first ("provided Ukraine
    // with information") it is a handing over, left alone.
    if (Eq(lemma, "offer") || Eq(lemma, "provide") || Eq(lemma, "give")) {
      static const WordSet kAccounts = {"assessment", "assessments", "detail",     "details",
                                        "update",     "updates",     "account",    "explanation",
                                        "description", "estimate",   "estimates",  "clarification",
                                        "overview",   "insight",     "insights",   "information",
                                        "evidence",   "testimony",   "reassurance", "reassurances",
                                        "assurance",  "assurances",  "optimism",   "verdict"};
      for (size_t k = t + 1; k < end && k < t + 6; ++k) {
        if (MentionAt(k) >= 0 || !toks_[k].is_word || In(k, kPrepositions)) break;
        if (Has(kAccounts, W(k))) {
          v.entry = kSay;
          return kSay != nullptr;
        }
      }
    }
    // "disregarded arguments that", "dismissed the claims", "ignored repeated warnings": to set
    // aside what others say or think is to reject it (CAMEO 12); "dismissed the general" and
    // "ignored the traffic" are not. The object's first WordNet class decides.
    if (Eq(lemma, "disregard") || Eq(lemma, "dismiss") || Eq(lemma, "ignore") ||
        Eq(lemma, "rebuff") || Eq(lemma, "spurn") || Eq(lemma, "snub")) {
      static const TriggerEntry* const kReject = FindTrigger("rejected");
      const size_t head = ObjectHead(t, end, 5);
      if (head != SIZE_MAX && MentionAt(head) < 0 && toks_[head].is_word && lex_ != nullptr &&
          kReject != nullptr) {
        const NounClass cls = lex_->NounFormClass(toks_[head].lower);
        // "ignore the fact that", "accepting the realities": a stance towards how things are.
        static const WordSet kHowThingsAre = {"fact", "facts", "reality", "realities", "truth"};
        if ((cls == NounClass::kCommunication || cls == NounClass::kCognition) &&
            !In(head, kHowThingsAre)) {
          v.entry = kReject;
          return true;
        }
      }
    }
    // "to freeze foreign-held assets of the president", "the reserves frozen abroad": freezing
    // assets, accounts or funds is a sanction (CAMEO 163); freezing a conflict or prices is not.
    if (Eq(lemma, "freeze")) {
      static const TriggerEntry* const kSanction = FindTrigger("sanctioned");
      static const WordSet kHoldings = {"assets",   "asset",  "accounts",   "account",
                                        "funds",    "reserves", "holdings", "property",
                                        "properties", "wealth", "deposits", "fortunes"};
      const bool holdings = ObjectPhraseHas(kHoldings, v, t, end, 6, 5);
      if (holdings && kSanction != nullptr) {
        v.entry = kSanction;
        return true;
      }
    }
    // "was quoted by Tass as saying", "the statement quoted him as saying": being quoted is
    // having said.
    if (Eq(lemma, "quote")) {
      for (size_t k = t + 1; k + 1 < end && k < t + 10; ++k) {
        if (Eq(W(k), "as") && Eq(W(k + 1), "saying")) {
          v.entry = kSay;
          return kSay != nullptr;
        }
      }
    }
    // "will block the applications of Sweden and Finland", "vetoed the resolution": to stop a
    // request or a decision of others is to reject it (CAMEO 12).
    if (Eq(lemma, "block") || Eq(lemma, "veto")) {
      static const TriggerEntry* const kReject = FindTrigger("rejected");
      static const WordSet kRequests = {
          "application", "applications", "bid",      "bids",      "membership", "accession",
          "resolution",  "resolutions",  "proposal", "proposals", "request",    "requests",
          "motion",      "nomination",   "package",  "plan",      "deal",       "agreement"};
      const bool request = ObjectPhraseHas(kRequests, v, t, end, 5, 5);
      if (request && kReject != nullptr) {
        v.entry = kReject;
        return true;
      }
    }
    // "Estonia welcomed the decision", "welcomed Finland's decision to apply": to welcome what
    // others decided is to endorse it (CAMEO 051); people welcomed somewhere are received.
    if (Eq(lemma, "welcome") && !Passive(v)) {
      static const TriggerEntry* const kPraise = FindTrigger("praised");
      static const WordSet kDecisions = {"decision",  "decisions",    "result",   "results",
                                         "move",      "announcement", "step",     "outcome",
                                         "news",      "vote",         "proposal", "initiative",
                                         "agreement", "deal",         "plan",     "offer"};
      for (size_t k = t + 1; k < end && k < t + 5; ++k) {
        if (Has(kDecisions, W(k))) {
          v.entry = kPraise;
          return kPraise != nullptr;
        }
        if (!toks_[k].is_word || In(k, kPrepositions)) break;
      }
    }
    // "Figures released by Nato on Monday", "published a report": making public what one has
    // found is saying.
    if (Eq(lemma, "release") || Eq(lemma, "publish") || Eq(lemma, "issue")) {
      static const WordSet kFindings = {
          "figures", "data",      "report",   "reports",    "statement", "findings", "results",
          "survey",  "estimates", "report's", "assessment", "analysis",  "list"};
      bool findings = false;
      for (size_t k = t + 1; k < end && k < t + 5 && !findings; ++k) {
        if (In(k, kPrepositions)) break;
        findings = Has(kFindings, W(k));
      }
      // "Figures released by Nato": the findings before a passive or a participle with its agent.
      if (!findings && t > clause_begin_[t]) {
        findings = Has(kFindings, W(t - 1)) && ObjectBefore(v, end);
      }
      if (findings && kSay != nullptr) {
        v.entry = kSay;
        return true;
      }
    }
    // "Hundreds gathered outside the White House to demand a no-fly zone": people assembling to
    // demand or protest are protesting.
    if (Eq(lemma, "gather") || Eq(lemma, "assemble") || Eq(lemma, "march") || Eq(lemma, "rally")) {
      static const TriggerEntry* const kProtest = FindTrigger("protested");
      for (size_t k = t + 1; k + 1 < end && k < t + 12; ++k) {
        if ((Eq(W(k), "to") && (Eq(W(k + 1), "demand") || Eq(W(k + 1), "protest"))) ||
            (Eq(W(k), "in") && (Eq(W(k + 1), "protest") || Eq(W(k + 1), "support")))) {
          if (kProtest == nullptr) break;
          v.entry = kProtest;
          return true;
        }
      }
    }
    // "to stop its invasion", "halted the shelling": ceasing a military act is yielding.
    static const WordSet kCeasing = {"stop", "halt", "cease", "end", "suspend"};
    if (Has(kCeasing, lemma)) {
      static const TriggerEntry* const kYield = FindTrigger("ceasefire");
      for (size_t k = t + 1; k < end && k < t + 4; ++k) {
        const int j = trigger_at_[k];
        if (j < 0) continue;
        const std::string_view type = cands_[j].entry->type;
        if (cands_[j].noun && (type == "attack" || type == "fight" || type == "invade") &&
            kYield != nullptr) {
          v.entry = kYield;
          return true;
        }
        break;
      }
    }
    if (Eq(lemma, "agree") && kAgree != nullptr) {
      std::string_view next = word(t + 1);
      if (Eq(next, "to") || Eq(next, "on") || Eq(next, "a") || Eq(next, "an")) {
        v.entry = kAgree;
        return true;
      }
    }
    return false;
  }

  // The noun-class test of what a verb of force acts on: a thing made or a place ("destroyed
  // five command posts", "targeting civilian sites"), a country or a named place, and with
  // `bodies` a body of people ("destroyed 230 schools"); not a possession, an attribute or a
  // feeling ("targeted government bonds", "destroyed his hopes"), nor the people a sanction
  // targets ("will target Russian politicians").
  bool PhysicalObject(size_t k, bool bodies) const {
    if (MentionAt(k) >= 0) {
      const int m = MentionAt(k);
      const MentionForm form = ents_.mentions[m].form;
      return (form == MentionForm::kName || form == MentionForm::kShortName) &&
             (IsPlaceMention(m) || EntityOf(m).kind == EntityKind::kCountry);
    }
    if (!toks_[k].is_word || lex_ == nullptr) return false;
    const NounClass cls = lex_->NounFormClass(toks_[k].lower);
    return cls == NounClass::kArtifact || cls == NounClass::kLocation ||
           (bodies && cls == NounClass::kGroup);
  }

  // The head of the noun phrase after token `t`: the last word that may be a noun in the run
  // of modifiers and nouns after the determiners, numbers and quotation marks ("five command
  // posts", "Russian government bonds"), at most `reach` words on; SIZE_MAX when none is there.
  size_t ObjectHead(size_t t, size_t end, size_t reach) const {
    size_t head = SIZE_MAX;
    for (size_t k = t + 1; k < end && k <= t + reach; ++k) {
      const std::string_view w = toks_[k].lower;
      if (head == SIZE_MAX && (In(k, kDeterminers) || IsQuoteMark(toks_[k]) ||
                               std::isdigit(static_cast<unsigned char>(w[0])) != 0)) {
        continue;
      }
      if (MentionAt(k) >= 0) {
        // "Ukraine's democracy": a possessor is no head.
        if (!ents_.mentions[MentionAt(k)].possessive) head = k;
        continue;
      }
      if (!toks_[k].is_word || In(k, kPrepositions) || lex_ == nullptr || FunctionWordAt(k) ||
          !(CanAt(k, WordPos::kNoun) || CanAt(k, WordPos::kAdjective))) {
        break;
      }
      if (CanAt(k, WordPos::kNoun)) head = k;
    }
    return head;
  }

  // More verbs that their complement types (see SpeechActByComplement()):
  // - "asked whether", "Asked by reporters about": a question put is a saying;
  // - "is to say", "will say": saying in any form; "she suggested Turkey should", "he
  //   suggested": a speaker suggesting is saying;
  // - "imposed restrictions on", "introduced a ban": measures imposed are a sanction;
  // - "destroyed five command posts", "fired on the plant", "targeting civilian sites": force
  //   used on a thing, a place or people is an attack.
  // "Figures released by Nato on Monday", "Maxar published a picture of a 40-mile convoy",
  // "Zelenskiy posted a video", "border guards released security camera footage": to publish,
  // release or post a report, a letter, figures or pictures is to make them public, a
  // statement (CAMEO 01); "released the mayor" and "released from captivity" are not. The
  // object after the verb, or the noun right before its participle.
  bool PublishesADocument(const Candidate& v) const {
    static const WordSet kPublishing = {"publish", "release", "post", "issue"};
    static const WordSet kDocuments = {
        "report",     "reports",   "letter",   "letters",    "footage",     "video",
        "videos",     "photo",     "photos",   "photograph", "photographs", "picture",
        "pictures",   "image",     "images",   "readout",    "figures",     "data",
        "transcript", "recording", "document", "documents",  "assessment",  "analysis",
        "statistics", "map",       "maps",     "details",    "list",        "findings",
        "guidance",   "memo",      "dossier"};
    if (!Has(kPublishing, v.lemma)) return false;
    const size_t t = v.trigger;
    const size_t end = clause_end_[t];
    for (size_t k = t + 1; k < end && k < t + 6; ++k) {
      if (In(k, kDocuments)) return true;
      if (!toks_[k].is_word || In(k, kPrepositions) || MentionAt(k) >= 0) break;
    }
    // "Figures released by Nato", "a readout of the call released by the Kremlin".
    const std::string_view w = toks_[t].lower;
    if (w.ends_with("ed") && t > clause_begin_[t]) {
      if (In(t - 1, kDocuments)) return true;
      if (t >= clause_begin_[t] + 4 && Eq(W(t - 3), "of") && In(t - 4, kDocuments)) return true;
    }
    return false;
  }

  // "Biden recounted how the flags had sickened him", "analysts questioned whether Russia could
  // sustain", "Russia suggested the images were fake", "..., Stoltenberg recalled.": a verb of
  // reporting followed by a clause of its own (after "how", "whether" or "why", or a subject
  // and a finite verb), or set after what it reports with its speaker between commas, is a verb
  // of saying ("recalled its ambassador" is not).
  bool ReportsAClause(const Candidate& v) const {
    static const WordSet kAlsoReporting = {"question", "signal", "outline"};
    static const WordSet kFinite = {"was", "were", "is",   "are",   "would", "could", "will",
                                    "had", "has",  "have", "might", "may",   "can",   "should"};
    if (!Has(kReportingThat, v.lemma) && !Has(kAlsoReporting, v.lemma)) return false;
    const size_t t = v.trigger;
    const size_t sb = doc_.first_token[toks_[t].sentence];
    const size_t se = doc_.end_token[toks_[t].sentence];
    if (t + 1 >= se) return false;
    if (Eq(W(t + 1), "how") || Eq(W(t + 1), "whether") || Eq(W(t + 1), "why")) return true;
    // A speaker between commas (or after a quotation) before the verb, and the clause's end
    // after it: "..., Stoltenberg recalled.", "That unity, Biden signaled, would need".
    size_t k = t;
    while (k > sb && In(k - 1, kAdverbsBetween)) --k;
    const int m = k > sb ? MentionAt(k - 1) : -1;
    if (m >= 0 && IsActorMention(m) && (Eq(W(t + 1), ".") || Eq(W(t + 1), ","))) {
      const size_t f = ents_.mentions[m].first;
      if (f > sb && (Eq(W(f - 1), ",") || IsQuoteMark(toks_[f - 1]))) return true;
    }
    // "Russia suggested the images were fake", "..., suggesting it was unlikely": a short
    // subject, then a finite verb, after a speaker right before the verb or a comma before its
    // participle ("intelligence suggesting it would be effective" and "Russia's actions
    // indicated it was not serious" name no one saying anything).
    const bool speaker =
        (m >= 0 && IsActorMention(m) && !ents_.mentions[m].possessive) ||
        (k > sb && (Eq(W(k - 1), "he") || Eq(W(k - 1), "she") || Eq(W(k - 1), "they"))) ||
        (toks_[t].lower.ends_with("ing") && k > sb && Eq(W(k - 1), ","));
    if (!speaker) return false;
    size_t j = t + 1;
    while (j < se && j < t + 6 &&
           (In(j, kDeterminers) || MentionAt(j) >= 0 ||
            (toks_[j].is_word && !In(j, kPrepositions) && !In(j, kFinite) &&
             !IsFunctionWord(toks_[j].lower) && lex_ != nullptr && CanAt(j, WordPos::kNoun)))) {
      ++j;
    }
    return j > t + 1 && j < se && In(j, kFinite);
  }

  // "Russian troops have entered the country", "advance enemy units had already entered the
  // district", "Russian airborne forces descended on a military base", "troops advanced on the
  // city", "Ukrainian forces pushed occupying Russian troops from Snake Island": a verb of
  // moving whose subject (the words right before its auxiliaries, `first`) or, for pushing,
  // whose object is an armed force is a use of that force. Entering a place is taking it
  // (invade), advancing on, descending on or storming it an assault (attack), pushing forces
  // back fighting (fight). Refugees entering Poland or a minister arriving stay untyped.
  bool MilitaryMovement(Candidate& v, size_t first, size_t end) {
    const std::string_view lemma = v.lemma;
    const bool entering = Eq(lemma, "enter");
    const bool assault = Eq(lemma, "advance") || Eq(lemma, "descend") || Eq(lemma, "storm");
    const bool pushing = Eq(lemma, "push");
    if (!(entering || assault || pushing)) return false;
    static const WordSet kMoreForces = {"army",      "armies",    "servicemen",
                                        "saboteurs", "militants", "separatists"};
    auto force_at = [&](size_t k) { return In(k, kForceNouns) || In(k, kMoreForces); };
    const size_t t = v.trigger;
    const size_t b = clause_begin_[t];
    const bool subject = first > b && force_at(first - 1);
    bool object = false;
    if (pushing) {
      // Pushing forces back, out or from a place; "too many troops pushed forward" is sending
      // them, "pushed back against allegations" rejecting.
      bool away = false;
      for (size_t k = t + 1; k < end && k < t + 7; ++k) {
        if (force_at(k)) object = true;
        if (Eq(W(k), "back") || Eq(W(k), "out") || Eq(W(k), "from")) away = true;
        if (!toks_[k].is_word || (In(k, kPrepositions) && !Eq(W(k), "from"))) break;
      }
      if (!away || (t + 2 < end && Eq(W(t + 1), "back") && Eq(W(t + 2), "against"))) {
        return false;
      }
    }
    if (!subject && !object) return false;
    if (entering) {
      // Entering a place: a name of a place or country, or "the country / city / outskirts".
      static const WordSet kPlaceNouns = {"country",   "city",     "town",   "village",  "capital",
                                          "outskirts", "district", "region", "territory"};
      bool place = false;
      for (size_t k = t + 1; k < end && k < t + 5 && !place; ++k) {
        const int pm = MentionAt(k);
        place = In(k, kPlaceNouns) ||
                (pm >= 0 && (IsPlaceMention(pm) || EntityOf(pm).kind == EntityKind::kCountry));
        if (In(k, kPrepositions)) break;
      }
      static const TriggerEntry* const kInvade = FindTrigger("invaded");
      if (!place || kInvade == nullptr) return false;
      v.entry = kInvade;
      return true;
    }
    if (assault) {
      static const TriggerEntry* const kAttack = FindTrigger("attacked");
      if (kAttack == nullptr) return false;
      v.entry = kAttack;
      return true;
    }
    static const TriggerEntry* const kFight = FindTrigger("fought");
    if (kFight == nullptr) return false;
    v.entry = kFight;
    return true;
  }

  bool MoreSpeechAndForce(Candidate& v, size_t end) {
    static const TriggerEntry* const kSay = FindTrigger("said");
    static const TriggerEntry* const kAttack = FindTrigger("attacked");
    static const TriggerEntry* const kSanction = FindTrigger("sanctioned");
    const size_t t = v.trigger;
    const std::string_view lemma = v.lemma;
    const size_t sb = doc_.first_token[toks_[t].sentence];
    auto word = [&](size_t k) { return k < end ? W(k) : std::string_view(); };
    auto retype = [&](const TriggerEntry* entry) {
      if (entry == nullptr) return false;
      v.entry = entry;
      return true;
    };
    // Who says or asks: an actor named or described, or a person's pronoun, right before the
    // verb's auxiliaries ("critics will say", "she also suggested"); "what we say", "too early
    // to say" and "it is legitimate to ask" name no occasion of saying.
    size_t first = t;
    while (first > sb && (In(first - 1, kAuxWords) || In(first - 1, kAdverbsBetween))) --first;
    static const WordSet kPeople = {"he", "she", "they"};
    const int m = first > sb ? MentionAt(first - 1) : -1;
    const bool speaker = first > sb && (In(first - 1, kPeople) || IsActorMention(m));
    if (MilitaryMovement(v, first, end)) return true;
    const bool infinitive = first < t && Eq(W(first), "to");
    if (Eq(lemma, "ask")) {
      static const WordSet kQuestions = {"whether", "why",  "what", "how",  "if",
                                         "about",   "when", "who",  "which"};
      // "Asked by reporters whether ...," opening the sentence, "when asked why", "a reporter
      // asked if".
      const bool occasion = t == sb || (t > sb && Eq(W(t - 1), "when")) || speaker;
      for (size_t k = t + 1; occasion && !infinitive && k < end && k < t + 4; ++k) {
        if (In(k, kQuestions)) return retype(kSay);
        if (!(MentionAt(k) >= 0 || In(k, kDeterminers) || Eq(W(k), "by") ||
              (toks_[k].is_word && CanAt(k, WordPos::kNoun) && !CanAt(k, WordPos::kVerb)))) {
          break;
        }
      }
      return false;  // no question: the appeal test follows
    }
    if ((Eq(lemma, "say") || Eq(lemma, "suggest")) && speaker) return retype(kSay);
    // "has written in the Times that", "had written to the prime minister": the perfect of
    // writing, with its writer; not the passive of a text ("the rules are written by").
    if (Eq(lemma, "write") && Eq(W(t), "written") && speaker && t > sb) {
      for (size_t k = t; k > first;) {
        --k;
        if (Eq(W(k), "has") || Eq(W(k), "have") || Eq(W(k), "had")) return retype(kSay);
      }
    }
    static const WordSet kImposing = {"impose",  "introduce", "slap",   "adopt",
                                      "tighten", "extend",    "unveil", "expand"};
    if (Has(kImposing, lemma)) {
      // Not "sanctions" or "embargo": those are event nouns, which the light-verb test gives
      // the verb (LightVerbObjects()).
      static const WordSet kMeasures = {"restrictions", "restriction", "ban",
                                        "bans",         "tariffs",     "curbs",
                                        "penalties",    "blockade",    "controls"};
      if (ObjectPhraseHas(kMeasures, v, t, end, 6, 4)) {
        return retype(kSanction);
      }
      return false;
    }
    // "has been charged with murder", "two men charged over the death": a formal charge is an
    // indictment (CAMEO 112).
    if (Eq(lemma, "charge") && (Eq(word(t + 1), "with") || Eq(word(t + 1), "over"))) {
      static const TriggerEntry* const kIndict = FindTrigger("indicted");
      return retype(kIndict);
    }
    if (Eq(lemma, "fire") &&
        (Eq(word(t + 1), "on") || Eq(word(t + 1), "at") || Eq(word(t + 1), "upon"))) {
      return retype(kAttack);
    }
    // "sanctions will target wealthy Russians": what sanctions or measures target is no attack.
    static const WordSet kPunitive = {"sanctions", "sanction", "measures",
                                      "penalties", "embargo",  "restrictions"};
    auto punitive = [&] {
      for (size_t k = sb; k < doc_.end_token[toks_[t].sentence]; ++k) {
        if (In(k, kPunitive)) return true;
      }
      return false;
    };
    if (Eq(lemma, "destroy") || (Eq(lemma, "target") && !punitive()) || Eq(lemma, "demolish") ||
        Eq(lemma, "raze")) {
      const bool bodies = !Eq(lemma, "target");
      size_t head = ObjectHead(t, end, 5);
      // "destroyed 74 objects of military infrastructure", "destroyed dozens of tanks": a
      // general or counting noun takes its kind from the phrase after "of".
      if (head != SIZE_MAX && !PhysicalObject(head, bodies) && head + 1 < end &&
          Eq(W(head + 1), "of") && lex_ != nullptr && toks_[head].is_word) {
        // WordNet's noun.Tops (file 3: "object", "thing", "entity") has no NounClass of its own.
        constexpr int kTopsFile = 3;
        const NounClass cls = lex_->NounFormClass(toks_[head].lower);
        if (cls == NounClass::kOther || cls == NounClass::kQuantity ||
            static_cast<int>(cls) == kTopsFile) {
          // The phrase after "of" may hold hyphenated modifiers ("above-ground"), which end an
          // ObjectHead walk; its last word of a physical kind is taken.
          const size_t of = head + 1;
          head = SIZE_MAX;
          for (size_t k = of + 1; k < end && k < of + 7; ++k) {
            if (IsQuoteMark(toks_[k]) || (!toks_[k].is_word && !Eq(W(k), "-"))) break;
            if (k > of + 1 && In(k, kPrepositions)) break;
            if (PhysicalObject(k, bodies)) head = k;
          }
        }
      }
      if (head != SIZE_MAX && PhysicalObject(head, bodies)) return retype(kAttack);
      // "three storage sites were destroyed": the subject of the passive.
      if (head == SIZE_MAX && bodies && Passive(v)) {
        size_t group = t;  // the first word of the verb group
        while (group > sb && In(group - 1, kAuxWords)) --group;
        for (size_t k = group; k > sb && group - k < 4;) {
          --k;
          if (PhysicalObject(k, false)) return retype(kAttack);
          if (!toks_[k].is_word) break;
        }
      }
    }
    return false;
  }

  // "two British aid workers", "war veterans", "protest leaders": an event noun right before a
  // noun for people or a group names who they are, no happening.
  bool ModifiesPeopleNoun(size_t i) const {
    if (lex_ == nullptr || i + 1 >= toks_.size()) return false;
    const Token& next = toks_[i + 1];
    if (!next.is_word || next.capitalized || next.sentence != toks_[i].sentence) return false;
    if (MentionAt(i + 1) >= 0) {
      // "aid workers" recognized as a group of people.
      return ents_.mentions[MentionAt(i + 1)].form == MentionForm::kGroup &&
             ents_.mentions[MentionAt(i + 1)].first == i + 1;
    }
    // A plural noun and nothing else ("workers", not "following", "more" or "have").
    std::string_view w = next.lower;
    std::string_view lemma = LemmaAt(i + 1, WordPos::kNoun);
    if (lemma.empty() || lemma == w || !w.ends_with("s") || In(i + 1, kAuxWords) ||
        IsFunctionWord(w) || CanAt(i + 1, WordPos::kAdjective) || CanAt(i + 1, WordPos::kAdverb) ||
        EventNounLemmaAt(i + 1)) {
      return false;
    }
    const NounClass cls = NounClassAt(i + 1);
    if (cls != NounClass::kPerson && cls != NounClass::kGroup) return false;
    // "after the meeting officials said": the people are the subject of a verb of their own.
    if (i + 2 < toks_.size() && toks_[i + 2].is_word && !In(i + 2, kAuxWords) &&
        CanAt(i + 2, WordPos::kVerb) && !CanAt(i + 2, WordPos::kNoun)) {
      return false;
    }
    return true;
  }

  // "a $600bn war chest", "the court of appeals", "a heart attack": an event noun inside a
  // WordNet compound whose first sense is a thing or a state names no happening. A compound that
  // names one ("press conference", "civil war") keeps it, whatever the others say. A form read
  // as a verb is asked about only as the last word of "X of Y" ("the court of appeals ruled").
  bool InThingCompound(size_t i, bool noun) const {
    if (lex_ == nullptr) return false;
    const size_t b = doc_.first_token[toks_[i].sentence];
    const size_t e = doc_.end_token[toks_[i].sentence];
    bool thing = false;
    std::string key;
    // Words first..last joined by '_', the last one as written and as its noun lemma.
    auto ask = [&](size_t first, size_t last) {
      if (first < b || last >= e) return false;
      for (size_t k = first; k <= last; ++k) {
        if (!toks_[k].is_word) return false;
      }
      std::string_view lemma;
      for (bool as_lemma : {false, true}) {
        if (as_lemma) {
          lemma = LemmaAt(last, WordPos::kNoun);
          if (lemma.empty() || lemma == toks_[last].lower) break;
        }
        if (!lex_->MayBeCompound(toks_[first].lower,
                                 as_lemma ? lemma : std::string_view(toks_[last].lower))) {
          continue;
        }
        key.clear();
        for (size_t k = first; k <= last; ++k) {
          if (k > first) key += '_';
          key += as_lemma && k == last ? lemma : std::string_view(toks_[k].lower);
        }
        int kind = lex_->CompoundNoun(key);
        if (kind == 1) return true;
        if (kind == 2) thing = true;
      }
      return false;
    };
    if (!noun) {
      return i > 1 && Eq(W(i - 1), "of") && !ask(i - 2, i) && thing;
    }
    if (ask(i, i + 1) || (i > 0 && ask(i - 1, i)) || (i > 1 && ask(i - 2, i)) || ask(i, i + 2)) {
      return false;
    }
    return thing;
  }

  void Push(const TriggerFind& f) {
    Candidate& c = cands_.emplace_back();
    c.trigger = f.trigger;
    c.entry = f.entry;
    c.noun = f.noun;
    c.support = f.support;
    c.lemma = std::string(f.lemma);
  }

  // The gathering noun a capitalized run ends with ("Worldwide Developers Conference", "Munich
  // Security Conference"), or nullptr.
  const TriggerEntry* NamedGatheringAt(size_t i) const {
    const Token& t = toks_[i];
    if (!t.capitalized || t.all_caps || i == doc_.first_token[t.sentence]) return nullptr;
    const TriggerEntry* entry = FindTrigger(t.lower);
    if (entry == nullptr || !entry->gathering || entry->pos != TriggerPos::kNoun) return nullptr;
    if (!toks_[i - 1].capitalized || !toks_[i - 1].is_word) return nullptr;
    return entry;
  }

  // Entities that are names of gatherings: the acronym in parentheses after a named gathering
  // ("Worldwide Developers Conference (WWDC)"), or a name ending in a gathering noun. Each of
  // their mentions is a mention of the gathering.
  void FindNamedGatherings() {
    for (size_t i = 1; i + 2 < toks_.size(); ++i) {
      const TriggerEntry* entry = NamedGatheringAt(i);
      if (entry == nullptr || !Eq(W(i + 1), "(") || !toks_[i + 2].all_caps) continue;
      gathering_acronyms_.emplace(toks_[i + 2].text, entry);
      int m = MentionAt(i + 2);
      if (m >= 0 && ents_.mentions[m].first == i + 2) {
        named_gatherings_.emplace(ents_.mentions[m].entity, entry);
      }
    }
    for (size_t k = 0; k < ents_.entities.size(); ++k) {
      const std::string& name = ents_.entities[k].name;
      size_t space = name.rfind(' ');
      if (space == std::string::npos) continue;
      std::string last = name.substr(space + 1);
      for (char& ch : last) ch = AsciiLower(ch);
      const TriggerEntry* entry = FindTrigger(last);
      if (entry != nullptr && entry->gathering && entry->pos == TriggerPos::kNoun) {
        named_gatherings_.emplace(k, entry);
      }
    }
  }

  // A main-verb "be" or "have" ("The iPod nano is the second model", "Some had difficulty") or
  // a light verb ("the event to be held", "took six months off", "pre-orders began"): grammatical
  // event mentions in TimeML's sense, kept as support (see Candidate::support).
  bool SupportTrigger(size_t i, TriggerFind& c) const {
    static const WordSet kBeForms = {"is", "are", "was", "were", "be", "been", "am"};
    static const WordSet kHaveForms = {"has", "have", "had"};
    static const WordSet kLight = {"held", "hold", "holds", "holding", "took", "take", "takes",
                                   "taken", "taking", "began", "begun", "begin", "begins",
                                   "convened", "ended"};
    // Irregular verbs whose participle is their base form: "is set to", "was put".
    static const WordSet kBareParticiples = {"set", "put", "cut", "hit", "let", "shut",
                                             "spread", "hurt", "quit", "cast", "upset", "beat"};
    // One lookup turns away the words of none of the three lists (nearly every word).
    static const WordSet kSupportWords = [] {
      WordSet all;
      for (std::string_view v :
           {"is",     "are",   "was",   "were",  "be",      "been",     "am",   "has",   "have",
            "had",    "held",  "hold",  "holds", "holding", "took",     "take", "takes", "taken",
            "taking", "began", "begun", "begin", "begins",  "convened", "ended"}) {
        all.Insert(v);
      }
      return all;
    }();
    std::string_view w = toks_[i].lower;
    if (!Has(kSupportWords, w)) return false;
    size_t end = clause_end_[i];
    size_t n = i + 1;
    while (n < end && (In(n, kAdverbsBetween) || IsNegation(toks_[n].lower))) ++n;
    const std::string_view next = n < end ? std::string_view(toks_[n].lower) : std::string_view();
    std::string_view lemma;
    if (Has(kBeForms, w)) {
      if (next.empty() || !toks_[n].is_word || Eq(next, "to") || Eq(next, "been") ||
          Eq(next, "being") || Has(kBareParticiples, next) || next.ends_with("ing")) {
        return false;
      }
      if (lex_ != nullptr && CanAt(n, WordPos::kVerb) && !Has(kDeterminers, next)) {
        std::string_view v = LemmaAt(n, WordPos::kVerb);
        bool participle = next.ends_with("ed") || next.ends_with("en") || (!v.empty() && v != next);
        if (participle && !CanAt(n, WordPos::kAdjective)) return false;
        if (next.ends_with("ed")) return false;
      }
      lemma = "be";
    } else if (Has(kHaveForms, w)) {
      if (next.empty() || Eq(next, "to")) return false;
      bool object = Has(kDeterminers, next) || Eq(next, "a") || Eq(next, "an") ||
                    std::isdigit(static_cast<unsigned char>(next[0])) ||
                    (lex_ != nullptr && !CanAt(n, WordPos::kVerb));
      if (!object) return false;
      lemma = "have";
    } else if (Has(kLight, w) && lex_ != nullptr) {
      lemma = LemmaAt(i, WordPos::kVerb);
      if (lemma.empty() || !VerbPosition(i, lemma, CanAt(i, WordPos::kNoun))) return false;
    } else {
      return false;
    }
    c.trigger = i;
    c.entry = &kOtherVerb;
    c.noun = false;
    c.lemma = lemma;
    c.support = true;
    return true;
  }

  // True when the object of the verb at `i` is a place: a named one or a noun of territory.
  bool SeizesTerritory(size_t i) const {
    static const WordSet kTerritory = {"region",      "city",    "town",     "village", "territory",
                                       "control",     "capital", "airport",  "island",  "province",
                                       "oblast",      "port",    "airfield", "area",    "peninsula",
                                       "territories", "regions", "cities",   "towns",   "villages"};
    const size_t end = std::min(clause_end_[i], i + 6);
    for (size_t k = i + 1; k < end; ++k) {
      const int m = MentionAt(k);
      if (m >= 0) {
        if (IsPlaceMention(m)) return true;
        k = ents_.mentions[m].last - 1;
        continue;
      }
      if (In(k, kTerritory)) return true;
      if (!toks_[k].is_word || In(k, kPrepositions)) break;
    }
    return false;
  }

  // "strike a deal", "struck a conciliatory tone", "strike fear into": the verb with one of these
  // objects is an idiom, no blow (the deal is an event noun of its own).
  bool StrikesAFigure(size_t i) const {
    static const WordSet kFigures = {"deal",   "deals",      "agreement",  "accord",  "alliance",
                                     "pact",   "bargain",    "compromise", "balance", "tone",
                                     "note",   "chord",      "pose",       "fear",    "partnership",
                                     "figure", "friendship", "truce"};
    const size_t end = std::min(clause_end_[i], i + 5);
    for (size_t k = i + 1; k < end; ++k) {
      if (In(k, kFigures)) return true;
      if (!toks_[k].is_word || In(k, kPrepositions)) break;
    }
    return false;
  }

  // The entry of the typed lexicon for token `i`'s form, by the form or by its WordNet lemma
  // ("attacking"), or nullptr. Kept per form: it depends on the form alone, and finding it hashed
  // the form and read its lemmas (mostly out of the cache) for every token.
  const TriggerEntry* FormTrigger(size_t i) const {
    const uint32_t f = toks_[i].word;
    if (form_trigger_known_[f]) return form_trigger_[f];
    std::string_view w = toks_[i].lower;
    const TriggerEntry* entry = FindTrigger(w);
    if (entry == nullptr && lex_ != nullptr && !In(i, kNonEventWords)) {
      for (WordPos pos : {WordPos::kVerb, WordPos::kNoun}) {
        std::string_view lemma = LemmaAt(i, pos);
        if (!lemma.empty() && lemma != w) entry = FindTrigger(lemma);
        // A verb form only reaches a verb of the lexicon: "aides" is no form of the noun "aid";
        // a noun form only a noun: "warnings" is no form of the participle "warning", which
        // would make it a verb in the present.
        if (entry != nullptr && ((pos == WordPos::kVerb && entry->pos == TriggerPos::kNoun) ||
                                 (pos == WordPos::kNoun && entry->pos == TriggerPos::kVerb))) {
          entry = nullptr;
        }
        if (entry != nullptr) break;
      }
    }
    form_trigger_[f] = entry;
    form_trigger_known_[f] = 1;
    return entry;
  }

  // A word of the typed lexicon (triggers.h), by its form or by its WordNet lemma ("attacking").
  bool TypedTrigger(size_t i, TriggerFind& c) const {
    // A name that names no gathering is turned away below, whatever it is a form of; deciding
    // that first spares its lexicon lookups (names are many of a news text's words).
    const bool name_like = ProperNounLike(i);
    if (name_like && NamedGatheringAt(i) == nullptr) return false;
    std::string_view w = toks_[i].lower;
    const TriggerEntry* entry = FormTrigger(i);
    if (entry == nullptr || FindEventType(entry->type) == nullptr) return false;
    if (entry->lemma == std::string_view("strike") && StrikesAFigure(i)) return false;
    // "intends to seize the entire Donetsk region", "seized the airport": seizing a territory or
    // a place is taking it over (an invasion), not seizing someone's goods.
    if (entry->type == std::string_view("coerce") && w.starts_with("seiz") && SeizesTerritory(i)) {
      entry = FindTrigger("occupy");
    }
    if (name_like) {
      c.support = true;  // a gathering's name: its arguments are the name's own words
    }
    // "the besieged city", "evacuate besieged towns", "banned Kurdish militants": a past
    // participle of a siege or a ban before a common noun or adjective describes that noun.
    if ((entry->lemma == std::string_view("besiege") || w.starts_with("bann")) &&
        w.ends_with("ed") && lex_ != nullptr && i + 1 < toks_.size() && toks_[i + 1].is_word &&
        !toks_[i + 1].capitalized && MentionAt(i + 1) < 0 && !In(i + 1, kPrepositions) &&
        !In(i + 1, kDeterminers) && !FunctionWordAt(i + 1) &&
        (CanAt(i + 1, WordPos::kNoun) || CanAt(i + 1, WordPos::kAdjective))) {
      return false;
    }
    // "the negotiating table": a verb of the lexicon after a determiner modifies a noun; so does
    // a participle after a number ("two captured soldiers").
    if (entry->pos != TriggerPos::kNoun && i > doc_.first_token[toks_[i].sentence]) {
      std::string_view prev = W(i - 1);
      const bool participle = w.ends_with("ed") || w.ends_with("ing");
      const bool number = std::isdigit(static_cast<unsigned char>(prev.back())) != 0 ||
                          Eq(prev, "two") || Eq(prev, "three") || Eq(prev, "four") ||
                          Eq(prev, "five") || Eq(prev, "several") || Eq(prev, "many");
      if ((entry->pos == TriggerPos::kVerb &&
           (In(i - 1, kDeterminers) || Eq(prev, "a") || Eq(prev, "an"))) ||
          (participle && number)) {
        return false;
      }
      // "tired and stressed", "sounded stressed": a participle coordinated with an adjective or
      // after a linking verb is an adjective.
      if (entry->pos == TriggerPos::kVerb && participle && lex_ != nullptr &&
          CanAt(i, WordPos::kAdjective) && i > doc_.first_token[toks_[i].sentence] + 1) {
        static const WordSet kLinking = {"sounded", "looked",   "seemed", "felt",  "appeared",
                                         "sounds",  "looks",    "seems",  "feels", "appears",
                                         "became",  "remained", "stayed", "got"};
        // "was beaten and threatened" stays a passive: the adjective reading needs a linking
        // verb before the pair, or a first word that is no verb at all.
        const bool coordinated = (Eq(prev, "and") || Eq(prev, "or")) &&
                                 CanAt(i - 2, WordPos::kAdjective) &&
                                 ((i > 2 && In(i - 3, kLinking)) || !CanAt(i - 2, WordPos::kVerb));
        if (coordinated || In(i - 1, kLinking)) return false;
      }
      // "the imbalance is, at best, striking.": an -ing form WordNet knows as an adjective after
      // a form of "be" and ending its clause is an adjective, not a progressive.
      if (entry->pos != TriggerPos::kNoun && w.ends_with("ing") && lex_ != nullptr &&
          CanAt(i, WordPos::kAdjective) && i + 1 < toks_.size() && !toks_[i + 1].is_word &&
          !IsQuoteMark(toks_[i + 1])) {
        static const WordSet kBe = {"is", "are", "was", "were", "be", "been", "being"};
        for (size_t k = i; k > doc_.first_token[toks_[i].sentence] && i - k < 6;) {
          --k;
          // "Ukraine is fighting.", "units have been fighting.": after an actor or an auxiliary
          // the form is a progressive.
          if (In(k, kBe)) {
            const int subject = k > 0 ? MentionAt(k - 1) : -1;
            if ((subject >= 0 && IsActorMention(subject)) ||
                (k > 0 && (IsSubjectPronoun(W(k - 1)) || In(k - 1, kAuxWords)))) {
              break;
            }
            return false;
          }
          if (toks_[k].is_word && !In(k, kAdverbsBetween) && !Eq(W(k), "at") && !Eq(W(k), "best") &&
              !LyAdverb(W(k))) {
            break;
          }
        }
      }
      // "the same urge", "a strong appeal": a determiner and an adjective before it make it a
      // noun.
      if (entry->pos == TriggerPos::kVerb && i > doc_.first_token[toks_[i].sentence] + 1 &&
          In(i - 2, kDeterminers) && lex_ != nullptr && CanAt(i - 1, WordPos::kAdjective) &&
          !CanAt(i - 1, WordPos::kVerb) && !participle) {
        return false;
      }
    }
    if (entry->pos != TriggerPos::kNoun && ModifiesPeople(i)) return false;
    // "as he deals with Putin": a noun of the lexicon in a verb's place is no such noun.
    if (entry->pos == TriggerPos::kNoun && i > doc_.first_token[toks_[i].sentence]) {
      std::string_view prev = toks_[i - 1].lower;
      if (IsSubjectPronoun(prev) || Eq(prev, "will") || Eq(prev, "would") || Eq(prev, "to"))
        return false;
    }
    c.trigger = i;
    c.entry = entry;
    c.noun = entry->pos == TriggerPos::kNoun ||
             (entry->pos == TriggerPos::kEither && LooksNoun(i));
    c.lemma = entry->lemma;
    // A bare base form ("brief", "inform", "meet") is a verb only after an auxiliary, "to", a
    // negation or a named subject; elsewhere it is likely an adjective or a noun.
    if (!c.noun && entry->pos == TriggerPos::kVerb && !w.ends_with("ed") && !w.ends_with("s") &&
        !In(i, kIrregularPast)) {
      // An opening participle ("Speaking ahead of the meeting, Kallas ...") is a verb too.
      bool licensed = OpensSentenceAsParticiple(i) || w.ends_with("ing");
      if (!licensed && i > doc_.first_token[toks_[i].sentence]) {
        std::string_view prev = toks_[i - 1].lower;
        licensed = In(i - 1, kAuxWords) || IsNegation(prev) || IsSubjectPronoun(prev) ||
                   (MentionAt(i - 1) >= 0 && IsActorMention(MentionAt(i - 1)));
      }
      if (!licensed) return false;
    }
    return true;
  }

  // "occupying Russian troops", "invading forces": an "-ing" word before a noun (after any
  // adjectives or a demonym) for people or a group describes them; it is no event of its own.
  [[gnu::always_inline]] bool ModifiesPeople(size_t i) const {
    if (!toks_[i].lower.ends_with("ing") || lex_ == nullptr) return false;
    // "is moving troops", "began attacking the army": after an auxiliary or a verb that takes
    // a gerund it is a verb ("pushed occupying troops" is not).
    if (i > doc_.first_token[toks_[i].sentence]) {
      static const WordSet kGerundTaking = {"begin", "start", "stop", "keep", "continue",
                                            "finish", "avoid", "consider", "resume", "cease",
                                            "risk", "deny", "admit", "suggest", "recommend"};
      if (In(i - 1, kAuxWords) || IsNegation(W(i - 1)) ||
          Has(kGerundTaking, LemmaAt(i - 1, WordPos::kVerb))) {
        return false;
      }
    }
    const size_t end = clause_end_[i];
    for (size_t k = i + 1; k < end && k < i + 4; ++k) {
      const Token& tok = toks_[k];
      if (!tok.is_word) return false;
      int m = MentionAt(k);
      if (m >= 0) {
        if (ents_.mentions[m].form == MentionForm::kDemonym) continue;
        return ents_.mentions[m].form == MentionForm::kGroup;
      }
      std::string_view lemma = LemmaAt(k, WordPos::kNoun);
      if (!lemma.empty()) {
        NounClass cls = NounClassAt(k);
        if (cls == NounClass::kPerson || cls == NounClass::kGroup) return true;
        if (!CanAt(k, WordPos::kAdjective)) return false;
      } else if (!CanAt(k, WordPos::kAdjective)) {
        return false;
      }
    }
    return false;
  }

  // A capitalized word inside a sentence is a name ("Apple Watch", "Shell Bay"), not a trigger;
  // headings capitalize their verbs, so they are exempt.
  bool ProperNounLike(size_t i) const {
    const Token& t = toks_[i];
    if (!t.capitalized || doc_.heading[t.sentence]) return false;
    if (t.all_caps) return true;
    size_t b = doc_.first_token[t.sentence];
    if (i == b) return false;
    // After an opening quotation mark or a colon a sentence starts again.
    const Token& prev = toks_[i - 1];
    return !(IsQuoteMark(prev) || Eq(prev.lower, ":"));
  }

  static bool IsRelativePronoun(std::string_view w) {
    return Eq(w, "which") || Eq(w, "who") || Eq(w, "that") || Eq(w, "whom");
  }

  static bool IsObjectPronoun(std::string_view w) {
    return Eq(w, "him") || Eq(w, "her") || Eq(w, "them") || Eq(w, "us") || Eq(w, "me") ||
           Eq(w, "you") || Eq(w, "it");
  }

  [[gnu::always_inline]] static bool IsSubjectPronoun(std::string_view w) {
    return Eq(w, "he") || Eq(w, "she") || Eq(w, "they") || Eq(w, "we") || Eq(w, "i") ||
           Eq(w, "you") || Eq(w, "it") || Eq(w, "who") || Eq(w, "which");
  }

  // Every other eventive word, by WordNet: a verb form in a verb position, or a noun whose first
  // senses are acts, events, processes or phenomena ("launch", "sale", "release"). Kept as `other`.
  bool GenericTrigger(size_t i, TriggerFind& c) const {
    if (lex_ == nullptr) return false;
    // Short words, listed non-event and function words, and words with a digit are turned away
    // by their form alone: one answer per form (FormBit), asked of nearly every word, instead
    // of five lists and a scan of the bytes per word.
    const bool excluded_form = FormBit(i, 1u << 12, [&] {
      std::string_view w = toks_[i].lower;
      return w.size() < 3 || In(i, kNonEventWords) || FunctionWordAt(i) || In(i, kDeterminers) ||
             In(i, kPrepositions) || In(i, kAuxWords) ||
             std::any_of(w.begin(), w.end(),
                         [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    });
    if (excluded_form || ProperNounLike(i)) return false;
    std::string_view verb = LemmaAt(i, WordPos::kVerb);
    std::string_view noun = LemmaAt(i, WordPos::kNoun);
    // Whether a lemma is listed depends on the form alone: kept per form (FormBit), since
    // hashing the lemma read it from the lexicon's memory for every token.
    if (!verb.empty() && FormBit(i, 1u << 9, [&] { return Has(kNonEventWords, verb); })) verb = {};
    // "The negotiations were held": a light verb supports the event noun, it is no event itself.
    if (!verb.empty() && In(i, kLightVerbs)) verb = {};
    // "US troops stationed": a form WordNet knows as a noun needs positive evidence of a verb,
    // even when the noun names no event.
    const bool noun_form = !noun.empty();
    if (!noun.empty() && FormBit(i, 1u << 10, [&] { return Has(kNonEventWords, noun); })) {
      noun = {};
    }
    bool verb_reading = !verb.empty() && VerbPosition(i, verb, noun_form);
    if (verb_reading) {
      c.trigger = i;
      c.entry = &kOtherVerb;
      c.noun = false;
      c.lemma = verb;
      return true;
    }
    if (noun.empty() || !EventNounAt(i)) return false;
    // A noun reading needs a noun position: after a determiner, possessive, adjective or
    // preposition, or before a preposition or the end of the clause.
    c.trigger = i;
    c.entry = &kOtherNoun;
    c.noun = true;
    c.lemma = noun;
    return true;
  }

  // A noun that names a happening: its first WordNet sense is an act, event, process or
  // phenomenon; or it is a nominalization of a verb ("announcement", "settlement", "arrival").
  // Nouns that share the verb's form ("dispute", "brand", "film") are not taken: most of them
  // name things.
  // `event_noun` and `first` are the lexicon's IsEventNoun and FirstClass of `noun`.
  bool EventNoun(std::string_view noun, bool event_noun, NounClass first) const {
    if (event_noun || Eq(noun, "event")) return true;
    // "equipment", "apartment": a nominalization WordNet knows first as a thing or a place.
    if (first == NounClass::kArtifact || first == NounClass::kLocation) {
      return false;  // "equipment", "apartment"
    }
    // A static list: an initializer list of views built at each call measured each literal.
    static constexpr std::string_view kSuffixes[] = {"ment", "tion", "sion", "ance",
                                                     "ence", "ure",  "al"};
    for (std::string_view suffix : kSuffixes) {
      // The last byte first: ends_with() with a suffix known only at run time is a call to
      // memcmp, and most nouns end in none of these.
      if (noun.size() < suffix.size() + 3 || noun.back() != suffix.back() ||
          !noun.ends_with(suffix)) {
        continue;
      }
      std::string_view stem = noun.substr(0, noun.size() - suffix.size());
      if (lex_->Can(stem, WordPos::kVerb) || lex_->Can(std::string(stem) + "e", WordPos::kVerb)) {
        return true;
      }
    }
    return false;
  }

  // EventNoun() of the noun lemma of token `k` (false when it has none), kept per form: most
  // content words reach GenericTrigger, again and again, and each answer is several lexicon
  // lookups.
  bool EventNounAt(size_t k) const {
    return FormBit(k, 1u << 8, [&] {
      const std::string_view noun = LemmaAt(k, WordPos::kNoun);
      if (noun.empty()) return false;
      // The document's facts of the form hold both answers about its noun lemma.
      if (!doc_.facts.empty()) {
        const WordFacts& f = doc_.facts[toks_[k].word];
        return EventNoun(noun, f.event_noun, f.noun_class);
      }
      return EventNoun(noun, lex_->IsEventNoun(noun), lex_->FirstClass(noun));
    });
  }

  // True when token `i` (a possible form of verb `lemma`) stands where a verb stands. `noun_too`:
  // the form can also be a noun, so the evidence must be positive.
  bool VerbPosition(size_t i, std::string_view lemma, bool noun_too) const {
    std::string_view w = toks_[i].lower;
    size_t b = doc_.first_token[toks_[i].sentence];
    const std::string_view prev = i > b ? std::string_view(toks_[i - 1].lower) : std::string_view();
    const std::string_view prev2 =
        i > b + 1 ? std::string_view(toks_[i - 2].lower) : std::string_view();
    bool after_determiner =
        Has(kDeterminers, prev) || Eq(prev, "'s") ||
        (i > b && MentionAt(i - 1) >= 0 && ents_.mentions[MentionAt(i - 1)].possessive);
    if (after_determiner) return false;
    if (LocativeModifier(i)) return false;
    // "the same urge": after a determiner and an adjective.
    if (i > b + 1 && In(i - 2, kDeterminers) && CanAt(i - 1, WordPos::kAdjective) &&
        !CanAt(i - 1, WordPos::kVerb)) {
      return false;
    }
    // "made it clear", "keep them safe": the word after a verb of making and its object
    // pronoun is an adjective.
    if (i > b + 1 && (Eq(prev, "it") || Eq(prev, "them") || Eq(prev, "this")) &&
        CanAt(i, WordPos::kAdjective)) {
      std::string_view maker = LemmaAt(i - 2, WordPos::kVerb);
      if (Eq(maker, "make") || Eq(maker, "keep") || Eq(maker, "render") || Eq(maker, "leave")) {
        return false;
      }
    }
    // "aerial, naval and ground fires": a word coordinated with an adjective is a modifier.
    if ((Eq(prev, "and") || Eq(prev, "or") || Eq(prev, ",")) && i > b + 1 && toks_[i - 2].is_word &&
        CanAt(i - 2, WordPos::kAdjective) && !CanAt(i - 2, WordPos::kVerb) &&
        !CanAt(i - 2, WordPos::kNoun)) {
      return false;
    }
    // "Two captured Russian soldiers", "1,200 graduating cadets": after a number a participle
    // modifies the noun; so does an opening "-ed" word before a noun ("Armoured vehicle in Kyiv").
    {
      const bool participle = (w.size() > 3 && w.ends_with("ed")) ||
                              (w.size() > 4 && w.ends_with("ing"));
      const bool number_before =
          !prev.empty() && (std::isdigit(static_cast<unsigned char>(prev.back())) ||
                            Eq(prev, "two") || Eq(prev, "three") || Eq(prev, "four") ||
                            Eq(prev, "five") || Eq(prev, "several") || Eq(prev, "many"));
      if (participle && number_before) return false;
      if (i == b && w.ends_with("ed") && i + 1 < clause_end_[i] && toks_[i + 1].is_word &&
          CanAt(i + 1, WordPos::kNoun) && !CanAt(i + 1, WordPos::kVerb)) {
        return false;
      }
      // "seizing equipment and armoured vehicles", "Bushmaster armoured vehicles": an "-ed"
      // word WordNet knows as an adjective, before a plural noun and after no subject or
      // auxiliary, modifies that noun.
      if (w.ends_with("ed") && i > b && i + 1 < clause_end_[i] && toks_[i + 1].is_word &&
          CanAt(i, WordPos::kAdjective) && W(i + 1).ends_with("s") &&
          CanAt(i + 1, WordPos::kNoun) && !CanAt(i + 1, WordPos::kVerb) &&
          (Eq(prev, "and") || Eq(prev, "or") || Eq(prev, ",") ||
           (MentionAt(i - 1) >= 0 &&
            ents_.mentions[MentionAt(i - 1)].form == MentionForm::kDemonym) ||
           (MentionAt(i - 1) < 0 && toks_[i - 1].is_word && CanAt(i - 1, WordPos::kAdjective) &&
            !CanAt(i - 1, WordPos::kNoun) && !CanAt(i - 1, WordPos::kVerb)))) {
        return false;  // the word before is no subject: a conjunction, a demonym, an adjective
      }
    }
    static const WordSet kModals = {"will", "would", "can", "could", "may", "might", "must",
                                    "should", "shall", "'ll", "to", "did", "does", "do", "not",
                                    "n't", "never", "cannot", "'d"};
    static const WordSet kBe = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re",
                                "am", "has", "have", "had", "having", "get", "got"};
    bool ed = w.size() > 3 && w.ends_with("ed");
    bool ing = w.size() > 4 && w.ends_with("ing");
    bool irregular = w != lemma && !ed && !ing && !w.ends_with("s");  // "held", "won", "sold"
    if (Has(kModals, prev) || (i > b && In(i - 1, kAdverbsBetween) && Has(kModals, prev2))) {
      return !ed && !ing && !irregular ? w == lemma : Eq(prev, "to") ? w == lemma : true;
    }
    if (Has(kBe, prev) || (i > b && In(i - 1, kAdverbsBetween) && Has(kBe, prev2))) {
      return ed || ing || irregular;
    }
    if (ed && (Eq(prev, "and") || Eq(prev, ",")) && i > b + 1 && i + 1 < clause_end_[i] &&
        toks_[i + 1].is_word && !toks_[i + 1].capitalized && !In(i + 1, kDeterminers) &&
        !In(i + 1, kPrepositions) && !FunctionWordAt(i + 1) &&
        (CanAt(i + 1, WordPos::kNoun) || CanAt(i + 1, WordPos::kAdjective))) {
      // "an unpredictable and isolated aggressor", "statesman and seasoned foreign policy hand":
      // a participle coordinated with no verb, before a noun phrase, is an adjective.
      bool after_verb = !cands_.empty() && !cands_.back().noun && cands_.back().trigger + 3 >= i;
      if (!after_verb) return false;
    }
    if (ed || irregular) {
      // "the proposed deal": an adjective after a determiner was ruled out above; a past form
      // after a preposition ("of released software") or a demonym ("Russian armed forces") is
      // one too.
      if (Has(kPrepositions, prev) && !Eq(prev, "by")) return false;
      if (i > b && MentionAt(i - 1) >= 0 &&
          ents_.mentions[MentionAt(i - 1)].form == MentionForm::kDemonym) {
        return false;
      }
      // "the soldiers left the steel plant": an object after it (a determiner or a name) makes
      // a form that is also an adjective and a noun a verb.
      const bool object_next =
          i + 1 < clause_end_[i] &&
          (In(i + 1, kDeterminers) ||
           (MentionAt(i + 1) >= 0 && ents_.mentions[MentionAt(i + 1)].form == MentionForm::kName));
      return !noun_too || ed || !CanAt(i, WordPos::kAdjective) || (irregular && object_next);
    }
    if (ing) {
      if (Has(kPrepositions, prev) || prev.empty() || Eq(prev, ",") || Eq(prev, "and")) return true;
      return !noun_too;
    }
    if (IsSubjectPronoun(prev)) return true;
    if (i > b && NameAsSubject(i - 1)) {
      // "Nato allies have", "US troops in Germany": after a name, a word WordNet knows better as
      // a noun than as a verb heads a noun phrase when an auxiliary, a preposition or the end of
      // the clause follows it; with an object after it, it stays a verb ("Apple releases iOS").
      // WordNet's noun reading counts even when the noun names no event ("troops").
      std::string_view noun = LemmaAt(i, WordPos::kNoun);
      const std::string_view next =
          i + 1 < clause_end_[i] ? std::string_view(toks_[i + 1].lower) : std::string_view();
      // "US troops stationed in Poland": a plural noun, then a participle and its preposition,
      // is a noun with a reduced relative clause ("Apple releases updated software" is not).
      if (!noun.empty() && w.ends_with("s") && next.size() > 4 && next.ends_with("ed") &&
          (i + 2 >= clause_end_[i] || In(i + 2, kPrepositions) || Eq(W(i + 2), ","))) {
        return false;
      }
      if (noun.empty() || lex_->Senses(lemma, WordPos::kVerb) >= lex_->Senses(noun, WordPos::kNoun)) {
        return true;
      }
      return !(next.empty() || !toks_[i + 1].is_word || Has(kAuxWords, next) ||
               Has(kPrepositions, next) || Eq(next, "and") || Eq(next, "who") ||
               Eq(next, "which") || next.ends_with("ing"));
    }
    // "announces upcoming update" after a coordinating comma in a headline of verbs.
    if ((Eq(prev, ",") || Eq(prev, "and")) && i > b + 1) {
      for (const Candidate& c : cands_) {
        if (c.trigger + 2 >= i && c.trigger < i && !c.noun) return true;
      }
    }
    // A word WordNet knows only as a verb ("acquire") is one wherever it stands.
    return !noun_too && !CanAt(i, WordPos::kAdjective) && !CanAt(i, WordPos::kAdverb);
  }

  // True when the mention ending at token `k` can be the subject of a verb after it: not a
  // demonym ("a Russian tank") and not a name modifying a noun after a determiner or a
  // preposition ("an integrated Nato command", "under Nato command").
  bool NameAsSubject(size_t k) const {
    int m = MentionAt(k);
    if (m < 0) return false;
    const EntityMention& em = ents_.mentions[m];
    if (em.possessive || em.form == MentionForm::kDemonym || em.last != k + 1) return false;
    size_t b = doc_.first_token[toks_[k].sentence];
    size_t j = em.first;
    // Adjectives between a determiner and the name: "an integrated Nato command".
    while (j > b && toks_[j - 1].is_word && !toks_[j - 1].capitalized && !In(j - 1, kDeterminers) &&
           !In(j - 1, kPrepositions) && lex_ != nullptr && CanAt(j - 1, WordPos::kAdjective) &&
           !CanAt(j - 1, WordPos::kVerb) && em.first - j < 3) {
      --j;
    }
    if (j > b && (In(j - 1, kDeterminers) || Eq(W(j - 1), "a") || Eq(W(j - 1), "an") ||
                  In(j - 1, kPrepositions))) {
      return false;
    }
    return true;
  }

  // Explicit and DCT-relative dates attach to the nearest trigger before them in their clause, or
  // to a close one after them when none precedes ("In February 2022, Russia invaded").
  void AttachTimexes() {
    for (size_t x = 0; x < timexes_.size(); ++x) {
      const Timex& tx = timexes_[x];
      // Only closed calendar spans: "the coming days" (FUTURE_REF) says less than tense does.
      if (!tx.time || tx.type != TimexType::kDate || !tx.time->begin || !tx.time->end) continue;
      size_t first = TokenAt(tx.span.begin);
      if (first < toks_.size() && toks_[first].span.begin >= tx.span.end) first = toks_.size();
      if (first == toks_.size() || MentionAt(first) >= 0) continue;  // "Russia Today" is a name
      if (SinceOfAComparison(first)) continue;
      // Support mentions ("the event to be held on October 12") share the time with the event
      // they support, so they are matched apart and never take it from a full trigger.
      // "On Wednesday, Russia said": a date set off by a comma opens the clause it dates.
      // So does one that starts the sentence, with or without its preposition ("On Monday Lloyd
      // Austin, the US defence secretary, said", "Last week a group of experts released").
      size_t after = TokenAt(tx.span.end);
      const size_t sentence_first = doc_.first_token[toks_[first].sentence];
      // "Even in January, ...", "Only on Monday did": an adverb may lead the opening phrase.
      const bool adverb_first = first == sentence_first + 2 && In(first - 1, kPrepositions) &&
                                lex_ != nullptr && MentionAt(sentence_first) < 0 &&
                                CanAt(sentence_first, WordPos::kAdverb);
      const bool at_start = first == sentence_first ||
                            (first == sentence_first + 1 && In(first - 1, kPrepositions)) ||
                            adverb_first;
      // "..., and two weeks ago a Kremlin spokesperson said": a date right after a clause's
      // "and"/"but" opens that clause.
      // "... reservists and on Tuesday the security council asked": a date after a conjunction,
      // maybe after its preposition, opens the clause when a subject follows it.
      const size_t conj =
          first > sentence_first + 1 && In(first - 1, kPrepositions) ? first - 2 : first - 1;
      const bool subject_follows =
          after < toks_.size() && toks_[after].sentence == toks_[first].sentence &&
          (In(after, kDeterminers) || IsSubjectPronoun(toks_[after].lower) ||
           (toks_[after].capitalized && MentionAt(after) >= 0));
      const bool after_conjunction =
          (first > sentence_first + 1 && (Eq(W(first - 1), "and") || Eq(W(first - 1), "but")) &&
           Eq(W(first - 2), ",")) ||
          (conj > sentence_first && (Eq(W(conj), "and") || Eq(W(conj), "but")) && subject_follows);
      // "where last week the invaders suffered": a date right after "where" or "when" opens
      // the clause they introduce.
      const bool after_relative =
          first > sentence_first && (Eq(W(first - 1), "where") || Eq(W(first - 1), "when"));
      // "During a visit to Sweden on Tuesday, Marin warned": a date at the end of an opening
      // phrase of circumstance, with no verb in it, dates the first verb after its comma.
      // "In comments on Monday to reporters in Kyiv, Zelenskiy said": the date need not end the
      // opening phrase; the phrase runs to its comma without a verb.
      bool in_opening = false;
      if (!at_start && first > sentence_first + 1 && In(sentence_first, kPrepositions)) {
        size_t comma = after;
        while (comma < toks_.size() && comma < after + 8 &&
               toks_[comma].sentence == toks_[first].sentence && !Eq(W(comma), ",") &&
               !IsVerbTriggerAt(comma)) {
          ++comma;
        }
        in_opening = comma < toks_.size() && Eq(W(comma), ",");
        for (size_t k = sentence_first; in_opening && k < first; ++k) {
          // "During the White House briefing on Thursday,": an "-ing" word after a name or a
          // determiner is a noun of the phrase, not its verb.
          const bool ing_noun = W(k).ends_with("ing") && k > sentence_first &&
                                (In(k - 1, kDeterminers) ||
                                 (k - 1 > sentence_first && toks_[k - 1].capitalized));
          if (Eq(W(k), ",") || (IsVerbTriggerAt(k) && !ing_noun)) in_opening = false;
        }
      }
      bool opens =
          at_start || after_conjunction || after_relative || in_opening ||
          (after < toks_.size() && Eq(W(after), ",") && first > 0 && Eq(W(first - 1), ","));
      // "the 1994 Rwanda genocide", "Russia's 2015 military intervention": a date inside a noun
      // phrase dates its head.
      // "a failed 2016 coup": an adjective may stand between the determiner and the date.
      const bool premodifier = first > sentence_first &&
                               (In(first - 1, kDeterminers) || Eq(W(first - 1), "'s") ||
                                (first > sentence_first + 1 && In(first - 2, kDeterminers) &&
                                 lex_ != nullptr && CanAt(first - 1, WordPos::kAdjective))) &&
                               after < toks_.size() && toks_[after].is_word;
      // "and in late March said she did not rule out": a date right before a verb dates it.
      Candidate* right_before_verb = nullptr;
      for (size_t k = after; k < toks_.size() && k < after + 2; ++k) {
        if (toks_[k].sentence != toks_[first].sentence) break;
        if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun && !cands_[trigger_at_[k]].support) {
          right_before_verb = &cands_[trigger_at_[k]];
          break;
        }
        if (!In(k, kAdverbsBetween)) break;
      }
      for (bool support : {false, true}) {
        Candidate* best = opens ? NearestAfter(first, support, 16)
                          : premodifier ? NearestAfter(first, support, 4)
                                        : nullptr;
        if (!support && !opens && right_before_verb != nullptr) best = right_before_verb;
        bool in_what_was_said = false;
        if (best == nullptr) {
          best = NearestBefore(first, support);
          // "said there would be more announcements on Thursday": a date after an auxiliary or a
          // copula of the clause of what was said is that clause's, not the saying's.
          if (!support && best != nullptr && !best->noun &&
              best->entry->type == std::string_view("statement") &&
              ClauseVerbBetween(best->trigger, first)) {
            best = nullptr;
            in_what_was_said = true;
          }
          if (!support && best != nullptr && !best->noun) best = PastVerbForPastDate(best, tx);
          // "launched what it calls a peacekeeping operation on 3 March": the noun's verb in
          // the present is no date's either; the past verb before it takes the date too.
          if (!support && best != nullptr && best->noun) {
            for (Candidate* v = best; v != cands_.data();) {
              --v;
              if (v->trigger + 8 < best->trigger ||
                  clause_begin_[v->trigger] != clause_begin_[best->trigger]) {
                break;
              }
              if (v->noun || v->support) continue;
              Candidate* past = PastVerbForPastDate(v, tx);
              if (past != v && !past->timex) past->timex = x;
              break;
            }
          }
        }
        if (best == nullptr && !in_what_was_said) best = NearestAfter(first, support);
        // "The weekend once again saw dozens of protests", "Last week witnessed heavy shelling":
        // a date that is the subject of seeing dates what it saw, the noun after the verb.
        if (!support && at_start && best != nullptr && !best->noun &&
            (Eq(best->lemma, "see") || Eq(best->lemma, "witness"))) {
          bool subject = true;
          for (size_t k = after; k < best->trigger && subject; ++k) {
            subject = In(k, kAdverbsBetween) || Eq(W(k), "once");
          }
          for (auto it = CandidateFrom(best->trigger + 1);
               subject && it != cands_.end() && it->trigger < best->trigger + 8 &&
               it->trigger < clause_end_[best->trigger];
               ++it) {
            if (!it->noun || it->support) continue;
            best = &*it;
            break;
          }
        }
        if (best != nullptr && !best->timex) best->timex = x;
        // "At peace talks in Turkey on Tuesday, negotiators said", "During a visit to Sweden on
        // Tuesday, Marin warned": the date of an opening phrase of circumstance is also the date
        // of the gathering that phrase names.
        if (!support && in_opening) {
          for (auto it = CandidateFrom(sentence_first); it != cands_.end() && it->trigger < first;
               ++it) {
            if (it->noun && !it->support && it->entry->gathering && !it->timex) it->timex = x;
          }
        }
        if (!support) SayingOfATrailingPhrase(first, after, x);
        // "In January, when troops were massing, the prime minister said": an opening date
        // set off before a clause of time dates the main clause after it too.
        if (!support && at_start && after + 1 < toks_.size() && Eq(W(after), ",") &&
            (Eq(W(after + 1), "when") || Eq(W(after + 1), "as") || Eq(W(after + 1), "while"))) {
          const size_t se = doc_.end_token[toks_[first].sentence];
          for (size_t k = after + 2; k < se && k < after + 24; ++k) {
            if (!Eq(W(k), ",")) continue;
            for (auto it = CandidateFrom(k + 1);
                 it != cands_.end() && it->trigger < k + 16 && it->trigger < se; ++it) {
              if (it->noun || it->support) continue;
              if (!it->timex) it->timex = x;
              break;
            }
            break;
          }
        }
        // "since 2014, when Russia annexed Crimea", "in March, when the talks began": a date
        // that ", when" or "when" follows is the time of the clause "when" opens; its first verb
        // or event noun takes it.
        if (!support) {
          size_t w = after;
          if (w < toks_.size() && Eq(W(w), ",")) ++w;
          if (w < toks_.size() && Eq(W(w), "when") && toks_[w].sentence == toks_[first].sentence) {
            const size_t se = doc_.end_token[toks_[first].sentence];
            for (auto it = CandidateFrom(w + 1);
                 it != cands_.end() && it->trigger < w + 8 && it->trigger < se &&
                 it->trigger < clause_end_[w + 1];
                 ++it) {
              if (it->support) continue;
              if (!it->timex) it->timex = x;
              break;
            }
          }
        }
        // "In 1948 Finland signed a friendship treaty": an object noun of the verb's own type
        // names the act the verb does, and has its date.
        if (best != nullptr && !best->noun && !support) {
          for (auto it = CandidateFrom(best->trigger + 1);
               it != cands_.end() && it->trigger <= best->trigger + 4; ++it) {
            if (!it->noun || it->support || it->timex || it->entry->type != best->entry->type) {
              continue;
            }
            bool direct = true;
            for (size_t k = best->trigger + 1; k < it->trigger; ++k) {
              if (!toks_[k].is_word || In(k, kPrepositions) || trigger_at_[k] >= 0) direct = false;
            }
            if (direct) it->timex = x;
          }
        }
        // "approved the application on Saturday": the date of the object noun is its verb's too.
        if (best != nullptr && best->noun && !support) {
          for (Candidate& v : cands_) {
            if (v.support || v.noun || v.trigger >= best->trigger) continue;
            // The object's modifiers may be many ("submitted their historic Nato membership
            // applications this week"), but only a direct object's, with the date after it.
            const size_t reach = first > best->trigger ? 7 : 4;
            if (best->trigger - v.trigger > reach ||
                clause_begin_[v.trigger] != clause_begin_[first]) {
              continue;
            }
            // "said in a statement on Monday": the medium of a saying has the saying's date.
            // "attacked Kyiv during the visit on Thursday": what happens during a happening
            // lies within its date.
            const bool saying = v.entry->type == std::string_view("statement");
            bool direct = true;
            for (size_t k = v.trigger + 1; k < best->trigger; ++k) {
              const bool medium = Eq(W(k), "during") ||
                                  (saying && (Eq(W(k), "in") || Eq(W(k), "at") || Eq(W(k), "via")));
              // "said there would be more announcements on Thursday": an auxiliary or a copula
              // between makes the noun part of what was said.
              if (!toks_[k].is_word || (In(k, kPrepositions) && !medium) || trigger_at_[k] >= 0 ||
                  Eq(W(k), "there") ||
                  (In(k, kAuxWords) && !In(k, kAdverbsBetween) && !Eq(W(k), "to"))) {
                direct = false;
              }
            }
            for (size_t k = v.trigger + 1;
                 direct && best->trigger > v.trigger + 4 && k < best->trigger; ++k) {
              if ((IsFunctionWord(toks_[k].lower) && !In(k, kDeterminers)) || Eq(W(k), "that")) {
                direct = false;  // "reported that a meeting will be called after Monday"
              }
            }
            if (direct && !v.timex) v.timex = x;
          }
          SayingOfAClauseEndDate(*best, first, after, x);
        }
      }
    }
  }

  // "On Thursday, Biden will attend an emergency Nato summit": a date before a noun phrase dates
  // its head, not an event noun that only modifies it ("emergency", "ceasefire" in "ceasefire
  // talks"): the last event noun of the compound, with only names and modifiers between.
  Candidate* CompoundHead(Candidate* c) {
    while (c->noun) {
      const size_t idx = static_cast<size_t>(c - cands_.data());
      if (idx + 1 >= cands_.size()) break;
      Candidate& n = cands_[idx + 1];
      if (!n.noun || n.support || n.trigger > c->trigger + 3 ||
          clause_begin_[n.trigger] != clause_begin_[c->trigger]) {
        break;
      }
      bool compound = true;
      for (size_t k = c->trigger + 1; k < n.trigger && compound; ++k) {
        compound = toks_[k].is_word && !In(k, kPrepositions) && !In(k, kDeterminers) &&
                   !IsFunctionWord(toks_[k].lower) && (MentionAt(k) >= 0 || toks_[k].capitalized);
      }
      if (!compound) break;
      c = &n;
    }
    return c;
  }

  // "fell to a record-low level since 2016", "the biggest attack since 1945", "the first time
  // since 2008": "since" after a superlative or a record bounds the comparison, not an event.
  bool SinceOfAComparison(size_t first) const {
    const size_t sentence_first = doc_.first_token[toks_[first].sentence];
    if (first <= sentence_first + 1 || !Eq(W(first - 1), "since")) return false;
    for (size_t k = first - 1; k > sentence_first && first - 1 - k < 5;) {
      --k;
      const std::string_view w = W(k);
      if (IsVerbTriggerAt(k) || Eq(w, ",")) return false;
      if (Eq(w, "first") || Eq(w, "most") || Eq(w, "worst") || Eq(w, "best") || Eq(w, "least") ||
          w.find("record") != std::string_view::npos) {
        return true;
      }
      if (w.size() > 5 && w.ends_with("est") && lex_ != nullptr && CanAt(k, WordPos::kAdjective)) {
        return true;  // "lowest", "biggest", "largest"
      }
    }
    return false;
  }

  // True when a finite auxiliary or copula stands after `verb` and before `first` ("said there
  // would be", "said the talks were"): the words between open a clause of their own.
  bool ClauseVerbBetween(size_t verb, size_t first) const {
    static const WordSet kFinite = {"is",     "are", "was",   "were", "will", "would", "could",
                                    "should", "may", "might", "must", "can",  "'s",    "'re"};
    for (size_t k = verb + 1; k < first; ++k) {
      if (In(k, kFinite)) return true;
    }
    return false;
  }

  bool IsVerbTriggerAt(size_t k) const {
    return trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun && !cands_[trigger_at_[k]].support;
  }

  // "The ministry said Russia is isolating Ukraine, in an update late Sunday.", "BP was warned
  // of concern, in a telephone call with the minister on Friday.": a phrase set off by a comma
  // at the end of the sentence, led by a preposition and without a verb, gives the medium and
  // the day of the sentence's saying.
  void SayingOfATrailingPhrase(size_t first, size_t after, size_t x) {
    if (timexes_[x].time->precision != Precision::kDay) return;
    const size_t sentence = toks_[first].sentence;
    const size_t sentence_first = doc_.first_token[sentence];
    size_t end = after;
    while (end < toks_.size() && toks_[end].sentence == sentence && !toks_[end].is_word &&
           !Eq(W(end), ",")) {
      ++end;  // the full stop and a closing quotation mark
    }
    if (end < toks_.size() && toks_[end].sentence == sentence) return;
    size_t comma = first;
    while (comma > sentence_first && !Eq(W(comma - 1), ",")) {
      --comma;
      if (IsVerbTriggerAt(comma)) return;
    }
    // The medium of a saying ("in an update", "during a call", "at a briefing"); "after the
    // agreement on Thursday" dates something else.
    if (comma == sentence_first || comma >= first ||
        !(Eq(W(comma), "in") || Eq(W(comma), "at") || Eq(W(comma), "during") ||
          Eq(W(comma), "via"))) {
      return;
    }
    for (auto it = CandidateFrom(sentence_first); it != cands_.end() && it->trigger < comma; ++it) {
      if (it->noun || it->support) continue;
      if (it->entry->type == std::string_view("statement") && !it->timex) it->timex = x;
      return;
    }
  }

  // "Putin delivered a warning to the west over its sanctions on Saturday.", "the army said in
  // an update late Sunday that ...": a day that ends the clause of a saying, after the nouns of
  // its object and its phrases, dates the saying as well as the noun before it. Not when a verb
  // stands between (the date is then in what was said) or follows the date ("said the attack on
  // Saturday killed 20": the date is the attack's).
  void SayingOfAClauseEndDate(const Candidate& noun, size_t first, size_t after, size_t x) {
    // A year or a month at the end ("reported a rise in revenue in 2021") is more often the
    // date of what was said; a day is the news of the saying.
    if (timexes_[x].time->precision != Precision::kDay) return;
    if (after < toks_.size() && toks_[after].sentence == toks_[first].sentence &&
        !Eq(W(after), ",") && !Eq(W(after), "that") && !Eq(W(after), ":") && !Eq(W(after), ".") &&
        !IsQuoteMark(toks_[after])) {
      return;
    }
    for (Candidate* v = cands_.data() + (&noun - cands_.data()); v != cands_.data();) {
      --v;
      if (v->trigger + 16 < first || clause_begin_[v->trigger] != clause_begin_[first]) return;
      if (v->support || v->noun) continue;
      if (v->entry->type != std::string_view("statement") || v->timex) return;
      // "said there would be more announcements on Thursday": an auxiliary or a copula makes a
      // clause of what was said, whose date the noun keeps.
      static const WordSet kClauseVerbs = {"is",   "are",   "was",   "were",   "be",  "been",
                                           "will", "would", "could", "should", "may", "might",
                                           "must", "can",   "has",   "have",   "had", "there"};
      for (size_t k = v->trigger + 1; k < first; ++k) {
        if (IsVerbTriggerAt(k) || Eq(W(k), "that") || Eq(W(k), ",") || IsQuoteMark(toks_[k]) ||
            In(k, kClauseVerbs)) {
          return;
        }
      }
      v->timex = x;
      return;
    }
  }

  // "a Nato summit, a G7 meeting and a European Council summit next week": the date of the last
  // of coordinated event nouns dates each of them. Between two conjuncts stand only a comma or
  // "and", determiners and the names and modifiers of the second.
  void ShareTimexAcrossCoordination() {
    for (size_t j = cands_.size(); j-- > 1;) {
      const Candidate& last = cands_[j];
      if (!last.noun || last.support || !last.timex) continue;
      size_t next = j;
      for (size_t i = j; i-- > 0;) {
        Candidate& c = cands_[i];
        if (clause_begin_[c.trigger] != clause_begin_[last.trigger]) break;
        if (!c.noun || c.support) continue;
        if (!NounsCoordinated(c.trigger, cands_[next].trigger)) break;
        if (!c.timex) c.timex = last.timex;
        next = i;
      }
    }
  }

  // "On Thursday, Biden will attend an emergency summit, a G7 meeting and a Council summit": a
  // verb of taking part is no event of its own (WeakUntyped leaves the gathering to its noun), so
  // the date that opened the clause and went to that verb is the date of the gatherings it takes
  // part in, and of the gatherings coordinated with them.
  void ShareDateOfParticipation() {
    for (size_t i = 0; i + 1 < cands_.size(); ++i) {
      const Candidate& v = cands_[i];
      if (v.noun || v.support || !v.timex || !In(v.trigger, kParticipationVerbs)) continue;
      size_t prev = SIZE_MAX;
      for (size_t j = i + 1; j < cands_.size() && cands_[j].trigger < v.trigger + 40; ++j) {
        Candidate& g = cands_[j];
        if (clause_begin_[g.trigger] != clause_begin_[v.trigger]) break;
        if (g.support) continue;
        if (!g.noun) break;
        // "an emergency Nato summit": the gathering is the head the modifying noun leads to.
        Candidate* head = CompoundHead(&g);
        if (head != &g) {
          j = static_cast<size_t>(head - cands_.data());
          if (head->support) break;
        }
        Candidate& h = *head;
        if (prev == SIZE_MAX) {
          // The object: right after the verb, with only its modifiers between.
          if (!h.entry->gathering || g.trigger > v.trigger + 9) break;
        } else if (!NounsCoordinated(prev, g.trigger)) {
          break;
        }
        if (!h.timex) h.timex = v.timex;
        prev = h.trigger;
      }
    }
  }

  // "Putin said on Saturday that sanctions were akin to war and warned that ...": a verb of
  // saying joined by "and" to an earlier dated saying of the sentence, with no subject of its own,
  // is a saying of the same occasion and takes its date.
  void ShareSayingDateAcrossAnd() {
    for (size_t j = 1; j < cands_.size(); ++j) {
      Candidate& v = cands_[j];
      const size_t t = v.trigger;
      if (v.noun || v.support || v.timex || v.entry->type != std::string_view("statement")) {
        continue;
      }
      size_t k = t;
      while (k > 0 && In(k - 1, kAdverbsBetween)) --k;
      if (k == 0 || !Eq(W(k - 1), "and")) continue;
      const size_t sb = doc_.first_token[toks_[t].sentence];
      for (size_t i = j; i-- > 0;) {
        const Candidate& lead = cands_[i];
        if (lead.trigger < sb) break;
        if (lead.noun || lead.support || lead.entry->type != std::string_view("statement")) continue;
        if (lead.timex) v.timex = lead.timex;
        break;
      }
    }
  }

  // "told a rally in Strasbourg", "said at a joint press conference in Riga", "addressed the
  // summit in Madrid", "announced the plan at the Nato summit in Madrid": a saying to or at a
  // gathering is where the gathering is.
  void SayingAtAGathering() {
    for (size_t i = 0; i + 1 < cands_.size(); ++i) {
      Candidate& v = cands_[i];
      if (v.noun || v.support || v.event.location ||
          v.entry->type != std::string_view("statement")) {
        continue;
      }
      for (size_t j = i + 1; j < cands_.size() && cands_[j].trigger < v.trigger + 12; ++j) {
        const Candidate& g = cands_[j];
        if (!g.noun || g.support) break;
        // An object noun before the gathering is passed over ("announced sanctions at the summit").
        if (!g.entry->gathering && g.entry->type != std::string_view("protest")) continue;
        if (g.event.location && GatheringOfSaying(v.trigger, g.trigger)) {
          v.event.location = g.event.location;
        }
        break;
      }
    }
  }

  // Whether the gathering noun at `g` is where the saying at `v` took place: right after it
  // ("told a rally", "said at a press conference"), or after "at" or "during" that follows the
  // saying or its object ("announced the plan at the Nato summit", "announced at this week's
  // summit"), with only the gathering's own modifiers and names after the preposition.
  bool GatheringOfSaying(size_t v, size_t g) const {
    bool direct = g < v + 6;
    for (size_t k = v + 1; k < g && direct; ++k) {
      const bool prep = Eq(W(k), "at") || Eq(W(k), "to") || Eq(W(k), "during");
      if (!toks_[k].is_word || (In(k, kPrepositions) && !prep) || trigger_at_[k] >= 0 ||
          MentionAt(k) >= 0) {
        direct = false;
      }
    }
    if (direct) return true;
    size_t p = g;
    while (p > v + 1 && !Eq(W(p), "at") && !Eq(W(p), "during")) --p;
    if (p <= v || p > v + 7 || !(Eq(W(p), "at") || Eq(W(p), "during"))) return false;
    for (size_t k = p + 1; k < g; ++k) {
      if (!(In(k, kDeterminers) || MentionAt(k) >= 0 || Eq(W(k), "'s") ||
            (toks_[k].is_word && trigger_at_[k] < 0 && !In(k, kPrepositions)))) {
        return false;
      }
    }
    for (size_t k = v + 1; k < p; ++k) {
      if (!toks_[k].is_word || In(k, kPrepositions) ||
          (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) {
        return false;
      }
    }
    return true;
  }

  // True when the event noun at `first` is coordinated with the one at `next`: only a comma or
  // "and", determiners and the names and modifiers of the second stand between them.
  bool NounsCoordinated(size_t first, size_t next) const {
    bool coordinated = false;
    for (size_t k = first + 1; k < next; ++k) {
      std::string_view w = W(k);
      if (Eq(w, ",") || Eq(w, "and")) {
        coordinated = true;
        continue;
      }
      // "a victory, but the blockade": another conjunction or function word ends the list.
      if (!In(k, kDeterminers) && IsFunctionWord(w)) return false;
      if (In(k, kDeterminers) || MentionAt(k) >= 0 ||
          (toks_[k].is_word && !In(k, kPrepositions) && !In(k, kAuxWords) && trigger_at_[k] < 0 &&
           (toks_[k].capitalized || (lex_ != nullptr && !CanAt(k, WordPos::kVerb)) ||
            // "a scheduled summit": right after a determiner a verb form is a modifier.
            In(k - 1, kDeterminers)))) {
        continue;
      }
      return false;
    }
    return coordinated;
  }

  // "will take part in a Nato summit, a G7 summit and a meeting of the Council on Thursday":
  // coordinated event nouns are governed alike, so a planned or supposed first one makes the
  // others so too, with its reading of the date; the verb's reach only found the first.
  void ShareModalityAcrossCoordination() {
    // "The UK will send missiles and provide funding": a bare verb after "and", without a
    // subject of its own, is governed by the modal of the verb before it.
    for (size_t i = 1; i < cands_.size(); ++i) {
      Candidate& c = cands_[i];
      if (c.noun || c.support || c.np_first == 0 || !Eq(W(c.np_first - 1), "and") ||
          (c.event.modality != Modality::kAsserted && c.event.modality != Modality::kReported) ||
          LemmaAt(c.trigger, WordPos::kVerb) != toks_[c.trigger].lower) {
        continue;
      }
      for (size_t j = i; j > 0;) {
        const Candidate& p = cands_[--j];
        if (clause_begin_[p.trigger] != clause_begin_[c.trigger] || p.trigger + 12 < c.trigger) {
          break;
        }
        if (p.noun || p.support) continue;
        if (p.event.modality == Modality::kPlanned || p.event.modality == Modality::kHypothetical) {
          c.event.modality = p.event.modality;
          if (!c.timex) c.event.time = p.event.time;
        }
        break;
      }
    }
    for (size_t i = 0; i + 1 < cands_.size(); ++i) {
      const Candidate& head = cands_[i];
      if (!head.noun || head.support ||
          (head.event.modality != Modality::kPlanned &&
           head.event.modality != Modality::kHypothetical)) {
        continue;
      }
      size_t prev = i;
      for (size_t j = i + 1; j < cands_.size(); ++j) {
        Candidate& c = cands_[j];
        if (clause_begin_[c.trigger] != clause_begin_[head.trigger]) break;
        if (!c.noun || c.support) continue;
        if (!NounsCoordinated(cands_[prev].trigger, c.trigger)) break;
        if (c.event.modality == Modality::kAsserted || c.event.modality == Modality::kReported) {
          c.event.modality = head.event.modality;
          if (c.timex == head.timex) c.event.time = head.event.time;
        }
        prev = j;
      }
    }
  }

  // The first candidate whose trigger is at or after token `k`. The candidates are in token
  // order (FindTriggerCandidates pushes them as it walks the tokens), so the searches below look
  // only at the few within their reach instead of at every candidate of the text.
  std::vector<Candidate>::iterator CandidateFrom(size_t k) {
    return std::lower_bound(cands_.begin(), cands_.end(), k,
                            [](const Candidate& c, size_t t) { return c.trigger < t; });
  }

  // The trigger nearest before token `first` in its clause, within a dozen tokens.
  Candidate* NearestBefore(size_t first, bool support) {
    Candidate* best = nullptr;
    const auto end = CandidateFrom(first);
    for (auto it = CandidateFrom(first > 12 ? first - 12 : 0); it != end; ++it) {
      Candidate& c = *it;
      if (c.support != support) continue;
      if (clause_begin_[c.trigger] != clause_begin_[first]) continue;
      best = &c;
    }
    return best;
  }

  // "Russia launched what it calls an operation on 24 February": a date before the publication
  // does not date a verb in the present ("calls") when a past verb of the same clause comes
  // before it; that verb is returned instead, else `verb` itself.
  Candidate* PastVerbForPastDate(Candidate* verb, const Timex& tx) {
    if (!dct_ || !tx.time->end || *tx.time->end >= *dct_ ||
        toks_[verb->trigger].lower.ends_with("ing") ||
        VerbTense(verb->trigger) != Tense::kPresent) {
      return verb;
    }
    const size_t t = verb->trigger;
    for (Candidate* c = verb; c != cands_.data();) {
      --c;
      if (c->trigger + 16 < t || clause_begin_[c->trigger] != clause_begin_[t]) break;
      if (c->noun || c->support) continue;
      if (VerbTense(c->trigger) == Tense::kPast) return c;
    }
    return verb;
  }

  // The first trigger after token `first` in its clause, within eight tokens ("In February 2022,
  // Russia invaded").
  Candidate* NearestAfter(size_t first, bool support, size_t reach = 8) {
    for (auto it = CandidateFrom(first + 1); it != cands_.end() && it->trigger - first <= reach;
         ++it) {
      Candidate& c = *it;
      if (c.support != support) continue;
      if (clause_begin_[c.trigger] == clause_begin_[first]) return &c;
    }
    return nullptr;
  }

  // ---- analysis --------------------------------------------------------------------------------

  void Analyze(Candidate& c) {
    Event& e = c.event;
    e.type = std::string(c.entry->type);
    std::vector<std::string> sources, targets, participants;
    std::vector<std::pair<int, std::string>> places;  // mention, qualifier
    size_t t = c.trigger;
    if (c.noun && c.support) {
      // A gathering's name ("Worldwide Developers Conference"): its words are the name, not its
      // participants; only where it is held is said after it.
      std::vector<std::string> ignored;
      c.np_first = t;
      PostModifiers(t, ignored, ignored, ignored, places);
    } else if (c.noun) {
      NounPhrase(c, sources, participants, places);
      PostModifiers(t, sources, targets, participants, places);
      ParticipationVerb(c, participants);
      SpeakingAhead(c, participants);
    } else {
      size_t a = t;
      while (a > clause_begin_[t] && In(a - 1, kAuxWords)) --a;
      c.np_first = a;
      sources = LeftActors(t);
      if (sources.empty()) sources = DescribedPerson(a);
      if (sources.empty() && OpensSentenceAsParticiple(t)) sources = MainClauseSubject(t);
      if (sources.empty()) sources = RelativeAntecedent(a);
      if (sources.empty()) sources = CoordinatedSubject(c, a);
      if (sources.empty()) sources = ParticipleSubject(c, a);
      c.subject = sources;
      c.lead = LeadVerb(c, a);
      targets = RightActors(t);
      PostModifiers(t, sources, targets, participants, places);
      // "I will be speaking with the Ukrainian Defense Minister": speaking with someone is
      // consulting them (CAMEO 04), a meeting of the two, not a statement. Calling for something
      // is an appeal (CAMEO 02); being added to something is no speech.
      const size_t next = t + 1;
      const std::string_view next_word =
          next < clause_end_[t] ? std::string_view(toks_[next].lower) : std::string_view();
      if (Eq(c.lemma, "call") && Eq(next_word, "for") && Eq(e.type, "other")) e.type = "appeal";
      if (Eq(e.type, "statement") && Eq(next_word, "to") &&
          (Eq(W(t), "added") || Eq(W(t), "adds"))) {
        e.type = "other";
        c.lemma = "add";
      }
      // "spoke to Zelenskiy" is a call with him too; "spoke to reporters" stays a statement.
      bool to_leader = false;
      if (Eq(next_word, "to") && next + 1 < clause_end_[t]) {
        size_t k = next + 1;
        while (k < clause_end_[t] && MentionAt(k) >= 0 &&
               ents_.mentions[MentionAt(k)].form == MentionForm::kDemonym) {
          k = ents_.mentions[MentionAt(k)].last;
        }
        while (k < clause_end_[t] && toks_[k].is_word && !toks_[k].capitalized &&
               (Eq(W(k), "the") || Eq(W(k), "president") || Eq(W(k), "prime") ||
                Eq(W(k), "minister"))) {
          ++k;
        }
        int m = MentionAt(k);
        to_leader = m >= 0 && EntityOf(m).kind == EntityKind::kPerson &&
                    ents_.mentions[m].form == MentionForm::kName;
      }
      // "declared 40 diplomats persona non grata": expelling them (CAMEO 16), no mere saying.
      if (Eq(e.type, "statement") && toks_[t].lower.starts_with("declar")) {
        for (size_t k = t + 1; k + 2 < clause_end_[t] && k < t + 8; ++k) {
          if (Eq(W(k), "persona") && Eq(W(k + 1), "non") && Eq(W(k + 2), "grata")) {
            if (const TriggerEntry* expel = FindTrigger("expelled"))
              e.type = std::string(expel->type);
            break;
          }
        }
      }
      // "pleaded guilty" is no appeal.
      if (Eq(e.type, "appeal") && toks_[t].lower.starts_with("plead") &&
          (Eq(next_word, "guilty") || Eq(next_word, "innocent") || Eq(next_word, "not"))) {
        e.type = "other";
        c.lemma = "plead";
      }
      // "addressed the nation", "addressed reporters" is speaking; "addressed all its concerns"
      // is dealing with them, no speech.
      if (Eq(e.type, "statement") && toks_[t].lower.starts_with("address")) {
        static const WordSet kAudiences = {
            "nation",      "parliament",  "congress",  "crowd",     "crowds",     "rally",
            "reporters",   "journalists", "lawmakers", "assembly",  "conference", "summit",
            "meeting",     "session",     "audience",  "students",  "supporters", "troops",
            "people",      "citizens",    "delegates", "leaders",   "mps",        "senators",
            "council",     "forum",       "press",     "media",     "public",     "country",
            "legislators", "residents",   "soldiers",  "gathering", "members"};
        bool audience = false;
        for (size_t k = next; k < clause_end_[t] && k < next + 5; ++k) {
          const int m = MentionAt(k);
          if (m >= 0) {
            audience = IsActorMention(m);
            break;
          }
          if (In(k, kAudiences)) {
            audience = true;
            break;
          }
          if (!toks_[k].is_word || In(k, kPrepositions)) break;
        }
        if (!audience) {
          e.type = "other";
          c.lemma = "address";
        }
      }
      if ((Eq(next_word, "with") || to_leader) && Eq(e.type, "statement") &&
          (Eq(c.lemma, "speak") || Eq(c.lemma, "talk"))) {
        e.type = "meet";
      }
    }
    {
      std::vector<std::string> absorbed;
      std::vector<std::string> titled = TitledObjects(t, absorbed);
      for (const std::string& id : absorbed) {
        std::erase(targets, id);
        std::erase(participants, id);
      }
      auto& into = t + 1 < toks_.size() && Eq(W(t + 1), "with") ? participants : targets;
      into.insert(into.end(), titled.begin(), titled.end());
    }
    bool symmetric = IsSymmetricType(e.type);
    auto add = [&e](const std::vector<std::string>& ids, Role role) {
      for (const std::string& id : ids) {
        bool seen = std::any_of(e.participants.begin(), e.participants.end(),
                                [&id](const Participant& p) { return p.entity == id; });
        if (!seen) e.participants.push_back({id, role});
      }
    };
    add(sources, symmetric ? Role::kParticipant : Role::kSource);
    add(targets, symmetric ? Role::kParticipant : Role::kTarget);
    add(participants, Role::kParticipant);
    // "seized Crimea", "which it seized from Ukraine": seizing land is an occupation, seizing
    // people or goods an arrest.
    if (Eq(e.type, "coerce") && toks_[t].lower.starts_with("seiz")) {
      for (size_t k = t + 1; k < clause_end_[t] && k < t + 5; ++k) {
        int m = MentionAt(k);
        if (m < 0) {
          if (In(k, kDeterminers) || (k == t + 1 && Eq(W(k), "from"))) continue;
          break;  // "seized weapons in Kyiv": the object is no place
        }
        const Entity& ent = EntityOf(m);
        if (IsPlaceMention(m) || ent.kind == EntityKind::kCountry) {
          if (const TriggerEntry* occupy = FindTrigger("occupy")) e.type = std::string(occupy->type);
        }
        break;
      }
    }
    // "they would meet resistance", "failed to meet the target": meeting a thing is no meeting.
    if (Eq(e.type, "meet") && !c.noun) {
      static const WordSet kMetThings = {
          "resistance", "opposition", "criticism", "demand", "demands", "target", "targets",
          "deadline", "deadlines", "need", "needs", "requirement", "requirements", "standard",
          "standards", "criteria", "expectations", "obligations", "conditions", "goal", "goals",
          "fate", "end", "challenge", "challenges", "threshold", "approval", "costs",
          // "was met with ridicule": a reaction received.
          "ridicule", "derision", "scepticism", "skepticism", "anger", "outrage", "dismay",
          "disbelief", "silence", "applause", "praise", "suspicion", "alarm", "fury", "hostility",
          "mockery", "indifference", "protests", "condemnation", "cheers"};
      // The object's head may follow numbers and modifiers ("the £18,600 minimum income
      // requirement").
      for (size_t k = t + 1; k < doc_.end_token[toks_[t].sentence] && k < t + 9; ++k) {
        if (Has(kMetThings, W(k))) {
          e.type = "other";
          break;
        }
        const bool met_with = k == t + 1 && Eq(W(k), "with");
        if ((In(k, kPrepositions) && !met_with) ||
            (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) {
          break;
        }
      }
    }
    // "increasing demand for LNG in Asia": a demand without anyone demanding is the market's.
    if (Eq(e.type, "demand") && c.noun && e.participants.empty()) e.type = "other";
    if (!c.noun && places.empty() && Passive(c)) {
      // "Lysychansk has been brought under control": the subject of a passive is what the act
      // was done to; a city there is where it happened.
      for (size_t k = c.np_first > clause_begin_[t] ? c.np_first - 1 : c.np_first; k < c.np_first;
           ++k) {
        int m = MentionAt(k);
        if (m < 0) continue;
        // "Dylan Healy of Huntingdon were reported": a town after "of" and a person's name is
        // where the person is from.
        const size_t f = ents_.mentions[m].first;
        const bool origin = f >= 2 && Eq(W(f - 1), "of") && MentionAt(f - 2) >= 0 &&
                            EntityOf(MentionAt(f - 2)).kind == EntityKind::kPerson;
        if (IsPlaceMention(m) && EntityOf(m).kind == EntityKind::kLocation && !origin) {
          const std::string& id = EntityOf(m).id;
          std::erase_if(e.participants, [&id](const Participant& p) { return p.entity == id; });
          places.emplace_back(m, "in");
        }
        k = ents_.mentions[m].last - 1;
      }
    }
    // "saboteurs have entered Kyiv", "troops encircled Mariupol": the place reached or left is
    // where the movement happened (a siege is typed fighting).
    static const WordSet kMovementLemmas = {"enter", "reach", "encircle", "surround", "storm",
                                            "besiege", "approach", "cross", "leave", "flee",
                                            "evacuate", "retake", "recapture", "liberate",
                                            "abandon", "tour", "blockade"};
    if (places.empty() &&
        (PlaceIsTheTarget(e.type) ||
         ((Eq(e.type, "other") || Eq(e.type, "fight")) && Has(kMovementLemmas, c.lemma)))) {
      // "the occupiers shelled Kharkiv", "visited the town of Bucha": the place attacked or
      // visited is where it happened.
      for (size_t k = t + 1; k < clause_end_[t]; ++k) {
        int m = MentionAt(k);
        if (m < 0) continue;
        // "an attack on Europe's largest power plant": a possessor before a superlative names
        // what the thing struck is compared within, not where it stands ("captured Mariupol's
        // outskirts" is in Mariupol).
        if (ents_.mentions[m].possessive) {
          size_t after = ents_.mentions[m].last;
          if (after < clause_end_[t] && Eq(W(after), "'s")) ++after;
          if (after < clause_end_[t] &&
              ((W(after).size() > 4 && W(after).ends_with("est")) || Eq(W(after), "most") ||
               Eq(W(after), "first") || Eq(W(after), "only") || Eq(W(after), "top"))) {
            k = ents_.mentions[m].last - 1;
            continue;
          }
        }
        // A movement reaches its direct object ("entered Kyiv"), not a party ("reached with");
        // so does one typed by who moves ("troops entered the outskirts of Kyiv", an invasion).
        const bool movement = !PlaceIsTheTarget(e.type) || Has(kMovementLemmas, c.lemma);
        if (movement && (k > t + 5 || std::any_of(toks_.begin() + t + 1, toks_.begin() + k,
                                                  [this](const Token& tk) {
                                                    return kPrepositions.Contains(tk.lower) &&
                                                           tk.lower != "of";  // "outskirts of Kyiv"
                                                  }))) {
          break;
        }
        bool target = std::find(targets.begin(), targets.end(), EntityOf(m).id) != targets.end();
        bool country = EntityOf(m).kind == EntityKind::kCountry &&
                       ents_.mentions[m].form == MentionForm::kName && !ents_.mentions[m].embedded;
        // "on a visit to Bucha": the place gone to.
        bool gone_to = Eq(e.type, "visit") && k > t + 1 && Eq(W(k - 1), "to") && IsPlaceMention(m);
        // "dropped bombs on residential areas of Chernihiv": the city struck.
        bool struck = false;
        if ((Eq(e.type, "attack") || Eq(e.type, "invade")) && IsPlaceMention(m)) {
          for (size_t j = k > t + 6 ? k - 6 : t + 1; j < k; ++j) {
            if (Eq(W(j), "on") || Eq(W(j), "against") || Eq(W(j), "into")) struck = true;
            if (trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun) struck = false;
          }
        }
        const bool reached = movement && IsPlaceMention(m);
        // "deployed vans to aid points in the captured city of Mariupol": where forces go.
        // The first place after the verb only, in its own phrase (no comma between).
        bool deployed_to = false;
        if (Eq(e.type, "mobilize") && !c.noun && (IsPlaceMention(m) || country) && places.empty()) {
          size_t prep = k;  // the first "to", "into" or "in" of the window
          for (size_t j = k > t + 7 ? k - 7 : t + 1; j < k; ++j) {
            if (Eq(W(j), "to") || Eq(W(j), "into") || Eq(W(j), "in")) {
              deployed_to = true;
              prep = std::min(prep, j);
            }
          }
          // A verb between ends the phrase, but not a participle modifying the forces sent
          // ("further armed forces to Estonia"). A comma ends it too, unless the place is an
          // item of a list of destinations ("to the Baltic states, Poland and the rest of
          // Europe"; not "to the border, Ukraine said", nor "deployed, but based in the UK,").
          const size_t after = ents_.mentions[m].last;
          const bool listed = after < clause_end_[t] &&
                              (Eq(W(after), ",") || Eq(W(after), "and") || Eq(W(after), "or"));
          for (size_t j = t + 1; j < k; ++j) {
            const bool modifier = j + 1 < k && In(j + 1, kForceNouns);
            if ((Eq(W(j), ",") && (!listed || j < prep)) ||
                (trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun && !modifier)) {
              deployed_to = false;
            }
          }
        }
        if ((target && (IsPlaceMention(m) || country)) || gone_to || struck || reached ||
            deployed_to) {
          places.emplace_back(m, "in");
        }
        k = ents_.mentions[m].last - 1;
      }
    }
    if (places.empty() && !c.noun) PurposeAtPlace(t, places);
    if (places.empty() && !c.noun) WhileAtPlace(t, places);
    if (places.empty()) SetOffPlace(c, places);
    ChoosePlace(c, places);
    // "visited the devastated town of Bucha, speaking to residents": a participle after the
    // comma happens where its verb does.
    if (!c.noun && !e.location && c.lead >= 0 && cands_[c.lead].event.location) {
      e.location = cands_[c.lead].event.location;
    }
    // "A fire broke out in a building in Zaporizhzhia ..., after being shelled": a passive
    // participle clause of time, with no subject of its own, happened where its main clause did.
    if (!c.noun && !e.location && t >= 2 && Eq(W(t - 1), "being") &&
        (Eq(W(t - 2), "after") || Eq(W(t - 2), "before") || Eq(W(t - 2), "while") ||
         Eq(W(t - 2), "when"))) {
      const size_t sb = doc_.first_token[toks_[t].sentence];
      for (Candidate* p = &c; p != cands_.data();) {
        --p;
        if (p->trigger < sb) break;
        if (p->noun || p->support) continue;
        if (p->event.location) e.location = p->event.location;
        break;
      }
    }
    c.own_arguments = !e.participants.empty() || e.location.has_value();
    e.modality = ModalityOf(c);
    e.time = TimeOf(c);
    // "Nato will only offer non-lethal aid": a noun dated in the future by the verb that governs
    // it has not happened yet; nor has anything dated wholly after the publication ("a summit
    // next week").
    const bool open_future = e.time.basis == TimeBasis::kTense && e.time.begin && !e.time.end;
    const bool dated_after = dct_ && e.time.begin && (*e.time.begin > *dct_ || DeadlineAhead(c));
    if ((e.modality == Modality::kAsserted || e.modality == Modality::kReported) &&
        (open_future || dated_after)) {
      e.modality = Modality::kPlanned;
    }
    // "unlike the soft sanctions imposed on Tuesday": a noun whose past participle dates it
    // before the publication was done then, whatever future the sentence around it looks to.
    if (e.modality == Modality::kPlanned && c.noun && c.timex && dct_ && e.time.end &&
        *e.time.end < *dct_ && PastParticipleAt(c.trigger + 1)) {
      e.modality = Modality::kAsserted;
    }
  }

  // "the reasons they have been citing since Moscow invaded Ukraine on 24 February", "has
  // shelled the city since the invasion began in February": a happening after "since" that has
  // a date of its own starts the verb before it, which goes on to the publication. Only a verb
  // without a date of its own, with no other verb before the "since".
  void SinceADatedHappening() {
    if (!dct_) return;
    for (Candidate& c : cands_) {
      if (c.noun || c.support || c.timex || !c.event.time.end || *c.event.time.end != *dct_ ||
          c.event.time.begin) {
        continue;  // only an open span that ends by the publication
      }
      const size_t end = clause_end_[c.trigger];
      size_t since = 0;
      for (size_t k = c.trigger + 1; k < end && k < c.trigger + 10; ++k) {
        if (Eq(W(k), ",") || Eq(W(k), "that") || Eq(W(k), "and")) break;
        if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun &&
            !cands_[trigger_at_[k]].support) {
          break;
        }
        if (Eq(W(k), "since")) {
          since = k;
          break;
        }
      }
      if (since == 0) continue;
      for (auto it = CandidateFrom(since + 1);
           it != cands_.end() && it->trigger < since + 7 && it->trigger < end; ++it) {
        if (it->support) continue;
        const TimeSpan& dated = it->event.time;
        if (!it->timex || !dated.begin || *dated.begin > *dct_) break;
        c.event.time = dated;
        c.event.time.end = dct_;
        c.event.time.precision = Precision::kUnknown;
        c.event.time.basis = TimeBasis::kRelative;
        break;
      }
    }
  }

  // "Merkel defended the accords, saying ...", "the minister dismissed the report, adding ...":
  // the untyped verb a participle of saying spells out is itself a verbal act. Only the main verb
  // of the clause before the comma, when it acts on a thing named after it (a determiner or a
  // name follows, maybe after a particle or a preposition); "resigned, saying" and "left on
  // Monday, saying" are acts of their own.
  void SpeechActsBySaying() {
    const TriggerEntry* say = FindTrigger("said");
    if (say == nullptr) return;
    static const WordSet kParticles = {"down",    "up", "out", "off",  "back", "on",
                                       "against", "to", "for", "over", "at"};
    for (Candidate& c : cands_) {
      if (c.noun || c.support || c.lead < 0 || !toks_[c.trigger].lower.ends_with("ing") ||
          !Eq(c.event.type, "statement")) {
        continue;
      }
      const size_t sb = doc_.first_token[toks_[c.trigger].sentence];
      Candidate* main = nullptr;
      for (Candidate& v : cands_) {
        if (v.trigger < sb) continue;
        if (v.trigger >= c.trigger) break;
        if (v.noun || v.support) continue;
        main = &v;
        break;
      }
      if (main == nullptr || !Eq(main->event.type, "other") || Passive(*main) ||
          toks_[main->trigger].lower.ends_with("ing") || main->subject.empty()) {
        continue;
      }
      size_t k = main->trigger + 1;
      while (k < c.trigger && k < main->trigger + 3 && In(k, kParticles)) ++k;
      if (k >= c.trigger) continue;
      const int m = MentionAt(k);
      const bool object = (In(k, kDeterminers) && !Eq(W(k), "no")) || Eq(W(k), "'s") ||
                          (m >= 0 && !IsPlaceMention(m));
      if (!object) continue;
      main->event.type = std::string(say->type);
    }
  }

  // "travel to Ukraine to fight", "arrived in Kyiv to meet", "met in Geneva to discuss": an
  // infinitive of purpose right after the place someone goes to or is in happens there. After
  // "to" only a verb of going makes the place a destination ("a message to Russia to withdraw"
  // is not in Russia).
  // "he was beaten while being held in Ukraine", "was injured while visiting Kharkiv": a clause
  // of "while" without a subject of its own tells where the verb's subject was as it happened.
  // Verbs coordinated with the verb before "while" share it; another predicate ends the search.
  void WhileAtPlace(size_t t, std::vector<std::pair<int, std::string>>& places) const {
    static const WordSet kBeingAt = {"being",    "held",       "kept",      "detained", "imprisoned",
                                     "staying",  "living",     "stationed", "based",    "hiding",
                                     "sheltering", "travelling", "traveling", "working", "serving"};
    const size_t s = toks_[t].sentence;
    const size_t end = doc_.end_token[s];
    // Most sentences have no "while": asked once per sentence.
    if (sentence_has_while_[s] < 0) {
      sentence_has_while_[s] = 0;
      for (size_t k = doc_.first_token[s]; k < end; ++k) {
        if (Eq(W(k), "while")) sentence_has_while_[s] = 1;
      }
    }
    if (sentence_has_while_[s] == 0) return;
    for (size_t k = t + 1; k + 2 < end && k < t + 12; ++k) {
      if (Eq(W(k), ";") || Eq(W(k), ":") || IsQuoteMark(toks_[k])) return;
      if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun &&
          !(Eq(W(k - 1), "and") || Eq(W(k - 1), "or"))) {
        return;
      }
      if (!Eq(W(k), "while")) continue;
      size_t j = k + 1;
      while (j < end && j < k + 3 && In(j, kBeingAt)) ++j;
      if (j >= end) return;
      std::string qualifier = "in";
      if (Eq(W(j), "visiting")) {
        ++j;
      } else if (j > k + 1 && (Eq(W(j), "in") || Eq(W(j), "at"))) {
        qualifier = std::string(W(j));
        ++j;
      } else {
        return;
      }
      if (j < end && (Eq(W(j), "the") || LocativeModifier(j))) ++j;
      const int m = j < end ? MentionAt(j) : -1;
      if (m < 0 || ents_.mentions[m].possessive) return;
      const EntityMention& em = ents_.mentions[m];
      if (IsPlaceMention(m) || (EntityOf(m).kind == EntityKind::kCountry &&
                                em.form == MentionForm::kName && !em.embedded)) {
        places.emplace_back(m, std::move(qualifier));
      }
      return;
    }
  }

  void PurposeAtPlace(size_t t, std::vector<std::pair<int, std::string>>& places) const {
    if (t < 3 || !Eq(W(t - 1), "to") || lex_ == nullptr) return;
    const int m = MentionAt(t - 2);
    if (m < 0 || ents_.mentions[m].last != t - 1) return;
    const EntityMention& em = ents_.mentions[m];
    const bool country = EntityOf(m).kind == EntityKind::kCountry &&
                         em.form == MentionForm::kName && !em.embedded && !em.possessive;
    if (!IsPlaceMention(m) && !country) return;
    const size_t f = em.first;
    if (f < 2 || toks_[f - 1].sentence != toks_[t].sentence) return;
    const std::string_view prep = W(f - 1);
    if (Eq(prep, "in")) {
      places.emplace_back(m, "in");
      return;
    }
    if (!Eq(prep, "to") && !Eq(prep, "into")) return;
    static const WordSet kGoing = {"go",     "come",  "travel",  "fly",  "head",     "return",
                                   "arrive", "send",  "deploy",  "move", "rush",     "drive",
                                   "sail",   "march", "journey", "flee", "relocate", "dispatch"};
    // Only who goes may stand between the verb and "to" ("sent 7,000 troops to"), not what is
    // sent ("sent a message to").
    static const WordSet kGoers = {"troops",         "soldiers",    "forces", "volunteers",
                                   "fighters",       "mercenaries", "people", "units",
                                   "reinforcements", "back",        "home",   "more",
                                   "them",           "him",         "her"};
    for (size_t k = f - 1; k > clause_begin_[t] && f - 1 - k < 4;) {
      --k;
      if (toks_[k].is_word && Has(kGoing, LemmaAt(k, WordPos::kVerb))) {
        places.emplace_back(m, "in");
        return;
      }
      const bool number = std::isdigit(static_cast<unsigned char>(W(k)[0])) != 0;
      if (!number && !In(k, kGoers)) return;
    }
  }

  // Places set off from the event's own phrase: an opening "In Kherson, east of Odessa, the
  // governor said" places the main verb after it; "flew to Madrid, where the leaders met" places
  // what follows "where"; "said on a visit to Bucha" places the verb the visit goes with.
  void SetOffPlace(const Candidate& c, std::vector<std::pair<int, std::string>>& places) const {
    const size_t t = c.trigger;
    const size_t sb = doc_.first_token[toks_[t].sentence];
    const size_t se = doc_.end_token[toks_[t].sentence];
    auto verb_at = [this](size_t k) {
      return trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun && !cands_[trigger_at_[k]].support;
    };
    const size_t from = c.noun ? c.np_first : t;
    // "..., where": the nearest "where" before the event with no other verb between.
    for (size_t k = from; k > sb + 2 && from - k < 10;) {
      --k;
      if (verb_at(k) || Eq(W(k), ".") || Eq(W(k), ";")) break;
      if (!Eq(W(k), "where")) continue;
      if (!Eq(W(k - 1), ",")) break;
      for (size_t j = k - 1; j > sb && k - 1 - j < 4;) {
        --j;
        const int m = MentionAt(j);
        // "the defence of Estonia, where Britain has 1,700 personnel deployed": a country named
        // before "where" is as much a place as a city.
        const bool country = m >= 0 && EntityOf(m).kind == EntityKind::kCountry &&
                             ents_.mentions[m].form == MentionForm::kName &&
                             !ents_.mentions[m].embedded && !ents_.mentions[m].possessive;
        if (m >= 0 && ents_.mentions[m].last == k - 1 && (IsPlaceMention(m) || country)) {
          places.emplace_back(m, "in");
          return;
        }
      }
      break;
    }
    // "In Volnovakha, the attack is still intense": the subject right after an opening place.
    if (c.noun && sb + 2 < se && (Eq(W(sb), "in") || Eq(W(sb), "at"))) {
      const int m = MentionAt(sb + 1);
      if (m >= 0 && IsPlaceMention(m) && !ents_.mentions[m].possessive &&
          Eq(W(ents_.mentions[m].last), ",")) {
        size_t comma = ents_.mentions[m].last;
        for (size_t j = comma; j < se && j < comma + 6 && j < c.np_first; ++j) {
          if (Eq(W(j), ",")) comma = j;
          if (verb_at(j)) break;
        }
        size_t k = comma + 1;
        while (k < c.np_first && In(k, kDeterminers)) ++k;
        if (k == c.np_first || k == t) {
          places.emplace_back(m, std::string(W(sb)));
          return;
        }
      }
    }
    if (c.noun) return;
    // "the city of Grozny, which Russia bombed and besieged": an attack or a movement in a
    // relative clause whose antecedent is a place, with no object of its own, is there.
    static const WordSet kMovementOrSiege = {"besiege",  "encircle", "surround",  "storm",
                                             "blockade", "capture",  "occupy",    "enter",
                                             "liberate", "retake",   "recapture", "raze"};
    if ((PlaceIsTheTarget(c.event.type) || Has(kMovementOrSiege, c.lemma)) &&
        !(t + 1 < se && (In(t + 1, kDeterminers) || MentionAt(t + 1) >= 0))) {
      for (size_t k = t; k > sb + 2 && t - k < 8;) {
        --k;
        if (Eq(W(k), ",") || Eq(W(k), ";")) break;
        if (!Eq(W(k), "which") && !Eq(W(k), "where")) continue;
        const int m = MentionAt(k - 2);
        if (Eq(W(k - 1), ",") && m >= 0 && IsPlaceMention(m) && ents_.mentions[m].last == k - 1) {
          places.emplace_back(m, "in");
          return;
        }
        break;
      }
    }
    // "Austin, the US defence secretary, this week in Germany hinted": a place named right
    // before the verb, after its subject, is where the act is done; not a place that a noun
    // before it owns ("the embassy in Berlin said": an institution's seat).
    if (c.np_first >= sb + 3) {
      size_t k = c.np_first;
      const int m = MentionAt(k - 1);
      const bool country = m >= 0 && EntityOf(m).kind == EntityKind::kCountry &&
                           ents_.mentions[m].form == MentionForm::kName &&
                           !ents_.mentions[m].embedded;
      if (m >= 0 && (IsPlaceMention(m) || country) && ents_.mentions[m].last == k) {
        const size_t f = ents_.mentions[m].first;
        const bool prep = f >= sb + 2 && (Eq(W(f - 1), "in") || Eq(W(f - 1), "at"));
        const size_t before = f >= sb + 2 ? f - 2 : sb;
        const bool in_timex = std::any_of(timexes_.begin(), timexes_.end(), [&](const Timex& x) {
          return x.span.begin <= toks_[before].span.begin && toks_[before].span.end <= x.span.end;
        });
        const bool owner = !in_timex && toks_[before].is_word && !toks_[before].capitalized &&
                           MentionAt(before) < 0 && lex_ != nullptr &&
                           CanAt(before, WordPos::kNoun) && !CanAt(before, WordPos::kAdverb);
        if (prep && !owner) {
          places.emplace_back(m, std::string(W(f - 1)));
          return;
        }
      }
    }
    // "to meet with Zelenskiy" after "his visit to Kyiv": the place the visit goes to.
    if (t >= sb + 4 && Eq(W(t - 1), "to")) {
      const int m = MentionAt(t - 2);
      if (m >= 0 && IsPlaceMention(m) && ents_.mentions[m].last == t - 1) {
        const size_t f = ents_.mentions[m].first;
        if (f >= sb + 2 && Eq(W(f - 1), "to") &&
            (Eq(W(f - 2), "visit") || Eq(W(f - 2), "trip") || Eq(W(f - 2), "tour"))) {
          places.emplace_back(m, "in");
          return;
        }
      }
    }
    // "In Kherson, east of Odessa, Svitlana described": the first verb after the opening phrase;
    // not a parenthetical saying ("In Beijing, he said, the words would be read as ...").
    // "In a speech at Mansion House in London on Wednesday, Truss renewed": a place named in an
    // opening phrase of speaking or visiting places the first verb after its comma too.
    if (sb + 2 < se && (Eq(W(sb), "in") || Eq(W(sb), "at") || Eq(W(sb), "during")) &&
        !(t + 1 < se && Eq(W(t + 1), ",")) && MentionAt(sb + 1) < 0) {
      static const WordSet kOccasions = {
          "speech",     "address", "interview",  "visit",   "trip",  "statement", "briefing",
          "conference", "meeting", "appearance", "remarks", "rally", "ceremony"};
      size_t comma = sb;
      bool occasion = false;
      int place = -1;
      for (size_t j = sb + 1; j < se && j < sb + 14; ++j) {
        if (Eq(W(j), ",")) {
          comma = j;
          break;
        }
        if (verb_at(j)) break;
        // Any gathering is an occasion too ("At peace talks in Turkey on Tuesday, negotiators
        // said", "At the summit in Madrid, ...").
        if (In(j, kOccasions) || (trigger_at_[j] >= 0 && cands_[trigger_at_[j]].noun &&
                                  cands_[trigger_at_[j]].entry->gathering)) {
          occasion = true;
        }
        const int m = MentionAt(j);
        // "During a visit to Sweden": the place a visit or a trip goes to, a city or a country.
        const bool country = m >= 0 && EntityOf(m).kind == EntityKind::kCountry &&
                             ents_.mentions[m].form == MentionForm::kName;
        if (occasion && m >= 0 && (IsPlaceMention(m) || country) && j > sb &&
            In(j - 1, kPrepositions) &&
            (Eq(W(j - 1), "in") || Eq(W(j - 1), "at") ||
             (Eq(W(j - 1), "to") && j >= sb + 2 &&
              (Eq(W(j - 2), "visit") || Eq(W(j - 2), "trip"))))) {
          place = m;  // the last one: "at Mansion House in London" is in London
        }
      }
      if (place >= 0 && comma > sb && comma < t) {
        bool first_verb = true;
        for (size_t j = comma; j < t; ++j) {
          if (verb_at(j)) first_verb = false;
        }
        if (first_verb) {
          const std::string_view prep = W(ents_.mentions[place].first - 1);
          places.emplace_back(place, Eq(prep, "to") ? "in" : std::string(prep));
          return;
        }
      }
    }
    // "Inside Kyiv, sirens sounded", "Across Ukraine, ...": other prepositions of place too.
    if (sb + 2 < se &&
        (Eq(W(sb), "in") || Eq(W(sb), "at") || Eq(W(sb), "inside") || Eq(W(sb), "across") ||
         Eq(W(sb), "throughout")) &&
        !(t + 1 < se && Eq(W(t + 1), ","))) {
      const int m = MentionAt(sb + 1);
      if (m >= 0 && IsPlaceMention(m) && !ents_.mentions[m].possessive) {
        size_t k = ents_.mentions[m].last;
        size_t comma = k;
        // The place's apposition ("east of Odessa") ends at the last comma within a few words.
        for (size_t j = k; j < se && j < k + 6 && Eq(W(k), ","); ++j) {
          if (Eq(W(j), ",")) comma = j;
          if (verb_at(j)) break;
        }
        if (comma < t) {
          bool first_verb = true;
          for (size_t j = comma; j < t; ++j) {
            if (verb_at(j)) first_verb = false;
          }
          if (first_verb) {
            places.emplace_back(m, Eq(W(sb), "at") ? "at" : "in");
            return;
          }
        }
      }
    }
    // "said on a visit to Bucha", "spoke during a trip to Kyiv".
    for (size_t k = t + 1; k + 2 < se && k < t + 4; ++k) {
      if (!Eq(W(k), "on") && !Eq(W(k), "during")) continue;
      size_t j = k + 1;
      while (j < se && j < k + 4 && !Eq(W(j), "visit") && !Eq(W(j), "trip") && !Eq(W(j), "tour")) {
        if (!toks_[j].is_word || verb_at(j)) break;
        ++j;
      }
      if (j + 2 < se && (Eq(W(j), "visit") || Eq(W(j), "trip") || Eq(W(j), "tour")) &&
          Eq(W(j + 1), "to")) {
        const int m = MentionAt(j + 2);
        if (m >= 0 && IsPlaceMention(m)) places.emplace_back(m, "in");
      }
      return;
    }
  }

  // "with the Ukrainian Defense Minister and Foreign Minister": people named by their office right
  // after the trigger (or its "with"/"to"). Each office resolves to the one person of the text
  // whose recorded titles share its words; an office that fits no one, or several, stands for
  // the country its demonym names.
  // Organizations named inside an office ("Defense" in "the Defense Minister") are words of the
  // office, not parties of their own: they go into `absorbed`.
  std::vector<std::string> TitledObjects(size_t t, std::vector<std::string>& absorbed) const {
    std::vector<std::string> out;
    size_t end = clause_end_[t];
    size_t i = t + 1;
    if (i < end && (Eq(W(i), "with") || Eq(W(i), "to"))) ++i;
    if (i >= end || !Eq(W(i), "the")) return out;
    ++i;
    int demonym = -1;
    if (int m = MentionAt(i); m >= 0 && ents_.mentions[m].form == MentionForm::kDemonym) {
      demonym = m;
      i = ents_.mentions[m].last;
    }
    auto push = [&out](const std::string& id) {
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    while (i < end) {
      size_t b = i;
      std::vector<std::string> inside;
      while (i < end && toks_[i].is_word && toks_[i].capitalized) {
        int m = MentionAt(i);
        if (m >= 0 && EntityOf(m).kind != EntityKind::kOrganization) break;
        if (m >= 0) inside.push_back(EntityOf(m).id);
        ++i;
      }
      if (i == b) break;
      std::string office = "the ";
      if (demonym >= 0) office += toks_[ents_.mentions[demonym].first].lower + " ";
      office += std::string(Surface(b, i));
      for (char& ch : office) ch = AsciiLower(ch);
      std::vector<std::string> who = RoleDescribedPerson(office);
      if (!who.empty()) absorbed.insert(absorbed.end(), inside.begin(), inside.end());
      if (who.empty() && demonym >= 0) who = {EntityOf(demonym).id};
      for (const std::string& id : who) push(id);
      if (i < end && Eq(W(i), "and") && i + 1 < end && toks_[i + 1].capitalized) {
        ++i;
        continue;
      }
      break;
    }
    return out;
  }

  // "Cisco, which sued Apple", "the firm that makes": the subject of a relative clause is the
  // actor the relative pronoun follows.
  std::vector<std::string> RelativeAntecedent(size_t verb_start) const {
    std::vector<std::string> out;
    size_t b = clause_begin_[verb_start];
    if (verb_start < b + 2) return out;
    std::string_view rel = toks_[verb_start - 1].lower;
    if (!Eq(rel, "who") && !Eq(rel, "which") && !Eq(rel, "that")) return out;
    size_t k = verb_start - 2;
    if (Eq(W(k), ",") && !Eq(rel, "that") && k > b) --k;
    int m = MentionAt(k);
    if (m >= 0 && IsActorMention(m) && ents_.mentions[m].last == k + 1) AddActor(m, out);
    return out;
  }

  // "Gizmodo obtained a prototype and published details", "decided to leave or was forced out":
  // a verb right after "and"/"or" without a subject of its own shares the subject of the verb
  // before it in the sentence.
  std::vector<std::string> CoordinatedSubject(const Candidate& c, size_t verb_start) const {
    size_t b = doc_.first_token[toks_[c.trigger].sentence];
    if (verb_start <= b) return {};
    std::string_view conj = toks_[verb_start - 1].lower;
    if (!Eq(conj, "and") && !Eq(conj, "or") && !Eq(conj, "but")) return {};
    for (const Candidate* p = &c; p != cands_.data();) {
      --p;
      if (p->trigger < b) break;
      if (p->noun || p->trigger >= verb_start) continue;
      return p->subject;
    }
    return {};
  }

  // "Kallas noted the risks, stating: ...": a participle after a comma shares the subject of the
  // verb before it in the sentence.
  std::vector<std::string> ParticipleSubject(const Candidate& c, size_t verb_start) const {
    size_t b = doc_.first_token[toks_[c.trigger].sentence];
    if (verb_start <= b || !Eq(W(verb_start - 1), ",") ||
        !toks_[c.trigger].lower.ends_with("ing")) {
      return {};
    }
    for (const Candidate* p = &c; p != cands_.data();) {
      --p;
      if (p->trigger < b) break;
      if (p->noun || p->support || p->trigger >= verb_start) continue;
      return p->subject;
    }
    return {};
  }

  // The verb before the comma that a participle ("..., saying") depends on, or -1.
  int LeadVerb(const Candidate& c, size_t verb_start) const {
    size_t b = doc_.first_token[toks_[c.trigger].sentence];
    if (verb_start <= b || !Eq(W(verb_start - 1), ",") ||
        !toks_[c.trigger].lower.ends_with("ing")) {
      return -1;
    }
    for (const Candidate* p = &c; p != cands_.data();) {
      --p;
      if (p->trigger < b) break;
      if (p->noun || p->support || p->trigger >= verb_start) continue;
      // "lashed out at Nato for ruling out a no-fly zone, saying": a gerund after a preposition
      // or an infinitive is inside the lead verb's phrase, not the lead itself.
      const size_t v = p->trigger;
      if (v > b && ((W(v).ends_with("ing") && In(v - 1, kPrepositions)) || Eq(W(v - 1), "to"))) {
        continue;
      }
      return static_cast<int>(p - cands_.data());
    }
    return -1;
  }

  // "The European Union's High Representative for Foreign Policy stated": a known person's title
  // standing as the subject.
  std::vector<std::string> DescribedPerson(size_t verb_start) const {
    size_t b = clause_begin_[verb_start];
    if (verb_start == b) return {};
    // A description is a short phrase: look at the last dozen words only.
    if (verb_start - b > 12) b = verb_start - 12;
    // The phrase as written, compared in lower case: a lowered copy per verb was most of this
    // search's time, and most phrases end with no title and start with no "the".
    const std::string_view before =
        doc_.text.substr(toks_[b].span.begin, toks_[verb_start - 1].span.end - toks_[b].span.begin);
    for (const auto& [id, title] : person_titles_) {
      if (title.size() >= 12 && before.size() >= title.size() &&
          LowerEquals(before.substr(before.size() - title.size()), title)) {
        return {id};
      }
    }
    return RoleDescribedPerson(before);
  }

  // Whether `text` in ASCII lower case is `lower`.
  static bool LowerEquals(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (size_t i = 0; i < text.size(); ++i) {
      if (AsciiLower(text[i]) != lower[i]) return false;
    }
    return true;
  }

  // "The EU Foreign Policy Chief stated": a short definite description that shares at least two
  // content words with one person's recorded titles ("High Representative for Foreign Policy")
  // refers to that person. Ties are left unresolved rather than guessed.
  // `description` may be in any case: it is compared in lower case.
  std::vector<std::string> RoleDescribedPerson(std::string_view description) const {
    if (description.size() < 4 || !LowerEquals(description.substr(0, 4), "the ")) return {};
    const std::vector<std::string> desc = ContentWords(description);
    if (desc.empty() || desc.size() > 6) return {};
    // The words of every person's titles, gathered once per document: each verb without a named
    // subject asks.
    if (title_words_.empty()) {
      title_words_.resize(ents_.entities.size());
      for (size_t k = 0; k < ents_.entities.size(); ++k) {
        const Entity& ent = ents_.entities[k];
        if (ent.kind != EntityKind::kPerson) continue;
        for (const std::string& title : ent.titles) {
          const std::vector<std::string> words = ContentWords(title);
          title_words_[k].insert(words.begin(), words.end());
        }
      }
    }
    size_t best_overlap = 1;
    std::vector<std::string> best;
    for (size_t k = 0; k < ents_.entities.size(); ++k) {
      const Entity& ent = ents_.entities[k];
      if (ent.kind != EntityKind::kPerson) continue;
      const std::set<std::string>& title_words = title_words_[k];
      size_t overlap = 0;
      for (const std::string& w : desc) overlap += title_words.count(w);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = {ent.id};
      } else if (overlap == best_overlap && !best.empty()) {
        best.push_back(ent.id);
      }
    }
    if (best.size() != 1) return {};
    return best;
  }

  // The lower-case words of `text` other than articles, prepositions and possessives, sorted,
  // each once. A vector, not a set: it is built for each verb without a named subject, and a
  // node per word cost more than the comparisons it serves.
  static std::vector<std::string> ContentWords(std::string_view text) {
    static const WordSet kFunctionWords = {"the", "of", "for", "and", "a",     "an",  "on",
                                           "in",  "to", "'s",  "its", "their", "his", "her"};
    std::vector<std::string> words;
    std::string w;
    for (size_t i = 0; i <= text.size(); ++i) {
      const char ch = i < text.size() ? text[i] : ' ';
      if (std::isalnum(static_cast<unsigned char>(ch))) {
        w.push_back(AsciiLower(ch));
      } else if (!w.empty()) {
        if (!Has(kFunctionWords, w)) words.push_back(w);
        w.clear();
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  }

  // Premodifiers of an event noun: "Russia's invasion" (source), "US negotiations", "the EU
  // Defense Ministers meeting" (participants), "the Brussels meeting" (place).
  void NounPhrase(Candidate& c, std::vector<std::string>& sources,
                  std::vector<std::string>& participants,
                  std::vector<std::pair<int, std::string>>& places) {
    size_t t = c.trigger;
    size_t b = clause_begin_[t];
    size_t i = t;
    while (i > b && t - i < 7) {
      const Token& prev = toks_[i - 1];
      int m = MentionAt(i - 1);
      if (m >= 0) {
        const EntityMention& em = ents_.mentions[m];
        bool possessive = em.possessive;
        if (IsPlaceMention(m)) {
          places.emplace_back(m, "in");
        } else if (IsActorMention(m) || em.form == MentionForm::kDemonym) {
          std::vector<std::string> ids;
          AddActor(m, ids);
          auto& into = possessive && !IsSymmetricType(c.entry->type) ? sources : participants;
          into.insert(into.end(), ids.begin(), ids.end());
        }
        i = em.first;
        continue;
      }
      if (Eq(prev.lower, "'s")) {
        --i;
        continue;
      }
      if (!prev.is_word || In(i - 1, kDeterminers) || In(i - 1, kPrepositions) ||
          In(i - 1, kAuxWords) || FunctionWordAt(i - 1) || IsNegation(prev.lower)) {
        break;
      }
      // Verbs end the phrase: "on increasing military aid", "to finance military aid".
      bool infinitive = i >= b + 2 && Eq(W(i - 2), "to");
      // A past form is the clause's verb ("Russia and Ukraine held talks") unless a determiner
      // makes it a modifier ("the proposed deal").
      bool past_form =
          In(i - 1, kIrregularPast) || (prev.lower.size() > 4 && prev.lower.ends_with("ed"));
      bool modifier = i >= b + 2 && In(i - 2, kDeterminers);
      if (past_form && !modifier && !In(i - 1, kPlannedModifiers) &&
          !In(i - 1, kHypotheticalModifiers)) {
        break;
      }
      if ((prev.lower.ends_with("ing") && !FindTrigger(prev.lower)) || infinitive) break;
      --i;
    }
    c.np_first = i;
    c.definite = i > b && (Eq(W(i - 1), "the") || Eq(W(i - 1), "these") || Eq(W(i - 1), "those") ||
                           Eq(W(i - 1), "this"));
  }

  // True when mention `m` stands inside the noun phrase of a later event noun ("the EU Defense
  // Ministers meeting"): the words between it and the noun are capitalized or modifiers only.
  bool PremodifiesEventNoun(int m) const {
    size_t end = clause_end_[ents_.mentions[m].first];
    for (size_t k = ents_.mentions[m].last; k < end && k < ents_.mentions[m].last + 4; ++k) {
      if (trigger_at_[k] >= 0) return cands_[trigger_at_[k]].noun;
      const Token& tok = toks_[k];
      if (!tok.is_word || In(k, kPrepositions) || In(k, kDeterminers) || Eq(tok.lower, "and") ||
          MentionAt(k) >= 0) {
        return false;
      }
    }
    return false;
  }

  // Prepositional phrases after the trigger, up to the end of the phrase.
  void PostModifiers(size_t t, std::vector<std::string>& sources,
                     std::vector<std::string>& targets, std::vector<std::string>& participants,
                     std::vector<std::pair<int, std::string>>& places) {
    size_t end = clause_end_[t];
    std::string_view prep;
    size_t prep_at = 0;
    size_t since_prep = 0;
    // "discussed the situation in Ukraine": a place after an abstract noun is that noun's, not
    // the event's; after a thing or a group ("shelled a hospital in Mariupol") it is the event's.
    bool abstract_between = false;
    // A saying's own phrase is only its recipient's ("told 1,200 cadets in Annapolis"); a number
    // further on is in what was said ("said more than 3,000 people had been led from ...").
    const bool saying =
        trigger_at_[t] >= 0 && cands_[trigger_at_[t]].entry->type == std::string_view("statement");
    for (size_t i = t + 1; i < end; ++i) {
      const Token& tok = toks_[i];
      if (InANumber(i) && (!saying || i <= t + 2)) continue;  // "evacuate 200,000 people from"
      // A number with its separators is one token ("3,000"): after a saying's own phrase it
      // ends the phrase as its comma did.
      if (saying && i > t + 2 && !tok.lower.empty() && tok.lower.front() >= '0' &&
          tok.lower.front() <= '9' && tok.lower.find(',') != std::string_view::npos) {
        break;
      }
      if (Eq(tok.lower, ",") || Eq(tok.lower, ".") || Eq(tok.lower, "which") ||
          Eq(tok.lower, "who") || Eq(tok.lower, "that") || Eq(tok.lower, "while") ||
          Eq(tok.lower, "but") || IsSubjectPronoun(tok.lower)) {
        break;  // a subject pronoun starts another clause ("in 2014 it has stepped up ...")
      }
      // Only a noun phrase counts ("the situation", "humanitarian situation"), not the words of
      // a light phrase ("are under way in Geneva").
      const bool phrase_head =
          i > t + 1 &&
          (In(i - 1, kDeterminers) || Eq(W(i - 1), "'s") ||
           (lex_ != nullptr && toks_[i - 1].is_word && CanAt(i - 1, WordPos::kAdjective)));
      // "says Russian forces have turned the besieged city of Mariupol into": an auxiliary after
      // the words that follow a saying starts the clause of what was said.
      if (saying && i > t + 1) {
        static const WordSet kFinite = {"has",   "have",  "had",   "was",   "were",  "is",
                                        "are",   "will",  "would", "could", "can",   "may",
                                        "might", "must",  "should", "did",  "does",  "do"};
        if (In(i, kFinite)) break;
      }
      // "the steel plant": a noun before another noun modifies it; the last one is the head.
      // Asked last: the other tests turn away most words more cheaply.
      const auto noun_modifier = [&] {
        return i + 1 < end && toks_[i + 1].is_word && MentionAt(i + 1) < 0 &&
               !In(i + 1, kPrepositions) && !FunctionWordAt(i + 1) &&
               CanAt(i + 1, WordPos::kNoun);
      };
      if (!abstract_between && phrase_head && MentionAt(i) < 0 && trigger_at_[i] < 0 &&
          tok.is_word && !tok.capitalized && lex_ != nullptr && !In(i, kPrepositions) &&
          !In(i, kDeterminers) && !IsFunctionWord(tok.lower) && CanAt(i, WordPos::kNoun) &&
          !CanAt(i, WordPos::kAdjective) && !noun_modifier()) {
        // CanAt(i, kNoun) holds: the form has a noun lemma, whose class NounClassAt gives.
        NounClass cls = NounClassAt(i);
        abstract_between = cls != NounClass::kArtifact && cls != NounClass::kGroup &&
                           cls != NounClass::kLocation && cls != NounClass::kPerson &&
                           cls != NounClass::kAct && cls != NounClass::kEvent &&
                           cls != NounClass::kProcess && cls != NounClass::kPhenomenon &&
                           cls != NounClass::kTime;
      }
      // "accused Europe of being slow in sanctioning Russia": a gerund after a preposition with
      // an object of its own starts its own predicate, whose object is no place of this event.
      // "says the destruction of oil tanks at a depot in Belgorod": a saying's content named by
      // an event noun has its own places; a gathering the saying took place at does not.
      if (trigger_at_[i] >= 0 && cands_[trigger_at_[i]].noun) {
        // "by occupying Russians" is an adjective before the people it describes.
        const int obj = i + 1 < end ? MentionAt(i + 1) : -1;
        const bool named_object =
            obj >= 0 && (ents_.mentions[obj].form == MentionForm::kName ||
                         ents_.mentions[obj].form == MentionForm::kShortName);
        const bool gerund = tok.lower.ends_with("ing") && prep_at + 1 == i && i > t + 1 &&
                            !Eq(prep, "by") && i + 1 < end &&
                            (named_object || In(i + 1, kDeterminers));
        const bool content = saying && !cands_[trigger_at_[i]].support &&
                             !cands_[trigger_at_[i]].entry->gathering && prep_at < t + 1;
        if (gerund || content) break;
      }
      // A later verb starts its own predicate: "responsibility for defense still lies with"; but
      // "in neighbouring Ukraine" has an adjective between the preposition and the name.
      if (trigger_at_[i] >= 0 && !cands_[trigger_at_[i]].noun && !cands_[trigger_at_[i]].support) {
        const bool adjective = i > t + 1 && LocativeModifier(i);
        if (!adjective) break;
        continue;
      }
      int m = MentionAt(i);
      if (m >= 0 && PremodifiesEventNoun(m)) break;  // "ahead of the EU Defense Ministers meeting"
      // "an assessment of Russia's stance": a possessor belongs to the noun it precedes; but
      // "at Kyiv's central station" is in Kyiv, a city owning a place or a building.
      if (m >= 0 && ents_.mentions[m].possessive) {
        const bool at_place =
            (Eq(prep, "at") || Eq(prep, "in") || Eq(prep, "near") || Eq(prep, "outside")) &&
            IsPlaceMention(m) && SitePossessed(ents_.mentions[m].last);
        if (at_place) places.emplace_back(m, std::string(prep));
        // "massing on Ukraine's border", "along Poland's frontier": near that country or place.
        size_t owned = ents_.mentions[m].last;
        if (owned < end && Eq(W(owned), "'s")) ++owned;
        static const WordSet kBorderNouns = {"border", "borders", "frontier", "frontiers"};
        const bool on_border =
            (Eq(prep, "on") || Eq(prep, "along") || Eq(prep, "near") || Eq(prep, "at")) &&
            owned < end && In(owned, kBorderNouns) &&
            (IsPlaceMention(m) || EntityOf(m).kind == EntityKind::kCountry);
        if (!at_place && on_border) places.emplace_back(m, "near");
        i = ents_.mentions[m].last - 1;
        continue;
      }
      if (m >= 0) {
        const EntityMention& em = ents_.mentions[m];
        const Entity& ent = EntityOf(m);
        // "the southern city of Mykolaiv": "of" after a noun of settlement or region is "in".
        static const WordSet kSettlementNouns = {"city", "town", "village", "region", "district",
                                                 "province", "oblast", "port", "capital"};
        bool settlement_of =
            Eq(prep, "of") && i >= 2 && Eq(W(i - 1), "of") && In(i - 2, kSettlementNouns);
        // "evacuated from Azovstal", "fled from Irpin": leaving happens where it starts.
        static const WordSet kLeavingLemmas = {"evacuate", "flee",   "escape", "withdraw",
                                               "retreat",  "depart", "rescue", "pull"};
        const bool leaving_from = Eq(prep, "from") && prep_at + 1 == i && trigger_at_[t] >= 0 &&
                                  !cands_[trigger_at_[t]].noun && lex_ != nullptr &&
                                  Has(kLeavingLemmas, LemmaAt(t, WordPos::kVerb));
        // "bombarding grain warehouses across Ukraine": across a place is in it.
        const bool across = Eq(prep, "across") || Eq(prep, "throughout");
        bool locative = Eq(prep, "in") || Eq(prep, "near") || Eq(prep, "at") ||
                        Eq(prep, "outside") || Eq(prep, "inside") || settlement_of || across ||
                        (leaving_from && IsPlaceMention(m));
        // "a shift in US policy": a name before a common noun modifies it; it is no place.
        const size_t after_name = em.last;
        // "says in Warsaw speech": a name before an event noun or a speech still places it.
        if (locative && after_name < end && toks_[after_name].is_word &&
            !toks_[after_name].capitalized && MentionAt(after_name) < 0 &&
            trigger_at_[after_name] < 0 && NounClassAt(after_name) != NounClass::kCommunication &&
            !In(after_name, kSettlementNouns) && !In(after_name, kPrepositions) &&
            !IsFunctionWord(toks_[after_name].lower) && lex_ != nullptr &&
            CanAt(after_name, WordPos::kNoun) && !CanAt(after_name, WordPos::kVerb) &&
            !CanAt(after_name, WordPos::kAdverb)) {  // "in Brussels now"
          locative = false;
        }
        if (abstract_between) locative = false;
        // "a meeting of the Organization for Security and Cooperation in Europe": a place after
        // a capitalized common word is the end of a name, not where the event is.
        // Only a name joined by "for", "and" or "of" between its capitalized words counts
        // ("Times Square in New York" and "Downing Street in London" are places in cities).
        if (locative && prep_at > 1 && prep_at + 1 == i && toks_[prep_at - 1].capitalized &&
            !toks_[prep_at - 1].all_caps) {
          bool joined = false;
          size_t k = prep_at - 1;
          const size_t sb = doc_.first_token[toks_[i].sentence];
          while (k > sb && (toks_[k - 1].capitalized || Eq(W(k - 1), "for") ||
                            Eq(W(k - 1), "and") || Eq(W(k - 1), "of"))) {
            --k;
            if (!toks_[k].capitalized) joined = true;
          }
          if (joined && toks_[k].capitalized) locative = false;
        }
        if (locative && IsPlaceMention(m)) {
          places.emplace_back(m, settlement_of || leaving_from || across ? "in" : prep);
        } else if (locative && !Eq(prep, "at") && ent.kind == EntityKind::kCountry &&
                   em.form == MentionForm::kName && !em.embedded) {
          // "in Ukraine" is a place; "directed at Slovakia" is a target.
          places.emplace_back(m, across ? "in" : prep);
        } else if (IsActorMention(m) || em.form == MentionForm::kDemonym) {
          std::vector<std::string> ids;
          AddActor(m, ids);
          if (Eq(prep, "by")) {
            sources.insert(sources.end(), ids.begin(), ids.end());
          } else if (Eq(prep, "of") || Eq(prep, "against") || Eq(prep, "to") || Eq(prep, "on") ||
                     Eq(prep, "into")) {
            targets.insert(targets.end(), ids.begin(), ids.end());
          } else if (Eq(prep, "with") || Eq(prep, "between") || Eq(prep, "among") ||
                     Eq(prep, "and")) {
            participants.insert(participants.end(), ids.begin(), ids.end());
          }
        }
        i = em.last - 1;
        since_prep = 0;
        // A coordinated list continues the same preposition; anything else after "and" ends it.
        if (i + 1 < end && Eq(W(i + 1), "and")) {
          int next = MentionAt(i + 2);
          size_t k = i + 2;
          while (next < 0 && k < end && In(k, kDeterminers)) next = MentionAt(++k);
          if (next < 0) break;
        }
        continue;
      }
      if (In(i, kPrepositions)) {
        prep = tok.lower;
        prep_at = i;
        since_prep = 0;
        continue;
      }
      if (Eq(tok.lower, "and")) {
        int next = MentionAt(i + 1);
        size_t k = i + 1;
        while (next < 0 && k + 1 < end && In(k, kDeterminers)) next = MentionAt(++k);
        if (next < 0) break;
        continue;
      }
      // An event noun ends the phrase unless it is the one a light verb carries ("waged a war
      // in Donbas": the war's place is the waging's).
      const bool carried = trigger_at_[i] >= 0 && cands_[trigger_at_[i]].support &&
                           cands_[trigger_at_[i]].noun && trigger_at_[t] >= 0 &&
                           !cands_[trigger_at_[t]].noun;
      // A participle that is no mention of its own modifies the noun after it ("from the
      // besieged city of Mariupol"); it does not end the phrase.
      const bool modifier = trigger_at_[i] < 0 && tok.lower.ends_with("ed");
      if (!carried && !modifier && ListedTriggerAt(i) && !In(i, kLightVerbs)) break;
      if (++since_prep > 6) break;
    }
  }

  // "X and Y represented the American side in the peace negotiations": the subject and object of
  // a participation verb take part in the gathering the noun names.
  void ParticipationVerb(const Candidate& c, std::vector<std::string>& participants) {
    if (!c.entry->gathering) return;
    size_t b = clause_begin_[c.trigger];
    for (size_t k = c.np_first; k > b && c.np_first - k < 9;) {
      --k;
      if (!In(k, kParticipationVerbs)) continue;
      std::vector<std::string> subject = LeftActors(k);
      participants.insert(participants.end(), subject.begin(), subject.end());
      for (size_t j = k + 1; j < c.np_first; ++j) {
        int m = MentionAt(j);
        if (m >= 0 && (IsActorMention(m) || ents_.mentions[m].form == MentionForm::kDemonym)) {
          AddActor(m, participants);
          j = ents_.mentions[m].last - 1;
        }
      }
      return;
    }
  }

  // "Speaking ahead of the EU Defense Ministers meeting in Brussels, Kallas focused ...": the
  // subject of the main clause attends the gathering named in the opening participle phrase.
  void SpeakingAhead(const Candidate& c, std::vector<std::string>& participants) {
    if (!c.entry->gathering) return;
    size_t s = toks_[c.trigger].sentence;
    size_t b = doc_.first_token[s];
    std::string_view first = toks_[b].lower;
    // The opener may itself be a speech event ("Speaking ahead of ..."), but not another event.
    const TriggerEntry* opener = FindTrigger(first);
    if (first.size() < 5 || first.substr(first.size() - 3) != "ing" ||
        (opener && opener->type != std::string_view("statement"))) {
      return;
    }
    for (size_t k = b + 1; k < c.trigger; ++k) {
      if (Eq(W(k), ",")) return;  // the gathering is not in the opening phrase
    }
    for (const std::string& id : MainClauseSubject(c.trigger)) participants.push_back(id);
  }

  // True when token `t` is an "-ing" word that opens its sentence ("Speaking ahead of ..., X ...").
  bool OpensSentenceAsParticiple(size_t t) const {
    std::string_view w = toks_[t].lower;
    return t == doc_.first_token[toks_[t].sentence] && w.size() >= 5 &&
           w.compare(w.size() - 3, 3, "ing") == 0;
  }

  // "Polling in Sweden suggests ...": an opening "-ing" word whose sentence reaches a verb before
  // any comma is the subject, not a participle phrase. Needs the triggers found.
  bool GerundSubject(size_t t) const {
    const size_t e = doc_.end_token[toks_[t].sentence];
    for (size_t k = t + 1; k < e; ++k) {
      if (Eq(W(k), ",")) return false;
      if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun) return true;
    }
    return true;
  }

  // The subject of the main clause that follows an opening phrase: the first actor within three
  // tokens after the first comma after `from` ("Speaking ahead of the meeting, Kallas focused").
  std::vector<std::string> MainClauseSubject(size_t from) const {
    std::vector<std::string> out;
    const size_t e = doc_.end_token[toks_[from].sentence];
    size_t comma = from;
    while (comma < e && !Eq(W(comma), ",")) ++comma;
    for (size_t k = comma + 1; k < e && k < comma + 4; ++k) {
      int m = MentionAt(k);
      if (m >= 0 && IsActorMention(m)) {
        AddActor(m, out);
        break;
      }
      if (Eq(W(k), "she") || Eq(W(k), "he")) {
        int p = LastPersonBefore(k);
        if (p >= 0) AddActor(p, out);
        break;
      }
    }
    return out;
  }

  void ChoosePlace(Candidate& c, const std::vector<std::pair<int, std::string>>& places) {
    auto rank = [this](int m) {
      const Entity& e = EntityOf(m);
      if (e.kind == EntityKind::kFacility) return 0;
      if (e.kind == EntityKind::kLocation && !e.country.empty()) return 1;
      if (e.kind == EntityKind::kCountry) return 2;
      return 3;
    };
    const std::pair<int, std::string>* best = nullptr;
    for (const auto& p : places) {
      if (best == nullptr || rank(p.first) < rank(best->first)) best = &p;
    }
    if (best == nullptr) return;
    const Entity& ent = EntityOf(best->first);
    Location loc;
    loc.entity = ent.id;
    loc.name = ent.name;
    loc.qualifier = best->second;
    loc.lat = ent.lat;
    loc.lon = ent.lon;
    c.event.location = loc;
    for (const auto& p : places) {
      if (&p != best && rank(p.first) == 1 && rank(best->first) == 0) {
        c.near_name = p.second + " " + EntityOf(p.first).name;
        break;
      }
    }
  }

  // Whether a word of `words` is what the verb at `t` acts on: one of the words after it, fewer
  // than `ahead` on from `t` and before a word `stop` accepts; or, when `passive`, one of the
  // words before it in its clause, fewer than `back` from `t` ("troops will be sent").
  template <typename Stop>
  bool ObjectIn(const WordSet& words, size_t t, size_t end, size_t ahead, Stop stop, bool passive,
                size_t back) const {
    for (size_t k = t + 1; k < end && k < t + ahead; ++k) {
      if (stop(k)) break;
      if (Has(words, W(k))) return true;
    }
    for (size_t k = t; passive && k > clause_begin_[t] && t - k < back;) {
      --k;
      if (Has(words, W(k))) return true;
    }
    return false;
  }

  // True when the verb `c` has no object after it: a preposition, a punctuation mark or an
  // adverb follows ("the equipment we have sent takes", "troops moved into"), not a
  // determiner, a name or a noun ("launched a counter-attack", "sent troops").
  bool NoObjectAfter(const Candidate& c, size_t end) const {
    const size_t k = c.trigger + 1;
    if (k >= end) return true;
    return !(In(k, kDeterminers) || MentionAt(k) >= 0 ||
             (toks_[k].is_word && lex_ != nullptr && !In(k, kPrepositions) &&
              CanAt(k, WordPos::kNoun) && !CanAt(k, WordPos::kAdverb)));
  }

  // What the verb `c` acts on may stand before it: a passive ("troops will be sent"), or a past
  // form with no object after it, in a relative clause or as a participle ("the weapons it has
  // sent to", "Figures released today") or used without one ("troops moved into Crimea").
  bool ObjectBefore(const Candidate& c, size_t end) const {
    if (Passive(c)) return true;
    const std::string_view w = toks_[c.trigger].lower;
    return (w.ends_with("ed") || In(c.trigger, kIrregularPast)) && NoObjectAfter(c, end);
  }
  // Whether a word of `words` is what the verb `c` at `t` acts on: in its object phrase (fewer
  // than `ahead` words on, ended by a word of no letters or a preposition), or, when the object
  // may stand before the verb (ObjectBefore), fewer than `back` words before it in its clause.
  bool ObjectPhraseHas(const WordSet& words, const Candidate& c, size_t t, size_t end, size_t ahead,
                       size_t back) const {
    return ObjectIn(
        words, t, end, ahead, [&](size_t k) { return !toks_[k].is_word || In(k, kPrepositions); },
        ObjectBefore(c, end), back);
  }


  // "was captured", "has been brought": a form of "be" before a past participle, in the verb's
  // auxiliary window. The window is found here rather than read from np_first, which Analyze()
  // sets after the trigger tests that ask this.
  bool Passive(const Candidate& c) const {
    std::string_view w = toks_[c.trigger].lower;
    bool participle = w.ends_with("ed") || Has(kIrregularPast, w) || w.ends_with("en");
    if (!participle) return false;
    size_t first = c.trigger;
    while (first > clause_begin_[c.trigger] && In(first - 1, kAuxWords)) --first;
    for (size_t k = first; k < c.trigger; ++k) {
      std::string_view a = toks_[k].lower;
      if (Eq(a, "was") || Eq(a, "were") || Eq(a, "been") || Eq(a, "be") || Eq(a, "is") ||
          Eq(a, "are") || Eq(a, "being")) {
        return true;
      }
    }
    return false;
  }

  static bool PlaceIsTheTarget(std::string_view type) {
    return Eq(type, "attack") || Eq(type, "visit") || Eq(type, "invade") ||
           Eq(type, "mass_violence") || Eq(type, "mobilize");
  }

  // ---- modality and time -----------------------------------------------------------------------

  // Kept per token: the modality, time and place rules ask it of the same trigger, and it
  // depends on the words and clauses alone (computed before any candidate is analysed).
  Tense VerbTense(size_t v) const {
    if (verb_tense_.empty()) verb_tense_.assign(toks_.size(), kTenseUnknown);
    if (verb_tense_[v] == kTenseUnknown) verb_tense_[v] = static_cast<int8_t>(ComputeVerbTense(v));
    return static_cast<Tense>(verb_tense_[v]);
  }

  Tense ComputeVerbTense(size_t v) const {
    size_t b = clause_begin_[v];
    for (size_t k = v; k > b && v - k < 4;) {
      --k;
      std::string_view w = toks_[k].lower;
      // "to back down or negotiate": the second of two coordinated verbs has the first's tense.
      if ((Eq(w, "or") || Eq(w, "and")) && k + 1 == v && k > b + 1 && toks_[k - 1].is_word &&
          Eq(W(k - 2), "to")) {
        return VerbTense(k - 1);
      }
      // "urged residents to stay home but prepare": an infinitive a few words back, with no
      // comma or finite verb between, governs the verb coordinated with it.
      if ((Eq(w, "or") || Eq(w, "and") || Eq(w, "but")) && k + 1 == v) {
        for (size_t j = k; j > b && k - j < 5;) {
          --j;
          if (Eq(W(j), ",")) break;
          if (Eq(W(j), "to") && j + 1 < k) return VerbTense(j + 1);
        }
      }
      if (!In(k, kAuxWords) && !IsNegation(w)) break;
      if (Eq(w, "will") || Eq(w, "would") || Eq(w, "shall") || Eq(w, "'ll")) return Tense::kFuture;
      if (Eq(w, "to")) {
        // "continue to fight", "kept to", "began to": the verb before says when, not a plan.
        static const WordSet kAspectual = {"continue", "keep", "begin", "start", "cease", "stop"};
        if (k > b && lex_ != nullptr && Has(kAspectual, LemmaAt(k - 1, WordPos::kVerb))) {
          return FormTense(k - 1);
        }
        return PurposeAfterPast(k) ? Tense::kNone : Tense::kFuture;
      }
      if (Eq(w, "did") || Eq(w, "had") || Eq(w, "was") || Eq(w, "were") || Eq(w, "has") ||
          Eq(w, "have") || w.starts_with("didn") || w.starts_with("hadn") ||
          w.starts_with("wasn") || w.starts_with("weren") || w.starts_with("hasn") ||
          w.starts_with("haven")) {
        return Tense::kPast;
      }
      if (Eq(w, "does") || Eq(w, "do") || Eq(w, "is") || Eq(w, "are") || w.starts_with("doesn") ||
          w.starts_with("don")) {
        return Tense::kPresent;
      }
    }
    if (const std::optional<Tense> tense = TenseOfAPerceivingVerb(v)) return *tense;
    return FormTense(v);
  }

  // "The deal saw Finland and Sweden vow to", "made Russia pay", "watched the troops leave": a
  // bare infinitive after a verb of perceiving or causing and its object happened when that verb
  // did. Returns that verb's tense, or nullopt.
  std::optional<Tense> TenseOfAPerceivingVerb(size_t v) const {
    const size_t b = clause_begin_[v];
    const std::string_view w = toks_[v].lower;
    if (lex_ == nullptr || v < b + 2 || w.ends_with("ed") || w.ends_with("ing") ||
        w.ends_with("s") || In(v, kIrregularPast)) {
      return std::nullopt;
    }
    static const WordSet kPerceiving = {"see", "watch", "hear", "make", "let", "help", "have"};
    size_t k = v;
    while (k > b && v - k < 6 &&
           (MentionAt(k - 1) >= 0 || In(k - 1, kDeterminers) || Eq(W(k - 1), "and"))) {
      --k;
    }
    if (k == v || k == b) return std::nullopt;  // an object must stand between
    const std::string_view verb = W(k - 1);
    if (!Has(kPerceiving, LemmaAt(k - 1, WordPos::kVerb)) || Eq(verb, "have") || Eq(verb, "has")) {
      return std::nullopt;
    }
    // "could not have made Putin pay": the modal's, not a past act.
    if (ModalBefore(k - 1, b, 4, IsNegation) != Modal::kNone) return std::nullopt;
    const Tense tense = FormTense(k - 1);
    return tense == Tense::kPast ? std::optional<Tense>(tense) : std::nullopt;
  }

  // "fled to escape", "It was refreshing to read": an infinitive after a past verb or adjective
  // that looks forward to nothing is the purpose or content of that past act, not a plan. Verbs
  // of intending ("planned to", "will seek to") keep it planned.
  bool PurposeAfterPast(size_t to) const {
    static const WordSet kIntending = {
        "plan", "intend", "want", "expect", "hope", "aim", "seek", "agree", "promise", "decide",
        "threaten", "vow", "pledge", "prepare", "propose", "offer", "ask", "urge", "call", "need",
        "have", "going", "set", "due", "likely", "able", "ready", "wish", "try", "persuade",
        "encourage", "invite", "convince", "press", "push", "vote",
        // Demanding, ordering and pleading, as verbs or nouns ("his demand for Moscow to").
        "demand", "demands", "request", "order", "instruct", "ultimatum", "appeal", "bid", "tell",
        "require",
        // Binding oneself: "have committed to deploy", "undertook to pay".
        "commit", "undertake", "swear", "guarantee", "volunteer", "consent"};
    size_t b = clause_begin_[to];
    if (InOrderTo(to)) return false;
    for (size_t k = to; k > b && to - k < 6;) {
      --k;
      std::string_view w = toks_[k].lower;
      // "urged the United Nations to dispatch": the words of a name are no verbs.
      if (!toks_[k].is_word || MentionAt(k) >= 0) continue;
      std::string_view lemma = lex_ != nullptr ? LemmaAt(k, WordPos::kVerb) : std::string_view();
      if (Has(kIntending, w) || (!lemma.empty() && Has(kIntending, lemma))) return false;
      // "..., forcing the airline to cancel its flights": a participle of compelling after the
      // act that compels tells what it made happen.
      if (w.ends_with("ing") &&
          (Eq(lemma, "force") || Eq(lemma, "compel") || Eq(lemma, "oblige")) && k > b &&
          Eq(W(k - 1), ",")) {
        return true;
      }
      if (Eq(w, "will") || Eq(w, "would") || Eq(w, "shall") || Eq(w, "'ll")) return false;
      if (In(k, kIrregularPast) || (w.size() > 4 && w.ends_with("ed")) || IrregularPastForm(k)) {
        return true;
      }
    }
    return false;
  }

  // "made concessions in order to secure a deal", "so as to avoid": the infinitive at token
  // `to` is an aim said as such, whatever the tense of the act it serves.
  bool InOrderTo(size_t to) const {
    return to >= clause_begin_[to] + 2 && ((Eq(W(to - 1), "order") && Eq(W(to - 2), "in")) ||
                                           (Eq(W(to - 1), "as") && Eq(W(to - 2), "so")));
  }

  // "the proposal to use windfall profits from frozen assets to finance": a noun of intending
  // earlier in the clause makes the infinitives after it aims.
  bool IntentionNounBefore(size_t to) const {
    static const WordSet kIntentionNouns = {"proposal", "plan", "plans", "aim", "bid", "effort",
                                            "efforts", "attempt", "intention", "intentions",
                                            "pledge", "promise", "offer", "decision",
                                            "agreement"};
    for (size_t k = clause_begin_[to]; k < to; ++k) {
      if (In(k, kIntentionNouns)) return true;
    }
    return false;
  }

  // "Putin's decision to declare war", "the move to expel": an infinitive (token `to`) after a
  // decision someone took carries that decision out; it is no plan seen from the publication.
  bool DecisionTaken(size_t to) const {
    static const WordSet kDecisions = {"decision", "decisions", "order", "orders",
                                       "move",     "choice",    "vote"};
    static const WordSet kTakers = {"'s", "the", "its", "his", "her", "their", "our"};
    return to >= 2 && In(to - 1, kDecisions) &&
           (In(to - 2, kTakers) ||
            (MentionAt(to - 2) >= 0 && ents_.mentions[MentionAt(to - 2)].possessive));
  }

  // "fled", "sought": a verb form WordNet's exception list maps to another lemma, that is not a
  // noun ("left" is both and stays undecided).
  bool IrregularPastForm(size_t k) const {
    std::string_view w = toks_[k].lower;
    if (lex_ == nullptr || w.ends_with("ing") || w.ends_with("s")) return false;
    std::string_view lemma = LemmaAt(k, WordPos::kVerb);
    return !lemma.empty() && lemma != w && !CanAt(k, WordPos::kNoun);
  }

  Tense FormTense(size_t v) const {
    std::string_view w = toks_[v].lower;
    if (In(v, kIrregularPast) || (w.size() > 3 && w.ends_with("ed"))) return Tense::kPast;
    if (w.ends_with("ing")) return Tense::kNone;
    return Tense::kPresent;
  }

  // The tense of the nearest tensed verb before `pos` in its sentence, at most `reach` tokens back.
  Tense GoverningTense(size_t pos, size_t reach = 16) const {
    size_t b = doc_.first_token[toks_[pos].sentence];
    for (size_t k = pos; k > b && pos - k < reach;) {
      --k;
      const Token& tok = toks_[k];
      // Headlines capitalize their verbs ("US Did Not Inform"); prose capitalizes names.
      bool name_like = tok.capitalized && !doc_.heading[tok.sentence];
      if (!tok.is_word || name_like || MentionAt(k) >= 0) continue;
      std::string_view w = tok.lower;
      if (Eq(w, "will") || Eq(w, "would") || Eq(w, "shall")) return Tense::kFuture;
      if (Eq(w, "has") || Eq(w, "have")) {
        // "has issued a plan": the present perfect reports a past act.
        const std::string_view after =
            k + 1 < pos ? std::string_view(toks_[k + 1].lower) : std::string_view();
        bool participle = after.size() > 3 && (after.ends_with("ed") || In(k + 1, kIrregularPast) ||
                                               IrregularPastForm(k + 1));
        return participle ? Tense::kPast : Tense::kPresent;
      }
      if (Eq(w, "is") || Eq(w, "are") || Eq(w, "does")) return Tense::kPresent;
      bool after_determiner = k > b && In(k - 1, kDeterminers);
      if (!after_determiner &&
          (In(k, kIrregularPast) || (w.size() > 4 && w.ends_with("ed")) || IrregularPastForm(k))) {
        return Tense::kPast;
      }
    }
    return Tense::kNone;
  }

  // Whether the word at `k` possesses the noun after it ("its", "their", "'s", "his", "her").
  bool PossessedAt(size_t k) const {
    std::string_view w = W(k);
    return Eq(w, "its") || Eq(w, "their") || Eq(w, "'s") || Eq(w, "his") || Eq(w, "her");
  }

  // "would have invaded", "would not have happened", "'d have gone": a "would" of the perfect
  // at `k` tells what did not happen (or, of a known happening, what would have happened
  // otherwise), never what is planned.
  bool CounterfactualAt(size_t k) const {
    if (!(Eq(W(k), "would") || Eq(W(k), "'d"))) return false;
    const size_t end = clause_end_[k];
    size_t n = k + 1;
    while (n < end && (In(n, kAdverbsBetween) || IsNegation(W(n)))) ++n;
    if (n + 1 >= end || !(Eq(W(n), "have") || Eq(W(n), "'ve"))) return false;
    const std::string_view after = toks_[n + 1].lower;
    return Eq(after, "been") || (after.size() > 3 && after.ends_with("ed")) ||
           In(n + 1, kIrregularPast) || IrregularPastForm(n + 1);
  }

  // The noun's own verb right after it: "the negotiations were held", "talks held in Florida".
  Tense LightVerbTense(size_t t) const {
    size_t end = clause_end_[t];
    // Prepositional phrases of names come between: "talks between Russia and Ukraine were held".
    size_t k0 = t + 1;
    while (k0 < end && k0 < t + 10 &&
           (In(k0, kPrepositions) || In(k0, kDeterminers) || MentionAt(k0) >= 0 ||
            Eq(W(k0), "and") || Eq(W(k0), "'s"))) {
      ++k0;
    }
    // The walk may stop on the last token of the text; there is no verb after it.
    if (k0 == t + 1 || k0 >= toks_.size() || !In(k0, kLightVerbs)) k0 = t + 1;
    for (size_t k = k0; k < end && k < k0 + 3; ++k) {
      std::string_view w = toks_[k].lower;
      if (!In(k, kLightVerbs)) break;
      // "the invasion would not have happened": told of the past.
      if (CounterfactualAt(k)) return Tense::kPast;
      if (Eq(w, "will") || Eq(w, "would")) {
        // "the talks will be held", "the summit will begin": the noun's own future; "the conflict
        // would lead to a wider war" says what an existing event may do next.
        static const WordSet kOnset = {"begin", "start", "resume", "continue", "end", "open",
                                       "close", "convene", "conclude", "go"};
        size_t n = k + 1;
        while (n < end && (In(n, kAdverbsBetween) || IsNegation(W(n)))) ++n;
        if (n < end && !In(n, kLightVerbs) && !In(n, kOnset)) return Tense::kNone;
        return Tense::kFuture;
      }
      if (Eq(w, "was") || Eq(w, "were") || Eq(w, "had") || Eq(w, "held") || Eq(w, "took") ||
          Eq(w, "began") || Eq(w, "ended") || Eq(w, "convened")) {
        return Tense::kPast;
      }
      if (Eq(w, "is") || Eq(w, "are")) {
        if (k + 1 < end && Eq(W(k + 1), "being")) return Tense::kPresent;
        return Tense::kPresent;
      }
    }
    return Tense::kNone;
  }

  bool HasModifier(const Candidate& c, const WordSet& words) const {
    size_t from = c.np_first > clause_begin_[c.trigger] ? c.np_first - 1 : c.np_first;
    for (size_t k = from; k < c.trigger; ++k) {
      if (Has(words, toks_[k].lower)) return true;
    }
    return false;
  }

  // "the conflict could soon spread", "an escalation of the war could force": a known
  // happening (definite or possessed, not a gathering, which is named before it takes place)
  // whose modal at `modal` bears on what it does, not on whether it occurs, exists; "the attack
  // could come", "the invasion may begin", "the strike could be launched" are still possible.
  bool KnownHappeningOfAModal(const Candidate& c, size_t modal) const {
    if (c.entry->gathering || lex_ == nullptr) return false;
    const size_t sb = doc_.first_token[toks_[c.trigger].sentence];
    const bool known =
        c.definite ||
        (c.np_first > sb && (Eq(W(c.np_first - 1), "its") || Eq(W(c.np_first - 1), "their") ||
                             Eq(W(c.np_first - 1), "'s") || Eq(W(c.np_first - 1), "his") ||
                             Eq(W(c.np_first - 1), "her")));
    if (!known) return false;
    // "the most important sanction that the US could impose": a relative clause's modal says
    // what the noun would be.
    for (size_t k = c.trigger + 1; k < modal; ++k) {
      if (Eq(W(k), "that") || Eq(W(k), "which")) return false;
    }
    static const WordSet kOccurring = {"come", "happen", "occur",       "begin",       "start",
                                       "take", "break",  "erupt",       "follow",      "resume",
                                       "go",   "unfold", "materialise", "materialize", "commence"};
    size_t v = modal + 1;
    const size_t end = clause_end_[modal];
    while (v < end && (In(v, kAdverbsBetween) || Eq(W(v), "not") || Eq(W(v), "soon"))) ++v;
    if (v >= end) return false;
    if (Eq(W(v), "be") || Eq(W(v), "have")) {
      // "could be launched", "might have been averted": a passive or a perfect is the
      // happening's own coming about.
      size_t p = v + 1;
      if (p < end && Eq(W(p), "been")) ++p;
      return !(p < end && toks_[p].lower.ends_with("ed"));
    }
    return !Has(kOccurring, LemmaAt(v, WordPos::kVerb));
  }
  // "suggested that Nato deploy troops", "demanded that Russia withdraw": a bare verb in the
  // "that" clause of a verb of proposing or requiring is what is asked for, not what happened.
  bool MandatedByThat(const Candidate& c) const {
    const size_t t = c.trigger;
    // The lemma, kept per form, turns away the inflected forms first.
    if (lex_ == nullptr || toks_[t].lower != LemmaAt(t, WordPos::kVerb)) return false;
    static const WordSet kMandating = {"suggest", "propose", "recommend", "demand", "insist",
                                       "urge",    "ask",     "request",   "require", "advise"};
    const size_t sb = doc_.first_token[toks_[t].sentence];
    for (size_t j = t; j > sb + 1 && t - j < 7;) {
      --j;
      if (Eq(W(j), "that")) return Has(kMandating, LemmaAt(j - 1, WordPos::kVerb));
      if (!toks_[j].is_word || (trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun)) return false;
      if (In(j, kAuxWords) && !Eq(W(j), "not")) return false;
    }
    return false;
  }

  // "were hoping she would attract support", "fears that the EU would impose sanctions",
  // "counting on the hope that Nato would splinter": what is hoped for or feared under "would",
  // "will" or "could" is no one's plan, only a possibility. The word of hoping or fearing stands
  // before the verb's modal, with at most a "that" clause's subject between.
  bool HopedOrFeared(size_t t) const {
    static const WordSet kHopeOrFear = {
        "hope",    "hopes",  "hoped",  "hoping",  "fear",    "fears",    "feared",
        "fearing", "worry",  "worries", "worried", "dread",  "dreaded", "anxious"};
    const size_t sb = doc_.first_token[toks_[t].sentence];
    size_t k = t;
    while (k > sb && t - k < 4 && In(k - 1, kAdverbsBetween)) --k;
    if (k == sb || !(Eq(W(k - 1), "would") || Eq(W(k - 1), "will") || Eq(W(k - 1), "could") ||
                     Eq(W(k - 1), "might"))) {
      return false;
    }
    for (size_t j = k - 1; j > sb && k - j < 8;) {
      --j;
      if (In(j, kHopeOrFear)) return true;
      if (!toks_[j].is_word || (trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun)) return false;
    }
    return false;
  }


  Modality ModalityOf(const Candidate& c) const {
    size_t t = c.trigger;
    size_t s = toks_[t].sentence;
    size_t sb = doc_.first_token[s];
    bool negated = false;
    bool hypothetical = false;
    bool planned = false;
    if (c.noun) {
      negated = c.np_first > sb && Eq(W(c.np_first - 1), "no");
      // "Meetings of the council were postponed": a gathering called off did not happen.
      if (c.entry->gathering) {
        // An apposition between the noun and its verb ("Meetings of the council, the main
        // consultation body, were postponed") is passed over: one pair of commas.
        const size_t s_end = doc_.end_token[toks_[t].sentence];
        size_t commas = 0;
        for (size_t k = t + 1; k < s_end && k < t + 18; ++k) {
          std::string_view w = toks_[k].lower;
          if (Eq(w, "postponed") || Eq(w, "cancelled") || Eq(w, "canceled") || Eq(w, "suspended") ||
              Eq(w, "delayed") || Eq(w, "called")) {
            negated = !Eq(w, "called") || (k + 1 < s_end && Eq(W(k + 1), "off"));
            if (negated) break;
          }
          if (Eq(w, ",") && ++commas > 2) break;
          if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun &&
              !cands_[trigger_at_[k]].support) {
            break;
          }
        }
      }
      // "to avoid a humanitarian catastrophe", "preventing an attack": what is averted.
      if (c.np_first > sb && lex_ != nullptr) {
        static const WordSet kAverting = {"avoid", "prevent", "avert", "stop", "deter"};
        // "kit to protect against chemical attacks", "warned against an invasion".
        static const WordSet kGuarding = {"protect", "defend", "guard", "shield", "insure",
                                          "warn", "caution", "safeguard", "protection",
                                          "defence", "defense", "insurance", "safeguards"};
        size_t k = c.np_first - 1;
        // "to avoid an “existential” war": quotation marks around a modifier are passed over.
        while (k > sb && (In(k, kDeterminers) || IsQuoteMark(toks_[k]) ||
                          (k + 1 < c.np_first && IsQuoteMark(toks_[k + 1])))) {
          --k;
        }
        // "forcing him to cancel the visit", "postponed the summit": called off, so it did not happen.
      if (c.entry->gathering && lex_ != nullptr) {
        static const WordSet kCalling = {"cancel", "postpone", "scrap", "suspend", "delay",
                                         "abandon"};
        if (Has(kCalling, LemmaAt(k, WordPos::kVerb))) negated = true;
      }
      // "to stop the war that Russia launched": a definite or possessed event exists; only
        // an indefinite one ("to avoid a catastrophe") is what may not happen.
        static const WordSet kKnownDeterminers = {"the", "its", "their", "his", "her", "this",
                                                  "these", "those", "our"};
        const bool known = c.definite || In(c.np_first, kKnownDeterminers) ||
                           (c.np_first > sb && (Eq(W(c.np_first - 1), "its") ||
                                                               Eq(W(c.np_first - 1), "their") ||
                                                               Eq(W(c.np_first - 1), "'s") ||
                                                               Eq(W(c.np_first - 1), "his") ||
                                                               Eq(W(c.np_first - 1), "her")));
        if (!known && Has(kAverting, LemmaAt(k, WordPos::kVerb))) hypothetical = true;
        size_t a = c.np_first;
        while (a > sb + 1 && c.np_first - a < 6 &&
               (In(a - 1, kDeterminers) || Eq(W(a - 1), "and") || Eq(W(a - 1), ",") ||
                (toks_[a - 1].is_word && CanAt(a - 1, WordPos::kAdjective) &&
                 !CanAt(a - 1, WordPos::kVerb)))) {
          --a;
        }
        if (a > sb + 1 && Eq(W(a - 1), "against") &&
            (Has(kGuarding, W(a - 2)) || Has(kGuarding, LemmaAt(a - 2, WordPos::kVerb)))) {
          hypothetical = true;
        }
      }
      hypothetical = hypothetical || HasModifier(c, kHypotheticalModifiers);
      // "a deal that could result in ...": a relative clause with a modal says what the event
      // would be, so the event itself is not yet.
      if (!c.definite && t + 2 < doc_.end_token[s] &&
          (Eq(W(t + 1), "that") || Eq(W(t + 1), "which")) &&
          (Eq(W(t + 2), "could") || Eq(W(t + 2), "would") || Eq(W(t + 2), "might") ||
           Eq(W(t + 2), "may"))) {
        hypothetical = true;
      }
      // "A summit with Russia may follow", "talks could resume": the modal of the noun's own
      // verb, after any phrase of names.
      for (size_t k = t + 1; k < clause_end_[t] && k < t + 8; ++k) {
        std::string_view w = toks_[k].lower;
        if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may")) {
          hypothetical = !KnownHappeningOfAModal(c, k);
          break;
        }
        // "the invasion would not have happened if": a known happening took place; "a wider war
        // would have followed" did not.
        if (CounterfactualAt(k)) {
          const bool known = c.definite || (c.np_first > sb && PossessedAt(c.np_first - 1));
          hypothetical = hypothetical || !known;
          break;
        }
        if (!(In(k, kPrepositions) || In(k, kDeterminers) || MentionAt(k) >= 0 || Eq(w, "and"))) {
          break;
        }
      }
      // "the threat of invasion", "fears of an attack", "a pretext for war": what is feared,
      // risked or argued for has not happened.
      // "the threat of a nuclear attack": an indefinite determiner of the noun phrase is passed
      // over ("a pretext for the invasion" names one that happened).
      size_t of = c.np_first > sb ? c.np_first - 1 : sb;
      if (of > sb + 1 && (Eq(W(of), "a") || Eq(W(of), "an") || Eq(W(of), "any"))) --of;
      if (of > sb && (Eq(W(of), "of") || Eq(W(of), "for"))) {
        static const WordSet kProspects = {
            "threat",     "threats",     "risk",     "risks",         "prospect",    "prospects",
            "fear",       "fears",       "danger",   "dangers",       "possibility", "chance",
            "chances",    "pretext",     "excuse",   "justification", "spectre",     "specter",
            "likelihood", "probability", "scenario", "warning",       "warnings",    "ground",
            "grounds",    "hopes",       "hope"};
        size_t k = of - 1;
        while (k > sb && of - k < 4 && !In(k, kProspects) &&
               (In(k, kDeterminers) || (lex_ != nullptr && CanAt(k, WordPos::kAdjective)))) {
          --k;
        }
        if (In(k, kProspects)) hypothetical = true;
      }
      // "what could become the biggest assault": a modal just before the noun phrase.
      for (size_t k = c.np_first; k > sb && c.np_first - k < 4;) {
        --k;
        std::string_view w = toks_[k].lower;
        if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may")) hypothetical = true;
        if (Eq(w, ",") || IsNegation(w)) break;
      }
      // "a long fight ahead": what lies ahead has not happened.
      planned = HasModifier(c, kPlannedModifiers) || LightVerbTense(t) == Tense::kFuture ||
                SoughtFor(c) || (t + 1 < doc_.end_token[s] && Eq(W(t + 1), "ahead"));
      // "to finance military aid", "on increasing military aid": an aim, not a fact.
      if (c.np_first > sb + 1) {
        std::string_view before = toks_[c.np_first - 1].lower;
        std::string_view before2 = toks_[c.np_first - 2].lower;
        // "to finance military aid" is an aim; "combined that help ... to conduct artillery
        // strikes" after a past verb is what was done.
        if (Eq(before2, "to") && !Has(kDeterminers, before) && !IsFunctionWord(before) &&
            !ActedOnExisting(c) && !DecisionTaken(c.np_first - 2) &&
            (!PurposeAfterPast(c.np_first - 2) || IntentionNounBefore(c.np_first - 2))) {
          planned = true;
        }
        if (before.ends_with("ing") && Has(kPrepositions, before2)) planned = true;
        // "in order to secure a peace agreement": the object of an aim, after its determiners.
        size_t aim = c.np_first - 1;
        while (aim > sb && In(aim, kDeterminers)) --aim;
        if (aim > sb + 2 && Eq(W(aim - 1), "to") && InOrderTo(aim - 1)) planned = true;
        // "its refusal to agree an oil embargo", "failed to impose sanctions": not done.
        // "to provide more aid access and civilian protection": the second of coordinated noun
        // phrases after an infinitive is an aim too.
        if (!planned) {
          size_t g = c.np_first;
          bool coordinated = false;
          while (g > sb + 1 && c.np_first - g < 8) {
            std::string_view w = W(g - 1);
            if (Eq(w, "and") || Eq(w, "or") || Eq(w, ",")) {
              coordinated = true;
            } else if (!(In(g - 1, kDeterminers) ||
                         (toks_[g - 1].is_word && lex_ != nullptr && !In(g - 1, kPrepositions) &&
                          (trigger_at_[g - 1] < 0 || cands_[trigger_at_[g - 1]].noun) &&
                          (CanAt(g - 1, WordPos::kNoun) || CanAt(g - 1, WordPos::kAdjective))))) {
              break;
            }
            --g;
          }
          if (coordinated && g > sb + 1 && Eq(W(g - 2), "to") && lex_ != nullptr &&
              CanAt(g - 1, WordPos::kVerb) && !PurposeAfterPast(g - 2)) {
            planned = true;
          }
        }
        size_t v = c.np_first - 1;  // the verb governing the noun phrase
        while (v > sb && In(v, kDeterminers)) --v;
        if (v > sb + 1 && Eq(W(v - 1), "to") && lex_ != nullptr) {
          static const WordSet kFailingWords = {"refusal", "failure", "inability", "reluctance"};
          static const WordSet kFailingVerbs = {"fail", "refuse", "decline", "neglect"};
          if (In(v - 2, kFailingWords) || Has(kFailingVerbs, LemmaAt(v - 2, WordPos::kVerb))) {
            negated = true;
          }
        }
        // "did not hold talks", "will not face travel bans": a bare or indefinite noun, the
        // object of a negated verb that is no typed trigger of its own, does not take place; a known
        // one ("did not mention the invasion", "could not stop the war") still does. The verb
        // may have been read as the noun phrase's first word ("face travel bans").
        size_t verb = v;
        // At the document's first token there is no word before the verb: v - 1 would wrap.
        size_t m = v > sb ? v - 1 : v;
        if (IsNegation(W(v)) && c.np_first < t) {
          verb = c.np_first;
          m = v;
        } else if (m > sb && (Eq(W(m), "also") || Eq(W(m), "yet") || Eq(W(m), "ever"))) {
          --m;
        }
        // An agreed ceasefire ("not respecting an agreed ceasefire") exists too.
        bool known = c.definite || PossessedAt(c.np_first - 1) || PossessedAt(c.np_first) ||
                     PossessedAt(verb) || Eq(W(v), "out");
        for (size_t k = verb + 1; k < t && !known; ++k) {
          known = PossessedAt(k) || Eq(W(k), "out") ||
                  (toks_[k].lower.size() > 4 && toks_[k].lower.ends_with("ed"));
        }
        if (!known && v > sb + 1 && lex_ != nullptr && toks_[verb].is_word &&
            (trigger_at_[verb] < 0 || Eq(cands_[trigger_at_[verb]].entry->type, "other")) &&
            MentionAt(verb) < 0 && CanAt(verb, WordPos::kVerb) &&
            !In(verb, kAdverbsBetween) && IsNegation(W(m))) {
          negated = true;
        }
      }
    } else {
      // "None of my friends have left", "Nobody was hurt": a negative subject.
      for (size_t k = clause_begin_[t]; k < c.np_first && k < t; ++k) {
        std::string_view w = toks_[k].lower;
        if (Eq(w, "none") || Eq(w, "nobody") || Eq(w, "neither") || Eq(w, "nothing") ||
            (Eq(w, "no") && k + 1 < t && Eq(W(k + 1), "one"))) {
          negated = true;
        }
        if (Eq(W(k), ",") || Eq(W(k), "but") || Eq(W(k), "and") ||
            (k > clause_begin_[t] && Has(kReportCues, w))) {
          negated = false;  // "neither expected an attack but added that": the next verb's own
        }
      }
      for (size_t k = c.np_first; k < t; ++k) {
        std::string_view w = toks_[k].lower;
        if (IsNegation(w)) negated = true;
        // "could", "might", "may"; and what should or must happen has not happened.
        if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may") || Eq(w, "should") || Eq(w, "must") ||
            Eq(w, "ought") || Eq(w, "can")) {
          hypothetical = true;
        }
        if (CounterfactualAt(k)) hypothetical = true;
      }
      // "have yet to be explored": not yet; "is unlikely to be reflected": perhaps.
      if (c.np_first >= sb + 1 && Eq(W(c.np_first), "to")) {
        std::string_view before = toks_[c.np_first - 1].lower;
        if (Eq(before, "yet")) negated = true;
        if (Eq(before, "unlikely") || Eq(before, "likely")) hypothetical = true;
      }
      // "without the party descending into splits": what is ruled out.
      if (c.np_first > sb && !Eq(W(c.np_first - 1), "to")) {
        for (size_t k = c.np_first; k > sb && c.np_first - k < 5;) {
          --k;
          if (Eq(W(k), "without")) negated = true;
          if (Eq(W(k), ",") || trigger_at_[k] >= 0) break;
        }
      }
      // "failed to achieve a breakthrough", "refused to sign": the act did not happen.
      if (c.np_first >= sb + 2 && Eq(W(c.np_first), "to") && lex_ != nullptr) {
        static const WordSet kFailing = {"fail", "refuse", "decline", "neglect"};
        std::string_view before = toks_[c.np_first - 1].lower;
        if (Has(kFailing, LemmaAt(c.np_first - 1, WordPos::kVerb)) || Eq(before, "failure") ||
            Eq(before, "refusal") || Eq(before, "inability")) {
          negated = true;
        }
      }
      if (c.np_first >= sb + 2 && Eq(W(c.np_first), "to") &&
          (NotEnoughFor(c.np_first) || FailedAttempt(c.np_first, t))) {
        negated = true;
      }
      planned = VerbTense(t) == Tense::kFuture || PresentOfAFutureClause(c);
      // "jets could be used to hit Russian forces": the modal of the verb an infinitive depends
      // on reaches the infinitive.
      if (c.np_first > sb + 1 && Eq(W(c.np_first), "to")) {
        // The governing verb is the word before "to".
        const Modal modal = ModalBefore(c.np_first - 1, sb, 4, IsNegation);
        if (modal == Modal::kPossible) hypothetical = true;
        if (modal == Modal::kFuture) planned = true;
      }
      // "a zone which might require their forces to shoot down aircraft", "could allow Russia to
      // establish a corridor": the modal of a verb of causing reaches its infinitive over the
      // object in between.
      if (c.np_first > sb + 2 && Eq(W(c.np_first), "to")) {
        static const WordSet kCausing = {
            "allow",  "require", "force",  "enable", "help", "let",      "cause",     "lead",
            "compel", "prompt",  "permit", "oblige", "push", "persuade", "encourage", "get"};
        for (size_t j = c.np_first - 1; j > sb && c.np_first - 1 - j < 6; --j) {
          // An object after a determiner ("their forces") is passed over, whatever its form.
          if (MentionAt(j) >= 0 || In(j, kDeterminers) || !toks_[j].is_word ||
              In(j - 1, kDeterminers)) {
            continue;
          }
          if (Has(kCausing, LemmaAt(j, WordPos::kVerb))) {
            if (ModalBefore(j, sb, 3, IsRelativePronoun) == Modal::kPossible) hypothetical = true;
            // "a runway that would allow Russia to land planes": what "would" let happen is a
            // capability, not a plan ("will allow" stays planned).
            for (size_t m = j; m > sb && j - m < 3;) {
              --m;
              if (Eq(W(m), "would")) {
                hypothetical = true;
                break;
              }
              if (!In(m, kAdverbsBetween) && !IsRelativePronoun(W(m))) break;
            }
            break;
          }
          if (trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun) break;
        }
      }
      // "might now pivot towards providing supplies", "could respond by sending troops": a
      // gerund after a preposition takes the possibility or the future of the verb before it.
      if (c.np_first == t && t > sb + 2 && toks_[t].lower.ends_with("ing") &&
          (In(t - 1, kPrepositions) || Eq(W(t - 1), "towards") || Eq(W(t - 1), "toward")) &&
          lex_ != nullptr && toks_[t - 2].is_word &&
          (trigger_at_[t - 2] < 0 || Eq(cands_[trigger_at_[t - 2]].entry->type, "other")) &&
          CanAt(t - 2, WordPos::kVerb)) {
        const Modal modal = ModalBefore(t - 2, sb, 4, IsNegation);
        if (modal == Modal::kPossible) hypothetical = true;
        if (modal == Modal::kFuture) planned = true;
      }
      // "is considering sanctions ... and extending them": what is weighed is not yet done.
      if (toks_[t].lower.ends_with("ing") && c.np_first == t) {
        static const WordSet kWeighing = {"consider", "weigh",  "mull",    "contemplate",
                                          "explore",  "debate", "discuss", "propose"};
        for (size_t k = t; k > sb && t - k < 16;) {
          --k;
          if (Eq(W(k), ";") || Eq(W(k), ".")) break;
          if (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun &&
              !toks_[k].lower.ends_with("ing")) {
            break;
          }
          if (toks_[k].is_word && toks_[k].lower.ends_with("ing") &&
              Has(kWeighing, LemmaAt(k, WordPos::kVerb))) {
            planned = true;
            break;
          }
        }
      }
      // "I will help Ukraine fight every street": a bare infinitive after "help", "let" or
      // "make" and its object has the modal of that verb.
      if (c.np_first == t && t > sb + 2) {
        size_t j = t - 1;
        while (j > sb && t - j < 4 && (MentionAt(j) >= 0 || In(j, kDeterminers))) --j;
        std::string_view helper = LemmaAt(j, WordPos::kVerb);
        if (j + 1 < t && (Eq(helper, "help") || Eq(helper, "let") || Eq(helper, "make"))) {
          for (size_t m = j; m > sb && j - m < 3;) {
            --m;
            std::string_view w = W(m);
            if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may") || Eq(w, "should")) {
              hypothetical = true;
              break;
            }
            if (Eq(w, "will") || Eq(w, "would") || Eq(w, "'ll") || Eq(w, "to")) {
              planned = true;
              break;
            }
            if (!In(m, kAdverbsBetween) && !IsNegation(w)) break;
          }
        }
      }
      // "should have their local assets seized": the modal before "have" and its object.
      if (toks_[t].lower.ends_with("ed") || In(t, kIrregularPast)) {
        for (size_t j = t; j > sb && t - j < 6;) {
          --j;
          std::string_view w = W(j);
          if (Eq(w, "have") || Eq(w, "get")) {
            if (j > sb && (Eq(W(j - 1), "could") || Eq(W(j - 1), "might") || Eq(W(j - 1), "may") ||
                           Eq(W(j - 1), "should") || Eq(W(j - 1), "must"))) {
              hypothetical = true;
            }
            break;
          }
          if (!(MentionAt(j) >= 0 || In(j, kDeterminers) ||
                (toks_[j].is_word && trigger_at_[j] < 0 && lex_ != nullptr &&
                 (CanAt(j, WordPos::kNoun) || CanAt(j, WordPos::kAdjective))))) {
            break;
          }
        }
      }
      // "warned Russia against using chemical weapons": what is warned against may not happen.
      if (t > sb + 1 && Eq(W(t - 1), "against") && lex_ != nullptr) {
        static const WordSet kWarning = {"warn", "caution", "advise", "protect", "guard",
                                         "defend", "insure", "vote", "argue", "speak"};
        for (size_t k = t - 1; k > sb && t - k < 5;) {
          --k;
          if (Has(kWarning, LemmaAt(k, WordPos::kVerb))) {
            hypothetical = true;
            break;
          }
        }
      }
    }
    // "If X, then Y": the condition ends at "then"; a modal of the main clause still counts.
    // A verb of saying set off after what was said ("Russia will respond if Nato deploys
    // troops, Putin has said") reports the condition; it is not under it.
    const bool saying = c.entry->type == std::string_view("statement");
    // A question asks nothing of a known happening it names ("asked if the invasion marked
    // ...", "unclear if the events are related to Russia's war"): that one took place.
    bool known_in_question = false;
    if (conditional_[t] == 2 && c.noun) {
      known_in_question = c.definite || (c.np_first > sb && PossessedAt(c.np_first - 1));
      for (size_t k = c.np_first; k < t && !known_in_question; ++k) {
        const int m = MentionAt(k);
        known_in_question = PossessedAt(k) || (m >= 0 && ents_.mentions[m].possessive);
      }
    }
    if (conditional_[t] != 0 && !known_in_question &&
        !(saying && !c.noun && t > 0 && CommaBetweenConditionAnd(t))) {
      hypothetical = true;
    }
    // "to deploy at short notice if needed": a condition after the act; not after a verb of
    // saying, whose "if" opens what was said, nor after a noun ("Asked at the summit if ...").
    // A threat's condition is what was threatened ("threatened to block outlets unless ..."):
    // the threat itself was made.
    static const WordSet kSpeechActs = {"offer", "propose", "promise", "pledge", "hint",
                                        "suggest", "vow", "threaten", "warn", "agree"};
    const bool threat = c.entry->type == std::string_view("threaten") ||
                        c.entry->type == std::string_view("intent") || Has(kSpeechActs, c.lemma);
    if (!saying && !threat && !c.noun) {
      for (size_t k = t + 1; k < clause_end_[t] && k < t + 10; ++k) {
        std::string_view w = toks_[k].lower;
        if (Eq(w, ",") || Eq(w, "that") || Eq(w, "and") || Eq(w, "but")) break;
        if (Eq(w, "if") || Eq(w, "unless")) hypothetical = true;
      }
    }
    // "a ceasefire and Russian withdrawal if Kyiv declares neutrality": a noun followed by its
    // condition names what would happen, not what did; not a question or a request put "if"
    // ("Asked at the summit if ..."), whose "if" opens what was asked.
    if (c.noun && !saying && !threat && c.entry->type != std::string_view("appeal")) {
      for (size_t k = t + 1; k < clause_end_[t] && k < t + 6; ++k) {
        std::string_view w = toks_[k].lower;
        if (Eq(w, "if") || Eq(w, "unless")) {
          bool asked = false;
          for (size_t j = c.np_first; j > clause_begin_[t] && c.np_first - j < 6;) {
            --j;
            std::string_view lemma = LemmaAt(j, WordPos::kVerb);
            if (Eq(lemma, "ask") || Eq(lemma, "wonder") || Eq(lemma, "question")) asked = true;
          }
          hypothetical = hypothetical || !asked;
          break;
        }
        // A pronoun right after the noun makes it a verb misread ("Stop me if ...").
        static const WordSet kObjectPronouns = {"me", "him", "her", "us", "them", "you", "it"};
        if (Eq(w, ",") || Eq(w, "that") || Eq(w, "which") || Eq(w, "who") ||
            (k == t + 1 && Has(kObjectPronouns, w)) ||
            (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) {
          break;
        }
      }
    }
    // "nor does Sweden dictate", "neither side has won".
    for (size_t k = t; k > clause_begin_[t] && t - k < 8;) {
      --k;
      std::string_view w = toks_[k].lower;
      if (Eq(w, ",") || Eq(w, "and") || Eq(w, "but")) break;
      if (Eq(w, "nor") || Eq(w, "neither")) negated = true;
    }
    // "Is the goal to force the Kremlin into talks?": a yes-or-no question asserts nothing of
    // what it asks about; a question of "why" or "what" takes its happening as given.
    if (!negated && YesNoQuestion(s)) hypothetical = true;
    if (!c.noun && WantedDone(t)) planned = true;
    // "an attack on one member is an attack on all": an indefinite event noun said to be
    // something in the present is a kind of happening, no particular one.
    const size_t det = c.noun && c.np_first > sb && !In(c.np_first, kDeterminers) &&
                               !Eq(W(c.np_first), "a") && !Eq(W(c.np_first), "an")
                           ? c.np_first - 1
                           : c.np_first;
    if (c.noun && det > sb && (Eq(W(det), "an") || Eq(W(det), "a")) &&
        (Eq(W(det - 1), "is") || Eq(W(det - 1), "are"))) {
      hypothetical = true;  // "... is an attack on all": what it is called, not a happening
    }
    if (c.noun && (Eq(W(det), "an") || Eq(W(det), "a") || Eq(W(det), "any"))) {
      for (size_t k = t + 1; k < clause_end_[t] && k < t + 6; ++k) {
        if (Eq(W(k), "is") || Eq(W(k), "means")) {
          hypothetical = true;
          break;
        }
        if (Eq(W(k), ",") || (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) break;
      }
    }
    // "has fought no wars", "held no talks": a deed whose object is "no" one was not done.
    if (!c.noun && !negated && t + 2 < clause_end_[t] && Eq(W(t + 1), "no") &&
        !Eq(c.event.type, "statement") && !Eq(W(t + 2), "longer") && !Eq(W(t + 2), "doubt")) {
      negated = true;
    }
    if (!c.noun && !negated && Capability(t)) {
      hypothetical = true;
      planned = false;
    }
    if (!c.noun && !planned && !hypothetical && MandatedByThat(c)) planned = true;
    if (!c.noun && planned && !hypothetical && HopedOrFeared(t)) {
      hypothetical = true;
      planned = false;
    }
    if (negated || DeniedContent(t)) return Modality::kNegated;
    if (hypothetical) return Modality::kHypothetical;
    if (planned) return Modality::kPlanned;
    if (Reported(c)) return Modality::kReported;
    return Modality::kAsserted;
  }

  // "missiles capable of shooting down jets", "the missiles are able to strike Moscow", "the
  // capacity to shell the city": what someone or something can do is possible, no happening
  // and no plan. A past "was able to reach" tells what was done, and stays.
  bool Capability(size_t t) const {
    const size_t b = clause_begin_[t];
    if (t < b + 2) return false;
    if (Eq(W(t - 1), "of")) return Eq(W(t - 2), "capable") || Eq(W(t - 2), "incapable");
    if (!Eq(W(t - 1), "to")) return false;
    static const WordSet kCapacityNouns = {"ability",  "capability", "capabilities",
                                           "capacity", "means",      "wherewithal"};
    if (In(t - 2, kCapacityNouns)) return true;
    if (!Eq(W(t - 2), "able")) return false;
    size_t k = t - 2;
    while (k > b && In(k - 1, kAdverbsBetween)) --k;
    if (k > b + 1 && Eq(W(k - 1), "be") &&
        (Eq(W(k - 2), "must") || Eq(W(k - 2), "should") || Eq(W(k - 2), "to"))) {
      return false;  // "aid must be able to reach": a requirement, planned
    }
    return k > b &&
           (Eq(W(k - 1), "is") || Eq(W(k - 1), "are") || Eq(W(k - 1), "'re") || Eq(W(k - 1), "be"));
  }

  // "denied reports that the ship had sunk", "rejected claims that its forces had surrounded the
  // city": what a denial answers is said by its source not to have happened. Only the clause
  // right after "that" (no comma between), with the denial at most two nouns of hearsay before it.
  bool DeniedContent(size_t t) const {
    const size_t sb = doc_.first_token[toks_[t].sentence];
    for (size_t k = t; k > sb && t - k < 12;) {
      --k;
      if (Eq(W(k), ",") || Eq(W(k), ";")) return false;
      if (!Eq(W(k), "that")) continue;
      static const WordSet kHearsay = {"reports",     "claims",      "allegations",
                                       "suggestions", "accusations", "rumours",
                                       "rumors",      "the",         "any"};
      size_t j = k;
      while (j > sb && k - j < 3 && In(j - 1, kHearsay)) --j;
      if (j == sb || lex_ == nullptr) return false;
      static const WordSet kDenying = {"deny", "reject", "dismiss", "refute", "rebut"};
      return Has(kDenying, LemmaAt(j - 1, WordPos::kVerb));
    }
    return false;
  }

  // "had not done enough to warn", "was too weak to attack": what a negated "enough" or a
  // "too" falls short of (the infinitive at token `to`) did not happen.
  bool NotEnoughFor(size_t to) const {
    const size_t b = clause_begin_[to];
    if (to < b + 2) return false;
    if (to >= b + 2 && Eq(W(to - 2), "too") && CanAt(to - 1, WordPos::kAdjective)) return true;
    if (!Eq(W(to - 1), "enough")) return false;
    for (size_t k = to - 1; k > b && to - k < 6;) {
      --k;
      if (IsNegation(W(k))) return true;
      if (Eq(W(k), ",")) break;
    }
    return false;
  }

  // "an attempt to reach him was unsuccessful", "efforts to evacuate the town failed": what an
  // attempt that failed aimed at (the infinitive at token `to`, the verb at `t`) did not happen.
  bool FailedAttempt(size_t to, size_t t) const {
    static const WordSet kAttempts = {"attempt", "attempts", "effort", "efforts", "bid", "bids"};
    if (!In(to - 1, kAttempts)) return false;
    const size_t se = doc_.end_token[toks_[t].sentence];
    for (size_t k = t + 1; k < se && k < t + 12; ++k) {
      const std::string_view w = W(k);
      if (Eq(w, "failed") || Eq(w, "unsuccessful") || Eq(w, "foundered") || Eq(w, "collapsed") ||
          Eq(w, "faltered")) {
        return true;
      }
      if (Eq(w, ",") || Eq(w, ";") || Eq(w, "and") || Eq(w, "but")) break;
    }
    return false;
  }

  // "called for new sanctions", "promised to work for new talks": an indefinite event noun
  // that a verb of asking or a planned act is for is sought, not yet there.
  bool SoughtFor(const Candidate& c) const {
    const size_t sb = doc_.first_token[toks_[c.trigger].sentence];
    // "called for a ceasefire": an indefinite determiner between "for" and the noun phrase.
    size_t np = c.np_first;
    if (np > sb + 2 && (Eq(W(np - 1), "a") || Eq(W(np - 1), "an") || Eq(W(np - 1), "any"))) --np;
    if (c.definite || np <= sb + 1 || !Eq(W(np - 1), "for") || In(c.np_first, kDeterminers) ||
        (MentionAt(c.np_first) >= 0 && ents_.mentions[MentionAt(c.np_first)].possessive)) {
      return false;
    }
    static const WordSet kAsking = {"call",     "push", "press",  "lobby",   "argue",    "work",
                                    "campaign", "ask",  "appeal", "plead",   "advocate", "demand",
                                    "fight",    "hope", "wait",   "prepare", "pray",     "vote"};
    for (size_t k = np - 1; k > sb && np - 1 - k < 6;) {
      --k;
      if (Eq(W(k), ",") || Eq(W(k), ";")) return false;
      // "called" is no trigger of its own, so the word is asked as well as the candidate.
      if (toks_[k].is_word && MentionAt(k) < 0 && Has(kAsking, LemmaAt(k, WordPos::kVerb))) {
        return true;
      }
      if (trigger_at_[k] < 0 || cands_[trigger_at_[k]].noun || cands_[trigger_at_[k]].support) {
        continue;
      }
      const Candidate& v = cands_[trigger_at_[k]];
      return v.event.modality == Modality::kPlanned || Has(kAsking, v.lemma);
    }
    return false;
  }

  // The modal of the verb at `verb`, read back over at most `reach` words that are auxiliaries,
  // adverbs or let through by `passable`: "could", "might", "may", "should" make it possible,
  // "will", "would", "'ll" future.
  enum class Modal { kNone, kPossible, kFuture };
  template <typename Passable>
  Modal ModalBefore(size_t verb, size_t sb, size_t reach, Passable passable) const {
    for (size_t j = verb; j > sb && verb - j < reach;) {
      --j;
      std::string_view w = W(j);
      if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may") || Eq(w, "should")) {
        return Modal::kPossible;
      }
      if (Eq(w, "will") || Eq(w, "would") || Eq(w, "'ll")) return Modal::kFuture;
      if (!In(j, kAuxWords) && !In(j, kAdverbsBetween) && !passable(w)) break;
    }
    return Modal::kNone;
  }

  // "Once Ukraine is taken, Russia will station forces there", "when the summit opens, leaders
  // will ...": a present tense in a clause of time looks ahead with the "will" of its sentence's
  // main clause.
  bool PresentOfAFutureClause(const Candidate& c) const {
    // Asked by the modality and the time rules of the same trigger; it reads the words alone.
    return TokenBit(c.trigger, kPresentOfAFutureClause,
                    [&] { return ComputePresentOfAFutureClause(c.trigger); });
  }
  bool ComputePresentOfAFutureClause(size_t t) const {
    const size_t sb = doc_.first_token[toks_[t].sentence];
    const size_t se = doc_.end_token[toks_[t].sentence];
    if (VerbTense(t) != Tense::kPresent) return false;
    size_t opener = t;
    for (size_t k = t; k > sb && t - k < 10;) {
      --k;
      std::string_view w = W(k);
      if (Eq(w, ",") || Eq(w, ";") || IsQuoteMark(toks_[k])) break;
      if (Eq(w, "once") || Eq(w, "when") || Eq(w, "until") || Eq(w, "till") ||
          ((Eq(w, "after") || Eq(w, "before")) && k + 1 < t && !In(k + 1, kDeterminers))) {
        opener = k;
        break;
      }
    }
    if (opener == t) return false;
    for (size_t k = sb; k < se; ++k) {
      if (k >= opener && k <= t) continue;
      std::string_view w = W(k);
      if (Eq(w, "will") || Eq(w, "'ll") || Eq(w, "shall")) return true;
    }
    return false;
  }

  // True when sentence `s` ends with a question mark and opens with an auxiliary or a modal.
  bool YesNoQuestion(size_t s) const {
    const size_t b = doc_.first_token[s];
    const size_t e = doc_.end_token[s];
    if (e <= b + 1 || !Eq(W(e - 1), "?") || doc_.in_quote[b]) return false;
    static const WordSet kOpeners = {"is",  "are",  "was",   "were",  "do",    "does",
                                     "did", "will", "would", "can",   "could", "should",
                                     "has", "have", "had",   "shall", "may",   "might"};
    if (In(b, kOpeners)) return true;
    // "What does Russia have to say?", "How will Nato respond?": a question of "what" or "how"
    // with an auxiliary of the present or a modal asks about what has not been told or done;
    // "Why did Russia invade?" takes a past happening as given.
    static const WordSet kWh = {"what", "how", "why", "when", "where", "who", "which"};
    static const WordSet kAhead = {"does",  "do",     "will",  "would", "can",
                                   "could", "should", "shall", "may",   "might"};
    return b + 2 < e && In(b, kWh) && In(b + 1, kAhead);
  }

  // "Asked in an interview if he was at odds with ...", "it is unclear if": an "if" that opens an
  // indirect question after a word of asking or knowing, within the same clause, is "whether".
  bool AsksWhether(size_t k, size_t b) const {
    static const WordSet kAsking = {"ask", "wonder", "inquire", "enquire", "question", "know",
                                    "unclear", "unknown", "uncertain", "decide", "check", "see",
                                    "sure", "doubt"};
    for (size_t j = k; j > b && k - j < 10;) {
      --j;
      std::string_view w = toks_[j].lower;
      if (Eq(w, ",") || Eq(w, ";")) return false;
      if (Has(kAsking, w) || (lex_ != nullptr && Has(kAsking, LemmaAt(j, WordPos::kVerb)))) {
        return true;
      }
    }
    return false;
  }

  // "to end its war", "to stop the war": a definite or possessed event noun that a verb of
  // ending or winning acts on exists; the verb's aim is the ending, not the event.
  bool ActedOnExisting(const Candidate& c) const {
    if (!c.noun || lex_ == nullptr) return false;
    const size_t sb = doc_.first_token[toks_[c.trigger].sentence];
    static const WordSet kActingOnExisting = {"stop", "end", "halt", "win", "lose", "escalate",
                                              "prolong", "intensify", "finish", "resolve",
                                              "investigate", "condemn", "justify"};
    static const WordSet kPossessing = {"the", "its", "their", "his", "her", "our", "'s"};
    size_t v = c.np_first;
    bool known = c.definite;
    while (v > sb && In(v - 1, kPossessing)) {
      known = true;
      --v;
    }
    for (size_t k = c.np_first; k < c.trigger; ++k) {
      int m = MentionAt(k);
      if (In(k, kPossessing) || (m >= 0 && ents_.mentions[m].possessive)) known = true;
    }
    if (v > sb && MentionAt(v - 1) >= 0 && ents_.mentions[MentionAt(v - 1)].possessive) {
      known = true;
      v = ents_.mentions[MentionAt(v - 1)].first;
    }
    return known && v > sb && Has(kActingOnExisting, LemmaAt(v - 1, WordPos::kVerb));
  }

  // "he wants Russia expelled from the G20", "needs the bridge repaired": a participle after
  // the object of a verb of wanting is what is wanted done, not what was done.
  bool WantedDone(size_t t) const {
    // Asked by the modality and the time rules of the same trigger; it reads the words alone.
    return TokenBit(t, kWantedDone, [&] { return ComputeWantedDone(t); });
  }
  bool ComputeWantedDone(size_t t) const {
    std::string_view w = toks_[t].lower;
    if (lex_ == nullptr || !(w.ends_with("ed") || In(t, kIrregularPast))) return false;
    // A form of a verb of wanting within reach, looked up before any lemma is taken: most past
    // verbs have none.
    static const WordSet kWantingForms = {"want",   "wants",   "wanted",    "wanting", "wish",
                                          "wishes", "wished",  "need",      "needs",   "needed",
                                          "prefer", "prefers", "preferred", "like",    "likes",
                                          "liked",  "expect",  "expects",   "expected"};
    bool near = false;
    for (size_t k = t; k > clause_begin_[t] && t - k < 8 && !near;) {
      --k;
      near = In(k, kWantingForms);
    }
    if (!near) return false;
    static const WordSet kWanting = {"want", "wish", "need", "prefer", "like", "expect"};
    for (size_t k = t; k > clause_begin_[t] && t - k < 6;) {
      --k;
      // The object between: a name, determiners, numbers and words that are no verbs.
      if (MentionAt(k) >= 0 || In(k, kDeterminers) ||
          (k + 1 < t && toks_[k].is_word && !CanAt(k, WordPos::kVerb))) {
        continue;
      }
      if (k + 1 == t) return false;  // an object must stand between
      if (Has(kWanting, LemmaAt(k, WordPos::kVerb))) return true;
      // "want to see activists deported", "would like to have it repaired".
      const std::string_view lemma = LemmaAt(k, WordPos::kVerb);
      return (Eq(lemma, "see") || Eq(lemma, "have") || Eq(lemma, "get")) && k >= 2 &&
             Eq(W(k - 1), "to") && Has(kWanting, LemmaAt(k - 2, WordPos::kVerb));
    }
    return false;
  }

  // True when a comma stands between the open "if"/"unless" before token `t` and `t`.
  bool CommaBetweenConditionAnd(size_t t) const {
    const size_t b = doc_.first_token[toks_[t].sentence];
    for (size_t k = t; k > b;) {
      --k;
      if (Eq(W(k), "if") || Eq(W(k), "unless")) return false;
      if (Eq(W(k), ",")) return true;
    }
    return false;
  }

  bool Reported(const Candidate& c) const {
    size_t t = c.trigger;
    if (doc_.in_quote[t]) return true;
    size_t sb = doc_.first_token[toks_[t].sentence];
    // "... waging a war against its own population,” he said.": see ComputeSentenceCues().
    if (t < continued_quote_[toks_[t].sentence]) return true;
    if (t >= sb + 2 && Eq(W(sb), "according") && Eq(W(sb + 1), "to")) return true;
    // "alleged war crimes committed by", "the alleged attack", "apparently showed": what is
    // alleged is reported, not asserted.
    static const WordSet kAlleging = {"alleged",    "allegedly", "purported", "purportedly",
                                      "apparently", "supposed",  "supposedly"};
    for (size_t k = t; k > sb && t - k < 5;) {
      --k;
      if (In(k, kAlleging)) return true;
      if (Eq(W(k), ",") || Eq(W(k), ";")) break;
    }
    // "claimed the capture of Kherson", "alleging a massacre": an event noun that a verb of
    // claiming acts on is what was claimed.
    if (c.noun && lex_ != nullptr) {
      static const WordSet kClaiming = {"claim", "allege"};
      size_t k = c.np_first;
      while (k > sb && c.np_first - k < 3 && In(k - 1, kDeterminers)) --k;
      if (k > sb && toks_[k - 1].is_word && MentionAt(k - 1) < 0 &&
          Has(kClaiming, LemmaAt(k - 1, WordPos::kVerb)) && !CanAt(k - 1, WordPos::kAdjective)) {
        return true;
      }
    }
    // A report cue before the trigger ("X said that", "reportedly", "said to have met"); see
    // ComputeSentenceCues().
    return t > report_from_[toks_[t].sentence];
  }

  // The span tense gives, relative to the publication date: the past ends on or before it, the
  // future starts on or after it, the present holds at it. A headline reports what happened by
  // the publication date, whatever its tense ("Apple unveils iPhone 4"), unless it is future.
  TimeSpan TenseSpan(Tense tense, bool heading) const {
    TimeSpan span;
    span.basis = TimeBasis::kTense;
    if (tense == Tense::kPast || (heading && tense != Tense::kFuture)) {
      span.end = dct_;
      span.timex = "PAST_REF";
    } else if (tense == Tense::kFuture) {
      span.begin = dct_;
      span.timex = "FUTURE_REF";
    } else {
      span.begin = dct_;
      span.end = dct_;
      if (dct_) span.precision = Precision::kDay;
      span.timex = "PRESENT_REF";
    }
    return span;
  }

  // The last day-precise time the narrator set before token `t` in its section, outside quotes.
  const Timex* NarrativeTime(size_t t) const {
    size_t section = doc_.section[toks_[t].sentence];
    const Timex* best = nullptr;
    for (const Timex& tx : timexes_) {
      if (tx.span.begin >= toks_[t].span.begin) break;
      if (!tx.time || !tx.time->begin || tx.time->begin != tx.time->end) continue;
      if (tx.time->precision != Precision::kDay) continue;
      size_t k = TokenAt(tx.span.begin);
      if (k >= toks_.size() || doc_.section[toks_[k].sentence] != section || doc_.in_quote[k]) {
        continue;
      }
      best = &tx;
    }
    return best;
  }

  size_t TokenAt(size_t offset) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), offset,
                               [](const Token& tok, size_t off) { return tok.span.end <= off; });
    return static_cast<size_t>(it - toks_.begin());
  }

  // "Biden will take part in a summit on Thursday", written on a Wednesday: a bare weekday that
  // the tagger anchored to the week before the publication lies in the week after it when its
  // clause is future, and the other way round when the clause is past.
  // True when token `k` is a past participle: an "-ed" form or an irregular past that can be a
  // verb ("imposed", "held", "sent").
  bool PastParticipleAt(size_t k) const {
    if (k >= toks_.size() || lex_ == nullptr || !toks_[k].is_word) return false;
    return (toks_[k].lower.ends_with("ed") || In(k, kIrregularPast)) && CanAt(k, WordPos::kVerb);
  }

  TimeSpan WeekdayInItsTense(const Candidate& c, TimeSpan span) const {
    const Timex& tx = timexes_[*c.timex];
    if (!dct_ || !span.begin || !span.end || *span.begin != *span.end ||
        span.basis != TimeBasis::kRelative) {
      return span;
    }
    static const WordSet kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                      "saturday", "sunday"};
    bool weekday = false;
    for (size_t k = TokenAt(tx.span.begin); k < toks_.size() && toks_[k].span.begin < tx.span.end;
         ++k) {
      if (Has(kWeekdays, W(k))) weekday = true;
      if (Eq(W(k), "last") || Eq(W(k), "next") || Eq(W(k), "this")) return span;
    }
    if (!weekday) return span;
    Tense tense = c.noun ? GoverningTense(c.np_first, 5) : VerbTense(c.trigger);
    bool future = tense == Tense::kFuture || c.event.modality == Modality::kPlanned;
    // "the soft sanctions imposed on Tuesday": a past participle right after the noun, with the
    // weekday in its phrase, tells when it was done, whatever the sentence around it says.
    const size_t participle = c.trigger + 1;
    if (c.noun && participle < TokenAt(tx.span.begin) && TokenAt(tx.span.begin) <= participle + 3 &&
        PastParticipleAt(participle)) {
      tense = Tense::kPast;
      future = false;
    }
    const boost::gregorian::days week(7);
    if (future && *span.begin < *dct_) {
      span.begin = *span.begin + week;
      span.end = *span.end + week;
    } else if (tense == Tense::kPast && *span.begin > *dct_) {
      span.begin = *span.begin - week;
      span.end = *span.end - week;
    }
    return span;
  }

  // "the January 6 attack", "the 24 February invasion": a date without a year inside the noun
  // phrase of a happening names one that took place, so it is the most recent such date on or
  // before the publication; the year is not said, so the event ends by then and its start is
  // open. A gathering ("the June 28 summit") is named by its date beforehand, so its date is left
  // as the tagger read it, as is any date the tagger put on or before the publication.
  TimeSpan NamedPastDate(const Candidate& c, TimeSpan span) const {
    if (!c.noun || c.entry->gathering || !dct_ || !span.begin || !span.end ||
        *span.begin <= *dct_) {
      return span;
    }
    const Timex& tx = timexes_[*c.timex];
    const size_t first = TokenAt(tx.span.begin);
    const size_t after = TokenAt(tx.span.end);
    if (first == 0 || first >= toks_.size() || after > c.trigger ||
        !(In(first - 1, kDeterminers) || Eq(W(first - 1), "'s"))) {
      return span;
    }
    for (size_t k = first; k < after; ++k) {
      std::string_view w = toks_[k].lower;
      // A year written out ("4 July 2023") is the writer's, not a reading forward.
      if (w.size() >= 4 && std::all_of(w.begin(), w.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) != 0;
          })) {
        return span;
      }
    }
    // Only the text between the date and the noun: names and modifiers ("Capitol"), no verb.
    for (size_t k = after; k < c.trigger; ++k) {
      if (!toks_[k].is_word || (trigger_at_[k] >= 0 && !cands_[trigger_at_[k]].noun)) return span;
    }
    Date end = *span.end;
    while (end > *dct_) end = end - boost::gregorian::years(1);
    TimeSpan past;
    past.end = end;
    past.basis = TimeBasis::kRelative;
    past.timex = "PAST_REF";
    past.text = span.text;
    return past;
  }

  // "In March Putin said Russia would recognise the republics": a "would" under a past verb of
  // saying or thinking is a future seen from that verb's time: when the saying is dated before
  // the publication, the event starts on the saying's first day and its end is open. "Putin's
  // decision to recognise": an infinitive after a decision that was taken is seen from that
  // decision, whose time is not said. nullopt for any other verb.
  std::optional<TimeSpan> FutureOfThePast(size_t v) const {
    static const WordSet kDecisionNouns = {"decision",  "decisions", "order", "orders",
                                           "agreement", "vote",      "move",  "choice"};
    static const WordSet kPossessors = {"'s", "the", "its", "his", "her", "their", "our"};
    static const WordSet kReporting = {
        "say",         "tell",      "announce", "warn",     "promise", "pledge",   "vow",
        "decide",      "agree",     "expect",   "hope",     "insist",  "claim",    "predict",
        "believe",     "think",     "confirm",  "indicate", "signal",  "threaten", "assure",
        "write",       "add",       "argue",    "suggest",  "fear",    "know",     "state",
        "declare",     "report",    "note",     "stress",   "reveal",  "caution",  "estimate",
        "acknowledge", "admit",     "tweet",    "explain",  "vote",    "plan",     "intend",
        "assume",      "guarantee", "swear",    "forecast", "reckon",  "repeat",   "reiterate"};
    const size_t sb = doc_.first_token[toks_[v].sentence];
    size_t k = v;
    size_t would = v;
    while (k > sb && (In(k - 1, kAuxWords) || In(k - 1, kAdverbsBetween) || IsNegation(W(k - 1)))) {
      --k;
      std::string_view w = W(k);
      if (Eq(w, "would") || Eq(w, "'d")) {
        would = k;
        break;
      }
      if (Eq(w, "will") || Eq(w, "'ll") || Eq(w, "shall")) return std::nullopt;
      if (Eq(w, "to")) {
        if (k >= sb + 2 && In(k - 1, kDecisionNouns) && In(k - 2, kPossessors)) {
          TimeSpan open;
          open.basis = TimeBasis::kTense;
          return open;
        }
        return std::nullopt;
      }
    }
    if (would == v) return std::nullopt;
    for (size_t j = would; j > sb && would - j < 20;) {
      --j;
      const Token& tok = toks_[j];
      // "the US, which would ...": a relative clause says what its noun would do, whoever
      // reported it; a quotation or a colon opens words of their own.
      if (IsQuoteMark(tok) || Eq(tok.lower, ";") || Eq(tok.lower, ":") || Eq(tok.lower, "which") ||
          Eq(tok.lower, "who")) {
        return std::nullopt;
      }
      if (!tok.is_word || MentionAt(j) >= 0 || (tok.capitalized && j > sb)) continue;
      std::string_view lemma = LemmaAt(j, WordPos::kVerb);
      const bool candidate_verb =
          trigger_at_[j] >= 0 && !cands_[trigger_at_[j]].noun && !cands_[trigger_at_[j]].support;
      if (lemma.empty() || !Has(kReporting, lemma)) {
        // "said the talks had stalled and Russia would": another finite verb between.
        if (candidate_verb) return std::nullopt;
        continue;
      }
      std::string_view w = tok.lower;
      bool past = false;
      if (w.ends_with("ing")) {
        past = GoverningTense(j) == Tense::kPast;
      } else {
        past = In(j, kIrregularPast) || (w.size() > 4 && w.ends_with("ed")) || IrregularPastForm(j);
      }
      if (!past || !candidate_verb) return std::nullopt;
      // An undated saying is most often the news of the day ("Ukraine said the two sides would
      // meet"), whose future is still ahead at the publication: the tense's reading stands.
      const TimeSpan& said = cands_[trigger_at_[j]].event.time;
      if (!said.begin || !dct_ || *said.begin >= *dct_) return std::nullopt;
      TimeSpan span;
      span.begin = said.begin;
      span.basis = TimeBasis::kRelative;
      span.text = said.text;
      return span;
    }
    return std::nullopt;
  }

  // The span a time expression gives its event, by the preposition before it: "since 2008"
  // starts then and runs to the publication date, "until May" ends then, "before May" ends by
  // its start, "after May" starts at its end; any other leaves the event within it.
  TimeSpan BoundedBy(const Timex& tx) const {
    TimeSpan span = *tx.time;
    size_t first = TokenAt(tx.span.begin);
    if (first == 0 || first >= toks_.size() ||
        toks_[first - 1].sentence != toks_[first].sentence) {
      return span;
    }
    std::string_view prep = toks_[first - 1].lower;
    // "emerged from Tuesday's talks": a date before "'s" names a thing of that date, no bound.
    const size_t after = TokenAt(tx.span.end);
    const bool names_a_thing = after < toks_.size() && Eq(W(after), "'s");
    if ((Eq(prep, "by") || Eq(prep, "from")) && names_a_thing) return span;
    if (Eq(prep, "since")) {
      if (dct_ && span.begin && *span.begin <= *dct_) span.end = dct_;
      else span.end.reset();
    } else if (Eq(prep, "until") || Eq(prep, "till")) {
      span.begin.reset();
    } else if (Eq(prep, "before")) {
      // "before the end of the month" ends by the month's last day, "before May" by its first.
      const bool end_of = tx.text.starts_with("the end of") || tx.text.starts_with("end of");
      if (!end_of) span.end = span.begin;
      span.begin.reset();
    } else if (Eq(prep, "after")) {
      span.begin = span.end;
      span.end.reset();
    } else if (Eq(prep, "by")) {
      // "will raise spending by 2029", "had left by Friday": a deadline bounds the end only.
      span.begin.reset();
    } else if (Eq(prep, "from") && !RangeFollows(tx)) {
      // "deliveries from January": a start, and no end named ("from 1993 to 1995" names one).
      if (dct_ && span.begin && *span.begin <= *dct_) {
        span.end = dct_;
      } else {
        span.end.reset();
      }
    } else {
      return span;
    }
    span.precision = Precision::kUnknown;
    return span;
  }

  // True when the candidate's date is a deadline ("by", "until", "till") that lies wholly after
  // the publication ("a commitment to reduce the army by 2025"): the act is ahead.
  bool DeadlineAhead(const Candidate& c) const {
    if (!c.timex || !dct_) return false;
    // "stayed above 1m until August": a past verb tells what happened by its deadline.
    if (!c.noun && VerbTense(c.trigger) == Tense::kPast) return false;
    const Timex& tx = timexes_[*c.timex];
    const size_t first = TokenAt(tx.span.begin);
    if (first == 0 || first >= toks_.size() || !tx.time || !tx.time->begin) return false;
    const std::string_view prep = W(first - 1);
    return (Eq(prep, "by") || Eq(prep, "until") || Eq(prep, "till")) && *tx.time->begin > *dct_;
  }

  // True when the other end of a range follows the time expression ("from 1993 to 1995").
  bool RangeFollows(const Timex& tx) const {
    const size_t after = TokenAt(tx.span.end);
    if (after >= toks_.size() || toks_[after].sentence != toks_[TokenAt(tx.span.begin)].sentence) {
      return false;
    }
    const std::string_view w = W(after);
    return Eq(w, "to") || Eq(w, "until") || Eq(w, "till") || Eq(w, "through") || Eq(w, "and") ||
           Eq(w, "-") || Eq(w, "\u2013");
  }

  // "On Wednesday, Russia accused Norway ... and threatened retaliation": a verb coordinated by
  // "and" with the verb before it, without a subject of its own, shares a date that opens the
  // sentence before that verb. Returns the shared time expression, or nullopt.
  std::optional<size_t> SharedOpeningDate(const Candidate& c) const {
    const size_t sb = doc_.first_token[toks_[c.trigger].sentence];
    if (c.noun || c.np_first <= sb + 1 || !Eq(W(c.np_first - 1), "and")) return std::nullopt;
    for (const Candidate* p = &c; p != cands_.data();) {
      --p;
      if (p->trigger < sb) break;
      if (p->noun || p->support || toks_[p->trigger].lower.ends_with("ing")) continue;
      if (!p->timex) return std::nullopt;
      const size_t x = TokenAt(timexes_[*p->timex].span.begin);
      if (x >= p->trigger) return std::nullopt;  // the date follows that verb: it is its own
      return p->timex;
    }
    return std::nullopt;
  }

  TimeSpan TimeOf(const Candidate& c) const {
    size_t t = c.trigger;
    if (c.timex) {
      // "since 2014, when Russia annexed Crimea": the clause of "when" happened at the date
      // itself; the bound that "since" gives is the main clause's.
      const Timex& tx = timexes_[*c.timex];
      size_t w = TokenAt(tx.span.end);
      if (w < c.trigger && Eq(W(w), ",")) ++w;
      const TimeSpan span = w < c.trigger && Eq(W(w), "when") ? *tx.time : BoundedBy(tx);
      TimeSpan dated = NamedPastDate(c, WeekdayInItsTense(c, span));
      // "will raise spending by 2029", "will stay until March": a planned act bounded only by
      // its deadline starts on or after the publication, as its tense says; so does any act
      // whose deadline lies wholly after the publication.
      if (!dated.begin && dated.end && dct_ && *dct_ <= *dated.end &&
          (c.event.modality == Modality::kPlanned || DeadlineAhead(c))) {
        dated.begin = dct_;
      }
      return dated;
    }
    if (std::optional<size_t> shared = SharedOpeningDate(c)) {
      return BoundedBy(timexes_[*shared]);
    }
    // "After multiple warnings that ..., Moscow now appears to": what the narration has come
    // after happened by the publication, unless the sentence looks ahead.
    const size_t head = c.noun ? c.np_first : t;
    if ((c.noun ||
         (lex_ != nullptr && toks_[t].lower.ends_with("s") && CanAt(t, WordPos::kNoun))) &&
        head > doc_.first_token[toks_[t].sentence]) {
      size_t k = head - 1;
      while (k > doc_.first_token[toks_[t].sentence] && k + 3 > head && !Eq(W(k), "after") &&
             !Eq(W(k), "following") && toks_[k].is_word && lex_ != nullptr &&
             CanAt(k, WordPos::kAdjective)) {
        --k;
      }
      if ((Eq(W(k), "after") || Eq(W(k), "following")) && c.event.modality == Modality::kAsserted) {
        bool future = false;
        for (size_t j = doc_.first_token[toks_[t].sentence]; j < doc_.end_token[toks_[t].sentence];
             ++j) {
          if (Eq(W(j), "will") || Eq(W(j), "'ll")) future = true;
        }
        if (!future) return TenseSpan(Tense::kPast, doc_.heading[toks_[t].sentence]);
      }
    }
    Tense own = Tense::kNone;
    if (c.noun) {
      own = LightVerbTense(t);
      if (own == Tense::kNone && (c.event.modality == Modality::kPlanned ||
                                  c.event.modality == Modality::kHypothetical)) {
        own = Tense::kFuture;
      }
    } else {
      own = VerbTense(t);
      if (own == Tense::kPresent && PresentOfAFutureClause(c)) own = Tense::kFuture;
      if (WantedDone(t)) own = Tense::kFuture;  // "wants Russia expelled": not yet done
      // "if Nato deploys troops": a condition in the present lies ahead.
      if (own == Tense::kPresent && c.event.modality == Modality::kHypothetical &&
          conditional_[t] != 0) {
        own = Tense::kFuture;
      }
      // A planned act in a present form ("will help Ukraine fight", "is considering ...
      // extending") lies ahead.
      if ((own == Tense::kPresent || (own == Tense::kNone && toks_[t].lower.ends_with("ing"))) &&
          c.event.modality == Modality::kPlanned) {
        own = Tense::kFuture;
      }
      if (own == Tense::kFuture) {
        if (std::optional<TimeSpan> span = FutureOfThePast(t)) return *span;
      }
      // An opening participle ("Speaking ahead of ...") happens when the narration is.
      if (own == Tense::kNone && OpensSentenceAsParticiple(t) && !GerundSubject(t)) {
        if (const Timex* tx = NarrativeTime(t)) {
          TimeSpan span = *tx->time;
          span.basis = TimeBasis::kRelative;
          return span;
        }
      }
    }
    const bool heading = doc_.heading[toks_[t].sentence];
    // "the war is heading into a second month": an event noun going on at the publication began
    // before it; a span of that one day would say it happened then only.
    if (own == Tense::kPresent && c.noun) {
      TimeSpan span = TenseSpan(Tense::kPast, heading);
      span.timex = "PRESENT_REF";
      return span;
    }
    if (own != Tense::kNone) return TenseSpan(own, heading);
    // "Wallace said ..., saying": the participle happens when its verb does.
    if (!c.noun && c.lead >= 0) return cands_[c.lead].event.time;
    // Only a gathering that took place ("the meeting", "a summit between them" asserted) and is
    // not going on ("are in talks with Turkey") takes the day the narration is at; "now" is no
    // day the narration has set.
    // It must be a particular one, too ("the meeting", "her press conference"), not
    // "discussions with the government" in general.
    const size_t before_np = c.np_first > 0 ? c.np_first - 1 : 0;
    const bool particular =
        c.definite || c.support || Eq(W(before_np), "his") || Eq(W(before_np), "her") ||
        Eq(W(before_np), "its") || Eq(W(before_np), "their") || Eq(W(before_np), "our") ||
        Eq(W(before_np), "'s") ||
        (MentionAt(before_np) >= 0 && ents_.mentions[MentionAt(before_np)].possessive);
    const bool narrated_gathering =
        c.noun && c.entry->gathering && particular &&
        (c.event.modality == Modality::kAsserted || c.event.modality == Modality::kReported) &&
        GoverningTense(c.np_first, 5) != Tense::kPresent;
    if (narrated_gathering) {
      if (const Timex* tx = NarrativeTime(t);
          tx != nullptr && tx->value != "PRESENT_REF" && !tx->text.ends_with("now")) {
        TimeSpan span = *tx->time;
        span.basis = TimeBasis::kRelative;
        // "following ... discussions": the gathering ended by the time the narration is at.
        size_t from = std::max(doc_.first_token[toks_[t].sentence], TokenAt(tx->span.begin));
        for (size_t k = from; k < t; ++k) {
          if (Eq(W(k), "following") || Eq(W(k), "after")) {
            span.begin.reset();
            span.precision = Precision::kUnknown;
            break;
          }
        }
        return span;
      }
    }
    // "to end Moscow's war": an event acted on exists by the publication.
    if (ActedOnExisting(c)) return TenseSpan(Tense::kPast, heading);
    // "in response to Russia's invasion", "the war has pushed prices up": a particular happening
    // named as known, not a gathering that may lie ahead, has begun by the publication; neither
    // the present of the verb that mentions it nor an open span says when it is.
    bool possessed = particular;
    for (size_t k = c.np_first; k < t && !possessed; ++k) {
      possessed = Eq(W(k), "'s") || (MentionAt(k) >= 0 && ents_.mentions[MentionAt(k)].possessive);
    }
    if (c.noun && !c.support && possessed && !c.entry->gathering &&
        (c.event.modality == Modality::kAsserted || c.event.modality == Modality::kReported) &&
        GoverningTense(c.np_first, 5) != Tense::kFuture) {
      return TenseSpan(Tense::kPast, heading);
    }
    // A noun takes the future of a verb close before it ("will attend the summit"), not of one
    // that governs it from afar ("will be decisive for the diplomacy of the war"); a narrated
    // past reaches further.
    Tense governing = GoverningTense(c.np_first, c.noun ? 5 : 16);
    // A present verb says the noun's event holds now only for the noun itself ("the talks are
    // under way", handled above); "in reaction to Russia's invasion" is not dated by it.
    if (governing == Tense::kPresent && c.noun) governing = Tense::kNone;
    if (governing == Tense::kNone && c.noun) {
      governing = GoverningTense(c.np_first);
      if (governing == Tense::kFuture || governing == Tense::kPresent) governing = Tense::kNone;
    }
    if (governing != Tense::kNone) return TenseSpan(governing, heading);
    if (heading) return TenseSpan(Tense::kNone, true);
    // "with the two leaders saying ...": a saying the article reports, with no tense of its own,
    // was made by the publication (unless only planned or supposed).
    if (Eq(c.event.type, "statement") &&
        (c.event.modality == Modality::kAsserted || c.event.modality == Modality::kReported)) {
      return TenseSpan(Tense::kPast, heading);
    }
    TimeSpan open;
    open.basis = TimeBasis::kPublication;
    return open;
  }

  // ---- anaphora, labels, confidence ------------------------------------------------------------

  // "the negotiations were held near Miami": a definite gathering noun without participants takes
  // those (and the place, when it has none) of the last mention of the same type.
  void ResolveAnaphora() {
    for (size_t i = 0; i < cands_.size(); ++i) {
      Candidate& c = cands_[i];
      if (!c.noun || !c.definite || !c.event.participants.empty()) continue;
      for (size_t j = i; j-- > 0;) {
        const Candidate& prev = cands_[j];
        if (prev.event.type != c.event.type || prev.event.participants.empty()) continue;
        if (Eq(c.event.type, "other") && prev.lemma != c.lemma) continue;
        c.event.participants = prev.event.participants;
        if (!c.event.location && prev.event.location) {
          c.event.location = prev.event.location;
          c.near_name = prev.near_name;
        }
        c.copied = true;
        break;
      }
    }
  }

  std::string NameOf(const std::string& id) const {
    for (const Entity& e : ents_.entities) {
      if (e.id == id) return e.name;
    }
    return id;
  }

  std::string Surface(size_t first, size_t last) const {
    return std::string(doc_.text.substr(toks_[first].span.begin,
                                        toks_[last - 1].span.end - toks_[first].span.begin));
  }

  std::string Label(const Candidate& c) const {
    const Event& e = c.event;
    std::string label;
    auto names_with = [&](Role role) {
      std::string out;
      int n = 0;
      for (const Participant& p : e.participants) {
        if (p.role != role || n == 2) continue;
        if (n++ > 0) out += " and ";
        out += NameOf(p.entity);
      }
      return out;
    };
    if (c.noun) {
      std::string np;
      for (size_t k = c.np_first; k <= c.trigger; ++k) {
        if (In(k, kHypotheticalModifiers) || In(k, kPlannedModifiers)) {
          continue;
        }
        if (!np.empty() && !Eq(W(k), "'s")) np += ' ';
        np += std::string(toks_[k].text);
      }
      label = np;
      std::string targets = names_with(Role::kTarget);
      if (!targets.empty() && label.find(targets) == std::string::npos) {
        label += " " + std::string(TargetPreposition(e.type)) + " " + targets;
      }
    } else {
      // Subject, verb, then whom it was done to and with whom: "Kaja Kallas will be speaking
      // with Ukraine and Rustem Umerov", never the partners of a symmetric verb as its subject.
      std::vector<std::string> subject = c.subject;
      if (subject.empty()) {
        for (const Participant& p : e.participants) {
          if (p.role == Role::kSource) subject.push_back(p.entity);
        }
      }
      auto join = [&](const std::vector<std::string>& ids, size_t most) {
        std::string out;
        for (size_t k = 0; k < ids.size() && k < most; ++k) {
          if (k > 0) out += k + 1 == std::min(ids.size(), most) ? " and " : ", ";
          out += NameOf(ids[k]);
        }
        return out;
      };
      std::vector<std::string> targets, partners;
      for (const Participant& p : e.participants) {
        if (std::find(subject.begin(), subject.end(), p.entity) != subject.end()) continue;
        (p.role == Role::kTarget ? targets : partners).push_back(p.entity);
      }
      std::string verb;
      for (size_t k = c.np_first; k <= c.trigger; ++k) {
        if (Eq(W(k), "to") && k < c.trigger) continue;
        if (!verb.empty()) verb += ' ';
        verb += toks_[k].lower;
      }
      label = subject.empty() ? verb : join(subject, 2) + " " + verb;
      const size_t next = c.trigger + 1;
      const std::string prep =
          next < toks_.size() && In(next, kPrepositions) ? toks_[next].lower : "";
      if (!targets.empty()) {
        // Keep the verb's own preposition: "speaking with Ukraine", not "speaking Ukraine".
        label += (prep.empty() ? "" : " " + prep) + " " + join(targets, 2);
      }
      if (!partners.empty()) {
        label += (targets.empty() && Eq(prep, "with") ? " with "
                  : targets.empty() && !prep.empty()  ? " " + prep + " "
                                                      : " with ") +
                 join(partners, 3);
      }
    }
    if (e.location && label.find(e.location->name) == std::string::npos) {
      label += " " + e.location->qualifier + " " + e.location->name;
      if (!c.near_name.empty()) label += " " + c.near_name;
    }
    if (!label.empty()) {
      label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    }
    return label;
  }

  void Finish(Candidate& c) {
    Event& e = c.event;
    const Token& trig = toks_[c.trigger];
    e.id = MakeEventId(article_id_, trig.span.begin, e.type);
    if (const EventTypeInfo* info = FindEventType(e.type)) e.cameo = std::string(info->cameo);
    Evidence ev;
    ev.article = std::string(article_id_);
    ev.sentence = doc_.sentences[trig.sentence];
    ev.trigger = trig.span;
    ev.trigger_text = std::string(trig.text);
    e.evidence = {ev};
    e.label = Label(c);
    double conf = 0.3;
    if (!e.participants.empty()) conf += 0.25;
    if (e.location) conf += 0.15;
    if (e.time.basis == TimeBasis::kExplicit || e.time.basis == TimeBasis::kRelative) {
      conf += 0.2;
    } else if (e.time.basis == TimeBasis::kTense) {
      conf += 0.1;
    }
    if (c.copied) conf -= 0.1;
    // Untyped mentions are kept for timelines of any domain, below the typed ones.
    if (Eq(e.type, "other")) conf -= 0.15;
    if (e.modality == Modality::kHypothetical || e.modality == Modality::kReported) conf -= 0.05;
    e.confidence = std::clamp(conf, 0.05, 0.95);
  }

  bool keep_bare_ = false;
  const Document& doc_;
  const std::vector<Token>& toks_;
  const EntityAnalysis& ents_;
  const std::vector<Timex>& timexes_;
  std::string_view article_id_;
  std::optional<Date> dct_;
  const Lexicon* lex_ = nullptr;
  std::vector<size_t> clause_begin_;
  std::vector<size_t> clause_end_;
  std::map<std::string, std::vector<std::string>> groups_;
  std::vector<Candidate> cands_;
  std::vector<std::pair<std::string, std::string>> person_titles_;  // (entity id, lower-case title)
  std::map<size_t, const TriggerEntry*> named_gatherings_;  // entity index -> its gathering noun
  std::map<std::string_view, const TriggerEntry*> gathering_acronyms_;  // "WWDC" -> its noun
  std::vector<int> trigger_at_;  // per token: index into cands_ of its trigger, or -1
  // LemmaAt()'s answers: per form, the verb and noun lemma, and which of the two are known.
  mutable std::vector<std::string_view> lemma_;
  mutable std::vector<uint8_t> lemma_known_;
  // FormBit()'s answers (In(), FunctionWordAt(), EventNounAt(), GenericTrigger()'s excluded
  // forms and listed lemmas, ListedTriggerAt()): per form, one bit per question, and which are
  // known: the answers in the low 16 bits, the known bits in the high 16, so that one load
  // serves the nearly always answered question.
  mutable std::vector<uint32_t> form_bits_;
  // CanAt()'s answers: per form, the low nibble which parts of speech are known, the high nibble
  // which of those the form can be.
  mutable std::vector<uint8_t> can_;
  // FormTrigger()'s answers: per form, the entry (or nullptr), and whether it is known.
  mutable std::vector<const TriggerEntry*> form_trigger_;
  mutable std::vector<uint8_t> form_trigger_known_;
  // VerbTense()'s answers per token, kTenseUnknown until asked; empty until the first question.
  static constexpr int8_t kTenseUnknown = -1;
  mutable std::vector<int8_t> verb_tense_;
  // TokenBit()'s answers per token, and which are known; empty until the first question.
  mutable std::vector<uint8_t> token_in_;
  mutable std::vector<uint8_t> token_known_;
  std::vector<size_t> report_from_;  // per sentence: Reported() holds for triggers after this token
  // Per sentence: Reported() holds for triggers before this token, the closing mark of a
  // quotation continued without its opening mark; 0 when there is none.
  std::vector<size_t> continued_quote_;
  // Per sentence: whether it holds "while" (WhileAtPlace); -1 until asked.
  mutable std::vector<int8_t> sentence_has_while_;
  // Per token: an open "if"/"unless" before it in its sentence (1), or an open question of
  // "whether" or of "if" after a word of asking (2); 0 outside both.
  std::vector<uint8_t> conditional_;
  // RoleDescribedPerson()'s title words per entity (empty for non-persons), built on first use.
  mutable std::vector<std::set<std::string>> title_words_;
};

}  // namespace

std::vector<Event> ExtractEvents(const Document& doc, const EntityAnalysis& entities,
                                 const std::vector<Timex>& timexes, std::string_view article_id,
                                 std::optional<Date> dct, bool keep_bare) {
  return Extractor(doc, entities, timexes, article_id, dct, keep_bare).Run();
}

}  // namespace eg
