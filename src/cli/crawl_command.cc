// lede crawl / lede watch: poll feeds and sitemaps politely, archive every
// response to WARC, ingest the articles (src/crawl/crawler.h).
#include <signal.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.h"
#include "cli/command.h"
#include "cli/store_output.h"
#include "crawl/crawler.h"
#include "lede/store.h"
#include "util/lines.h"

namespace lede::cli {
namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop.store(true); }

void InstallStopHandlers() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

struct CrawlArgs {
  std::string db;
  std::string feeds_file;
  bool once = false;
  bool quiet = false;
  crawl::CrawlOptions crawl;
};

// The URLs of a FEEDS file: one per line; blank lines and '#' comments skipped.
Status ReadFeedList(const std::string& path, std::vector<std::string>* urls) {
  return ForEachLine(path, [&](std::string_view line, uint64_t) {
    std::string s(line);
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    s.erase(0, s.find_first_not_of(" \t"));
    if (!s.empty() && s[0] != '#') urls->push_back(s);
    return Status::OK();
  });
}

void PrintReport(const char* command, const crawl::CrawlReport& r) {
  auto n = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  std::fprintf(stderr,
               "lede %s: feeds %llu read, %llu not modified, %llu failed; %llu new links; pages "
               "%llu fetched, "
               "%llu failed, %llu disallowed by robots.txt; %llu HTTP requests; %llu WARC files; "
               "%llu articles added, %llu already stored, %llu not extracted\n",
               command, n(r.feeds_fetched), n(r.feeds_not_modified), n(r.feeds_failed),
               n(r.items_new), n(r.pages_fetched), n(r.pages_failed), n(r.robots_disallowed),
               n(r.http_requests), n(r.warc_files), n(r.ingest.added), n(r.ingest.existing),
               n(r.ingest.failed));
}

// Sleeps until `when` (seconds since the epoch) or a stop signal.
void SleepUntil(int64_t when) {
  while (!g_stop.load() && static_cast<int64_t>(std::time(nullptr)) < when) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

int RunCrawl(const char* command, CrawlArgs& args, bool keep_polling) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(args.db, StoreOptions(), &store);
  crawl::CrawlState state;
  if (s.ok()) s = state.Open(args.db);
  if (!s.ok()) {
    std::fprintf(stderr, "lede %s: cannot open store %s: %s\n", command, args.db.c_str(),
                 s.ToString().c_str());
    return kExitUsage;
  }
  struct stat st;
  if (stat(args.crawl.warc.directory.c_str(), &st) != 0 &&
      mkdir(args.crawl.warc.directory.c_str(), 0755) != 0) {
    std::fprintf(stderr, "lede %s: cannot create --warc-dir %s\n", command,
                 args.crawl.warc.directory.c_str());
    return kExitUsage;
  }
  if (!args.feeds_file.empty()) {
    std::vector<std::string> urls;
    s = ReadFeedList(args.feeds_file, &urls);
    for (size_t i = 0; s.ok() && i < urls.size(); ++i) s = state.AddFeed(urls[i]);
    if (!s.ok()) {
      std::fprintf(stderr, "lede %s: %s\n", command, s.ToString().c_str());
      return kExitUsage;
    }
  }
  InstallStopHandlers();
  crawl::CrawlCallbacks callbacks;
  bool any_failed = false;
  callbacks.on_error = [&](const std::string& url, const Status& error) {
    any_failed = true;
    if (!args.quiet)
      std::fprintf(stderr, "lede %s: %s: %s\n", command, url.c_str(), error.ToString().c_str());
  };
  crawl::Crawler crawler(args.crawl, callbacks, store.get(), &state);
  s = crawler.Recover();
  bool first = true;
  while (s.ok() && !g_stop.load()) {
    crawl::CrawlReport report;
    s = crawler.RunRound(/*all_feeds=*/first && args.once, &g_stop, &report);
    PrintReport(command, report);
    first = false;
    if (!keep_polling) break;
    int64_t next = 0;
    if (s.ok()) s = state.NextFeedTime(&next);
    SleepUntil(std::max<int64_t>(next, std::time(nullptr) + 1));
  }
  if (!s.ok()) {
    std::fprintf(stderr, "lede %s: %s\n", command, s.ToString().c_str());
    return kExitSomeFailed;
  }
  if (g_stop.load()) std::fprintf(stderr, "lede %s: stopped; the next run resumes\n", command);
  return any_failed ? kExitSomeFailed : kExitOk;
}

void AddCrawlOptions(CLI::App* cmd, CrawlArgs* args) {
  AddDbOption(cmd, &args->db);
  crawl::FetchOptions& f = args->crawl.fetch;
  cmd->add_option("--warc-dir", args->crawl.warc.directory,
                  "where the .warc.gz files go (created if missing)")
      ->required();
  cmd->add_option("--warc-file-bytes", args->crawl.warc.max_file_bytes,
                  "start a new WARC file once one reaches this size (0 = never)")
      ->capture_default_str();
  cmd->add_option("--warc-file-seconds", args->crawl.warc.max_file_seconds,
                  "start a new WARC file once one is this old (0 = never); a file is ingested "
                  "when it closes, while the crawl goes on")
      ->capture_default_str();
  cmd->add_option("--user-agent", f.user_agent,
                  "User-Agent; robots.txt groups match its first word")
      ->capture_default_str();
  cmd->add_option("--delay", f.host_delay_seconds, "seconds between requests to one host")
      ->capture_default_str();
  cmd->add_option("--max-crawl-delay", f.max_crawl_delay_seconds,
                  "robots.txt Crawl-delay honoured up to this")
      ->capture_default_str();
  cmd->add_option("--connections", f.max_connections, "requests in flight over all hosts")
      ->capture_default_str()
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--connect-timeout-ms", f.connect_timeout_ms,
                  "connection timeout (0 = curl's default)")
      ->capture_default_str();
  cmd->add_option("--timeout-ms", f.timeout_ms, "whole-request timeout (0 = none)")
      ->capture_default_str();
  cmd->add_option("--max-response-bytes", f.max_response_bytes,
                  "largest response body, as received and decompressed (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--max-redirects", f.max_redirects, "redirects followed per URL")
      ->capture_default_str();
  cmd->add_option("--max-retries", f.max_retries, "retries after 429, 5xx or network errors")
      ->capture_default_str();
  cmd->add_option("--retry-base", f.retry_base_seconds,
                  "first retry backoff in seconds (doubles each time)")
      ->capture_default_str();
  cmd->add_option("--max-retry-after", f.max_retry_after_seconds,
                  "longest Retry-After honoured, seconds")
      ->capture_default_str();
  cmd->add_option("--max-feed-items", args->crawl.feed.max_items,
                  "items read per feed (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--poll", args->crawl.poll_seconds, "first polling interval of a feed, seconds")
      ->capture_default_str();
  cmd->add_option("--min-poll", args->crawl.min_poll_seconds, "shortest polling interval, seconds")
      ->capture_default_str();
  cmd->add_option("--max-poll", args->crawl.max_poll_seconds,
                  "longest polling interval (feeds that never change back off to it), seconds")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet, "report only the totals");
  AddReaderLimitOptions(cmd, &args->crawl.ingest.reader);
}

}  // namespace

void AddCrawlCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<CrawlArgs>();
  auto* cmd = app->add_subcommand(
      "crawl",
      "Poll the feeds, sitemaps and sites listed in FEEDS (one URL per line), fetch the new\n"
      "articles politely (robots.txt, one request per host at a time with --delay), archive\n"
      "every response to WARC files in --warc-dir and ingest them into the store. With --once,\n"
      "one pass over every feed and exit; without, keep polling like `lede watch`. State lives\n"
      "in the store: SIGINT/SIGTERM stop gracefully and a new run resumes (even after kill -9).\n"
      "Exit status: 0 ok, 1 some feeds or pages failed (each reported), 2 usage error.");
  cmd->add_option("feeds", args->feeds_file, "file of feed, sitemap or site URLs, one per line")
      ->required();
  cmd->add_flag("--once", args->once, "one pass over all feeds and their new links, then exit");
  AddCrawlOptions(cmd, args);
  cmd->callback([args, exit_status] { *exit_status = RunCrawl("crawl", *args, !args->once); });
}

void AddWatchCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<CrawlArgs>();
  auto* cmd = app->add_subcommand(
      "watch",
      "Keep polling every feed known to the store (and those in FEEDS, if given), each on its\n"
      "own schedule: --poll at first, doubled while a feed brings nothing new (up to\n"
      "--max-poll), raised to its RSS <ttl> or Cache-Control max-age; new articles are\n"
      "fetched, archived to WARC and ingested as by `lede crawl`. Runs until SIGINT/SIGTERM.");
  cmd->add_option("feeds", args->feeds_file,
                  "file of feed, sitemap or site URLs to add, one per line");
  AddCrawlOptions(cmd, args);
  cmd->callback([args, exit_status] { *exit_status = RunCrawl("watch", *args, true); });
}

}  // namespace lede::cli
