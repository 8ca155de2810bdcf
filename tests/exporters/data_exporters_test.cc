// The data exporters (timelinejs, vis-timeline, cytoscape, graphml, gexf, csv, jsonld) and the
// knowledge-graph drawing: content worked out from the sample view by hand, hostile text per
// format, determinism, and the timeline's grouping and max_events. Real consumers (networkx,
// TimelineJS, Cytoscape.js) read the same exports in the consumer tests (consumers/).
#include <expat.h>
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "exporters/dot/knowledge_graph.h"
#include "exporters/exporter.h"
#include "tests/exporters/sample_view.h"
#include "tests/exporters/schema_util.h"
#include "tests/exporters/synthetic_view.h"

namespace eg {
namespace {

using nlohmann::json;
using testing::HostileView;
using testing::kHostileText;
using testing::kInvasionId;
using testing::kMeetingId;
using testing::kTalksId;
using testing::SampleView;

std::string Export(std::string_view format, const GraphView& view,
                   const ExportOptions& options = {}) {
  const Exporter* exporter = FindExporter(format);
  EXPECT_NE(exporter, nullptr) << format;
  if (exporter == nullptr) return "";
  Result<std::string> out = exporter->Export(view, options);
  EXPECT_TRUE(out.ok()) << format << ": " << out.status().ToString();
  return out.ok() ? *out : "";
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool XmlWellFormed(const std::string& xml) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  const bool ok =
      XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

// An RFC 4180 reader, only for checking: quoted fields, doubled quotes, CRLF records.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

const char* kAllFormats[] = {"json",      "dot",       "svg",        "png",          "pdf",
                             "graph-dot", "graph-svg", "graph-png",  "graph-pdf",    "timelinejs",
                             "vis-timeline", "cytoscape", "graphml", "gexf", "csv", "jsonld"};

TEST(DataExporters, SameViewTwiceIsByteIdenticalAndEventIdsAreShared) {
  for (const char* format : kAllFormats) {
    const std::string first = Export(format, SampleView());
    EXPECT_FALSE(first.empty()) << format;
    EXPECT_EQ(first, Export(format, SampleView())) << format;
    const std::string f(format);
    if (f == "png" || f == "pdf" || f == "graph-png" || f == "graph-pdf" || f == "svg" ||
        f == "graph-svg") {
      continue;  // rendered pictures carry labels, not ids
    }
    for (const char* id : {kTalksId, kInvasionId, kMeetingId}) {
      EXPECT_TRUE(Contains(first, id)) << format << " lacks " << id;
    }
  }
}

TEST(TimelineJs, DatesSayOnlyWhatTheSpanKnows) {
  json doc = json::parse(Export("timelinejs", SampleView()));
  ASSERT_EQ(doc["events"].size(), 3u);
  std::map<std::string, json> by_id;
  for (const json& e : doc["events"]) by_id[e["unique_id"]] = e;
  // February 2022 is a month: year and month, no day, no display_date needed.
  EXPECT_EQ(by_id[kInvasionId]["start_date"], json({{"year", 2022}, {"month", 2}}));
  EXPECT_FALSE(by_id[kInvasionId].contains("display_date"));
  // "were held" before 2025-12-01: placed on its only bound and read as "on or before".
  EXPECT_EQ(by_id[kTalksId]["start_date"], json({{"year", 2025}, {"month", 12}, {"day", 1}}));
  EXPECT_EQ(by_id[kTalksId]["display_date"], "\xE2\x89\xA4 2025-12-01");
  EXPECT_EQ(by_id[kMeetingId]["start_date"], json({{"year", 2025}, {"month", 12}, {"day", 2}}));
  EXPECT_EQ(by_id[kTalksId]["group"], "United States");  // lane: the place Miami is in the US
  EXPECT_EQ(by_id[kInvasionId]["group"], "Ukraine");
  EXPECT_EQ(by_id[kTalksId]["text"]["headline"], "Peace negotiations near Miami");
  const std::string text = by_id[kTalksId]["text"]["text"];
  EXPECT_TRUE(Contains(text, "negotiations")) << text;  // the trigger as evidence
  EXPECT_TRUE(Contains(text, "<a href=\"https://example.org/news/1\"")) << text;
}

TEST(TimelineJs, StorylinesBecomeErasFromFirstToLastKnownDay) {
  GraphView view = SampleView();
  EXPECT_FALSE(json::parse(Export("timelinejs", view)).contains("eras")) << "no storylines, no eras";
  Storyline story;
  story.id = "story:diplomacy:country:UA";
  story.label = "Ukraine: diplomacy";
  story.topic = "diplomacy";
  story.entities = {"country:UA"};
  story.events = {kInvasionId, kMeetingId, "ev:not-in-the-view"};
  view.storylines.push_back(story);
  json doc = json::parse(Export("timelinejs", view));
  ASSERT_EQ(doc["eras"].size(), 1u);
  // From the invasion's first day (2022-02-01) to the meeting's day (2025-12-02).
  EXPECT_EQ(doc["eras"][0]["start_date"], json({{"year", 2022}, {"month", 2}, {"day", 1}}));
  EXPECT_EQ(doc["eras"][0]["end_date"], json({{"year", 2025}, {"month", 12}, {"day", 2}}));
  EXPECT_EQ(doc["eras"][0]["text"]["headline"], "Ukraine: diplomacy");
}

TEST(Cytoscape, StorylinesAreCompoundParentsAndLanesTheFallback) {
  GraphView view = SampleView();
  Storyline story;
  story.id = "story:diplomacy:country:UA";
  story.label = "Ukraine: diplomacy";
  story.topic = "diplomacy";
  story.events = {kInvasionId, kMeetingId};
  view.storylines.push_back(story);
  json doc = json::parse(Export("cytoscape", view));
  std::map<std::string, json> by_id;
  for (const json& n : doc["elements"]["nodes"]) by_id[n["data"]["id"]] = n["data"];
  EXPECT_EQ(by_id[kInvasionId]["parent"], "story:diplomacy:country:UA");
  EXPECT_EQ(by_id[kMeetingId]["parent"], "story:diplomacy:country:UA");
  EXPECT_EQ(by_id[kInvasionId]["storylines"], json({"story:diplomacy:country:UA"}));
  EXPECT_EQ(by_id["story:diplomacy:country:UA"]["kind"], "storyline");
  EXPECT_EQ(by_id["story:diplomacy:country:UA"]["label"], "Ukraine: diplomacy");
  // The talks are in no storyline: their country lane holds them.
  EXPECT_EQ(by_id[kTalksId]["parent"], "lane:country:US");
  EXPECT_EQ(by_id.count("lane:country:UA"), 0u) << "no empty lanes";
}

TEST(VisTimeline, RangesEndTheDayAfterAndOpenSpansArePoints) {
  json doc = json::parse(Export("vis-timeline", SampleView()));
  std::map<std::string, json> by_id;
  for (const json& e : doc["items"]) by_id[e["id"]] = e;
  ASSERT_EQ(by_id.size(), 3u);
  EXPECT_EQ(by_id[kInvasionId]["type"], "range");
  EXPECT_EQ(by_id[kInvasionId]["start"], "2022-02-01");
  EXPECT_EQ(by_id[kInvasionId]["end"], "2022-03-01");  // exclusive end after 28 February
  EXPECT_EQ(by_id[kTalksId]["type"], "point");
  EXPECT_EQ(by_id[kTalksId]["start"], "2025-12-01");
  EXPECT_TRUE(Contains(by_id[kTalksId]["className"], "open-start"));
  EXPECT_EQ(by_id[kMeetingId]["type"], "point");
  // Lanes: Ukraine, United States and the meeting without a country.
  EXPECT_EQ(doc["groups"].size(), 3u);
}

TEST(Cytoscape, EventsSitInCountryParentsAndEdgesCarryRoles) {
  json doc = json::parse(Export("cytoscape", SampleView()));
  const json& nodes = doc["elements"]["nodes"];
  const json& edges = doc["elements"]["edges"];
  std::map<std::string, json> by_id;
  for (const json& n : nodes) by_id[n["data"]["id"]] = n["data"];
  // 3 lanes + 3 events + 4 entities.
  EXPECT_EQ(nodes.size(), 10u);
  EXPECT_EQ(by_id[kInvasionId]["parent"], "lane:country:UA");
  EXPECT_EQ(by_id["lane:country:UA"]["kind"], "lane");
  EXPECT_FALSE(by_id[kTalksId].contains("start"));  // open start: left out, not null
  EXPECT_EQ(by_id[kTalksId]["end"], "2025-12-01");
  // Roles: talks 3 (source, target, place), invasion 2 (target, place), meeting 1; relations 2
  // (the third points outside the view).
  EXPECT_EQ(edges.size(), 8u);
  int relations = 0;
  for (const json& e : edges) {
    EXPECT_EQ(by_id.count(e["data"]["source"]), 1u);
    EXPECT_EQ(by_id.count(e["data"]["target"]), 1u);
    relations += e["data"]["kind"] == "relation";
  }
  EXPECT_EQ(relations, 2);
}

TEST(Csv, OneRowPerEventWithTheListedColumns) {
  std::vector<std::vector<std::string>> rows = ParseCsv(Export("csv", SampleView()));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "start", "end", "precision", "type", "cameo",
                                               "label", "place", "lat", "lon", "participants",
                                               "sources"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{
                         kTalksId, "", "2025-12-01", "day", "negotiate", "04",
                         "Peace negotiations near Miami", "Miami", "25.7617", "-80.1918",
                         "United States (source); Ukraine (target)", "https://example.org/news/1"}));
  EXPECT_EQ(rows[2][1], "2022-02-01");
  EXPECT_EQ(rows[2][2], "2022-02-28");
  EXPECT_EQ(rows[2][3], "month");
}

TEST(JsonLd, MatchesTheSchemaOrgShape) {
  testing::SchemaValidator validator(testing::SourcePath("tests/exporters/data/schemaorg_event.schema.json"));
  for (const GraphView& view : {SampleView(), HostileView()}) {
    json doc = json::parse(Export("jsonld", view));
    std::string errors;
    EXPECT_TRUE(validator.Validate(doc, &errors)) << errors;
    const json& talks = doc["@graph"][0];
    EXPECT_EQ(talks["@id"], std::string("urn:eventgraph:") + kTalksId);
    EXPECT_FALSE(talks.contains("startDate"));
    EXPECT_EQ(talks["endDate"], "2025-12-01");
    EXPECT_EQ(talks["location"]["geo"]["latitude"], 25.7617);
    EXPECT_EQ(talks["attendee"][0]["@type"], "GovernmentOrganization");
    EXPECT_EQ(talks["subjectOf"][0]["@type"], "NewsArticle");
  }
  json meeting = json::parse(Export("jsonld", SampleView()))["@graph"][2];
  EXPECT_EQ(meeting["attendee"][0]["@type"], "Person");
  EXPECT_EQ(meeting["eventStatus"], "https://schema.org/EventScheduled");
}

TEST(HostileText, EveryFormatKeepsItAsText) {
  const GraphView view = HostileView();
  const std::string timelinejs = Export("timelinejs", view);
  json tl = json::parse(timelinejs);
  EXPECT_FALSE(Contains(timelinejs, "<script")) << "TimelineJS renders text as HTML";
  EXPECT_TRUE(Contains(tl["events"][0]["text"]["headline"], "&lt;script&gt;alert(&#39;x&#39;)"));
  EXPECT_FALSE(Contains(timelinejs, "href=\\\"javascript")) << "a javascript: URL became a link";
  EXPECT_TRUE(Contains(timelinejs, "href=\\\"https://example.org/a?b=1&amp;c=&quot;2&quot;\\\""));

  const std::string vis = Export("vis-timeline", view);
  EXPECT_NO_THROW(json::parse(vis));
  EXPECT_FALSE(Contains(vis, "<script"));

  json cy = json::parse(Export("cytoscape", view));
  bool found = false;
  for (const json& n : cy["elements"]["nodes"]) {
    if (n["data"]["id"] != kTalksId) continue;
    found = true;
    // One line for a canvas label: the newline and the tab became spaces, the rest is kept.
    EXPECT_EQ(n["data"]["label"],
              "He said \"stop\" <script>alert('x')</script> & }]}; digraph g { a -> b } \\N, "
              "second line");
  }
  EXPECT_TRUE(found);

  EXPECT_TRUE(XmlWellFormed(Export("graphml", view)));
  EXPECT_TRUE(XmlWellFormed(Export("gexf", view)));

  std::vector<std::vector<std::string>> rows = ParseCsv(Export("csv", view));
  ASSERT_EQ(rows.size(), 4u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 12u);
  std::string label = kHostileText;
  std::replace(label.begin(), label.end(), '\t', ' ');  // other controls than CR/LF: spaces
  EXPECT_EQ(rows[1][6], label);  // the newline survives inside the quotes
  EXPECT_EQ(rows[1][7], "Miami\" ] [ label=\"x <i>");
  EXPECT_EQ(rows[2][6], "bad \xEF\xBF\xBD utf-8 and \xEF\xBF\xBF non-character");

  EXPECT_TRUE(json::accept(Export("jsonld", view)));

  for (const char* format : {"dot", "graph-dot"}) {
    const std::string dot = Export(format, view);
    Agraph_t* g = agmemread(dot.c_str());
    ASSERT_NE(g, nullptr) << format;
    int events = 0;
    for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
      const char* cls = agget(n, const_cast<char*>("class"));
      events += cls != nullptr && std::string(cls) == "event";
    }
    EXPECT_EQ(events, 3) << format;
    agclose(g);
  }
}

TEST(KnowledgeGraph, ReducesOnlyWhatChainsImply) {
  auto rel = [](const char* from, const char* to, RelationType type) {
    return Relation{from, to, type, RelationBasis::kTime, 1.0};
  };
  std::vector<Relation> reduced = ReduceTimeRelations({
      rel("a", "b", RelationType::kBefore),
      rel("c", "b", RelationType::kAfter),   // b BEFORE c
      rel("a", "c", RelationType::kBefore),  // implied by a < b < c
      rel("a", "c", RelationType::kCauses),  // not a time relation: kept
      rel("x", "y", RelationType::kIBefore),
      rel("y", "z", RelationType::kBefore),
      rel("x", "z", RelationType::kBefore),  // implied through IBEFORE then BEFORE
      rel("x", "y", RelationType::kBefore),  // no other path from x reaches y: kept
      rel("p", "q", RelationType::kIsIncluded),  // q INCLUDES p
      rel("r", "q", RelationType::kIncludes),    // r INCLUDES q
      rel("r", "p", RelationType::kIncludes),    // implied
  });
  std::vector<std::tuple<std::string, std::string, RelationType>> got;
  for (const Relation& r : reduced) got.emplace_back(r.from, r.to, r.type);
  EXPECT_EQ(got, (std::vector<std::tuple<std::string, std::string, RelationType>>{
                     {"a", "b", RelationType::kBefore},
                     {"a", "c", RelationType::kCauses},
                     {"b", "c", RelationType::kBefore},
                     {"q", "p", RelationType::kIncludes},
                     {"r", "q", RelationType::kIncludes},
                     {"x", "y", RelationType::kBefore},
                     {"x", "y", RelationType::kIBefore},
                     {"y", "z", RelationType::kBefore},
                 }));
}

TEST(KnowledgeGraph, DrawsEventsEntitiesRolesAndRelations) {
  Agraph_t* g = agmemread(Export("graph-dot", SampleView()).c_str());
  ASSERT_NE(g, nullptr);
  std::map<std::string, int> nodes;
  std::map<std::string, int> edges;
  std::vector<std::string> role_labels;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    ++nodes[agget(n, const_cast<char*>("class"))];
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      ++edges[agget(e, const_cast<char*>("class"))];
      if (std::string(agget(e, const_cast<char*>("class"))) == "role") {
        role_labels.push_back(agget(e, const_cast<char*>("label")));
      }
    }
  }
  EXPECT_EQ(nodes["event"], 3);
  EXPECT_EQ(nodes["entity"], 4);  // United States, Ukraine, Miami, Kaja Kallas
  EXPECT_EQ(edges["role"], 6);
  EXPECT_EQ(edges["relation"], 2);
  std::sort(role_labels.begin(), role_labels.end());
  EXPECT_EQ(role_labels, (std::vector<std::string>{"in", "near", "participant", "source", "target",
                                                   "target"}));
  agclose(g);
}

TEST(Timeline, GroupsPastTheThresholdAndHonoursMaxEvents) {
  const GraphView view = testing::SyntheticView(200);
  auto count = [](const std::string& dot, const std::string& cls) {
    Agraph_t* g = agmemread(dot.c_str());
    int n = 0;
    for (Agnode_t* v = agfstnode(g); v != nullptr; v = agnxtnode(g, v)) {
      const char* c = agget(v, const_cast<char*>("class"));
      n += c != nullptr && c == cls;
    }
    agclose(g);
    return n;
  };
  const std::string grouped = Export("dot", view);
  EXPECT_GT(count(grouped, "group"), 0);
  EXPECT_LE(count(grouped, "date"), static_cast<int>(kMaxTimelineColumns));
  ExportOptions no_grouping;
  no_grouping.group_threshold = 0;
  const std::string ungrouped = Export("dot", view, no_grouping);
  EXPECT_EQ(count(ungrouped, "event"), 200);
  EXPECT_EQ(count(ungrouped, "group"), 0);
  ExportOptions ten;
  ten.max_events = 10;
  const std::string capped = Export("dot", view, ten);
  EXPECT_EQ(count(capped, "event"), 10);
  EXPECT_TRUE(Contains(capped, "10 of 200 events"));
  ExportOptions one_lane;
  one_lane.lanes = "none";
  const std::string no_lanes = Export("dot", SampleView(), one_lane);
  EXPECT_FALSE(Contains(no_lanes, "cluster"));
  EXPECT_TRUE(Contains(Export("dot", SampleView()), "cluster_lane0"));
}

}  // namespace
}  // namespace eg
