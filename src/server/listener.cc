#include "server/listener.h"

#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>

namespace lede::server {
namespace net = boost::asio;
namespace beast = boost::beast;
using net::ip::tcp;

namespace {

// The whole answer to a connection beyond --max-connections.
const std::string& BusyResponse() {
  static const std::string kResponse = [] {
    std::string body =
        "{\"error\":{\"code\":\"unavailable\",\"message\":\"too many open connections "
        "(--max-connections)\"}}";
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
           "Retry-After: 1\r\nConnection: close\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
  }();
  return kResponse;
}

}  // namespace

Listener::Listener(net::io_context* ioc, ServerContext* context)
    : ioc_(ioc), acceptor_(net::make_strand(*ioc)), context_(context) {}

Status Listener::Listen() {
  const ServerOptions& options = *context_->options;
  std::string address = options.host + ":" + std::to_string(options.port);
  beast::error_code ec;
  tcp::resolver resolver(*ioc_);
  auto endpoints = resolver.resolve(options.host, std::to_string(options.port),
                                    tcp::resolver::numeric_service, ec);
  if (ec || endpoints.empty())
    return Status::IOError("cannot resolve " + address + ": " + ec.message());
  tcp::endpoint endpoint = endpoints.begin()->endpoint();
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Status::IOError("cannot listen on " + address + ": " + ec.message());
  return Status::OK();
}

uint16_t Listener::port() const {
  beast::error_code ec;
  return acceptor_.local_endpoint(ec).port();
}

void Listener::Accept() {
  acceptor_.async_accept(net::make_strand(*ioc_),
                         beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
}

void Listener::Close() {
  net::post(acceptor_.get_executor(), [self = shared_from_this()] {
    beast::error_code ignored;
    self->acceptor_.close(ignored);
  });
}

void Listener::OnAccept(beast::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
  if (!ec) {
    if (context_->connections >= context_->options->max_connections) {
      Refuse(std::move(socket));
    } else {
      ++context_->connections;
      std::make_shared<Session>(std::move(socket), context_)->Start();
    }
  }
  Accept();
}

void Listener::Refuse(tcp::socket socket) {
  beast::error_code ignored;
  socket.non_blocking(true, ignored);
  const std::string& response = BusyResponse();
  socket.write_some(net::buffer(response), ignored);
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
  AccessEntry entry{"-", "-", "-", 503, response.size(), {}};
  context_->log->Write(entry);
}

}  // namespace lede::server
