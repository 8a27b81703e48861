#include "server/access_log.h"

#include <gtest/gtest.h>

namespace lede::server {
namespace {

TEST(AccessLogTest, OneLinePerRequestWithEscapedTarget) {
  AccessEntry entry{
      "127.0.0.1:53412", "GET", "/api/search?q=a b\n", 200, 1834, std::chrono::microseconds(1270)};
  auto at = std::chrono::system_clock::time_point(std::chrono::milliseconds(1795959601123));
  EXPECT_EQ(AccessLog::Format(entry, at),
            "2026-11-29T13:40:01.123Z 127.0.0.1:53412 GET /api/search?q=a%20b%0A 200 1834 1.27ms");
}

TEST(AccessLogTest, UnwritableFileIsAnError) {
  std::unique_ptr<AccessLog> log;
  Status s = AccessLog::Open("/nonexistent-dir/access.log", &log);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent-dir/access.log"), std::string::npos);
}

}  // namespace
}  // namespace lede::server
