// A synthetic GraphView of any size for the exporter tests, the consumer tests and the export
// benchmark: events spread over about three years from 2022-01-01, with a mix of day, month, year
// and open-start spans, every taxonomy type in turn, a country as place, two participants each,
// one article per five events, and a BEFORE relation from each event to the next. Deterministic:
// the same `events` gives the same view.
#ifndef EVENTGRAPH_TESTS_EXPORTERS_SYNTHETIC_VIEW_H_
#define EVENTGRAPH_TESTS_EXPORTERS_SYNTHETIC_VIEW_H_

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "engine/graph/graph.h"

namespace eg::testing {

inline GraphView SyntheticView(size_t events, size_t countries = 12, size_t people = 50) {
  GraphView view;
  const char* kCodes[] = {"UA", "RU", "US", "DE", "FR", "GB", "PL", "TR", "CN", "IN", "BR", "ZA",
                          "JP", "IT", "ES", "NL", "SE", "FI", "NO", "CA"};
  countries = std::min<size_t>(countries, std::size(kCodes));
  for (size_t i = 0; i < countries; ++i) {
    Entity c;
    c.id = std::string("country:") + kCodes[i];
    c.kind = EntityKind::kCountry;
    c.name = std::string("Country ") + kCodes[i];
    c.country = kCodes[i];
    c.lat = 10.0 + static_cast<double>(i);
    c.lon = 20.0 + static_cast<double>(i) / 2;
    view.entities.push_back(c);
  }
  for (size_t i = 0; i < people; ++i) {
    Entity p;
    p.id = "person:person-" + std::to_string(i);
    p.kind = EntityKind::kPerson;
    p.name = "Person " + std::to_string(i);
    view.entities.push_back(p);
  }
  for (size_t i = 0; i < (events + 4) / 5; ++i) {
    Article a;
    char id[32];
    std::snprintf(id, sizeof(id), "art:%016zx", i + 1);
    a.id = id;
    a.title = "Synthetic article " + std::to_string(i);
    a.url = "https://example.org/news/" + std::to_string(i);
    a.source = "Example News";
    a.published = Date(2022, 1, 1) + boost::gregorian::days(static_cast<long>(i * 5 * 1100 / (events + 1)));
    view.articles.push_back(a);
  }
  const std::vector<EventTypeInfo>& types = EventTypes();
  const Date origin(2022, 1, 1);
  for (size_t i = 0; i < events; ++i) {
    Event e;
    char id[32];
    std::snprintf(id, sizeof(id), "ev:%016zx", i + 1);
    e.id = id;
    const EventTypeInfo& type = types[i % types.size()];
    e.type = std::string(type.type);
    e.cameo = std::string(type.cameo);
    e.label = "Synthetic " + e.type + " number " + std::to_string(i);
    const Date day = origin + boost::gregorian::days(static_cast<long>(i * 1100 / (events + 1)));
    switch (i % 20) {
      case 0: case 1: case 2:  // month
        e.time.begin = Date(day.year(), day.month(), 1);
        e.time.end = day.end_of_month();
        e.time.precision = Precision::kMonth;
        break;
      case 3: case 4:  // open start, as "talks were held"
        e.time.end = day;
        e.time.precision = Precision::kDay;
        e.time.basis = TimeBasis::kTense;
        break;
      case 5:  // year
        e.time.begin = Date(day.year(), 1, 1);
        e.time.end = Date(day.year(), 12, 31);
        e.time.precision = Precision::kYear;
        break;
      default:
        e.time.begin = day;
        e.time.end = day;
        e.time.precision = Precision::kDay;
        e.time.basis = TimeBasis::kExplicit;
    }
    const Entity& place = view.entities[i % countries];
    Location loc;
    loc.entity = place.id;
    loc.name = place.name;
    loc.qualifier = "in";
    e.location = loc;
    e.participants = {{view.entities[(i * 7 + 1) % countries].id, Role::kSource},
                      {view.entities[countries + i % people].id, Role::kParticipant}};
    const Article& a = view.articles[i / 5];
    e.evidence = {{a.id, {0, 40}, {10, 18}, "trigger"}};
    e.confidence = 0.5 + static_cast<double>(i % 5) / 10;
    view.events.push_back(std::move(e));
  }
  for (size_t i = 0; i + 1 < events; ++i) {
    view.relations.push_back({view.events[i].id, view.events[i + 1].id, RelationType::kBefore,
                              RelationBasis::kTime, 1.0});
  }
  return view;
}

}  // namespace eg::testing

#endif  // EVENTGRAPH_TESTS_EXPORTERS_SYNTHETIC_VIEW_H_
