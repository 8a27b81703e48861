#include "crawl/crawler.h"

#include <signal.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>

#include "io/header_fields.h"
#include "io/sniff.h"
#include "util/url.h"

namespace lede::crawl {
namespace {

int64_t Now() { return static_cast<int64_t>(std::time(nullptr)); }

// Cache-Control max-age in seconds, or 0.
int64_t MaxAge(const std::vector<std::pair<std::string, std::string>>& headers) {
  std::string_view cc = io::FindField(headers, "Cache-Control");
  size_t pos = cc.find("max-age=");
  if (pos == std::string_view::npos) return 0;
  return std::strtoll(std::string(cc.substr(pos + 8)).c_str(), nullptr, 10);
}

// The pid in a WARC file name "PREFIX-TIMESTAMP-PID-SEQ.warc.gz.open", or 0.
pid_t WriterPid(const std::string& name) {
  size_t end = name.rfind('-');
  if (end == std::string::npos) return 0;
  size_t start = name.rfind('-', end - 1);
  if (start == std::string::npos) return 0;
  return static_cast<pid_t>(
      std::strtol(name.substr(start + 1, end - start - 1).c_str(), nullptr, 10));
}

}  // namespace

int64_t NextPollInterval(const CrawlOptions& options, int64_t current, bool brought_new,
                         int64_t ttl_seconds) {
  int64_t interval = brought_new || current <= 0 ? options.poll_seconds : current * 2;
  interval = std::max(interval, ttl_seconds);
  return std::clamp(interval, options.min_poll_seconds,
                    std::max(options.min_poll_seconds, options.max_poll_seconds));
}

// The state of one round: the fetcher's observer.
class Crawler::Round : public FetchObserver {
 public:
  Round(const Crawler& crawler, CrawlReport* report)
      : c_(crawler),
        report_(report),
        fetcher_(crawler.options_.fetch, this),
        warc_(crawler.options_.warc, [this](const std::string& path) { FileClosed(path); }) {}

  Status Run(bool all_feeds, const std::atomic<bool>* stop) {
    std::vector<FeedState> due;
    Status s = c_.state_->DueFeeds(Now(), all_feeds, &due);
    if (!s.ok()) return s;
    for (FeedState& f : due) {
      fetcher_.Add({f.url, FetchKind::kFeed, f.etag, f.last_modified, ""});
      feeds_[f.url] = std::move(f);
    }
    std::vector<FrontierEntry> frontier;
    s = c_.state_->Frontier(&frontier);
    if (!s.ok()) return s;
    for (FrontierEntry& e : frontier) fetcher_.Add({e.url, FetchKind::kPage, "", "", e.feed_url});
    std::map<std::string, int64_t> schedule;
    s = c_.state_->LoadHostSchedule(&schedule);
    if (!s.ok()) return s;
    fetcher_.SetHostSchedule(schedule);
    s = fetcher_.Run(stop);
    Status saved = c_.state_->SaveHostSchedule(fetcher_.HostSchedule());
    Status closed = warc_.Close();
    c_.ingest_->Drain();
    CollectIngested();
    report_->http_requests += fetcher_.counters().requests;
    report_->robots_disallowed += fetcher_.counters().robots_disallowed;
    for (const Status& x : {s, saved, closed, error_}) {
      if (!x.ok()) return x;
    }
    return Status::OK();
  }

  void OnExchange(const HttpExchange& exchange) override {
    Status s = warc_.Write(exchange);
    if (!s.ok() && error_.ok()) error_ = s;
    last_warc_path_ = warc_.open_path();
    CollectIngested();
  }

  void OnResult(Fetcher* fetcher, FetchResult result) override {
    if (result.request.kind == FetchKind::kFeed) return FeedDone(result);
    DoneUrl done{
        CanonicalUrl(result.request.url), result.request.url, Now(), result.http_status, "", ""};
    if (result.status.ok() && result.http_status >= 200 && result.http_status < 300) {
      ++report_->pages_fetched;
      done.warc_file = last_warc_path_;
      pending_done_[last_warc_path_].push_back(std::move(done));  // done once ingested
      return;
    }
    ++report_->pages_failed;
    done.error = result.status.ok() ? "HTTP " + std::to_string(result.http_status)
                                    : result.status.ToString();
    Report(result.request.url, result.status.ok() ? Status::NotFound(done.error) : result.status);
    Keep(c_.state_->MarkDone({done}));
  }

 private:
  void Report(const std::string& url, const Status& error) {
    if (c_.callbacks_.on_error) c_.callbacks_.on_error(url, error);
  }
  void Keep(const Status& s) {
    if (!s.ok() && error_.ok()) error_ = s;
  }

  // A feed polled: read it, queue its new links, reschedule it.
  void FeedDone(const FetchResult& result) {
    FeedState& state = feeds_[result.request.url];
    state.url = result.request.url;
    state.last_fetched = Now();
    state.last_status = result.http_status;
    state.last_error.clear();
    bool brought_new = false;
    int64_t ttl = 0;
    if (result.status.ok() && result.http_status == 304) {
      ++report_->feeds_not_modified;
    } else if (result.status.ok() && result.http_status >= 200 && result.http_status < 300) {
      Status s = ReadFeed(result, &brought_new, &ttl);
      if (s.ok()) {
        ++report_->feeds_fetched;
        state.etag = result.etag;
        state.last_modified = result.last_modified;
      } else {
        ++report_->feeds_failed;
        state.last_error = s.ToString();
        Report(result.request.url, s);
      }
    } else {
      ++report_->feeds_failed;
      Status s = result.status.ok() ? Status::NotFound("HTTP " + std::to_string(result.http_status))
                                    : result.status;
      state.last_error = s.ToString();
      Report(result.request.url, s);
    }
    state.unchanged = brought_new ? 0 : state.unchanged + 1;
    state.interval_seconds =
        NextPollInterval(c_.options_, state.interval_seconds, brought_new, ttl);
    // Now() has whole seconds: one more makes the wait at least the interval.
    state.next_fetch = state.last_fetched + 1 + state.interval_seconds;
    Keep(c_.state_->UpdateFeed(state));
  }

  Status ReadFeed(const FetchResult& result, bool* brought_new, int64_t* ttl) {
    FeedParseOptions options = c_.options_.feed;
    options.base_url = result.final_url;
    options.content_type = std::string(io::FindField(result.headers, "Content-Type"));
    Feed feed;
    Status s = ParseFeed(result.body, options, &feed);
    if (!s.ok()) {
      if (!io::LooksLikeHtml(std::string_view(result.body).substr(0, io::kSniffBytes))) return s;
      std::vector<std::string> found = DiscoverFeeds(result.body, result.final_url);
      if (found.empty())
        return Status::NotFound("a page that announces no feed (no <link rel=alternate>)");
      for (const std::string& url : found) AddFeed(url);
      return Status::OK();
    }
    *ttl = std::max<int64_t>(feed.ttl_minutes * 60, MaxAge(result.headers));
    for (const FeedItem& item : feed.items) {
      if (feed.type == FeedType::kSitemapIndex) {
        AddFeed(item.link);
        continue;
      }
      const std::string canonical = CanonicalUrl(item.link);
      if (canonical.empty()) continue;
      bool added = false;
      s = c_.state_->AddToFrontier(canonical, item.link, result.request.url, Now(), &added);
      if (!s.ok()) return s;
      if (!added) continue;
      *brought_new = true;
      ++report_->items_new;
      fetcher_.Add({item.link, FetchKind::kPage, "", "", result.request.url});
    }
    return Status::OK();
  }

  // A feed found in this round (sitemap index child, discovered): known from
  // now on and polled at once.
  void AddFeed(const std::string& url) {
    if (url.empty() || feeds_.count(url)) return;
    Keep(c_.state_->AddFeed(url));
    feeds_[url].url = url;
    fetcher_.Add({url, FetchKind::kFeed, "", "", ""});
  }

  // A WARC file is complete: the ingest thread takes it.
  void FileClosed(const std::string& path) {
    ++report_->warc_files;
    Keep(c_.state_->RecordWarcFile(path, Now(), false));
    c_.ingest_->Add(path);
  }

  // The files the ingest thread finished: their URLs are marked done.
  void CollectIngested() {
    for (IngestedFile& file : c_.ingest_->TakeDone()) {
      Keep(file.status);
      report_->ingest.documents += file.report.documents;
      report_->ingest.added += file.report.added;
      report_->ingest.existing += file.report.existing;
      report_->ingest.near_duplicates += file.report.near_duplicates;
      report_->ingest.failed += file.report.failed;
      if (!file.status.ok()) continue;
      Keep(c_.state_->RecordWarcFile(file.path, Now(), true));
      auto pending = pending_done_.find(file.path + ".open");
      if (pending == pending_done_.end()) continue;
      for (DoneUrl& d : pending->second) d.warc_file = file.path;
      Keep(c_.state_->MarkDone(pending->second));
      pending_done_.erase(pending);
    }
  }

  const Crawler& c_;
  CrawlReport* report_;
  Fetcher fetcher_;
  WarcWriter warc_;
  std::map<std::string, FeedState> feeds_;
  std::string last_warc_path_;
  std::map<std::string, std::vector<DoneUrl>> pending_done_;  // by .open path
  Status error_;
};

Crawler::Crawler(CrawlOptions options, CrawlCallbacks callbacks, Store* store, CrawlState* state)
    : options_(std::move(options)),
      callbacks_(std::move(callbacks)),
      state_(state),
      ingest_(std::make_unique<BackgroundIngest>(options_.ingest, store)) {}

Crawler::~Crawler() = default;

Status Crawler::Recover() {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options_.warc.directory, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".open") != 0) continue;
    const pid_t pid = WriterPid(name);
    if (pid > 0 && kill(pid, 0) == 0) continue;  // another live crawl writes it
    fs::remove(entry.path(), ec);
  }
  if (ec) return Status::IOError("cannot read " + options_.warc.directory + ": " + ec.message());
  std::vector<std::string> files;
  Status s = state_->UningestedWarcFiles(&files);
  if (!s.ok()) return s;
  for (const std::string& path : files) ingest_->Add(path);
  ingest_->Drain();
  for (const IngestedFile& file : ingest_->TakeDone()) {
    s = file.status.ok() ? state_->RecordWarcFile(file.path, Now(), true) : file.status;
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Crawler::RunRound(bool all_feeds, const std::atomic<bool>* stop, CrawlReport* report) {
  auto round = std::make_unique<Round>(*this, report);
  return round->Run(all_feeds, stop);
}

}  // namespace lede::crawl
