#include "store/facet_counter.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "store/query_sql.h"

namespace lede {
namespace {

// Calls on_word for each word of the space-separated `list`.
template <typename OnWord>
void ForEachWord(std::string_view list, OnWord on_word) {
  while (!list.empty()) {
    const size_t end = std::min(list.find(' '), list.size());
    if (end > 0) on_word(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
  }
}

// The `limit` entries of `counts` with the highest counts (ties: the smaller key
// first), in that order.
template <typename Map>
std::vector<const typename Map::value_type*> Top(const Map& counts, uint32_t limit) {
  std::vector<const typename Map::value_type*> entries;
  entries.reserve(counts.size());
  for (const auto& entry : counts) entries.push_back(&entry);
  const size_t kept = std::min<size_t>(limit, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + kept, entries.end(), [](const auto* a, const auto* b) {
    return a->second != b->second ? a->second > b->second : a->first < b->first;
  });
  entries.resize(kept);
  return entries;
}

template <typename Map>
std::vector<ValueCount> TopValues(const Map& counts, uint32_t limit) {
  std::vector<ValueCount> values;
  for (const auto* entry : Top(counts, limit)) values.push_back({entry->first, entry->second});
  return values;
}

// Adds one to `value`'s count in `counts` (a map from std::string with lookups by
// string_view), starting it at 1.
template <typename Map>
void Count(std::string_view value, Map* counts) {
  auto it = counts->find(value);
  if (it == counts->end()) counts->emplace(std::string(value), 1);
  else ++it->second;
}

}  // namespace

void FacetCounter::Add(const sqlite::Statement& row) {
  if (!row.IsNull(0)) Count(row.TextView(0), &sources_);
  if (!row.IsNull(1)) Count(row.TextView(1), &days_);
  if (count_entities_) {
    ForEachWord(row.TextView(2), [this](std::string_view word) {
      int64_t id = 0;
      std::from_chars(word.data(), word.data() + word.size(), id);
      entity_ids_.push_back(id);
    });
  }
  ForEachWord(row.TextView(3), [this](std::string_view theme) { Count(theme, &themes_); });
  ForEachWord(row.TextView(4), [this](std::string_view type) { Count(type, &events_); });
}

void FacetCounter::Finish(uint32_t limit, SearchFacets* facets) {
  facets->sources = TopValues(sources_, limit);
  facets->themes = TopValues(themes_, limit);
  facets->events = TopValues(events_, limit);
  facets->entities.clear();
  std::sort(entity_ids_.begin(), entity_ids_.end());
  std::vector<std::pair<int64_t, uint64_t>> entities;  // id, articles
  for (int64_t id : entity_ids_) {
    if (!entities.empty() && entities.back().first == id) ++entities.back().second;
    else entities.emplace_back(id, 1);
  }
  for (const auto* entry : Top(entities, limit)) facets->entities.push_back({entry->first, "", "", entry->second});
  facets->dates.clear();
  if (days_.empty()) return;
  const size_t bucket = DateBucketLength(days_.begin()->first, days_.rbegin()->first);
  for (const auto& [day, count] : days_) {
    std::string_view date = std::string_view(day).substr(0, bucket);
    if (!facets->dates.empty() && facets->dates.back().value == date) facets->dates.back().count += count;
    else facets->dates.push_back({std::string(date), count});
  }
}

}  // namespace lede
