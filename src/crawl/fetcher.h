// Fetcher: polite HTTP fetching with libcurl's multi interface.
//
// Politeness: robots.txt (RFC 9309) is fetched once per host (scheme, host and
// port) before anything else there and obeyed; one request per host at a time,
// and the next one starts no sooner than host_delay_seconds (or the host's
// Crawl-delay, if larger, up to max_crawl_delay_seconds) after the previous one
// ended. At most max_connections requests are in flight overall.
//
// Every HTTP response received (redirects, errors, robots.txt included) is
// passed to FetchObserver::OnExchange with its request, as sent and received,
// for archiving. Redirects (at most max_redirects, loops stopped) go through the
// target host's queue and robots.txt like any request. 429 and 5xx responses and
// network errors are retried with exponential backoff, honouring Retry-After.
//
// Not thread-safe: Add and Run from one thread (observers may call Add).
#ifndef LEDE_CRAWL_FETCHER_H_
#define LEDE_CRAWL_FETCHER_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "crawl/warc_writer.h"
#include "lede/status.h"

namespace lede::crawl {

// The default User-Agent: "lede/VERSION (+https://github.com/lede-news/lede)".
std::string DefaultUserAgent();

struct FetchOptions {
  // Sent with every request; robots.txt groups are matched on its first word ("lede").
  std::string user_agent = DefaultUserAgent();
  double host_delay_seconds = 1.0;        // between requests to one host (0 = none)
  double max_crawl_delay_seconds = 60.0;  // robots.txt Crawl-delay is honoured up to this
  unsigned max_connections = 8;           // requests in flight over all hosts (>= 1)
  uint32_t connect_timeout_ms = 10000;    // TCP and TLS connection (0 = curl's default)
  uint32_t timeout_ms = 30000;            // whole request (0 = no limit)
  // Largest response body, both as received and after decompression (a gzip
  // bomb stops here): larger is kTooLarge (0 = no limit).
  uint64_t max_response_bytes = 16u << 20;
  unsigned max_redirects = 5;              // redirects followed per request
  unsigned max_retries = 3;                // retries after 429, 5xx or a network error
  double retry_base_seconds = 1.0;         // first backoff; doubles with each retry
  double max_retry_after_seconds = 600.0;  // longest Retry-After honoured (longer: give up)
  bool obey_robots = true;                 // false only for tests of the fixture itself
};

enum class FetchKind { kFeed, kPage };

struct FetchRequest {
  std::string url;
  FetchKind kind = FetchKind::kPage;
  std::string etag;           // If-None-Match, or empty
  std::string last_modified;  // If-Modified-Since, or empty
  std::string source;         // the feed the URL came from (for the caller), or empty
};

struct FetchResult {
  FetchRequest request;   // as added
  std::string final_url;  // after redirects
  // OK when a final HTTP response arrived (whatever its status); otherwise why
  // not: robots.txt disallows it (kNotSupported, "disallowed by robots.txt"),
  // kTooLarge, too many redirects or a loop (kCorruption), network errors and
  // timeouts after the last retry (kIOError), a scheme other than http(s).
  Status status;
  int http_status = 0;  // 200, 304, 404, ...; 0 without a response
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;                 // decoded (chunked, gzip and deflate removed)
  std::string etag, last_modified;  // the response's validators
  int64_t fetched_at = 0;           // seconds since the epoch
};

class Fetcher;

class FetchObserver {
 public:
  virtual ~FetchObserver() = default;
  // Every HTTP response received, with its request.
  virtual void OnExchange(const HttpExchange& exchange) = 0;
  // Once per added request, when it is done (after redirects and retries).
  virtual void OnResult(Fetcher* fetcher, FetchResult result) = 0;
};

class Fetcher {
 public:
  // REQUIRES: observer outlives the fetcher.
  Fetcher(FetchOptions options, FetchObserver* observer);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Queues a request. URLs already queued or in flight are ignored (returns
  // false); a URL that is not http(s) is reported through OnResult at once.
  bool Add(FetchRequest request);

  // Fetches until every queue is empty, or until *stop becomes true (requests
  // in flight are finished, queued ones are left: see Pending()).
  Status Run(const std::atomic<bool>* stop);

  // Requests still queued (after a stop), in no particular order.
  std::vector<FetchRequest> Pending() const;

  // When each host may next be fetched (origin "scheme://host[:port]" -> ms
  // since the epoch), to persist politeness across runs; and to restore it.
  std::map<std::string, int64_t> HostSchedule() const;
  void SetHostSchedule(const std::map<std::string, int64_t>& next_fetch_ms);

  // Counters since construction.
  struct Counters {
    uint64_t requests = 0;           // HTTP requests sent (robots.txt, redirects, retries included)
    uint64_t robots_disallowed = 0;  // requests not sent because robots.txt disallows them
    uint64_t retries = 0;
  };
  const Counters& counters() const { return counters_; }

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  Counters counters_;
};

// Seconds to wait that a Retry-After value asks for ("120" or an HTTP date,
// relative to `now`), or -1 when it is missing or unreadable.
double RetryAfterSeconds(std::string_view value, int64_t now);

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_FETCHER_H_
