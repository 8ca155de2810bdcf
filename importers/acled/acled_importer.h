// ACLED CSV exports (acleddata.com): one event per row, stored as it is, without text extraction.
//
// The header names the columns (any order; extra columns ignored). Each row becomes:
//  - an Event: type from event_type / sub_event_type (AcledEventType), the day from event_date
//    widened by time_precision (1 the day, 2 within a week either side, 3 the calendar month),
//    actors as participants (actor1 source, actor2 target; associated actors take part), the
//    location with its coordinates, fatalities and ACLED's own types in the label;
//  - a provenance Article (id from event_id_cnty, format "acled") whose text holds the ACLED id,
//    types, source, source scale and notes; the event's evidence points at the notes.
// A row that cannot become an event (wrong number of fields, no id, bad date, unknown type) is
// reported as a failed item "row N (line L): reason", and the rest go on.
#ifndef EVENTGRAPH_IMPORTERS_ACLED_ACLED_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_ACLED_ACLED_IMPORTER_H_

#include <memory>
#include <string_view>

#include "importers/importer.h"

namespace eg {

std::unique_ptr<Importer> NewAcledImporter();

// Our taxonomy type for an ACLED event type and sub-event type, or "" when ACLED's type is unknown.
// Battles -> fight (territory taken by a non-state actor -> invade); explosions/remote violence -> attack
// (chemical weapons -> mass_violence); violence against civilians -> attack; protests -> protest (excessive
// force against protesters -> coerce); riots -> protest (mob violence -> coerce); strategic developments by
// sub-event type (agreement -> cooperate, arrests and looting -> coerce, transfer of territory -> yield,
// base established -> mobilize, the rest -> other).
std::string_view AcledEventType(std::string_view event_type, std::string_view sub_event_type);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_ACLED_ACLED_IMPORTER_H_
