#include "exporters/dot/dot_exporter.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/model/time_span.h"
#include "exporters/common/timeline_text.h"
#include "exporters/common/view_index.h"
#include "exporters/common/view_title.h"
#include "exporters/dot/graphviz_util.h"
#include "exporters/dot/knowledge_graph.h"

namespace eg {
namespace {

using dot_internal::EventLabelHtml;
using dot_internal::GraphPtr;
using dot_internal::JoinLines;
using dot_internal::Mut;
using dot_internal::Set;
using dot_internal::SetHtml;
using dot_internal::UniqueNodeName;

constexpr size_t kMaxLanes = 8;
constexpr size_t kMaxTicksPerGap = 4;
constexpr size_t kGroupSampleLabels = 3;
constexpr size_t kGroupWrapWidth = 30;
constexpr char kOtherLaneId[] = "country:other";
constexpr char kOtherLaneName[] = "Other countries";
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The date columns of a grouped timeline: every event falls in the bucket of its anchor day.
enum class Step { kDay, kWeek, kMonth, kQuarter, kYear };

int64_t DayNumber(const Date& d) { return static_cast<int64_t>(d.day_number()); }

// The one day a span is drawn at: its start, or its end when only the end is known.
std::optional<Date> AnchorDay(const TimeSpan& t) {
  if (t.begin) return t.begin;
  return t.end;
}

Date BucketStart(const Date& d, Step step) {
  switch (step) {
    case Step::kDay:
      return d;
    case Step::kWeek:  // ISO weeks start on Monday; boost counts Sunday as 0
      return d - boost::gregorian::days((d.day_of_week().as_number() + 6) % 7);
    case Step::kMonth:
      return Date(d.year(), d.month(), 1);
    case Step::kQuarter:
      return Date(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case Step::kYear:
      return Date(d.year(), 1, 1);
  }
  return d;
}

std::string BucketLabel(const Date& start, Step step) {
  switch (step) {
    case Step::kDay:
      return FormatDate(start);
    case Step::kWeek:
      return "week of " + FormatDate(start);
    case Step::kMonth:
      return std::string(kMonths[start.month() - 1]) + " " + std::to_string(start.year());
    case Step::kQuarter:
      return PeriodName('Q', (start.month() - 1) / 3 + 1, start.year());
    case Step::kYear:
      return std::to_string(start.year());
  }
  return FormatDate(start);
}

const char* StepName(Step step) {
  switch (step) {
    case Step::kDay:
      return "day";
    case Step::kWeek:
      return "week";
    case Step::kMonth:
      return "month";
    case Step::kQuarter:
      return "quarter";
    case Step::kYear:
      return "year";
  }
  return "day";
}

// The finest step that leaves at most kMaxTimelineColumns buckets.
Step ChooseStep(const std::vector<const Event*>& events) {
  for (Step step : {Step::kDay, Step::kWeek, Step::kMonth, Step::kQuarter}) {
    std::set<int64_t> buckets;
    for (const Event* e : events) {
      if (std::optional<Date> d = AnchorDay(e->time)) {
        buckets.insert(DayNumber(BucketStart(*d, step)));
        if (buckets.size() > kMaxTimelineColumns) break;
      }
    }
    if (buckets.size() <= kMaxTimelineColumns) return step;
  }
  return Step::kYear;
}

AxisKey BucketKey(const TimeSpan& t, Step step) {
  std::optional<Date> anchor = AnchorDay(t);
  if (!anchor) return AxisKeyOf(t);  // the undated column, last
  AxisKey key;
  const Date start = BucketStart(*anchor, step);
  key.anchor = DayNumber(start);
  key.side = 1;
  key.end = key.anchor;
  key.display = BucketLabel(start, step);
  return key;
}

// Ticks between two axis columns: the first of each month, quarter or year (or every 2, 5, 10,
// ... years) strictly after `after` and strictly before `before`, at the finest step that gives
// at most kMaxTicksPerGap of them; none when even a century step gives too many.
std::vector<std::string> TicksBetween(int64_t after, int64_t before) {
  if (before - after < 2) return {};
  const Date from = Date(boost::gregorian::gregorian_calendar::from_day_number(after + 1));
  const Date to = Date(boost::gregorian::gregorian_calendar::from_day_number(before - 1));
  for (int months : {1, 3, 12, 24, 60, 120, 240, 600, 1200}) {
    // The first step boundary on or after `from`.
    int index = from.year() * 12 + (from.month() - 1);
    if (from.day() != 1) ++index;
    index = (index + months - 1) / months * months;
    std::vector<std::string> ticks;
    bool too_many = false;
    for (int i = index;; i += months) {
      const Date tick(i / 12, i % 12 + 1, 1);
      if (tick > to) break;
      if (ticks.size() == kMaxTicksPerGap) {
        too_many = true;
        break;
      }
      if (months == 1) {
        ticks.push_back(std::string(kMonths[tick.month() - 1]) + " " + std::to_string(tick.year()));
      } else if (months == 3) {
        ticks.push_back(PeriodName('Q', (tick.month() - 1) / 3 + 1, tick.year()));
      } else {
        ticks.push_back(std::to_string(tick.year()));
      }
    }
    if (!too_many) return ticks;
  }
  return {};
}

// Where a column's time ends on the axis, for the ticks after it.
int64_t ColumnLastDay(const AxisKey& key) { return key.side == 1 ? key.end : key.anchor; }

bool IsFuzzy(const TimeSpan& t) {
  return t.IsOpen() || (t.precision != Precision::kDay && t.precision != Precision::kMinute);
}

struct LaneInfo {
  std::string id;
  std::string name;
  size_t count = 0;
};

// The lanes to draw, most events first; lanes past kMaxLanes fold into "Other countries".
// Fills `lane_of` with each event's lane index.
std::vector<LaneInfo> AssignLanes(const ViewIndex& index, const std::vector<const Event*>& events,
                                  std::map<const Event*, size_t>& lane_of) {
  std::map<std::string, LaneInfo> by_id;
  std::map<const Event*, std::string> id_of;
  for (const Event* e : events) {
    Lane lane = index.LaneOf(*e);
    LaneInfo& info = by_id[lane.id];
    info.id = lane.id;
    info.name = lane.name;
    ++info.count;
    id_of[e] = lane.id;
  }
  std::vector<LaneInfo> lanes;
  for (auto& [id, info] : by_id) lanes.push_back(info);
  std::stable_sort(lanes.begin(), lanes.end(), [](const LaneInfo& a, const LaneInfo& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
  if (lanes.size() > kMaxLanes) {
    LaneInfo other{kOtherLaneId, kOtherLaneName, 0};
    for (size_t i = kMaxLanes - 1; i < lanes.size(); ++i) other.count += lanes[i].count;
    lanes.resize(kMaxLanes - 1);
    lanes.push_back(other);
  }
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < lanes.size(); ++i) position[lanes[i].id] = i;
  for (const Event* e : events) {
    auto it = position.find(id_of[e]);
    lane_of[e] = it != position.end() ? it->second : lanes.size() - 1;
  }
  return lanes;
}

// The label of a box that stands for several events of one lane and column.
std::string GroupLabelHtml(const std::vector<const Event*>& events, const std::string& date) {
  std::map<std::string, size_t> per_type;
  for (const Event* e : events) ++per_type[e->type];
  std::vector<std::pair<std::string, size_t>> counts(per_type.begin(), per_type.end());
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string html = "<FONT POINT-SIZE=\"9\">" + HtmlEscape(date) + "</FONT><BR/><B>" +
                     std::to_string(events.size()) + " events</B>";
  std::string summary;
  for (const auto& [type, n] : counts) {
    if (!summary.empty()) summary += ", ";
    summary += std::to_string(n) + " " + SanitizeUtf8(type);
  }
  std::vector<std::string> lines = WrapText(summary, kGroupWrapWidth, 2);
  html += "<BR/><FONT POINT-SIZE=\"9\">" + JoinLines(lines, "", "") + "</FONT>";
  for (size_t i = 0; i < events.size() && i < kGroupSampleLabels; ++i) {
    const Event& e = *events[i];
    std::vector<std::string> label =
        WrapText(SanitizeUtf8(e.label.empty() ? e.type : e.label), kGroupWrapWidth, 1);
    html += "<BR/><FONT POINT-SIZE=\"9\">" + JoinLines(label, "\xC2\xB7 <I>", "</I>") + "</FONT>";
  }
  return html;
}

// Builds the timeline graph described in dot_exporter.h. Must run under GraphvizMutex.
GraphPtr BuildTimeline(const GraphView& view, const ExportOptions& options) {
  ViewIndex index(view);
  const std::vector<const Event*> events = MostSupportedEvents(index, options.max_events);
  const bool grouped = options.group_threshold > 0 && events.size() > options.group_threshold;
  const Step step = grouped ? ChooseStep(events) : Step::kDay;
  const bool use_lanes = options.lanes != "none";

  GraphPtr graph = dot_internal::NewGraph("timeline");
  if (!graph) return graph;
  Agraph_t* g = graph.get();

  agattr(g, AGRAPH, Mut("rankdir"), Mut("LR"));
  // One global ranking, so a date column may hold boxes from several lane clusters.
  agattr(g, AGRAPH, Mut("newrank"), Mut("true"));
  agattr(g, AGRAPH, Mut("charset"), Mut("UTF-8"));
  agattr(g, AGRAPH, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGRAPH, Mut("labelloc"), Mut("t"));
  agattr(g, AGRAPH, Mut("nodesep"), Mut("0.25"));
  agattr(g, AGRAPH, Mut("ranksep"), Mut("0.45"));
  Agsym_t* graph_label = agattr(g, AGRAPH, Mut("label"), Mut(""));
  Agsym_t* graph_rank = agattr(g, AGRAPH, Mut("rank"), Mut(""));
  Agsym_t* graph_style = agattr(g, AGRAPH, Mut("style"), Mut(""));
  Agsym_t* graph_fill = agattr(g, AGRAPH, Mut("fillcolor"), Mut(""));
  Agsym_t* graph_color = agattr(g, AGRAPH, Mut("color"), Mut(""));
  Agsym_t* graph_labeljust = agattr(g, AGRAPH, Mut("labeljust"), Mut(""));
  Agsym_t* graph_fontsize = agattr(g, AGRAPH, Mut("fontsize"), Mut("14"));
  agattr(g, AGNODE, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGEDGE, Mut("fontname"), Mut(dot_internal::kFont));
  agattr(g, AGEDGE, Mut("fontsize"), Mut("8"));
  agattr(g, AGEDGE, Mut("arrowsize"), Mut("0.6"));
  agattr(g, AGEDGE, Mut("fontcolor"), Mut("#8c8c8c"));
  Agsym_t* node_label = agattr(g, AGNODE, Mut("label"), Mut("\\N"));
  Agsym_t* node_class = agattr(g, AGNODE, Mut("class"), Mut(""));
  Agsym_t* node_shape = agattr(g, AGNODE, Mut("shape"), Mut("box"));
  Agsym_t* node_style = agattr(g, AGNODE, Mut("style"), Mut("filled,rounded"));
  Agsym_t* node_fill = agattr(g, AGNODE, Mut("fillcolor"), Mut("#d9d9d9"));
  Agsym_t* node_color = agattr(g, AGNODE, Mut("color"), Mut("#404040"));
  Agsym_t* node_fontsize = agattr(g, AGNODE, Mut("fontsize"), Mut("11"));
  Agsym_t* node_fontcolor = agattr(g, AGNODE, Mut("fontcolor"), Mut("black"));
  Agsym_t* node_margin = agattr(g, AGNODE, Mut("margin"), Mut("0.11,0.055"));
  Agsym_t* edge_label = agattr(g, AGEDGE, Mut("label"), Mut(""));
  Agsym_t* edge_style = agattr(g, AGEDGE, Mut("style"), Mut("solid"));
  Agsym_t* edge_color = agattr(g, AGEDGE, Mut("color"), Mut("#b3b3b3"));
  Agsym_t* edge_penwidth = agattr(g, AGEDGE, Mut("penwidth"), Mut("1"));
  Agsym_t* edge_weight = agattr(g, AGEDGE, Mut("weight"), Mut("1"));
  Agsym_t* edge_constraint = agattr(g, AGEDGE, Mut("constraint"), Mut("false"));
  Agsym_t* edge_arrowhead = agattr(g, AGEDGE, Mut("arrowhead"), Mut("normal"));

  // Title, legend and the notes that explain the drawing.
  std::string title = TimelineTitle(view, options);
  if (events.size() < index.events().size()) {
    title += " \xC2\xB7 " + std::to_string(events.size()) + " of " +
             std::to_string(index.events().size()) + " events";
  }
  std::vector<std::string> notes = {
      "time runs left to right \xC2\xB7 dashed border: approximate date \xC2\xB7 arrow-shaped "
      "box: open start (\xE2\x97\x80) or open end (\xE2\x96\xB6)"};
  if (use_lanes) notes.push_back("shaded bands: one lane per country of the place or participants");
  if (grouped) {
    notes.push_back("events of one lane and " + std::string(StepName(step)) +
                    " share a box with their count; relations not drawn");
  } else {
    notes.push_back(
        "grey arrows: relations between events, transitive reduction (dashed: from dates, solid: "
        "from text)");
  }
  SetHtml(g, g, graph_label,
          dot_internal::TitleAndLegendHtml(title, dot_internal::LegendTypes(events), notes));

  // Lanes as clusters, created in lane order so the bands stack in that order.
  std::map<const Event*, size_t> lane_of;
  std::vector<LaneInfo> lanes;
  std::vector<Agraph_t*> lane_graphs;
  if (use_lanes) {
    lanes = AssignLanes(index, events, lane_of);
    for (size_t i = 0; i < lanes.size(); ++i) {
      Agraph_t* cluster = agsubg(g, Mut("cluster_lane" + std::to_string(i)), 1);
      SetHtml(g, cluster, graph_label, "<B>" + HtmlEscape(SanitizeUtf8(lanes[i].name)) + "</B>");
      Set(cluster, graph_style, "filled,rounded");
      Set(cluster, graph_fill, i % 2 == 0 ? "#f4f6f9" : "#fbfaf5");
      Set(cluster, graph_color, "#d0d4da");
      Set(cluster, graph_labeljust, "l");
      Set(cluster, graph_fontsize, "12");
      lane_graphs.push_back(cluster);
    }
  } else {
    for (const Event* e : events) lane_of[e] = 0;
    lane_graphs.push_back(g);
  }

  // Columns, then cells (column x lane) holding the events in view order.
  std::map<AxisKey, std::map<size_t, std::vector<const Event*>>> columns;
  for (const Event* e : events) {
    AxisKey key = grouped ? BucketKey(e->time, step) : AxisKeyOf(e->time);
    columns[std::move(key)][lane_of[e]].push_back(e);
  }

  std::map<std::string, Agnode_t*> node_of_event;

  std::map<Agnode_t*, Agraph_t*> column_of;  // each box's date column
  Agnode_t* previous = nullptr;
  std::optional<int64_t> previous_last_day;
  int column_index = 0;
  int tick_index = 0;
  auto chain = [&](Agnode_t* to, bool gap) {
    if (previous != nullptr) {
      // The axis chain is the only thing that orders ranks; a heavy weight keeps it straight.
      Agedge_t* e = agedge(g, previous, to, nullptr, 1);
      Set(e, edge_constraint, "true");
      Set(e, edge_weight, "100");
      Set(e, edge_penwidth, "2");
      Set(e, edge_color, "#666666");
      Set(e, edge_arrowhead, gap ? "none" : "vee");
      if (gap) Set(e, edge_style, "dashed");
    }
    previous = to;
  };
  for (const auto& [key, cells] : columns) {
    if (previous_last_day && key.undated == 0) {
      for (const std::string& tick : TicksBetween(*previous_last_day, key.anchor)) {
        Agnode_t* t = agnode(g, Mut(UniqueNodeName(g, "tick:" + std::to_string(tick_index++))), 1);
        Set(t, node_class, "tick");
        Set(t, node_shape, "plaintext");
        Set(t, node_style, "");
        Set(t, node_fontsize, "10");
        Set(t, node_fontcolor, "#808080");
        SetHtml(g, t, node_label, HtmlEscape(tick));
        chain(t, true);
      }
    }
    Agnode_t* axis =
        agnode(g, Mut(UniqueNodeName(g, "date:" + std::to_string(column_index++))), 1);
    Set(axis, node_class, "date");
    Set(axis, node_style, "filled");
    Set(axis, node_fill, "#f2f2f2");
    Set(axis, node_color, "#808080");
    Set(axis, node_fontsize, "12");
    SetHtml(g, axis, node_label, "<B>" + HtmlEscape(key.display) + "</B>");
    chain(axis, false);
    if (key.undated == 0) previous_last_day = ColumnLastDay(key);

    // rank=same puts the date and its boxes in one column; LR turns ranks into x positions.
    Agraph_t* column = agsubg(g, nullptr, 1);
    Set(column, graph_rank, "same");
    agsubnode(column, axis, 1);
    for (const auto& [lane, cell] : cells) {
      Agraph_t* home = lane_graphs[use_lanes ? lane : 0];
      if (grouped && cell.size() > 1) {
        Agnode_t* n = agnode(home, Mut(UniqueNodeName(g, "group:" + std::to_string(column_index) +
                                                             ":" + std::to_string(lane))),
                             1);
        Set(n, node_class, "group");
        std::map<std::string, size_t> per_type;
        for (const Event* e : cell) ++per_type[e->type];
        auto top = std::max_element(per_type.begin(), per_type.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
        Set(n, node_fill, EventTypeColor(top->first));
        Set(n, node_style, "filled,rounded,bold");
        SetHtml(g, n, node_label, GroupLabelHtml(cell, key.display));
        agsubnode(column, n, 1);
        column_of[n] = column;
        for (const Event* e : cell) node_of_event[e->id] = n;
        continue;
      }
      for (const Event* e : cell) {
        // Event ids name their nodes so the DOT can be read next to the JSON export; an id DOT
        // cannot carry gets a stand-in name instead.
        std::string id = SanitizeUtf8(e->id);
        std::string name = UniqueNodeName(
            g, dot_internal::DotCanCarry(id) ? id : "event:" + std::to_string(node_of_event.size()));
        Agnode_t* n = agnode(home, Mut(name), 1);
        node_of_event[e->id] = n;
        Set(n, node_class, "event");
        Set(n, node_fill, EventTypeColor(e->type));
        if (!e->time.begin && e->time.end) {
          Set(n, node_margin, "0.3,0.1");
          Set(n, node_shape, "larrow");
          Set(n, node_style, "filled,dashed");
        } else if (e->time.begin && !e->time.end) {
          Set(n, node_margin, "0.3,0.1");
          Set(n, node_shape, "rarrow");
          Set(n, node_style, "filled,dashed");
        } else if (IsFuzzy(e->time)) {
          Set(n, node_style, "filled,rounded,dashed");
        }
        SetHtml(g, n, node_label,
                EventLabelHtml(*e, grouped ? SpanDisplay(e->time) : key.display));
        agsubnode(column, n, 1);
        column_of[n] = column;
      }
    }
  }

  if (!grouped) {
    // Only the transitive reduction: an order the axis already shows through a chain of
    // relations would otherwise fan out from every early event to every later one.
    std::vector<Relation> drawn;
    for (const Relation* r : index.relations()) {
      if (node_of_event.count(r->from) != 0 && node_of_event.count(r->to) != 0) {
        drawn.push_back(*r);
      }
    }
    for (const Relation& r : ReduceTimeRelations(drawn)) {
      Agnode_t* from = node_of_event[r.from];
      Agnode_t* to = node_of_event[r.to];
      // Two boxes of one date column: the column already says they share the date, and a
      // labelled edge within one rank ("flat" edge) crashes the dot layout of Graphviz 2.42
      // (flat_edges frees a rank array it had reallocated), so such edges are not drawn.
      if (from == to || column_of[from] == column_of[to]) continue;
      Agedge_t* e = agedge(g, from, to, nullptr, 1);
      Set(e, edge_label, std::string(RelationTypeName(r.type)));
      Set(e, edge_style, r.basis == RelationBasis::kText ? "solid" : "dashed");
    }
  }
  return graph;
}

}  // namespace

std::unique_ptr<Exporter> NewDotExporter() {
  return dot_internal::NewGraphvizExporter("dot", "dot", "dot", BuildTimeline);
}
std::unique_ptr<Exporter> NewSvgExporter() {
  return dot_internal::NewGraphvizExporter("svg", "svg", "svg", BuildTimeline);
}
std::unique_ptr<Exporter> NewPngExporter() {
  return dot_internal::NewGraphvizExporter("png", "png", "png", BuildTimeline);
}
std::unique_ptr<Exporter> NewPdfExporter() {
  return dot_internal::NewGraphvizExporter("pdf", "pdf", "pdf", BuildTimeline);
}

}  // namespace eg
