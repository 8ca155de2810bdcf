// The engine: merges event mentions, computes relations between events, and assembles the
// GraphView that exporters render.
#ifndef EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
#define EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/article.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/store/store.h"

namespace eg {

// Everything an exporter needs, self-contained: events in time order, the entities and articles
// they reference, and the relations among those events.
struct GraphView {
  std::vector<Article> articles;   // without text unless asked
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
  EventQuery query;                // the filter that selected it, for titles
  std::vector<Storyline> storylines;  // those with events in the view, cut to the view's events
};

struct MergeResult {
  std::vector<Event> events;                          // ordered by first evidence
  std::map<std::string, std::string> event_of_mention;  // mention id -> merged event id
};

// Merges mentions of one happening within one article. Two mentions merge when they have the same
// type, the same polarity, time spans that the bounds do not order apart, places no more than 500 km
// apart, and something that ties them: a shared participant (statements: only with the same known
// speaker, never one without a speaker), the
// same place, the same trigger word, or a bare definite mention ("the talks") with no arguments of
// its own. The merged event keeps the id of its earliest mention and every piece of evidence;
// participants are unioned (the strongest role kept); the best-founded time (explicit > relative >
// tense) and the most specific place (facility > city > country) win. `entities`, when given,
// tells each place's country, so that "talks in the United States" and "talks near Miami" can be the
// same happening (a place inside the country counts as the same place at another granularity).
MergeResult MergeWithinArticle(std::vector<Event> mentions, const std::vector<Entity>& entities = {});

// The interval relation of `a` to `b` that the spans' bounds force: BEFORE / AFTER when one must end
// before the other starts, SIMULTANEOUS for identical closed spans, INCLUDES / IS_INCLUDED when one
// closed span lies inside the other, OVERLAPS when `a` starts first and they share days without
// containment. nullopt when open bounds leave it undecided, or when `b` starts first and they
// overlap (ask RelateSpans(b, a)).
std::optional<RelationType> RelateSpans(const TimeSpan& a, const TimeSpan& b);

// The relation between two events that their spans support, with its confidence. A span bounds
// where an event lies, not how long it lasts, so only the order is trusted: BEFORE/AFTER with 1.0
// when the bounds decide it; SIMULTANEOUS with 0.5 for equal windows (same day, same month);
// nothing for containment or overlap of windows; 0.7 when it follows only from the news-recency
// reading of an open bound that tense or the narration's "today" gave
// ("talks were held", with no date, in a news article: begun within the year before publication;
// "will meet": within the year after). The stored spans keep their open bounds either way.
struct SpanRelation {
  RelationType type;
  double confidence;
};
std::optional<SpanRelation> RelateSpansLikely(const TimeSpan& a, const TimeSpan& b);

// The relations between `a` and `b` that their bounds leave possible, as a bit set over
// RelationType (bit 1 << int(type)). Each event is taken to occupy some run of whole days inside
// its span (an open side unbounded): BEFORE / AFTER (a ends on a day before b starts),
// SIMULTANEOUS (the same days), BEGINS / ENDS (same first / last day, either one longer),
// INCLUDES / IS_INCLUDED (strictly inside), OVERLAPS (sharing days, either one first). IBEFORE and
// IAFTER are never decided by day bounds.
uint32_t PossibleRelations(const TimeSpan& a, const TimeSpan& b);
// Every relation PossibleRelations can return: nothing is known.
uint32_t AllSpanRelations();

// The time relation to record for `a` -> `b`: the one relation the bounds allow (confidence 1.0;
// SIMULTANEOUS 0.5, as a shared day says only that they share the day); else BEFORE / AFTER by the
// recency reading (0.7, see RelateSpansLikely); else VAGUE with `possible` set (confidence 0.3)
// when both spans have a bound, they may share days and the bounds rule something out; else
// nullopt (nothing to say).
std::optional<Relation> ClassifySpans(const std::string& a_id, const TimeSpan& a,
                                      const std::string& b_id, const TimeSpan& b);

// Cross-article merging. Whether `incoming` (from another article) reports the same happening as
// `stored`: compatible types (the same, or two of meet/negotiate/visit; never "other"), the same polarity, both
// spans closed and at most 31 days long and overlapping, compatible places, the same speaker and
// another shared participant for statements, no two disjoint sets of organizations taking part
// (a Nato summit and a G7 summit of one day), and a tie of score >= 3 made of shared participants
// (1 each, 2 for a shared source that is not a country),
// the same place (1; 0.5 for a place inside the other's country), the same single day when both
// texts date it (1; not a day read from tense or the publication date) and the
// same trigger word (0.5), with at least one shared participant or the same named place.
// `countries` maps place entity ids to their country codes. `rule` names the parts that matched.
struct MergeTie {
  double score = 0.0;
  std::string rule;
  bool merge = false;
};
MergeTie CrossArticleTie(const Event& stored, const Event& incoming,
                         const std::map<std::string, std::string>& countries);
// Whether `type` is a gathering: meet, negotiate or visit, the types that merge with one another
// across articles and that an undated report may recall (RecalledTie).
bool IsGathering(std::string_view type);
// How many days from an undated report's bound RecalledTie looks for the gathering it recalls.
inline constexpr int kRecallDays = 7;
// Whether `undated`, a report of a gathering of the same type and trigger word as `dated` with
// one bound only (told in the past tense: on or before its article's day; or planned: on or after
// it), recalls `dated`, the report of another article that dates a gathering of a month or less
// (explicitly or relatively) within kRecallDays of that bound: "the Nato summit in Madrid" in an article of 1 July
// and "the summit opened in Madrid on Tuesday" in one of 28 June. Both must name the same place
// below a country (a city, a venue) and share a person or an organization (a country or the host
// city takes part in every gathering there); where both name who acted, it is the same one; and
// no two different organizations may convene them. Only gatherings: a summit at a place is one
// occasion in a week, where attacks on a city recur every day. Score: 1 per shared person or
// organization, 1.5 for the place and the trigger word; `rule` starts "recalled-gathering".
// (MayRecall below is its screening.)
MergeTie RecalledTie(const Event& dated, const Event& undated);
// What CrossArticleTie reads of an event, reduced to hashes and flags, so that linking can screen
// the many candidates of a dense store without strings or allocations. Entity ids and types are
// hashed: two digests can only look more alike than their events are, never less.
struct MergeDigest {
  struct Who {
    uint64_t entity = 0;
    Role role = Role::kParticipant;
    bool country = false;       // a "country:" id
    bool organization = false;  // an "organization:" id
  };
  uint64_t type = 0;
  bool talk = false;       // meet, negotiate or visit
  bool other = false;      // the type "other", which never merges
  bool statement = false;
  bool negated = false;
  bool closed_short = false;  // both bounds known, less than 31 days apart
  long begin = 0, end = 0;    // day numbers of the bounds when closed_short
  bool dated = false;         // basis explicit or relative
  // the participants, in order; held inline up to four (the screening reads many digests)
  boost::container::small_vector<Who, 4> who;
  bool has_place = false;
  uint64_t place = 0;
  bool place_is_country = false;
};
MergeDigest DigestForMerge(const Event& e);
// A necessary condition of a cross-article merge: false only when CrossArticleTie(s, i,
// countries).merge is false for the events digested as `stored` and `incoming`, whatever
// `countries` holds. It checks the types, polarity, closed short spans, the speaker of
// statements, the organizations taking part, and whether the score could reach 3 (place and
// trigger counted at their best); the time overlap and the distance of places are left to
// CrossArticleTie.
bool MayTie(const MergeDigest& stored, const MergeDigest& incoming);
// A necessary condition of RecalledTie(d, u).merge for the events digested as `dated` and
// `undated`: a dated gathering, the same place below a country, the same source where both
// have one, and a shared participant other than a country.
bool MayRecall(const MergeDigest& dated, const MergeDigest& undated);

// A merge signature: 64 bits of an event, enough to bound from above the score MayTie gives it as
// the stored event of a pair, so that a screening over many candidates can refuse most of them on
// a list entry alone. It holds a Bloom filter of the participants' entity hashes (the hashes
// MergeDigest keeps) with the filter bit of the source, 16 bits of the place's hash, and flags.
// The signature of an event with these participants (entity ids, an empty one for a participant
// without an entity, and their roles, as many), place id (nullptr: none) and span. An entity
// named twice among the participants gives kMergeSignatureUnknown (MayTie would count it twice).
// An empty place id may stand for no place: a missing place scores nothing, so the bound holds.
inline constexpr uint64_t kMergeSignatureUnknown = uint64_t{1} << 33;  // never refused
uint64_t MergeSignature(const std::vector<std::string_view>& participants,
                        const std::vector<Role>& roles, const std::string_view* place,
                        TimeBasis basis, bool single_day);
uint64_t MergeSignatureOf(const Event& e);
// The incoming event's side of the screening, from its digest.
class MergeScreen {
 public:
  explicit MergeScreen(const MergeDigest& incoming);
  // True only when MayTie(stored, incoming) is false for every stored event whose signature is
  // `sig` and whose span begins on day `begin` (a day number).
  bool Refuses(uint64_t sig, long begin) const;

 private:
  struct Who {
    uint32_t index;  // its filter bit
    bool source;     // a source and not a country: MayTie counts it twice against a source
  };
  boost::container::small_vector<Who, 4> who_;
  bool has_place_ = false, place_country_ = false, dated_ = false, single_day_ = false;
  uint64_t place_ = 0;  // the signature's place bits
  long day_ = 0;        // the begin day, when single_day_
};

// Folds `other` into `into` as within-article merging does: evidence appended, participants
// unioned, the better-founded time, the more specific place, the stronger modality.
void AbsorbEvent(Event& into, const Event& other);

// Relations between related events from their time spans (basis time): events that share an
// article, a participant or a place. Within each such group the events are sorted by span and each
// is related to its next neighbours only (at most `max_neighbours`), so the work is O(n k), not
// O(n^2). Each unordered pair is reported at most once.
std::vector<Relation> ComputeTimeRelations(const std::vector<Event>& events,
                                           size_t max_neighbours = 32);

// Rewrites relation ends through `event_of_mention` (after MergeWithinArticle) and drops relations
// that became self-loops or duplicates.
std::vector<Relation> RemapRelations(const std::vector<Relation>& relations,
                                     const std::map<std::string, std::string>& event_of_mention);

struct LinkReport {
  size_t time_relations = 0;
  size_t text_relations = 0;
  size_t derived_relations = 0;  // by composing BEFORE chains within an article
  size_t contradictions = 0;     // pairs where two bases disagree, plus BEFORE cycles refused
  size_t vague_relations = 0;    // VAGUE with a possible set
  size_t implied_relations = 0;  // order relations left out: a chain through a third event says them
  size_t linked_events = 0;      // pending events this run handled
  size_t merged_events = 0;      // events merged into an event of another article
  size_t storylines = 0;         // storylines written (new or grown)
  size_t entities_folded = 0;    // set by ImportPaths: aliases folded by ResolveEntities first
  // Each refused cycle of BEFORE: the event ids along it, the refused edge's ends first.
  std::vector<std::vector<std::string>> cycles;
  // Wall-clock seconds spent in each phase of the run ("read", "scan", "merge", "sources+groups",
  // "sweep", "check+compose", "write", "storylines"; "index" in a bulk run), for benchmarks.
  // "merge: absorb" (merging a chosen pair) and "merge: write" (applying a chunk's merges) are
  // parts of "merge".
  std::map<std::string, double> phase_seconds;
  std::map<std::string, double> phase_cpu_seconds;  // the same phases, CPU time of the linking thread
};

// Links the events written since the last run (the store's pending set), incrementally:
//  1. merges each pending event into an event of another article that reports the same happening
//     (CrossArticleTie), keeping an undo record (Unmerge), and counts sources;
//  2. relates each pending event to its time neighbours among the events that share an article or
//     an entity with it (sorted by span, the nearest few on each side: ClassifySpans), adds
//     `new_text_relations`, and keeps one temporal relation per pair: bounds-decided > text >
//     recency reading > VAGUE (a disagreement between bounds and text is counted);
//  3. refuses a BEFORE edge that would close a cycle (reported in `cycles`), then composes the
//     BEFORE chains within each new article;
//  4. updates the storylines of the pending events' participants.
// The work grows with the pending events and their neighbourhoods, not with the store.
// With `options.bulk_from` pending events or more, and at least `bulk_share` of the store's events
// pending (a bulk import, not a batch added to a large store), one pass over the store's event
// records builds the entity index in memory, and keeps the records, for the run instead of
// scanning the index per entity and chunk and reading each event back: the same result, for memory
// proportional to the store's events.
// Pending events are linked in time-ordered chunks of `chunk_events`: memory stays bounded (about
// 1.8 GB at the default for a million events), and two events of one article in different chunks
// are not related to each other (see link.cc).
struct LinkOptions {
  size_t bulk_from = 50000;
  double bulk_share = 0.25;
  size_t chunk_events = 150000;
};
Result<LinkReport> LinkStore(Store& store, const std::vector<Relation>& new_text_relations = {},
                             const LinkOptions& options = {});

// Undoes cross-article merges. For a surviving event: every merge into it; for an absorbed event
// id: that merge only (the survivor is rebuilt from its state before its first merge plus the
// other merges). Restored events are linked again. Fails with kNotFound when `event_id` is neither.
// Returns the ids of the events restored.
Result<std::vector<std::string>> Unmerge(Store& store, const std::string& event_id);

// Reads the events matching `query` (each with its sources; one when linking left them unset)
// with their entities (with event and article counts), articles,
// the relations among them and the storylines that pass through them.
Result<GraphView> LoadGraph(Store& store, const EventQuery& query, bool with_article_text = false);

// The storyline topic of an event type ("diplomacy", "conflict", "aid", "pressure", "statement",
// "other").
std::string_view TopicOf(std::string_view type);

// Queries over the store (the CLI's events, timeline, neighbors and path call these).
// The entity whose id, name or alias is `name` (case-insensitive); kNotFound when none.
Result<Entity> ResolveEntity(Store& store, const std::string& name);

// The events and entities within `depth` steps of an event or an entity: a step goes from an
// event to its participants and place and to the events it has a relation with, and from an entity
// to its events (at most `max_events` events in all; the nearest first).
struct Neighbourhood {
  std::vector<Event> events;
  std::vector<Entity> entities;
  std::vector<Relation> relations;  // among the events
};
Result<Neighbourhood> NeighboursOf(Store& store, const std::string& event_or_entity, int depth,
                                   size_t max_events = 200);

// The shortest chain entity - event - entity - ... - event - entity linking two entities (each
// step: an entity takes part in, or is the place of, the event). Empty when none within
// `max_hops` events. Alternating ids, starting with `from` and ending with `to`.
Result<std::vector<std::string>> PathBetween(Store& store, const std::string& from_entity,
                                             const std::string& to_entity, int max_hops = 6);

// Events related to `event_id` as before it / after it (by relations of any basis, inverted
// where stored the other way), strongest first.
struct BeforeAfter {
  std::vector<std::pair<Event, Relation>> before, after;
};
Result<BeforeAfter> BeforeAndAfter(Store& store, const std::string& event_id);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_GRAPH_GRAPH_H_
