// The geoparsing sets in shared/data/geoparsing_news (GeoWebNews, LGL, TR-News,
// GeoVirus), read as ../shared/eval/geo_eval.py reads them.
#ifndef LEDE_EVAL_GEO_GOLD_H_
#define LEDE_EVAL_GEO_GOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lede/status.h"

namespace lede::eval {

// A gold toponym: [start, end) in code points of the article text, its point, and
// the GeoNames id of its place when the set gives one (GeoWebNews' <geonamesID>,
// LGL's and TR-News' <gaztag geonameid>), else 0.
struct GoldToponym {
  size_t start = 0, end = 0;
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;
};

struct GeoArticle {
  std::string text;                   // UTF-8
  std::string url;                    // <url>, <link> or <source>, or empty
  std::vector<GoldToponym> toponyms;  // <toponym> elements first, then <location>s
};

// Reads one set file: each child of the root element is an article with a <text>
// and <toponym> (or <location>) elements holding <start>, <end> and a point
// (<latitude>/<longitude>, <lat>/<lon> or <gaztag><lat>/<lon>). Toponyms with a
// GeoWebNews <type> that is not literal (Metonymic, Demonym, ...) or without a
// point are left out, and so are articles with blank text or no toponym left. The
// article's URL is its <url> (LGL, TR-News), <link> (GeoWebNews) or <source>
// (GeoVirus).
// Appends to *articles. Returns kNotFound / kCorruption naming the file, or
// kCorruption naming the article when an offset or a coordinate is no number.
Status LoadGeoGold(const std::string& path, std::vector<GeoArticle>* articles);

}  // namespace lede::eval

#endif  // LEDE_EVAL_GEO_GOLD_H_
