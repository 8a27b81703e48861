// libFuzzer target for HTTP request handling without sockets: any bytes are
// parsed as the server parses a request (Beast, with the server's header and body
// limits) and, when they parse, answered by the router with every API route on a
// small store (the first 40 demo articles, store/fuzz_store.h) and a web
// folder holding index.html. Must never crash, and never answer 500 (a handler
// that threw). Build with -DLEDE_FUZZ=ON and clang; run
// build/src/.../lede_request_fuzz [corpus dir] (tests/fuzz/seeds.sh).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include <boost/beast/core/error.hpp>

#include "lede/query.h"
#include "lede/server.h"
#include "lede/store.h"
#include "server/api.h"
#include "server/router.h"
#include "server/static_files.h"
#include "server/store_pool.h"
#include "store/fuzz_store.h"

namespace {

namespace http = lede::server::http;

// The router, on the demo store and a web folder in a temp directory (removed at exit).
class Fixture {
 public:
  Fixture() {
    char dir[] = "/tmp/lede-request-fuzz-XXXXXX";
    if (mkdtemp(dir) == nullptr) std::abort();
    dir_ = dir;
    std::ofstream(dir_ + "/index.html") << "<!doctype html><title>lede</title>";
    lede::StoreOptions options;
    options.query_time_limit_ms = 1000;
    lede::QueryOptions query_options;
    query_options.connections = 1;
    query_options.query_time_limit_ms = options.query_time_limit_ms;
    const std::string& db = lede::fuzzing::DemoStorePath();
    if (!lede::server::StorePool::Open(db, 1, options, &pool_).ok() ||
        !lede::StoreReader::Open(db, query_options, &reader_).ok()) {
      std::abort();
    }
    files_ = std::make_unique<lede::server::StaticFiles>(dir_, 1 << 20);
    router_ = std::make_unique<lede::server::Router>("", files_.get());
    lede::server::AddApiRoutes({pool_.get(), reader_.get(), query_options.max_map_places}, router_.get());
  }
  ~Fixture() {
    router_.reset();
    reader_.reset();
    pool_.reset();
    unlink((dir_ + "/index.html").c_str());
    rmdir(dir_.c_str());
  }
  const lede::server::Router& router() const { return *router_; }

 private:
  std::string dir_;
  std::unique_ptr<lede::server::StorePool> pool_;
  std::unique_ptr<lede::StoreReader> reader_;
  std::unique_ptr<lede::server::StaticFiles> files_;
  std::unique_ptr<lede::server::Router> router_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;
  const lede::ServerOptions limits;
  http::request_parser<http::string_body> parser;
  parser.header_limit(limits.max_header_bytes);
  parser.body_limit(limits.max_body_bytes);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (!ec && !parser.is_done()) parser.put_eof(ec);
  if (ec || !parser.is_done()) return 0;
  lede::server::Response response = fixture.router().Handle(parser.get());
  if (response.result() == http::status::internal_server_error) std::abort();
  return 0;
}
