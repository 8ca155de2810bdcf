// Small builders for hand-made events in engine/graph tests.
#ifndef EVENTGRAPH_TESTS_ENGINE_GRAPH_TEST_EVENTS_H_
#define EVENTGRAPH_TESTS_ENGINE_GRAPH_TEST_EVENTS_H_

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/model/event.h"
#include "engine/store/store.h"

namespace eg::testing {

inline Date D(const char* iso) { return *ParseDate(iso); }

inline TimeSpan Day(const char* iso, TimeBasis basis = TimeBasis::kExplicit) {
  TimeSpan t;
  t.begin = t.end = D(iso);
  t.precision = Precision::kDay;
  t.basis = basis;
  return t;
}

inline TimeSpan Window(const char* from, const char* to, Precision p = Precision::kMonth) {
  TimeSpan t;
  if (from) t.begin = D(from);
  if (to) t.end = D(to);
  t.precision = p;
  t.basis = TimeBasis::kExplicit;
  return t;
}

// Past tense in an article of `dct`: ended on or before it, start unknown.
inline TimeSpan PastOf(const char* dct) {
  TimeSpan t;
  t.end = D(dct);
  t.precision = Precision::kDay;
  t.basis = TimeBasis::kTense;
  return t;
}

inline Event Mention(std::string id, std::string type, std::string trigger, size_t at, TimeSpan time,
                     std::vector<Participant> who = {}, std::string article = "art:1") {
  Event e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.label = trigger;
  e.time = std::move(time);
  e.participants = std::move(who);
  e.confidence = 0.5;
  e.evidence.push_back(Evidence{article, Span{at, at + 40}, Span{at + 5, at + 5 + trigger.size()}, trigger});
  return e;
}

inline Location Place(std::string entity, std::string name, std::string qualifier,
                      std::optional<double> lat = std::nullopt, std::optional<double> lon = std::nullopt) {
  return Location{std::move(entity), std::move(name), std::move(qualifier), lat, lon};
}

// A fresh store in a temporary directory for each test, removed afterwards.
class TempStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/eg-graph-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    auto s = Store::Open(dir_ + "/db");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace eg::testing

#endif  // EVENTGRAPH_TESTS_ENGINE_GRAPH_TEST_EVENTS_H_
