// Server: the HTTP API (docs/api.md) and the web UI's static files over one
// store, on Boost.Beast. Asynchronous: a small pool of threads serves every
// connection, and every read and write has a timeout, so slow clients cannot
// starve the others. docs/limits.md lists each limit with its flag.
//
// Thread safety: Start, Run and port are called from one thread; Stop may be
// called from any thread (it is what SIGINT and SIGTERM do).
#ifndef LEDE_SERVER_H_
#define LEDE_SERVER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "lede/status.h"

namespace lede {

struct ServerOptions {
  // Address to bind. Anything but a loopback address requires `token`.
  std::string host = "127.0.0.1";
  // TCP port (0 = a free port chosen by the system; port() tells which).
  uint16_t port = 8080;
  // When non-empty, every /api/ request must carry "Authorization: Bearer
  // <token>" (401 otherwise); the web UI's files are served without it.
  // Empty = no authentication (loopback only).
  std::string token;
  // Folder of the web UI's built files. Empty or missing = `/` answers a short
  // page saying the UI was not built.
  std::string web_dir;
  // Threads serving connections (at least 1).
  uint32_t threads = 4;
  // Request line plus headers at most this many bytes (431 beyond).
  uint32_t max_header_bytes = 8 * 1024;
  // Request body at most this many bytes (413 beyond; GET needs none).
  uint32_t max_body_bytes = 1024;
  // A request must arrive completely within this time once begun (408 after).
  uint32_t read_timeout_ms = 10000;
  // A kept-alive connection with no new request is closed after this time.
  uint32_t idle_timeout_ms = 30000;
  // A response must be written within this time, else the connection is closed.
  uint32_t write_timeout_ms = 30000;
  // Static files larger than this are not served (500; 0 = no limit).
  uint64_t max_static_file_bytes = 64 << 20;
  // Open connections at most; more are answered 503 and closed at once.
  uint32_t max_connections = 1024;
  // A store query running longer than this is stopped (503 "timeout");
  // 0 = no limit.
  uint32_t query_time_limit_ms = 5000;
  // API answers kept for repeated requests, in bytes, until the store's data
  // changes (0 = no cache).
  uint64_t cache_bytes = 64 << 20;
  // On SIGINT/SIGTERM, requests in flight get this long to finish.
  uint32_t shutdown_grace_ms = 5000;
  // Access log file, one line per request (appended); empty = stderr.
  std::string access_log;
};

class Server {
 public:
  // Opens the store at `db_path` read-only (one connection per thread, so
  // `lede ingest` may write the same file meanwhile) and binds the address.
  // kInvalidArgument for a non-loopback host without a token or bad options;
  // kNotFound / kCorruption when the store cannot be opened; kIOError when the
  // address cannot be bound. On success *server is ready to Run.
  static Status Start(const std::string& db_path, const ServerOptions& options,
                      std::unique_ptr<Server>* server);

  Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  virtual ~Server() = default;

  // The port the server listens on (the chosen one when options.port was 0).
  virtual uint16_t port() const = 0;

  // Serves until Stop() or SIGINT/SIGTERM, then lets requests in flight finish
  // (up to shutdown_grace_ms) and returns.
  virtual void Run() = 0;

  // Asks Run to return. Safe from any thread and more than once.
  virtual void Stop() = 0;
};

}  // namespace lede

#endif  // LEDE_SERVER_H_
