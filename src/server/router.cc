#include "server/router.h"

#include <boost/algorithm/string/predicate.hpp>
#include <charconv>
#include <exception>

#include "server/auth.h"
#include "server/json_response.h"

namespace lede::server {
namespace {

constexpr std::string_view kIdSegment = "{id}";

// Matches `path` against `pattern`, segment by segment; "{id}" takes a
// positive integer. *bad_id is set when only the id segment failed to match.
bool MatchRoute(std::string_view pattern, std::string_view path, int64_t* id, bool* bad_id) {
  size_t at = pattern.find(kIdSegment);
  if (at == std::string_view::npos) return pattern == path;
  std::string_view prefix = pattern.substr(0, at);
  std::string_view suffix = pattern.substr(at + kIdSegment.size());
  if (!path.starts_with(prefix) || !path.ends_with(suffix) ||
      path.size() <= prefix.size() + suffix.size()) {
    return false;
  }
  std::string_view digits = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  if (digits.find('/') != std::string_view::npos) return false;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *id);
  if (ec != std::errc() || end != digits.data() + digits.size() || *id <= 0) {
    *bad_id = true;
    return false;
  }
  return true;
}

// True when `path` escapes a path separator ("%2F", "%5C", any case): decoded,
// it would split or join segments behind the router's back.
bool HasEncodedSeparator(std::string_view path) {
  for (size_t at = path.find('%'); at != std::string_view::npos; at = path.find('%', at + 1)) {
    std::string_view escape = path.substr(at + 1, 2);
    if (boost::algorithm::iequals(escape, "2f") || boost::algorithm::iequals(escape, "5c")) return true;
  }
  return false;
}

}  // namespace

Response Router::Handle(const Request& request) const {
  Response response = Dispatch(request);
  if (request.method() == http::verb::head) {
    size_t length = response.body().size();
    response.body().clear();
    if (response.result() != http::status::not_modified) response.content_length(length);
  }
  return response;
}

Response Router::Dispatch(const Request& request) const {
  if (request.method() != http::verb::get && request.method() != http::verb::head) {
    Response response = JsonError(
        request, http::status::method_not_allowed, "method_not_allowed",
        "method " + std::string(request.method_string()) + " not allowed: only GET and HEAD");
    response.set(http::field::allow, "GET, HEAD");
    return response;
  }
  std::string_view target = request.target();
  if (!target.starts_with('/')) {
    return JsonError(request, http::status::bad_request, "bad_request",
                     "request target must start with '/'");
  }
  std::string_view raw_path, query;
  SplitTarget(target, &raw_path, &query);
  if (HasEncodedSeparator(raw_path)) {
    return JsonError(request, http::status::bad_request, "bad_request",
                     "path: an escaped '/' or '\\' (%2F, %5C) is not allowed");
  }
  std::string path;
  Status s = PercentDecode(raw_path, /*plus_is_space=*/false, &path);
  if (!s.ok())
    return JsonError(request, http::status::bad_request, "bad_request", "path: " + s.message());
  if (path == "/api" || path.starts_with("/api/")) {
    if (!token_.empty() && !BearerTokenMatches(request[http::field::authorization], token_)) {
      Response response = JsonError(request, http::status::unauthorized, "unauthorized",
                                    "this server needs the header 'Authorization: Bearer <token>'");
      response.set(http::field::www_authenticate, "Bearer");
      return response;
    }
    return HandleApi(request, path, query);
  }
  return files_->Serve(request, path);
}

Response Router::HandleApi(const Request& request, std::string_view path,
                           std::string_view query) const {
  for (const Route& route : routes_) {
    RouteArgs args;
    bool bad_id = false;
    if (!MatchRoute(route.pattern, path, &args.id, &bad_id)) {
      if (!bad_id) continue;
      return JsonError(request, http::status::bad_request, "bad_request",
                       "path parameter 'id' must be a positive integer: " + std::string(path));
    }
    Status s = QueryParams::Parse(query, route.params, &args.params);
    if (!s.ok()) return StatusResponse(request, s);
    return Answer(route, request, path, args);
  }
  return JsonError(request, http::status::not_found, "not_found",
                   "no endpoint " + std::string(path));
}

Response Router::Answer(const Route& route, const Request& request, std::string_view path,
                        const RouteArgs& args) const {
  if (cache_ == nullptr || !route.cacheable) return Call(route, request, args);
  std::string key = std::string(path) + "?" + args.params.Canonical();
  ResponseCache::Lookup found = cache_->Find(key);
  if (found.body) return JsonTextResponse(request, http::status::ok, *found.body);
  Response response = Call(route, request, args);
  if (response.result() == http::status::ok) cache_->Insert(key, response.body(), found.version);
  return response;
}

Response Router::Call(const Route& route, const Request& request, const RouteArgs& args) const {
  try {
    return route.handler(request, args);
  } catch (const std::exception& e) {
    return StatusResponse(request, Status::IOError(std::string("unexpected failure: ") + e.what()));
  }
}

}  // namespace lede::server
