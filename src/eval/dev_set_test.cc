#include "eval/dev_set.h"

#include <gtest/gtest.h>

#include "eval/html_text.h"
#include "eval/testing.h"

namespace lede::eval {
namespace {

using testing::DataDir;

struct Expected {
  const char* name;
  size_t pages;  // as each folder's README states
  BodyMetric metric;
};

TEST(DevSet, LoadsEverySetWithTheReadmePageCount) {
  const Expected expected[] = {
      {"scrapinghub-aeb", 109, BodyMetric::kShingleF1},
      {"newspaper4k-naeb", 254, BodyMetric::kShingleF1},
      {"htmldate-eval", 593, BodyMetric::kNone},
      {"readability-pages", 78, BodyMetric::kShingleF1},
      {"trafilatura-eval", 584, BodyMetric::kSnippetF1},
      {"fundus-eval", 50, BodyMetric::kRougeLsum},
      {"fundus-parser-tests", 160, BodyMetric::kShingleF1},
  };
  ASSERT_EQ(DevSetNames().size(), std::size(expected));
  for (const Expected& e : expected) {
    SCOPED_TRACE(e.name);
    DevSet set;
    ASSERT_TRUE(LoadDevSet(DataDir(), e.name, &set).ok());
    EXPECT_EQ(set.pages.size(), e.pages);
    EXPECT_EQ(set.body_metric, e.metric);
    for (const GoldPage& page : set.pages) {
      EXPECT_FALSE(page.id.empty());
      EXPECT_FALSE(page.path.empty());
    }
  }
}

// trafilatura-eval/README.md: "1737 `with` and 1752 `without` snippets; non-empty
// gold date on 421 pages, title on 493, author on 320".
TEST(DevSet, TrafilaturaGoldCountsMatchReadme) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "trafilatura-eval", &set).ok());
  size_t with = 0, without = 0, dates = 0, titles = 0, authors = 0;
  for (const GoldPage& p : set.pages) {
    with += p.with.size();
    without += p.without.size();
    dates += p.date.has_value();
    titles += p.title.has_value();
    authors += p.authors.has_value();
  }
  EXPECT_EQ(with, 1737u);
  EXPECT_EQ(without, 1752u);
  EXPECT_EQ(dates, 421u);
  EXPECT_EQ(titles, 493u);
  EXPECT_EQ(authors, 320u);
}

TEST(DevSet, ReadabilityGoldIsTheTextOfExpectedHtml) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "readability-pages", &set).ok());
  const GoldPage& first = set.pages.front();
  EXPECT_EQ(first.id, "001");
  EXPECT_EQ(first.body.find("<p>"), std::string::npos);
  EXPECT_NE(first.body.find("(2) Google \"<noun>.js\""), std::string::npos);  // entities decoded
  EXPECT_NE(first.body.find("\n\n"), std::string::npos);
  EXPECT_EQ(first.title, "Get your Frontend JavaScript Code Covered | Code");
  EXPECT_EQ(first.authors, std::vector<std::string>{"Nicolas Perriault"});
}

TEST(DevSet, UnknownNameAndMissingFolderAreErrors) {
  DevSet set;
  EXPECT_EQ(LoadDevSet(DataDir(), "no-such-set", &set).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(LoadDevSet("/nonexistent", "scrapinghub-aeb", &set).code(), Status::Code::kNotFound);
}

TEST(HtmlFragmentText, BlocksBecomeParagraphsInlineElementsJoin) {
  EXPECT_EQ(HtmlFragmentText("<div><p>Hello <b>wor</b>ld &amp; more</p>tail<ul><li>one</li>"
                             "<li>two</li></ul><script>x()</script></div>"),
            "Hello world & more\n\ntail\n\none\n\ntwo");
  EXPECT_EQ(HtmlFragmentText(""), "");
}

}  // namespace
}  // namespace lede::eval
