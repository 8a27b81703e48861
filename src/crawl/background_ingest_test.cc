#include "crawl/background_ingest.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "crawl/warc_writer.h"

namespace lede::crawl {
namespace {

namespace fs = std::filesystem;

// A new WARC file holding article page n, written into `dir`; returns its path.
std::string WarcWithArticle(const fs::path& dir, int n) {
  static int files = 0;
  std::string closed;
  WarcWriterOptions options;
  options.directory = dir.string();
  options.prefix = "file" + std::to_string(++files);
  WarcWriter writer(options, [&](const std::string& path) { closed = path; });
  HttpExchange e;
  e.url = "https://news.example/story-" + std::to_string(n);
  e.request_head = "GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n";
  e.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n";
  e.response_body = "<html><head><title>Story " + std::to_string(n) +
                    "</title></head><body><article><p>The harbour of town number " +
                    std::to_string(n) +
                    " reopened on Monday after a week of repairs to its northern quay, the port "
                    "authority said in a statement.</p><p>Ferries to the islands will run on "
                    "their summer timetable from Friday.</p></article></body></html>";
  EXPECT_TRUE(writer.Write(e).ok());
  EXPECT_TRUE(writer.Close().ok());
  return closed;
}

TEST(BackgroundIngestTest, IngestsFilesInOrderAndReportsEach) {
  const fs::path dir = fs::temp_directory_path() / ("lede_bg_ingest_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open((dir / "store.db").string(), {}, &store).ok());
  IngestOptions options;
  options.analyze = false;
  std::vector<std::string> paths = {WarcWithArticle(dir, 1), (dir / "missing.warc.gz").string(),
                                    WarcWithArticle(dir, 2), WarcWithArticle(dir, 1)};
  {
    BackgroundIngest ingest(options, store.get());
    for (const std::string& path : paths) ingest.Add(path);
    ingest.Drain();
    std::vector<IngestedFile> done = ingest.TakeDone();
    ASSERT_EQ(done.size(), paths.size());
    for (size_t i = 0; i < paths.size(); ++i) EXPECT_EQ(done[i].path, paths[i]);
    EXPECT_EQ(done[0].report.added, 1u);
    EXPECT_EQ(done[1].report.added, 0u);  // a missing file: reported, nothing stored
    EXPECT_EQ(done[1].report.failed, 1u);
    EXPECT_EQ(done[2].report.added, 1u);
    EXPECT_EQ(done[3].report.existing, 1u);  // the same page again
    EXPECT_TRUE(ingest.TakeDone().empty());
    ingest.Add(WarcWithArticle(dir, 3));  // the destructor ingests what is still queued
  }
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 3u);
  store.reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lede::crawl
