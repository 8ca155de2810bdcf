// eventgraph stats: counts of what the store holds.
#include <iostream>

#include "cli/common.h"

namespace eg::cli {

void AddStatsCommand(CLI::App& app, int& exit_code) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("stats", "Count the articles, entities, events and relations in the store");
  AddDbOption(*cmd, *db);
  cmd->add_flag("--json", *json, "Print the counts as a JSON object");
  cmd->callback([db, json, &exit_code] {
    auto store = OpenForReading(*db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto s = (*store)->Stats();
    if (!s.ok()) {
      exit_code = Fail(s.status());
      return;
    }
    if (*json) {
      std::cout << "{\"articles\": " << s->articles << ", \"entities\": " << s->entities
                << ", \"events\": " << s->events << ", \"evidence\": " << s->evidence
                << ", \"relations\": " << s->relations << ", \"merged\": " << s->merged
                << ", \"storylines\": " << s->storylines << "}\n";
    } else {
      std::cout << "articles   " << s->articles << "\nentities   " << s->entities << "\nevents     "
                << s->events << "\nevidence   " << s->evidence << "\nrelations  " << s->relations
                << "\nmerged     " << s->merged << "  (events merged into an event of another article)"
                << "\nstorylines " << s->storylines << "\n";
    }
    exit_code = kExitOk;
  });
}

}  // namespace eg::cli
