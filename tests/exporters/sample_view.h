// A small GraphView built by hand for the exporter tests: three events whose spans are an open
// start ("talks were held", on or before 2025-12-01), a month (February 2022) and a day
// (2025-12-02), with their entities, one article and relations among them.
#ifndef EVENTGRAPH_TESTS_EXPORTERS_SAMPLE_VIEW_H_
#define EVENTGRAPH_TESTS_EXPORTERS_SAMPLE_VIEW_H_

#include <string>

#include "engine/graph/graph.h"

namespace eg::testing {

inline constexpr char kArticleId[] = "art:00112233445566aa";
inline constexpr char kTalksId[] = "ev:1000000000000001";     // open start, end 2025-12-01
inline constexpr char kInvasionId[] = "ev:2000000000000002";  // February 2022
inline constexpr char kMeetingId[] = "ev:3000000000000003";   // 2025-12-02

inline Date Day(int y, int m, int d) { return Date(y, m, d); }

inline Entity MakeEntity(const char* id, EntityKind kind, const char* name, const char* country) {
  Entity e;
  e.id = id;
  e.kind = kind;
  e.name = name;
  e.country = country;
  return e;
}

inline Location MakeLocation(const char* entity, const char* name, const char* qualifier) {
  Location l;
  l.entity = entity;
  l.name = name;
  l.qualifier = qualifier;
  return l;
}

inline GraphView SampleView() {
  GraphView view;
  Article article;
  article.id = kArticleId;
  article.title = "Kallas: peace talks must include Ukraine";
  article.published = Day(2025, 12, 1);
  article.published_time = "14:08:36";
  article.url = "https://example.org/news/1";
  article.source = "Example News";
  article.path = "seed/000.txt";
  article.format = "text";
  article.authors = {"Jane Doe"};
  article.language = "en";
  view.articles.push_back(article);

  Entity kallas = MakeEntity("person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", "");
  kallas.titles = {"High Representative for Foreign Affairs"};
  Entity ua = MakeEntity("country:UA", EntityKind::kCountry, "Ukraine", "UA");
  Entity us = MakeEntity("country:US", EntityKind::kCountry, "United States", "US");
  us.aliases = {"US", "USA"};
  Entity miami = MakeEntity("location:miami-us", EntityKind::kLocation, "Miami", "US");
  miami.lat = 25.7617;
  miami.lon = -80.1918;
  // Deliberately not in id order: exporters must not depend on the order the engine used.
  view.entities = {us, kallas, ua, miami};

  // View order is the store's: open begins first.
  Event talks;
  talks.id = kTalksId;
  talks.type = "negotiate";
  talks.cameo = "04";
  talks.label = "Peace negotiations near Miami";
  talks.time.end = Day(2025, 12, 1);
  talks.time.precision = Precision::kDay;
  talks.time.timex = "PAST_REF";
  talks.time.text = "were held";
  talks.time.basis = TimeBasis::kTense;
  talks.location = MakeLocation("location:miami-us", "Miami", "near");
  talks.location->lat = 25.7617;
  talks.location->lon = -80.1918;
  talks.participants = {{"country:US", Role::kSource}, {"country:UA", Role::kTarget}};
  talks.modality = Modality::kReported;
  talks.evidence = {{kArticleId, {120, 190}, {150, 162}, "negotiations"}};
  talks.confidence = 0.8;

  Event invasion;
  invasion.id = kInvasionId;
  invasion.type = "invade";
  invasion.cameo = "19";
  invasion.label = "Russian invasion of Ukraine";
  invasion.time.begin = Day(2022, 2, 1);
  invasion.time.end = Day(2022, 2, 28);
  invasion.time.precision = Precision::kMonth;
  invasion.time.timex = "2022-02";
  invasion.time.text = "in February 2022";
  invasion.time.basis = TimeBasis::kExplicit;
  invasion.location = MakeLocation("country:UA", "Ukraine", "in");
  invasion.participants = {{"country:UA", Role::kTarget}};
  invasion.evidence = {{kArticleId, {300, 380}, {340, 348}, "invasion"}};
  invasion.confidence = 0.9;

  Event meeting;
  meeting.id = kMeetingId;
  meeting.type = "meet";
  meeting.cameo = "04";
  meeting.label = "Kallas meets foreign ministers in Brussels";
  meeting.time.begin = Day(2025, 12, 2);
  meeting.time.end = Day(2025, 12, 2);
  meeting.time.precision = Precision::kDay;
  meeting.time.timex = "2025-12-02";
  meeting.time.text = "tomorrow";
  meeting.time.basis = TimeBasis::kRelative;
  meeting.participants = {{"person:kaja-kallas", Role::kParticipant}};
  meeting.modality = Modality::kPlanned;
  meeting.evidence = {{kArticleId, {400, 470}, {412, 417}, "meets"}};
  meeting.confidence = 0.7;

  view.events = {talks, invasion, meeting};
  view.relations = {
      {kInvasionId, kMeetingId, RelationType::kBefore, RelationBasis::kTime, 1.0},
      {kTalksId, kMeetingId, RelationType::kBefore, RelationBasis::kTime, 1.0},
      // Points at an event outside the view: drawings must skip it rather than invent a node.
      {kTalksId, "ev:ffffffffffffffff", RelationType::kCauses, RelationBasis::kText, 0.4},
  };
  return view;
}

// The sample view with hostile text everywhere free text can reach an export: quotes, angle
// brackets and <script>, DOT and JSON syntax, backslashes, newlines, control characters, invalid
// UTF-8, U+FFFF, and a javascript: URL. Ids stay as in SampleView so consumers can find events.
inline constexpr char kHostileText[] =
    "He said \"stop\" <script>alert('x')</script> & }]}; digraph g { a -> b } \\N,\nsecond\tline";

inline GraphView HostileView() {
  GraphView view = SampleView();
  view.articles[0].title = std::string(kHostileText) + " \x01\x7f";
  view.articles[0].url = "javascript:alert(document.cookie)";
  view.articles[0].source = "<b>Source</b>\r\n";
  Article second;
  second.id = "art:99887766554433bb";
  second.title = "Plain title, with a comma";
  second.url = "https://example.org/a?b=1&c=\"2\"";
  second.published = Day(2025, 12, 2);
  view.articles.push_back(second);
  view.events[0].label = kHostileText;
  view.events[0].location->name = "Miami\" ] [ label=\"x <i>";
  view.events[1].label = "bad \xFF utf-8 and \xEF\xBF\xBF non-character";
  view.events[2].label = "=cmd|' /C calc'!A0, \"quoted\"";
  view.events[2].evidence.push_back({second.id, {0, 10}, {0, 4}, "meet"});
  for (Entity& e : view.entities) {
    if (e.id == "person:kaja-kallas") e.name = "Kaja <Kallas> \"KK\" \n& co";
  }
  return view;
}

}  // namespace eg::testing

#endif  // EVENTGRAPH_TESTS_EXPORTERS_SAMPLE_VIEW_H_
