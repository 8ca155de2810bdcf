// GDELT 2.0 event exports (*.export.CSV): 61 tab-separated columns, no header, no quoting. Each row
// becomes one event, stored as it is, without text extraction:
//  - type from the CAMEO EventCode (GdeltEventType); the code itself, with its leading zeros, is
//    kept in the label and the provenance text;
//  - time: SQLDATE, the day the event happened, as a one-day span (DATEADDED is only when GDELT
//    saw the article; it becomes the provenance article's date);
//  - Actor1 (source) and Actor2 (target): a CAMEO country code alone is that country, typed actors
//    are organizations or groups named by their role and country ("Government (Russia)");
//    CAMEO's alpha-3 country codes are mapped to ISO alpha-2;
//  - the ActionGeo place with its coordinates; its country comes from the place's full name (GDELT
//    geo country codes are FIPS 10-4, not ISO: "RS" is Russia there, Serbia in ISO);
//  - a provenance Article (id from GLOBALEVENTID, url = SOURCEURL, format "gdelt").
// A row that cannot become an event (wrong number of columns, bad SQLDATE, bad EventCode) is a
// failed item "row N: reason"; the rest go on.
#ifndef EVENTGRAPH_IMPORTERS_GDELT_GDELT_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_GDELT_GDELT_IMPORTER_H_

#include <memory>
#include <string_view>

#include "importers/importer.h"

namespace eg {

inline constexpr size_t kGdeltColumns = 61;

std::unique_ptr<Importer> NewGdeltImporter();

// Our taxonomy type for a CAMEO event code ("042", "1383"), or "" when it is not a CAMEO code.
// Each root 01..20 maps to our type with that root (042/043 -> visit, 046 -> negotiate, other 04 ->
// meet; 192 -> invade, other 19 -> fight); root 06 (material cooperation), which our taxonomy does
// not separate, maps to cooperate.
std::string_view GdeltEventType(std::string_view event_code);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_GDELT_GDELT_IMPORTER_H_
