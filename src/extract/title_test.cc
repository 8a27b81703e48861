#include "extract/title.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

struct TitleCase {
  const char* title;
  std::vector<std::string> sites;
  const char* url;
  const char* want;
};

TEST(StripSiteNameTest, Suffixes) {
  const TitleCase cases[] = {
      {"Tucker Carlson Is Entering Streaming | Observer", {}, "https://observer.com/2023/12/x/",
       "Tucker Carlson Is Entering Streaming"},
      {"Florida State has sued the ACC | AP News", {"AP News"}, "https://apnews.com/article/x",
       "Florida State has sued the ACC"},
      {"Florida State has sued the ACC | AP News", {}, "https://apnews.com/article/x",
       "Florida State has sued the ACC"},
      {"BBC News - Storm hits coast", {"BBC News"}, "https://www.bbc.co.uk/news/x",
       "Storm hits coast"},
      {"Storm hits coast - Weather - The New York Times", {"The New York Times"},
       "https://www.nytimes.com/x", "Storm hits coast - Weather"},
      {"Storm hits coast – Le Monde.fr", {"Le Monde"}, "https://www.lemonde.fr/x",
       "Storm hits coast"},
      {"Taylor Swift - the year in review", {"Observer"}, "https://observer.com/x",
       "Taylor Swift - the year in review"},
      {"  Spaces \n everywhere  ", {}, "", "Spaces everywhere"},
      {"Observer", {"Observer"}, "https://observer.com/x", "Observer"},
      {"Bidenomics Defined: What Every Voter Should Know", {"The Heritage Foundation"},
       "https://www.heritage.org/x", "Bidenomics Defined: What Every Voter Should Know"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(StripSiteName(c.title, c.sites, c.url), c.want) << c.title;
  }
}

TEST(IsSiteNameTest, SiteNamesAndHostLabels) {
  EXPECT_TRUE(IsSiteName("Observer", {}, "https://observer.com/x"));
  EXPECT_TRUE(IsSiteName("Disfunctions.de", {}, "https://disfunctions.de/tutorials/x"));
  EXPECT_TRUE(IsSiteName("AP News", {"AP News"}, ""));
  EXPECT_FALSE(IsSiteName("Storm hits coast", {"AP News"}, "https://apnews.com/x"));
  EXPECT_FALSE(IsSiteName("Deep page | Deep", {"Deep"}, "https://deep.example.com/x"));
}

TEST(SameTitleTest, IgnoresCaseAndPunctuation) {
  EXPECT_TRUE(SameTitle("Taylor Swift’s new romance", "taylor swift's  new romance"));
  EXPECT_TRUE(SameTitle("‘The Voice:’ Ruby Leigh", "The Voice: Ruby Leigh"));
  EXPECT_FALSE(SameTitle("Storm hits coast", "Storm hits coasts"));
}

TEST(IsEndSegmentsTest, LeadingOrTrailingRuns) {
  const char* title = "Storm Hits Coast - Science - The New York Times";
  EXPECT_TRUE(IsEndSegments(title, "Storm Hits Coast"));
  EXPECT_TRUE(IsEndSegments(title, "storm hits coast - science"));
  EXPECT_TRUE(IsEndSegments(title, "The New York Times"));
  EXPECT_FALSE(IsEndSegments(title, "Science"));
  EXPECT_FALSE(IsEndSegments(title, "Storm Hits"));
  EXPECT_FALSE(IsEndSegments("No separators here", "No separators here"));
}

TEST(TitleContainsTest, WholeWordsOnly) {
  EXPECT_TRUE(TitleContains("Storm hits coast | Site", "Storm hits coast"));
  EXPECT_FALSE(TitleContains("Storm hits coastline", "Storm hits coast"));
  EXPECT_FALSE(TitleContains("anything", ""));
}

}  // namespace
}  // namespace lede
