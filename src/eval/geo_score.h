// The geoparsing score of ../shared/eval/geo_eval.py: a gold toponym is found when a
// predicted place mention overlaps it, and resolved when the first such prediction's
// point is within 161 km (100 miles) of the gold point.
#ifndef LEDE_EVAL_GEO_SCORE_H_
#define LEDE_EVAL_GEO_SCORE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "eval/geo_gold.h"

namespace lede::eval {

// The radius within which a resolved place counts as right (accuracy@161 km).
inline constexpr double kGeoToleranceKm = 161;

// A mention of a geocoded place: [start, end) in code points, its point, the
// gazetteer place it was resolved to (-1 when unknown) and that place's GeoNames id
// (0 when GeoNames defines none).
struct PredictedPlace {
  size_t start = 0, end = 0;
  double lat = 0, lon = 0;
  int32_t place = -1;
  int64_t geonames_id = 0;
};

// A gold toponym the geoparser missed (no overlapping prediction) or placed wrong
// (the first overlapping prediction over 161 km away), for `lede eval geo --errors`.
struct GeoError {
  size_t gold = 0;            // index into the article's gold toponyms
  int64_t predicted = -1;     // index of the first overlapping prediction; -1 = missed
  double distance_km = 0;     // from the gold point to that prediction's
};

struct GeoCounts {
  size_t articles = 0;
  size_t gold = 0;        // gold toponyms
  size_t found = 0;       // overlapped by a predicted mention
  size_t resolved = 0;    // found, and the first overlapping prediction within 161 km
  size_t found_with_id = 0;  // found, and the gold names its GeoNames id
  size_t same_id = 0;        // of those, the first overlapping prediction has that id

  double recall() const { return gold == 0 ? 0 : double(found) / gold; }
  double accuracy() const { return found == 0 ? 0 : double(resolved) / found; }  // acc@161
  double end_to_end() const { return gold == 0 ? 0 : double(resolved) / gold; }
  // The share of found toponyms with a gold GeoNames id resolved to that very place,
  // whatever the points: a place GeoNames has moved since the set was made (LGL's
  // Canada at 60 N 96 W) counts, a namesake within 161 km does not.
  double id_match() const { return found_with_id == 0 ? 0 : double(same_id) / found_with_id; }
  void Add(const GeoCounts& other);
};

// Scores one article. `predicted` is in output order (locations, then each one's
// mentions), which decides the "first" overlapping prediction. When `errors` is not
// null, each gold toponym missed or placed wrong is appended to it, in gold order.
GeoCounts ScoreGeoArticle(std::span<const GoldToponym> gold,
                          std::span<const PredictedPlace> predicted,
                          std::vector<GeoError>* errors = nullptr);

}  // namespace lede::eval

#endif  // LEDE_EVAL_GEO_SCORE_H_
