#include <gtest/gtest.h>

#include "engine/base/ids.h"
#include "engine/base/status.h"
#include "engine/base/utf8.h"

namespace eg {
namespace {

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument(std::to_string(x) + " is odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  EG_ASSIGN_OR_RETURN(int h, Half(x));
  EG_ASSIGN_OR_RETURN(int q, Half(h));
  return q;
}

TEST(Status, CarriesCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status::Ok().ToString(), "OK");
  Status s = Status::Busy("db is in use").WithPrefix("open");
  EXPECT_EQ(s.code(), StatusCode::kBusy);
  EXPECT_EQ(s.ToString(), "Busy: open: db is in use");
  EXPECT_EQ(*Quarter(12), 3);
  EXPECT_EQ(Quarter(6).status().message(), "3 is odd");
}

TEST(Ids, ArticleIdsAreContentHashes) {
  EXPECT_EQ(ArticleId("same text"), ArticleId("same text"));
  EXPECT_NE(ArticleId("same text"), ArticleId("same text."));
  EXPECT_EQ(ArticleId("x").size(), 4u + 16u);
  EXPECT_EQ(Hex64(0xabcULL), "0000000000000abc");
}

TEST(Ids, SlugsAreReadableAndFoldAccents) {
  EXPECT_EQ(Slugify("Kaja Kallas"), "kaja-kallas");
  EXPECT_EQ(Slugify("Yeni \xC5\x9E" "afak"), "yeni-safak");  // Ş
  EXPECT_EQ(Slugify("  EU -- Defence  "), "eu-defence");
  EXPECT_EQ(Slugify("O'Brien"), "obrien");
  EXPECT_EQ(Slugify("Russia\xE2\x80\x99s army"), "russias-army");  // right single quote
  EXPECT_EQ(Slugify("Zelenskyy"), "zelenskyy");
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("\xC5\x9E" "afak \xE2\x80\x94 ok"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("Caf\xE9 au lait"), 3u);           // latin-1 é
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);                // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);            // surrogate
  EXPECT_EQ(FindInvalidUtf8("ab\xE2\x80"), 2u);                // truncated
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);          // above U+10FFFF
}

TEST(Utf8, TellsBinaryFromText) {
  EXPECT_FALSE(LooksBinary("Hello,\n\tworld.\r\n"));
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  std::string noisy(200, 'a');
  for (size_t i = 0; i < noisy.size(); i += 5) noisy[i] = '\x01';
  EXPECT_TRUE(LooksBinary(noisy));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace eg
