// Entities across articles: aliases fold into one entity through the store's name index, on small
// hand-made articles; surnames and acronyms join only when one entity can be meant.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/graph/entities.h"
#include "engine/graph/graph.h"
#include "tests/engine/graph/test_events.h"

namespace eg {
namespace {

using testing::D;
using testing::Day;
using testing::Mention;

Entity Named(EntityKind kind, const std::string& name, const std::string& country = "",
             std::vector<std::string> aliases = {}) {
  Entity e;
  e.kind = kind;
  e.name = name;
  e.id = MakeEntityId(kind, name);
  e.country = country;
  e.aliases = std::move(aliases);
  return e;
}

Entity Person(const std::string& name, const std::string& country = "", std::vector<std::string> aliases = {}) {
  return Named(EntityKind::kPerson, name, country, std::move(aliases));
}

Entity Org(const std::string& name, std::vector<std::string> aliases = {}) {
  return Named(EntityKind::kOrganization, name, "", std::move(aliases));
}

bool Names(const Event& e, const std::string& entity_id) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.entity == entity_id; });
}

class EntitiesTest : public testing::TempStoreTest {
 protected:
  // One article with one event of `type` on `day` whose participants are `who` (as sources when
  // the type is a statement).
  void Put(const std::string& art_id, const std::string& event_id, const std::string& type, const char* day,
           const std::vector<Entity>& who) {
    Article a;
    a.id = art_id;
    a.title = art_id;
    a.text = "A sentence of the article " + art_id + ".";
    a.published = D("2025-12-02");
    std::vector<Participant> ps;
    for (const auto& w : who) ps.push_back({w.id, type == "statement" ? Role::kSource : Role::kParticipant});
    Event e = Mention(event_id, type, type == "statement" ? "said" : "met", 0, Day(day), ps, art_id);
    auto put = store_->PutArticle(a, who, {e});
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  EntityResolution Resolve() {
    auto r = ResolveEntities(*store_);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : EntityResolution{};
  }

  void Link() {
    auto r = LinkStore(*store_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  std::optional<Entity> Get(const std::string& id) {
    auto e = store_->GetEntity(id);
    EXPECT_TRUE(e.ok());
    return e.ok() ? *e : std::nullopt;
  }

  std::optional<Event> GetEvent(const std::string& id) {
    auto e = store_->GetEvent(id);
    EXPECT_TRUE(e.ok());
    return e.ok() ? *e : std::nullopt;
  }
};

TEST(EntityNameKeys, PersonsAreFiledByFullNameAndSurnameOrAsSingleNames) {
  auto keys = EntityNameKeys(Person("Kaja Kallas", "EE", {"EU foreign policy chief Kaja Kallas", "Kallas"}));
  EXPECT_EQ(keys, (std::vector<std::string>{"person/name/eu-foreign-policy-chief-kaja-kallas",
                                            "person/name/kaja-kallas", "person/surname/kallas"}));
  EXPECT_EQ(EntityNameKeys(Person("Kallas")), (std::vector<std::string>{"person/single/kallas"}));
}

TEST(EntityNameKeys, OrganizationsAreFiledByInitialsOrAsAcronyms) {
  auto keys = EntityNameKeys(Org("Organization for Security and Co-operation in Europe"));
  EXPECT_NE(std::find(keys.begin(), keys.end(), "organization/acronym/osce"), keys.end());
  EXPECT_EQ(EntityNameKeys(Org("NATO")),
            (std::vector<std::string>{"organization/name/nato", "organization/short/nato"}));
  // Places have gazetteer ids already and are not filed.
  EXPECT_TRUE(EntityNameKeys(Named(EntityKind::kLocation, "Brussels", "BE")).empty());
}

TEST_F(EntitiesTest, TheStoreNameIndexFilesSeveralEntitiesUnderOneKey) {
  ASSERT_TRUE(store_->UpdateEntityNames({}, {{"person/surname/kallas", "person:siim-kallas"},
                                             {"person/surname/kallas", "person:kaja-kallas"},
                                             {"person/surname/kallasson", "person:eva-kallasson"}})
                  .ok());
  auto named = store_->EntitiesNamed("person/surname/kallas");
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(*named, (std::vector<std::string>{"person:kaja-kallas", "person:siim-kallas"}))
      << "in id order, and a longer key sharing the prefix is not matched";
  ASSERT_TRUE(store_->UpdateEntityNames({{"person/surname/kallas", "person:siim-kallas"}}, {}).ok());
  EXPECT_EQ(*store_->EntitiesNamed("person/surname/kallas"), (std::vector<std::string>{"person:kaja-kallas"}));
  EXPECT_EQ(store_->UpdateEntityNames({}, {{"", "person:x"}}).code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(store_->EntitiesNamed("person/surname/nobody")->empty());
}

TEST_F(EntitiesTest, SurnameAloneJoinsTheOnePersonWithThatSurname) {
  const Entity kaja = Person("Kaja Kallas", "EE", {"EU foreign policy chief Kaja Kallas"});
  Put("art:1", "ev:1", "meet", "2025-12-01", {kaja});
  Resolve();
  Link();
  Put("art:2", "ev:2", "statement", "2025-12-03", {Person("Kallas")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0], std::make_pair(std::string("person:kallas"), kaja.id));
  Link();

  EXPECT_FALSE(Get("person:kallas").has_value()) << "the alias is not an entity of its own";
  auto merged = Get(kaja.id);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->aliases, (std::vector<std::string>{"EU foreign policy chief Kaja Kallas", "Kallas"}));
  auto ev2 = GetEvent("ev:2");
  ASSERT_TRUE(ev2.has_value());
  EXPECT_TRUE(Names(*ev2, kaja.id));
  EXPECT_FALSE(Names(*ev2, "person:kallas"));

  // The entity's timeline by the alias holds the events of both articles.
  auto resolved = ResolveEntity(*store_, "Kallas");
  ASSERT_TRUE(resolved.ok()) << resolved.status().ToString();
  EXPECT_EQ(resolved->id, kaja.id);
  EventQuery q;
  q.entity = resolved->id;
  auto events = store_->Events(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].id, "ev:1");
  EXPECT_EQ((*events)[1].id, "ev:2");

  auto listed = ListEntities(*store_, EntityKind::kPerson);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].id, kaja.id);
  EXPECT_EQ((*listed)[0].event_count, 2u);
  EXPECT_EQ((*listed)[0].article_count, 2u);
}

TEST_F(EntitiesTest, FullNameArrivingLaterTakesInTheSurnameOnlyEntity) {
  Put("art:1", "ev:1", "statement", "2025-11-20", {Person("Umerov")});
  Put("art:2", "ev:2", "statement", "2025-11-25", {Person("Umerov")});
  Put("art:3", "ev:3", "statement", "2025-11-28", {Person("Umerov")});
  Resolve();
  Link();
  ASSERT_TRUE(Get("person:umerov").has_value());
  auto old_story = store_->GetStoryline("story:statement:person:umerov");
  ASSERT_TRUE(old_story.ok());
  ASSERT_TRUE(old_story->has_value()) << "three statements of one speaker make a storyline";
  Put("art:4", "ev:4", "statement", "2025-12-03", {Person("Rustem Umerov", "UA")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].first, "person:umerov");
  EXPECT_EQ(r.folds[0].second, "person:rustem-umerov");
  Link();
  EXPECT_FALSE(Get("person:umerov").has_value());
  auto ev1 = GetEvent("ev:1");
  ASSERT_TRUE(ev1.has_value());
  EXPECT_TRUE(Names(*ev1, "person:rustem-umerov"));
  // The events linked before the fold join the full name's storyline; the alias's is gone.
  auto story = store_->GetStoryline("story:statement:person:rustem-umerov");
  ASSERT_TRUE(story.ok());
  ASSERT_TRUE(story->has_value());
  EXPECT_EQ((*story)->events, (std::vector<std::string>{"ev:1", "ev:2", "ev:3", "ev:4"}));
  auto gone = store_->GetStoryline("story:statement:person:umerov");
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
}

TEST_F(EntitiesTest, TwoPeopleSharingASurnameAreNeverMerged) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Kaja Kallas", "EE")});
  Put("art:2", "ev:2", "meet", "2025-12-01", {Person("Siim Kallas", "EE")});
  Resolve();
  Link();
  Put("art:3", "ev:3", "statement", "2025-12-03", {Person("Kallas")});
  auto r = Resolve();
  EXPECT_TRUE(r.folds.empty()) << "a surname two stored people bear names neither of them";
  Link();
  EXPECT_TRUE(Get("person:kaja-kallas").has_value());
  EXPECT_TRUE(Get("person:siim-kallas").has_value());
  EXPECT_TRUE(Get("person:kallas").has_value());
  auto ev3 = GetEvent("ev:3");
  ASSERT_TRUE(ev3.has_value());
  EXPECT_TRUE(Names(*ev3, "person:kallas"));
  // The bare surname names the surname-only entity; a full name stays with its own person.
  auto by_surname = ResolveEntity(*store_, "Kallas");
  ASSERT_TRUE(by_surname.ok());
  EXPECT_EQ(by_surname->id, "person:kallas");
  auto siim = ResolveEntity(*store_, "Siim Kallas");
  ASSERT_TRUE(siim.ok());
  EXPECT_EQ(siim->id, "person:siim-kallas");
}

TEST_F(EntitiesTest, AFullNameDoesNotTakeInASurnameAnotherFullNameShares) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Siim Kallas", "EE")});
  Put("art:2", "ev:2", "statement", "2025-12-02", {Person("Kallas")});
  Resolve();  // "Kallas" joins Siim Kallas, the only Kallas known then
  Link();
  EXPECT_FALSE(Get("person:kallas").has_value());
  Put("art:3", "ev:3", "statement", "2025-12-03", {Person("Kallas")});
  Put("art:4", "ev:4", "meet", "2025-12-03", {Person("Kaja Kallas", "EE")});
  auto r = Resolve();
  EXPECT_TRUE(r.folds.empty()) << "with two full names, the new surname-only entity is ambiguous";
  EXPECT_TRUE(Get("person:kallas").has_value());
}

TEST_F(EntitiesTest, InOneRunASurnameIsJudgedAgainstEveryNewFullName) {
  // Whatever the order of the articles, both full names are known before the surname is judged.
  Put("art:1", "ev:1", "statement", "2025-12-01", {Person("Kallas")});
  Put("art:2", "ev:2", "meet", "2025-12-01", {Person("Kaja Kallas", "EE")});
  Put("art:3", "ev:3", "meet", "2025-12-02", {Person("Siim Kallas", "EE")});
  EXPECT_TRUE(Resolve().folds.empty());
  EXPECT_TRUE(Get("person:kallas").has_value());
}

TEST_F(EntitiesTest, ASurnameDoesNotJoinAPersonOfAnotherCountry) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Kaja Kallas", "EE")});
  Resolve();
  Put("art:2", "ev:2", "meet", "2025-12-02", {Person("Kallas", "US")});
  EXPECT_TRUE(Resolve().folds.empty());
  EXPECT_TRUE(Get("person:kallas").has_value());
}

TEST_F(EntitiesTest, AcronymsJoinTheirOrganizationInEitherOrder) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Org("European Union")});
  Resolve();
  Put("art:2", "ev:2", "meet", "2025-12-02", {Org("EU")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].first, "organization:eu");
  EXPECT_EQ(r.folds[0].second, "organization:european-union");

  Put("art:3", "ev:3", "meet", "2025-12-01", {Org("NATO")});
  Resolve();
  Put("art:4", "ev:4", "meet", "2025-12-02", {Org("North Atlantic Treaty Organization")});
  r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].first, "organization:nato");
  EXPECT_EQ(r.folds[0].second, "organization:north-atlantic-treaty-organization");
  auto nato = ResolveEntity(*store_, "NATO");
  ASSERT_TRUE(nato.ok());
  EXPECT_EQ(nato->id, "organization:north-atlantic-treaty-organization");
  auto ev3 = GetEvent("ev:3");
  ASSERT_TRUE(ev3.has_value());
  EXPECT_TRUE(Names(*ev3, "organization:north-atlantic-treaty-organization"));
}

TEST_F(EntitiesTest, AnAcronymJoinsTheFullNameWhateverItsSpelling) {
  // British and American spellings of one name are one organization for its acronym, which joins
  // the spelling most events use; an organization that only lists the acronym as an alias is no
  // rival to one whose initials it is.
  for (const char* art : {"art:1", "art:2"}) {
    Put(art, std::string("ev:") + art, "meet", "2025-12-01", {Org("North Atlantic Treaty Organization")});
  }
  Put("art:3", "ev:3", "meet", "2025-12-01", {Org("North Atlantic Treaty Organisation")});
  Put("art:4", "ev:4", "meet", "2025-12-01", {Org("Nato alliance", {"Nato"})});
  Resolve();
  Put("art:5", "ev:5", "meet", "2025-12-02", {Org("Nato")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].first, "organization:nato");
  EXPECT_EQ(r.folds[0].second, "organization:north-atlantic-treaty-organization");
}

TEST_F(EntitiesTest, AnAcronymTwoOrganizationsShareStaysApart) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Org("European Union")});
  Put("art:2", "ev:2", "meet", "2025-12-01", {Org("Eurasian Union")});
  Resolve();
  Put("art:3", "ev:3", "meet", "2025-12-02", {Org("EU")});
  EXPECT_TRUE(Resolve().folds.empty());
  EXPECT_TRUE(Get("organization:eu").has_value());
}

TEST_F(EntitiesTest, ANameWithATitleBeforeItJoinsTheBareName) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Secretary-General Ana Kovac")});
  Resolve();
  Put("art:2", "ev:2", "meet", "2025-12-02", {Person("Ana Kovac")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].first, "person:secretary-general-ana-kovac");
  EXPECT_EQ(r.folds[0].second, "person:ana-kovac");
  auto ana = Get("person:ana-kovac");
  ASSERT_TRUE(ana.has_value());
  EXPECT_EQ(ana->aliases, (std::vector<std::string>{"Secretary-General Ana Kovac"}));
  // Two words are a full name of their own: "Ivan Kovac" is not Ana Kovac.
  Put("art:3", "ev:3", "meet", "2025-12-03", {Person("Ivan Kovac")});
  EXPECT_TRUE(Resolve().folds.empty());
}

TEST_F(EntitiesTest, AMisspeltFirstNameIsNoRivalForTheSurname) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Vladislav Horak")});
  Put("art:2", "ev:2", "meet", "2025-12-02", {Person("Vladislav Horak")});
  Put("art:3", "ev:3", "meet", "2025-12-03", {Person("Vladsilav Horak")});
  Resolve();
  Put("art:4", "ev:4", "statement", "2025-12-04", {Person("Horak")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0].second, "person:vladislav-horak") << "the spelling most events use";
  // A different first name is a different person: then the surname stays apart.
  Put("art:5", "ev:5", "meet", "2025-12-05", {Person("Petra Horak")});
  Put("art:6", "ev:6", "statement", "2025-12-06", {Person("Horak")});
  EXPECT_TRUE(Resolve().folds.empty());
}

TEST_F(EntitiesTest, AnUnknownWordTypedAsOrganizationJoinsOnlyAPersonCalledSo) {
  // Extraction types an unknown capitalized word as an organization. It joins a person only when
  // an article of that person already called them by the surname alone.
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Tomas Novotny", "", {"Novotny"})});
  Put("art:2", "ev:2", "meet", "2025-12-01", {Person("Hana Dvorak")});
  Resolve();
  Put("art:3", "ev:3", "statement", "2025-12-02", {Org("Novotny")});
  Put("art:4", "ev:4", "statement", "2025-12-02", {Org("Dvorak")});
  auto r = Resolve();
  ASSERT_EQ(r.folds.size(), 1u);
  EXPECT_EQ(r.folds[0], std::make_pair(std::string("organization:novotny"), std::string("person:tomas-novotny")));
  EXPECT_TRUE(Get("organization:dvorak").has_value()) << "never called 'Dvorak' alone: may be a company";
}

TEST_F(EntitiesTest, ReimportChangesNothing) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Kaja Kallas", "EE")});
  Put("art:2", "ev:2", "statement", "2025-12-03", {Person("Kallas")});
  Resolve();
  Link();
  auto before = store_->Stats();
  ASSERT_TRUE(before.ok());
  auto entity_before = Get("person:kaja-kallas");
  // The same article again: PutArticle writes nothing, nothing is pending, nothing folds.
  Put("art:2", "ev:2", "statement", "2025-12-03", {Person("Kallas")});
  auto r = Resolve();
  EXPECT_TRUE(r.folds.empty());
  EXPECT_EQ(r.entities_checked, 0u);
  auto after = store_->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->entities, before->entities);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->evidence, before->evidence);
  EXPECT_FALSE(Get("person:kallas").has_value());
  EXPECT_EQ(Get("person:kaja-kallas"), entity_before);
}

TEST_F(EntitiesTest, TwoReportsOfOneMeetingMergeOnceTheSurnameResolves) {
  const Entity kaja = Person("Kaja Kallas", "EE");
  const Entity rutte = Person("Mark Rutte", "NL");
  Put("art:1", "ev:1", "meet", "2025-12-01", {kaja, rutte});
  Resolve();
  Link();
  Put("art:2", "ev:2", "meet", "2025-12-01", {Person("Kallas"), Person("Rutte")});
  EXPECT_EQ(Resolve().folds.size(), 2u);
  auto link = LinkStore(*store_);
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->merged_events, 1u) << "the same two people on the same day: one meeting";
  auto ev1 = GetEvent("ev:1");
  ASSERT_TRUE(ev1.has_value());
  EXPECT_EQ(ev1->evidence.size(), 2u);
}

TEST_F(EntitiesTest, FoldEntityRefusesUnknownEntities) {
  Put("art:1", "ev:1", "meet", "2025-12-01", {Person("Kaja Kallas")});
  EXPECT_EQ(FoldEntity(*store_, "person:nobody", "person:kaja-kallas").code(), StatusCode::kNotFound);
  EXPECT_EQ(FoldEntity(*store_, "person:kaja-kallas", "person:nobody").code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace eg
