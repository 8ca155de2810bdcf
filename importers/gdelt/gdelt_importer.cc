#include "importers/gdelt/gdelt_importer.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/base/ids.h"
#include "importers/csv/countries.h"
#include "importers/csv/csv_reader.h"
#include "importers/csv/fields.h"

namespace eg {
namespace {

constexpr std::string_view kName = "gdelt";
// GDELT is coded by machine from news text; many rows are wrong in type or actors.
constexpr double kConfidence = 0.5;

// Column positions in the GDELT 2.0 event export (GDELT 2.0 Event Database codebook).
enum Column : size_t {
  kGlobalEventId = 0,
  kSqlDate = 1,
  kActor1Code = 5,
  kActor1Name = 6,
  kActor1CountryCode = 7,
  kActor1Type1Code = 12,
  kActor2Code = 15,
  kActor2Name = 16,
  kActor2CountryCode = 17,
  kActor2Type1Code = 22,
  kIsRootEvent = 25,
  kEventCode = 26,
  kEventBaseCode = 27,
  kEventRootCode = 28,
  kGoldsteinScale = 30,
  kNumMentions = 31,
  kNumSources = 32,
  kNumArticles = 33,
  kAvgTone = 34,
  kActionGeoType = 51,
  kActionGeoFullName = 52,
  kActionGeoLat = 56,
  kActionGeoLong = 57,
  kDateAdded = 59,
  kSourceUrl = 60,
};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "20250503" -> the date; fails on anything else.
Result<Date> ParseCompactDate(std::string_view s, std::string_view column) {
  if (s.size() >= 8 && AllDigits(s.substr(0, 8))) {
    const std::string iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                            std::string(s.substr(6, 2));
    if (auto d = ParseDate(iso); d.ok()) return d;
  }
  return Status::InvalidArgument("bad " + std::string(column) + " '" + std::string(s) + "'");
}

// CAMEO actor type codes that name an institution; the others (rebels, civilians, refugees,
// opposition, ...) are groups.
bool IsInstitution(std::string_view type) {
  static const char* const kInstitutions[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "MED",
                                              "EDU", "IGO", "NGO", "MNC", "HLH", "PTY", "IMG", "INT"};
  return std::any_of(std::begin(kInstitutions), std::end(kInstitutions),
                     [&](const char* t) { return type == t; });
}

std::string_view TypeLabel(std::string_view type) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {"GOV", "Government"},     {"MIL", "Military"},      {"COP", "Police"},
      {"JUD", "Judiciary"},      {"LEG", "Legislature"},   {"SPY", "Intelligence"},
      {"BUS", "Business"},       {"MED", "Media"},         {"EDU", "Education"},
      {"HLH", "Health"},         {"OPP", "Opposition"},    {"REB", "Rebels"},
      {"INS", "Insurgents"},     {"SEP", "Separatists"},   {"CVL", "Civilians"},
      {"REF", "Refugees"},       {"LAB", "Labor"},         {"AGR", "Agriculture"},
      {"CRM", "Criminals"},      {"ELI", "Elites"},        {"UAF", "Armed forces"},
      {"IGO", "Intergovernmental organization"},           {"NGO", "Non-governmental organization"},
      {"MNC", "Multinational corporation"},                {"HRI", "Human rights groups"},
      {"ENV", "Environmental groups"},                     {"REL", "Religious groups"},
  };
  for (const auto& [code, label] : kLabels) {
    if (type == code) return label;
  }
  return "";
}

// The entity of one actor, or nullopt when the row has none.
std::optional<Entity> ActorEntity(const std::vector<std::string>& row, size_t code_col, size_t name_col,
                                  size_t country_col, size_t type_col) {
  const std::string_view code = TrimField(row[code_col]);
  const std::string_view name = TrimField(row[name_col]);
  if (code.empty() && name.empty()) return std::nullopt;
  const std::string_view country_code = TrimField(row[country_col]);
  const std::string_view type = TrimField(row[type_col]);
  const CountryInfo* country = country_code.size() == 3 ? CountryByAlpha3(country_code) : nullptr;

  Entity e;
  if (country) e.country = country->alpha2;
  if (country && type.empty() && code == country_code) {
    // The actor code is the bare country code: the actor is that country (GDELT often names it by
    // a city or a demonym, "SANTIAGO", "GREEK", which stay out of the entity).
    e.kind = EntityKind::kCountry;
    e.name = country->name;
  } else {
    e.kind = type.empty() || IsInstitution(type) ? EntityKind::kOrganization : EntityKind::kGroup;
    if (type.empty() && !country) e.kind = EntityKind::kGroup;
    const std::string_view label = TypeLabel(type);
    if (!label.empty() && country) {
      e.name = std::string(label) + " (" + country->name + ")";
    } else {
      e.name = TitleCase(name.empty() ? code : name);
    }
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

std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (rest.starts_with("www.")) rest.remove_prefix(4);
  return std::string(rest);
}

std::string Format(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

Result<ImportItem> RowToItem(const std::vector<std::string>& row, const ImportOptions& options) {
  if (row.size() != kGdeltColumns) {
    return Status::InvalidArgument(std::to_string(row.size()) + " columns where a GDELT 2.0 export has " +
                                   std::to_string(kGdeltColumns));
  }
  const std::string_view gdelt_id = TrimField(row[kGlobalEventId]);
  if (!AllDigits(gdelt_id)) return Status::InvalidArgument("bad GLOBALEVENTID '" + std::string(gdelt_id) + "'");
  EG_ASSIGN_OR_RETURN(const Date day, ParseCompactDate(TrimField(row[kSqlDate]), "SQLDATE"));
  const std::string_view code = TrimField(row[kEventCode]);
  const std::string_view type = GdeltEventType(code);
  if (type.empty()) return Status::InvalidArgument("bad EventCode '" + std::string(code) + "'");
  const EventTypeInfo* info = FindEventType(type);

  ImportItem item;
  item.structured = true;
  Article& a = item.article;
  a.id = ArticleId("gdelt:" + std::string(gdelt_id));
  a.format = std::string(kName);
  a.url = std::string(TrimField(row[kSourceUrl]));
  a.source = HostOf(a.url);
  if (a.source.empty()) a.source = "GDELT";
  const std::string_view added = TrimField(row[kDateAdded]);
  if (auto d = ParseCompactDate(added, "DATEADDED"); d.ok()) {
    // DATEADDED is when GDELT found the article: the nearest thing to its publication we have.
    a.published = *d;
    if (added.size() == 14 && AllDigits(added)) {
      a.published_time = std::string(added.substr(8, 2)) + ":" + std::string(added.substr(10, 2)) + ":" +
                         std::string(added.substr(12, 2));
    }
  }
  if (options.date_override) a.published = options.date_override;

  Event& e = item.events.emplace_back();
  e.id = "ev:" + Hex64(Hash64("gdelt:" + std::string(gdelt_id)));
  e.type = std::string(type);
  e.cameo = std::string(info->cameo);
  e.modality = Modality::kAsserted;
  e.confidence = kConfidence;
  e.time.begin = e.time.end = day;
  e.time.precision = Precision::kDay;
  e.time.basis = TimeBasis::kExplicit;
  e.time.timex = FormatDate(day);
  e.time.text = "SQLDATE " + std::string(TrimField(row[kSqlDate]));

  std::optional<Entity> actor1 =
      ActorEntity(row, kActor1Code, kActor1Name, kActor1CountryCode, kActor1Type1Code);
  std::optional<Entity> actor2 =
      ActorEntity(row, kActor2Code, kActor2Name, kActor2CountryCode, kActor2Type1Code);
  if (actor1) e.participants.push_back({actor1->id, Role::kSource});
  if (actor2 && (!actor1 || actor2->id != actor1->id)) e.participants.push_back({actor2->id, Role::kTarget});

  // ActionGeo_Type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
  const std::string_view geo_type = TrimField(row[kActionGeoType]);
  const std::string_view full_name = TrimField(row[kActionGeoFullName]);
  std::string place_text;
  if (!geo_type.empty() && geo_type != "0" && !full_name.empty()) {
    const size_t comma = full_name.rfind(',');
    const std::string_view last = TrimField(comma == std::string_view::npos ? full_name : full_name.substr(comma + 1));
    const CountryInfo* country = CountryByName(last);
    const auto lat = ParseLatitude(row[kActionGeoLat]);
    const auto lon = ParseLongitude(row[kActionGeoLong]);
    const bool has_point = lat && lon;
    Entity place;
    if (geo_type == "1" && country) {
      place.kind = EntityKind::kCountry;
      place.name = country->name;
      place.country = country->alpha2;
    } else {
      place.kind = EntityKind::kLocation;
      // "Malaca, Pangasinan, Philippines": the country is the entity's country, not its name.
      place.name = std::string(country && comma != std::string_view::npos ? TrimField(full_name.substr(0, comma))
                                                                         : full_name);
      if (country) place.country = country->alpha2;
      if (has_point) {
        place.lat = lat;
        place.lon = lon;
      }
    }
    place.id = MakeEntityId(place.kind, place.name, place.country);
    e.location = Location{place.id, std::string(full_name), "in", has_point ? lat : std::nullopt,
                          has_point ? lon : std::nullopt};
    place_text = std::string(full_name);
    if (has_point) place_text += " (" + Format(*lat) + ", " + Format(*lon) + ")";
    AddEntity(item.entities, std::move(place));
  }

  e.label = (actor1 ? actor1->name : std::string("?")) + (actor2 ? " -> " + actor2->name : std::string()) +
            ": " + e.type + " (CAMEO " + std::string(code) + ")" +
            (e.location ? " in " + e.location->name : std::string());
  a.title = e.label;

  // The provenance text: a readable rendering of the row; the evidence's trigger is the CAMEO code.
  std::string& text = a.text;
  text = "GDELT event " + std::string(gdelt_id) + " on " + FormatDate(day) + " (SQLDATE";
  if (a.published) text += "; added " + FormatDate(*a.published) + (a.published_time.empty() ? "" : " " + a.published_time + " UTC");
  text += ").\nCAMEO event code ";
  const size_t trigger_begin = text.size();
  text += code;
  const size_t trigger_end = text.size();
  text += " (base " + std::string(TrimField(row[kEventBaseCode])) + ", root " +
          std::string(TrimField(row[kEventRootCode])) + ": " + std::string(info->description) + ")";
  if (TrimField(row[kIsRootEvent]) == "1") text += ", the article's lead event";
  text += ".";
  const size_t sentence_end = text.size();
  const auto describe = [&](const char* role, const std::optional<Entity>& actor, size_t code_col) {
    if (!actor) return;
    text += std::string("\n") + role + ": " + actor->name + " (CAMEO " + std::string(TrimField(row[code_col])) + ").";
  };
  describe("Actor 1", actor1, kActor1Code);
  describe("Actor 2", actor2, kActor2Code);
  if (!place_text.empty()) text += "\nPlace: " + place_text + ".";
  text += "\nGoldstein scale " + std::string(TrimField(row[kGoldsteinScale])) + ", average tone " +
          std::string(TrimField(row[kAvgTone])) + "; " + std::string(TrimField(row[kNumMentions])) +
          " mention(s) in " + std::string(TrimField(row[kNumSources])) + " source(s), " +
          std::string(TrimField(row[kNumArticles])) + " article(s).";
  if (!a.url.empty()) text += "\nSource: " + a.url;
  text += "\n";
  e.evidence.push_back({a.id, {0, sentence_end}, {trigger_begin, trigger_end}, std::string(code)});

  if (actor1) AddEntity(item.entities, std::move(*actor1));
  if (actor2) AddEntity(item.entities, std::move(*actor2));
  return item;
}

class GdeltImporter : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view head) const override {
    const std::string_view line = head.substr(0, head.find('\n'));
    if (static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1 != kGdeltColumns) return 0;
    const size_t tab = line.find('\t');
    const std::string_view id = line.substr(0, tab);
    const std::string_view date = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    if (!AllDigits(id) || date.size() != 8 || !AllDigits(date)) return 0;
    std::string lower(path);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.ends_with(".export.csv") ? 100 : 95;
  }

  Status Read(std::string_view, std::istream& in, const ImportOptions& options,
              const ItemSink& sink) const override {
    CsvReader reader(in, CsvOptions{.delimiter = '\t', .quoting = false});
    std::vector<std::string> row;
    while (true) {
      EG_ASSIGN_OR_RETURN(const bool more, reader.Next(row));
      if (!more) break;
      const std::string where = "row " + std::to_string(reader.record());
      Result<ImportItem> item = RowToItem(row, options);
      if (item.ok()) {
        item->where = where;
        sink(std::move(item));
      } else {
        sink(item.status().WithPrefix(where));
      }
    }
    if (reader.record() == 0) return Status::InvalidArgument("empty file");
    return Status::Ok();
  }
};

}  // namespace

std::string_view GdeltEventType(std::string_view event_code) {
  const std::string_view code = TrimField(event_code);
  if (code.size() < 2 || code.size() > 4 || !AllDigits(code)) return "";
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
    case 1: return "statement";
    case 2: return "appeal";
    case 3: return "intent";
    case 4:
      if (code.starts_with("042") || code.starts_with("043")) return "visit";
      if (code.starts_with("046")) return "negotiate";
      return "meet";
    case 5: return "cooperate";
    case 6: return "cooperate";
    case 7: return "aid";
    case 8: return "yield";
    case 9: return "investigate";
    case 10: return "demand";
    case 11: return "criticize";
    case 12: return "reject";
    case 13: return "threaten";
    case 14: return "protest";
    case 15: return "mobilize";
    case 16: return "sanction";
    case 17: return "coerce";
    case 18: return "attack";
    case 19: return code.starts_with("192") ? "invade" : "fight";
    case 20: return "mass_violence";
    default: return "";
  }
}

std::unique_ptr<Importer> NewGdeltImporter() { return std::make_unique<GdeltImporter>(); }

}  // namespace eg
