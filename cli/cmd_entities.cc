// eventgraph entities: the people, organizations and places in the store, each with its aliases
// and how many events and articles name it.
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "engine/graph/entities.h"
#include "engine/model/json_codec.h"

namespace eg::cli {
namespace {

struct EntitiesArgs {
  std::string db, kind, format = "table";
  bool all = false;
  size_t limit = 0;
};

int RunEntities(const EntitiesArgs& args) {
  if (args.format != "table" && args.format != "json")
    return Fail(Status::InvalidArgument("unknown --format '" + args.format + "' (table, json)"));
  std::optional<EntityKind> kind;
  if (!args.kind.empty()) {
    auto k = ParseEntityKind(args.kind);
    if (!k.ok())
      return Fail(Status::InvalidArgument(k.status().message() +
                                          " (person, organization, country, location, facility, group)"));
    kind = *k;
  }
  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  auto listed = ListEntities(**store, kind, args.all);
  if (!listed.ok()) return Fail(listed.status());
  std::vector<Entity>& entities = *listed;
  if (args.limit > 0 && entities.size() > args.limit) entities.resize(args.limit);
  std::ostringstream out;
  if (args.format == "json") {
    Json doc = Json::array();
    for (const auto& e : entities) {
      Json j = EntityToJson(e);
      // Counts are always written here, zero included, so a consumer need not guess.
      j["event_count"] = e.event_count;
      j["article_count"] = e.article_count;
      doc.push_back(std::move(j));
    }
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  } else {
    out << "events  articles  id\tname\taliases\n";
    for (const auto& e : entities) {
      char counts[32];
      std::snprintf(counts, sizeof counts, "%6llu  %8llu  ", static_cast<unsigned long long>(e.event_count),
                    static_cast<unsigned long long>(e.article_count));
      out << counts << e.id << "\t" << e.name << "\t";
      for (size_t i = 0; i < e.aliases.size(); ++i) out << (i ? "; " : "") << e.aliases[i];
      out << "\n";
    }
  }
  if (Status s = WriteOutput("", out.str()); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddEntitiesCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<EntitiesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "entities", "List the people, organizations and places, with aliases and counts of events and articles");
  AddDbOption(*cmd, args->db);
  cmd->add_option("--kind", args->kind, "Only entities of this kind")
      ->type_name("person|organization|country|location|facility|group");
  cmd->add_option("--format", args->format, "Output format")->type_name("table|json");
  cmd->add_option("--limit", args->limit, "At most N entities (those with most events first)")->type_name("N");
  cmd->add_flag("--all", args->all, "Also entities that no event names");
  cmd->callback([args, &exit_code] { exit_code = RunEntities(*args); });
}

}  // namespace eg::cli
