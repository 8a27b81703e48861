#include "eval/geo_score.h"

#include <algorithm>

#include "knowledge/geocoder.h"

namespace lede::eval {

void GeoCounts::Add(const GeoCounts& other) {
  articles += other.articles;
  gold += other.gold;
  found += other.found;
  resolved += other.resolved;
  found_with_id += other.found_with_id;
  same_id += other.same_id;
}

GeoCounts ScoreGeoArticle(std::span<const GoldToponym> gold,
                          std::span<const PredictedPlace> predicted,
                          std::vector<GeoError>* errors) {
  GeoCounts counts;
  counts.articles = 1;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldToponym& g = gold[i];
    ++counts.gold;
    const auto first = std::find_if(predicted.begin(), predicted.end(), [&](const PredictedPlace& p) {
      return p.start < g.end && g.start < p.end;
    });
    GeoError error{i, -1, 0};
    if (first != predicted.end()) {
      ++counts.found;
      error.predicted = first - predicted.begin();
      error.distance_km = DistanceKm(g.lat, g.lon, first->lat, first->lon);
      if (g.geonames_id != 0) {
        ++counts.found_with_id;
        if (first->geonames_id == g.geonames_id) ++counts.same_id;
      }
      if (error.distance_km <= kGeoToleranceKm) {
        ++counts.resolved;
        continue;
      }
    }
    if (errors != nullptr) errors->push_back(error);
  }
  return counts;
}

}  // namespace lede::eval
