#include "exporters/dot/dot_exporter.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/event.h"
#include "engine/model/relation.h"
#include "engine/model/time_span.h"
#include "exporters/dot/timeline_text.h"

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

namespace {

constexpr size_t kWrapWidth = 30;
constexpr size_t kLabelLines = 4;
constexpr size_t kPlaceLines = 2;
constexpr size_t kTitleWidth = 70;
constexpr size_t kTitleLines = 3;
constexpr size_t kLegendColumns = 6;
constexpr char kFont[] = "Helvetica,Arial,sans-serif";

// cgraph's C API takes `char*` for strings it only reads and copies; this is the one place the
// constness is cast away.
char* Mut(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* Mut(const char* s) { return const_cast<char*>(s); }

// Graphviz keeps process-wide state (error handler, plugin registry, lexer buffers), so all use of
// it from this file is serialized.
std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

// Graphviz reports problems through a global callback and otherwise prints to stderr; while an
// export runs (under GraphvizMutex) the messages are collected for the returned Status instead.
std::string* g_graphviz_messages = nullptr;

int CollectMessage(char* message) {
  if (g_graphviz_messages != nullptr && message != nullptr) g_graphviz_messages->append(message);
  return 0;
}

class MessageCapture {
 public:
  MessageCapture() : previous_(agseterrf(CollectMessage)) { g_graphviz_messages = &messages_; }
  ~MessageCapture() {
    g_graphviz_messages = nullptr;
    agseterrf(previous_);
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

  // The collected messages on one line, for a Status.
  std::string Text() const {
    std::string text = messages_;
    std::replace(text.begin(), text.end(), '\n', ' ');
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? "no message from graphviz" : text;
  }

 private:
  agusererrf previous_;
  std::string messages_;
};

int AppendToString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int FlushNothing(void*) { return 0; }

// A discipline whose writer appends to the std::string passed to agwrite as its channel.
Agdisc_t* StringDiscipline() {
  static Agiodisc_t io = {AgIoDisc.afread, AppendToString, FlushNothing};
  static Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  return &disc;
}

struct CloseGraph {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, CloseGraph>;

// The attributes we use, declared once on the root with the defaults most objects share, so the
// DOT text lists per object only what differs.
struct Attributes {
  Agsym_t* node_label;
  Agsym_t* node_class;
  Agsym_t* node_style;
  Agsym_t* node_fill;
  Agsym_t* node_color;
  Agsym_t* node_fontsize;
  Agsym_t* edge_label;
  Agsym_t* edge_style;
  Agsym_t* edge_color;
  Agsym_t* edge_penwidth;
  Agsym_t* edge_weight;
  Agsym_t* edge_constraint;
  Agsym_t* edge_arrowhead;
  Agsym_t* graph_rank;
};

void Set(void* obj, Agsym_t* sym, const std::string& value) { agxset(obj, sym, Mut(value)); }

// Sets an HTML-like label. agxset keeps the string's HTML mark because cgraph interns strings:
// while our reference from agstrdup_html is alive, the value agxset interns is that same marked
// string.
void SetHtml(Agraph_t* g, void* obj, Agsym_t* sym, const std::string& html) {
  char* marked = agstrdup_html(g, Mut(html));
  agxset(obj, sym, marked);
  agstrfree(g, marked);
}

std::string JoinLines(const std::vector<std::string>& lines, std::string_view open,
                      std::string_view close) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "<BR/>";
    out += open;
    out += HtmlEscape(lines[i]);
    out += close;
  }
  return out;
}

std::string EventLabelHtml(const Event& event, const std::string& date) {
  std::string html = "<FONT POINT-SIZE=\"9\">" + HtmlEscape(date) + "</FONT>";
  std::string label = SanitizeUtf8(event.label.empty() ? event.type : event.label);
  std::vector<std::string> lines = WrapText(label, kWrapWidth, kLabelLines);
  if (!lines.empty()) html += "<BR/>" + JoinLines(lines, "<B>", "</B>");
  if (event.location) {
    const Location& loc = *event.location;
    std::string place = loc.name.empty() ? loc.entity : loc.name;
    if (!place.empty()) {
      if (!loc.qualifier.empty()) place = loc.qualifier + " " + place;
      std::vector<std::string> place_lines = WrapText(SanitizeUtf8(place), kWrapWidth, kPlaceLines);
      if (!place_lines.empty()) {
        html += "<BR/><FONT POINT-SIZE=\"9\">" + JoinLines(place_lines, "<I>", "</I>") + "</FONT>";
      }
    }
  }
  if (event.modality != Modality::kAsserted) {
    html += "<BR/><FONT POINT-SIZE=\"9\"><I>(" + HtmlEscape(ModalityName(event.modality)) +
            ")</I></FONT>";
  }
  return html;
}

// Types present in the view, in taxonomy order; types outside the taxonomy follow by name.
std::vector<std::string> LegendTypes(const GraphView& view) {
  std::vector<std::string> types;
  for (const Event& e : view.events) {
    if (std::find(types.begin(), types.end(), e.type) == types.end()) types.push_back(e.type);
  }
  const std::vector<EventTypeInfo>& taxonomy = EventTypes();
  auto rank = [&](const std::string& type) {
    for (size_t i = 0; i < taxonomy.size(); ++i) {
      if (taxonomy[i].type == type) return i;
    }
    return taxonomy.size();
  };
  std::sort(types.begin(), types.end(), [&](const std::string& a, const std::string& b) {
    return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
  });
  return types;
}

std::string GraphLabelHtml(const GraphView& view, const ExportOptions& options) {
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
  std::vector<std::string> title =
      WrapText(SanitizeUtf8(TimelineTitle(view, options)), kTitleWidth, kTitleLines);
  html +=
      "<TR><TD><FONT POINT-SIZE=\"18\">" + JoinLines(title, "<B>", "</B>") + "</FONT></TD></TR>";
  std::vector<std::string> types = LegendTypes(view);
  if (!types.empty()) {
    // A nested table, so legend cells size to their names instead of to the title's width.
    html += "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\">";
    for (size_t i = 0; i < types.size(); i += kLegendColumns) {
      html += "<TR>";
      for (size_t j = i; j < std::min(types.size(), i + kLegendColumns); ++j) {
        html += "<TD BORDER=\"1\" BGCOLOR=\"" + EventTypeColor(types[j]) + "\">" +
                HtmlEscape(SanitizeUtf8(types[j])) + "</TD>";
      }
      html += "</TR>";
    }
    html += "</TABLE></TD></TR>";
    html +=
        "<TR><TD><FONT POINT-SIZE=\"9\">time runs left to right \xC2\xB7 dashed border: open or "
        "approximate date \xC2\xB7 grey arrows: relations between events</FONT></TD></TR>";
  }
  html += "</TABLE>";
  return html;
}

// DOT quoted strings have one escape, \", so a name holding a backslash (a trailing one would
// swallow the closing quote) or a control character cannot be written faithfully.
bool DotCanCarry(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    if (c == '\\' || c < 0x20 || c == 0x7F) return false;
  }
  return true;
}

// A node name not yet used in `g`, starting from `base`.
std::string UniqueNodeName(Agraph_t* g, const std::string& base) {
  std::string name = base;
  for (int i = 1; agnode(g, Mut(name), 0) != nullptr; ++i) name = base + "~" + std::to_string(i);
  return name;
}

bool IsFuzzy(const TimeSpan& t) {
  return t.IsOpen() || (t.precision != Precision::kDay && t.precision != Precision::kMinute);
}

// Builds the timeline graph described in dot_exporter.h. Must run under GraphvizMutex.
GraphPtr BuildTimeline(const GraphView& view, const ExportOptions& options) {
  GraphPtr graph(agopen(Mut("timeline"), Agdirected, StringDiscipline()));
  Agraph_t* g = graph.get();

  agattr(g, AGRAPH, Mut("rankdir"), Mut("LR"));
  agattr(g, AGRAPH, Mut("charset"), Mut("UTF-8"));
  agattr(g, AGRAPH, Mut("fontname"), Mut(kFont));
  agattr(g, AGRAPH, Mut("labelloc"), Mut("t"));
  agattr(g, AGRAPH, Mut("nodesep"), Mut("0.25"));
  agattr(g, AGRAPH, Mut("ranksep"), Mut("0.45"));
  Agsym_t* graph_label = agattr(g, AGRAPH, Mut("label"), Mut(""));
  agattr(g, AGNODE, Mut("shape"), Mut("box"));
  agattr(g, AGNODE, Mut("fontname"), Mut(kFont));
  agattr(g, AGEDGE, Mut("fontname"), Mut(kFont));
  agattr(g, AGEDGE, Mut("fontsize"), Mut("8"));
  agattr(g, AGEDGE, Mut("arrowsize"), Mut("0.6"));
  agattr(g, AGEDGE, Mut("fontcolor"), Mut("#8c8c8c"));
  Attributes a;
  a.node_label = agattr(g, AGNODE, Mut("label"), Mut("\\N"));
  a.node_class = agattr(g, AGNODE, Mut("class"), Mut(""));
  a.node_style = agattr(g, AGNODE, Mut("style"), Mut("filled,rounded"));
  a.node_fill = agattr(g, AGNODE, Mut("fillcolor"), Mut("#d9d9d9"));
  a.node_color = agattr(g, AGNODE, Mut("color"), Mut("#404040"));
  a.node_fontsize = agattr(g, AGNODE, Mut("fontsize"), Mut("11"));
  a.edge_label = agattr(g, AGEDGE, Mut("label"), Mut(""));
  a.edge_style = agattr(g, AGEDGE, Mut("style"), Mut("solid"));
  a.edge_color = agattr(g, AGEDGE, Mut("color"), Mut("#b3b3b3"));
  a.edge_penwidth = agattr(g, AGEDGE, Mut("penwidth"), Mut("1"));
  a.edge_weight = agattr(g, AGEDGE, Mut("weight"), Mut("1"));
  a.edge_constraint = agattr(g, AGEDGE, Mut("constraint"), Mut("false"));
  a.edge_arrowhead = agattr(g, AGEDGE, Mut("arrowhead"), Mut("normal"));
  a.graph_rank = agattr(g, AGRAPH, Mut("rank"), Mut(""));

  SetHtml(g, g, graph_label, GraphLabelHtml(view, options));

  // Group events by their date reading and order the groups along the axis.
  std::map<AxisKey, std::vector<const Event*>> columns;
  std::map<std::string, Agnode_t*> event_nodes;
  for (const Event& event : view.events) {
    if (event_nodes.count(event.id) != 0) continue;  // one box per event id
    // Event ids name their nodes so the DOT can be read next to the JSON export; an id DOT cannot
    // carry gets a stand-in name instead.
    std::string id = SanitizeUtf8(event.id);
    std::string name =
        UniqueNodeName(g, DotCanCarry(id) ? id : "event:" + std::to_string(event_nodes.size()));
    Agnode_t* n = agnode(g, Mut(name), 1);
    event_nodes[event.id] = n;
    AxisKey key = AxisKeyOf(event.time);
    Set(n, a.node_class, "event");
    Set(n, a.node_fill, EventTypeColor(event.type));
    if (IsFuzzy(event.time)) Set(n, a.node_style, "filled,rounded,dashed");
    SetHtml(g, n, a.node_label, EventLabelHtml(event, key.display));
    columns[std::move(key)].push_back(&event);
  }

  Agnode_t* previous = nullptr;
  int index = 0;
  std::map<std::string, int> column_of;  // event id -> its column's index
  for (const auto& [key, events] : columns) {
    for (const Event* event : events) column_of[event->id] = index;
    Agnode_t* axis = agnode(g, Mut(UniqueNodeName(g, "date:" + std::to_string(index))), 1);
    Set(axis, a.node_class, "date");
    Set(axis, a.node_style, "filled");
    Set(axis, a.node_fill, "#f2f2f2");
    Set(axis, a.node_color, "#808080");
    Set(axis, a.node_fontsize, "12");
    SetHtml(g, axis, a.node_label, "<B>" + HtmlEscape(key.display) + "</B>");
    // rank=same puts the date and its events in one column; LR turns ranks into x positions.
    // Anonymous: cgraph orders named subgraphs by the address of their interned name, which
    // would make the written order vary from run to run; anonymous ones follow creation order.
    Agraph_t* column = agsubg(g, nullptr, 1);
    Set(column, a.graph_rank, "same");
    agsubnode(column, axis, 1);
    for (const Event* event : events) agsubnode(column, event_nodes[event->id], 1);
    if (previous != nullptr) {
      // The axis chain is the only thing that orders ranks; a heavy weight keeps it straight.
      Agedge_t* e = agedge(g, previous, axis, nullptr, 1);
      Set(e, a.edge_constraint, "true");
      Set(e, a.edge_weight, "100");
      Set(e, a.edge_penwidth, "2");
      Set(e, a.edge_color, "#666666");
      Set(e, a.edge_arrowhead, "vee");
    }
    previous = axis;
    ++index;
  }

  for (const Relation& r : view.relations) {
    auto from = event_nodes.find(r.from);
    auto to = event_nodes.find(r.to);
    if (from == event_nodes.end() || to == event_nodes.end()) continue;
    // Two events in one date column: the column already says they share the date, and a labelled
    // edge inside one rank ("flat" edge) crashes Graphviz 2.42's dot layout (flat_edges frees a
    // rank array it reallocated), so such edges are not drawn.
    if (column_of.at(r.from) == column_of.at(r.to)) continue;
    Agedge_t* e = agedge(g, from->second, to->second, nullptr, 1);
    Set(e, a.edge_label, std::string(RelationTypeName(r.type)));
    Set(e, a.edge_style, r.basis == RelationBasis::kText ? "solid" : "dashed");
  }
  return graph;
}

// cairo stamps the PDF with the wall-clock time. Overwriting the 14 digits in place (the length
// stays, so the cross-reference offsets stay valid) makes the same view give the same bytes.
void PinPdfCreationDate(std::string& pdf) {
  constexpr std::string_view kKey = "/CreationDate (D:";
  size_t at = pdf.find(kKey);
  if (at == std::string::npos) return;
  at += kKey.size();
  for (size_t i = 0; i < 14 && at + i < pdf.size(); ++i) {
    char& c = pdf[at + i];
    if (c < '0' || c > '9') break;
    c = "19700101000000"[i];
  }
}

class DotExporter : public Exporter {
 public:
  std::string_view Name() const override { return "dot"; }
  std::string_view Extension() const override { return "dot"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions& options) const override {
    std::lock_guard<std::mutex> lock(GraphvizMutex());
    MessageCapture messages;
    GraphPtr graph = BuildTimeline(view, options);
    if (!graph) return Status::Internal("dot export: cannot create graph: " + messages.Text());
    std::string out;
    if (agwrite(graph.get(), &out) != 0) {
      return Status::Internal("dot export: cannot write graph: " + messages.Text());
    }
    return out;
  }
};

// Lays the timeline out with the dot engine and renders it with a gvc device ("svg", "png", "pdf").
class RenderExporter : public Exporter {
 public:
  explicit RenderExporter(std::string format) : format_(std::move(format)) {}
  std::string_view Name() const override { return format_; }
  std::string_view Extension() const override { return format_; }

  Result<std::string> Export(const GraphView& view, const ExportOptions& options) const override {
    std::lock_guard<std::mutex> lock(GraphvizMutex());
    MessageCapture messages;
    GVC_t* gvc = gvContext();
    if (gvc == nullptr) return Status::Internal("graphviz: cannot create a context");
    Result<std::string> result = Render(gvc, view, options, messages);
    gvFreeContext(gvc);
    return result;
  }

 private:
  Result<std::string> Render(GVC_t* gvc, const GraphView& view, const ExportOptions& options,
                             const MessageCapture& messages) const {
    GraphPtr graph = BuildTimeline(view, options);
    if (!graph)
      return Status::Internal(format_ + " export: cannot create graph: " + messages.Text());
    if (gvLayout(gvc, graph.get(), "dot") != 0) {
      // Without the layout plugin (config6a missing) this is where it shows.
      return Status::Unsupported(format_ +
                                 " export: graphviz dot layout failed: " + messages.Text());
    }
    char* data = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc, graph.get(), format_.c_str(), &data, &length);
    std::string out;
    if (rc == 0 && data != nullptr) out.assign(data, length);
    if (data != nullptr) gvFreeRenderData(data);
    gvFreeLayout(gvc, graph.get());
    if (rc != 0 || out.empty()) {
      return Status::Unsupported(format_ + " export: graphviz cannot render " + format_ + ": " +
                                 messages.Text());
    }
    if (format_ == "pdf") PinPdfCreationDate(out);
    return out;
  }

  std::string format_;
};

}  // namespace

std::unique_ptr<Exporter> NewDotExporter() { return std::make_unique<DotExporter>(); }
std::unique_ptr<Exporter> NewSvgExporter() { return std::make_unique<RenderExporter>("svg"); }
std::unique_ptr<Exporter> NewPngExporter() { return std::make_unique<RenderExporter>("png"); }
std::unique_ptr<Exporter> NewPdfExporter() { return std::make_unique<RenderExporter>("pdf"); }

}  // namespace eg
