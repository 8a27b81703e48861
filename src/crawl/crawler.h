// Crawler: feeds and sitemaps in, archived and ingested articles out.
//
// One round: every due feed (feed, sitemap, sitemap index, or a site whose
// home page announces feeds) is fetched with its validators; the links of its
// items join the frontier (the crawl_frontier table) unless already done; the
// frontier is fetched; every HTTP exchange goes to the WARC files; each WARC
// file, once closed, is ingested into the store through lede's ingest path, and
// only then are its URLs marked done. So a crawl killed at any point resumes
// where it was: what was not archived and ingested is fetched again.
#ifndef LEDE_CRAWL_CRAWLER_H_
#define LEDE_CRAWL_CRAWLER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "crawl/background_ingest.h"
#include "crawl/crawl_state.h"
#include "crawl/fetcher.h"
#include "crawl/warc_writer.h"
#include "lede/feed.h"
#include "lede/store.h"
#include "store/ingest.h"

namespace lede::crawl {

struct CrawlOptions {
  FetchOptions fetch;
  WarcWriterOptions warc;
  IngestOptions ingest;
  FeedParseOptions feed;
  // Feed polling (lede watch): the first interval, and its bounds. A feed that
  // brought nothing new waits twice as long next time, up to the maximum; RSS
  // <ttl> and Cache-Control max-age raise the interval, never above the maximum.
  int64_t poll_seconds = 900;
  int64_t min_poll_seconds = 300;
  int64_t max_poll_seconds = 86400;
};

struct CrawlReport {
  uint64_t feeds_fetched = 0;       // feed responses 200
  uint64_t feeds_not_modified = 0;  // 304
  uint64_t feeds_failed = 0;        // errors, non-2xx, unreadable feeds
  uint64_t items_new = 0;           // links added to the frontier
  uint64_t pages_fetched = 0;       // page responses 2xx
  uint64_t pages_failed = 0;        // errors and non-2xx
  uint64_t robots_disallowed = 0;
  uint64_t http_requests = 0;
  uint64_t warc_files = 0;
  IngestReport ingest;
};

struct CrawlCallbacks {
  // A feed or page that failed: its URL and why. May be empty.
  std::function<void(const std::string& url, const Status& error)> on_error;
};

class Crawler {
 public:
  // REQUIRES: store and state open and outliving the crawler.
  Crawler(CrawlOptions options, CrawlCallbacks callbacks, Store* store, CrawlState* state);
  ~Crawler();

  // Ingests WARC files a killed run closed but did not ingest, and deletes the
  // .open files it left (their URLs are still in the frontier).
  Status Recover();

  // One round (see the file comment): the due feeds (all of them when
  // `all_feeds`) and the frontier. Returns early, with the state consistent,
  // when *stop becomes true. Totals are added to *report.
  Status RunRound(bool all_feeds, const std::atomic<bool>* stop, CrawlReport* report);

 private:
  class Round;
  const CrawlOptions options_;
  const CrawlCallbacks callbacks_;
  CrawlState* const state_;
  const std::unique_ptr<BackgroundIngest> ingest_;  // closed WARC files -> store_
};

// The polling interval after a poll: `feed`'s current one doubled when the poll
// brought nothing new (reset to poll_seconds when it did), raised to the feed's
// TTL or Cache-Control max-age (seconds, 0 = none), within the bounds.
int64_t NextPollInterval(const CrawlOptions& options, int64_t current, bool brought_new,
                         int64_t ttl_seconds);

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_CRAWLER_H_
