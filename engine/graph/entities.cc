// Cross-article entity resolution over the store's name index (see entities.h for the rules).
#include "engine/graph/entities.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "engine/base/ids.h"
#include "engine/graph/graph.h"

namespace eg {
namespace {

// Name key families. A key is "<kind>/<family>/<slug>".
constexpr std::string_view kName = "name";        // the name or an alias, whole
constexpr std::string_view kSurname = "surname";  // the last word of a person's full name
constexpr std::string_view kSingle = "single";    // a person known by one word only
constexpr std::string_view kAcronym = "acronym";  // initials of an organization's name, or an acronym alias
constexpr std::string_view kShort = "short";      // an organization known by its acronym only

std::string Key(EntityKind kind, std::string_view family, std::string_view slug) {
  std::string key(EntityKindName(kind));
  key.push_back('/');
  key += family;
  key.push_back('/');
  key += slug;
  return key;
}

std::vector<std::string> Words(std::string_view slug) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= slug.size()) {
    const size_t dash = slug.find('-', start);
    const size_t end = dash == std::string_view::npos ? slug.size() : dash;
    if (end > start) out.emplace_back(slug.substr(start, end - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return out;
}

// "NATO", "EU", "U.N.": two to six capital letters (dots allowed), nothing else.
bool IsAcronym(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    ++letters;
  }
  return letters >= 2 && letters <= 6;
}

std::string AcronymSlug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '.') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Initials of the significant words of a multi-word name: "European Union" -> "eu",
// "Organization for Security and Co-operation in Europe" -> "osce". Empty for one word.
std::string Initials(std::string_view name) {
  static const std::set<std::string, std::less<>> kSkip = {"of", "the", "and", "for", "on", "in", "at",
                                                           "to", "de", "des", "du", "la", "le", "et", "&"};
  std::string out;
  size_t words = 0, start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::string lower(word);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (kSkip.count(lower)) continue;
    if (!std::isalpha(static_cast<unsigned char>(word[0]))) return "";
    out.push_back(lower[0]);
    ++words;
  }
  return words >= 2 ? out : "";
}

bool Folded(EntityKind k) { return k == EntityKind::kPerson || k == EntityKind::kOrganization; }

constexpr std::string_view kTail = "tail";  // the last two words of a person's name of three or more

// The last two words of a name: "secretary-general-antonio-guterres" -> "antonio-guterres".
std::string TailSlug(const std::vector<std::string>& words) {
  return words[words.size() - 2] + "-" + words.back();
}

// An organization's one-word name that may be an acronym written either way ("NATO", "Nato").
bool LooksLikeAcronym(std::string_view name) {
  if (IsAcronym(name)) return true;
  if (name.size() < 2 || name.size() > 6 || name[0] < 'A' || name[0] > 'Z') return false;
  return std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// One word that may be a person's surname: a one-word person, or a one-word organization that is
// not written as an acronym (extraction types an unknown capitalized word as an organization).
bool IsSurnameForm(const Entity& e) {
  if (Words(Slugify(e.name)).size() != 1) return false;
  if (e.kind == EntityKind::kPerson) return true;
  return e.kind == EntityKind::kOrganization && !IsAcronym(e.name);
}

// Whether two first names are one name, up to one misspelt letter (an edit, a swap of neighbours)
// in names of five letters or more: "vladmir"/"vladimir", "dymtro"/"dmytro", "sergei"/"sergey".
bool SameGivenName(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5 || a[0] != b[0]) return false;
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 1) return false;
  // Optimal string alignment distance, stopped at 1.
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m] <= 1;
}

// Two names of ten letters or more that differ by at most one letter are one name spelt two ways
// ("north-atlantic-treaty-organisation" / "...-organization").
bool SameSpelling(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 10 || b.size() < 10 || a.size() != b.size()) return false;
  size_t diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
  return diff <= 1;
}

// A one-word person ("Kallas") or an organization known by its acronym ("NATO").
bool IsShortForm(const Entity& e) { return Words(Slugify(e.name)).size() == 1; }

bool Compatible(const Entity& a, const Entity& b) {
  return a.kind == b.kind && (a.country.empty() || b.country.empty() || a.country == b.country);
}

std::vector<std::string> Without(std::vector<std::string> ids, const std::string& id) {
  std::erase(ids, id);
  return ids;
}


int RoleRank(Role r) { return r == Role::kSource ? 2 : r == Role::kTarget ? 1 : 0; }

// Renames entity `from` to `into` in one event; false when the event does not name `from`.
bool RenameIn(Event& e, const std::string& from, const std::string& into) {
  bool changed = false;
  std::vector<Participant> kept;
  for (Participant p : e.participants) {
    if (p.entity == from) {
      p.entity = into;
      changed = true;
    }
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Participant& q) { return q.entity == p.entity; });
    if (same == kept.end()) {
      kept.push_back(p);
    } else if (RoleRank(p.role) > RoleRank(same->role)) {
      same->role = p.role;
    }
  }
  e.participants = std::move(kept);
  if (e.location && e.location->entity == from) {
    e.location->entity = into;
    changed = true;
  }
  return changed;
}

class Resolver {
 public:
  explicit Resolver(Store& store) : store_(store) {}

  Status LoadPending() {
    EG_ASSIGN_OR_RETURN(std::vector<PendingEvent> pending, store_.PendingEvents());
    for (const auto& p : pending) pending_.insert(p.id);
    pending_list_ = std::move(pending);
    return Status::Ok();
  }

  Result<EntityResolution> Run() {
    EG_RETURN_IF_ERROR(LoadPending());
    std::set<std::string> ids;
    for (const auto& p : pending_list_) {
      if (!p.fresh) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, store_.GetEvent(p.id));
      if (!e) continue;
      for (const auto& id : EntityIdsOf(*e)) {
        if (id.starts_with("person:") || id.starts_with("organization:")) ids.insert(id);
      }
    }
    // Full names first, so that a surname or an acronym is judged against every full name of
    // this run too, whatever the order of the articles: two new Kallases make "Kallas" ambiguous.
    std::vector<Entity> full, short_forms;
    for (const auto& id : ids) {
      EG_ASSIGN_OR_RETURN(std::optional<Entity> e, store_.GetEntity(id));
      if (!e || !Folded(e->kind)) continue;
      ++report_.entities_checked;
      (IsShortForm(*e) ? short_forms : full).push_back(std::move(*e));
    }
    for (auto* group : {&full, &short_forms}) {
      for (const auto& e : *group) {
        if (gone_.count(e.id)) continue;
        EG_ASSIGN_OR_RETURN(std::optional<Entity> current, store_.GetEntity(e.id));
        if (!current) continue;
        EG_ASSIGN_OR_RETURN(bool folded_away, Resolve(*current));
        if (folded_away) continue;
        EG_RETURN_IF_ERROR(File(e.id));
      }
    }
    return report_;
  }

  Status Fold(const std::string& from, const std::string& into) {
    EG_ASSIGN_OR_RETURN(std::optional<Entity> source, store_.GetEntity(from));
    EG_ASSIGN_OR_RETURN(std::optional<Entity> target, store_.GetEntity(into));
    if (!source) return Status::NotFound("no entity " + from + " in the store");
    if (!target) return Status::NotFound("no entity " + into + " in the store");
    if (from == into) return Status::InvalidArgument("cannot fold entity " + from + " into itself");

    GraphChange change;
    EventQuery q;
    q.entity = from;
    EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> indexed, store_.IndexScan(q));
    std::set<std::string> seen;
    for (const auto& ie : indexed) {
      if (!seen.insert(ie.id).second) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, store_.GetEvent(ie.id));
      if (!e || !RenameIn(*e, from, into)) continue;
      // Fresh pending events keep their mark (they may still merge); linked ones are linked again
      // so that the storylines of `into` take them in.
      if (!pending_.count(e->id)) change.mark_pending.push_back(e->id);
      change.put_events.push_back(std::move(*e));
    }
    std::set<std::string> topics = {"other"};
    for (const auto& t : EventTypes()) topics.insert(std::string(TopicOf(t.type)));
    for (const auto& topic : topics) change.erase_storylines.push_back("story:" + topic + ":" + from);
    EG_RETURN_IF_ERROR(store_.Apply(change));

    Entity merged = *target;
    MergeEntity(merged, *source);
    EG_RETURN_IF_ERROR(store_.PutEntity(merged));
    EG_RETURN_IF_ERROR(store_.DeleteEntity(from));
    std::vector<std::pair<std::string, std::string>> erase, put;
    for (auto& k : EntityNameKeys(*source)) erase.emplace_back(std::move(k), from);
    for (auto& k : EntityNameKeys(merged)) put.emplace_back(std::move(k), into);
    EG_RETURN_IF_ERROR(store_.UpdateEntityNames(erase, put));
    gone_.insert(from);
    report_.folds.emplace_back(from, into);
    return Status::Ok();
  }

 private:
  Result<std::vector<std::string>> Named(const std::string& key) { return store_.EntitiesNamed(key); }

  // The ids among `ids` whose entities are compatible with `e`.
  Result<std::vector<std::string>> CompatibleWith(const Entity& e, const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids) {
      if (id == e.id || gone_.count(id)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Entity> other, store_.GetEntity(id));
      if (other && Compatible(e, *other)) out.push_back(id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The person a bare surname stands for: the persons filed under `surname` (plus `extra`, a
  // full name of this run), compatible with `short_form` by country, must all be one person up to
  // a misspelt first name ("Vladmir Putin" beside "Vladimir Putin"); of those spellings, the one
  // most events name. A short form the extractor typed as an organization (an unknown capitalized
  // word) joins only a person whose own articles used the surname alone for them (an alias), so a
  // company that shares a name with a person stays apart.
  Result<std::optional<std::string>> SurnameTarget(const Entity& short_form, const std::string& surname,
                                                   const std::string& extra = "") {
    EG_ASSIGN_OR_RETURN(std::vector<std::string> ids, Named(Key(EntityKind::kPerson, kSurname, surname)));
    if (!extra.empty()) ids.push_back(extra);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Entity> cands;
    for (const auto& id : ids) {
      if (id == short_form.id || gone_.count(id)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Entity> c, store_.GetEntity(id));
      if (!c || c->kind != EntityKind::kPerson) continue;
      if (!short_form.country.empty() && !c->country.empty() && c->country != short_form.country) continue;
      cands.push_back(std::move(*c));
    }
    if (cands.empty()) return std::optional<std::string>();
    const std::string first = Words(Slugify(cands.front().name)).front();
    for (const auto& c : cands) {
      if (!SameGivenName(Words(Slugify(c.name)).front(), first)) return std::optional<std::string>();
    }
    const Entity* best = nullptr;
    uint64_t best_events = 0;
    for (const auto& c : cands) {
      EG_ASSIGN_OR_RETURN(uint64_t n, store_.CountEntityEvents(c.id));
      if (!best || n > best_events) {
        best = &c;
        best_events = n;
      }
    }
    if (short_form.kind != EntityKind::kPerson) {
      const bool attested = std::any_of(best->aliases.begin(), best->aliases.end(),
                                        [&](const std::string& a) { return Slugify(a) == surname; });
      if (!attested) return std::optional<std::string>();
    }
    return std::optional<std::string>(best->id);
  }

  // When full name `e` arrives: the stored short forms of its surname (a one-word person, or a
  // one-word organization that is no acronym) that now stand for one person fold into that person.
  Status TakeInSurnames(const Entity& e, const std::string& surname) {
    std::vector<std::string> shorts;
    EG_ASSIGN_OR_RETURN(std::vector<std::string> persons, Named(Key(EntityKind::kPerson, kSingle, surname)));
    EG_ASSIGN_OR_RETURN(std::vector<std::string> orgs, Named(Key(EntityKind::kOrganization, kName, surname)));
    shorts.insert(shorts.end(), persons.begin(), persons.end());
    shorts.insert(shorts.end(), orgs.begin(), orgs.end());
    for (const auto& s : shorts) {
      if (s == e.id || gone_.count(s)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Entity> short_form, store_.GetEntity(s));
      if (!short_form || !IsSurnameForm(*short_form) || Slugify(short_form->name) != surname) continue;
      EG_ASSIGN_OR_RETURN(std::optional<std::string> target, SurnameTarget(*short_form, surname, e.id));
      if (target) EG_RETURN_IF_ERROR(Fold(s, *target));
    }
    return Status::Ok();
  }

  // The organization an acronym stands for among `ids` (compatible with `short_form`): those whose
  // initials it is, else those that list it as an alias; several count as one when their names
  // differ only in spelling ("Organisation", "Organization"), and then the one most events name.
  Result<std::optional<std::string>> AcronymTarget(const Entity& short_form, const std::vector<std::string>& by_initials,
                                                   const std::vector<std::string>& by_alias) {
    EG_ASSIGN_OR_RETURN(std::vector<std::string> cands, CompatibleWith(short_form, by_initials));
    if (cands.empty()) {
      EG_ASSIGN_OR_RETURN(cands, CompatibleWith(short_form, by_alias));
    }
    if (cands.empty()) return std::optional<std::string>();
    std::vector<std::string> slugs;
    for (const auto& id : cands) {
      EG_ASSIGN_OR_RETURN(std::optional<Entity> c, store_.GetEntity(id));
      slugs.push_back(c ? Slugify(c->name) : id);
    }
    for (const auto& slug : slugs) {
      if (!SameSpelling(slug, slugs.front())) return std::optional<std::string>();
    }
    std::optional<std::string> best;
    uint64_t best_events = 0;
    for (const auto& id : cands) {
      EG_ASSIGN_OR_RETURN(uint64_t n, store_.CountEntityEvents(id));
      if (!best || n > best_events) {
        best = id;
        best_events = n;
      }
    }
    return best;
  }

  // Folds the organizations known by acronym `acronym` only into the organization it stands for,
  // when that is `e` (a full name of this run) or a spelling of it.
  Status TakeInAcronyms(const Entity& e, const std::string& acronym) {
    EG_ASSIGN_OR_RETURN(std::vector<std::string> shorts, Named(Key(e.kind, kShort, acronym)));
    if (Without(shorts, e.id).empty()) return Status::Ok();
    EG_ASSIGN_OR_RETURN(std::vector<std::string> holders, Named(Key(e.kind, kAcronym, acronym)));
    EG_ASSIGN_OR_RETURN(std::vector<std::string> aliased, Named(Key(e.kind, kName, acronym)));
    holders.push_back(e.id);
    const auto is_short = [&](const std::string& h) {
      return std::find(shorts.begin(), shorts.end(), h) != shorts.end();
    };
    std::erase_if(holders, is_short);
    std::erase_if(aliased, is_short);
    for (const auto& s : Without(shorts, e.id)) {
      if (gone_.count(s)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Entity> short_form, store_.GetEntity(s));
      if (!short_form || !Compatible(e, *short_form)) continue;
      EG_ASSIGN_OR_RETURN(std::optional<std::string> target, AcronymTarget(*short_form, holders, aliased));
      if (target) EG_RETURN_IF_ERROR(Fold(s, *target));
    }
    return Status::Ok();
  }

  // Decides where `e` belongs; true when it was folded into another entity.
  Result<bool> Resolve(const Entity& e) {
    const std::string slug = Slugify(e.name);
    const std::vector<std::string> words = Words(slug);
    if (words.empty()) return false;
    if (e.kind == EntityKind::kPerson) {
      if (words.size() == 1) {
        EG_ASSIGN_OR_RETURN(std::optional<std::string> target, SurnameTarget(e, slug));
        if (!target) return false;
        EG_RETURN_IF_ERROR(Fold(e.id, *target));
        return true;
      }
      // A name a stored person lists as an alias ("EU foreign policy chief Kaja Kallas").
      EG_ASSIGN_OR_RETURN(std::vector<std::string> by_alias, Named(Key(e.kind, kName, slug)));
      EG_ASSIGN_OR_RETURN(std::vector<std::string> cands, CompatibleWith(e, by_alias));
      if (cands.size() == 1) {
        EG_RETURN_IF_ERROR(Fold(e.id, cands.front()));
        return true;
      }
      // A longer name ending with a stored full name is that person with a title or a stray word
      // before the name ("Secretary-General António Guterres"); the shorter name is canonical.
      if (words.size() >= 3) {
        EG_ASSIGN_OR_RETURN(std::vector<std::string> tail, Named(Key(e.kind, kName, TailSlug(words))));
        EG_ASSIGN_OR_RETURN(std::vector<std::string> shorter, CompatibleWith(e, tail));
        if (shorter.size() == 1) {
          EG_RETURN_IF_ERROR(Fold(e.id, shorter.front()));
          return true;
        }
      } else {
        EG_ASSIGN_OR_RETURN(std::vector<std::string> longer, Named(Key(e.kind, kTail, slug)));
        EG_ASSIGN_OR_RETURN(std::vector<std::string> take, CompatibleWith(e, longer));
        for (const auto& id : take) EG_RETURN_IF_ERROR(Fold(id, e.id));
      }
      EG_RETURN_IF_ERROR(TakeInSurnames(e, words.back()));
      return false;
    }
    // Organizations.
    if (words.size() == 1 && LooksLikeAcronym(e.name)) {
      const std::string acronym = slug;
      EG_ASSIGN_OR_RETURN(std::vector<std::string> by_initials, Named(Key(e.kind, kAcronym, acronym)));
      EG_ASSIGN_OR_RETURN(std::vector<std::string> by_alias, Named(Key(e.kind, kName, acronym)));
      EG_ASSIGN_OR_RETURN(std::vector<std::string> shorts, Named(Key(e.kind, kShort, acronym)));
      const auto is_short = [&](const std::string& id) {
        return std::find(shorts.begin(), shorts.end(), id) != shorts.end();
      };
      std::erase_if(by_initials, is_short);
      std::erase_if(by_alias, is_short);
      EG_ASSIGN_OR_RETURN(std::optional<std::string> target, AcronymTarget(e, by_initials, by_alias));
      if (target) {
        EG_RETURN_IF_ERROR(Fold(e.id, *target));
        return true;
      }
    }
    if (IsSurnameForm(e)) {
      EG_ASSIGN_OR_RETURN(std::optional<std::string> target, SurnameTarget(e, slug));
      if (target) {
        EG_RETURN_IF_ERROR(Fold(e.id, *target));
        return true;
      }
      return false;
    }
    EG_ASSIGN_OR_RETURN(std::vector<std::string> by_alias, Named(Key(e.kind, kName, slug)));
    EG_ASSIGN_OR_RETURN(std::vector<std::string> cands, CompatibleWith(e, by_alias));
    if (cands.size() == 1) {
      EG_RETURN_IF_ERROR(Fold(e.id, cands.front()));
      return true;
    }
    std::set<std::string> acronyms;
    if (const std::string initials = Initials(e.name); !initials.empty()) acronyms.insert(initials);
    for (const auto& a : e.aliases) {
      if (IsAcronym(a)) acronyms.insert(AcronymSlug(a));
    }
    for (const auto& a : acronyms) EG_RETURN_IF_ERROR(TakeInAcronyms(e, a));
    return false;
  }

  // Files the stored entity `id` under its current name keys.
  Status File(const std::string& id) {
    EG_ASSIGN_OR_RETURN(std::optional<Entity> e, store_.GetEntity(id));
    if (!e) return Status::Ok();
    std::vector<std::pair<std::string, std::string>> put;
    for (auto& k : EntityNameKeys(*e)) put.emplace_back(std::move(k), id);
    return store_.UpdateEntityNames({}, put);
  }

  Store& store_;
  std::vector<PendingEvent> pending_list_;
  std::set<std::string> pending_;  // ids of every pending event
  std::set<std::string> gone_;     // entities folded away in this run
  EntityResolution report_;
};

}  // namespace

std::set<std::string> EntityIdsOf(const Event& e) {
  std::set<std::string> out;
  for (const auto& p : e.participants) {
    if (!p.entity.empty()) out.insert(p.entity);
  }
  if (e.location && !e.location->entity.empty()) out.insert(e.location->entity);
  return out;
}

std::vector<std::string> EntityNameKeys(const Entity& e) {
  std::vector<std::string> keys;
  if (!Folded(e.kind)) return keys;
  const std::string slug = Slugify(e.name);
  const std::vector<std::string> words = Words(slug);
  if (words.empty()) return keys;
  if (e.kind == EntityKind::kPerson) {
    if (words.size() == 1) {
      keys.push_back(Key(e.kind, kSingle, slug));
    } else {
      keys.push_back(Key(e.kind, kName, slug));
      keys.push_back(Key(e.kind, kSurname, words.back()));
      if (words.size() >= 3) keys.push_back(Key(e.kind, kTail, TailSlug(words)));
    }
    // Multi-word aliases ("EU foreign policy chief Kaja Kallas") are names too; one-word aliases
    // are surnames, which the surname key covers without claiming them outright.
    for (const auto& a : e.aliases) {
      const std::string s = Slugify(a);
      if (Words(s).size() >= 2) keys.push_back(Key(e.kind, kName, s));
    }
  } else {
    keys.push_back(Key(e.kind, kName, slug));
    if (words.size() == 1 && LooksLikeAcronym(e.name)) {
      keys.push_back(Key(e.kind, kShort, slug));
    } else if (const std::string initials = Initials(e.name); !initials.empty()) {
      keys.push_back(Key(e.kind, kAcronym, initials));
    }
    for (const auto& a : e.aliases) {
      const std::string s = Slugify(a);
      if (!s.empty()) keys.push_back(Key(e.kind, kName, s));
      if (IsAcronym(a) && !IsAcronym(e.name)) keys.push_back(Key(e.kind, kAcronym, AcronymSlug(a)));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

Result<EntityResolution> ResolveEntities(Store& store) {
  Resolver resolver(store);
  return resolver.Run();
}

Status FoldEntity(Store& store, const std::string& from, const std::string& into) {
  Resolver resolver(store);
  EG_RETURN_IF_ERROR(resolver.LoadPending());
  return resolver.Fold(from, into);
}

Result<std::vector<Entity>> ListEntities(Store& store, std::optional<EntityKind> kind, bool with_unused) {
  EG_ASSIGN_OR_RETURN(std::vector<Entity> all, store.Entities());
  std::vector<Entity> out;
  for (auto& ent : all) {
    if (kind && ent.kind != *kind) continue;
    EventQuery q;
    q.entity = ent.id;
    EG_ASSIGN_OR_RETURN(std::vector<IndexedEvent> indexed, store.IndexScan(q));
    std::set<std::string> events, articles;
    for (const auto& ie : indexed) {
      if (!events.insert(ie.id).second) continue;
      EG_ASSIGN_OR_RETURN(std::optional<Event> e, store.GetEvent(ie.id));
      if (!e) continue;
      for (const auto& ev : e->evidence) articles.insert(ev.article);
    }
    if (events.empty() && !with_unused) continue;
    ent.event_count = events.size();
    ent.article_count = articles.size();
    out.push_back(std::move(ent));
  }
  std::stable_sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    return std::make_tuple(-static_cast<int64_t>(a.event_count), a.name, a.id) <
           std::make_tuple(-static_cast<int64_t>(b.event_count), b.name, b.id);
  });
  return out;
}

Result<std::vector<std::string>> EntitiesNamedBy(Store& store, const std::string& name) {
  const std::string slug = Slugify(name);
  const std::vector<std::string> words = Words(slug);
  std::vector<std::string> out;
  if (words.empty()) return out;
  auto add = [&](const std::string& key) -> Status {
    EG_ASSIGN_OR_RETURN(std::vector<std::string> ids, store.EntitiesNamed(key));
    out.insert(out.end(), ids.begin(), ids.end());
    return Status::Ok();
  };
  // Exact names and aliases first; a surname or an acronym only when nothing is named so.
  EG_RETURN_IF_ERROR(add(Key(EntityKind::kPerson, kName, slug)));
  EG_RETURN_IF_ERROR(add(Key(EntityKind::kOrganization, kName, slug)));
  if (words.size() == 1) EG_RETURN_IF_ERROR(add(Key(EntityKind::kPerson, kSingle, slug)));
  if (out.empty() && words.size() == 1) {
    EG_RETURN_IF_ERROR(add(Key(EntityKind::kPerson, kSurname, slug)));
    EG_RETURN_IF_ERROR(add(Key(EntityKind::kOrganization, kAcronym, slug)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace eg
