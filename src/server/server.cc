// lede::Server (include/lede/server.h) on Boost.Asio: one io_context run by
// options.threads threads; SIGINT/SIGTERM stop it gracefully.
#include "lede/server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <thread>
#include <vector>

#include "server/access_log.h"
#include "server/api.h"
#include "server/auth.h"
#include "server/listener.h"
#include "server/router.h"
#include "server/static_files.h"
#include "server/store_pool.h"
#include "server/store_version.h"

namespace lede {
namespace {
namespace net = boost::asio;
using namespace lede::server;

// How often a stopping server looks whether its requests in flight are done.
constexpr std::chrono::milliseconds kDrainPoll{20};

Status CheckOptions(const ServerOptions& options) {
  if (!IsLoopbackHost(options.host) && options.token.empty()) {
    return Status::InvalidArgument("refusing to serve on " + options.host +
                                   " without --token: only loopback addresses (127.0.0.1, ::1, "
                                   "localhost) may be served without authentication");
  }
  if (options.threads == 0) return Status::InvalidArgument("--threads must be at least 1");
  if (options.max_connections == 0)
    return Status::InvalidArgument("--max-connections must be at least 1");
  return Status::OK();
}

class AsioServer : public Server {
 public:
  explicit AsioServer(const ServerOptions& options)
      : options_(options),
        files_(options.web_dir, options.max_static_file_bytes),
        router_(options.token, &files_),
        ioc_(static_cast<int>(options.threads)),
        signals_(ioc_, SIGINT, SIGTERM),
        drain_timer_(ioc_) {}

  Status Open(const std::string& db_path) {
    StoreOptions store_options;
    store_options.query_time_limit_ms = options_.query_time_limit_ms;
    QueryOptions reader_options;
    reader_options.connections = options_.threads;
    reader_options.query_time_limit_ms = options_.query_time_limit_ms;
    Status s = StorePool::Open(db_path, options_.threads, store_options, &stores_);
    if (s.ok()) s = StoreReader::Open(db_path, reader_options, &reader_);
    if (s.ok()) s = AccessLog::Open(options_.access_log, &log_);
    if (s.ok()) s = StoreVersion::Open(db_path, &version_);
    if (!s.ok()) return s;
    AddApiRoutes({stores_.get(), reader_.get(), reader_options.max_map_places}, &router_);
    cache_ = std::make_unique<ResponseCache>(
        options_.cache_bytes, [version = version_.get()]() -> std::optional<uint64_t> {
          uint64_t value = 0;
          if (!version->Read(&value).ok()) return std::nullopt;
          return value;
        });
    router_.SetCache(cache_.get());
    context_.options = &options_;
    context_.router = &router_;
    context_.log = log_.get();
    listener_ = std::make_shared<Listener>(&ioc_, &context_);
    return listener_->Listen();
  }

  uint16_t port() const override { return listener_->port(); }

  void Run() override {
    signals_.async_wait([this](boost::system::error_code ec, int) {
      if (!ec) BeginStop();
    });
    listener_->Accept();
    std::vector<std::thread> threads;
    for (uint32_t i = 1; i < options_.threads; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (std::thread& t : threads) t.join();
  }

  void Stop() override {
    net::post(ioc_, [this] { BeginStop(); });
  }

 private:
  // Stops accepting, then stops the loop once no request is in flight or the
  // grace period is over.
  void BeginStop() {
    if (context_.stopping.exchange(true)) return;
    listener_->Close();
    signals_.cancel();
    stop_deadline_ =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.shutdown_grace_ms);
    WaitForDrain();
  }

  void WaitForDrain() {
    if (context_.in_flight == 0 || std::chrono::steady_clock::now() >= stop_deadline_) {
      ioc_.stop();
      return;
    }
    drain_timer_.expires_after(kDrainPoll);
    drain_timer_.async_wait([this](boost::system::error_code) { WaitForDrain(); });
  }

  // Declared before the io_context: its destructor destroys the sessions
  // still pending, and they use these.
  const ServerOptions options_;
  std::unique_ptr<StorePool> stores_;
  std::unique_ptr<StoreReader> reader_;
  std::unique_ptr<AccessLog> log_;
  std::unique_ptr<StoreVersion> version_;
  std::unique_ptr<ResponseCache> cache_;
  StaticFiles files_;
  Router router_;
  ServerContext context_;
  net::io_context ioc_;
  net::signal_set signals_;
  net::steady_timer drain_timer_;
  std::chrono::steady_clock::time_point stop_deadline_;
  std::shared_ptr<Listener> listener_;
};

}  // namespace

Status Server::Start(const std::string& db_path, const ServerOptions& options,
                     std::unique_ptr<Server>* server) {
  Status s = CheckOptions(options);
  if (!s.ok()) return s;
  auto asio_server = std::make_unique<AsioServer>(options);
  s = asio_server->Open(db_path);
  if (!s.ok()) return s;
  *server = std::move(asio_server);
  return Status::OK();
}

}  // namespace lede
