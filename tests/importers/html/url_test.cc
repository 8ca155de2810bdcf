#include "importers/html/url.h"

#include <gtest/gtest.h>

namespace eg {
namespace {

TEST(NormalizeArticleUrlTest, DropsWhatDoesNotNameTheStory) {
  EXPECT_EQ(
      NormalizeArticleUrl(
          " HTTPS://WWW.BBC.co.uk:443/news/world-60719123?at_medium=RSS&at_campaign=KARANGA "),
      "https://www.bbc.co.uk/news/world-60719123");
  EXPECT_EQ(NormalizeArticleUrl("http://example.com:80/a/?id=7&utm_source=x&page=2#comments"),
            "http://example.com/a?id=7&page=2");
  EXPECT_EQ(NormalizeArticleUrl("https://example.com/Path/Case"), "https://example.com/Path/Case");
  EXPECT_EQ(NormalizeArticleUrl("https://example.com:8443/a"), "https://example.com:8443/a");
}

TEST(NormalizeArticleUrlTest, LeavesNonUrlsAlone) {
  EXPECT_EQ(NormalizeArticleUrl("  urn:uuid:1234 "), "urn:uuid:1234");
  EXPECT_EQ(NormalizeArticleUrl(""), "");
}

}  // namespace
}  // namespace eg
