#include "eval/geo_score.h"

#include <gtest/gtest.h>

namespace lede::eval {
namespace {

// Rabat (34.02, -6.83); Salé is 4 km away, Sale (Victoria, AU) 17,000 km.
constexpr double kRabatLat = 34.02, kRabatLon = -6.83;

TEST(GeoScore, FoundByOverlapResolvedByTheFirstOverlappingPredictionWithin161Km) {
  const struct {
    const char* name;
    std::vector<PredictedPlace> predicted;
    size_t found, resolved;
  } cases[] = {
      {"none", {}, 0, 0},
      {"exact span, near", {{10, 15, 34.05, -6.80}}, 1, 1},
      {"partial overlap counts", {{12, 20, 34.05, -6.80}}, 1, 1},
      {"touching is no overlap", {{15, 20, 34.05, -6.80}}, 0, 0},
      {"far away", {{10, 15, -38.1, 147.06}}, 1, 0},
      {"first overlapping decides", {{10, 15, -38.1, 147.06}, {10, 15, 34.05, -6.80}}, 1, 0},
      {"a non-overlapping one first is skipped", {{0, 5, -38.1, 147.06}, {10, 15, 34.05, -6.80}}, 1, 1},
      {"160 km is within", {{10, 15, kRabatLat + 1.439, kRabatLon}}, 1, 1},
      {"162 km is not", {{10, 15, kRabatLat + 1.457, kRabatLon}}, 1, 0},
  };
  const GoldToponym gold[] = {{10, 15, kRabatLat, kRabatLon}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const GeoCounts counts = ScoreGeoArticle(gold, c.predicted);
    EXPECT_EQ(counts.gold, 1u);
    EXPECT_EQ(counts.found, c.found);
    EXPECT_EQ(counts.resolved, c.resolved);
  }
}

// The id match counts found toponyms whose gold names a GeoNames id; the first
// overlapping prediction must have that id, however near or far its point.
TEST(GeoScore, IdMatchComparesTheFirstOverlappingPredictionsGeonamesId) {
  const struct {
    const char* name;
    int64_t gold_id;
    std::vector<PredictedPlace> predicted;
    size_t found_with_id, same_id;
  } cases[] = {
      {"same id, point moved far", 6251999, {{10, 15, 60.1, -113.6, 0, 6251999}}, 1, 1},
      {"namesake within 161 km", 2537881, {{10, 15, 34.05, -6.80, 0, 6547285}}, 1, 0},
      {"first overlapping decides",
       2537881,
       {{10, 15, 34.05, -6.80, 0, 6547285}, {10, 15, 34.03, -6.82, 1, 2537881}},
       1,
       0},
      {"gold without id", 0, {{10, 15, 34.05, -6.80, 0, 2537881}}, 0, 0},
      {"missed", 2537881, {{20, 25, 34.05, -6.80, 0, 2537881}}, 0, 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const GoldToponym gold[] = {{10, 15, kRabatLat, kRabatLon, c.gold_id}};
    const GeoCounts counts = ScoreGeoArticle(gold, c.predicted);
    EXPECT_EQ(counts.found_with_id, c.found_with_id);
    EXPECT_EQ(counts.same_id, c.same_id);
  }
}

TEST(GeoScore, RatiosOverGoldAndFound) {
  GeoCounts total;
  total.Add({1, 4, 2, 1, 2, 1});
  total.Add({1, 6, 3, 3, 2, 2});
  EXPECT_EQ(total.articles, 2u);
  EXPECT_DOUBLE_EQ(total.id_match(), 0.75);
  EXPECT_EQ(GeoCounts().id_match(), 0);
  EXPECT_DOUBLE_EQ(total.recall(), 0.5);
  EXPECT_DOUBLE_EQ(total.accuracy(), 0.8);
  EXPECT_DOUBLE_EQ(total.end_to_end(), 0.4);
  EXPECT_EQ(GeoCounts().recall(), 0);
}

}  // namespace
}  // namespace lede::eval
