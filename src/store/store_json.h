// The JSON forms of what the store returns, shared by the `lede` store commands
// and the Python module.
#ifndef LEDE_STORE_STORE_JSON_H_
#define LEDE_STORE_STORE_JSON_H_

#include <nlohmann/json.hpp>

#include "lede/store.h"

namespace lede {

// A stored article: the output contract's fields (extract/article_json.h) plus
// id, source, duplicate_of (null for first copies) and ingested_at.
nlohmann::json StoredToJson(const StoredArticle& stored);

// {id, title, url, published, source, snippet, score}.
nlohmann::json SearchHitToJson(const SearchHit& hit);

// {articles, near_duplicates, sources, entities, quotes, events, schema_version}.
nlohmann::json StoreStatsToJson(const StoreStats& stats);

}  // namespace lede

#endif  // LEDE_STORE_STORE_JSON_H_
