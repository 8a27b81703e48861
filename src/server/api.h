// The JSON API's endpoints (docs/api.md): each parses and checks its
// parameters (400 naming the parameter), asks the store, and answers JSON.
#ifndef LEDE_SERVER_API_H_
#define LEDE_SERVER_API_H_

#include <string_view>

#include "server/router.h"
#include "server/store_pool.h"

namespace lede::server {

// Largest `limit` of a list endpoint (docs/api.md).
inline constexpr int64_t kMaxPageSize = 200;

// Adds every /api/ route to `router`. REQUIRES: stores outlives the router.
void AddApiRoutes(StorePool* stores, Router* router);

// The OpenAPI 3.0 document of the API (docs/openapi.json, built into the binary).
std::string_view OpenApiDocument();

}  // namespace lede::server

#endif  // LEDE_SERVER_API_H_
