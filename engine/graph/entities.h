// Entities across articles: the same person or organization named in different articles becomes
// one entity, its other names kept as aliases, and the events that name it point at it.
//
// Extraction already resolves short forms within one article ("Kallas" after "Kaja Kallas"), so the
// entities an article brings have readable ids of their own (person:kallas when the article only
// says "Kallas"). ResolveEntities folds those into the store's entities, incrementally, through the
// store's name index (entity_names): each entity is filed under a few name keys, and a new entity
// is matched by reading the keys it could match, never by scanning all entities.
//
// Rules (same kind only; two known countries must be equal):
//  - persons: a surname alone ("Kallas") joins the one stored person whose full name ends with
//    that surname; with two or more such persons ("Kaja Kallas", "Siim Kallas") it stays apart.
//    A full name arriving later takes in the stored surname-only entity on the same condition
//    (first and last name beat a surname). A name that a stored entity lists as an alias joins it.
//  - organizations: an acronym ("NATO") joins the one stored organization whose initials or alias
//    it is; a full name arriving later takes in a stored acronym-only entity likewise.
//  - places and countries already have gazetteer and ISO ids (location:brussels-be, country:UA),
//    so the same place is one id in every article; they are not folded here.
// Merges are by name only: a surname alone that arrives while only one full name bears it joins
// that person, even if the writer meant another one who is not yet in the store.
#ifndef EVENTGRAPH_ENGINE_GRAPH_ENTITIES_H_
#define EVENTGRAPH_ENGINE_GRAPH_ENTITIES_H_

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/entity.h"
#include "engine/model/event.h"
#include "engine/store/store.h"

namespace eg {

// The ids of the entities event `e` names (its participants and its place), each once.
std::set<std::string> EntityIdsOf(const Event& e);

// The name keys under which `e` is filed in the store's name index ("person/surname/kallas",
// "organization/acronym/eu", ...), sorted and unique. Empty for kinds that are not folded.
std::vector<std::string> EntityNameKeys(const Entity& e);

struct EntityResolution {
  size_t entities_checked = 0;  // distinct person/organization entities of the pending events
  // Each fold: (the entity id that was folded and removed, the entity it joined), in order.
  std::vector<std::pair<std::string, std::string>> folds;
};

// Resolves the entities named by the store's fresh pending events (those PutArticle wrote and
// linking has not handled yet) against the name index, folding aliases into their canonical
// entity, and files every such entity in the index. Call it before LinkStore, so that merging and
// storylines see the canonical ids. With nothing pending it reads nothing else and writes nothing
// (a re-import stays a no-op). The work grows with the pending events and the events of the
// entities folded, not with the store.
Result<EntityResolution> ResolveEntities(Store& store);

// Folds entity `from` into entity `into`: every event naming `from` (as participant or place) names
// `into` instead (one participant entry each, the stronger role kept); `into` gains `from`'s name,
// aliases and titles; `from` is deleted with its storylines and name keys. Events that were already
// linked are marked to be linked again, so storylines follow. kNotFound when either is not stored.
Status FoldEntity(Store& store, const std::string& from, const std::string& into);

// The stored entities (of `kind`, when given) with event_count and article_count filled in,
// most events first (then by name). Entities no event names are left out unless `with_unused`.
// Reads each listed entity's index entries and its events' evidence.
Result<std::vector<Entity>> ListEntities(Store& store, std::optional<EntityKind> kind = std::nullopt,
                                         bool with_unused = false);

// The entities whose name or alias `name` could be, by the name index (exact name or alias of a
// person or organization, a surname or an acronym), in id order. Empty when the index knows none.
Result<std::vector<std::string>> EntitiesNamedBy(Store& store, const std::string& name);

}  // namespace eg

#endif  // EVENTGRAPH_ENGINE_GRAPH_ENTITIES_H_
