// eventgraph: the command-line front end. Each command lives in its own cmd_*.cc file.
#include <iostream>

#include "cli/common.h"

int main(int argc, char** argv) {
  CLI::App app{
      "eventgraph turns news articles into a dated, linked event graph: import articles into an "
      "embedded store, then list, annotate or export the events.",
      "eventgraph"};
  app.set_version_flag("--version", "eventgraph 0.1.0");
  app.require_subcommand(1);
  app.footer("Run 'eventgraph COMMAND --help' for a command's options.\nExit status: 0 success; "
             "1 some inputs failed; 2 usage error; 3 store or output error.");
  int exit_code = eg::cli::kExitOk;
  eg::cli::AddImportCommand(app, exit_code);
  eg::cli::AddAnnotateCommand(app, exit_code);
  eg::cli::AddEventsCommands(app, exit_code);
  eg::cli::AddExportCommand(app, exit_code);
  eg::cli::AddStatsCommand(app, exit_code);
  eg::cli::AddGraphCommands(app, exit_code);
  eg::cli::AddEntitiesCommand(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message and the usage hint
    return eg::cli::kExitUsage;
  }
  return exit_code;
}
