#include "server/auth.h"

#include <gtest/gtest.h>

namespace lede::server {
namespace {

TEST(AuthTest, LoopbackHosts) {
  for (std::string host : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) {
    EXPECT_TRUE(IsLoopbackHost(host)) << host;
  }
  for (std::string host : {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.com", ""}) {
    EXPECT_FALSE(IsLoopbackHost(host)) << host;
  }
}

TEST(AuthTest, BearerTokenMustMatchExactly) {
  EXPECT_TRUE(BearerTokenMatches("Bearer s3cret", "s3cret"));
  for (std::string header : {"", "Bearer", "Bearer ", "Bearer s3cre", "Bearer s3cretX",
                             "bearer s3cret", "Basic s3cret", "Bearer S3cret", "Bearer  s3cret"}) {
    EXPECT_FALSE(BearerTokenMatches(header, "s3cret")) << header;
  }
}

}  // namespace
}  // namespace lede::server
