// The JSON forms of the read-side results, exactly as docs/api.md gives them:
// `lede serve` answers these objects and the CLI's `--format json` prints them.
// Empty strings (unknown dates, titles, ...) are written as null.
#ifndef LEDE_STORE_QUERY_JSON_H_
#define LEDE_STORE_QUERY_JSON_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/query.h"

namespace lede {

// {"query", "total", "hits": [...], "facets": {...}} (GET /api/search); hits as
// SearchHitToJson (store/store_json.h).
nlohmann::json SearchResultToJson(const std::string& query, const SearchResult& result);
// The text of SearchResultToJson(query, result).dump(-1, ' ', false, replace),
// written without building the value (the server's hot path: util/json_writer.h).
std::string SearchResultJsonText(const std::string& query, const SearchResult& result);

// {"total", "entities": [...]} (GET /api/entities) and one entity's page.
nlohmann::json EntityListToJson(const EntityList& list);
nlohmann::json EntitySummaryToJson(const EntitySummary& entity);
nlohmann::json EntityPageToJson(const EntityPage& page);

// {"total", "quotes": [QUOTE]} (GET /api/quotes) and one QUOTE.
nlohmann::json QuoteListToJson(const QuoteList& list);
nlohmann::json QuoteToJson(const QuoteRecord& quote);

// {"total", "events": [...]} (GET /api/events) and one event.
nlohmann::json EventListToJson(const EventList& list);
nlohmann::json EventToJson(const EventRecord& event);

// {"total", "stories": [...]} (GET /api/stories), one story, one story's page.
nlohmann::json StoryListToJson(const StoryList& list);
nlohmann::json StorySummaryToJson(const StorySummary& story);
nlohmann::json StoryPageToJson(const StoryPage& page);

// {"places": [...]} (GET /api/map) and one place.
nlohmann::json MapToJson(const std::vector<MapPlace>& places);
nlohmann::json MapPlaceToJson(const MapPlace& place);

}  // namespace lede

#endif  // LEDE_STORE_QUERY_JSON_H_
