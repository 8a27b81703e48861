#include "crawl/crawl_state.h"

#include "store/schema.h"

namespace lede::crawl {

Status CrawlState::Open(const std::string& path) {
  Status s = db_.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(db_.handle(), 10000);
  return CheckSchema(&db_);
}

Status CrawlState::AddFeed(const std::string& url) {
  sqlite::Statement st;
  Status s = db_.Prepare("INSERT OR IGNORE INTO crawl_feeds(url) VALUES(?)", &st);
  return s.ok() ? st.Bind(1, url).Run() : s;
}

Status CrawlState::DueFeeds(int64_t now, bool all, std::vector<FeedState>* feeds) {
  sqlite::Statement st;
  Status s = db_.Prepare(
      "SELECT url, etag, last_modified, last_fetched, next_fetch, interval_seconds, unchanged, "
      "last_status, "
      "last_error FROM crawl_feeds WHERE ? OR next_fetch <= ? ORDER BY url",
      &st);
  if (!s.ok()) return s;
  st.Bind(1, static_cast<int64_t>(all)).Bind(2, now);
  feeds->clear();
  for (bool row = false; (s = st.Step(&row)).ok() && row;) {
    FeedState f;
    f.url = st.Text(0), f.etag = st.Text(1), f.last_modified = st.Text(2);
    f.last_fetched = st.Int(3), f.next_fetch = st.Int(4), f.interval_seconds = st.Int(5);
    f.unchanged = st.Int(6), f.last_status = static_cast<int>(st.Int(7)), f.last_error = st.Text(8);
    feeds->push_back(std::move(f));
  }
  return s;
}

Status CrawlState::UpdateFeed(const FeedState& f) {
  sqlite::Statement st;
  Status s = db_.Prepare(
      "INSERT INTO crawl_feeds(url, etag, last_modified, last_fetched, next_fetch, "
      "interval_seconds, unchanged, "
      "last_status, last_error) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(url) DO "
      "UPDATE SET "
      "etag = ?2, last_modified = ?3, last_fetched = ?4, next_fetch = ?5, interval_seconds = ?6, "
      "unchanged = ?7, "
      "last_status = ?8, last_error = ?9",
      &st);
  if (!s.ok()) return s;
  st.Bind(1, f.url)
      .Bind(2, f.etag)
      .Bind(3, f.last_modified)
      .Bind(4, f.last_fetched)
      .Bind(5, f.next_fetch);
  st.Bind(6, f.interval_seconds).Bind(7, f.unchanged).Bind(8, static_cast<int64_t>(f.last_status));
  st.Bind(9, f.last_error);
  return st.Run();
}

Status CrawlState::NextFeedTime(int64_t* when) {
  return db_.QueryInt("SELECT coalesce(min(next_fetch), 0) FROM crawl_feeds", when);
}

Status CrawlState::AddToFrontier(const std::string& canonical_url, const std::string& url,
                                 const std::string& feed_url, int64_t now, bool* added) {
  sqlite::Statement st;
  Status s = db_.Prepare(
      "INSERT OR IGNORE INTO crawl_frontier(canonical_url, url, feed_url, added_at) "
      "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM crawl_seen WHERE canonical_url = ?1)",
      &st);
  if (!s.ok()) return s;
  s = st.Bind(1, canonical_url).Bind(2, url).Bind(3, feed_url).Bind(4, now).Run();
  *added = s.ok() && db_.Changes() > 0;
  return s;
}

Status CrawlState::ForEachRow(std::string_view sql,
                              const std::function<void(const sqlite::Statement&)>& fn) {
  sqlite::Statement st;
  Status s = db_.Prepare(sql, &st);
  if (!s.ok()) return s;
  for (bool row = false; (s = st.Step(&row)).ok() && row;) fn(st);
  return s;
}

Status CrawlState::Frontier(std::vector<FrontierEntry>* entries) {
  entries->clear();
  return ForEachRow("SELECT url, feed_url FROM crawl_frontier ORDER BY added_at, rowid",
                    [&](const sqlite::Statement& row) {
                      entries->push_back({row.Text(0), row.Text(1)});
                    });
}

Status CrawlState::MarkDone(const std::vector<DoneUrl>& done) {
  if (done.empty()) return Status::OK();
  Status s = db_.Exec("BEGIN IMMEDIATE");
  sqlite::Statement remove, insert;
  if (s.ok()) s = db_.Prepare("DELETE FROM crawl_frontier WHERE canonical_url = ?", &remove);
  if (s.ok()) {
    s = db_.Prepare(
        "INSERT OR REPLACE INTO crawl_seen(canonical_url, url, fetched_at, status, error, "
        "warc_file) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        &insert);
  }
  for (size_t i = 0; s.ok() && i < done.size(); ++i) {
    const DoneUrl& d = done[i];
    s = remove.Bind(1, d.canonical_url).Run();
    remove.Reset();
    if (s.ok()) {
      s = insert.Bind(1, d.canonical_url)
              .Bind(2, d.url)
              .Bind(3, d.fetched_at)
              .Bind(4, static_cast<int64_t>(d.status))
              .Bind(5, d.error)
              .Bind(6, d.warc_file)
              .Run();
    }
    insert.Reset();
  }
  if (s.ok()) return db_.Exec("COMMIT");
  db_.Exec("ROLLBACK");
  return s;
}

Status CrawlState::RecordWarcFile(const std::string& path, int64_t closed_at, bool ingested) {
  sqlite::Statement st;
  Status s = db_.Prepare(
      "INSERT INTO crawl_warc_files(path, closed_at, ingested_at) VALUES(?1, ?2, ?3) "
      "ON CONFLICT(path) DO UPDATE SET ingested_at = ?3",
      &st);
  if (!s.ok()) return s;
  st.Bind(1, path).Bind(2, closed_at);
  if (ingested) {
    st.Bind(3, closed_at);
  } else {
    st.BindNull(3);
  }
  return st.Run();
}

Status CrawlState::UningestedWarcFiles(std::vector<std::string>* paths) {
  paths->clear();
  return ForEachRow("SELECT path FROM crawl_warc_files WHERE ingested_at IS NULL ORDER BY path",
                    [&](const sqlite::Statement& row) { paths->push_back(row.Text(0)); });
}

Status CrawlState::SaveHostSchedule(const std::map<std::string, int64_t>& next_fetch_ms) {
  Status s = db_.Exec("BEGIN IMMEDIATE");
  sqlite::Statement st;
  if (s.ok())
    s = db_.Prepare("INSERT OR REPLACE INTO crawl_hosts(origin, next_fetch_ms) VALUES(?, ?)", &st);
  for (auto it = next_fetch_ms.begin(); s.ok() && it != next_fetch_ms.end(); ++it) {
    s = st.Bind(1, it->first).Bind(2, it->second).Run();
    st.Reset();
  }
  if (s.ok()) return db_.Exec("COMMIT");
  db_.Exec("ROLLBACK");
  return s;
}

Status CrawlState::LoadHostSchedule(std::map<std::string, int64_t>* next_fetch_ms) {
  return ForEachRow(
      "SELECT origin, next_fetch_ms FROM crawl_hosts",
      [&](const sqlite::Statement& row) { (*next_fetch_ms)[row.Text(0)] = row.Int(1); });
}

}  // namespace lede::crawl
