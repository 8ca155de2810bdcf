// eventgraph events / timeline: list the stored events.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/common.h"
#include "engine/graph/graph.h"
#include "engine/model/json_codec.h"
#include "exporters/common/timeline_text.h"

namespace eg::cli {
namespace {

struct ListArgs {
  std::string db, format = "table";
  Filters filters;
  size_t limit = 0;
};

// --limit: listing only; the filters are the ones every command shares (AddFilterOptions).
void AddGraphFilterOptions(CLI::App& cmd, ListArgs& a) {
  cmd.add_option("--limit", a.limit, "At most this many events, the first in time order")->type_name("N");
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::string Names(const Event& e, const std::map<std::string, const Entity*>& ents) {
  std::string out;
  for (const auto& p : e.participants) {
    auto it = ents.find(p.entity);
    if (!out.empty()) out += "; ";
    out += it == ents.end() ? p.entity : it->second->name;
  }
  return out;
}

std::string Place(const Event& e) {
  if (!e.location) return "";
  return (e.location->qualifier.empty() ? "" : e.location->qualifier + " ") + e.location->name;
}

// Reading order: "Feb 2022" before "on or before 2025-12-01" before "2025-12-01" (the store's own
// order puts every open start first).
void SortForReading(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return AxisKeyOf(a.time) < AxisKeyOf(b.time);
  });
}

Result<GraphView> Load(const ListArgs& args) {
  EG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenForReading(args.db));
  EG_ASSIGN_OR_RETURN(EventQuery q, MakeQuery(*store, args.filters));
  q.limit = args.limit;
  return LoadGraph(*store, q);
}

int RunEvents(const ListArgs& args) {
  if (args.format != "table" && args.format != "json" && args.format != "csv") {
    return Fail(Status::InvalidArgument("unknown --format '" + args.format + "' (table, json, csv)"));
  }
  auto view = Load(args);
  if (!view.ok()) return Fail(view.status());
  SortForReading(view->events);
  std::map<std::string, const Entity*> ents;
  for (const auto& e : view->entities) ents[e.id] = &e;
  std::ostringstream out;
  if (args.format == "json") {
    Json arr = Json::array();
    for (const auto& e : view->events) arr.push_back(EventToJson(e));
    out << arr.dump(2) << "\n";
  } else if (args.format == "csv") {
    out << "id,start,end,precision,type,cameo,label,place,participants,modality,evidence\n";
    for (const auto& e : view->events) {
      out << CsvField(e.id) << "," << (e.time.begin ? FormatDate(*e.time.begin) : "") << ","
          << (e.time.end ? FormatDate(*e.time.end) : "") << "," << PrecisionName(e.time.precision) << ","
          << e.type << "," << e.cameo << "," << CsvField(e.label) << "," << CsvField(Place(e)) << ","
          << CsvField(Names(e, ents)) << "," << ModalityName(e.modality) << "," << e.evidence.size() << "\n";
    }
  } else {
    for (const auto& e : view->events) {
      out << SpanDisplay(e.time) << "\t" << e.type << "\t" << e.label;
      if (const std::string p = Place(e); !p.empty() && e.label.find(e.location->name) == std::string::npos) {
        out << " (" << p << ")";
      }
      const std::string who = Names(e, ents);
      if (!who.empty()) out << "\t[" << who << "]";
      if (e.modality != Modality::kAsserted) out << "\t(" << ModalityName(e.modality) << ")";
      out << "\n";
    }
  }
  if (Status s = WriteOutput("", out.str()); !s.ok()) return Fail(s);
  return kExitOk;
}

// A chronology for a terminal: one block per date reading, in reading order ("Feb 2022" before
// "on or before 2025-12-01" before "2025-12-01"), events under it with their evidence count.
int RunTimeline(const ListArgs& args) {
  auto view = Load(args);
  if (!view.ok()) return Fail(view.status());
  SortForReading(view->events);
  std::map<std::string, const Entity*> ents;
  for (const auto& e : view->entities) ents[e.id] = &e;
  std::ostringstream out;
  std::string last;
  for (const auto& e : view->events) {
    const std::string when = SpanDisplay(e.time);
    if (when != last) {
      out << (last.empty() ? "" : "\n") << when << "\n";
      last = when;
    }
    out << "  • " << e.label;
    if (const std::string p = Place(e); !p.empty() && e.label.find(e.location->name) == std::string::npos) {
      out << " — " << p;
    }
    out << "\n";
    if (const std::string who = Names(e, ents); !who.empty()) out << "      who: " << who << "\n";
    out << "      " << e.type << (e.cameo.empty() ? "" : " (CAMEO " + e.cameo + ")") << ", "
        << ModalityName(e.modality) << ", " << e.evidence.size() << " piece(s) of evidence\n";
  }
  if (view->events.empty()) out << "no events match\n";
  if (Status s = WriteOutput("", out.str()); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddEventsCommands(CLI::App& app, int& exit_code) {
  auto ev = std::make_shared<ListArgs>();
  CLI::App* cmd = app.add_subcommand("events", "List stored events in time order");
  AddDbOption(*cmd, ev->db);
  AddFilterOptions(*cmd, ev->filters);
  AddGraphFilterOptions(*cmd, *ev);
  cmd->add_option("--format", ev->format, "Output format")->type_name("table|json|csv");
  cmd->callback([ev, &exit_code] { exit_code = RunEvents(*ev); });

  auto tl = std::make_shared<ListArgs>();
  CLI::App* t = app.add_subcommand("timeline", "Print a readable chronology of the stored events");
  AddDbOption(*t, tl->db);
  AddFilterOptions(*t, tl->filters);
  AddGraphFilterOptions(*t, *tl);
  t->callback([tl, &exit_code] { exit_code = RunTimeline(*tl); });
}

}  // namespace eg::cli
