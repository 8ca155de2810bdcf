#include "exporters/common/view_title.h"

#include <optional>

namespace eg {

std::string TimelineTitle(const GraphView& view, const ExportOptions& options) {
  if (!options.title.empty()) return options.title;
  std::string title = "Event timeline";
  const EventQuery& query = view.query;
  if (!query.entity.empty()) {
    std::string name = query.entity;
    for (const Entity& e : view.entities) {
      if (e.id == query.entity && !e.name.empty()) name = e.name;
    }
    title += ": " + name;
  }
  if (!query.type.empty()) title += " \xC2\xB7 type " + query.type;
  std::optional<Date> from = query.from;
  std::optional<Date> to = query.to;
  // Without a query bound, the range is what the events themselves know: the earliest known
  // bound and the latest known bound. Open sides contribute nothing.
  for (const Event& e : view.events) {
    for (const std::optional<Date>& d : {e.time.begin, e.time.end}) {
      if (!d) continue;
      if (!query.from && (!from || *d < *from)) from = *d;
      if (!query.to && (!to || *d > *to)) to = *d;
    }
  }
  if (from && to) {
    title += " \xC2\xB7 " + FormatDate(*from);
    if (*to != *from) title += " \xE2\x80\x93 " + FormatDate(*to);
  } else if (from) {
    title += " \xC2\xB7 from " + FormatDate(*from);
  } else if (to) {
    title += " \xC2\xB7 until " + FormatDate(*to);
  }
  return title;
}

}  // namespace eg
