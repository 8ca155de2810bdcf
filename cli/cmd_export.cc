// eventgraph export: render the (filtered) graph in one format.
#include "cli/common.h"
#include "engine/graph/graph.h"
#include "exporters/exporter.h"

namespace eg::cli {
namespace {

struct ExportArgs {
  std::string db, format, output, title, lanes = "country";
  size_t max_events = 0, group_threshold = 60;
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
  if (args.lanes != "country" && args.lanes != "none") {
    return Fail(Status::InvalidArgument("unknown --lanes '" + args.lanes + "' (country, none)"));
  }
  ExportOptions options;
  options.title = args.title;
  options.max_events = args.max_events;
  options.group_threshold = args.group_threshold;
  options.lanes = args.lanes;
  auto bytes = exporter->Export(*view, options);
  if (!bytes.ok()) return Fail(bytes.status().WithPrefix(std::string(exporter->Name()) + " export"));
  if (Status s = WriteOutput(args.output, *bytes); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Write the event graph: JSON, Graphviz drawings, or a downstream tool's format");
  AddDbOption(*cmd, args->db);
  std::string formats;
  for (const auto& e : Exporters()) formats += (formats.empty() ? "" : "|") + std::string(e->Name());
  cmd->add_option("--format", args->format, "Output format")->required()->type_name(formats);
  cmd->add_option("-o,--output", args->output, "Output file (default: standard output)")->type_name("FILE");
  cmd->add_option("--title", args->title, "Diagram title (default: from the filters and date range)");
  cmd->add_option("--max-events", args->max_events,
                  "Drawings: show at most N events, the best supported first (0 = all)")
      ->type_name("N");
  cmd->add_option("--group-threshold", args->group_threshold,
                  "Timeline: past N events, group the events of one lane and date step into one box")
      ->type_name("N");
  cmd->add_option("--lanes", args->lanes, "Timeline lanes: one per country, or none")->type_name("country|none");
  AddFilterOptions(*cmd, args->filters);
  cmd->footer(
      "Formats: json (schemas/graph.schema.json); dot, svg, png, pdf (timeline); graph-dot, graph-svg, "
      "graph-png, graph-pdf (knowledge graph); timelinejs, vis-timeline, cytoscape, graphml, gexf, csv, "
      "jsonld.\nThe same store and options give byte-identical output.");
  cmd->callback([args, &exit_code] { exit_code = RunExport(*args); });
}

}  // namespace eg::cli
