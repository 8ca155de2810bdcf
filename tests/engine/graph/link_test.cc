#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::Day;
using testing::Mention;
using testing::PastOf;
using testing::Window;

class LinkStoreTest : public testing::TempStoreTest {
 protected:
  std::optional<Relation> Find(const std::vector<Relation>& rels, const std::string& a,
                               const std::string& b) {
    for (const auto& r : rels) {
      if ((r.from == a && r.to == b) || (r.from == b && r.to == a)) return r;
    }
    return std::nullopt;
  }
  // True when the stored relations say a is before b, in either orientation.
  bool Before(const std::vector<Relation>& rels, const std::string& a, const std::string& b) {
    auto r = Find(rels, a, b);
    if (!r) return false;
    return (r->from == a && r->type == RelationType::kBefore) ||
           (r->from == b && r->type == RelationType::kAfter);
  }
};

TEST_F(LinkStoreTest, TextChainsComposeAndTimeDecidesWhatItCan) {
  Article art;
  art.id = "art:1";
  art.text = std::string(800, 'x');
  const Participant kallas{"person:kaja-kallas", Role::kSource};
  auto invasion = Mention("inv", "invade", "invasion", 10, Window("2022-02-01", "2022-02-28"));
  auto talks = Mention("neg", "negotiate", "negotiations", 100, PastOf("2025-12-01"));
  auto said = Mention("say", "statement", "stated", 200, Day("2025-12-01", TimeBasis::kRelative), {kallas});
  auto meeting = Mention("meet", "meet", "meeting", 300, Day("2025-12-01", TimeBasis::kRelative));
  Entity k{"person:kaja-kallas", EntityKind::kPerson, "Kaja Kallas", {}, "EE", {}, {}, {}, {}};
  ASSERT_TRUE(store_->PutArticle(art, {k}, {invasion, talks, said, meeting}).ok());
  // The text says: the statement follows the talks, and comes ahead of the meeting.
  std::vector<Relation> text = {{"say", "neg", RelationType::kAfter, RelationBasis::kText, 0.8},
                                {"say", "meet", RelationType::kBefore, RelationBasis::kText, 0.8}};
  auto report = LinkStore(*store_, text);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  auto rels = store_->Relations();
  ASSERT_TRUE(rels.ok());
  EXPECT_TRUE(Before(*rels, "inv", "neg")) << "recency reading";
  EXPECT_TRUE(Before(*rels, "neg", "say"));
  EXPECT_TRUE(Before(*rels, "say", "meet")) << "text beats same-day coincidence";
  EXPECT_TRUE(Before(*rels, "neg", "meet")) << "composed from the two text relations";
  EXPECT_TRUE(Before(*rels, "inv", "meet"));
  EXPECT_GE(report->derived_relations, 1u);
  EXPECT_EQ(report->contradictions, 0u);
  EXPECT_EQ(Find(*rels, "neg", "meet")->basis, RelationBasis::kText);

  // Linking again keeps the stored text relations and gives the same set.
  ASSERT_TRUE(LinkStore(*store_).ok());
  auto again = store_->Relations();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *rels);
}

TEST_F(LinkStoreTest, ContradictingTextLosesToBoundsAndIsCounted) {
  Article art;
  art.id = "art:2";
  art.text = std::string(400, 'x');
  auto early = Mention("early", "meet", "meeting", 10, Day("2025-01-01"));
  auto late = Mention("late", "meet", "summit", 100, Day("2025-06-01"));
  ASSERT_TRUE(store_->PutArticle(art, {}, {early, late}).ok());
  auto report = LinkStore(*store_, {{"late", "early", RelationType::kBefore, RelationBasis::kText, 0.8}});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->contradictions, 1u);
  auto rels = store_->Relations();
  ASSERT_TRUE(rels.ok());
  EXPECT_TRUE(Before(*rels, "early", "late"));
}

TEST_F(LinkStoreTest, LoadGraphFiltersAndCollectsReferencedRecords) {
  Article art;
  art.id = "art:3";
  art.title = "T";
  art.text = "body";
  const Participant ru{"country:RU", Role::kSource};
  auto a = Mention("a", "invade", "invasion", 0, Window("2022-02-01", "2022-02-28"), {ru}, "art:3");
  auto b = Mention("b", "meet", "meeting", 50, Day("2025-12-01"), {}, "art:3");
  Entity russia{"country:RU", EntityKind::kCountry, "Russia", {}, "RU", {}, {}, {}, {}};
  ASSERT_TRUE(store_->PutArticle(art, {russia}, {a, b}).ok());
  ASSERT_TRUE(LinkStore(*store_).ok());
  EventQuery q;
  q.to = testing::D("2023-01-01");
  auto view = LoadGraph(*store_, q);
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  ASSERT_EQ(view->events.size(), 1u);
  EXPECT_EQ(view->events[0].id, "a");
  ASSERT_EQ(view->entities.size(), 1u);
  EXPECT_EQ(view->entities[0].name, "Russia");
  ASSERT_EQ(view->articles.size(), 1u);
  EXPECT_TRUE(view->articles[0].text.empty()) << "text only when asked";
  EXPECT_TRUE(view->relations.empty()) << "relations to events outside the view are left out";
}

}  // namespace
}  // namespace eg
