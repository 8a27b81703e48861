// CrawlState: the crawler's memory in the store's SQLite file (the crawl_*
// tables, docs/schema.md): feeds with their validators and schedule, the
// frontier of URLs found but not yet archived, URLs done, per-host schedule and
// the WARC files written. Not thread-safe.
#ifndef LEDE_CRAWL_CRAWL_STATE_H_
#define LEDE_CRAWL_CRAWL_STATE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede::crawl {

struct FeedState {
  std::string url;
  std::string etag, last_modified;  // validators of the last 200 response
  int64_t last_fetched = 0;         // seconds since the epoch, 0 = never
  int64_t next_fetch = 0;           // when the feed is due
  int64_t interval_seconds = 0;     // the current polling interval
  int64_t unchanged = 0;            // polls in a row that brought nothing new
  int last_status = 0;
  std::string last_error;
};

struct FrontierEntry {
  std::string url;
  std::string feed_url;
};

// A URL fetched (or given up on) and where its response was archived.
struct DoneUrl {
  std::string canonical_url, url;
  int64_t fetched_at = 0;
  int status = 0;
  std::string error;
  std::string warc_file;
};

class CrawlState {
 public:
  // Opens the crawl tables of the store at `path` (the store must exist at the
  // current schema version: open it with Store::Open first).
  Status Open(const std::string& path);

  Status AddFeed(const std::string& url);  // no-op when known
  // Feeds due at `now` (all feeds when `all`), in URL order.
  Status DueFeeds(int64_t now, bool all, std::vector<FeedState>* feeds);
  Status UpdateFeed(const FeedState& feed);
  // The earliest next_fetch of any feed, or 0 when there are none.
  Status NextFeedTime(int64_t* when);

  // Adds `url` (identified by `canonical_url`) to the frontier unless it is
  // there or done already; *added says which.
  Status AddToFrontier(const std::string& canonical_url, const std::string& url,
                       const std::string& feed_url, int64_t now, bool* added);
  Status Frontier(std::vector<FrontierEntry>* entries);
  // Moves URLs from the frontier to crawl_seen, all in one transaction.
  Status MarkDone(const std::vector<DoneUrl>& done);

  Status RecordWarcFile(const std::string& path, int64_t closed_at, bool ingested);
  // WARC files closed but not (known to be) ingested, in path order.
  Status UningestedWarcFiles(std::vector<std::string>* paths);

  Status SaveHostSchedule(const std::map<std::string, int64_t>& next_fetch_ms);
  Status LoadHostSchedule(std::map<std::string, int64_t>* next_fetch_ms);

 private:
  // Runs a query without parameters and calls fn for every row.
  Status ForEachRow(std::string_view sql, const std::function<void(const sqlite::Statement&)>& fn);

  sqlite::Database db_;
};

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_CRAWL_STATE_H_
