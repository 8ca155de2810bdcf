#include "engine/model/json_codec.h"

#include <exception>

namespace eg {
namespace {

Json OptDate(const std::optional<Date>& d) { return d ? Json(FormatDate(*d)) : Json(nullptr); }
Json OptDouble(const std::optional<double>& d) { return d ? Json(*d) : Json(nullptr); }
Json OptString(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Field readers: each returns a Status naming the field when it is missing or of the wrong type.
// nlohmann throws on type mismatches; these never let an exception escape.
Status Need(const Json& j, const char* field) {
  if (!j.is_object()) return Status::Corruption(std::string("expected an object holding '") + field + "'");
  if (!j.contains(field)) return Status::Corruption(std::string("missing field '") + field + "'");
  return Status::Ok();
}

Result<std::string> GetString(const Json& j, const char* field, bool nullable = false) {
  EG_RETURN_IF_ERROR(Need(j, field));
  const Json& v = j[field];
  if (v.is_null() && nullable) return std::string();
  if (!v.is_string()) return Status::Corruption(std::string("field '") + field + "' is not a string");
  return v.get<std::string>();
}

Result<std::optional<double>> GetOptDouble(const Json& j, const char* field) {
  if (!j.contains(field) || j[field].is_null()) return std::optional<double>();
  if (!j[field].is_number()) return Status::Corruption(std::string("field '") + field + "' is not a number");
  return std::optional<double>(j[field].get<double>());
}

Result<size_t> GetOffset(const Json& j, const char* field) {
  EG_RETURN_IF_ERROR(Need(j, field));
  if (!j[field].is_number_unsigned() && !(j[field].is_number_integer() && j[field].get<int64_t>() >= 0)) {
    return Status::Corruption(std::string("field '") + field + "' is not a byte offset");
  }
  return j[field].get<size_t>();
}

Result<std::optional<Date>> GetOptDate(const Json& j, const char* field) {
  if (!j.contains(field) || j[field].is_null()) return std::optional<Date>();
  if (!j[field].is_string()) return Status::Corruption(std::string("field '") + field + "' is not a date");
  EG_ASSIGN_OR_RETURN(Date d, ParseDate(j[field].get<std::string>()));
  return std::optional<Date>(d);
}

Result<std::vector<std::string>> GetStrings(const Json& j, const char* field) {
  std::vector<std::string> out;
  if (!j.contains(field) || j[field].is_null()) return out;
  if (!j[field].is_array()) return Status::Corruption(std::string("field '") + field + "' is not an array");
  for (const auto& v : j[field]) {
    if (!v.is_string()) return Status::Corruption(std::string("field '") + field + "' holds a non-string");
    out.push_back(v.get<std::string>());
  }
  return out;
}

Json SpanToJson(const Span& s) { return Json{{"begin", s.begin}, {"end", s.end}}; }

Result<Span> SpanFromJson(const Json& j) {
  Span s;
  EG_ASSIGN_OR_RETURN(s.begin, GetOffset(j, "begin"));
  EG_ASSIGN_OR_RETURN(s.end, GetOffset(j, "end"));
  if (s.end < s.begin) return Status::Corruption("span ends before it begins");
  return s;
}

}  // namespace

Json ArticleToJson(const Article& a, bool with_text) {
  Json j;
  j["id"] = a.id;
  j["title"] = a.title;
  j["published"] = OptDate(a.published);
  j["published_time"] = OptString(a.published_time);
  j["url"] = OptString(a.url);
  j["source"] = OptString(a.source);
  j["format"] = a.format;
  j["path"] = OptString(a.path);
  j["authors"] = a.authors;
  j["language"] = OptString(a.language);
  if (with_text) j["text"] = a.text;
  return j;
}

Result<Article> ArticleFromJson(const Json& j) {
  Article a;
  EG_ASSIGN_OR_RETURN(a.id, GetString(j, "id"));
  EG_ASSIGN_OR_RETURN(a.title, GetString(j, "title", true));
  EG_ASSIGN_OR_RETURN(a.published, GetOptDate(j, "published"));
  if (j.contains("published_time")) {
    EG_ASSIGN_OR_RETURN(a.published_time, GetString(j, "published_time", true));
  }
  if (j.contains("url")) {
    EG_ASSIGN_OR_RETURN(a.url, GetString(j, "url", true));
  }
  if (j.contains("source")) {
    EG_ASSIGN_OR_RETURN(a.source, GetString(j, "source", true));
  }
  if (j.contains("format")) {
    EG_ASSIGN_OR_RETURN(a.format, GetString(j, "format", true));
  }
  if (j.contains("path")) {
    EG_ASSIGN_OR_RETURN(a.path, GetString(j, "path", true));
  }
  if (j.contains("text")) {
    EG_ASSIGN_OR_RETURN(a.text, GetString(j, "text", true));
  }
  EG_ASSIGN_OR_RETURN(a.authors, GetStrings(j, "authors"));
  if (j.contains("language")) {
    EG_ASSIGN_OR_RETURN(a.language, GetString(j, "language", true));
  }
  return a;
}

Json EntityToJson(const Entity& e, bool with_mentions) {
  Json j;
  j["id"] = e.id;
  j["kind"] = std::string(EntityKindName(e.kind));
  j["name"] = e.name;
  j["aliases"] = e.aliases;
  j["country"] = OptString(e.country);
  j["lat"] = OptDouble(e.lat);
  j["lon"] = OptDouble(e.lon);
  j["titles"] = e.titles;
  if (with_mentions) {
    j["mentions"] = Json::array();
    for (const auto& m : e.mentions) j["mentions"].push_back(SpanToJson(m));
  }
  if (e.event_count > 0) j["event_count"] = e.event_count;
  if (e.article_count > 0) j["article_count"] = e.article_count;
  return j;
}

Result<Entity> EntityFromJson(const Json& j) {
  Entity e;
  EG_ASSIGN_OR_RETURN(e.id, GetString(j, "id"));
  EG_ASSIGN_OR_RETURN(std::string kind, GetString(j, "kind"));
  EG_ASSIGN_OR_RETURN(e.kind, ParseEntityKind(kind));
  EG_ASSIGN_OR_RETURN(e.name, GetString(j, "name"));
  EG_ASSIGN_OR_RETURN(e.aliases, GetStrings(j, "aliases"));
  if (j.contains("country")) {
    EG_ASSIGN_OR_RETURN(e.country, GetString(j, "country", true));
  }
  EG_ASSIGN_OR_RETURN(e.lat, GetOptDouble(j, "lat"));
  EG_ASSIGN_OR_RETURN(e.lon, GetOptDouble(j, "lon"));
  EG_ASSIGN_OR_RETURN(e.titles, GetStrings(j, "titles"));
  if (j.contains("mentions") && j["mentions"].is_array()) {
    for (const auto& m : j["mentions"]) {
      EG_ASSIGN_OR_RETURN(Span s, SpanFromJson(m));
      e.mentions.push_back(s);
    }
  }
  if (j.contains("event_count") && j["event_count"].is_number_unsigned())
    e.event_count = j["event_count"].get<uint64_t>();
  if (j.contains("article_count") && j["article_count"].is_number_unsigned())
    e.article_count = j["article_count"].get<uint64_t>();
  return e;
}

Json TimeSpanToJson(const TimeSpan& t) {
  Json j;
  j["start"] = OptDate(t.begin);
  j["end"] = OptDate(t.end);
  j["precision"] = std::string(PrecisionName(t.precision));
  j["timex"] = OptString(t.timex);
  j["text"] = OptString(t.text);
  j["basis"] = std::string(TimeBasisName(t.basis));
  if (!t.time_of_day.empty()) j["time_of_day"] = t.time_of_day;
  return j;
}

Result<TimeSpan> TimeSpanFromJson(const Json& j) {
  TimeSpan t;
  EG_ASSIGN_OR_RETURN(t.begin, GetOptDate(j, "start"));
  EG_ASSIGN_OR_RETURN(t.end, GetOptDate(j, "end"));
  if (t.begin && t.end && *t.end < *t.begin) return Status::Corruption("time span ends before it starts");
  EG_ASSIGN_OR_RETURN(std::string precision, GetString(j, "precision"));
  EG_ASSIGN_OR_RETURN(t.precision, ParsePrecision(precision));
  EG_ASSIGN_OR_RETURN(t.timex, GetString(j, "timex", true));
  EG_ASSIGN_OR_RETURN(t.text, GetString(j, "text", true));
  EG_ASSIGN_OR_RETURN(std::string basis, GetString(j, "basis"));
  EG_ASSIGN_OR_RETURN(t.basis, ParseTimeBasis(basis));
  if (j.contains("time_of_day")) {
    EG_ASSIGN_OR_RETURN(t.time_of_day, GetString(j, "time_of_day", true));
  }
  return t;
}

Json EventToJson(const Event& e) {
  Json j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["cameo"] = OptString(e.cameo);
  j["label"] = e.label;
  j["time"] = TimeSpanToJson(e.time);
  if (e.location) {
    j["location"] = Json{{"entity", OptString(e.location->entity)},
                         {"name", e.location->name},
                         {"qualifier", OptString(e.location->qualifier)},
                         {"lat", OptDouble(e.location->lat)},
                         {"lon", OptDouble(e.location->lon)}};
  } else {
    j["location"] = nullptr;
  }
  j["participants"] = Json::array();
  for (const auto& p : e.participants) {
    j["participants"].push_back(Json{{"entity", p.entity}, {"role", std::string(RoleName(p.role))}});
  }
  j["modality"] = std::string(ModalityName(e.modality));
  j["evidence"] = Json::array();
  for (const auto& ev : e.evidence) {
    Json t = SpanToJson(ev.trigger);
    t["text"] = ev.trigger_text;
    j["evidence"].push_back(
        Json{{"article", ev.article}, {"sentence", SpanToJson(ev.sentence)}, {"trigger", t}});
  }
  j["confidence"] = e.confidence;
  if (e.sources > 0) {
    j["sources"] = e.sources;
    j["independent_sources"] = e.independent_sources;
  }
  if (!e.merged.empty()) {
    j["merged"] = Json::array();
    for (const auto& m : e.merged)
      j["merged"].push_back(Json{{"event", m.event}, {"rule", m.rule}, {"score", m.score}});
  }
  return j;
}

Result<Event> EventFromJson(const Json& j) {
  Event e;
  EG_ASSIGN_OR_RETURN(e.id, GetString(j, "id"));
  EG_ASSIGN_OR_RETURN(e.type, GetString(j, "type"));
  EG_ASSIGN_OR_RETURN(e.cameo, GetString(j, "cameo", true));
  EG_ASSIGN_OR_RETURN(e.label, GetString(j, "label", true));
  EG_RETURN_IF_ERROR(Need(j, "time"));
  EG_ASSIGN_OR_RETURN(e.time, TimeSpanFromJson(j["time"]));
  if (j.contains("location") && !j["location"].is_null()) {
    const Json& l = j["location"];
    Location loc;
    EG_ASSIGN_OR_RETURN(loc.entity, GetString(l, "entity", true));
    EG_ASSIGN_OR_RETURN(loc.name, GetString(l, "name", true));
    EG_ASSIGN_OR_RETURN(loc.qualifier, GetString(l, "qualifier", true));
    EG_ASSIGN_OR_RETURN(loc.lat, GetOptDouble(l, "lat"));
    EG_ASSIGN_OR_RETURN(loc.lon, GetOptDouble(l, "lon"));
    e.location = std::move(loc);
  }
  if (j.contains("participants")) {
    if (!j["participants"].is_array()) return Status::Corruption("field 'participants' is not an array");
    for (const auto& p : j["participants"]) {
      Participant part;
      EG_ASSIGN_OR_RETURN(part.entity, GetString(p, "entity"));
      EG_ASSIGN_OR_RETURN(std::string role, GetString(p, "role"));
      EG_ASSIGN_OR_RETURN(part.role, ParseRole(role));
      e.participants.push_back(std::move(part));
    }
  }
  EG_ASSIGN_OR_RETURN(std::string modality, GetString(j, "modality"));
  EG_ASSIGN_OR_RETURN(e.modality, ParseModality(modality));
  if (j.contains("evidence")) {
    if (!j["evidence"].is_array()) return Status::Corruption("field 'evidence' is not an array");
    for (const auto& v : j["evidence"]) {
      Evidence ev;
      EG_ASSIGN_OR_RETURN(ev.article, GetString(v, "article"));
      EG_RETURN_IF_ERROR(Need(v, "sentence"));
      EG_ASSIGN_OR_RETURN(ev.sentence, SpanFromJson(v["sentence"]));
      EG_RETURN_IF_ERROR(Need(v, "trigger"));
      EG_ASSIGN_OR_RETURN(ev.trigger, SpanFromJson(v["trigger"]));
      EG_ASSIGN_OR_RETURN(ev.trigger_text, GetString(v["trigger"], "text", true));
      e.evidence.push_back(std::move(ev));
    }
  }
  if (j.contains("confidence") && j["confidence"].is_number()) e.confidence = j["confidence"].get<double>();
  if (j.contains("sources") && j["sources"].is_number_integer()) e.sources = j["sources"].get<int>();
  if (j.contains("independent_sources") && j["independent_sources"].is_number_integer())
    e.independent_sources = j["independent_sources"].get<int>();
  if (j.contains("merged")) {
    if (!j["merged"].is_array()) return Status::Corruption("field 'merged' is not an array");
    for (const auto& m : j["merged"]) {
      MergeNote note;
      EG_ASSIGN_OR_RETURN(note.event, GetString(m, "event"));
      EG_ASSIGN_OR_RETURN(note.rule, GetString(m, "rule", true));
      if (m.contains("score") && m["score"].is_number()) note.score = m["score"].get<double>();
      e.merged.push_back(std::move(note));
    }
  }
  return e;
}

Json RelationToJson(const Relation& r) {
  Json j{{"from", r.from},
         {"to", r.to},
         {"type", std::string(RelationTypeName(r.type))},
         {"basis", std::string(RelationBasisName(r.basis))},
         {"confidence", r.confidence}};
  if (r.possible != 0) {
    Json& possible = j["possible"] = Json::array();
    for (int t = 0; t <= static_cast<int>(RelationType::kPartOf); ++t) {
      if (r.possible & (1u << t)) possible.push_back(std::string(RelationTypeName(static_cast<RelationType>(t))));
    }
  }
  return j;
}

Result<Relation> RelationFromJson(const Json& j) {
  Relation r;
  EG_ASSIGN_OR_RETURN(r.from, GetString(j, "from"));
  EG_ASSIGN_OR_RETURN(r.to, GetString(j, "to"));
  EG_ASSIGN_OR_RETURN(std::string type, GetString(j, "type"));
  EG_ASSIGN_OR_RETURN(r.type, ParseRelationType(type));
  EG_ASSIGN_OR_RETURN(std::string basis, GetString(j, "basis"));
  EG_ASSIGN_OR_RETURN(r.basis, ParseRelationBasis(basis));
  if (j.contains("confidence") && j["confidence"].is_number()) r.confidence = j["confidence"].get<double>();
  if (j.contains("possible")) {
    if (!j["possible"].is_array()) return Status::Corruption("field 'possible' is not an array");
    for (const auto& name : j["possible"]) {
      if (!name.is_string()) return Status::Corruption("field 'possible' holds a non-string");
      EG_ASSIGN_OR_RETURN(RelationType t, ParseRelationType(name.get<std::string>()));
      r.possible |= 1u << static_cast<int>(t);
    }
  }
  return r;
}

std::string ToCbor(const Json& j) {
  const std::vector<uint8_t> bytes = Json::to_cbor(j);
  return std::string(bytes.begin(), bytes.end());
}

Result<Json> FromCbor(std::string_view bytes) {
  try {
    return Json::from_cbor(bytes.begin(), bytes.end());
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("stored value is not valid CBOR: ") + e.what());
  }
}

}  // namespace eg
