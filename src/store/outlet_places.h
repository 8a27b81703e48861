// Where outlets are, in the store (table outlet_places, docs/schema.md): for each
// source host and first-level division, the towns and counties its analysed
// articles name there, counted as knowledge/outlet_home.h counts one article's
// (PlacesOfAnalysis) and added in the transaction that stores the article, so an
// interrupted ingest resumed ends with the counts of an uninterrupted one.
#ifndef LEDE_STORE_OUTLET_PLACES_H_
#define LEDE_STORE_OUTLET_PLACES_H_

#include <string>

#include "lede/analysis.h"
#include "lede/status.h"
#include "lede/store.h"
#include "store/sqlite.h"

namespace lede {

class OutletPlacesWriter {
 public:
  Status Prepare(sqlite::Database* db);
  // Adds the towns and counties of `analysis` to the counts of `host`; nothing
  // for an empty host (an article read from a file has no outlet). Call inside
  // the transaction that stores the article.
  Status Add(const std::string& host, const Analysis& analysis);

 private:
  sqlite::Statement upsert_;
};

// Replaces *places with every host's counts.
Status ReadOutletPlaces(sqlite::Database* db, OutletPlaceCounts* places);

}  // namespace lede

#endif  // LEDE_STORE_OUTLET_PLACES_H_
