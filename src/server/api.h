// The JSON API's endpoints (docs/api.md): each parses and checks its
// parameters (400 naming the parameter), asks the store, and answers JSON.
#ifndef LEDE_SERVER_API_H_
#define LEDE_SERVER_API_H_

#include <string_view>

#include "lede/query.h"
#include "server/router.h"
#include "server/store_pool.h"

namespace lede::server {

// Largest `limit` of a list endpoint (docs/api.md).
inline constexpr int64_t kMaxPageSize = 200;

// Where the endpoints read: articles and counts from `stores`, every
// aggregate (search with facets, entities, quotes, events, stories, map)
// from `reader`. Both thread-safe.
struct ApiSources {
  StorePool* stores = nullptr;
  StoreReader* reader = nullptr;
  uint32_t max_map_places = QueryOptions().max_map_places;
};

// Adds every /api/ route to `router`. REQUIRES: the sources outlive the router.
void AddApiRoutes(const ApiSources& sources, Router* router);

// The OpenAPI 3.0 document of the API (docs/openapi.json, built into the binary).
std::string_view OpenApiDocument();

}  // namespace lede::server

#endif  // LEDE_SERVER_API_H_
