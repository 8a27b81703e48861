// JSON responses and the API's error objects (docs/api.md, "Errors":
// {"error": {"code": ..., "message": ...}}).
#ifndef LEDE_SERVER_JSON_RESPONSE_H_
#define LEDE_SERVER_JSON_RESPONSE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "lede/status.h"
#include "server/http.h"

namespace lede::server {

// A response with `body` serialised as UTF-8 JSON (invalid UTF-8 replaced),
// Content-Type application/json, the request's HTTP version and keep-alive.
Response JsonResponse(const Request& request, http::status status, const nlohmann::json& body);

// The same response with a body already serialised (`body` must be JSON).
Response JsonTextResponse(const Request& request, http::status status, std::string body);

// An error response: `status` with {"error": {"code": code, "message": message}}.
Response JsonError(const Request& request, http::status status, std::string_view code,
                   const std::string& message);

// The error response for a failed store call: kInvalidArgument is 400
// bad_request, kNotFound 404 not_found, kTooLarge (a query over its time limit)
// 503 timeout, anything else 500 internal. REQUIRES: !status.ok().
Response StatusResponse(const Request& request, const Status& status);

}  // namespace lede::server

#endif  // LEDE_SERVER_JSON_RESPONSE_H_
