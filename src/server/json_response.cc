#include "server/json_response.h"

namespace lede::server {

Response JsonResponse(const Request& request, http::status status, const nlohmann::json& body) {
  return JsonTextResponse(request, status,
                          body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response JsonTextResponse(const Request& request, http::status status, std::string body) {
  Response response{status, request.version()};
  response.set(http::field::content_type, "application/json; charset=utf-8");
  response.set(http::field::cache_control, "no-store");
  response.keep_alive(request.keep_alive());
  response.body() = std::move(body);
  response.prepare_payload();
  return response;
}

Response JsonError(const Request& request, http::status status, std::string_view code,
                   const std::string& message) {
  nlohmann::json body = {{"error", {{"code", code}, {"message", message}}}};
  return JsonResponse(request, status, body);
}

Response StatusResponse(const Request& request, const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
      return JsonError(request, http::status::bad_request, "bad_request", status.message());
    case Status::Code::kNotFound:
      return JsonError(request, http::status::not_found, "not_found", status.message());
    case Status::Code::kTooLarge:
      return JsonError(request, http::status::service_unavailable, "timeout", status.message());
    default:
      return JsonError(request, http::status::internal_server_error, "internal", status.ToString());
  }
}

}  // namespace lede::server
