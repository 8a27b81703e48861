// A search's facets counted from its matches' facet rows (article_facets, schema
// migration 12: per article its source, publication day and the space-separated
// lists of its distinct entity ids, themes and event types), one row per match,
// in hash maps. SQLite's GROUP BY per facet sorted every entity, theme and event
// row of every match (~40 per article on the demo store); this reads one row per
// match and sorts only the distinct values.
#ifndef LEDE_STORE_FACET_COUNTER_H_
#define LEDE_STORE_FACET_COUNTER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lede/query.h"
#include "store/sqlite.h"
#include "util/string_map.h"

namespace lede {

// Not thread-safe; one per search.
class FacetCounter {
 public:
  // count_entities = false skips the entity lists (the caller counts them otherwise).
  explicit FacetCounter(bool count_entities) : count_entities_(count_entities) {}

  // Counts one article. `row`'s columns 0-4 are article_facets' source, day,
  // entities, themes and events.
  void Add(const sqlite::Statement& row);

  // Sets facets->sources, themes, events and entities (ids and counts only, names
  // left empty) to their `limit` most frequent values, count descending, then value
  // (entity id) ascending; facets->dates to the articles per day or month
  // (DateBucketLength of the days' span), in date order. Undated articles and
  // articles without a source are not counted in those facets.
  // Call once, after the last Add.
  void Finish(uint32_t limit, SearchFacets* facets);

 private:
  using Counts = StringMap<uint64_t>;

  const bool count_entities_;
  Counts sources_, themes_, events_;
  std::vector<int64_t> entity_ids_;  // every article's, counted by sorting (no node per entity)
  std::map<std::string, uint64_t, std::less<>> days_;  // YYYY-MM-DD -> articles
};

}  // namespace lede

#endif  // LEDE_STORE_FACET_COUNTER_H_
