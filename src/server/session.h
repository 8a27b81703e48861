// One client connection: reads requests (keep-alive, pipelined), answers each
// through the router, logs it. Every wait has a timeout: a request must
// arrive within read_timeout_ms once begun (408 after), a kept-alive
// connection may idle idle_timeout_ms, a response must be written within
// write_timeout_ms. Oversized headers get 431, bodies 413, malformed
// requests 400; each closes the connection.
#ifndef LEDE_SERVER_SESSION_H_
#define LEDE_SERVER_SESSION_H_

#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "lede/server.h"
#include "server/access_log.h"
#include "server/http.h"
#include "server/router.h"

namespace lede::server {

// What every connection shares; owned by the server, outlives the sessions.
struct ServerContext {
  const ServerOptions* options = nullptr;
  const Router* router = nullptr;
  AccessLog* log = nullptr;
  std::atomic<uint32_t> connections{0};  // open sessions
  std::atomic<uint32_t> in_flight{0};    // requests read and not yet answered
  std::atomic<bool> stopping{false};     // no more keep-alive once set
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  // Takes the connection; context->connections counts it until destruction.
  // REQUIRES: the caller has incremented context->connections.
  Session(boost::asio::ip::tcp::socket socket, ServerContext* context);
  ~Session();

  // Starts reading the first request.
  void Start();

 private:
  void ReadRequest();
  // Answers 408 and closes, once the read timeout fires.
  void AnswerTimeoutAndClose();
  void OnRead(boost::beast::error_code ec);
  void WaitForNextRequest();
  // Answers a request the parser rejected, then closes.
  void RespondToReadError(boost::beast::error_code ec);
  void Respond(Response response);
  void OnWrite(boost::beast::error_code ec, size_t bytes);
  // Writes the access log's line for the request: `status`, `bytes` written.
  void Log(unsigned status, size_t bytes);
  void Close();

  boost::beast::tcp_stream stream_;
  boost::asio::steady_timer read_timer_;
  bool read_timed_out_ = false;
  boost::beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  Response response_;
  ServerContext* context_;
  bool counted_in_flight_ = false;
  AccessEntry entry_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_SESSION_H_
