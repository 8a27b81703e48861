// Accepts connections and starts a Session for each, up to
// options.max_connections open at once; beyond that a connection is answered
// 503 at once and closed, so a flood cannot exhaust file descriptors.
#ifndef LEDE_SERVER_LISTENER_H_
#define LEDE_SERVER_LISTENER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <memory>

#include "lede/status.h"
#include "server/session.h"

namespace lede::server {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // REQUIRES: context outlives the listener's pending operations.
  Listener(boost::asio::io_context* ioc, ServerContext* context);

  // Binds and listens on options.host:options.port. kIOError naming the
  // address when that fails.
  Status Listen();
  // The bound port (valid after Listen).
  uint16_t port() const;
  // Starts accepting.
  void Accept();
  // Stops accepting; open sessions go on.
  void Close();

 private:
  void OnAccept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);
  void Refuse(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context* ioc_;
  boost::asio::ip::tcp::acceptor acceptor_;
  ServerContext* context_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_LISTENER_H_
