// Private to exporters/dot: the Graphviz plumbing the timeline and the knowledge-graph drawings
// share. Includes Graphviz headers, so no public header may include this one.
//
// Every function here must run under GraphvizMutex(): Graphviz keeps process-wide state.
#ifndef EVENTGRAPH_EXPORTERS_DOT_GRAPHVIZ_UTIL_H_
#define EVENTGRAPH_EXPORTERS_DOT_GRAPHVIZ_UTIL_H_

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/graph/graph.h"
#include "engine/model/event.h"
#include "exporters/exporter.h"

namespace eg::dot_internal {

inline constexpr char kFont[] = "Helvetica,Arial,sans-serif";

// cgraph's C API takes `char*` for strings it only reads and copies; this is the one place the
// constness is cast away.
inline char* Mut(const std::string& s) { return const_cast<char*>(s.c_str()); }
inline char* Mut(const char* s) { return const_cast<char*>(s); }

std::mutex& GraphvizMutex();

struct CloseGraph {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, CloseGraph>;

// A new directed graph whose objects are ordered by creation, named or not (cgraph's default
// orders named subgraphs by the address of their interned names, which varies between runs), and
// which agwrite writes into the std::string passed as its channel.
GraphPtr NewGraph(const char* name);

// Graphviz reports problems through a global callback; while one of these lives the messages are
// collected for the returned Status instead of going to stderr.
class MessageCapture {
 public:
  MessageCapture();
  ~MessageCapture();
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;
  // The collected messages on one line, for a Status.
  std::string Text() const;

 private:
  agusererrf previous_;
  std::string messages_;
};

inline void Set(void* obj, Agsym_t* sym, const std::string& value) {
  agxset(obj, sym, Mut(value));
}
// Sets an HTML-like label (`html` must be valid Graphviz HTML).
void SetHtml(Agraph_t* g, void* obj, Agsym_t* sym, const std::string& html);

// Lines HTML-escaped, each wrapped in open/close, joined with <BR/>.
std::string JoinLines(const std::vector<std::string>& lines, std::string_view open,
                      std::string_view close);

// DOT quoted strings have one escape, \", so a name holding a backslash (a trailing one would
// swallow the closing quote) or a control character cannot be written faithfully.
bool DotCanCarry(std::string_view name);
// A node name not yet used in `g`, starting from `base`.
std::string UniqueNodeName(Agraph_t* g, const std::string& base);

// The HTML label of an event box: the date reading, the label wrapped (bold), the place and a
// non-asserted modality.
std::string EventLabelHtml(const Event& event, const std::string& date);

// Types of `events`, in taxonomy order; types outside the taxonomy follow by name.
std::vector<std::string> LegendTypes(const std::vector<const Event*>& events);

// The graph label: `title` wrapped in large bold type, a colour legend of `types`, and `notes`
// (one small line each) explaining the drawing.
std::string TitleAndLegendHtml(const std::string& title, const std::vector<std::string>& types,
                               const std::vector<std::string>& notes);

// Builds the graph to draw; called under GraphvizMutex. Returns nullptr on failure.
using GraphBuilder = GraphPtr (*)(const GraphView& view, const ExportOptions& options);

// An exporter named `name` that builds with `builder` and writes DOT ("dot" as `device`) or lays
// the graph out with the dot engine and renders it with the gvc device ("svg", "png", "pdf").
std::unique_ptr<Exporter> NewGraphvizExporter(std::string name, std::string extension,
                                              std::string device, GraphBuilder builder);

}  // namespace eg::dot_internal

#endif  // EVENTGRAPH_EXPORTERS_DOT_GRAPHVIZ_UTIL_H_
