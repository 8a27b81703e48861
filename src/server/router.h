// The request router: authentication, the method check, the API's routes
// under /api/ and the static files everywhere else. A pure function of the
// request (no sockets), so it is tested without a network.
//
// Thread-safe once built: Handle may be called from many threads at once;
// Add must not race with Handle.
#ifndef LEDE_SERVER_ROUTER_H_
#define LEDE_SERVER_ROUTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "server/http.h"
#include "server/query_params.h"
#include "server/response_cache.h"
#include "server/static_files.h"

namespace lede::server {

// What a route's handler gets: the path's {id} (0 when the pattern has none)
// and the checked query parameters.
struct RouteArgs {
  int64_t id = 0;
  QueryParams params;
};

struct Route {
  // "/api/search" or, with a positive integer path parameter, "/api/articles/{id}".
  std::string pattern;
  // The query parameters the route accepts; any other is a 400.
  std::vector<std::string> params;
  std::function<Response(const Request&, const RouteArgs&)> handler;
  // Answers depend only on the path, the parameters and the store's data:
  // 200 answers may be kept in the router's ResponseCache.
  bool cacheable = false;
};

class Router {
 public:
  // `token`: when non-empty, /api/ requests need "Authorization: Bearer <token>".
  // `files` serves every path outside /api/. REQUIRES: files outlives the router.
  Router(std::string token, StaticFiles* files) : token_(std::move(token)), files_(files) {}

  void Add(Route route) { routes_.push_back(std::move(route)); }
  // Keeps cacheable routes' 200 answers in `cache` (null = none).
  // REQUIRES: cache outlives the router; not called concurrently with Handle.
  void SetCache(ResponseCache* cache) { cache_ = cache; }
  const std::vector<Route>& routes() const { return routes_; }

  // The response to `request`: 405 for methods other than GET and HEAD, 400
  // for a malformed target (an escaped '/' or '\' in the path too), 401 for
  // an /api/ request without the token (the
  // UI's files hold no data and are served without it so that the browser
  // can load the UI), 400 for malformed parameters, 404 for an
  // unknown /api/ path, the handler's answer otherwise (500 if it threw) or,
  // for a cacheable route, the cached body of the same request.
  // HEAD gets GET's headers without the body.
  Response Handle(const Request& request) const;

 private:
  Response Dispatch(const Request& request) const;
  Response HandleApi(const Request& request, std::string_view path, std::string_view query) const;
  // The route's answer, from the cache when it holds one.
  Response Answer(const Route& route, const Request& request, std::string_view path,
                  const RouteArgs& args) const;
  // The route's handler's answer; 500 if it threw.
  Response Call(const Route& route, const Request& request, const RouteArgs& args) const;

  std::string token_;
  StaticFiles* files_;
  std::vector<Route> routes_;
  ResponseCache* cache_ = nullptr;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_ROUTER_H_
