// Moved to exporters/common/timeline_text.h (the data exporters use it too); this header keeps
// existing includes working.
#ifndef EVENTGRAPH_EXPORTERS_DOT_TIMELINE_TEXT_H_
#define EVENTGRAPH_EXPORTERS_DOT_TIMELINE_TEXT_H_

#include "exporters/common/timeline_text.h"

#endif  // EVENTGRAPH_EXPORTERS_DOT_TIMELINE_TEXT_H_
