#include "exporters/dot/graphviz_util.h"

#include <algorithm>

#include "exporters/common/timeline_text.h"

namespace eg::dot_internal {
namespace {

std::string* g_graphviz_messages = nullptr;

int CollectMessage(char* message) {
  if (g_graphviz_messages != nullptr && message != nullptr) g_graphviz_messages->append(message);
  return 0;
}

int AppendToString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int FlushNothing(void*) { return 0; }

// An id discipline that never maps names itself: cgraph then gives every object, named or not, an
// id from `map(str = NULL)` and keeps the name in its internal map. Ids come from a per-graph
// counter, so objects (subgraphs especially) sort in creation order and the output is the same on
// every run.
struct IdState {
  IDTYPE next = 1;
};
void* IdOpen(Agraph_t*, Agdisc_t*) { return new IdState(); }
long IdMap(void* state, int, char* str, IDTYPE* id, int createflag) {
  if (str != nullptr || !createflag) return 0;
  auto* s = static_cast<IdState*>(state);
  *id = s->next;
  s->next += 2;
  return 1;
}
long IdAlloc(void*, int, IDTYPE) { return 0; }
void IdFree(void*, int, IDTYPE) {}
char* IdPrint(void*, int, IDTYPE) { return nullptr; }
void IdClose(void* state) { delete static_cast<IdState*>(state); }
void IdRegister(void*, int, void*) {}

Agdisc_t* Discipline() {
  static Agiodisc_t io = {AgIoDisc.afread, AppendToString, FlushNothing};
  static Agiddisc_t ids = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};
  static Agdisc_t disc = {&AgMemDisc, &ids, &io};
  return &disc;
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

// One Graphviz context for the process, never freed. Graphviz's pango plugin remembers the last
// font it measured by a pointer to its name, and the name belongs to the context's font table:
// freeing a context left the plugin pointing into freed memory, which the next context's first
// text measurement read (AddressSanitizer: heap-use-after-free in the plugin's strcmp, in every
// process that rendered twice). A context serves any number of layouts. Used under
// GraphvizMutex().
GVC_t* SharedContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

class GraphvizExporter : public Exporter {
 public:
  GraphvizExporter(std::string name, std::string extension, std::string device,
                   GraphBuilder builder)
      : name_(std::move(name)),
        extension_(std::move(extension)),
        device_(std::move(device)),
        builder_(builder) {}

  std::string_view Name() const override { return name_; }
  std::string_view Extension() const override { return extension_; }

  Result<std::string> Export(const GraphView& view, const ExportOptions& options) const override {
    std::lock_guard<std::mutex> lock(GraphvizMutex());
    MessageCapture messages;
    GraphPtr graph = builder_(view, options);
    if (!graph) return Status::Internal(name_ + " export: cannot create graph: " + messages.Text());
    if (device_ == "dot") {
      std::string out;
      if (agwrite(graph.get(), &out) != 0) {
        return Status::Internal(name_ + " export: cannot write graph: " + messages.Text());
      }
      return out;
    }
    GVC_t* gvc = SharedContext();
    if (gvc == nullptr) return Status::Internal("graphviz: cannot create a context");
    return Render(gvc, graph.get(), messages);
  }

 private:
  Result<std::string> Render(GVC_t* gvc, Agraph_t* g, const MessageCapture& messages) const {
    if (gvLayout(gvc, g, "dot") != 0) {
      // Without the layout plugin (config6a missing) this is where it shows.
      return Status::Unsupported(name_ + " export: graphviz dot layout failed: " + messages.Text());
    }
    char* data = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc, g, device_.c_str(), &data, &length);
    std::string out;
    if (rc == 0 && data != nullptr) out.assign(data, length);
    if (data != nullptr) gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    if (rc != 0 || out.empty()) {
      return Status::Unsupported(name_ + " export: graphviz cannot render " + device_ + ": " +
                                 messages.Text());
    }
    if (device_ == "pdf") PinPdfCreationDate(out);
    return out;
  }

  std::string name_;
  std::string extension_;
  std::string device_;
  GraphBuilder builder_;
};

}  // namespace

std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

GraphPtr NewGraph(const char* name) { return GraphPtr(agopen(Mut(name), Agdirected, Discipline())); }

MessageCapture::MessageCapture() : previous_(agseterrf(CollectMessage)) {
  g_graphviz_messages = &messages_;
}

MessageCapture::~MessageCapture() {
  g_graphviz_messages = nullptr;
  agseterrf(previous_);
}

std::string MessageCapture::Text() const {
  std::string text = messages_;
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text.empty() ? "no message from graphviz" : text;
}

// agxset keeps the string's HTML mark because cgraph interns strings: while our reference from
// agstrdup_html is alive, the value agxset interns is that same marked string.
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

bool DotCanCarry(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    if (c == '\\' || c < 0x20 || c == 0x7F) return false;
  }
  return true;
}

std::string UniqueNodeName(Agraph_t* g, const std::string& base) {
  std::string name = base;
  for (int i = 1; agnode(g, Mut(name), 0) != nullptr; ++i) name = base + "~" + std::to_string(i);
  return name;
}

namespace {
constexpr size_t kWrapWidth = 30;
constexpr size_t kLabelLines = 4;
constexpr size_t kPlaceLines = 2;
constexpr size_t kTitleWidth = 70;
constexpr size_t kTitleLines = 3;
constexpr size_t kLegendColumns = 6;
}  // namespace

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

std::vector<std::string> LegendTypes(const std::vector<const Event*>& events) {
  std::vector<std::string> types;
  for (const Event* e : events) {
    if (std::find(types.begin(), types.end(), e->type) == types.end()) types.push_back(e->type);
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

std::string TitleAndLegendHtml(const std::string& title, const std::vector<std::string>& types,
                               const std::vector<std::string>& notes) {
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
  std::vector<std::string> title_lines = WrapText(SanitizeUtf8(title), kTitleWidth, kTitleLines);
  html += "<TR><TD><FONT POINT-SIZE=\"18\">" + JoinLines(title_lines, "<B>", "</B>") +
          "</FONT></TD></TR>";
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
    for (const std::string& note : notes) {
      html += "<TR><TD><FONT POINT-SIZE=\"9\">" + HtmlEscape(note) + "</FONT></TD></TR>";
    }
  }
  html += "</TABLE>";
  return html;
}

std::unique_ptr<Exporter> NewGraphvizExporter(std::string name, std::string extension,
                                              std::string device, GraphBuilder builder) {
  return std::make_unique<GraphvizExporter>(std::move(name), std::move(extension),
                                            std::move(device), builder);
}

}  // namespace eg::dot_internal
