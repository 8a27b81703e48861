#include "knowledge/counts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

struct Found {
  std::unique_ptr<Document> doc;
  std::vector<Count> counts;
  std::string_view Object(const Count& c) const { return doc->text(c.object); }
};

Found CountsIn(std::string text) {
  Found f;
  f.doc = MakeDocument(std::move(text));
  f.counts = FindCounts(*f.doc);
  return f;
}

struct CountCase {
  const char* text;
  const char* type;
  double number;
  const char* written;
  const char* object;
};

TEST(CountsTest, TypesNumbersAndObjects) {
  const CountCase cases[] = {
      {"Two dozen soldiers were killed on Sunday.", "KILL", 24, "Two dozen", "soldiers"},
      {"Three million people were displaced by the floods.", "DISPLACE", 3e6, "Three million",
       "people"},
      {"Police seized 5 tons of cocaine.", "SEIZE", 5, "5", "tons of cocaine"},
      {"In 2019, 12 protesters were arrested.", "ARREST", 12, "12", "protesters"},
      {"Twenty-five people were injured.", "WOUND", 25, "Twenty-five", "people"},
      {"The company hired 1,200 new workers.", "AMOUNT", 1200, "1,200", "new workers"},
      {"Gunmen kidnapped 30 students from a school.", "KIDNAP", 30, "30", "students"},
  };
  for (const CountCase& c : cases) {
    Found f = CountsIn(c.text);
    ASSERT_EQ(f.counts.size(), 1u) << c.text;
    const Count& count = f.counts[0];
    EXPECT_EQ(count.type, c.type) << c.text;
    EXPECT_DOUBLE_EQ(count.number, c.number) << c.text;
    EXPECT_EQ(f.doc->text(count.span), c.written) << c.text;
    EXPECT_EQ(f.Object(count), c.object) << c.text;
  }
}

TEST(CountsTest, YearsDatesTimesAndPercentagesAreNotCounts) {
  for (const char* text :
       {"It happened in 2019.", "The vote is on May 18.", "We met at 10:30.",
        "Prices rose 5% last year.", "Prices rose 5 percent.", "It was one of the worst days."}) {
    EXPECT_TRUE(CountsIn(text).counts.empty()) << text;
  }
}

TEST(CountsTest, ParsesNumberWords) {
  double v = 0;
  EXPECT_TRUE(ParseNumberWord("1,664", &v));
  EXPECT_EQ(v, 1664);
  EXPECT_TRUE(ParseNumberWord("3.5", &v));
  EXPECT_EQ(v, 3.5);
  EXPECT_TRUE(ParseNumberWord("ninety-nine", &v));
  EXPECT_EQ(v, 99);
  EXPECT_FALSE(ParseNumberWord("1,66", &v));
  EXPECT_FALSE(ParseNumberWord("7/21/2017", &v));
  EXPECT_FALSE(ParseNumberWord("twenty-twenty", &v));
  EXPECT_FALSE(ParseNumberWord("people", &v));
}

// seed-expected.json "counts": type, number, and the object up to any
// parenthesised gloss the analyst added.
TEST(CountsTest, SeedArticleCounts) {
  Found f = CountsIn(SeedText());
  const auto expected = SeedExpected()["counts"];
  for (const auto& e : expected) {
    const std::string object =
        e["object"].get<std::string>().substr(0, e["object"].get<std::string>().find(" ("));
    bool found = false;
    for (const Count& c : f.counts) {
      if (c.number == e["number"].get<double>()) {
        found = true;
        EXPECT_EQ(c.type, e["type"].get<std::string>()) << e;
        EXPECT_EQ(f.Object(c), object) << e;
      }
    }
    EXPECT_TRUE(found) << e;
  }
  ASSERT_EQ(f.counts.size(), 3u);
  EXPECT_EQ(f.counts[2].parent, 1);  // "including 14 women" of the 85 recruits
}

}  // namespace
}  // namespace lede
