#include "importers/acled/acled_importer.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/ids.h"
#include "importers/csv/countries.h"
#include "importers/csv/csv_reader.h"
#include "importers/csv/fields.h"

namespace eg {
namespace {

constexpr std::string_view kName = "acled";
// ACLED is coded by hand from named sources: more certain than an automatic extraction.
constexpr double kConfidence = 0.9;
// time_precision 2: ACLED codes a day within the reported week or weekend, so the event lies
// within six days either side of it whichever day was chosen.
constexpr int kWeekSlackDays = 6;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Column positions, found by name in the header; -1 when absent (optional columns only).
struct Columns {
  int id = -1, date = -1, precision = -1, event_type = -1, sub_event_type = -1;
  int actor1 = -1, assoc1 = -1, inter1 = -1, actor2 = -1, assoc2 = -1, inter2 = -1;
  int country = -1, iso = -1, location = -1, lat = -1, lon = -1, geo_precision = -1;
  int source = -1, source_scale = -1, notes = -1, fatalities = -1, timestamp = -1;
};

Result<Columns> FindColumns(const std::vector<std::string>& header) {
  std::map<std::string, int> index;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string name = Lower(TrimField(header[i]));
    if (i == 0 && name.starts_with("\xEF\xBB\xBF")) name.erase(0, 3);
    index.emplace(name, static_cast<int>(i));
  }
  const auto at = [&](const char* name) {
    auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
  };
  Columns c;
  c.id = at("event_id_cnty");
  c.date = at("event_date");
  c.precision = at("time_precision");
  c.event_type = at("event_type");
  c.sub_event_type = at("sub_event_type");
  c.actor1 = at("actor1");
  c.assoc1 = at("assoc_actor_1");
  c.inter1 = at("inter1");
  c.actor2 = at("actor2");
  c.assoc2 = at("assoc_actor_2");
  c.inter2 = at("inter2");
  c.country = at("country");
  c.iso = at("iso");
  c.location = at("location");
  c.lat = at("latitude");
  c.lon = at("longitude");
  c.geo_precision = at("geo_precision");
  c.source = at("source");
  c.source_scale = at("source_scale");
  c.notes = at("notes");
  c.fatalities = at("fatalities");
  c.timestamp = at("timestamp");
  std::string missing;
  const std::pair<const char*, int> required[] = {
      {"event_id_cnty", c.id},   {"event_date", c.date}, {"event_type", c.event_type},
      {"sub_event_type", c.sub_event_type}, {"actor1", c.actor1}, {"location", c.location},
      {"latitude", c.lat},       {"longitude", c.lon},   {"country", c.country}};
  for (const auto& [name, pos] : required) {
    if (pos < 0) missing += std::string(missing.empty() ? "" : ", ") + name;
  }
  if (!missing.empty()) {
    return Status::InvalidArgument("not an ACLED export: the header has no column " + missing);
  }
  return c;
}

std::string_view Field(const std::vector<std::string>& row, int column) {
  if (column < 0 || static_cast<size_t>(column) >= row.size()) return {};
  return TrimField(row[static_cast<size_t>(column)]);
}

// ACLED writes dates as "14/08/2020 00:00:00" in its CSV downloads, "2020-08-14" through its API and
// "14 August 2020" in older files.
Result<Date> ParseAcledDate(std::string_view s) {
  s = TrimField(s);
  if (const size_t space = s.find(' '); space != std::string_view::npos && space >= 8 &&
                                         s.substr(0, space).find('/') != std::string_view::npos) {
    s = s.substr(0, space);
  }
  const auto number = [](std::string_view t) { return ParseInteger(t); };
  try {
    if (s.size() == 10 && s[4] == '-') return ParseDate(s);
    if (s.size() == 10 && (s[2] == '/' || s[2] == '-') && s[5] == s[2]) {
      const auto d = number(s.substr(0, 2)), m = number(s.substr(3, 2)), y = number(s.substr(6, 4));
      if (d && m && y && *d >= 1 && *m >= 1 && *m <= 12 && *d <= 31) {
        return Date(static_cast<unsigned short>(*y), static_cast<unsigned short>(*m),
                    static_cast<unsigned short>(*d));
      }
    } else {
      static const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};
      const size_t a = s.find(' '), b = s.rfind(' ');
      if (a != std::string_view::npos && b > a) {
        const auto d = number(s.substr(0, a)), y = number(s.substr(b + 1));
        const std::string month = Lower(s.substr(a + 1, b - a - 1));
        for (int m = 0; m < 12 && d && y; ++m) {
          if (month == kMonths[m]) {
            return Date(static_cast<unsigned short>(*y), static_cast<unsigned short>(m + 1),
                        static_cast<unsigned short>(*d));
          }
        }
      }
    }
  } catch (const std::exception&) {
    // Boost refuses impossible dates (31/02/2020) by throwing; the message below says which.
  }
  return Status::InvalidArgument("bad event_date '" + std::string(s) + "'");
}

Result<TimeSpan> SpanOf(const Date& day, std::string_view precision_field, std::string_view date_text) {
  TimeSpan span;
  span.basis = TimeBasis::kExplicit;
  span.text = std::string(date_text);
  const std::optional<long long> precision = ParseInteger(precision_field);
  const long long p = precision.value_or(1);
  if (p == 1 || precision_field.empty()) {
    span.begin = span.end = day;
    span.precision = Precision::kDay;
    span.timex = FormatDate(day);
  } else if (p == 2) {
    span.begin = day - boost::gregorian::days(kWeekSlackDays);
    span.end = day + boost::gregorian::days(kWeekSlackDays);
    span.precision = Precision::kWeek;
    span.timex = FormatDate(day);
  } else if (p == 3) {
    span.begin = Date(day.year(), day.month(), 1);
    span.end = day.end_of_month();
    span.precision = Precision::kMonth;
    span.timex = FormatDate(day).substr(0, 7);
  } else {
    return Status::InvalidArgument("bad time_precision '" + std::string(precision_field) + "'");
  }
  return span;
}

// The country an ACLED actor name points at: "Protesters (Ukraine)", "Military Forces of Russia
// (2000-)", "Government of Ukraine (2019-)".
const CountryInfo* ActorCountry(std::string_view name) {
  for (size_t open = name.find('('); open != std::string_view::npos; open = name.find('(', open + 1)) {
    const size_t close = name.find(')', open);
    if (close == std::string_view::npos) break;
    if (const CountryInfo* c = CountryByName(TrimField(name.substr(open + 1, close - open - 1)))) return c;
  }
  if (const size_t of = name.rfind(" of "); of != std::string_view::npos) {
    std::string_view rest = name.substr(of + 4);
    rest = TrimField(rest.substr(0, rest.find('(')));
    if (const CountryInfo* c = CountryByName(rest)) return c;
  }
  return CountryByName(name);
}

// ACLED's inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. Older files write the names.
EntityKind ActorKind(std::string_view name, std::string_view inter) {
  if (CountryByName(name)) return EntityKind::kCountry;
  const std::string code = Lower(inter);
  if (code == "1" || code == "8" || code.starts_with("state") || code.starts_with("external")) {
    return EntityKind::kOrganization;
  }
  return EntityKind::kGroup;
}

Entity ActorEntity(std::string_view name, std::string_view inter) {
  Entity e;
  e.kind = ActorKind(name, inter);
  e.name = std::string(name);
  if (const CountryInfo* c = ActorCountry(name)) e.country = c->alpha2;
  if (e.kind == EntityKind::kCountry) {
    const CountryInfo* c = CountryByName(name);
    e.name = c->name;
    if (e.name != name) e.aliases.push_back(std::string(name));
  }
  e.id = MakeEntityId(e.kind, e.name, e.country);
  return e;
}

void AddEntity(std::vector<Entity>& entities, Entity e) {
  for (Entity& known : entities) {
    if (known.id == e.id) {
      MergeEntity(known, e);
      return;
    }
  }
  entities.push_back(std::move(e));
}

void AddParticipant(Event& event, const std::string& entity, Role role) {
  for (const Participant& p : event.participants) {
    if (p.entity == entity) return;
  }
  event.participants.push_back({entity, role});
}

// Associated actors are a ";"-separated list.
std::vector<std::string_view> SplitList(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const size_t semi = s.find(';');
    const std::string_view part = TrimField(s.substr(0, semi));
    if (!part.empty()) out.push_back(part);
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return out;
}

std::string FatalitiesText(std::string_view field) {
  const std::optional<long long> n = ParseInteger(field);
  if (!n || *n < 0) return "fatalities unknown";
  return std::to_string(*n) + (*n == 1 ? " fatality" : " fatalities");
}

Result<ImportItem> RowToItem(const Columns& c, size_t width, const std::vector<std::string>& row,
                             const ImportOptions& options) {
  if (row.size() != width) {
    return Status::InvalidArgument(std::to_string(row.size()) + " fields where the header has " +
                                   std::to_string(width));
  }
  const std::string_view acled_id = Field(row, c.id);
  if (acled_id.empty()) return Status::InvalidArgument("no event_id_cnty");
  const std::string_view event_type = Field(row, c.event_type);
  const std::string_view sub_event_type = Field(row, c.sub_event_type);
  const std::string_view type = AcledEventType(event_type, sub_event_type);
  if (type.empty()) {
    return Status::InvalidArgument("unknown ACLED event type '" + std::string(event_type) + "' / '" +
                                   std::string(sub_event_type) + "'");
  }
  EG_ASSIGN_OR_RETURN(const Date day, ParseAcledDate(Field(row, c.date)));
  EG_ASSIGN_OR_RETURN(TimeSpan span, SpanOf(day, Field(row, c.precision), Field(row, c.date)));

  ImportItem item;
  item.structured = true;
  Article& a = item.article;
  a.id = ArticleId("acled:" + std::string(acled_id));
  a.format = std::string(kName);
  a.source = "ACLED";
  if (const auto stamp = ParseInteger(Field(row, c.timestamp)); stamp && *stamp > 0) {
    // The row's timestamp is when ACLED published or last changed the record.
    a.published = Date(1970, 1, 1) + boost::gregorian::days(static_cast<long>(*stamp / 86400));
  }
  if (options.date_override) a.published = options.date_override;

  const std::string_view location = Field(row, c.location);
  const std::string_view country_name = Field(row, c.country);
  const CountryInfo* country = CountryByName(country_name);
  if (!country) country = CountryByNumeric(Field(row, c.iso));

  Event& e = item.events.emplace_back();
  e.id = "ev:" + Hex64(Hash64("acled:" + std::string(acled_id)));
  e.type = std::string(type);
  e.cameo = std::string(FindEventType(type)->cameo);
  e.time = std::move(span);
  e.modality = Modality::kAsserted;
  e.confidence = kConfidence;
  const std::string geo = std::string(Field(row, c.geo_precision));
  const std::string qualifier = geo == "1" || geo.empty() ? "in" : "near";
  e.label = std::string(sub_event_type) + " (" + std::string(event_type) + ")" +
            (location.empty() ? "" : " " + qualifier + " " + std::string(location)) + ", " +
            FatalitiesText(Field(row, c.fatalities));
  a.title = e.label;

  if (!location.empty()) {
    Entity place;
    place.kind = EntityKind::kLocation;
    place.name = std::string(location);
    if (country) place.country = country->alpha2;
    place.lat = ParseLatitude(Field(row, c.lat));
    place.lon = ParseLongitude(Field(row, c.lon));
    // Coordinates come in pairs: one without the other places nothing.
    if (!place.lat || !place.lon) place.lat = place.lon = std::nullopt;
    place.id = MakeEntityId(place.kind, place.name, place.country);
    e.location = Location{place.id, place.name, qualifier, place.lat, place.lon};
    AddEntity(item.entities, std::move(place));
  }

  // Actor 1 and actor 2 do not imply direction in ACLED's codebook, but in the event types mapped
  // here (attacks, arrests, protests against) actor 1 is the one acting.
  const std::string_view actor1 = Field(row, c.actor1);
  const std::string_view actor2 = Field(row, c.actor2);
  if (!actor1.empty()) {
    Entity ent = ActorEntity(actor1, Field(row, c.inter1));
    AddParticipant(e, ent.id, actor2.empty() ? Role::kParticipant : Role::kSource);
    AddEntity(item.entities, std::move(ent));
  }
  if (!actor2.empty()) {
    Entity ent = ActorEntity(actor2, Field(row, c.inter2));
    AddParticipant(e, ent.id, Role::kTarget);
    AddEntity(item.entities, std::move(ent));
  }
  for (int column : {c.assoc1, c.assoc2}) {
    for (std::string_view name : SplitList(Field(row, column))) {
      Entity ent = ActorEntity(name, "");
      AddParticipant(e, ent.id, Role::kParticipant);
      AddEntity(item.entities, std::move(ent));
    }
  }

  // The provenance text: ACLED's own codes, its sources and the notes the coders wrote. The
  // evidence points at the notes, and at the sub-event type as the words that name the event.
  std::string& text = a.text;
  text = "ACLED event " + std::string(acled_id) + ": " + std::string(event_type) + " / ";
  const size_t trigger_begin = text.size();
  text += sub_event_type;
  const size_t trigger_end = text.size();
  text += ". " + FatalitiesText(Field(row, c.fatalities)) + ".";
  if (!country_name.empty()) text += " Country: " + std::string(country_name) + ".";
  if (const std::string_view source = Field(row, c.source); !source.empty()) {
    text += "\nSource: " + std::string(source);
    if (const std::string_view scale = Field(row, c.source_scale); !scale.empty()) {
      text += " (" + std::string(scale) + ")";
    }
    text += ".";
  }
  const std::string_view notes = Field(row, c.notes);
  Span sentence{0, text.size()};
  if (!notes.empty()) {
    text += "\n\n";
    sentence = {text.size(), text.size() + notes.size()};
    text += notes;
  }
  text += "\n";
  e.evidence.push_back({a.id, sentence, {trigger_begin, trigger_end}, std::string(sub_event_type)});
  return item;
}

class AcledImporter : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view head) const override {
    const std::string first_line = Lower(head.substr(0, head.find('\n')));
    const bool columns = first_line.find("event_id_cnty") != std::string::npos &&
                         first_line.find("event_date") != std::string::npos &&
                         first_line.find("sub_event_type") != std::string::npos;
    if (!columns) return 0;
    return Lower(path).ends_with(".csv") ? 100 : 95;
  }

  Status Read(std::string_view, std::istream& in, const ImportOptions& options,
              const ItemSink& sink) const override {
    CsvReader reader(in);
    std::vector<std::string> header;
    EG_ASSIGN_OR_RETURN(const bool any, reader.Next(header));
    if (!any) return Status::InvalidArgument("empty file");
    EG_ASSIGN_OR_RETURN(const Columns columns, FindColumns(header));
    std::vector<std::string> row;
    size_t rows = 0;
    while (true) {
      EG_ASSIGN_OR_RETURN(const bool more, reader.Next(row));
      if (!more) break;
      ++rows;
      const std::string where = "row " + std::to_string(rows) + " (line " + std::to_string(reader.line()) + ")";
      Result<ImportItem> item = RowToItem(columns, header.size(), row, options);
      if (item.ok()) {
        item->where = where;
        sink(std::move(item));
      } else {
        sink(item.status().WithPrefix(where));
      }
    }
    return Status::Ok();
  }
};

}  // namespace

std::string_view AcledEventType(std::string_view event_type, std::string_view sub_event_type) {
  const std::string type = Lower(TrimField(event_type));
  const std::string sub = Lower(TrimField(sub_event_type));
  if (type == "battles") {
    // Taking ground is CAMEO 192 (occupy territory); the other battles are CAMEO 19 fighting.
    return sub == "non-state actor overtakes territory" ? "invade" : "fight";
  }
  if (type == "explosions/remote violence") {
    // CAMEO 20 is the use of unconventional weapons of mass destruction.
    return sub == "chemical weapon" ? "mass_violence" : "attack";
  }
  if (type == "violence against civilians") {
    // Killings, abductions and sexual violence are all CAMEO 18 (assault).
    return "attack";
  }
  if (type == "protests") {
    // Force used against protesters is repression (CAMEO 17); the protest itself is CAMEO 14.
    return sub == "excessive force against protesters" || sub == "excessive force against protestors"
               ? "coerce"
               : "protest";
  }
  if (type == "riots") return sub == "mob violence" ? "coerce" : "protest";
  if (type == "strategic developments") {
    static const std::array<std::pair<std::string_view, std::string_view>, 8> kStrategic = {{
        {"agreement", "cooperate"},                        // CAMEO 05: sign an agreement
        {"arrests", "coerce"},                             // CAMEO 173: arrest, detain
        {"looting/property destruction", "coerce"},        // CAMEO 171: seize or damage property
        {"non-violent transfer of territory", "yield"},    // CAMEO 08: cede, withdraw
        {"headquarters or base established", "mobilize"},  // CAMEO 15: military posture
        {"disrupted weapons use", "other"},  // an attack that was stopped: no CAMEO root fits
        {"change to group/activity", "other"},
        {"other", "other"},
    }};
    for (const auto& [name, ours] : kStrategic) {
      if (sub == name) return ours;
    }
    return "other";
  }
  return "";
}

std::unique_ptr<Importer> NewAcledImporter() { return std::make_unique<AcledImporter>(); }

}  // namespace eg
