#include "server/access_log.h"

#include <cerrno>
#include <cstring>
#include <ctime>

namespace lede::server {
namespace {

std::string EscapedTarget(const std::string& target) {
  std::string out;
  out.reserve(target.size());
  for (unsigned char c : target) {
    if (c <= 0x20 || c == 0x7f) {
      char escape[4];
      std::snprintf(escape, sizeof(escape), "%%%02X", c);
      out += escape;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace

Status AccessLog::Open(const std::string& path, std::unique_ptr<AccessLog>* log) {
  if (path.empty()) {
    log->reset(new AccessLog(stderr, false));
    return Status::OK();
  }
  std::FILE* file = std::fopen(path.c_str(), "a");
  if (file == nullptr)
    return Status::IOError("cannot open access log " + path + ": " + std::strerror(errno));
  log->reset(new AccessLog(file, true));
  return Status::OK();
}

AccessLog::~AccessLog() {
  if (owned_) std::fclose(file_);
}

std::string AccessLog::Format(const AccessEntry& entry, std::chrono::system_clock::time_point now) {
  auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t seconds = millis / 1000;
  std::tm utc;
  gmtime_r(&seconds, &utc);
  char time[32];
  std::strftime(time, sizeof(time), "%Y-%m-%dT%H:%M:%S", &utc);
  double duration_ms = std::chrono::duration<double, std::milli>(entry.duration).count();
  char tail[64];
  std::snprintf(tail, sizeof(tail), " %u %llu %.2fms", entry.status,
                static_cast<unsigned long long>(entry.bytes), duration_ms);
  char fraction[8];
  std::snprintf(fraction, sizeof(fraction), ".%03dZ", static_cast<int>(millis % 1000));
  return std::string(time) + fraction + " " + entry.client + " " + entry.method + " " +
         EscapedTarget(entry.target) + tail;
}

void AccessLog::Write(const AccessEntry& entry) {
  std::string line = Format(entry, std::chrono::system_clock::now()) + "\n";
  std::lock_guard lock(mu_);
  std::fwrite(line.data(), 1, line.size(), file_);
  std::fflush(file_);
}

}  // namespace lede::server
