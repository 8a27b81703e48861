#include "crawl/warc_writer.h"

#include <fcntl.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <set>
#include <thread>

#include "io/gzip_source.h"
#include "io/testing.h"
#include "lede/reader.h"

namespace lede::crawl {
namespace {

namespace fs = std::filesystem;

class WarcWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lede_warc_writer_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> Files(const std::string& suffix) const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) {
      const std::string p = e.path().string();
      if (p.size() >= suffix.size() &&
          p.compare(p.size() - suffix.size(), suffix.size(), suffix) == 0)
        out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  static HttpExchange Exchange(const std::string& url, const std::string& status_line,
                               const std::string& headers, const std::string& body) {
    HttpExchange e;
    e.url = url;
    e.fetched_at = 1764417600;  // 2025-11-29T12:00:00Z
    e.request_head = "GET " + url.substr(url.find('/', 8)) +
                     " HTTP/1.1\r\nHost: news.example\r\n"
                     "User-Agent: lede/test\r\n\r\n";
    e.response_head = status_line + "\r\n" + headers + "\r\n";
    e.response_body = body;
    return e;
  }

  fs::path dir_;
};

TEST_F(WarcWriterTest, DigestsAreSha1Base32) {
  EXPECT_EQ(WarcSha1Digest(""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  EXPECT_EQ(WarcSha1Digest("abc"), "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
  std::regex uuid(
      R"(<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>)");
  std::string a = NewWarcRecordId(), b = NewWarcRecordId();
  EXPECT_TRUE(std::regex_match(a, uuid)) << a;
  EXPECT_NE(a, b);
}

TEST_F(WarcWriterTest, RecordsReadBackThroughTheWarcReaderAndFilesRotate) {
  const std::string html =
      "<html><head><title>Port reopens</title></head><body><article><p>The port reopened on Monday "
      "after a week of repairs, officials said.</p></article></body></html>";
  const std::string gzipped = io::testing::Deflate(html, 16 + 15);
  std::vector<std::string> closed;
  WarcWriterOptions options;
  options.directory = dir_.string();
  options.max_file_bytes = 1;  // every exchange in its own file
  {
    WarcWriter writer(options, [&](const std::string& path) { closed.push_back(path); });
    ASSERT_TRUE(
        writer
            .Write(Exchange("https://news.example/a", "HTTP/1.1 200 OK",
                            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipped))
            .ok());
    EXPECT_EQ(Files(".open").size(), 1u);  // being written: only the temporary name exists
    EXPECT_TRUE(Files(".warc.gz").empty());
    ASSERT_TRUE(
        writer
            .Write(Exchange("https://news.example/old", "HTTP/1.1 301 Moved Permanently",
                            "Location: https://news.example/a\r\nContent-Length: 0\r\n", ""))
            .ok());
    ASSERT_TRUE(writer
                    .Write(Exchange(
                        "https://news.example/b", "HTTP/1.1 200 OK",
                        "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n",
                        "10\r\n<html><body><p>C\r\n0\r\n\r\n"))
                    .ok());
  }
  EXPECT_TRUE(Files(".open").empty());
  ASSERT_EQ(Files(".warc.gz").size(), 3u);
  EXPECT_EQ(closed, Files(".warc.gz"));

  io::testing::ReadResult read = io::testing::ReadPaths(Files(".warc.gz"));
  EXPECT_TRUE(read.errors.empty()) << read.errors[0].ToString();
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].uri, "https://news.example/a");
  EXPECT_EQ(read.records[0].body, html);  // content-encoding removed by the reader
  EXPECT_EQ(read.records[0].fetched_at.substr(0, 19), "2025-11-29T12:00:00");
  EXPECT_EQ(read.records[1].body, "<html><body><p>C");  // chunked removed
  EXPECT_EQ(read.stats.skipped.at("request"), 3u);
  EXPECT_EQ(read.stats.skipped.at("warcinfo"), 3u);
  EXPECT_EQ(read.stats.skipped.at("http_not_ok"), 1u);
}

TEST_F(WarcWriterTest, FilesRotateByAge) {
  WarcWriterOptions options;
  options.directory = dir_.string();
  options.max_file_seconds = 1;
  const HttpExchange page =
      Exchange("https://news.example/a", "HTTP/1.1 200 OK", "Content-Type: text/html\r\n", "<p>A</p>");
  WarcWriter writer(options, nullptr);
  ASSERT_TRUE(writer.Write(page).ok());
  ASSERT_TRUE(writer.Write(page).ok());  // within the second (or just after: then two files)
  const size_t closed_early = Files(".warc.gz").size();
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  ASSERT_TRUE(writer.Write(page).ok());  // the open file is over a second old now
  EXPECT_EQ(Files(".warc.gz").size(), closed_early + 1);
  EXPECT_EQ(Files(".open").size(), 1u);
}

TEST_F(WarcWriterTest, HeadersNameTheRecordsTheyPairWith) {
  WarcWriterOptions options;
  options.directory = dir_.string();
  {
    WarcWriter writer(options, nullptr);
    ASSERT_TRUE(writer
                    .Write(Exchange("https://news.example/a", "HTTP/1.1 200 OK",
                                    "Content-Type: text/html\r\n", "abc"))
                    .ok());
  }
  std::vector<std::string> files = Files(".warc.gz");
  ASSERT_EQ(files.size(), 1u);
  // Inflate every member and look at the headers.
  auto source = io::NewInflateSource(
      io::NewFdSource(open(files[0].c_str(), O_RDONLY), true, files[0]), io::Compression::kGzip);
  std::string text;
  char buf[4096];
  size_t got = 0;
  while (source->Read(buf, sizeof buf, &got).ok() && got > 0) text.append(buf, got);
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(text, m, std::regex("WARC-Type: response\r\nWARC-Record-ID: (<[^>]+>)")));
  const std::string response_id = m[1];
  EXPECT_NE(text.find("WARC-Concurrent-To: " + response_id), std::string::npos);
  EXPECT_NE(text.find("WARC-Payload-Digest: sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5"),
            std::string::npos);
  EXPECT_NE(text.find("WARC-Target-URI: https://news.example/a"), std::string::npos);
  EXPECT_NE(text.find("WARC-Date: 2025-11-29T12:00:00Z"), std::string::npos);
  EXPECT_EQ(text.rfind("WARC/1.1\r\nWARC-Type: warcinfo", 0), 0u);
}

TEST_F(WarcWriterTest, UnwritableDirectoryIsAnError) {
  WarcWriterOptions options;
  options.directory = (dir_ / "missing").string();
  WarcWriter writer(options, nullptr);
  Status s = writer.Write(Exchange("https://news.example/a", "HTTP/1.1 200 OK", "", "x"));
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("missing"), std::string::npos);
}

}  // namespace
}  // namespace lede::crawl
