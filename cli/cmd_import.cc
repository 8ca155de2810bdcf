// eventgraph import: read inputs into the store.
#include <unistd.h>

#include <iostream>

#include "cli/common.h"
#include "importers/pipeline/pipeline.h"
#include "importers/registry.h"

namespace eg::cli {
namespace {

struct ImportArgs {
  std::string db, format = "auto", date;
  std::vector<std::string> paths;
  bool quiet = false;
};

int RunImport(const ImportArgs& args) {
  PipelineOptions options;
  options.format = args.format;
  if (args.format != "auto" && !FindImporter(args.format)) {
    return Fail(Status::InvalidArgument("unknown --format '" + args.format + "'"));
  }
  if (!args.date.empty()) {
    auto d = ParseDate(args.date);
    if (!d.ok()) return Fail(d.status().WithPrefix("--date"));
    options.import.date_override = *d;
  }
  auto store = Store::Open(args.db);
  if (!store.ok()) return Fail(store.status());
  // Progress only on a terminal, on stderr; stdout stays for results.
  const bool tty = !args.quiet && isatty(STDERR_FILENO);
  if (tty) {
    options.progress = [](size_t done, const std::string& path) {
      std::string shown = path.size() > 60 ? "..." + path.substr(path.size() - 57) : path;
      std::cerr << "\r\033[K[" << done << " files] " << shown << std::flush;
    };
  }
  auto summary = ImportPaths(**store, args.paths, options);
  if (tty) std::cerr << "\r\033[K";
  if (!summary.ok()) return Fail(summary.status());
  for (const auto& f : summary->failures) {
    std::cerr << "eventgraph: " << f.path << ": " << f.status.message() << "\n";
  }
  if (!args.quiet) {
    std::cerr << "imported " << summary->articles_new << " new article(s), " << summary->articles_existing
              << " already stored, " << summary->failures.size() << " failed; " << summary->events
              << " event(s) from " << summary->mentions << " mention(s); relations: "
              << summary->link.time_relations << " from time, " << summary->link.text_relations
              << " from text, " << summary->link.derived_relations << " composed";
    if (summary->link.contradictions) std::cerr << ", " << summary->link.contradictions << " contradiction(s) resolved";
    std::cerr << "\n";
  }
  return summary->failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

void AddImportCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* cmd = app.add_subcommand("import", "Import articles into the store (files, directories, or - for stdin)");
  AddDbOption(*cmd, args->db);
  std::string formats = "auto";
  for (const auto& i : Importers()) formats += "|" + std::string(i->Name());
  cmd->add_option("--format", args->format, "Input format; auto sniffs each input")->type_name(formats);
  cmd->add_option("--date", args->date, "Publication date for every input (overrides the one found)")
      ->type_name("YYYY-MM-DD");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress and no summary; errors are still printed");
  cmd->add_option("paths", args->paths, "Files or directories (walked recursively), or -")->required();
  cmd->footer(
      "Exit status: 0 all inputs imported; 1 some inputs failed (each named on stderr, the rest "
      "imported); 2 usage error; 3 the store could not be used.\nImporting the same article again "
      "changes nothing.");
  cmd->callback([args, &exit_code] { exit_code = RunImport(*args); });
}

}  // namespace eg::cli
