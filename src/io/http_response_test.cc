#include "io/http_response.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <sstream>

#include "io/testing.h"

namespace lede::io {
namespace {

std::string Gzip(std::string_view text) { return testing::Deflate(text, 16 + MAX_WBITS); }

TEST(ParseHttpHead, StatusLines) {
  struct Case {
    const char* head;
    bool ok;
    int status;
  } cases[] = {
      {"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", true, 200},
      {"HTTP/1.0 302 \r\r\nLocation: /x\r\r\n\r\r\n", true, 302},  // CR CR LF, empty reason
      {"HTTP/1.1 404\nServer: x\n\n", true, 404},                  // LF only, no reason
      {"HTTP/2 200\r\n\r\n", true, 200},
      {"HTTPX/1.1 200 OK\r\n\r\n", false, 0},
      {"HTTP/1.1 20 OK\r\n\r\n", false, 0},
      {"HTTP/1.1 2000 OK\r\n\r\n", false, 0},
      {"<html>\r\n\r\n", false, 0},
      {"", false, 0},
  };
  for (const Case& c : cases) {
    HttpHead head;
    Status s = ParseHttpHead(c.head, &head);
    EXPECT_EQ(s.ok(), c.ok) << c.head << s.ToString();
    if (c.ok) {
      EXPECT_EQ(head.status, c.status) << c.head;
    }
  }
}

TEST(ParseHttpHead, FieldsInOrderWithFolding) {
  HttpHead head;
  ASSERT_TRUE(
      ParseHttpHead("HTTP/1.1 200 OK\r\nA: 1\r\nX-Long: a\r\n  b\r\nno colon\r\nB:2\r\n\r\n", &head)
          .ok());
  HeaderFields want = {{"A", "1"}, {"X-Long", "a b"}, {"B", "2"}};
  EXPECT_EQ(head.fields, want);
  EXPECT_EQ(FindField(head.fields, "x-long"), "a b");
}

TEST(DecodeHttpBody, ChunkedThenGzip) {
  std::string gz = Gzip("<p>hello</p>");
  std::string chunked = "5;ext=1\r\n" + gz.substr(0, 5) + "\r\n" +
                        (std::stringstream() << std::hex << gz.size() - 5).str() + "\r\n" +
                        gz.substr(5) + "\r\n0\r\n\r\n";
  HeaderFields fields = {{"Transfer-Encoding", "chunked"}, {"Content-Encoding", "gzip"}};
  std::string body = chunked;
  ASSERT_TRUE(DecodeHttpBody(fields, 0, &body).ok());
  EXPECT_EQ(body, "<p>hello</p>");
}

TEST(DecodeHttpBody, BodiesStoredDecodedAreKept) {
  // Common Crawl ARC files keep "Content-Encoding: gzip" and "Transfer-Encoding:
  // chunked" headers over bodies they stored decoded.
  HeaderFields fields = {{"Transfer-Encoding", "chunked"}, {"Content-Encoding", "gzip"}};
  std::string body = "<!DOCTYPE html><p>x</p>";
  ASSERT_TRUE(DecodeHttpBody(fields, 0, &body).ok());
  EXPECT_EQ(body, "<!DOCTYPE html><p>x</p>");
  body = "<p>x</p>";
  ASSERT_TRUE(DecodeHttpBody({{"Content-Encoding", "deflate"}}, 0, &body).ok());
  EXPECT_EQ(body, "<p>x</p>");
  ASSERT_TRUE(DecodeHttpBody({{"Content-Encoding", "br"}}, 0, &body).ok());
  EXPECT_EQ(body, "<p>x</p>");
}

// Decodes `raw` under `fields` with the given limit; returns the status.
Status Decode(const HeaderFields& fields, std::string raw, uint64_t max_bytes) {
  return DecodeHttpBody(fields, max_bytes, &raw);
}

TEST(DecodeHttpBody, Failures) {
  std::string binary("\x0b\x02\x80\x00\x01\x02", 6);
  EXPECT_EQ(Decode({{"Content-Encoding", "br"}}, binary, 0).code(), Status::Code::kNotSupported);
  std::string gz = Gzip("<p>hello</p>");
  EXPECT_EQ(Decode({{"Content-Encoding", "gzip"}}, gz.substr(0, gz.size() - 4), 0).code(),
            Status::Code::kCorruption);
  std::string bomb = Gzip(std::string(1 << 20, 'a'));
  EXPECT_EQ(Decode({{"Content-Encoding", "gzip"}}, bomb, 1000).code(), Status::Code::kTooLarge);
  EXPECT_EQ(Decode({}, std::string(1001, 'a'), 1000).code(), Status::Code::kTooLarge);
}

}  // namespace
}  // namespace lede::io
