#include "cli/common.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "engine/graph/graph.h"
#include "engine/model/time_span.h"

namespace eg::cli {
void AddDbOption(CLI::App& cmd, std::string& db) {
  const char* env = std::getenv("EVENTGRAPH_DB");
  db = (env && *env) ? env : "eventgraph.db";
  cmd.add_option("--db", db, "Store directory (default: $EVENTGRAPH_DB or ./eventgraph.db)")
      ->type_name("DIR");
}

void AddFilterOptions(CLI::App& cmd, Filters& f) {
  cmd.add_option("--from", f.from, "Only events that reach on or after this day")->type_name("YYYY-MM-DD");
  cmd.add_option("--to", f.to, "Only events that start on or before this day")->type_name("YYYY-MM-DD");
  cmd.add_option("--entity", f.entity, "Only events of this person, organization or place (name, alias or id)")
      ->type_name("NAME");
  cmd.add_option("--type", f.type, "Only events of this type (negotiate, meet, invade, ...)")->type_name("TYPE");
  cmd.add_option("--place", f.place, "Only events located at this place (name, alias or id)")->type_name("NAME");
  cmd.add_option("--country", f.country, "Only events located in this country")->type_name("CC");
  cmd.add_option("--text", f.text, "Only events whose label or trigger contains this text")->type_name("TEXT");
  cmd.add_option("--min-sources", f.min_sources, "Only events reported by at least N independent sources")
      ->type_name("N");
}

Result<EventQuery> MakeQuery(Store& store, const Filters& f) {
  EventQuery q;
  if (!f.from.empty()) {
    EG_ASSIGN_OR_RETURN(Date d, ParseDate(f.from));
    q.from = d;
  }
  if (!f.to.empty()) {
    EG_ASSIGN_OR_RETURN(Date d, ParseDate(f.to));
    q.to = d;
  }
  if (q.from && q.to && *q.to < *q.from) {
    return Status::InvalidArgument("--to " + f.to + " is before --from " + f.from);
  }
  if (!f.type.empty()) {
    if (!FindEventType(f.type)) {
      std::string known;
      for (const auto& t : EventTypes()) known += (known.empty() ? "" : ", ") + std::string(t.type);
      return Status::InvalidArgument("unknown event type '" + f.type + "' (known: " + known + ")");
    }
    q.type = f.type;
  }
  if (!f.entity.empty()) {
    auto entity = ResolveEntity(store, f.entity);
    if (!entity.ok()) return Status::InvalidArgument(entity.status().message());
    q.entity = entity->id;
  }
  if (!f.place.empty()) {
    auto place = ResolveEntity(store, f.place);
    if (!place.ok()) return Status::InvalidArgument(place.status().message());
    q.place = place->id;
  }
  if (!f.country.empty()) {
    if (f.country.size() != 2) return Status::InvalidArgument("--country takes an ISO 3166 alpha-2 code");
    q.country = f.country;
    for (auto& c : q.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  q.text = f.text;
  if (f.min_sources < 0) return Status::InvalidArgument("--min-sources takes a number >= 0");
  q.min_sources = f.min_sources;
  return q;
}

Result<std::unique_ptr<Store>> OpenForReading(const std::string& db) {
  StoreOptions o;
  o.create_if_missing = false;
  o.read_only = true;
  auto s = Store::Open(db, o);
  if (!s.ok() && s.status().code() == StatusCode::kNotFound) {
    return Status::NotFound("no store at " + db + " (import articles first: eventgraph import --db " + db +
                            " FILE...)");
  }
  return s;
}

int Fail(const Status& status) {
  std::cerr << "eventgraph: " << status.ToString() << "\n";
  return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitError;
}

Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::IoError("cannot write to standard output");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot open " + path + " for writing");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": read error");
  return s;
}

}  // namespace eg::cli
