#include "engine/store/store.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <rocksdb/db.h>
#include <rocksdb/sst_file_reader.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "engine/store/key_format.h"
#include "engine/store/value_format.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
namespace keys = store_keys;

Date D(int y, int m, int d) { return Date(y, m, d); }

Article MakeArticle(const std::string& id, const std::string& text = "Talks were held in Miami.") {
  Article a;
  a.id = id;
  a.title = "Title of " + id;
  a.published = D(2025, 12, 1);
  a.text = text;
  a.url = "https://example.org/" + id;
  a.source = "Example";
  a.format = "text";
  return a;
}

Entity MakeEntity(const std::string& id, const std::string& name,
                  EntityKind kind = EntityKind::kPerson) {
  Entity e;
  e.id = id;
  e.kind = kind;
  e.name = name;
  return e;
}

Event MakeEvent(const std::string& id, std::optional<Date> begin, std::optional<Date> end,
                const std::string& type = "meet", std::vector<std::string> participants = {},
                const std::string& location = "", const std::string& article = "art:1") {
  Event e;
  e.id = id;
  e.type = type;
  e.cameo = "04";
  e.label = "label " + id;
  e.time.begin = begin;
  e.time.end = end;
  e.time.precision = Precision::kDay;
  e.time.basis = TimeBasis::kExplicit;
  for (auto& p : participants) e.participants.push_back({p, Role::kParticipant});
  if (!location.empty()) e.location = Location{location, "Place", "in", std::nullopt, std::nullopt};
  e.evidence.push_back({article, {0, 10}, {5, 9}, "held"});
  return e;
}

std::vector<std::string> Ids(const std::vector<Event>& events) {
  std::vector<std::string> ids;
  for (const auto& e : events) ids.push_back(e.id);
  return ids;
}

// Opens the store in `dir` read-only with RocksDB itself (so it works while a Store holds the
// directory) and returns visit(db, handle of `family`), or `otherwise` when it cannot be opened.
template <typename T, typename Visit>
T ReadFamily(const std::string& dir, std::string_view family, T otherwise, Visit visit) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
      {rocksdb::kDefaultColumnFamilyName, {}}};
  for (auto cf : keys::ColumnFamilies())
    descriptors.emplace_back(std::string(cf), rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s =
      rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), dir, descriptors, &handles, &db);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return otherwise;
  T result = otherwise;
  for (auto* h : handles) {
    if (h->GetName() == family) result = visit(*db, h);
  }
  for (auto* h : handles) (void)db->DestroyColumnFamilyHandle(h);
  delete db;
  return result;
}

// Number of keys in one column family, read straight from RocksDB: the check that no stale index
// entry is left behind.
size_t CountKeys(const std::string& dir, std::string_view family) {
  return ReadFamily<size_t>(dir, family, 0, [](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* h) {
    size_t n = 0;
    std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), h));
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
    return n;
  });
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/eg_store_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
    dir_ = root_ + "/db";
  }
  void TearDown() override { fs::remove_all(root_); }

  std::unique_ptr<Store> OpenOrDie(const StoreOptions& options = {}) {
    auto store = Store::Open(dir_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // Stats recomputed from the records themselves.
  static StoreStats Counted(Store& store) {
    StoreStats s;
    s.articles = store.Articles(false)->size();
    s.entities = store.Entities()->size();
    auto events = store.Events();
    s.events = events->size();
    for (const auto& e : *events) s.evidence += e.evidence.size();
    s.relations = store.Relations()->size();
    return s;
  }

  static void ExpectStats(const StoreStats& s, uint64_t articles, uint64_t entities,
                          uint64_t events, uint64_t relations, uint64_t evidence) {
    EXPECT_EQ(s.articles, articles);
    EXPECT_EQ(s.entities, entities);
    EXPECT_EQ(s.events, events);
    EXPECT_EQ(s.relations, relations);
    EXPECT_EQ(s.evidence, evidence);
  }

  static void ExpectStatsEqual(const StoreStats& a, const StoreStats& b) {
    ExpectStats(a, b.articles, b.entities, b.events, b.relations, b.evidence);
  }

  std::string root_;
  std::string dir_;
};

TEST_F(StoreTest, CreatesReopensAndKeepsData) {
  const Article article =
      MakeArticle("art:1", "Peace talks were held near Miami on 1 December 2025.");
  Entity kallas = MakeEntity("person:kaja-kallas", "Kaja Kallas");
  kallas.aliases = {"Kallas"};
  kallas.mentions = {{0, 5}};  // mentions are annotate's business and are not stored
  const Entity miami = MakeEntity("location:miami-us", "Miami", EntityKind::kLocation);
  const Event talks = MakeEvent("ev:1", D(2025, 12, 1), D(2025, 12, 1), "negotiate",
                                {"person:kaja-kallas"}, "location:miami-us");
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store);
    auto put = store->PutArticle(article, {kallas, miami}, {talks});
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    EXPECT_TRUE(put->inserted);
  }
  StoreOptions no_create;
  no_create.create_if_missing = false;
  auto store = OpenOrDie(no_create);
  ASSERT_TRUE(store);
  auto got = store->GetArticle("art:1");
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ(**got, article);  // text included
  auto ev = store->GetEvent("ev:1");
  ASSERT_TRUE(ev.ok() && ev->has_value());
  EXPECT_EQ(**ev, talks);
  auto ent = store->GetEntity("person:kaja-kallas");
  ASSERT_TRUE(ent.ok() && ent->has_value());
  kallas.mentions.clear();
  EXPECT_EQ(**ent, kallas);
  auto none = store->GetEvent("ev:missing");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  auto without_text = store->Articles(false);
  ASSERT_TRUE(without_text.ok());
  ASSERT_EQ(without_text->size(), 1u);
  EXPECT_TRUE(without_text->front().text.empty());
  EXPECT_EQ(without_text->front().title, article.title);

  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  ExpectStats(*stats, 1, 2, 1, 0, 1);
}

TEST_F(StoreTest, MissingStoreWithoutCreateIsNotFound) {
  StoreOptions options;
  options.create_if_missing = false;
  auto store = Store::Open(dir_, options);
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(dir_));
  options.create_if_missing = true;
  options.read_only = true;
  EXPECT_EQ(Store::Open(dir_, options).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, CreatesParentDirectoriesAndAcceptsAnEmptyDirectory) {
  dir_ = root_ + "/a/b/db";
  EXPECT_TRUE(OpenOrDie());
  dir_ = root_ + "/empty";
  fs::create_directory(dir_);
  EXPECT_TRUE(OpenOrDie());
}

TEST_F(StoreTest, NonStoreDirectoryIsRefusedUntouched) {
  fs::create_directory(dir_);
  std::ofstream(dir_ + "/notes.txt") << "not a database\n";
  auto store = Store::Open(dir_);
  ASSERT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(store.status().message().rfind(dir_ + " is not an eventgraph store (", 0), 0u)
      << store.status().message();
  EXPECT_FALSE(fs::exists(dir_ + "/CURRENT"));  // nothing was written into it

  const std::string file = root_ + "/plain-file";
  std::ofstream(file) << "x";
  EXPECT_EQ(Store::Open(file).status().code(), StatusCode::kCorruption);
}

TEST_F(StoreTest, ForeignRocksDbIsRefused) {
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir_, &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "k", "v").ok());
    delete db;
  }
  auto store = Store::Open(dir_);
  ASSERT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_NE(store.status().message().find("is not an eventgraph store"), std::string::npos);
  // The refusal did not add our column families to someone else's database.
  std::vector<std::string> families;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir_, &families).ok());
  EXPECT_EQ(families, std::vector<std::string>{rocksdb::kDefaultColumnFamilyName});
}

TEST_F(StoreTest, OtherFormatVersionIsCorruptionNamingBoth) {
  ASSERT_TRUE(OpenOrDie());
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
        {rocksdb::kDefaultColumnFamilyName, {}}};
    for (auto cf : keys::ColumnFamilies())
      descriptors.emplace_back(std::string(cf), rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir_, descriptors, &handles, &db).ok());
    ASSERT_EQ(handles[1]->GetName(), keys::kCfMeta);
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[1], std::string(keys::kMetaFormatVersion),
                        keys::EncodeU32(keys::kFormatVersion + 41))
                    .ok());
    for (auto* h : handles) (void)db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  auto store = Store::Open(dir_);
  ASSERT_EQ(store.status().code(), StatusCode::kCorruption);
  const std::string& m = store.status().message();
  EXPECT_NE(m.find("version " + std::to_string(keys::kFormatVersion + 41)), std::string::npos) << m;
  EXPECT_NE(m.find("version " + std::to_string(keys::kFormatVersion)), std::string::npos) << m;
}

TEST_F(StoreTest, SecondOpenInThisProcessIsBusy) {
  auto first = OpenOrDie();
  ASSERT_TRUE(first);
  auto second = Store::Open(dir_);
  ASSERT_EQ(second.status().code(), StatusCode::kBusy) << second.status().ToString();
  EXPECT_EQ(second.status().message(), dir_ + " is in use by another process");
}

TEST_F(StoreTest, OpenWhileAnotherProcessHoldsItIsBusyButReadOnlyWorks) {
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store
                    ->PutArticle(MakeArticle("art:1"), {},
                                 {MakeEvent("ev:1", D(2025, 1, 1), D(2025, 1, 1))})
                    .ok());
  }
  int ready[2], release[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(release), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    alarm(60);  // never outlive a parent that failed before releasing us
    auto held = Store::Open(dir_);
    const char c = held.ok() ? 'y' : 'n';
    (void)!write(ready[1], &c, 1);
    char ignored;
    (void)!read(release[0], &ignored, 1);
    _exit(held.ok() ? 0 : 1);
  }
  pollfd pfd{ready[0], POLLIN, 0};
  ASSERT_EQ(poll(&pfd, 1, 30000), 1);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');

  auto busy = Store::Open(dir_);
  EXPECT_EQ(busy.status().code(), StatusCode::kBusy) << busy.status().ToString();
  EXPECT_EQ(busy.status().message(), dir_ + " is in use by another process");

  StoreOptions read_only;
  read_only.read_only = true;
  auto reader = Store::Open(dir_, read_only);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto events = (*reader)->Events();
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(Ids(*events), std::vector<std::string>{"ev:1"});
  EXPECT_EQ((*reader)->PutEvent(MakeEvent("ev:2", std::nullopt, std::nullopt)).code(),
            StatusCode::kUnsupported);
  EXPECT_EQ((*reader)->Stats()->events, 1u);

  ASSERT_EQ(write(release[1], "x", 1), 1);
  int wstatus = 0;
  ASSERT_EQ(waitpid(pid, &wstatus, 0), pid);
  EXPECT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
  for (int fd : {ready[0], ready[1], release[0], release[1]}) close(fd);

  EXPECT_TRUE(OpenOrDie());  // the lock went with the child
}

TEST_F(StoreTest, PuttingAnArticleTwiceChangesNothing) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  const Article a = MakeArticle("art:1");
  auto first =
      store->PutArticle(a, {MakeEntity("person:x", "X")},
                        {MakeEvent("ev:1", D(2025, 1, 1), D(2025, 1, 2), "meet", {"person:x"})});
  ASSERT_TRUE(first.ok() && first->inserted);
  const StoreStats before = *store->Stats();

  // Same id with other content: the stored article wins, nothing else is written either.
  Article changed = a;
  changed.title = "Another title";
  Entity x2 = MakeEntity("person:x", "X");
  x2.aliases = {"Mr X"};
  auto second = store->PutArticle(changed, {x2, MakeEntity("person:y", "Y")},
                                  {MakeEvent("ev:2", D(2025, 2, 1), D(2025, 2, 1))});
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->inserted);
  ExpectStatsEqual(*store->Stats(), before);
  EXPECT_EQ((*store->GetArticle("art:1"))->title, a.title);
  EXPECT_TRUE((*store->GetEntity("person:x"))->aliases.empty());
  EXPECT_FALSE(store->GetEvent("ev:2")->has_value());
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), 1u);
}

TEST_F(StoreTest, SharedEntitiesMergeAndSharedEventIdsKeepAllEvidence) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  Entity a1 = MakeEntity("person:x", "X");
  a1.aliases = {"Mr X"};
  Entity a2 = MakeEntity("person:x", "X");
  a2.aliases = {"Dr X"};
  a2.country = "EE";
  ASSERT_TRUE(store
                  ->PutArticle(MakeArticle("art:1"), {a1},
                               {MakeEvent("ev:1", D(2025, 1, 1), D(2025, 1, 1), "meet",
                                          {"person:x"}, "", "art:1")})
                  .ok());
  Event again = MakeEvent("ev:1", D(2030, 1, 1), D(2030, 1, 1), "meet", {"person:x"}, "", "art:2");
  auto put = store->PutArticle(MakeArticle("art:2"), {a2}, {again, again});
  ASSERT_TRUE(put.ok() && put->inserted);

  auto x = store->GetEntity("person:x");
  ASSERT_TRUE(x.ok() && x->has_value());
  EXPECT_EQ((*x)->aliases, (std::vector<std::string>{"Dr X", "Mr X"}));
  EXPECT_EQ((*x)->country, "EE");

  auto ev = store->GetEvent("ev:1");
  ASSERT_TRUE(ev.ok() && ev->has_value());
  ASSERT_EQ((*ev)->evidence.size(), 2u);  // art:1's and art:2's, the repeat in art:2 counted once
  EXPECT_EQ((*ev)->evidence[0].article, "art:1");
  EXPECT_EQ((*ev)->evidence[1].article, "art:2");
  EXPECT_EQ((*ev)->time.begin, D(2025, 1, 1));  // the first version's time and index stay
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), 1u);

  ExpectStats(*store->Stats(), 2, 1, 1, 0, 2);
  ExpectStatsEqual(*store->Stats(), Counted(*store));
}

class StoreQueryTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_ = OpenOrDie();
    ASSERT_TRUE(store_);
    // A [Jan 10, Jan 12]   B [open, Jan 5]   C [Jan 20, open]   D [Feb 1]   E [open, open]
    std::vector<Event> events = {
        MakeEvent("ev:A", D(2025, 1, 10), D(2025, 1, 12), "meet", {"person:x", "person:y"},
                  "location:miami-us"),
        MakeEvent("ev:B", std::nullopt, D(2025, 1, 5), "negotiate", {"person:x"}),
        MakeEvent("ev:C", D(2025, 1, 20), std::nullopt, "meet", {"person:y"}, "location:miami-us"),
        MakeEvent("ev:D", D(2025, 2, 1), D(2025, 2, 1), "negotiate", {"person:x"}),
        MakeEvent("ev:E", std::nullopt, std::nullopt, "attack", {}, "location:kyiv-ua"),
    };
    ASSERT_TRUE(store_->PutArticle(MakeArticle("art:1"), {}, events).ok());
  }
  // Closed before the directory goes: RocksDB's background work may still be deleting files in it.
  void TearDown() override {
    store_.reset();
    StoreTest::TearDown();
  }

  std::vector<std::string> Query(std::optional<Date> from, std::optional<Date> to,
                                 std::string entity = "", std::string type = "") {
    EventQuery q;
    q.from = from;
    q.to = to;
    q.entity = std::move(entity);
    q.type = std::move(type);
    auto events = store_->Events(q);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    return events.ok() ? Ids(*events) : std::vector<std::string>{};
  }

  using V = std::vector<std::string>;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreQueryTest, AllEventsComeOrderedByBeginEndIdWithOpenBeginsFirst) {
  // B and E both begin open; B's end (Jan 5) is before E's open end.
  EXPECT_EQ(Query(std::nullopt, std::nullopt), (V{"ev:B", "ev:E", "ev:A", "ev:C", "ev:D"}));
}

TEST_F(StoreQueryTest, TimeWindowMatchesSpansThatCanReachIt) {
  // [Jan 11, Jan 25]: A overlaps, C starts inside and stays open, E is open both ways;
  // B ended on Jan 5, D starts Feb 1.
  EXPECT_EQ(Query(D(2025, 1, 11), D(2025, 1, 25)), (V{"ev:E", "ev:A", "ev:C"}));
  EXPECT_EQ(Query(D(2025, 1, 15), std::nullopt), (V{"ev:E", "ev:C", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, D(2025, 1, 9)), (V{"ev:B", "ev:E"}));
  // Inclusive bounds: a window ending on A's first day, one starting on B's last day.
  EXPECT_EQ(Query(D(2025, 1, 6), D(2025, 1, 10)), (V{"ev:E", "ev:A"}));
  EXPECT_EQ(Query(D(2025, 1, 5), D(2025, 1, 5)), (V{"ev:B", "ev:E"}));
}

TEST_F(StoreQueryTest, EntityFilterCoversParticipantsAndLocation) {
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x"), (V{"ev:B", "ev:A", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "location:miami-us"), (V{"ev:A", "ev:C"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "location:kyiv-ua"), (V{"ev:E"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:nobody"), V{});
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:"),
            V{});  // a prefix of real ids matches none
  EXPECT_EQ(Query(D(2025, 1, 11), D(2025, 1, 31), "person:x"), (V{"ev:A"}));
  EXPECT_EQ(Query(D(2025, 1, 13), std::nullopt, "person:y"), (V{"ev:C"}));
}

TEST_F(StoreQueryTest, TypeFilterCombinesWithTheOthers) {
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "", "negotiate"), (V{"ev:B", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x", "meet"), (V{"ev:A"}));
  EXPECT_EQ(Query(D(2025, 1, 20), std::nullopt, "", "meet"), (V{"ev:C"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "", "nonexistent"), V{});
}

TEST_F(StoreQueryTest, ShortAndLongSpanScansSplitTheIndexBetweenThem) {
  // A long closed span (three years) joins the open ones on the long side.
  ASSERT_TRUE(store_
                  ->PutArticle(MakeArticle("art:2"), {},
                               {MakeEvent("ev:F", D(2020, 1, 1), D(2022, 12, 31), "meet", {"person:x"})})
                  .ok());
  auto ids = [](const std::vector<IndexedEvent>& found) {
    std::vector<std::string> out;
    for (const auto& e : found) out.push_back(e.id);
    std::sort(out.begin(), out.end());
    return out;
  };
  EventQuery short_spans, long_spans;
  short_spans.max_span_days = long_spans.min_span_days = 365;
  auto s = store_->IndexScan(short_spans);
  auto l = store_->IndexScan(long_spans);
  ASSERT_TRUE(s.ok() && l.ok());
  EXPECT_EQ(ids(*s), (V{"ev:A", "ev:D"}));
  EXPECT_EQ(ids(*l), (V{"ev:B", "ev:C", "ev:E", "ev:F"}));
  // With an entity and a window, as linking asks: person:x's long or open spans reaching Jan 2025.
  long_spans.entity = "person:x";
  long_spans.from = D(2025, 1, 1);
  long_spans.to = D(2025, 1, 31);
  l = store_->IndexScan(long_spans);
  ASSERT_TRUE(l.ok());
  EXPECT_EQ(ids(*l), (V{"ev:B"})) << "F ended in 2022";
}

TEST_F(StoreQueryTest, GetEventsReadsInTheOrderAskedAndMarksTheMissing) {
  auto events = store_->GetEvents({"ev:D", "ev:missing", "ev:A", "ev:D"});
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 4u);
  ASSERT_TRUE((*events)[0].has_value());
  EXPECT_EQ((*events)[0]->id, "ev:D");
  EXPECT_FALSE((*events)[1].has_value());
  ASSERT_TRUE((*events)[2].has_value());
  EXPECT_EQ((*events)[2]->id, "ev:A");
  EXPECT_EQ((*events)[2]->participants.size(), 2u);
  ASSERT_TRUE((*events)[3].has_value());
  EXPECT_EQ(*(*events)[3], *(*events)[0]);
  auto none = store_->GetEvents({});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(StoreTest, LimitedQueriesTakeTheFirstEventsAcrossSpanBuckets) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  // Sixty events of one person with spans of every bucket (days, weeks, months, quarters, years,
  // long spans, open begins, open ends, fully open), begins interleaved over a year.
  std::vector<Event> events;
  for (int i = 0; i < 60; ++i) {
    const Date begin = D(2024, 1, 1) + boost::gregorian::days(i * 6);
    const int lengths[] = {0, 5, 25, 80, 300, 1000};
    std::optional<Date> b = begin, e = begin + boost::gregorian::days(lengths[i % 6]);
    if (i % 7 == 2) b.reset();
    if (i % 11 == 4) e.reset();
    if (i % 13 == 6) b.reset(), e.reset();
    char id[32];
    std::snprintf(id, sizeof id, "ev:%02d", i);
    events.push_back(MakeEvent(id, b, e, i % 3 ? "meet" : "negotiate", {"person:x"}));
  }
  ASSERT_TRUE(store->PutArticle(MakeArticle("art:1"), {}, events).ok());
  // The same query through the record-reading path (a text filter every label passes) is the
  // reference for the index-only path.
  for (const std::optional<Date> from : {std::optional<Date>(), std::optional<Date>(D(2024, 5, 1))}) {
    for (const std::string entity : {"", "person:x"}) {
      for (const std::string type : {"", "meet"}) {
        for (size_t limit : {1, 5, 12, 0}) {
          EventQuery q;
          q.from = from;
          q.to = D(2024, 10, 1);
          q.entity = entity;
          q.type = type;
          q.limit = limit;
          auto fast = store->Events(q);
          q.text = "label";
          auto reference = store->Events(q);
          ASSERT_TRUE(fast.ok() && reference.ok());
          EXPECT_EQ(Ids(*fast), Ids(*reference)) << "entity '" << entity << "' type '" << type << "' limit " << limit;
          EXPECT_EQ(*fast, *reference);
          if (limit > 0) {
            EXPECT_LE(fast->size(), limit);
          }
        }
      }
    }
  }
}

TEST_F(StoreQueryTest, PutEventMovesItsIndexEntries) {
  // Move A from January to March, from x and y to z, and from Miami to nowhere.
  Event moved = MakeEvent("ev:A", D(2025, 3, 1), D(2025, 3, 3), "meet", {"person:z"});
  moved.evidence.push_back({"art:9", {1, 2}, {1, 2}, "x"});
  ASSERT_TRUE(store_->PutEvent(moved).ok());

  EXPECT_EQ(Query(D(2025, 1, 11), D(2025, 1, 25)), (V{"ev:E", "ev:C"}));
  EXPECT_EQ(Query(D(2025, 3, 2), std::nullopt), (V{"ev:E", "ev:C", "ev:A"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x"), (V{"ev:B", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "location:miami-us"), (V{"ev:C"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:z"), (V{"ev:A"}));
  EXPECT_EQ(**store_->GetEvent("ev:A"), moved);

  // 5 events: 5 time keys. Entity keys: B x, C y+miami, D x, E kyiv, A z = 6.
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), 5u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfEntityEvents), 6u);
  ExpectStats(*store_->Stats(), 1, 0, 5, 0, 6);
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));

  // PutEvent of an unknown id adds it.
  ASSERT_TRUE(store_->PutEvent(MakeEvent("ev:F", D(2025, 4, 1), D(2025, 4, 1))).ok());
  ExpectStats(*store_->Stats(), 1, 0, 6, 0, 7);
}

// A rewrite that keeps A's days, x and Miami but trades y for z and changes its type: the entries
// it keeps carry the new type (the index value), the one it loses goes, the new one comes. A
// rewrite of its evidence alone leaves every entry answering.
TEST_F(StoreQueryTest, PutEventKeepsTheIndexEntriesThatStayAndRewritesTheRest) {
  Event a = MakeEvent("ev:A", D(2025, 1, 10), D(2025, 1, 12), "negotiate", {"person:x", "person:z"},
                      "location:miami-us");
  ASSERT_TRUE(store_->PutEvent(a).ok());
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:y"), (V{"ev:C"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:z"), (V{"ev:A"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x", "negotiate"),
            (V{"ev:B", "ev:A", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "location:miami-us", "meet"), (V{"ev:C"}));
  EXPECT_EQ(Query(D(2025, 1, 11), D(2025, 1, 25), "", "negotiate"), (V{"ev:A"}));
  EventQuery of_x;
  of_x.entity = "location:miami-us";
  auto scanned = store_->IndexScan(of_x);
  ASSERT_TRUE(scanned.ok());
  ASSERT_EQ(scanned->size(), 2u);
  EXPECT_EQ((*scanned)[0].id, "ev:A");
  EXPECT_EQ((*scanned)[0].type, "negotiate");

  a.evidence.push_back({"art:9", {1, 2}, {1, 2}, "x"});
  ASSERT_TRUE(store_->PutEvent(a).ok());
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:z"), (V{"ev:A"}));
  EXPECT_EQ(Query(D(2025, 1, 11), D(2025, 1, 25), "", "negotiate"), (V{"ev:A"}));
  EXPECT_EQ(**store_->GetEvent("ev:A"), a);
  // A: x, z, Miami; B x; C y, Miami; D x; E Kyiv.
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), 5u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfEntityEvents), 8u);
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));
}

TEST_F(StoreQueryTest, DeleteEventRemovesIndexesAndRelationsBothWays) {
  ASSERT_TRUE(store_
                  ->ReplaceRelations(
                      {{"ev:A", "ev:C", RelationType::kBefore, RelationBasis::kTime, 1.0},
                       {"ev:B", "ev:A", RelationType::kBefore, RelationBasis::kTime, 1.0},
                       {"ev:A", "ev:A", RelationType::kSimultaneous, RelationBasis::kTime, 1.0},
                       {"ev:B", "ev:D", RelationType::kBefore, RelationBasis::kText, 0.5}})
                  .ok());
  ASSERT_TRUE(store_->DeleteEvent("ev:A").ok());

  EXPECT_FALSE(store_->GetEvent("ev:A")->has_value());
  EXPECT_EQ(Query(std::nullopt, std::nullopt), (V{"ev:B", "ev:E", "ev:C", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x"), (V{"ev:B", "ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "location:miami-us"), (V{"ev:C"}));
  auto relations = store_->Relations();
  ASSERT_TRUE(relations.ok());
  ASSERT_EQ(relations->size(), 1u);
  EXPECT_EQ(relations->front().from, "ev:B");
  EXPECT_EQ(relations->front().to, "ev:D");
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), 1u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), 4u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfEntityEvents), 5u);  // B x, C y+miami, D x, E kyiv
  ExpectStats(*store_->Stats(), 1, 0, 4, 1, 4);
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));

  EXPECT_EQ(store_->DeleteEvent("ev:A").code(), StatusCode::kNotFound);
}

TEST_F(StoreQueryTest, ReplaceRelationsReplacesTheWholeSet) {
  ASSERT_TRUE(
      store_
          ->ReplaceRelations({{"ev:C", "ev:D", RelationType::kBefore, RelationBasis::kTime, 1.0},
                              {"ev:A", "ev:C", RelationType::kBefore, RelationBasis::kTime, 1.0}})
          .ok());
  EXPECT_EQ(store_->Stats()->relations, 2u);

  const std::vector<Relation> next = {
      {"ev:B", "ev:A", RelationType::kBefore, RelationBasis::kTime, 0.9},
      {"ev:A", "ev:D", RelationType::kBefore, RelationBasis::kTime, 1.0},
      {"ev:A", "ev:D", RelationType::kCauses, RelationBasis::kText, 0.4},  // same pair, other type
      {"ev:A", "ev:D", RelationType::kBefore, RelationBasis::kText,
       0.8},  // repeats (A, D, BEFORE): last wins
  };
  ASSERT_TRUE(store_->ReplaceRelations(next).ok());
  auto relations = store_->Relations();
  ASSERT_TRUE(relations.ok());
  // (from, to) order; BEFORE (0) before CAUSES (12) for the same pair.
  ASSERT_EQ(relations->size(), 3u);
  EXPECT_EQ((*relations)[0], next[3]);
  EXPECT_EQ((*relations)[1], next[2]);
  EXPECT_EQ((*relations)[2], next[0]);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), 3u);
  EXPECT_EQ(store_->Stats()->relations, 3u);

  ASSERT_TRUE(store_->ReplaceRelations({}).ok());
  EXPECT_TRUE(store_->Relations()->empty());
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), 0u);
  EXPECT_EQ(store_->Stats()->relations, 0u);

  EXPECT_EQ(
      store_->ReplaceRelations({{"", "ev:A", RelationType::kBefore, RelationBasis::kTime, 1.0}})
          .code(),
      StatusCode::kInvalidArgument);
}

TEST_F(StoreQueryTest, NewRelationsAreStoredBothWaysAndCountedOnce) {
  GraphChange first;
  first.put_new_relations = {{"ev:A", "ev:C", RelationType::kBefore, RelationBasis::kTime, 1.0},
                             {"ev:B", "ev:D", RelationType::kBefore, RelationBasis::kText, 0.5}};
  // A checked put of another pair in the same change, and one of a new pair's key.
  first.put_relations = {{"ev:C", "ev:D", RelationType::kBefore, RelationBasis::kTime, 1.0},
                         {"ev:A", "ev:C", RelationType::kBefore, RelationBasis::kTime, 0.9}};
  ASSERT_TRUE(store_->Apply(first).ok());
  EXPECT_EQ(store_->Stats()->relations, 3u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), 3u);
  auto of_d = store_->RelationsOf("ev:D");  // both ends' relations, found from the target
  ASSERT_TRUE(of_d.ok());
  EXPECT_EQ(of_d->size(), 2u);

  // Stored now: a later checked put of the same key replaces it without counting it again.
  GraphChange again;
  again.put_relations = {{"ev:B", "ev:D", RelationType::kBefore, RelationBasis::kTime, 1.0}};
  ASSERT_TRUE(store_->Apply(again).ok());
  auto relations = store_->Relations();
  ASSERT_TRUE(relations.ok());
  ASSERT_EQ(relations->size(), 3u);
  EXPECT_EQ(std::count(relations->begin(), relations->end(), again.put_relations[0]), 1);
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));

  GraphChange invalid;
  invalid.put_new_relations = {{"", "ev:A", RelationType::kBefore, RelationBasis::kTime, 1.0}};
  EXPECT_EQ(store_->Apply(invalid).code(), StatusCode::kInvalidArgument);
}

// A bulk of new relations (a link run's, more than the store writes through its memtable) is
// stored and counted as a small one: both ways, once per key, the later of two puts of one key
// winning; erasing an event finds them through the reverse family; nothing is left beside the
// database.
TEST_F(StoreQueryTest, ABulkOfNewRelationsIsStoredBothWaysAndCountedOnce) {
  constexpr int kTargets = 20000;
  GraphChange bulk;
  for (int i = 0; i < kTargets; ++i) {
    bulk.put_new_relations.push_back({i % 2 ? "ev:A" : "ev:B", "ev:t" + std::to_string(i),
                                      RelationType::kBefore, RelationBasis::kTime, 1.0});
  }
  // Two puts of one key: the later one stays.
  bulk.put_new_relations.push_back(
      {"ev:C", "ev:D", RelationType::kBefore, RelationBasis::kTime, 0.9});
  bulk.put_new_relations.push_back(
      {"ev:C", "ev:D", RelationType::kBefore, RelationBasis::kText, 0.6});
  ASSERT_TRUE(store_->Apply(bulk).ok());
  EXPECT_EQ(store_->Stats()->relations, kTargets + 1u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelations), kTargets + 1u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), kTargets + 1u);
  auto of_target = store_->RelationsOf("ev:t7");
  ASSERT_TRUE(of_target.ok());
  ASSERT_EQ(of_target->size(), 1u);
  EXPECT_EQ(of_target->front().from, "ev:A");
  auto of_d = store_->RelationsOf("ev:D");
  ASSERT_TRUE(of_d.ok());
  ASSERT_EQ(of_d->size(), 1u);
  EXPECT_EQ(of_d->front().basis, RelationBasis::kText);
  EXPECT_DOUBLE_EQ(of_d->front().confidence, 0.6);

  // The relations pointing at D are found from D and go with it.
  GraphChange erase;
  erase.erase_events = {"ev:D"};
  ASSERT_TRUE(store_->Apply(erase).ok());
  EXPECT_TRUE(store_->RelationsOf("ev:C")->empty());
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));
  store_.reset();
  for (const auto& f : std::filesystem::directory_iterator(dir_))
    EXPECT_FALSE(f.path().filename().string().starts_with("ingest-")) << f.path();
  store_ = OpenOrDie();
  ASSERT_TRUE(store_);
  EXPECT_EQ(store_->Stats()->relations, static_cast<uint64_t>(kTargets));
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));
}

// New relations given as views of the caller's ids are stored as the same relations given whole,
// few (through the batch) or many (ingested), and mixed with whole ones.
TEST_F(StoreQueryTest, NewRelationsGivenAsViewsAreStoredLikeWholeOnes) {
  std::vector<std::string> targets;
  for (int i = 0; i < 20010; ++i) targets.push_back("ev:v" + std::to_string(i));
  // The first ten, then the rest.
  for (const auto& [first, last] : {std::pair<size_t, size_t>{0, 10}, {10, targets.size()}}) {
    GraphChange change;
    for (size_t i = first; i < last; ++i) {
      change.put_new_relation_views.push_back(
          RelationView{"ev:E", targets[i], RelationType::kVague, RelationBasis::kTime, 0.3, 0b11});
    }
    change.put_new_relations.push_back(
        {"ev:D", "ev:w" + std::to_string(last), RelationType::kAfter, RelationBasis::kText, 0.8});
    ASSERT_TRUE(store_->Apply(change).ok());
    auto of_last = store_->RelationsOf(targets[last - 1]);
    ASSERT_TRUE(of_last.ok());
    ASSERT_EQ(of_last->size(), 1u) << last;
    EXPECT_EQ(of_last->front(), (Relation{"ev:E", targets[last - 1], RelationType::kVague,
                                          RelationBasis::kTime, 0.3, 0b11}));
    auto of_whole = store_->RelationsOf("ev:w" + std::to_string(last));
    ASSERT_TRUE(of_whole.ok());
    ASSERT_EQ(of_whole->size(), 1u) << last;
    EXPECT_EQ(of_whole->front().from, "ev:D");
  }
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelations), targets.size() + 2);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), targets.size() + 2);
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));

  GraphChange invalid;
  invalid.put_new_relation_views.push_back(RelationView{"ev:E", "", RelationType::kBefore});
  EXPECT_EQ(store_->Apply(invalid).code(), StatusCode::kInvalidArgument);
}

// Views that carry their ends' ranks are ingested in the order the ranks give, which must be the
// order of the keys' bytes: ids of different lengths (one a prefix of another) and both
// directions. Two bulks land in two overlapping files: an event's relations spread over both are
// all found from either end, and a scan of the whole family sees every key. Each relation keeps
// its own type, basis, confidence and possible set (the store lays keys and values out apart).
TEST_F(StoreQueryTest, RankedViewsAreStoredLikeUnrankedOnes) {
  std::vector<std::string> ids;
  for (int i = 0; i < 400; ++i) ids.push_back("ev:" + std::to_string(i * 7 % 400));
  std::vector<std::string> by_bytes = ids;
  std::sort(by_bytes.begin(), by_bytes.end());
  auto rank = [&](const std::string& id) {
    return static_cast<uint32_t>(std::lower_bound(by_bytes.begin(), by_bytes.end(), id) -
                                 by_bytes.begin());
  };
  // (from, to) -> the whole relation.
  std::map<std::pair<std::string, std::string>, Relation> expected;
  for (int part = 0; part < 2; ++part) {
    GraphChange bulk;
    bulk.relation_views_ranked = true;
    // Pairs (i, j) with i + j of this part's parity, written from either end.
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) {
        if ((i + j) % 2 != static_cast<size_t>(part)) continue;
        const std::string& from = (i * j) % 5 == 0 ? ids[j] : ids[i];
        const std::string& to = (i * j) % 5 == 0 ? ids[i] : ids[j];
        const bool vague = (i + 2 * j) % 3 == 0;
        RelationView v{from,
                       to,
                       vague ? RelationType::kVague : RelationType::kBefore,
                       (i * 3 + j) % 4 == 0 ? RelationBasis::kText : RelationBasis::kTime,
                       static_cast<double>((i * 31 + j) % 97) / 100.0,
                       vague ? static_cast<uint32_t>(1 + (i + j) % 7) : 0u};
        v.from_rank = rank(from);
        v.to_rank = rank(to);
        bulk.put_new_relation_views.push_back(v);
        expected[{from, to}] = Relation{from, to, v.type, v.basis, v.confidence, v.possible};
      }
    }
    ASSERT_GT(bulk.put_new_relation_views.size(), 16384u);  // above the store's ingest threshold
    ASSERT_TRUE(store_->Apply(bulk).ok());
  }
  EXPECT_EQ(store_->Stats()->relations, expected.size());
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelations), expected.size());
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelationsRev), expected.size());
  auto all = store_->Relations();
  ASSERT_TRUE(all.ok());
  std::map<std::pair<std::string, std::string>, Relation> stored;
  for (const auto& r : *all) stored[{r.from, r.to}] = r;
  EXPECT_EQ(stored, expected);
  // "ev:3" is a prefix of "ev:30".."ev:39" and "ev:300".."ev:399": its scan must stop at its own
  // keys, in either family, and reads each relation whole from either end.
  for (const std::string id : {"ev:3", "ev:30", "ev:399"}) {
    size_t want = 0;
    for (const auto& [ends, r] : expected) want += (ends.first == id) + (ends.second == id);
    auto of = store_->RelationsOf(id);
    ASSERT_TRUE(of.ok());
    EXPECT_EQ(of->size(), want) << id;
    for (const auto& r : *of) {
      EXPECT_TRUE(r.from == id || r.to == id) << id;
      EXPECT_EQ(r, expected.at({r.from, r.to})) << id;
    }
  }
}

// The files in level 0 of `family`, as a reader opening the store now sees them.
uint64_t LevelZeroFiles(const std::string& dir, std::string_view family) {
  return ReadFamily<uint64_t>(dir, family, 0, [](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* h) {
    std::string value;
    return db.GetProperty(h, "rocksdb.num-files-at-level0", &value) ? std::stoull(value) : 0;
  });
}

// Fourteen bulk changes ingest a file each into each relation family: the first six go to levels
// 6 to 1 (an ingested file goes as deep as nothing overlaps it), the next eight to level 0, which
// makes RocksDB compact it; once the store says its background work is done, that has happened.
TEST_F(StoreQueryTest, WaitingForBackgroundWorkWaitsForCompactions) {
  for (int bulk = 0; bulk < 14; ++bulk) {
    // Keys all over each family's key space, so that the files overlap and stay in level 0.
    GraphChange change;
    for (int i = 0; i < 17000; ++i) {
      const std::string n = std::to_string(i);
      change.put_new_relations.push_back({"ev:f" + n, "ev:g" + n + "-" + std::to_string(bulk),
                                          RelationType::kBefore, RelationBasis::kTime, 1.0});
    }
    ASSERT_TRUE(store_->Apply(change).ok());
  }
  ASSERT_TRUE(store_->WaitForBackgroundWork().ok());
  EXPECT_LT(LevelZeroFiles(dir_, keys::kCfRelations), 8u);
  EXPECT_LT(LevelZeroFiles(dir_, keys::kCfRelationsRev), 8u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfRelations), 14 * 17000u);
}

// A bulk link's last change of a chunk clears its events' pending marks together with its many
// new relations (as a file of deletions ingested beside theirs): the marks cleared are gone, the
// others stay, also after reopening; a change that marks events pending again keeps its order
// (the marks it puts win over the deletions of the same change).
TEST_F(StoreQueryTest, ABulkChangeClearsManyPendingMarksWithItsRelations) {
  constexpr int kEvents = 17000;  // above the store's ingest threshold
  GraphChange put;
  for (int i = 0; i < kEvents; ++i) {
    put.put_events.push_back(MakeEvent("ev:p" + std::to_string(i), D(2025, 3, 1), D(2025, 3, 1)));
    put.mark_pending.push_back(put.put_events.back().id);
  }
  ASSERT_TRUE(store_->Apply(put).ok());
  auto pending_ids = [&] {
    std::set<std::string> out;
    auto pending = store_->PendingEvents();
    EXPECT_TRUE(pending.ok());
    if (pending.ok()) {
      for (const auto& p : *pending) out.insert(p.id);
    }
    return out;
  };
  ASSERT_EQ(pending_ids().size(), kEvents + 5u);  // and the fixture's five

  GraphChange bulk;
  std::set<std::string> kept = {"ev:A", "ev:B", "ev:C", "ev:D", "ev:E"};
  for (int i = 0; i < kEvents; ++i) {
    const std::string id = "ev:p" + std::to_string(i);
    bulk.put_new_relations.push_back(
        {"ev:A", id, RelationType::kBefore, RelationBasis::kTime, 1.0});
    if (i % 100 == 7)
      kept.insert(id);
    else
      bulk.clear_pending.push_back(id);
  }
  ASSERT_TRUE(store_->Apply(bulk).ok());
  EXPECT_EQ(pending_ids(), kept);
  EXPECT_EQ(store_->RelationsOf("ev:p8")->size(), 1u);
  store_.reset();
  for (const auto& f : std::filesystem::directory_iterator(dir_))
    EXPECT_FALSE(f.path().filename().string().starts_with("ingest-")) << f.path();
  // No table file carries the sequence number the store gave it on ingestion (the pending marks'
  // file overlapped stored keys, so it got one): written into the file, that number made it
  // unreadable to RocksDB's readers that open a table without it, and a bulk link failed with
  // "external sst file ... have global seqno property". The number lives in the MANIFEST only.
  size_t tables = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir_)) {
    if (f.path().extension() != ".sst") continue;
    rocksdb::SstFileReader reader{rocksdb::Options()};
    const rocksdb::Status opened = reader.Open(f.path().string());
    ASSERT_TRUE(opened.ok()) << f.path() << ": " << opened.ToString();
    ++tables;
    const auto& props = reader.GetTableProperties()->user_collected_properties;
    const auto seqno = props.find("rocksdb.external_sst_file.global_seqno");
    if (seqno == props.end()) continue;  // not ingested
    EXPECT_EQ(seqno->second, std::string(8, '\0')) << f.path();
  }
  EXPECT_GT(tables, 0u);
  store_ = OpenOrDie();
  ASSERT_TRUE(store_);
  EXPECT_EQ(pending_ids(), kept);

  // Cleared and marked again in one change: marked.
  GraphChange again;
  for (int i = 0; i < kEvents; ++i) {
    const std::string id = "ev:q" + std::to_string(i);
    again.put_new_relations.push_back(
        {"ev:B", id, RelationType::kAfter, RelationBasis::kTime, 1.0});
  }
  again.clear_pending.assign(kept.begin(), kept.end());
  for (int i = 0; i < kEvents; ++i) again.clear_pending.push_back("ev:p" + std::to_string(i));
  again.mark_pending = {"ev:A"};
  ASSERT_TRUE(store_->Apply(again).ok());
  EXPECT_EQ(pending_ids(), std::set<std::string>{"ev:A"});
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));
}

// A change of many writes (which the store puts in key order before writing) leaves what the
// same writes in their own order would: an event rewritten with its span unchanged deletes and
// puts the same index keys, and must keep them; one whose span moved must lose the old ones.
TEST_F(StoreTest, AChangeOfManyWritesKeepsTheLastWriteOfEachKey) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  std::vector<Event> events;
  constexpr int kEvents = 1000;  // five writes each when rewritten: a batch the store sorts
  for (int i = 0; i < kEvents; ++i)
    events.push_back(MakeEvent("ev:" + std::to_string(100 + i), D(2025, 1, 1 + i % 28),
                               D(2025, 1, 1 + i % 28), "meet", {"person:x"}));
  ASSERT_TRUE(store->PutArticle(MakeArticle("art:1"), {MakeEntity("person:x", "X")}, events).ok());
  GraphChange change;
  for (int i = 0; i < kEvents; ++i) {
    Event e = events[i];
    if (i % 2) e.time.begin = e.time.end = D(2026, 3, 1);  // moved: its old index keys go
    e.label = "relabelled";
    change.put_events.push_back(e);
  }
  ASSERT_TRUE(store->Apply(change).ok());
  EventQuery old_days;
  old_days.from = D(2025, 1, 1);
  old_days.to = D(2025, 12, 31);
  old_days.entity = "person:x";
  auto kept = store->Events(old_days);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->size(), kEvents / 2u);
  for (const auto& e : *kept) EXPECT_EQ(e.label, "relabelled") << e.id;
  EventQuery new_day;
  new_day.from = new_day.to = D(2026, 3, 1);
  auto moved = store->Events(new_day);
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->size(), kEvents / 2u);
  EXPECT_EQ(CountKeys(dir_, keys::kCfTimeIndex), static_cast<size_t>(kEvents));
  EXPECT_EQ(CountKeys(dir_, keys::kCfEntityEvents), static_cast<size_t>(kEvents));
  ExpectStatsEqual(*store->Stats(), Counted(*store));
}

TEST_F(StoreQueryTest, UnrelatedEventsAreErasedWithTheirIndexEntries) {
  GraphChange change;
  change.erase_unrelated_events = {"ev:A", "ev:missing"};
  ASSERT_TRUE(store_->Apply(change).ok());
  EXPECT_FALSE(store_->GetEvent("ev:A")->has_value());
  EXPECT_EQ(Query(std::nullopt, std::nullopt), (V{"ev:B", "ev:E", "ev:C", "ev:D"}));
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));

  GraphChange invalid;
  invalid.erase_unrelated_events = {""};
  EXPECT_EQ(store_->Apply(invalid).code(), StatusCode::kInvalidArgument);
}

// A caller that holds the stored records of the events it erases and rewrites hands them to Apply,
// which deletes their index entries by them instead of reading them.
TEST_F(StoreQueryTest, AChangeTakesTheStoredRecordsItIsGiven) {
  const Event a = **store_->GetEvent("ev:A");
  const Event b = **store_->GetEvent("ev:B");
  GraphChange change;
  change.erase_unrelated_events = {"ev:B"};
  Event moved = MakeEvent("ev:A", D(2025, 3, 1), D(2025, 3, 3), "meet", {"person:z"});
  change.put_events = {moved};
  std::vector<std::string> asked;
  change.stored = [&](const std::string& id) -> const Event* {
    asked.push_back(id);
    return id == "ev:A" ? &a : id == "ev:B" ? &b : nullptr;
  };
  ASSERT_TRUE(store_->Apply(change).ok());
  EXPECT_EQ(asked, (V{"ev:B", "ev:A"}));
  EXPECT_FALSE(store_->GetEvent("ev:B")->has_value());
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:x"), (V{"ev:D"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:y"), (V{"ev:C"}));
  EXPECT_EQ(Query(std::nullopt, std::nullopt, "person:z"), (V{"ev:A"}));
  EXPECT_EQ(Query(D(2025, 1, 1), D(2025, 1, 31)), (V{"ev:E", "ev:C"}));  // B gone, A moved
  ExpectStatsEqual(*store_->Stats(), Counted(*store_));
}

// One pass over the event records visits every stored event once, in id order, with bytes that
// decode to the event as GetEvent reads it.
TEST_F(StoreQueryTest, EveryEventRecordIsVisitedInIdOrder) {
  std::vector<std::string> ids;
  ASSERT_TRUE(store_
                  ->ForEachEventRecord([&](std::string_view id, std::string_view record) -> Status {
                    ids.emplace_back(id);
                    auto decoded = store_values::DecodeEvent(record);
                    EXPECT_TRUE(decoded.ok()) << id;
                    auto stored = store_->GetEvent(std::string(id));
                    EXPECT_TRUE(stored.ok() && stored->has_value()) << id;
                    if (decoded.ok() && stored.ok() && stored->has_value()) {
                      EXPECT_EQ(*decoded, **stored) << id;
                    }
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(ids, (V{"ev:A", "ev:B", "ev:C", "ev:D", "ev:E"}));
  size_t visits = 0;
  const Status stopped = store_->ForEachEventRecord([&](std::string_view, std::string_view) {
    ++visits;
    return Status::Corruption("stop");
  });
  EXPECT_EQ(stopped.code(), StatusCode::kCorruption);
  EXPECT_EQ(visits, 1u);
}

TEST_F(StoreTest, StatsSurviveReopenAndMatchTheRecords) {
  {
    auto store = OpenOrDie();
    ASSERT_TRUE(store);
    for (int i = 0; i < 5; ++i) {
      const std::string art = "art:" + std::to_string(i);
      ASSERT_TRUE(
          store
              ->PutArticle(
                  MakeArticle(art), {MakeEntity("person:x", "X"), MakeEntity("person:" + art, art)},
                  {MakeEvent("ev:" + art, D(2025, 1, 1 + i), D(2025, 1, 1 + i), "meet",
                             {"person:x"}, "", art),
                   MakeEvent("ev:shared", D(2025, 1, 1), D(2025, 1, 1), "meet", {}, "", art)})
              .ok());
    }
    ASSERT_TRUE(store
                    ->ReplaceRelations(
                        {{"ev:art:0", "ev:art:1", RelationType::kBefore, RelationBasis::kTime, 1}})
                    .ok());
    ASSERT_TRUE(store->DeleteEvent("ev:art:4").ok());
  }
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  // 5 articles; entities x and five per-article ones; events: 5 own + shared - 1 deleted;
  // evidence: 4 own + 5 on the shared event.
  ExpectStats(*store->Stats(), 5, 6, 5, 1, 9);
  ExpectStatsEqual(*store->Stats(), Counted(*store));
}

TEST_F(StoreTest, ConcurrentWritersKeepCountsExact) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const std::string art = "art:" + std::to_string(t) + "-" + std::to_string(i);
        Entity shared = MakeEntity("person:x", "X");
        shared.aliases = {"alias " + art};
        auto put = store->PutArticle(
            MakeArticle(art), {shared},
            {MakeEvent("ev:" + art, D(2025, 1, 1), std::nullopt, "meet", {"person:x"}, "", art)});
        EXPECT_TRUE(put.ok() && put->inserted);
      }
    });
  }
  for (auto& th : threads) th.join();
  ExpectStats(*store->Stats(), 40, 1, 40, 0, 40);
  ExpectStatsEqual(*store->Stats(), Counted(*store));
  EXPECT_EQ((*store->GetEntity("person:x"))->aliases.size(), 40u);  // no merge lost to a race
}

TEST_F(StoreTest, InvalidIdsAreRejectedBeforeWriting) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->PutArticle(MakeArticle(""), {}, {}).status().code(),
            StatusCode::kInvalidArgument);
  Event bad =
      MakeEvent("ev:1", std::nullopt, std::nullopt, "meet", {std::string("person:a\0b", 10)});
  EXPECT_EQ(store->PutArticle(MakeArticle("art:1"), {}, {bad}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_FALSE(store->GetArticle("art:1")->has_value());
  ExpectStats(*store->Stats(), 0, 0, 0, 0, 0);
}

}  // namespace
}  // namespace eg
