#include "knowledge/outlet_home.h"

#include <gtest/gtest.h>

#include "lede/analysis.h"

namespace lede {
namespace {

TEST(OutletHomeTest, SharesNeedEnoughPlaces) {
  OutletHome home;
  home.Add("US.TN", 2);
  EXPECT_EQ(home.Share("US.TN"), 0);  // 2 < kMinPlaces
  home.Add("US.KY", 2);
  EXPECT_FLOAT_EQ(home.Share("US.TN"), 0.5f);
  EXPECT_FLOAT_EQ(home.Share("US.KY"), 0.5f);
  EXPECT_EQ(home.Share("FR.11"), 0);
  EXPECT_FLOAT_EQ(home.total(), 4);
}

// An outlet's home less one of its articles' places: leave-one-out.
TEST(OutletHomeTest, MergeAddsAndTakesAway) {
  OutletHome outlet, article;
  outlet.Add("US.TN", 5);
  outlet.Add("US.KY", 1);
  article.Add("US.KY", 1);
  article.Add("US.TN", 1);
  outlet.Merge(article, -1);
  EXPECT_FLOAT_EQ(outlet.total(), 4);
  EXPECT_FLOAT_EQ(outlet.Share("US.TN"), 1.0f);
  EXPECT_EQ(outlet.counts().count("US.KY"), 0u);
  outlet.Merge(article, 1);
  EXPECT_FLOAT_EQ(outlet.Share("US.KY"), 1.0f / 6);
}

// One count per town or county with a state; states, countries and places without
// a first-level division are left out, as the geocoder's home leaves them; two entities
// at one place count once.
TEST(OutletHomeTest, PlacesOfAnAnalysisAreItsTownsAndCounties) {
  Analysis analysis;
  analysis.places = {{1, "Berea", "US", "US.KY", 0, 0, 4285268, "city"},
                     {2, "Madison County", "US", "US.KY", 0, 0, 4298394, "admin2"},
                     {3, "Kentucky", "US", "US.KY", 0, 0, 6254925, "admin1"},
                     {4, "Canada", "CA", "", 0, 0, 6251999, "country"},
                     {5, "Paris", "US", "US.TN", 0, 0, 4646571, "city"},
                     {6, "Nowhere", "XX", "", 0, 0, 1, "city"},
                     {7, "Berea", "US", "US.KY", 0, 0, 4285268, "city"}};
  const OutletHome home = PlacesOfAnalysis(analysis);
  EXPECT_FLOAT_EQ(home.total(), 3);
  EXPECT_EQ(home.counts(), (std::map<std::string, float, std::less<>>{{"US.KY", 2}, {"US.TN", 1}}));
}

}  // namespace
}  // namespace lede
