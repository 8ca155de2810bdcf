// Shared plumbing for the command-line front end: store location, filters, errors and exit codes.
// The CLI only parses arguments, calls the library and prints (DESIGN.md §5 is the contract).
#ifndef EVENTGRAPH_CLI_COMMON_H_
#define EVENTGRAPH_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "engine/base/status.h"
#include "engine/store/store.h"

namespace eg::cli {

// Exit codes scripts can rely on.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // some inputs failed; the rest were done
inline constexpr int kExitUsage = 2;       // bad arguments, unknown format, bad date
inline constexpr int kExitError = 3;       // the store or the output could not be used at all

// --db DIR: the option, its default from $EVENTGRAPH_DB, else ./eventgraph.db.
void AddDbOption(CLI::App& cmd, std::string& db);

// Filters shared by `events`, `timeline` and `export`.
struct Filters {
  std::string from, to, entity, type, place, country, text;
  int min_sources = 0;
};
void AddFilterOptions(CLI::App& cmd, Filters& f);
// Turns the filters into a store query; resolves --entity NAME against entity names and aliases
// (case-insensitive) or ids. Fails with kInvalidArgument for a bad date or an unknown entity.
Result<EventQuery> MakeQuery(Store& store, const Filters& f);

// Opens the store for reading; a missing store is a clear error that says how to make one.
Result<std::unique_ptr<Store>> OpenForReading(const std::string& db);

// Prints "eventgraph: <message>" to stderr and returns the exit code for that kind of failure.
int Fail(const Status& status);

// Writes bytes to `path`, or to stdout when path is empty or "-".
Status WriteOutput(const std::string& path, const std::string& bytes);

// Reads a whole file, or standard input for "-".
Result<std::string> ReadInput(const std::string& path);

// Each command adds itself to the app; `exit_code` receives its result.
void AddImportCommand(CLI::App& app, int& exit_code);
void AddAnnotateCommand(CLI::App& app, int& exit_code);
void AddEventsCommands(CLI::App& app, int& exit_code);  // events, timeline
void AddExportCommand(CLI::App& app, int& exit_code);
void AddStatsCommand(CLI::App& app, int& exit_code);
void AddGraphCommands(CLI::App& app, int& exit_code);  // neighbors, path, unmerge
void AddEntitiesCommand(CLI::App& app, int& exit_code);

}  // namespace eg::cli

#endif  // EVENTGRAPH_CLI_COMMON_H_
