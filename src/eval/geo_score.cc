#include "eval/geo_score.h"

#include "knowledge/geocoder.h"

namespace lede::eval {

void GeoCounts::Add(const GeoCounts& other) {
  articles += other.articles;
  gold += other.gold;
  found += other.found;
  resolved += other.resolved;
}

GeoCounts ScoreGeoArticle(std::span<const GoldToponym> gold,
                          std::span<const PredictedPlace> predicted) {
  GeoCounts counts;
  counts.articles = 1;
  for (const GoldToponym& g : gold) {
    ++counts.gold;
    for (const PredictedPlace& p : predicted) {
      if (!(p.start < g.end && g.start < p.end)) continue;
      ++counts.found;
      counts.resolved += DistanceKm(g.lat, g.lon, p.lat, p.lon) <= kGeoToleranceKm;
      break;
    }
  }
  return counts;
}

}  // namespace lede::eval
