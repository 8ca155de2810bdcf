// The input layer: streams, gzip, standard input, charsets, and format detection.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "importers/registry.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

std::string Fixture(const std::string& name) {
  return std::string(EG_SOURCE_DIR) + "/tests/importers/registry/data/" + name;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string ReadAll(InputStream& input) {
  std::istream& in = input.stream();
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(InputTest, Latin1TextIsDecodedAsWindows1252) {
  auto input = OpenInput(Fixture("latin1.txt"));
  ASSERT_TRUE(input.ok()) << input.status().ToString();
  EXPECT_EQ((*input)->charset(), "windows-1252");
  // 0xE9 is é; 0x93 and 0x94, control codes in latin-1, are curly quotes in windows-1252.
  EXPECT_EQ(ReadAll(**input), "Title\n\nCaf\xC3\xA9 owners met in Paris on Monday, \xE2\x80\x9Cquietly\xE2\x80\x9D.\n");
  EXPECT_TRUE((*input)->status().ok());
}

TEST(InputTest, DeclaredCharsetIsUsed) {
  auto input = OpenInput(Fixture("declared_latin2.html"));
  ASSERT_TRUE(input.ok());
  EXPECT_EQ((*input)->charset(), "iso-8859-2");
  const std::string text = ReadAll(**input);
  // ISO 8859-2: F1 is ń, A3 Ł, F3 ó, BC ź.
  EXPECT_NE(text.find("Gda\xC5\x84sk and \xC5\x81\xC3\xB3\x64\xC5\xBA."), std::string::npos) << text;
  EXPECT_EQ((*input)->head(), text);
}

TEST(InputTest, Utf16WithByteOrderMarkIsDecoded) {
  auto input = OpenInput(Fixture("utf16_bom.txt"));
  ASSERT_TRUE(input.ok());
  EXPECT_EQ(ReadAll(**input), "Title\n\nKyiv \xE2\x80\x93 talks.\n");
}

TEST(InputTest, Utf8PassesThroughUnchanged) {
  auto input = OpenInput(Fixture("utf8.jsonl"));
  ASSERT_TRUE(input.ok());
  EXPECT_EQ((*input)->charset(), "UTF-8");
  EXPECT_EQ(ReadAll(**input), Slurp(Fixture("utf8.jsonl")));
}

TEST(InputTest, CharacterCutByTheHeadBoundaryIsStillUtf8) {
  const fs::path path = fs::temp_directory_path() / ("eg_input_boundary_" + std::to_string(::getpid()));
  // "é" (2 bytes) starts at the last byte of the 64 KiB head.
  std::string text(kSniffHeadSize - 1, 'a');
  text += "\xC3\xA9 and more";
  std::ofstream(path, std::ios::binary) << text;
  auto input = OpenInput(path.string());
  ASSERT_TRUE(input.ok());
  EXPECT_EQ((*input)->charset(), "UTF-8");
  EXPECT_EQ(ReadAll(**input), text);
  fs::remove(path);
}

TEST(InputTest, GzipIsDecompressedAndItsNameLosesTheSuffix) {
  auto input = OpenInput(Fixture("crawlers.jsonl.gz"));
  ASSERT_TRUE(input.ok());
  EXPECT_TRUE((*input)->compressed());
  EXPECT_EQ((*input)->SniffPath(), Fixture("crawlers.jsonl"));
  EXPECT_EQ(ReadAll(**input), Slurp(std::string(EG_SOURCE_DIR) + "/tests/importers/jsonl/data/crawlers.jsonl"));
  EXPECT_TRUE((*input)->status().ok());
  EXPECT_EQ((*input)->BytesRead(), fs::file_size(Fixture("crawlers.jsonl.gz")));
}

TEST(InputTest, TruncatedGzipIsAnError) {
  auto input = OpenInput(Fixture("truncated.jsonl.gz"));
  ASSERT_TRUE(input.ok());
  ReadAll(**input);
  EXPECT_FALSE((*input)->status().ok());
  EXPECT_NE((*input)->status().message().find("truncated gzip data"), std::string::npos)
      << (*input)->status().message();
}

TEST(InputTest, EmptyFileOpensEmpty) {
  auto input = OpenInput(Fixture("empty.txt"));
  ASSERT_TRUE(input.ok());
  EXPECT_TRUE((*input)->head().empty());
  EXPECT_TRUE(ReadAll(**input).empty());
  EXPECT_TRUE((*input)->status().ok());
}

TEST(InputTest, MissingFileNamesThePathAndTheReason) {
  const std::string missing = Fixture("no-such-file.txt");
  auto input = OpenInput(missing);
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().message(), missing + ": " + std::strerror(ENOENT));
}

TEST(InputTest, StandardInputMayBeGzip) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string gz = Slurp(Fixture("crawlers.jsonl.gz"));
  ASSERT_EQ(::write(fds[1], gz.data(), gz.size()), static_cast<ssize_t>(gz.size()));
  ::close(fds[1]);
  const int saved = ::dup(STDIN_FILENO);
  ASSERT_EQ(::dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
  ::close(fds[0]);
  auto input = OpenInput("-");
  std::string text;
  if (input.ok()) text = ReadAll(**input);
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(input.ok());
  EXPECT_EQ((*input)->path(), "-");
  EXPECT_EQ(text, Slurp(std::string(EG_SOURCE_DIR) + "/tests/importers/jsonl/data/crawlers.jsonl"));
}

TEST(InputTest, ExpandInputsKnowsSizes) {
  const auto entries = ExpandInputs({Fixture(""), "-"});
  ASSERT_GE(entries.size(), 3u);
  EXPECT_EQ(entries.back().path, "-");
  EXPECT_FALSE(entries.back().size.has_value());
  for (size_t i = 0; i + 1 < entries.size(); ++i) {
    ASSERT_TRUE(entries[i].error.ok()) << entries[i].error.ToString();
    EXPECT_EQ(*entries[i].size, fs::file_size(entries[i].path)) << entries[i].path;
  }
}

TEST(CharsetTest, DeclarationsAndDecoding) {
  EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>"), "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset='windows-1251'>"), "windows-1251");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"), "koi8-r");
  EXPECT_EQ(DeclaredCharset("plain text that mentions charset=utf-8"), "");
  auto cyrillic = DecodeToUtf8("\xCA\xE8\xE5\xE2", "windows-1251");
  ASSERT_TRUE(cyrillic.ok());
  EXPECT_EQ(*cyrillic, "\xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2");  // Киев
  EXPECT_FALSE(DecodeToUtf8("x", "no-such-charset").ok());
}

TEST(DetectTest, EachFormatByItsContent) {
  const auto name = [](std::string_view path, std::string_view head) {
    const Importer* i = DetectImporter(path, head);
    return i ? std::string(i->Name()) : std::string("none");
  };
  EXPECT_EQ(name("a.jsonl", "{\"title\": \"x\", \"text\": \"y\"}\n"), "jsonl");
  EXPECT_EQ(name("dump", "{\"title\": \"x\", \"text\": \"y\"}\n"), "jsonl");
  EXPECT_EQ(name("a.csv", "id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type\n"), "acled");
  std::string gdelt = "1247343498\t20250503";
  for (int i = 2; i < 61; ++i) gdelt += "\t";
  EXPECT_EQ(name("20250602.export.CSV", gdelt + "\n"), "gdelt");
  EXPECT_EQ(name("notes.txt", "A title\n\nSome prose.\n"), "text");
}

}  // namespace
}  // namespace eg
