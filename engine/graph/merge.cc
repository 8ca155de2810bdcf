// Within-article merging of event mentions (see graph.h for the rules).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <string>

#include "engine/graph/graph.h"

namespace eg {
namespace {

int BasisRank(TimeBasis b) {
  switch (b) {
    case TimeBasis::kExplicit: return 3;
    case TimeBasis::kRelative: return 2;
    case TimeBasis::kTense: return 1;
    case TimeBasis::kPublication: return 0;
  }
  return 0;
}

// Smaller is finer. Unknown precision is the coarsest.
int PrecisionRank(Precision p) {
  switch (p) {
    case Precision::kMinute: return 0;
    case Precision::kDay: return 1;
    case Precision::kWeek: return 2;
    case Precision::kMonth: return 3;
    case Precision::kQuarter: return 4;
    case Precision::kSeason: return 4;
    case Precision::kHalfYear: return 5;
    case Precision::kYear: return 6;
    case Precision::kDecade: return 7;
    case Precision::kCentury: return 8;
    case Precision::kUnknown: return 9;
  }
  return 9;
}

// True when `a` is a better-founded time than `b`.
// A known bound is information; the basis only says how it was found.
bool BetterTime(const TimeSpan& a, const TimeSpan& b) {
  const int closed_a = (a.begin ? 1 : 0) + (a.end ? 1 : 0);
  const int closed_b = (b.begin ? 1 : 0) + (b.end ? 1 : 0);
  if (closed_a != closed_b) return closed_a > closed_b;
  if (BasisRank(a.basis) != BasisRank(b.basis)) return BasisRank(a.basis) > BasisRank(b.basis);
  return PrecisionRank(a.precision) < PrecisionRank(b.precision);
}

int PlaceRank(const Location& l) {
  const std::string_view id = l.entity;
  if (id.starts_with("facility:")) return 4;
  if (id.starts_with("location:")) return 3;
  if (id.starts_with("country:")) return 1;
  return 2;
}

int RoleRank(Role r) {
  switch (r) {
    case Role::kSource: return 2;
    case Role::kTarget: return 1;
    case Role::kParticipant: return 0;
  }
  return 0;
}

int ModalityRank(Modality m) {
  switch (m) {
    case Modality::kAsserted: return 4;
    case Modality::kReported: return 3;
    case Modality::kPlanned: return 2;
    case Modality::kHypothetical: return 1;
    case Modality::kNegated: return 0;
  }
  return 0;
}

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0, kEarth = 6371.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarth * std::asin(std::min(1.0, std::sqrt(h)));
}

// A crude stem of the trigger, enough to tie "negotiations" to "negotiation" and "talks" to "talk".
std::string TriggerStem(const Event& e) {
  std::string s;
  for (const auto& ev : e.evidence) {
    s = ev.trigger_text;
    break;
  }
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (const auto sp = s.rfind(' '); sp != std::string::npos) s = s.substr(sp + 1);  // head word
  for (const char* suffix : {"ions", "ion", "ings", "ing", "s"}) {
    const std::string_view suf(suffix);
    if (s.size() > suf.size() + 3 && std::string_view(s).ends_with(suf)) {
      s.resize(s.size() - suf.size());
      break;
    }
  }
  return s;
}

const Participant* FindSource(const Event& e) {
  for (const auto& p : e.participants) {
    if (p.role == Role::kSource) return &p;
  }
  return nullptr;
}

bool TimesCompatible(const TimeSpan& a, const TimeSpan& b) {
  const auto rel = RelateSpans(a, b);
  return !rel || (*rel != RelationType::kBefore && *rel != RelationType::kAfter);
}

// Countries of the places the mentions name, by entity id.
using PlaceCountries = std::map<std::string, std::string>;

// True when one place is a country and the other lies in it.
bool Contains(const Location& outer, const Location& inner, const PlaceCountries& countries) {
  if (!outer.entity.starts_with("country:")) return false;
  auto in = countries.find(inner.entity);
  auto out = countries.find(outer.entity);
  return in != countries.end() && out != countries.end() && !in->second.empty() &&
         in->second == out->second;
}

bool SamePlaceAtSomeGranularity(const Event& a, const Event& b, const PlaceCountries& countries) {
  if (!a.location || !b.location) return false;
  return a.location->entity == b.location->entity ||
         Contains(*a.location, *b.location, countries) || Contains(*b.location, *a.location, countries);
}

bool PlacesCompatible(const Event& a, const Event& b, const PlaceCountries& countries) {
  if (!a.location || !b.location) return true;
  const Location& la = *a.location;
  const Location& lb = *b.location;
  if (la.entity == lb.entity) return true;
  if (Contains(la, lb, countries) || Contains(lb, la, countries)) return true;
  // Two different countries are two places.
  if (la.entity.starts_with("country:") && lb.entity.starts_with("country:")) return false;
  if (la.lat && la.lon && lb.lat && lb.lon) {
    return DistanceKm(*la.lat, *la.lon, *lb.lat, *lb.lon) <= 500.0;
  }
  // Without coordinates, two different places of the same rank (two cities) are kept apart.
  return PlaceRank(la) != PlaceRank(lb);
}

// True when `t` lasts beyond a month with both bounds known: a war, a campaign, a season of talks.
bool Lasting(const TimeSpan& t) { return t.begin && t.end && (*t.end - *t.begin).days() > 31; }

// True when the text dates `t`, not only the tense or the publication.
bool Dated(const TimeSpan& t) {
  return t.basis == TimeBasis::kExplicit || t.basis == TimeBasis::kRelative;
}

// True when taking in `mention` would give the cluster `merged` a time or a place it does not
// have (as Absorb does within an article): a dated span better founded than the cluster's and not
// the same, or a place where the cluster has none or has one that is neither the same place nor
// contains it or lies in it. A lasting happening keeps its span and place whatever joins it.
bool BringsTimeOrPlace(const Event& merged, const Event& mention, const PlaceCountries& countries) {
  if (Lasting(merged.time)) return !merged.location && mention.location.has_value();
  if (Dated(mention.time) && BetterTime(mention.time, merged.time) &&
      (mention.time.begin != merged.time.begin || mention.time.end != merged.time.end)) {
    return true;
  }
  return mention.location && !SamePlaceAtSomeGranularity(merged, mention, countries);
}

// True when `mention` is in the sentence of the cluster's first mention (the one whose evidence
// comes first while mentions are merged), where a date or place the sentence names is the
// clause's whichever of its words the extraction attached it to. Only the first: a sentence of
// a mention that joined by the word alone is no tie to the rest of the cluster.
bool InFirstSentence(const Event& merged, const Event& mention) {
  if (merged.evidence.empty() || mention.evidence.empty()) return false;
  const Span& a = merged.evidence.front().sentence;
  const Span& b = mention.evidence.front().sentence;
  return a.begin == b.begin && a.end == b.end;
}

// How strongly `mention` is tied to the cluster `merged`; 0 = not the same happening.
int TieScore(const Event& merged, const Event& mention, const PlaceCountries& countries) {
  if (merged.type != mention.type) return 0;
  if ((merged.modality == Modality::kNegated) != (mention.modality == Modality::kNegated)) return 0;
  // What is only supposed ("a possible peace agreement", "the threat of an invasion") is not the
  // happening the article reports as real.
  if ((merged.modality == Modality::kHypothetical) != (mention.modality == Modality::kHypothetical))
    return 0;
  // In one article, what someone will do and what is reported as done are two happenings unless
  // the same word names both ("I will be speaking with the ministers today" is not the meeting
  // she attends today).
  if ((merged.modality == Modality::kPlanned) != (mention.modality == Modality::kPlanned) &&
      TriggerStem(merged) != TriggerStem(mention)) {
    return 0;
  }
  if (!TimesCompatible(merged.time, mention.time)) return 0;
  if (!PlacesCompatible(merged, mention, countries)) return 0;
  // A country or a region and a place neither in it nor holding it are two places, whatever the
  // distance between them: the finer one would replace the other ("in Syria" for the war in
  // Europe, Moscow for a strike in Ukraine).
  if (merged.location && mention.location &&
      !SamePlaceAtSomeGranularity(merged, mention, countries) &&
      (PlaceRank(*merged.location) <= 2 || PlaceRank(*mention.location) <= 2)) {
    return 0;
  }
  const Participant* s1 = FindSource(merged);
  const Participant* s2 = FindSource(mention);
  // Two named actors doing the same kind of thing ("Russia attacked ..., Ukraine attacked ...")
  // are two happenings: one article reports many attacks, sendings and appeals of one type.
  if (s1 && s2 && s1->entity != s2->entity) return 0;
  // Two statements are one happening only when the same speaker makes them. A "said" whose
  // speaker extraction did not find is not a reference back to another statement (news quotes
  // many people, each with "said"), so it stays a statement of its own.
  if (merged.type == "statement" && (!s1 || !s2 || s1->entity != s2->entity)) return 0;
  // "other" is the type of everything outside the taxonomy, not one kind of happening: only
  // mentions of the same word can be the same happening.
  if (merged.type == "other" && TriggerStem(merged) != TriggerStem(mention)) return 0;
  int score = 0;
  bool named_actor_shared = false;
  for (const auto& p : mention.participants) {
    for (const auto& q : merged.participants) {
      if (p.entity != q.entity) continue;
      score += (p.role == Role::kSource && q.role == Role::kSource) ? 2 : 1;
      named_actor_shared = named_actor_shared || !p.entity.starts_with("country:");
    }
  }
  // Without an actor in common other than a whole country (in a war one country is party to
  // every attack the article reports), the tie rests on the word alone, and a mention that brings
  // its own dated time or place is another happening of that kind: the war in Syria is not the
  // war that has lasted a month, an attack on Wednesday morning not the attacks tried constantly.
  if (!named_actor_shared && !InFirstSentence(merged, mention) &&
      BringsTimeOrPlace(merged, mention, countries)) {
    return 0;
  }
  // One speaker's sayings are tied by the speaker alone (see above). Later sayings of an article
  // mostly continue the same occasion, so a day of one dates the others, but a place found for
  // one is mostly a place of what was said ("said trade links with regions in east Ukraine
  // would be severed"), not where the first was said.
  if (merged.type == "statement" && !InFirstSentence(merged, mention) && mention.location &&
      !SamePlaceAtSomeGranularity(merged, mention, countries)) {
    return 0;
  }
  // Nor is a saying dated more than a week before what the cluster's tense bounds another
  // occasion of the article ("said in August 2021" in a speech reported in March 2022).
  if (merged.type == "statement" && !InFirstSentence(merged, mention) && Dated(mention.time) &&
      !Dated(merged.time) && mention.time.end && merged.time.end &&
      (*merged.time.end - *mention.time.end).days() > 7) {
    return 0;
  }
  if (SamePlaceAtSomeGranularity(merged, mention, countries)) ++score;
  if (TriggerStem(merged) == TriggerStem(mention)) ++score;
  // "the talks": a mention with no arguments of its own refers back to the happening of its type.
  if (mention.participants.empty() && !mention.location) ++score;
  return score;
}

// True when `inner` lies within `outer` (both bounds known on `outer`; open sides of `inner` are
// read as reaching the bound).
bool Within(const TimeSpan& inner, const TimeSpan& outer) {
  return (!inner.begin || *inner.begin >= *outer.begin) &&
         (!inner.end || *inner.end <= *outer.end) && (inner.begin || inner.end);
}

// How a cluster takes in a mention's arguments. Across articles two reports of one happening
// complete each other: the finest place, the best-founded time, the firmest modality. Within an
// article the mentions of a lasting happening also name its episodes ("the war" ... "fighting in
// Donbas on Tuesday"), so there a lasting span keeps its time and the place it has, and a firmer
// modality is taken only from a report to an assertion of it: a plan the text states is not made
// real by another mention.
enum class AbsorbMode { kAcrossArticles, kWithinArticle };

void Absorb(Event& merged, const Event& mention, AbsorbMode mode = AbsorbMode::kAcrossArticles) {
  const bool within = mode == AbsorbMode::kWithinArticle;
  const bool lasting = within && Lasting(merged.time);
  for (const auto& p : mention.participants) {
    auto it = std::find_if(merged.participants.begin(), merged.participants.end(),
                           [&](const Participant& q) { return q.entity == p.entity; });
    if (it == merged.participants.end()) {
      merged.participants.push_back(p);
    } else if (RoleRank(p.role) > RoleRank(it->role)) {
      it->role = p.role;
    }
  }
  const bool episode = lasting && Within(mention.time, merged.time);
  if (!episode && BetterTime(mention.time, merged.time)) merged.time = mention.time;
  if (mention.location) {
    // An invasion is of a country or a region: a city or a facility a report names is where it
    // saw one part of it ("the invasion ... in Kyiv"), so there the wider place of two wins.
    const bool wider_wins = merged.type == "invade";
    const int rank = PlaceRank(*mention.location);
    const bool better =
        merged.location && !lasting &&
        (wider_wins ? rank < PlaceRank(*merged.location) : rank > PlaceRank(*merged.location));
    if (!merged.location || better) merged.location = mention.location;
  }
  const bool firmer = ModalityRank(mention.modality) > ModalityRank(merged.modality);
  if (firmer && (!within || merged.modality == Modality::kReported)) {
    merged.modality = mention.modality;
  }
  // The label of the mention that says most about the happening.
  const auto informativeness = [](const Event& e) {
    return (e.location ? 2 : 0) + static_cast<int>(e.participants.size());
  };
  if (!mention.label.empty() &&
      (merged.label.empty() || informativeness(mention) > informativeness(merged))) {
    merged.label = mention.label;
  }
  merged.confidence = std::min(0.99, 1.0 - (1.0 - merged.confidence) * (1.0 - mention.confidence));
  merged.evidence.insert(merged.evidence.end(), mention.evidence.begin(), mention.evidence.end());
}

size_t FirstTrigger(const Event& e) {
  size_t first = SIZE_MAX;
  for (const auto& ev : e.evidence) first = std::min(first, ev.trigger.begin);
  return first;
}

}  // namespace

MergeResult MergeWithinArticle(std::vector<Event> mentions, const std::vector<Entity>& entities) {
  PlaceCountries countries;
  for (const auto& e : entities) countries[e.id] = e.country;
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Event& a, const Event& b) { return FirstTrigger(a) < FirstTrigger(b); });
  MergeResult out;
  for (auto& mention : mentions) {
    int best_score = 0;
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < out.events.size(); ++i) {
      const int score = TieScore(out.events[i], mention, countries);
      if (score > best_score) {
        best_score = score;
        best = i;
      }
    }
    if (best == SIZE_MAX) {
      out.event_of_mention[mention.id] = mention.id;
      out.events.push_back(std::move(mention));
      continue;
    }
    out.event_of_mention[mention.id] = out.events[best].id;
    Absorb(out.events[best], mention, AbsorbMode::kWithinArticle);
  }
  for (auto& e : out.events) {
    std::sort(e.evidence.begin(), e.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.article, a.trigger.begin) < std::tie(b.article, b.trigger.begin);
    });
  }
  return out;
}

}  // namespace eg

namespace eg {
namespace {

bool CompatibleTypes(const std::string& a, const std::string& b) {
  // "other" gathers what the taxonomy does not name: two such events share no kind of happening.
  if (a == "other" || b == "other") return false;
  if (a == b) return true;
  return IsGathering(a) && IsGathering(b);
}

// Whether two reports name organizations and share none: meetings convened by different
// organizations are different meetings, even on one day in one city with the same leaders
// attending (a Nato summit and a G7 summit in Brussels).
bool DifferentConveners(const Event& a, const Event& b) {
  const auto orgs = [](const Event& e) {
    boost::container::small_vector<std::string_view, 4> out;
    for (const auto& p : e.participants) {
      if (p.entity.starts_with("organization:")) out.push_back(p.entity);
    }
    return out;
  };
  const auto x = orgs(a), y = orgs(b);
  if (x.empty() || y.empty()) return false;
  return std::none_of(x.begin(), x.end(), [&](std::string_view o) {
    return std::find(y.begin(), y.end(), o) != y.end();
  });
}

bool ClosedShort(const TimeSpan& t) {
  return t.begin && t.end && (*t.end - *t.begin).days() < 31;
}

// The first participant of a digest in the source role, or nullptr.
const MergeDigest::Who* SourceOf(const MergeDigest& d) {
  for (const auto& w : d.who) {
    if (w.role == Role::kSource) return &w;
  }
  return nullptr;
}

}  // namespace

void AbsorbEvent(Event& into, const Event& other) { Absorb(into, other); }

MergeDigest DigestForMerge(const Event& e) {
  const std::hash<std::string> hash;
  MergeDigest d;
  d.type = hash(e.type);
  d.talk = IsGathering(e.type);
  d.other = e.type == "other";
  d.statement = e.type == "statement";
  d.negated = e.modality == Modality::kNegated;
  d.closed_short = ClosedShort(e.time);
  if (d.closed_short) {
    d.begin = e.time.begin->day_number();
    d.end = e.time.end->day_number();
  }
  d.dated = e.time.basis == TimeBasis::kExplicit || e.time.basis == TimeBasis::kRelative;
  d.who.reserve(e.participants.size());
  for (const auto& p : e.participants) {
    d.who.push_back(MergeDigest::Who{hash(p.entity), p.role, p.entity.starts_with("country:"),
                                     p.entity.starts_with("organization:")});
  }
  if (e.location) {
    d.has_place = true;
    d.place = hash(e.location->entity);
    d.place_is_country = e.location->entity.starts_with("country:");
  }
  return d;
}

bool IsGathering(std::string_view type) {
  return type == "meet" || type == "negotiate" || type == "visit";
}

namespace {
// The layout of a merge signature (MergeSignature).
constexpr int kWhoBits = 24;      // bits 0-23: the participants' Bloom filter, a bit each
constexpr int kSourceShift = 24;  // bits 24-28: the source's filter bit, or one of these two
constexpr uint64_t kNoSource = 31, kAnySource = 30;
constexpr uint64_t kSingleDay = uint64_t{1} << 29;     // both bounds on one day
constexpr uint64_t kDated = uint64_t{1} << 30;         // basis explicit or relative
constexpr uint64_t kPlaceCountry = uint64_t{1} << 31;  // the place is a "country:" id
constexpr uint64_t kHasPlace = uint64_t{1} << 32;
static_assert(kMergeSignatureUnknown == uint64_t{1} << 33);
constexpr int kPlaceShift = 34;  // bits 34-49: the place's hash
constexpr uint64_t kPlaceMask = uint64_t{0xFFFF} << kPlaceShift;

// The hashes are MergeDigest's (std::hash of the id's bytes).
uint32_t WhoIndex(uint64_t hash) { return static_cast<uint32_t>((hash >> 32) % kWhoBits); }
uint64_t PlaceBits(uint64_t hash) { return ((hash >> 16) & 0xFFFF) << kPlaceShift; }
uint64_t HashId(std::string_view id) { return std::hash<std::string_view>()(id); }
}  // namespace

uint64_t MergeSignature(const std::vector<std::string_view>& participants,
                        const std::vector<Role>& roles, const std::string_view* place,
                        TimeBasis basis, bool single_day) {
  uint64_t sig = 0, source = kNoSource;
  boost::container::small_vector<uint64_t, 4> seen;
  for (size_t i = 0; i < participants.size(); ++i) {
    const uint64_t h = HashId(participants[i]);
    if (std::find(seen.begin(), seen.end(), h) != seen.end()) return kMergeSignatureUnknown;
    seen.push_back(h);
    sig |= uint64_t{1} << WhoIndex(h);
    if (i < roles.size() && roles[i] == Role::kSource)
      source = source == kNoSource ? WhoIndex(h) : kAnySource;
  }
  sig |= source << kSourceShift;
  if (place) {
    sig |= kHasPlace | PlaceBits(HashId(*place));
    if (place->starts_with("country:")) sig |= kPlaceCountry;
  }
  if (basis == TimeBasis::kExplicit || basis == TimeBasis::kRelative) sig |= kDated;
  if (single_day) sig |= kSingleDay;
  return sig;
}

uint64_t MergeSignatureOf(const Event& e) {
  std::vector<std::string_view> who;
  std::vector<Role> roles;
  who.reserve(e.participants.size());
  roles.reserve(e.participants.size());
  for (const auto& p : e.participants) {
    who.push_back(p.entity);
    roles.push_back(p.role);
  }
  const std::string_view place =
      e.location ? std::string_view(e.location->entity) : std::string_view();
  return MergeSignature(who, roles, e.location ? &place : nullptr, e.time.basis,
                        e.time.begin && e.time.end && *e.time.begin == *e.time.end);
}

MergeScreen::MergeScreen(const MergeDigest& d) {
  for (const auto& w : d.who)
    who_.push_back(Who{WhoIndex(w.entity), w.role == Role::kSource && !w.country});
  has_place_ = d.has_place;
  place_country_ = d.place_is_country;
  place_ = PlaceBits(d.place);
  dated_ = d.dated;
  single_day_ = d.closed_short && d.begin == d.end;
  day_ = d.begin;
}

bool MergeScreen::Refuses(uint64_t sig, long begin) const {
  // MayTie needs a score of 3: half a point comes free (the trigger word), each participant in
  // common 1, or 2 when a source in both, the place 1 (0.5 when either is a country), the same
  // dated day 1. A participant is counted when its filter bit is set, so the sum, kept here in
  // halves, is never below MayTie's.
  if (sig & kMergeSignatureUnknown) return false;
  const uint64_t source = (sig >> kSourceShift) & 31;
  int halves = 1;
  for (const Who& w : who_) {
    if (!(sig & (uint64_t{1} << w.index))) continue;
    halves += w.source && (source == w.index || source == kAnySource) ? 4 : 2;
  }
  if ((sig & kHasPlace) && has_place_) {
    if ((sig & kPlaceMask) == place_)
      halves += 2;
    else if ((sig & kPlaceCountry) || place_country_)
      halves += 1;
  }
  if ((sig & kSingleDay) && (sig & kDated) && single_day_ && dated_ && begin == day_) halves += 2;
  return halves < 6;
}

bool MayRecall(const MergeDigest& dated, const MergeDigest& undated) {
  // Each test mirrors one refusal of RecalledTie, hashes read as ids (see MayTie).
  if (!dated.talk || dated.type != undated.type || !dated.closed_short || !dated.dated)
    return false;
  if (dated.negated != undated.negated) return false;
  if (!dated.has_place || !undated.has_place || dated.place != undated.place ||
      dated.place_is_country)
    return false;
  const MergeDigest::Who* s1 = SourceOf(dated);
  const MergeDigest::Who* s2 = SourceOf(undated);
  if (s1 && s2 && s1->entity != s2->entity) return false;
  for (const auto& p : undated.who) {
    if (p.country) continue;
    for (const auto& q : dated.who) {
      if (p.entity == q.entity) return true;
    }
  }
  return false;
}

bool MayTie(const MergeDigest& stored, const MergeDigest& incoming) {
  // Each test mirrors one refusal of CrossArticleTie; where a hash stands for an id, equal hashes
  // are read as equal ids, which can only let more pairs through.
  if (stored.other || incoming.other) return false;
  if (stored.type != incoming.type && !(stored.talk && incoming.talk)) return false;
  if (stored.negated != incoming.negated) return false;
  if (!stored.closed_short || !incoming.closed_short) return false;
  const MergeDigest::Who* s1 = SourceOf(stored);
  const MergeDigest::Who* s2 = SourceOf(incoming);
  // The stored type decides, as in CrossArticleTie; a hash collision with "statement" is harmless
  // because both are checked.
  if (stored.statement && (!s1 || !s2 || s1->entity != s2->entity)) return false;
  if (!stored.statement) {
    bool a = false, b = false, share = false;
    for (const auto& w : stored.who) a = a || w.organization;
    for (const auto& w : incoming.who) b = b || w.organization;
    if (a && b) {
      for (const auto& w : stored.who) {
        for (const auto& v : incoming.who) share = share || (w.organization && v.organization && w.entity == v.entity);
      }
      if (!share) return false;
    }
  }
  double score = 0.0;
  int shared = 0, shared_besides_speaker = 0;
  for (const auto& p : incoming.who) {
    for (const auto& q : stored.who) {
      if (p.entity != q.entity) continue;
      ++shared;
      const bool both_source = p.role == Role::kSource && q.role == Role::kSource;
      if (!both_source) ++shared_besides_speaker;
      score += both_source && !p.country ? 2.0 : 1.0;
    }
  }
  if (stored.statement && shared_besides_speaker == 0) return false;
  bool named_place = false;
  if (stored.has_place && incoming.has_place) {
    if (stored.place == incoming.place) {
      score += 1.0;
      named_place = !stored.place_is_country;
    } else if (stored.place_is_country || incoming.place_is_country) {
      score += 0.5;  // a place inside the other's country, if `countries` says so
    }
  }
  if (stored.begin == stored.end && incoming.begin == stored.begin && incoming.end == stored.end &&
      stored.dated && incoming.dated)
    score += 1.0;
  score += 0.5;  // the same trigger word, which the digest does not keep
  return score >= 3.0 && (shared > 0 || named_place);
}

MergeTie CrossArticleTie(const Event& stored, const Event& incoming,
                         const std::map<std::string, std::string>& countries) {
  MergeTie tie;
  if (!CompatibleTypes(stored.type, incoming.type)) return tie;
  if ((stored.modality == Modality::kNegated) != (incoming.modality == Modality::kNegated)) return tie;
  // Windows of a month or less that overlap: a year-long window says too little to merge on.
  if (!ClosedShort(stored.time) || !ClosedShort(incoming.time)) return tie;
  if (!TimesCompatible(stored.time, incoming.time)) return tie;
  if (!PlacesCompatible(stored, incoming, countries)) return tie;
  const Participant* s1 = FindSource(stored);
  const Participant* s2 = FindSource(incoming);
  if (stored.type == "statement" && (!s1 || !s2 || s1->entity != s2->entity)) return tie;

  if (stored.type != "statement" && DifferentConveners(stored, incoming)) return tie;

  std::vector<std::string> parts;
  int shared = 0, shared_besides_speaker = 0;
  for (const auto& p : incoming.participants) {
    for (const auto& q : stored.participants) {
      if (p.entity != q.entity) continue;
      ++shared;
      const bool both_source = p.role == Role::kSource && q.role == Role::kSource;
      if (!both_source) ++shared_besides_speaker;
      // A shared source names who acted, which ties two reports strongly, unless it is a whole
      // country: in a war a country is the source of many attacks and claims every day.
      tie.score += both_source && !p.entity.starts_with("country:") ? 2.0 : 1.0;
    }
  }
  // One speaker says many things in a day: two reports are one statement only when they also
  // share what it was about (a participant other than the speaker).
  if (stored.type == "statement" && shared_besides_speaker == 0) return tie;
  if (shared > 0) parts.push_back("shared-participants:" + std::to_string(shared));
  bool named_place = false;
  if (stored.location && incoming.location) {
    if (stored.location->entity == incoming.location->entity) {
      tie.score += 1.0;
      named_place = !stored.location->entity.starts_with("country:");
      parts.push_back("same-place");
    } else if (SamePlaceAtSomeGranularity(stored, incoming, countries)) {
      tie.score += 0.5;
      parts.push_back("place-in-country");
    }
  }
  // A day read from tense or from the publication date is only the day the article appeared: two
  // reports of one day share it whatever they report, so it counts only when both texts date it.
  const auto dated = [](const TimeSpan& t) {
    return t.basis == TimeBasis::kExplicit || t.basis == TimeBasis::kRelative;
  };
  const bool same_day = *stored.time.begin == *stored.time.end && incoming.time.begin == stored.time.begin &&
                        incoming.time.end == stored.time.end;
  if (same_day && dated(stored.time) && dated(incoming.time)) {
    tie.score += 1.0;
    parts.push_back("same-day");
  } else if (same_day) {
    parts.push_back("same-publication-day");
  } else {
    parts.push_back("overlapping-time");
  }
  if (TriggerStem(stored) == TriggerStem(incoming)) {
    tie.score += 0.5;
    parts.push_back("same-trigger");
  }
  tie.merge = tie.score >= 3.0 && (shared > 0 || named_place);
  std::string rule = stored.type == incoming.type ? "same-type" : "compatible-type";
  for (const auto& p : parts) rule += "," + p;
  tie.rule = std::move(rule);
  return tie;
}

MergeTie RecalledTie(const Event& dated, const Event& undated) {
  MergeTie tie;
  // One kind of gathering, named by one word: a visit recalled is not the summit it was for, nor
  // a planned summit the press conference that closed it.
  if (!IsGathering(dated.type) || dated.type != undated.type) return tie;
  if (TriggerStem(dated) != TriggerStem(undated)) return tie;
  if ((dated.modality == Modality::kNegated) != (undated.modality == Modality::kNegated))
    return tie;
  if (!ClosedShort(dated.time) || !Dated(dated.time)) return tie;
  const TimeSpan& u = undated.time;
  if (u.begin.has_value() == u.end.has_value()) return tie;  // closed (CrossArticleTie) or open
  const Date& d_begin = *dated.time.begin;
  const Date& d_end = *dated.time.end;
  if (u.end) {  // on or before *u.end: the gathering ended by then, and not long before
    if (d_end > *u.end || (*u.end - d_end).days() > kRecallDays) return tie;
  } else {  // on or after *u.begin: it began then or soon after
    if (d_begin < *u.begin || (d_begin - *u.begin).days() > kRecallDays) return tie;
  }
  if (!dated.location || !undated.location) return tie;
  const std::string& place = dated.location->entity;
  if (place != undated.location->entity || place.starts_with("country:")) return tie;
  if (DifferentConveners(dated, undated)) return tie;
  // Who met names the occasion: a person or an organization both reports name (a country or
  // the host city takes part in every gathering there), and the same one acting where both
  // say who acted (two leaders' visits to one capital in a week are two visits).
  const Participant* s1 = FindSource(dated);
  const Participant* s2 = FindSource(undated);
  if (s1 && s2 && s1->entity != s2->entity) return tie;
  int shared = 0;
  for (const auto& p : undated.participants) {
    if (!p.entity.starts_with("person:") && !p.entity.starts_with("organization:")) continue;
    for (const auto& q : dated.participants) {
      if (p.entity == q.entity) ++shared;
    }
  }
  if (shared == 0) return tie;
  tie.score = shared + 1.5;
  tie.merge = true;
  tie.rule =
      "recalled-gathering,same-place,same-trigger,shared-participants:" + std::to_string(shared);
  return tie;
}

}  // namespace eg
