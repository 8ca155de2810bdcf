// eventgraph export: render the (filtered) graph in one format.
#include "cli/common.h"
#include "engine/graph/graph.h"
#include "exporters/exporter.h"

namespace eg::cli {
namespace {

struct ExportArgs {
  std::string db, format, output, title;
  Filters filters;
};

int RunExport(const ExportArgs& args) {
  const Exporter* exporter = FindExporter(args.format);
  if (!exporter) return Fail(Status::InvalidArgument("unknown --format '" + args.format + "'"));
  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  auto query = MakeQuery(**store, args.filters);
  if (!query.ok()) return Fail(query.status());
  auto view = LoadGraph(**store, *query);
  if (!view.ok()) return Fail(view.status());
  ExportOptions options;
  options.title = args.title;
  auto bytes = exporter->Export(*view, options);
  if (!bytes.ok()) return Fail(bytes.status().WithPrefix(std::string(exporter->Name()) + " export"));
  if (Status s = WriteOutput(args.output, *bytes); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Write the event graph as JSON, DOT, SVG, PNG or PDF");
  AddDbOption(*cmd, args->db);
  std::string formats;
  for (const auto& e : Exporters()) formats += (formats.empty() ? "" : "|") + std::string(e->Name());
  cmd->add_option("--format", args->format, "Output format")->required()->type_name(formats);
  cmd->add_option("-o,--output", args->output, "Output file (default: standard output)")->type_name("FILE");
  cmd->add_option("--title", args->title, "Diagram title (default: from the filters and date range)");
  AddFilterOptions(*cmd, args->filters);
  cmd->footer("The same store and options give byte-identical output.");
  cmd->callback([args, &exit_code] { exit_code = RunExport(*args); });
}

}  // namespace eg::cli
