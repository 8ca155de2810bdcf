// The "jsonld" exporter: the events as schema.org JSON-LD,
//   {"@context": "https://schema.org", "@graph": [Event, ...]}
// Each Event: "@id" "urn:eventgraph:" + event id, "name" (label), "startDate" / "endDate" (ISO
// dates; an open side is left out), "location" a Place {"@id", "name", "geo": GeoCoordinates
// {latitude, longitude} when known, "address" {"@type": "PostalAddress", "addressCountry"} when
// the country is known}, "attendee" the participants as Person (persons), GovernmentOrganization
// (countries, whose states take part) or Organization (everything else), each with its "@id"
// "urn:eventgraph:" + entity id and "name"; "subjectOf" the source NewsArticles {"@id" (the URL, or
// "urn:eventgraph:" + article id), "headline", "url", "datePublished", "publisher"
// Organization}; "description" the span reading and modality ("≤ 2025-12-01 · reported"); "eventStatus"
// EventScheduled for planned events; "keywords" the type and CAMEO code ("negotiate, CAMEO 04").
// Values are plain JSON strings (JSON escapes every character that needs it). Events follow the
// view's order, each id once. Deterministic; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_JSONLD_JSONLD_EXPORTER_H_
#define EVENTGRAPH_EXPORTERS_JSONLD_JSONLD_EXPORTER_H_

#include <memory>

#include "exporters/exporter.h"

namespace eg {

inline constexpr char kJsonLdIdPrefix[] = "urn:eventgraph:";

std::unique_ptr<Exporter> NewJsonLdExporter();  // "jsonld", extension "jsonld"

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_JSONLD_JSONLD_EXPORTER_H_
