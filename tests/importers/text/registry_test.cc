#include "importers/registry.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace eg {
namespace {

namespace fs = std::filesystem;

TEST(ImporterRegistryTest, ListsTextAndFindsByName) {
  ASSERT_FALSE(Importers().empty());
  const Importer* text = FindImporter("text");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->Name(), "text");
  EXPECT_EQ(FindImporter("TEXT"), text);
  EXPECT_EQ(FindImporter("no-such-format"), nullptr);
  EXPECT_EQ(FindImporter(""), nullptr);
  // Names are unique, so --format NAME is never ambiguous.
  for (size_t i = 0; i < Importers().size(); ++i) {
    for (size_t j = i + 1; j < Importers().size(); ++j) {
      EXPECT_NE(Importers()[i]->Name(), Importers()[j]->Name());
    }
  }
}

TEST(ImporterRegistryTest, DetectFallsBackToTextAndRejectsBinary) {
  const Importer* detected = DetectImporter("notes.txt", "A title\n\nSome prose in a file.\n");
  ASSERT_NE(detected, nullptr);
  EXPECT_EQ(detected->Name(), "text");
  EXPECT_EQ(DetectImporter("blob.bin", std::string_view("\x7f" "ELF\x02\x01\x01\0\0\0", 10)),
            nullptr);
}

// One visit: the path and either the content or the error message.
struct Visited {
  std::string path;
  bool ok;
  std::string content_or_error;
};

std::vector<Visited> Walk(const std::vector<std::string>& paths) {
  std::vector<Visited> out;
  ForEachInput(paths, [&](const std::string& path, Result<std::string> content) {
    out.push_back({path, content.ok(),
                   content.ok() ? std::move(content).value() : content.status().message()});
  });
  return out;
}

class ForEachInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("eg_registry_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(root_, ec);
  }
  // Writes `content` to root_/rel, creating directories on the way; returns the full path.
  std::string Write(const std::string& rel, const std::string& content) {
    const fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string Path(const std::string& rel) const { return (root_ / rel).string(); }

  fs::path root_;
};

TEST_F(ForEachInputTest, WalksRecursivelyInNameOrderSkippingHidden) {
  Write("b.txt", "b");
  Write("a.txt", "a");
  Write("9.txt", "9");
  Write("10.txt", "10");
  Write(".hidden.txt", "hidden");
  Write(".git/config", "hidden dir");
  Write("sub/c.txt", "c");
  Write("sub/z/d.txt", "d");
  Write("sub/.cache/e.txt", "hidden dir in a subdirectory");
  fs::create_directories(root_ / "sub2");

  const std::vector<Visited> visits = Walk({root_.string()});
  // Byte order of names, per directory: digits before letters, "10" before "9"; a directory's
  // files come where its name sorts.
  const std::vector<std::pair<std::string, std::string>> expected = {
      {Path("10.txt"), "10"}, {Path("9.txt"), "9"},         {Path("a.txt"), "a"},
      {Path("b.txt"), "b"},   {Path("sub/c.txt"), "c"}, {Path("sub/z/d.txt"), "d"},
  };
  ASSERT_EQ(visits.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(visits[i].path, expected[i].first);
    EXPECT_TRUE(visits[i].ok) << visits[i].content_or_error;
    EXPECT_EQ(visits[i].content_or_error, expected[i].second);
  }
}

TEST_F(ForEachInputTest, ExplicitPathsKeepTheirOrderAndHiddenFilesNamedAreRead) {
  const std::string hidden = Write(".named.txt", "named");
  const std::string dir_file = Write("dir/x.txt", "x");
  const std::string plain = Write("plain.txt", "plain");
  const std::vector<Visited> visits = Walk({plain, Path("dir"), hidden});
  ASSERT_EQ(visits.size(), 3u);
  EXPECT_EQ(visits[0].path, plain);
  EXPECT_EQ(visits[1].path, dir_file);
  EXPECT_EQ(visits[2].path, hidden);
  EXPECT_EQ(visits[2].content_or_error, "named");
}

TEST_F(ForEachInputTest, MissingPathIsReportedWithTheReason) {
  const std::string missing = Path("does-not-exist.txt");
  const std::vector<Visited> visits = Walk({missing, Write("ok.txt", "ok")});
  ASSERT_EQ(visits.size(), 2u);
  EXPECT_EQ(visits[0].path, missing);
  EXPECT_FALSE(visits[0].ok);
  EXPECT_EQ(visits[0].content_or_error, missing + ": " + std::strerror(ENOENT));
  // A failure does not stop the inputs after it.
  EXPECT_TRUE(visits[1].ok);
}

TEST_F(ForEachInputTest, DanglingLinkInADirectoryIsReported) {
  Write("a.txt", "a");
  fs::create_symlink(root_ / "gone.txt", root_ / "link.txt");
  const std::vector<Visited> visits = Walk({root_.string()});
  ASSERT_EQ(visits.size(), 2u);
  EXPECT_TRUE(visits[0].ok);
  EXPECT_EQ(visits[1].path, Path("link.txt"));
  EXPECT_FALSE(visits[1].ok);
  EXPECT_EQ(visits[1].content_or_error, Path("link.txt") + ": " + std::strerror(ENOENT));
}

TEST_F(ForEachInputTest, PathThroughAFileIsReported) {
  const std::string through = Write("a.txt", "a") + "/b.txt";
  const std::vector<Visited> visits = Walk({through});
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_FALSE(visits[0].ok);
  EXPECT_EQ(visits[0].content_or_error, through + ": " + std::strerror(ENOTDIR));
}

TEST_F(ForEachInputTest, UnreadableFileIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their permissions";
  const std::string secret = Write("secret.txt", "secret");
  fs::permissions(secret, fs::perms::none);
  const std::vector<Visited> visits = Walk({root_.string()});
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_FALSE(visits[0].ok);
  EXPECT_EQ(visits[0].content_or_error, secret + ": " + std::strerror(EACCES));
}

TEST_F(ForEachInputTest, LinkBackToAnAncestorDoesNotLoop) {
  Write("sub/a.txt", "a");
  fs::create_directory_symlink(root_, root_ / "sub" / "up");
  const std::vector<Visited> visits = Walk({root_.string()});
  // root/sub/a.txt, then root/sub/up is root itself, already being walked.
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].path, Path("sub/a.txt"));
}

TEST_F(ForEachInputTest, DashReadsStandardInput) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string text = "from a pipe\n";
  ASSERT_EQ(::write(fds[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
  ::close(fds[1]);
  const int saved = ::dup(STDIN_FILENO);
  ASSERT_GE(saved, 0);
  ASSERT_EQ(::dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
  ::close(fds[0]);
  const std::vector<Visited> visits = Walk({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].path, "-");
  EXPECT_TRUE(visits[0].ok);
  EXPECT_EQ(visits[0].content_or_error, text);
}

}  // namespace
}  // namespace eg
