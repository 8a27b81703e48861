// StoreReader::Map: geocoded places with the number of matching articles that
// mention them. Without a query or dates the per-entity counts (entity_counts)
// answer at once; otherwise the matches are counted like Search's.
#include "store/store_reader.h"

namespace lede {
namespace {

constexpr const char* kPlaceColumns =
    "SELECT l.entity_id, e.name, l.country, l.admin1, l.lat, l.lon, l.geonames_id, l.kind, ";

MapPlace ReadPlace(const sqlite::Statement& row) {
  return {row.Int(0), row.Text(1),
          PlaceInfo{row.Text(2), row.Text(3), row.Double(4), row.Double(5), row.Int(6), row.Text(7)},
          static_cast<uint64_t>(row.Int(8))};
}

}  // namespace

Status SqliteReader::Map(const MapRequest& request, std::vector<MapPlace>* places) {
  places->clear();
  ArticleSearch search;
  search.query = request.query;
  search.from = request.from;
  search.to = request.to;
  Status s = CheckPage(request.page, options_.max_map_places);
  if (s.ok()) s = CheckSearch(search);
  if (!s.ok()) return s;
  const bool everything = request.query.empty() && request.from.empty() && request.to.empty();
  std::string sql =
      everything ? std::string(kPlaceColumns) +
                       "c.articles AS n FROM locations l JOIN entities e ON e.id = l.entity_id"
                       " JOIN entity_counts c ON c.entity_id = l.entity_id WHERE l.lat IS NOT NULL AND n > 0"
                 : std::string(kPlaceColumns) +
                       "count(*) AS n FROM temp.matches m CROSS JOIN article_entities ae ON ae.article_id = m.id"
                       " CROSS JOIN locations l ON l.entity_id = ae.entity_id JOIN entities e ON e.id = l.entity_id"
                       " WHERE l.lat IS NOT NULL GROUP BY l.entity_id";
  return InSnapshot([&](sqlite::Database* db) {
    bool ranked = false;
    Status s = everything ? Status::OK() : FillMatches(db, search, &ranked);
    if (!s.ok()) return s;
    return ForEachRow(db, sql + " ORDER BY n DESC, l.entity_id LIMIT ? OFFSET ?", WithPage({}, request.page),
                      [places](const sqlite::Statement& row) { places->push_back(ReadPlace(row)); });
  });
}

}  // namespace lede
