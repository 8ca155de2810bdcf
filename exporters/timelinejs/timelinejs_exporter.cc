#include "exporters/timelinejs/timelinejs_exporter.h"

#include <optional>
#include <string>

#include "engine/model/json_codec.h"
#include "exporters/common/html_links.h"
#include "exporters/common/json_out.h"
#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_title.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

Json DayJson(const Date& d) {
  Json j = Json::object();
  j["year"] = static_cast<int>(d.year());
  j["month"] = static_cast<int>(d.month());
  j["day"] = static_cast<int>(d.day());
  return j;
}

// "T14:08" -> hour 14, minute 8 added to `j`; anything else adds nothing.
void AddTimeOfDay(std::string_view tod, Json& j) {
  if (!tod.empty() && tod.front() == 'T') tod.remove_prefix(1);
  if (tod.size() < 5 || tod[2] != ':') return;
  auto two = [&](size_t at) -> int {
    const char a = tod[at], b = tod[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
  };
  const int hour = two(0), minute = two(3);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return;
  j["hour"] = hour;
  j["minute"] = minute;
}

// Fills start_date, end_date and display_date of `slide`; false when the span has no bound.
bool PlaceOnTimeline(const TimeSpan& t, Json& slide) {
  if (!t.begin && !t.end) return false;
  if (!t.begin || !t.end) {
    // Placed on the bound we have; the display date keeps the other side open.
    slide["start_date"] = DayJson(t.begin ? *t.begin : *t.end);
    slide["display_date"] = SpanDisplay(t);
    return true;
  }
  const Date& b = *t.begin;
  const Date& e = *t.end;
  const bool whole_month = b.day() == 1 && e == e.end_of_month() && b.year() == e.year() &&
                           b.month() == e.month();
  const bool whole_year = b.day() == 1 && b.month() == 1 && e.month() == 12 && e.day() == 31 &&
                          b.year() == e.year();
  if (b == e) {
    Json start = DayJson(b);
    if (t.precision == Precision::kMinute) AddTimeOfDay(t.time_of_day, start);
    slide["start_date"] = std::move(start);
  } else if (t.precision == Precision::kMonth && whole_month) {
    slide["start_date"] = {{"year", static_cast<int>(b.year())}, {"month", static_cast<int>(b.month())}};
  } else if (t.precision == Precision::kYear && whole_year) {
    slide["start_date"] = {{"year", static_cast<int>(b.year())}};
  } else {
    slide["start_date"] = DayJson(b);
    slide["end_date"] = DayJson(e);
    slide["display_date"] = SpanDisplay(t);
  }
  return true;
}

class TimelineJsExporter : public Exporter {
 public:
  std::string_view Name() const override { return "timelinejs"; }
  std::string_view Extension() const override { return "json"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions& options) const override {
    ViewIndex index(view);
    Json events = Json::array();
    size_t undated = 0;
    for (const Event* event : index.events()) {
      Json slide = Json::object();
      slide["unique_id"] = ValidUtf8(event->id);
      if (!PlaceOnTimeline(event->time, slide)) {
        ++undated;
        continue;
      }
      const std::string headline = event->label.empty() ? event->type : event->label;
      slide["text"] = {{"headline", HtmlText(OneLine(headline))},
                       {"text", EventDetailsHtml(*event, index)}};
      slide["group"] = HtmlText(OneLine(index.LaneOf(*event).name));
      events.push_back(std::move(slide));
    }
    std::string summary = std::to_string(events.size()) + " dated events";
    if (undated > 0) summary += "; " + std::to_string(undated) + " without a known date left out";
    Json doc = Json::object();
    doc["title"] = {{"text",
                     {{"headline", HtmlText(OneLine(TimelineTitle(view, options)))},
                      {"text", "<p>" + HtmlText(summary) + "</p>"}}}};
    doc["events"] = std::move(events);
    // Eras: each storyline of the view spans from its first known day to its last.
    Json eras = Json::array();
    for (const Storyline& story : view.storylines) {
      std::optional<Date> first, last;
      for (const std::string& id : story.events) {
        const Event* e = index.FindEvent(id);
        if (e == nullptr) continue;
        for (const auto& d : {e->time.begin, e->time.end}) {
          if (!d) continue;
          if (!first || *d < *first) first = *d;
          if (!last || *last < *d) last = *d;
        }
      }
      if (!first || !last || *first == *last) continue;
      eras.push_back({{"start_date", DayJson(*first)},
                      {"end_date", DayJson(*last)},
                      {"text", {{"headline", HtmlText(OneLine(story.label))}}}});
    }
    if (!eras.empty()) doc["eras"] = std::move(eras);
    return DumpJsonExport(doc, Name());
  }
};

}  // namespace

std::unique_ptr<Exporter> NewTimelineJsExporter() { return std::make_unique<TimelineJsExporter>(); }

}  // namespace eg
