// eventgraph import: read inputs into the store.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

#include "cli/common.h"
#include "importers/pipeline/pipeline.h"
#include "importers/registry.h"

namespace eg::cli {
namespace {

struct ImportArgs {
  std::string db, format = "auto", date;
  std::vector<std::string> paths;
  bool quiet = false;
  bool verbose = false;
  int jobs = 1;
};

// Bytes as "12.3 MB".
std::string Megabytes(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

// A one-line progress bar on stderr, redrawn at most every 100 ms: files, items, and bytes of
// the total when the sizes are known.
class ProgressLine {
 public:
  void Update(const ImportProgress& p) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    std::string line = "[" + std::to_string(p.files_done) + "/" + std::to_string(p.files_total) + " files, " +
                       std::to_string(p.items_done) + " items] ";
    if (p.bytes_total > 0) {
      constexpr int kWidth = 24;
      const double done = std::min(1.0, static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total));
      const int filled = static_cast<int>(done * kWidth);
      line += "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] " +
              Megabytes(p.bytes_done) + " / " + Megabytes(p.bytes_total) + " ";
    } else {
      line += Megabytes(p.bytes_done) + " ";
    }
    const std::string& path = p.path;
    line += path.size() > 40 ? "..." + path.substr(path.size() - 37) : path;
    std::cerr << "\r\033[K" << line << std::flush;
  }
  void Clear() { std::cerr << "\r\033[K" << std::flush; }

 private:
  std::chrono::steady_clock::time_point last_{};
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
  if (args.jobs < 1) return Fail(Status::InvalidArgument("--jobs must be at least 1"));
  options.jobs = static_cast<size_t>(args.jobs);
  auto store = Store::Open(args.db);
  if (!store.ok()) return Fail(store.status());
  // Progress only on a terminal, on stderr; stdout stays for results.
  const bool tty = !args.quiet && isatty(STDERR_FILENO);
  auto progress = std::make_shared<ProgressLine>();
  if (tty) options.progress = [progress](const ImportProgress& p) { progress->Update(p); };
  auto summary = ImportPaths(**store, args.paths, options);
  if (tty) progress->Clear();
  if (!summary.ok()) return Fail(summary.status());
  // Failures in input order, so those of one file stay together.
  for (const auto& f : summary->failures) {
    std::cerr << "eventgraph: " << f.path << ": " << f.status.message() << "\n";
  }
  if (!args.quiet) {
    std::map<std::string, size_t> failed_per_file;
    for (const auto& f : summary->failures) ++failed_per_file[f.path];
    std::cerr << "imported " << summary->articles_new << " new article(s), " << summary->articles_existing
              << " already stored";
    if (summary->records_new + summary->records_existing > 0) {
      std::cerr << "; " << summary->records_new << " new record(s), " << summary->records_existing
                << " already stored";
    }
    std::cerr << "; " << summary->failures.size() << " failed";
    if (failed_per_file.size() > 1) std::cerr << " in " << failed_per_file.size() << " file(s)";
    std::cerr << "; " << summary->events << " event(s) from " << summary->mentions
              << " mention(s); relations: " << summary->link.time_relations << " from time, "
              << summary->link.text_relations << " from text, " << summary->link.derived_relations
              << " composed";
    if (summary->link.contradictions) std::cerr << ", " << summary->link.contradictions << " contradiction(s) resolved";
    if (summary->link.merged_events) std::cerr << "; " << summary->link.merged_events << " event(s) merged across articles";
    if (summary->link.entities_folded)
      std::cerr << "; " << summary->link.entities_folded << " entity alias(es) folded into their entities";
    std::cerr << "; " << summary->files << " file(s), " << Megabytes(summary->bytes) << "\n";
  }
  // Refused relations are printed even with --quiet: they are findings about the input, and the
  // graph lacks those edges.
  const auto& cycles = summary->link.cycles;
  if (!cycles.empty()) {
    std::cerr << "eventgraph: refused " << cycles.size()
              << " relation(s) from the text that would close a cycle of BEFORE"
              << (args.verbose ? ":" : " (--verbose lists them)") << "\n";
  }
  if (args.verbose) {
    auto describe = [&](const std::string& id) {
      auto e = (*store)->GetEvent(id);
      if (!e.ok() || !*e) return id;
      return id + " '" + (*e)->label + "'";
    };
    for (const auto& cycle : cycles) {
      if (cycle.size() < 2) continue;
      std::cerr << "  refused: " << describe(cycle[0]) << " BEFORE " << describe(cycle[1]) << "; already "
                << describe(cycle[1]);
      for (size_t i = 2; i < cycle.size(); ++i) std::cerr << " BEFORE " << describe(cycle[i]);
      std::cerr << "\n";
    }
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
  cmd->add_option("-j,--jobs", args->jobs, "Threads that run extraction (results do not depend on it)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("-q,--quiet", args->quiet, "No progress and no summary; errors are still printed");
  cmd->add_flag("-v,--verbose", args->verbose,
                "List each relation refused because it would close a cycle of BEFORE, with the cycle");
  cmd->add_option("paths", args->paths,
                  "Files or directories (walked recursively), or - for standard input; .gz is decompressed")
      ->required();
  cmd->footer(
      "Exit status: 0 all inputs imported; 1 some inputs failed (each named on stderr, the rest "
      "imported); 2 usage error; 3 the store could not be used.\nImporting the same article again "
      "changes nothing.");
  cmd->callback([args, &exit_code] { exit_code = RunImport(*args); });
}

}  // namespace eg::cli
