#include "crawl/fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>
#include <utility>

#include "crawl/robots.h"
#include "feed/feed_date.h"
#include "feed/xml_tree.h"
#include "io/header_fields.h"
#include "io/http_response.h"

namespace lede::crawl {
namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// scheme://host[:port] and path?query of an http(s) URL; false for other URLs.
bool SplitUrl(const std::string& url, std::string* origin, std::string* path) {
  CURLU* u = curl_url();
  bool ok = curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK;
  char *scheme = nullptr, *host = nullptr, *port = nullptr, *p = nullptr, *query = nullptr;
  if (ok)
    ok = curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
         curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK;
  if (ok) ok = std::string_view(scheme) == "http" || std::string_view(scheme) == "https";
  if (ok) {
    curl_url_get(u, CURLUPART_PORT, &port, 0);
    curl_url_get(u, CURLUPART_PATH, &p, 0);
    curl_url_get(u, CURLUPART_QUERY, &query, 0);
    *origin = std::string(scheme) + "://" + host + (port ? std::string(":") + port : "");
    *path = std::string(p ? p : "/") + (query ? std::string("?") + query : "");
  }
  curl_free(scheme), curl_free(host), curl_free(port), curl_free(p), curl_free(query);
  curl_url_cleanup(u);
  return ok;
}

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
bool IsRetryable(int status) {
  return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

}  // namespace

std::string DefaultUserAgent() {
  return "lede/" LEDE_VERSION " (+https://github.com/lede-news/lede)";
}

double RetryAfterSeconds(std::string_view value, int64_t now) {
  std::string v(value);
  if (v.empty()) return -1;
  char* end = nullptr;
  double seconds = std::strtod(v.c_str(), &end);
  if (end != v.c_str() && *end == '\0') return seconds >= 0 ? seconds : -1;
  std::optional<int64_t> when = ParseFeedDate(v);
  if (!when) return -1;
  return std::max<double>(0, static_cast<double>(*when - now));
}

// The header fields of a response head (status line first).
io::HeaderFields ResponseFields(std::string_view head) {
  const size_t line_end = head.find('\n');
  if (line_end == std::string_view::npos) return {};
  return io::ParseHeaderFields(head.substr(line_end + 1));
}

// A request on its way: the added request plus where it stands.
struct Queued {
  FetchRequest request;            // as added
  std::string url;                 // current hop
  std::vector<std::string> chain;  // URLs visited (redirect loop detection)
  unsigned attempt = 0;            // retries so far
  int64_t not_before_ms = 0;       // retry backoff
  bool robots = false;             // this is the host's robots.txt
};

struct Host {
  enum class Robots { kUnknown, kFetching, kReady } robots = Robots::kUnknown;
  std::optional<Queued> robots_hop;  // the next robots.txt request to start (kFetching)
  RobotsRules rules;
  std::deque<Queued> queue;
  bool busy = false;
  int64_t next_ms = 0;     // no request starts before this
  double crawl_delay = 0;  // robots.txt Crawl-delay, capped
};

// One transfer in flight.
struct Transfer {
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  Queued pending;
  std::string origin;
  std::string request_head, response_head, body;
  uint64_t max_bytes = 0;  // 0 = no limit
  bool too_large = false;
};

class Fetcher::Impl {
 public:
  Impl(FetchOptions options, FetchObserver* observer, Fetcher* outer, Counters* counters)
      : options_(std::move(options)), observer_(observer), outer_(outer), counters_(counters) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    multi_ = curl_multi_init();
    std::string ua = options_.user_agent;
    product_token_ = ua.substr(0, ua.find_first_of("/ "));
  }
  ~Impl() {
    for (auto& [easy, t] : transfers_) Release(t.get());
    curl_multi_cleanup(multi_);
  }

  bool Add(FetchRequest request) {
    if (!known_.insert(request.url).second) return false;
    Queued p;
    p.url = request.url;
    p.request = std::move(request);
    Enqueue(std::move(p));
    return true;
  }

  Status Run(const std::atomic<bool>* stop) {
    while (true) {
      const bool stopping = stop != nullptr && stop->load();
      if (!stopping) StartReady();
      if (transfers_.empty() && (stopping || Idle())) return Status::OK();
      int running = 0;
      curl_multi_perform(multi_, &running);
      Harvest();
      int64_t wait = std::clamp<int64_t>(NextWakeMs() - NowMs(), 0, 200);
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(wait), nullptr);
    }
  }

  std::vector<FetchRequest> Pending() const {
    std::vector<FetchRequest> out;
    for (const auto& [origin, host] : hosts_) {
      for (const auto& p : host.queue) {
        if (!p.robots) out.push_back(p.request);
      }
    }
    return out;
  }

  std::map<std::string, int64_t> HostSchedule() const {
    std::map<std::string, int64_t> out;
    for (const auto& [origin, host] : hosts_) out[origin] = host.next_ms;
    return out;
  }
  void SetHostSchedule(const std::map<std::string, int64_t>& next_fetch_ms) {
    for (const auto& [origin, ms] : next_fetch_ms) hosts_[origin].next_ms = ms;
  }

 private:
  void Finish(Queued& p, FetchResult result) {
    result.request = std::move(p.request);
    known_.erase(result.request.url);
    observer_->OnResult(outer_, std::move(result));
  }

  void Fail(Queued& p, Status status) {
    FetchResult r;
    r.final_url = p.url;
    r.status = std::move(status);
    Finish(p, std::move(r));
  }

  void Enqueue(Queued p) {
    std::string origin, path;
    if (!SplitUrl(p.url, &origin, &path)) {
      Fail(p, Status::NotSupported("not an http(s) URL: " + p.url));
      return;
    }
    hosts_[origin].queue.push_back(std::move(p));
  }

  bool Idle() const {
    for (const auto& [origin, host] : hosts_) {
      if (!host.queue.empty() || host.busy) return false;
    }
    return true;
  }

  int64_t NextWakeMs() const {
    int64_t next = NowMs() + 200;
    for (const auto& [origin, host] : hosts_) {
      if (host.busy || host.queue.empty()) continue;
      int64_t ready = host.next_ms;
      int64_t earliest = INT64_MAX;
      for (const auto& p : host.queue) earliest = std::min(earliest, p.not_before_ms);
      next = std::min(next, std::max(ready, earliest));
    }
    return next;
  }

  double HostDelaySeconds(const Host& host) const {
    return std::max(options_.host_delay_seconds,
                    std::min(host.crawl_delay, options_.max_crawl_delay_seconds));
  }

  // Starts one request on every host that may take one, while connections last.
  void StartReady() {
    const int64_t now = NowMs();
    for (auto& [origin, host] : hosts_) {
      if (transfers_.size() >= std::max(1u, options_.max_connections)) return;
      if (host.busy || host.queue.empty() || host.next_ms > now) continue;
      if (options_.obey_robots && host.robots == Host::Robots::kUnknown) {
        host.robots = Host::Robots::kFetching;
        host.robots_hop.emplace();
        host.robots_hop->url = origin + "/robots.txt";
        host.robots_hop->robots = true;
      }
      if (host.robots == Host::Robots::kFetching) {
        if (host.robots_hop) Start(origin, &host, *std::exchange(host.robots_hop, std::nullopt));
        continue;
      }
      auto it = std::find_if(host.queue.begin(), host.queue.end(),
                             [&](const Queued& p) { return p.not_before_ms <= now; });
      while (it != host.queue.end()) {
        Queued p = std::move(*it);
        host.queue.erase(it);
        std::string o, path;
        SplitUrl(p.url, &o, &path);
        if (!options_.obey_robots || host.rules.Allowed(path)) {
          Start(origin, &host, std::move(p));
          break;
        }
        ++counters_->robots_disallowed;
        Fail(p, Status::NotSupported("disallowed by robots.txt: " + p.url));
        it = std::find_if(host.queue.begin(), host.queue.end(),
                          [&](const Queued& q) { return q.not_before_ms <= now; });
      }
    }
  }

  static size_t OnBody(char* data, size_t size, size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    t->body.append(data, size * n);
    if (t->too_large || (t->max_bytes != 0 && t->body.size() > t->max_bytes)) {
      t->too_large = true;
      return 0;  // aborts the transfer
    }
    return size * n;
  }
  static size_t OnHeader(char* data, size_t size, size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::string_view line(data, size * n);
    if (line.rfind("HTTP/", 0) == 0)
      t->response_head.clear();  // a new response (after 100 Continue)
    t->response_head.append(line);
    return size * n;
  }
  static int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
    if (type == CURLINFO_HEADER_OUT) static_cast<Transfer*>(user)->request_head.assign(data, size);
    return 0;
  }

  void Start(const std::string& origin, Host* host, Queued p) {
    auto t = std::make_unique<Transfer>();
    t->origin = origin;
    t->max_bytes = options_.max_response_bytes;
    CURL* e = curl_easy_init();
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, p.url.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);         // redirects go through the queues
    curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);  // archive bytes as received
    curl_easy_setopt(e, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout_ms));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Impl::OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Impl::OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &Impl::OnDebug);
    curl_easy_setopt(e, CURLOPT_DEBUGDATA, t.get());
    curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    t->headers = curl_slist_append(t->headers, "Accept-Encoding: gzip, deflate");
    if (!p.robots && p.chain.empty()) {
      if (!p.request.etag.empty())
        t->headers = curl_slist_append(t->headers, ("If-None-Match: " + p.request.etag).c_str());
      if (!p.request.last_modified.empty())
        t->headers = curl_slist_append(t->headers,
                                       ("If-Modified-Since: " + p.request.last_modified).c_str());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    t->pending = std::move(p);
    host->busy = true;
    ++counters_->requests;
    curl_multi_add_handle(multi_, e);
    transfers_[e] = std::move(t);
  }

  void Release(Transfer* t) {
    curl_multi_remove_handle(multi_, t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
  }

  void Harvest() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      auto it = transfers_.find(msg->easy_handle);
      std::unique_ptr<Transfer> t = std::move(it->second);
      transfers_.erase(it);
      long status = 0;
      curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
      char* ip = nullptr;
      curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP, &ip);
      std::string ip_address = ip ? ip : "";
      const CURLcode code = msg->data.result;
      Release(t.get());
      Host& host = hosts_[t->origin];
      host.busy = false;
      host.next_ms = NowMs() + static_cast<int64_t>(HostDelaySeconds(host) * 1000);
      Done(&host, std::move(t), code, static_cast<int>(status), ip_address);
    }
  }

  void Done(Host* host, std::unique_ptr<Transfer> t, CURLcode code, int status,
            const std::string& ip) {
    Queued& p = t->pending;
    const int64_t now = NowMs();
    if (code == CURLE_OK) {
      observer_->OnExchange({p.url, now / 1000, ip, t->request_head, t->response_head, t->body});
    }
    if (p.robots) return RobotsDone(host, *t, code, status);
    if (t->too_large) {
      return Fail(p, Status::TooLarge("response of " + p.url + " larger than max_response_bytes (" +
                                      std::to_string(options_.max_response_bytes) + ")"));
    }
    io::HeaderFields fields = ResponseFields(t->response_head);
    if (code != CURLE_OK || IsRetryable(status)) {
      double retry_after = RetryAfterSeconds(io::FindField(fields, "Retry-After"), now / 1000);
      if (p.attempt < options_.max_retries && retry_after <= options_.max_retry_after_seconds) {
        double backoff = options_.retry_base_seconds * std::pow(2.0, p.attempt);
        double wait = std::max(backoff, retry_after);
        ++p.attempt;
        ++counters_->retries;
        p.not_before_ms = now + static_cast<int64_t>(wait * 1000);
        if (retry_after > 0) host->next_ms = std::max(host->next_ms, p.not_before_ms);
        host->queue.push_front(std::move(p));
        return;
      }
      if (code != CURLE_OK) {
        return Fail(p, Status::IOError(p.url + ": " + curl_easy_strerror(code) + " (after " +
                                       std::to_string(p.attempt) + " retries)"));
      }
    }
    if (IsRedirect(status) && !io::FindField(fields, "Location").empty()) {
      // Resolved before p is moved: the order arguments are evaluated in is unspecified
      // (clang moved p first and resolved against an empty URL).
      std::string target = feed::ResolveAgainst(p.url, io::FindField(fields, "Location"));
      return Redirect(std::move(p), std::move(target));
    }
    FetchResult r;
    r.final_url = p.url;
    r.http_status = status;
    r.fetched_at = now / 1000;
    r.etag = std::string(io::FindField(fields, "ETag"));
    r.last_modified = std::string(io::FindField(fields, "Last-Modified"));
    r.body = std::move(t->body);
    r.status = io::DecodeHttpBody(fields, options_.max_response_bytes, &r.body);
    if (!r.status.ok())
      r.status =
          Status(r.status.code() == Status::Code::kTooLarge
                     ? Status::TooLarge(p.url + ": decoded body larger than max_response_bytes (" +
                                        std::to_string(options_.max_response_bytes) + ")")
                     : Status::Corruption(p.url + ": " + r.status.message()));
    r.headers = std::move(fields);
    Finish(p, std::move(r));
  }

  // Moves p on to target, keeping the chain. Returns an error for a loop or a chain
  // longer than max_redirects (p is then left unchanged but for the chain).
  Status Hop(Queued* p, std::string target) const {
    p->chain.push_back(p->url);
    if (std::find(p->chain.begin(), p->chain.end(), target) != p->chain.end())
      return Status::Corruption("redirect loop at " + target + " (from " + p->request.url + ")");
    if (p->chain.size() > options_.max_redirects) {
      return Status::Corruption("more than " + std::to_string(options_.max_redirects) +
                                " redirects from " + p->request.url);
    }
    p->url = std::move(target);
    return Status::OK();
  }

  void Redirect(Queued p, std::string target) {
    if (Status s = Hop(&p, std::move(target)); !s.ok()) return Fail(p, s);
    p.attempt = 0;
    p.not_before_ms = 0;
    Enqueue(std::move(p));
  }

  // RFC 9309 2.3.1: 2xx parse; a redirect is followed (up to max_redirects, across hosts
  // too; more, or a loop, counts as unavailable); 4xx allow all; 5xx and network errors
  // disallow all (until the next run).
  void RobotsDone(Host* host, Transfer& t, CURLcode code, int status) {
    const io::HeaderFields fields = ResponseFields(t.response_head);
    const std::string_view location = io::FindField(fields, "Location");
    if (code == CURLE_OK && IsRedirect(status) && !location.empty() &&
        Hop(&t.pending, feed::ResolveAgainst(t.pending.url, location)).ok()) {
      host->robots_hop = std::move(t.pending);
      return;
    }
    host->robots = Host::Robots::kReady;
    if (code == CURLE_OK && status >= 200 && status < 300) {
      std::string body = std::move(t.body);
      if (!io::DecodeHttpBody(fields, options_.max_response_bytes, &body).ok()) body.clear();
      host->rules = RobotsRules::Parse(body, product_token_);
    } else if (code == CURLE_OK && status >= 300 && status < 500) {
      host->rules = RobotsRules::AllowAll();
    } else {
      host->rules = RobotsRules::DisallowAll();
    }
    host->crawl_delay = host->rules.crawl_delay_seconds();
    host->next_ms = NowMs() + static_cast<int64_t>(HostDelaySeconds(*host) * 1000);
  }

  const FetchOptions options_;
  FetchObserver* const observer_;
  Fetcher* const outer_;
  Counters* const counters_;
  std::string product_token_;
  CURLM* multi_ = nullptr;
  std::map<std::string, Host> hosts_;
  std::map<CURL*, std::unique_ptr<Transfer>> transfers_;
  std::unordered_set<std::string> known_;  // queued or in flight
};

Fetcher::Fetcher(FetchOptions options, FetchObserver* observer)
    : impl_(std::make_unique<Impl>(std::move(options), observer, this, &counters_)) {}
Fetcher::~Fetcher() = default;
bool Fetcher::Add(FetchRequest request) { return impl_->Add(std::move(request)); }
Status Fetcher::Run(const std::atomic<bool>* stop) { return impl_->Run(stop); }
std::vector<FetchRequest> Fetcher::Pending() const { return impl_->Pending(); }
std::map<std::string, int64_t> Fetcher::HostSchedule() const { return impl_->HostSchedule(); }
void Fetcher::SetHostSchedule(const std::map<std::string, int64_t>& next_fetch_ms) {
  impl_->SetHostSchedule(next_fetch_ms);
}

}  // namespace lede::crawl
