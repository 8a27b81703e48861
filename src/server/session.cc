#include "server/session.h"

#include <boost/asio/dispatch.hpp>
#include <sstream>

#include "server/json_response.h"

namespace lede::server {
namespace net = boost::asio;
namespace beast = boost::beast;
using std::chrono::milliseconds;

namespace {

// Bytes read at a time while a kept-alive connection waits for its next request.
constexpr size_t kIdleReadBytes = 1024;

std::string ClientName(const net::ip::tcp::socket& socket) {
  beast::error_code ec;
  auto endpoint = socket.remote_endpoint(ec);
  if (ec) return "-";
  return endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

// What is known of a request that was not read: answer in HTTP/1.1 and close.
Request UnreadRequest() {
  Request request;
  request.version(11);
  request.keep_alive(false);
  return request;
}

}  // namespace

Session::Session(net::ip::tcp::socket socket, ServerContext* context)
    : stream_(std::move(socket)), read_timer_(stream_.get_executor()), context_(context) {
  entry_.client = ClientName(stream_.socket());
}

Session::~Session() {
  if (counted_in_flight_) --context_->in_flight;
  --context_->connections;
}

void Session::Start() {
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&Session::ReadRequest, shared_from_this()));
}

void Session::ReadRequest() {
  const ServerOptions& options = *context_->options;
  parser_.emplace();
  parser_->header_limit(options.max_header_bytes);
  parser_->body_limit(options.max_body_bytes);
  started_ = std::chrono::steady_clock::now();
  read_timed_out_ = false;
  stream_.expires_never();
  read_timer_.expires_after(milliseconds(options.read_timeout_ms));
  read_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec) return;  // cancelled: the request arrived in time
    self->AnswerTimeoutAndClose();
  });
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code ec, size_t) { self->OnRead(ec); });
}

// The 408 is written at once, as much as the socket takes without waiting, and the
// socket closed: that ends the read whether one is pending or the next is yet to start.
// Cancelling the read instead lost the timeout between two reads of a client dripping a
// byte at a time, and shutting down the receiving side lost it while the client kept
// the socket's queue full.
void Session::AnswerTimeoutAndClose() {
  read_timed_out_ = true;
  std::ostringstream answer;
  answer << JsonError(UnreadRequest(), http::status::request_timeout, "timeout",
                      "the request did not arrive within " +
                          std::to_string(context_->options->read_timeout_ms) +
                          " ms (--read-timeout-ms)");
  beast::error_code ignored;
  stream_.socket().non_blocking(true, ignored);
  const size_t written = stream_.socket().write_some(net::buffer(answer.str()), ignored);
  Close();
  entry_.method = "-";
  entry_.target = "-";
  Log(static_cast<unsigned>(http::status::request_timeout), written);
}

void Session::Log(unsigned status, size_t bytes) {
  entry_.status = status;
  entry_.bytes = bytes;
  entry_.duration = std::chrono::steady_clock::now() - started_;
  context_->log->Write(entry_);
}

void Session::OnRead(beast::error_code ec) {
  read_timer_.cancel();
  if (read_timed_out_) return;  // answered and closed (AnswerTimeoutAndClose)
  if (ec == http::error::end_of_stream || (ec && !parser_->got_some())) return Close();
  if (ec) return RespondToReadError(ec);
  ++context_->in_flight;
  counted_in_flight_ = true;
  const Request& request = parser_->get();
  entry_.method = std::string(request.method_string());
  entry_.target = std::string(request.target());
  Response response = context_->router->Handle(request);
  if (context_->stopping) response.keep_alive(false);
  Respond(std::move(response));
}

void Session::RespondToReadError(beast::error_code ec) {
  const Request request = UnreadRequest();
  entry_.method = "-";
  entry_.target = "-";
  if (ec == http::error::header_limit) {
    Respond(JsonError(request, http::status::request_header_fields_too_large, "headers_too_large",
                      "request headers larger than " +
                          std::to_string(context_->options->max_header_bytes) +
                          " bytes (--max-header-bytes)"));
  } else if (ec == http::error::body_limit) {
    Respond(JsonError(request, http::status::payload_too_large, "payload_too_large",
                      "request body larger than " +
                          std::to_string(context_->options->max_body_bytes) +
                          " bytes (--max-body-bytes)"));
  } else if (ec == net::error::operation_aborted || ec == net::error::connection_reset ||
             ec == net::error::eof) {
    Close();
  } else {
    Respond(JsonError(request, http::status::bad_request, "bad_request",
                      "malformed request: " + ec.message()));
  }
}

void Session::Respond(Response response) {
  response_ = std::move(response);
  stream_.expires_after(milliseconds(context_->options->write_timeout_ms));
  http::async_write(stream_, response_,
                    beast::bind_front_handler(&Session::OnWrite, shared_from_this()));
}

void Session::OnWrite(beast::error_code ec, size_t bytes) {
  Log(response_.result_int(), bytes);
  if (counted_in_flight_) {
    --context_->in_flight;
    counted_in_flight_ = false;
  }
  if (ec || !response_.keep_alive()) return Close();
  WaitForNextRequest();
}

void Session::WaitForNextRequest() {
  if (buffer_.size() > 0) return ReadRequest();  // pipelined: the next request is here
  stream_.expires_after(milliseconds(context_->options->idle_timeout_ms));
  stream_.async_read_some(buffer_.prepare(kIdleReadBytes),
                          [self = shared_from_this()](beast::error_code ec, size_t bytes) {
                            if (ec) return self->Close();
                            self->buffer_.commit(bytes);
                            self->ReadRequest();
                          });
}

void Session::Close() {
  beast::error_code ignored;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
  stream_.close();
}

}  // namespace lede::server
