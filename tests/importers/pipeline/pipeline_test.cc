// The import pipeline over mixed inputs: per-item failures, re-import, the summary, progress, and
// the same store whatever the number of extraction threads.
#include "importers/pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/model/json_codec.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

std::string Source(const std::string& rel) { return std::string(EG_SOURCE_DIR) + "/" + rel; }

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("eg_pipeline_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::unique_ptr<Store> Open(const std::string& name) {
    auto store = Store::Open((root_ / name).string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return std::move(store).value();
  }

  // Everything a store holds, as JSON text, for comparing two stores.
  static std::string Dump(Store& store) {
    Json doc;
    // Each Result is held in a variable: a range-for over *store.X() would outlive its temporary.
    auto articles = store.Articles();
    auto entities = store.Entities();
    auto events = store.Events();
    auto relations = store.Relations();
    if (!articles.ok() || !entities.ok() || !events.ok() || !relations.ok()) return "store read failed";
    for (const auto& a : *articles) {
      Article copy = a;
      copy.path.clear();
      doc["articles"].push_back(ArticleToJson(copy));
    }
    for (const auto& e : *entities) doc["entities"].push_back(EntityToJson(e));
    for (const auto& e : *events) doc["events"].push_back(EventToJson(e));
    for (const auto& r : *relations) doc["relations"].push_back(RelationToJson(r));
    return doc.dump(1);
  }

  fs::path root_;
};

const std::vector<std::string> kMixed = {
    Source("tests/importers/acled/data/sample.csv"),              // 3 rows
    Source("tests/importers/gdelt/data/sample.export.CSV"),       // 3 rows
    Source("tests/importers/jsonl/data/crawlers.jsonl"),          // 3 articles
    Source("tests/importers/jsonl/data/missing_text.jsonl"),      // 2 articles, line 2 fails
    Source("tests/importers/registry/data/empty.txt"),            // refused
    Source("tests/importers/registry/data/truncated.jsonl.gz"),   // copies of crawlers, then cut off
    Source("tests/importers/registry/data/latin1.txt"),           // decoded, 1 article
};

TEST_F(PipelineTest, MixedInputsFailuresAreNamedAndTheRestIsStored) {
  auto store = Open("db");
  PipelineOptions options;
  auto summary = ImportPaths(*store, kMixed, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->files, 7u);
  EXPECT_EQ(summary->records_new, 6u);
  EXPECT_GE(summary->events, 6u);
  // crawlers (3) + missing_text (2) + latin1 (1); the gzip copies repeat the crawlers' articles.
  EXPECT_EQ(summary->articles_new, 6u);
  EXPECT_GT(summary->articles_existing, 0u);
  // The gzip file is cut inside its third line: that line is a broken item, then the stream's end
  // is reported.
  ASSERT_EQ(summary->failures.size(), 4u);
  EXPECT_EQ(summary->failures[0].path, kMixed[3]);
  EXPECT_NE(summary->failures[0].status.message().find("line 2: field 'text'"), std::string::npos)
      << summary->failures[0].status.message();
  EXPECT_EQ(summary->failures[1].path, kMixed[4]);
  EXPECT_EQ(summary->failures[2].path, kMixed[5]);
  EXPECT_NE(summary->failures[2].status.message().find("line 3: invalid JSON"), std::string::npos)
      << summary->failures[2].status.message();
  EXPECT_EQ(summary->failures[3].path, kMixed[5]);
  EXPECT_NE(summary->failures[3].status.message().find("truncated gzip data"), std::string::npos)
      << summary->failures[3].status.message();

  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 12u);  // 6 provenance records and 6 articles

  // Importing again changes nothing.
  const std::string before = Dump(*store);
  auto again = ImportPaths(*store, kMixed, options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->articles_new, 0u);
  EXPECT_EQ(again->records_new, 0u);
  EXPECT_EQ(again->records_existing, 6u);
  EXPECT_EQ(Dump(*store), before);
}

TEST_F(PipelineTest, ProgressCountsFilesItemsAndBytes) {
  auto store = Open("db");
  PipelineOptions options;
  std::vector<ImportProgress> seen;
  options.progress = [&](const ImportProgress& p) { seen.push_back(p); };
  const std::vector<std::string> paths = {kMixed[0], kMixed[2]};
  auto summary = ImportPaths(*store, paths, options);
  ASSERT_TRUE(summary.ok());
  ASSERT_FALSE(seen.empty());
  const uint64_t total = fs::file_size(paths[0]) + fs::file_size(paths[1]);
  EXPECT_EQ(seen.back().files_done, 2u);
  EXPECT_EQ(seen.back().files_total, 2u);
  EXPECT_EQ(seen.back().items_done, 6u);
  EXPECT_EQ(seen.back().bytes_total, total);
  EXPECT_EQ(seen.back().bytes_done, total);
  EXPECT_EQ(summary->bytes, total);
  for (size_t i = 1; i < seen.size(); ++i) EXPECT_GE(seen[i].items_done, seen[i - 1].items_done);
}

TEST_F(PipelineTest, SameStoreWhateverTheNumberOfThreads) {
  std::vector<std::string> paths = kMixed;
  paths.push_back(Source("examples"));
  const std::string guardian = std::string(EG_SHARED_DIR) + "/data/articles/guardian-ukraine-2022.jsonl";
  if (fs::exists(guardian)) paths.push_back(guardian);
  std::string dumps[2];
  ImportSummary summaries[2];
  const size_t jobs[2] = {1, 3};
  for (int i = 0; i < 2; ++i) {
    auto store = Open("db" + std::to_string(i));
    PipelineOptions options;
    options.jobs = jobs[i];
    auto summary = ImportPaths(*store, paths, options);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    summaries[i] = *summary;
    dumps[i] = Dump(*store);
  }
  EXPECT_EQ(summaries[0].articles_new, summaries[1].articles_new);
  EXPECT_EQ(summaries[0].events, summaries[1].events);
  EXPECT_EQ(summaries[0].failures.size(), summaries[1].failures.size());
  for (size_t i = 0; i < summaries[0].failures.size(); ++i) {
    EXPECT_EQ(summaries[0].failures[i].path, summaries[1].failures[i].path);
    EXPECT_EQ(summaries[0].failures[i].status.message(), summaries[1].failures[i].status.message());
  }
  EXPECT_TRUE(dumps[0] == dumps[1]) << "the stores differ";
}

TEST_F(PipelineTest, UnknownFormatIsAnError) {
  auto store = Open("db");
  PipelineOptions options;
  options.format = "nonsense";
  EXPECT_FALSE(ImportPaths(*store, {kMixed[0]}, options).ok());
}

TEST_F(PipelineTest, ForcedFormatAppliesToEveryInput) {
  auto store = Open("db");
  PipelineOptions options;
  options.format = "gdelt";
  auto summary = ImportPaths(*store, {kMixed[0]}, options);  // an ACLED file read as GDELT
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->records_new, 0u);
  EXPECT_FALSE(summary->failures.empty());
}

}  // namespace
}  // namespace eg
