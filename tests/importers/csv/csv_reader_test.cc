#include "importers/csv/csv_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "importers/csv/countries.h"
#include "importers/csv/fields.h"

namespace eg {
namespace {

using Records = std::vector<std::vector<std::string>>;

Result<Records> ReadAll(const std::string& text, CsvOptions options = {}) {
  std::istringstream in(text);
  CsvReader reader(in, options);
  Records out;
  std::vector<std::string> fields;
  while (true) {
    EG_ASSIGN_OR_RETURN(const bool more, reader.Next(fields));
    if (!more) return out;
    out.push_back(fields);
  }
}

TEST(CsvReaderTest, QuotedFieldsHoldDelimitersLineBreaksAndEscapedQuotes) {
  auto r = ReadAll("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",\"\"\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0], (std::vector<std::string>{"a", "b, with comma", "say \"hi\""}));
  EXPECT_EQ((*r)[1], (std::vector<std::string>{"1", "two\nlines", ""}));
}

TEST(CsvReaderTest, EmptyFieldsLastRecordWithoutNewlineAndBlankLines) {
  auto r = ReadAll("x,,z\n\n\r\n,\nlast,one");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0], (std::vector<std::string>{"x", "", "z"}));
  EXPECT_EQ((*r)[1], (std::vector<std::string>{"", ""}));
  EXPECT_EQ((*r)[2], (std::vector<std::string>{"last", "one"}));
}

TEST(CsvReaderTest, LinesAndRecordNumbersFollowQuotedLineBreaks) {
  std::istringstream in("h1,h2\n\"a\nb\",c\n\nd,e\n");
  CsvReader reader(in);
  std::vector<std::string> f;
  ASSERT_TRUE(*reader.Next(f));
  EXPECT_EQ(reader.line(), 1u);
  ASSERT_TRUE(*reader.Next(f));
  EXPECT_EQ(reader.line(), 2u);
  ASSERT_TRUE(*reader.Next(f));
  EXPECT_EQ(reader.line(), 5u);  // after the two-line record and a blank line
  EXPECT_EQ(reader.record(), 3u);
  EXPECT_FALSE(*reader.Next(f));
}

TEST(CsvReaderTest, TabSeparatedWithoutQuotingKeepsQuotes) {
  auto r = ReadAll("1\t\"quoted\" text\t\n", {.delimiter = '\t', .quoting = false});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0], (std::vector<std::string>{"1", "\"quoted\" text", ""}));
}

TEST(CsvReaderTest, UnclosedQuoteAndOverlongRecordsFail) {
  auto open = ReadAll("a,b\n1,\"never closed\n2,3\n");
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.status().message().find("line 2: a quoted field is not closed"), std::string::npos)
      << open.status().message();
  auto huge = ReadAll("\"" + std::string(100, 'x') + "\"\n", {.max_record_bytes = 50});
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("longer than 50 bytes"), std::string::npos);
}

TEST(FieldsTest, NumbersAndCoordinates) {
  EXPECT_EQ(ParseDecimal(" 48.6543 "), 48.6543);
  EXPECT_EQ(ParseDecimal("-37.8167"), -37.8167);
  EXPECT_FALSE(ParseDecimal("48.6x").has_value());
  EXPECT_FALSE(ParseDecimal("").has_value());
  EXPECT_FALSE(ParseLatitude("91").has_value());
  EXPECT_EQ(ParseLongitude("-180"), -180.0);
  EXPECT_EQ(ParseInteger("0042"), 42);
  EXPECT_FALSE(ParseInteger("4.2").has_value());
  EXPECT_EQ(TitleCase("NEW YORK"), "New York");
  EXPECT_EQ(TitleCase("D'IVOIRE"), "D'ivoire");
}

TEST(CountriesTest, IsoCodesAndNames) {
  if (!CountryTableLoaded()) GTEST_SKIP() << "iso-codes is not installed";
  ASSERT_NE(CountryByAlpha3("UKR"), nullptr);
  EXPECT_EQ(CountryByAlpha3("ukr")->alpha2, "UA");
  EXPECT_EQ(CountryByNumeric("804")->alpha2, "UA");
  EXPECT_EQ(CountryByNumeric("004")->alpha2, "AF");
  EXPECT_EQ(CountryByName("Russian Federation")->alpha2, "RU");
  EXPECT_EQ(CountryByName("russia")->name, "Russia");
  EXPECT_EQ(CountryByName("Iran")->alpha2, "IR");
  EXPECT_EQ(CountryByName("Turkey")->alpha2, "TR");
  EXPECT_EQ(CountryByName("United States")->alpha2, "US");
  EXPECT_EQ(CountryByAlpha3("AFR"), nullptr);  // CAMEO's "Africa" is a region
  EXPECT_EQ(CountryByName("Kyiv"), nullptr);
}

}  // namespace
}  // namespace eg
