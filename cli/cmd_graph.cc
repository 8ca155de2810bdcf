// eventgraph neighbors / path / unmerge: walk the graph around an event or entity, find the chain
// of events linking two entities, undo a cross-article merge.
#include <iostream>
#include <map>
#include <sstream>

#include "cli/common.h"
#include "engine/graph/graph.h"
#include "engine/model/json_codec.h"

namespace eg::cli {
namespace {

std::string When(const TimeSpan& t) {
  if (t.begin && t.end && *t.begin == *t.end) return FormatDate(*t.begin);
  return (t.begin ? FormatDate(*t.begin) : std::string("…")) + ".." + (t.end ? FormatDate(*t.end) : std::string("…"));
}

struct NeighborsArgs {
  std::string db, start, format = "table";
  int depth = 1;
  size_t max_events = 200;
};

int RunNeighbors(const NeighborsArgs& args) {
  if (args.format != "table" && args.format != "json")
    return Fail(Status::InvalidArgument("unknown --format '" + args.format + "' (table, json)"));
  if (args.depth < 0) return Fail(Status::InvalidArgument("--depth must be 0 or more"));
  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  auto n = NeighboursOf(**store, args.start, args.depth, args.max_events);
  if (!n.ok()) return Fail(n.status());
  std::ostringstream out;
  if (args.format == "json") {
    Json doc = Json::object();
    Json& evs = doc["events"] = Json::array();
    for (const auto& e : n->events) evs.push_back(EventToJson(e));
    Json& ents = doc["entities"] = Json::array();
    for (const auto& e : n->entities) ents.push_back(EntityToJson(e));
    Json& rels = doc["relations"] = Json::array();
    for (const auto& r : n->relations) rels.push_back(RelationToJson(r));
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  } else {
    out << "entities:\n";
    for (const auto& e : n->entities) out << "  " << e.id << "\t" << e.name << "\n";
    out << "events:\n";
    for (const auto& e : n->events) out << "  " << e.id << "\t" << When(e.time) << "\t" << e.type << "\t" << e.label << "\n";
    out << "relations:\n";
    for (const auto& r : n->relations)
      out << "  " << r.from << " " << RelationTypeName(r.type) << " " << r.to << " (" << RelationBasisName(r.basis)
          << ", " << r.confidence << ")\n";
  }
  if (Status s = WriteOutput("", out.str()); !s.ok()) return Fail(s);
  return kExitOk;
}

struct PathArgs {
  std::string db, from, to;
  int max_hops = 6;
};

int RunPath(const PathArgs& args) {
  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  auto path = PathBetween(**store, args.from, args.to, args.max_hops);
  if (!path.ok()) return Fail(path.status());
  if (path->empty()) {
    std::cout << "no chain of events links " << args.from << " and " << args.to << " within " << args.max_hops
              << " events\n";
    return kExitOk;
  }
  std::ostringstream out;
  for (const auto& id : *path) {
    if (id.starts_with("ev:")) {
      auto e = (*store)->GetEvent(id);
      if (!e.ok()) return Fail(e.status());
      if (*e) out << "  -> " << id << "\t" << When((*e)->time) << "\t" << (*e)->type << "\t" << (*e)->label << "\n";
    } else {
      auto ent = (*store)->GetEntity(id);
      if (!ent.ok()) return Fail(ent.status());
      out << (*ent ? (*ent)->name : id) << " (" << id << ")\n";
    }
  }
  if (Status s = WriteOutput("", out.str()); !s.ok()) return Fail(s);
  return kExitOk;
}

struct UnmergeArgs {
  std::string db, event;
};

int RunUnmerge(const UnmergeArgs& args) {
  StoreOptions o;
  o.create_if_missing = false;
  auto store = Store::Open(args.db, o);
  if (!store.ok()) return Fail(store.status());
  auto restored = Unmerge(**store, args.event);
  if (!restored.ok()) return Fail(restored.status());
  // The restored events are linked again (they are never merged again automatically).
  auto link = LinkStore(**store);
  if (!link.ok()) return Fail(link.status());
  for (const auto& id : *restored) std::cout << "restored " << id << "\n";
  return kExitOk;
}

}  // namespace

void AddGraphCommands(CLI::App& app, int& exit_code) {
  auto nb = std::make_shared<NeighborsArgs>();
  CLI::App* n = app.add_subcommand("neighbors", "Show the events and entities around an event or entity");
  AddDbOption(*n, nb->db);
  n->add_option("START", nb->start, "An event id, or an entity (name, alias or id)")->required();
  n->add_option("--depth", nb->depth, "Steps to walk (default 1)");
  n->add_option("--max-events", nb->max_events, "Stop after this many events (default 200)");
  n->add_option("--format", nb->format, "Output format")->type_name("table|json");
  n->callback([nb, &exit_code] { exit_code = RunNeighbors(*nb); });

  auto pa = std::make_shared<PathArgs>();
  CLI::App* p = app.add_subcommand("path", "Show the shortest chain of events linking two entities");
  AddDbOption(*p, pa->db);
  p->add_option("FROM", pa->from, "An entity (name, alias or id)")->required();
  p->add_option("TO", pa->to, "An entity (name, alias or id)")->required();
  p->add_option("--max-hops", pa->max_hops, "Longest chain, in events (default 6)");
  p->callback([pa, &exit_code] { exit_code = RunPath(*pa); });

  auto um = std::make_shared<UnmergeArgs>();
  CLI::App* u = app.add_subcommand("unmerge", "Undo the cross-article merges of an event (or one merged-in event)");
  AddDbOption(*u, um->db);
  u->add_option("EVENT", um->event, "A merged event's id, or the id of an event merged into it")->required();
  u->callback([um, &exit_code] { exit_code = RunUnmerge(*um); });
}

}  // namespace eg::cli
