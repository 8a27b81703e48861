// The access log: one line per request, "time client method target status
// bytes duration", e.g.
//   2026-11-29T13:40:01.123Z 127.0.0.1:53412 GET /api/search?q=x 200 1834 1.27ms
// Control bytes and spaces in the target are %-escaped, so a line is one record.
//
// Thread-safe: Write may be called from many threads at once.
#ifndef LEDE_SERVER_ACCESS_LOG_H_
#define LEDE_SERVER_ACCESS_LOG_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "lede/status.h"

namespace lede::server {

struct AccessEntry {
  std::string client;  // "address:port"
  std::string method;  // "-" when the request could not be read
  std::string target;  // as sent; "-" when unknown
  unsigned status = 0;
  uint64_t bytes = 0;  // bytes written, headers included
  std::chrono::steady_clock::duration duration{};
};

class AccessLog {
 public:
  // Appends to the file at `path`, or writes to stderr when `path` is empty.
  // kIOError when the file cannot be opened.
  static Status Open(const std::string& path, std::unique_ptr<AccessLog>* log);
  ~AccessLog();

  void Write(const AccessEntry& entry);

  // The line Write prints for `entry` at `now`, without the newline.
  static std::string Format(const AccessEntry& entry, std::chrono::system_clock::time_point now);

 private:
  AccessLog(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  std::mutex mu_;
  std::FILE* file_;
  bool owned_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_ACCESS_LOG_H_
