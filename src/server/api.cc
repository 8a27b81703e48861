#include "server/api.h"

#include <algorithm>

#include "server/json_response.h"
#include "store/store_json.h"

namespace lede::server {
namespace {

// Sets *page_size and *offset from `limit` (default 20, 1..kMaxPageSize) and
// `offset` (default 0).
Status GetPage(const QueryParams& params, int64_t* page_size, int64_t* offset) {
  Status s = params.GetInt("limit", 20, 1, kMaxPageSize, page_size);
  if (s.ok()) s = params.GetInt("offset", 0, 0, INT32_MAX, offset);
  return s;
}

Response Search(StorePool* stores, const Request& request, const RouteArgs& args) {
  const QueryParams& params = args.params;
  SearchFilters filters;
  filters.lang = params.Get("lang");
  filters.source = params.Get("source");
  filters.limit = 0;
  int64_t page_size = 0, offset = 0;
  Status s = params.GetDate("from", &filters.from);
  if (s.ok()) s = params.GetDate("to", &filters.to);
  if (s.ok()) s = GetPage(params, &page_size, &offset);
  if (!s.ok()) return StatusResponse(request, s);
  std::vector<SearchHit> hits;
  s = stores->Acquire()->Search(params.Get("q"), filters, &hits);
  if (!s.ok()) return StatusResponse(request, s);
  nlohmann::json page = nlohmann::json::array();
  for (size_t i = offset; i < hits.size() && page.size() < static_cast<size_t>(page_size); ++i) {
    page.push_back(SearchHitToJson(hits[i]));
  }
  return JsonResponse(
      request, http::status::ok,
      {{"query", params.Get("q")}, {"total", hits.size()}, {"hits", std::move(page)}});
}

Response Article(StorePool* stores, const Request& request, const RouteArgs& args) {
  StoredArticle stored;
  Status s = stores->Acquire()->Get(args.id, &stored);
  if (!s.ok()) return StatusResponse(request, s);
  return JsonResponse(request, http::status::ok, StoredToJson(stored));
}

Response Stats(StorePool* stores, const Request& request, const RouteArgs&) {
  StoreStats stats;
  Status s = stores->Acquire()->Stats(&stats);
  if (!s.ok()) return StatusResponse(request, s);
  return JsonResponse(request, http::status::ok, StoreStatsToJson(stats));
}

Response OpenApi(const Request& request, const RouteArgs&) {
  Response response{http::status::ok, request.version()};
  response.set(http::field::content_type, "application/json; charset=utf-8");
  response.keep_alive(request.keep_alive());
  response.body() = OpenApiDocument();
  response.prepare_payload();
  return response;
}

}  // namespace

void AddApiRoutes(StorePool* stores, Router* router) {
  using namespace std::placeholders;
  router->Add({"/api/search",
               {"q", "from", "to", "lang", "source", "limit", "offset"},
               std::bind(Search, stores, _1, _2)});
  router->Add({"/api/articles/{id}", {}, std::bind(Article, stores, _1, _2)});
  router->Add({"/api/stats", {}, std::bind(Stats, stores, _1, _2)});
  router->Add({"/api/openapi.json", {}, OpenApi});
}

}  // namespace lede::server
