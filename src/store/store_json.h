// The JSON forms of what the store returns, shared by the `lede` store commands
// and the Python module.
#ifndef LEDE_STORE_STORE_JSON_H_
#define LEDE_STORE_STORE_JSON_H_

#include <nlohmann/json.hpp>

#include "lede/store.h"

namespace lede {

// A stored article: the output contract's fields (extract/article_json.h), with
// the analysis layers (`lede analyze`'s shape, entity ids the store's) when it was
// analysed, plus id, source, duplicate_of (null for first copies) and ingested_at.
nlohmann::json StoredToJson(const StoredArticle& stored);

// {id, title, url, published, source, snippet, score}; a field the article does
// not have (no title, no date, no source host...) is null, as in every query answer.
nlohmann::json SearchHitToJson(const SearchHit& hit);

// {articles, near_duplicates, sources, analyzed, entities, mentions, quotes,
// counts, events, stories, schema_version}.
nlohmann::json StoreStatsToJson(const StoreStats& stats);

}  // namespace lede

#endif  // LEDE_STORE_STORE_JSON_H_
