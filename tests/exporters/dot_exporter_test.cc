#include "exporters/dot/dot_exporter.h"

#include <expat.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "exporters/common/timeline_text.h"
#include "tests/exporters/sample_view.h"

namespace eg {
namespace {

using testing::SampleView;

std::string Export(const Exporter& exporter, const GraphView& view,
                   const ExportOptions& options = {}) {
  Result<std::string> out = exporter.Export(view, options);
  EXPECT_TRUE(out.ok()) << exporter.Name() << ": " << out.status().ToString();
  return out.ok() ? *out : "";
}

struct CloseGraph {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, CloseGraph>;

GraphPtr Parse(const std::string& dot) { return GraphPtr(agmemread(dot.c_str())); }

std::string Attr(void* obj, const char* name) {
  const char* v = agget(obj, const_cast<char*>(name));
  return v == nullptr ? "" : v;
}

std::vector<Agnode_t*> NodesOfClass(Agraph_t* g, const std::string& cls) {
  std::vector<Agnode_t*> out;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    if (Attr(n, "class") == cls) out.push_back(n);
  }
  return out;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Lays `g` out with the dot engine and returns each node's x coordinate by name.
std::map<std::string, double> LayoutX(Agraph_t* g) {
  GVC_t* gvc = gvContext();
  std::map<std::string, double> x;
  if (gvLayout(gvc, g, "dot") == 0) {
    char* data = nullptr;
    unsigned int length = 0;
    // Rendering to "dot" writes the computed positions back into the nodes' pos attributes.
    if (gvRenderData(gvc, g, "dot", &data, &length) == 0) {
      for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
        x[agnameof(n)] = std::stod(Attr(n, "pos"));
      }
    }
    if (data != nullptr) gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  gvFreeContext(gvc);
  return x;
}

// Well-formedness check of an XML document with expat; collects element names and text.
struct XmlScan {
  bool ok = false;
  std::vector<std::string> elements;
  std::string text;
};

XmlScan ScanXml(const std::string& xml) {
  XmlScan scan;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &scan);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char**) {
        static_cast<XmlScan*>(data)->elements.emplace_back(name);
      },
      [](void*, const XML_Char*) {});
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* s, int len) {
    static_cast<XmlScan*>(data)->text.append(s, len);
  });
  scan.ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return scan;
}

TEST(DotExporter, ParsesBackWithOneBoxPerEventAndOneDatePerReading) {
  GraphPtr g = Parse(Export(*NewDotExporter(), SampleView()));
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(NodesOfClass(g.get(), "event").size(), 3u);
  EXPECT_EQ(NodesOfClass(g.get(), "date").size(), 3u);  // Feb 2022, ≤ 2025-12-01, 2025-12-02
  // Between Feb 2022 and Dec 2025 lie three new years; a month or quarter step would need more
  // than four ticks, so the ticks are the years.
  std::vector<std::string> ticks;
  for (Agnode_t* n : NodesOfClass(g.get(), "tick")) ticks.push_back(Attr(n, "label"));
  EXPECT_EQ(ticks, (std::vector<std::string>{"2023", "2024", "2025"}));
  EXPECT_EQ(agnnodes(g.get()), 9);  // the relation to an event outside the view adds no node
  // Event ids name the boxes, so the drawing can be read next to the JSON.
  EXPECT_NE(agnode(g.get(), const_cast<char*>(testing::kTalksId), 0), nullptr);
  int axis_edges = 0;
  int relation_edges = 0;
  for (Agnode_t* n = agfstnode(g.get()); n != nullptr; n = agnxtnode(g.get(), n)) {
    for (Agedge_t* e = agfstout(g.get(), n); e != nullptr; e = agnxtout(g.get(), e)) {
      auto on_axis = [](Agnode_t* node) {
        return Attr(node, "class") == "date" || Attr(node, "class") == "tick";
      };
      if (on_axis(agtail(e)) && on_axis(aghead(e))) {
        ++axis_edges;
      } else {
        ++relation_edges;
        EXPECT_EQ(Attr(e, "label"), "BEFORE");
        EXPECT_EQ(Attr(e, "constraint"), "false");  // relations must not reorder the timeline
      }
    }
  }
  EXPECT_EQ(axis_edges, 5);  // Feb 2022 > 2023 > 2024 > 2025 > ≤ 2025-12-01 > 2025-12-02
  EXPECT_EQ(relation_edges, 2);
  EXPECT_EQ(Attr(g.get(), "rankdir"), "LR");
}

TEST(DotExporter, DatesRunLeftToRightAndEventsSitInTheirDateColumn) {
  GraphPtr g = Parse(Export(*NewDotExporter(), SampleView()));
  ASSERT_NE(g, nullptr);
  std::map<std::string, std::string> date_node_of;  // date reading -> node name
  for (Agnode_t* n : NodesOfClass(g.get(), "date")) {
    for (const char* reading : {"Feb 2022", "\xE2\x89\xA4 2025-12-01", "2025-12-02"}) {
      if (Contains(Attr(n, "label"), reading)) date_node_of[reading] = agnameof(n);
    }
  }
  ASSERT_EQ(date_node_of.size(), 3u);
  std::map<std::string, double> x = LayoutX(g.get());
  ASSERT_EQ(x.size(), 9u);
  // The view lists the open-start talks first; the axis still reads Feb 2022 first, because the
  // talks' only known bound (2025-12-01) is later than February 2022.
  const double feb = x[date_node_of["Feb 2022"]];
  const double before_dec1 = x[date_node_of["\xE2\x89\xA4 2025-12-01"]];
  const double dec2 = x[date_node_of["2025-12-02"]];
  EXPECT_LT(feb, before_dec1);
  EXPECT_LT(before_dec1, dec2);
  EXPECT_NEAR(x[testing::kInvasionId], feb, 0.5);
  EXPECT_NEAR(x[testing::kTalksId], before_dec1, 0.5);
  EXPECT_NEAR(x[testing::kMeetingId], dec2, 0.5);
}

TEST(DotExporter, BoxesShowDateLabelPlaceAndTypeColour) {
  GraphPtr g = Parse(Export(*NewDotExporter(), SampleView()));
  ASSERT_NE(g, nullptr);
  Agnode_t* talks = agnode(g.get(), const_cast<char*>(testing::kTalksId), 0);
  Agnode_t* invasion = agnode(g.get(), const_cast<char*>(testing::kInvasionId), 0);
  Agnode_t* meeting = agnode(g.get(), const_cast<char*>(testing::kMeetingId), 0);
  ASSERT_TRUE(talks && invasion && meeting);
  const std::string talks_label = Attr(talks, "label");
  EXPECT_TRUE(Contains(talks_label, "\xE2\x89\xA4 2025-12-01")) << talks_label;
  EXPECT_TRUE(Contains(talks_label, "Peace negotiations near Miami")) << talks_label;
  EXPECT_TRUE(Contains(talks_label, "<I>near Miami</I>")) << talks_label;
  EXPECT_TRUE(Contains(talks_label, "(reported)")) << talks_label;
  EXPECT_TRUE(Contains(Attr(invasion, "label"), "Feb 2022"));
  // 42 characters wrap after "ministers" (30 characters).
  EXPECT_TRUE(Contains(Attr(meeting, "label"),
                       "<B>Kallas meets foreign ministers</B><BR/><B>in Brussels</B>"));
  EXPECT_EQ(Attr(talks, "fillcolor"), EventTypeColor("negotiate"));
  EXPECT_EQ(Attr(invasion, "fillcolor"), EventTypeColor("invade"));
  EXPECT_NE(Attr(talks, "fillcolor"), Attr(invasion, "fillcolor"));
  // Open and month spans are drawn dashed; the exact day is not.
  EXPECT_TRUE(Contains(Attr(talks, "style"), "dashed"));
  EXPECT_TRUE(Contains(Attr(invasion, "style"), "dashed"));
  EXPECT_FALSE(Contains(Attr(meeting, "style"), "dashed"));
  // The legend under the title names each present type on its colour.
  const std::string legend = Attr(g.get(), "label");
  for (const char* type : {"negotiate", "invade", "meet"}) {
    EXPECT_TRUE(Contains(legend, "BGCOLOR=\"" + EventTypeColor(type) + "\">" + type)) << type;
  }
}

TEST(DotExporter, TitleComesFromOptionsOrFromTheView) {
  GraphView view = SampleView();
  EXPECT_EQ(TimelineTitle(view, {}), "Event timeline \xC2\xB7 2022-02-01 \xE2\x80\x93 2025-12-02");
  EXPECT_EQ(TimelineTitle(view, {.title = "Talks"}), "Talks");
  view.query.entity = "person:kaja-kallas";
  view.query.from = Date(2025, 1, 1);
  EXPECT_EQ(TimelineTitle(view, {}),
            "Event timeline: Kaja Kallas \xC2\xB7 2025-01-01 \xE2\x80\x93 2025-12-02");
  EXPECT_EQ(TimelineTitle(GraphView{}, {}), "Event timeline");
  GraphPtr g = Parse(Export(*NewDotExporter(), SampleView(), {.title = "Talks & <more>"}));
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(Contains(Attr(g.get(), "label"), "Talks &amp; &lt;more&gt;"));
}

TEST(SvgExporter, RendersInProcessWithTheEventLabels) {
  const std::string svg = Export(*NewSvgExporter(), SampleView());
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_TRUE(Contains(svg, "<svg"));
  XmlScan scan = ScanXml(svg);
  ASSERT_TRUE(scan.ok);
  for (const char* text : {"Russian invasion of Ukraine", "Peace negotiations near Miami",
                           "Kallas meets foreign ministers", "Feb 2022", "2025-12-02",
                           "\xE2\x89\xA4 2025-12-01", "BEFORE"}) {
    EXPECT_TRUE(Contains(scan.text, text)) << text;
  }
}

TEST(PngAndPdfExporters, ProduceTheirFormats) {
  const std::string png = Export(*NewPngExporter(), SampleView());
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  const std::string pdf = Export(*NewPdfExporter(), SampleView());
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_TRUE(Contains(pdf, "/CreationDate (D:19700101000000"));
}

TEST(TimelineExporters, SameViewTwiceIsByteIdentical) {
  std::vector<std::unique_ptr<Exporter>> exporters;
  exporters.push_back(NewDotExporter());
  exporters.push_back(NewSvgExporter());
  exporters.push_back(NewPngExporter());
  exporters.push_back(NewPdfExporter());
  for (const auto& exporter : exporters) {
    const std::string first = Export(*exporter, SampleView());
    EXPECT_FALSE(first.empty()) << exporter->Name();
    EXPECT_EQ(first, Export(*exporter, SampleView())) << exporter->Name();
  }
}

TEST(TimelineExporters, HostileStringsDoNotBreakDotOrSvg) {
  GraphView view = SampleView();
  const std::string hostile = "He said \"stop\" <script>alert(1)</script> }]} ; -- \\N \\ end\\";
  view.events[0].label = hostile + "\nsecond line";
  view.events[0].location->name = "Miami\" ] [ label=\"x";
  view.events[1].id = "ev:\"quoted\" id";  // DOT can carry quotes: the id stays the name
  view.events[2].id = "ev:trailing\\";     // a trailing backslash cannot be carried
  view.events[2].type = "<b>unknown</b>";
  view.events[2].label = "bad \xFF utf-8 & \x01 control";
  view.relations.clear();
  ExportOptions options{.title = "}\"; digraph evil { <x> &amp;"};

  const std::string dot = Export(*NewDotExporter(), view, options);
  GraphPtr g = Parse(dot);
  ASSERT_NE(g, nullptr) << dot;
  EXPECT_EQ(NodesOfClass(g.get(), "event").size(), 3u);
  EXPECT_EQ(NodesOfClass(g.get(), "date").size(), 3u);
  EXPECT_NE(agnode(g.get(), const_cast<char*>("ev:\"quoted\" id"), 0), nullptr);
  Agnode_t* talks = agnode(g.get(), const_cast<char*>(testing::kTalksId), 0);
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(Contains(Attr(talks, "label"), "&lt;script&gt;alert(1)&lt;/script&gt;"));

  const std::string svg = Export(*NewSvgExporter(), view, options);
  XmlScan scan = ScanXml(svg);
  ASSERT_TRUE(scan.ok);
  for (const std::string& element : scan.elements) EXPECT_NE(element, "script");
  EXPECT_TRUE(Contains(scan.text, "<script>alert(1)</script>"));
  EXPECT_TRUE(Contains(scan.text, "He said \"stop\""));
  // No Graphviz escape expansion inside our labels: \N stays, backslashes are not halved.
  EXPECT_TRUE(Contains(scan.text, "-- \\N \\ end\\ second line"));
  EXPECT_TRUE(Contains(scan.text, "}\"; digraph evil { <x> &amp;"));
  EXPECT_TRUE(Contains(scan.text, "bad \xEF\xBF\xBD utf-8 &"));
  EXPECT_TRUE(Contains(scan.text, "<b>unknown</b>"));  // the legend shows the odd type as text
}

TEST(TimelineExporters, EmptyViewStillDraws) {
  GraphPtr g = Parse(Export(*NewDotExporter(), GraphView{}));
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(agnnodes(g.get()), 0);
  EXPECT_TRUE(Contains(Export(*NewSvgExporter(), GraphView{}), "<svg"));
}

// Graphviz 2.42 crashes (a double free in the dot layout) on labelled edges between nodes of one
// rank. Events of one date share a rank=same column, so relations between them must not become
// edges; the drawing still renders.
TEST(DotExporter, NoRelationEdgeJoinsTwoBoxesOfOneColumn) {
  GraphView view = SampleView();
  Event second = view.events.back();
  Event third = second;
  second.id = "ev:4000000000000004";
  third.id = "ev:5000000000000005";
  second.label = "Second event of the day";
  third.label = "Third event of the day";
  const std::string day_id = view.events.back().id;
  view.events.push_back(second);
  view.events.push_back(third);
  view.relations.push_back(
      Relation{day_id, second.id, RelationType::kSimultaneous, RelationBasis::kTime, 0.5});
  view.relations.push_back(
      Relation{second.id, third.id, RelationType::kBefore, RelationBasis::kText, 0.8});
  GraphPtr g = Parse(Export(*NewDotExporter(), view));
  ASSERT_NE(g, nullptr);
  int columns = 0;
  for (Agraph_t* sub = agfstsubg(g.get()); sub != nullptr; sub = agnxtsubg(sub)) {
    const char* rank = agget(sub, const_cast<char*>("rank"));
    if (rank == nullptr || std::string(rank) != "same") continue;
    ++columns;
    for (Agnode_t* n = agfstnode(sub); n != nullptr; n = agnxtnode(sub, n)) {
      for (Agedge_t* e = agfstout(g.get(), n); e != nullptr; e = agnxtout(g.get(), e)) {
        EXPECT_EQ(agsubnode(sub, aghead(e), 0), nullptr)
            << agnameof(n) << " -> " << agnameof(aghead(e)) << " lies within one column";
      }
    }
  }
  EXPECT_GE(columns, 3);
  EXPECT_TRUE(Contains(Export(*NewSvgExporter(), view), "Third event of the day"));
}

}  // namespace
}  // namespace eg
