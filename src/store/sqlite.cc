#include "store/sqlite.h"

#include <chrono>
#include <string>

namespace lede::sqlite {
namespace {

// When the outermost open statement of this thread's current connection took
// its first step (connections are used by one thread at a time).
thread_local std::chrono::steady_clock::time_point t_statement_started;

// True when another statement of `db` than `stmt` is in the middle of a run.
bool OtherStatementOpen(sqlite3* db, sqlite3_stmt* stmt) {
  for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s != nullptr; s = sqlite3_next_stmt(db, s)) {
    if (s != stmt && sqlite3_stmt_busy(s)) return true;
  }
  return false;
}

// SQLite's progress handler: non-zero stops the running statement.
int StatementTimeLimitPassed(void* limit_ms) {
  auto limit = std::chrono::milliseconds(*static_cast<uint32_t*>(limit_ms));
  return std::chrono::steady_clock::now() - t_statement_started > limit;
}

}  // namespace

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  if (text.empty()) return BindNull(index);
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Status Statement::Step(bool* row) {
  sqlite3* db = sqlite3_db_handle(stmt_);
  if (!sqlite3_stmt_busy(stmt_) && !OtherStatementOpen(db, stmt_)) {
    t_statement_started = std::chrono::steady_clock::now();
  }
  int rc = sqlite3_step(stmt_);
  *row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return Status::OK();
  std::string message = sqlite3_errmsg(db);
  sqlite3_reset(stmt_);
  if (rc == SQLITE_INTERRUPT) return Status::TooLarge("query stopped at its time limit: " + message);
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::Corruption(message);
  if (rc == SQLITE_ERROR) return Status::InvalidArgument(message);
  return Status::IOError(message);
}

Status Statement::Run() {
  bool row = true;
  while (row) {
    Status s = Step(&row);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::Text(int column) const { return std::string(TextView(column)); }

std::string_view Statement::TextView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt_, column));
}

std::string Statement::Blob(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  if (bytes == nullptr) return "";
  return std::string(static_cast<const char*>(bytes), sqlite3_column_bytes(stmt_, column));
}

CachedStatement::~CachedStatement() {
  if (db_ != nullptr) db_->ReturnToCache(std::move(sql_), std::move(stmt_));
}

Database::~Database() {
  cached_by_sql_.clear();
  cached_.clear();  // finalized before the connection closes
  sqlite3_close_v2(db_);
}

Status Database::PrepareCached(const std::string& sql, CachedStatement* stmt) {
  auto found = cached_by_sql_.find(sql);
  if (found != cached_by_sql_.end()) {
    auto entry = found->second;
    cached_by_sql_.erase(found);  // before the string its key views
    stmt->stmt_ = std::move(entry->second);
    cached_.erase(entry);
  } else {
    Status s = Prepare(sql, &stmt->stmt_);
    if (!s.ok()) return s;
  }
  stmt->db_ = this;
  stmt->sql_ = sql;
  return Status::OK();
}

void Database::ReturnToCache(std::string sql, Statement stmt) {
  if (statement_cache_size_ == 0 || cached_by_sql_.count(sql) != 0) return;  // finalized here
  stmt.Reset();
  cached_.emplace_front(std::move(sql), std::move(stmt));
  cached_by_sql_.emplace(cached_.front().first, cached_.begin());
  SetStatementCacheSize(statement_cache_size_);
}

void Database::SetStatementCacheSize(size_t size) {
  statement_cache_size_ = size;
  while (cached_.size() > size) {
    cached_by_sql_.erase(cached_.back().first);
    cached_.pop_back();
  }
}

Status Database::Open(const std::string& path, int flags) {
  // SQLite's memory statistics (on by default) take a global mutex for every
  // allocation; lede reads none of them. Possible only before SQLite's first use
  // in the process (later, sqlite3_config refuses and nothing changes).
  static const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  static_cast<void>(kNoMemoryStatistics);
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc == SQLITE_OK) return Status::OK();
  Status s = rc == SQLITE_CANTOPEN ? Status::NotFound("cannot open " + path + ": " + sqlite3_errstr(rc))
                                   : Error(rc, "opening " + path);
  sqlite3_close_v2(db_);
  db_ = nullptr;
  return s;
}

Status Database::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::OK();
  std::string text = message ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::Corruption(text);
  return Status::IOError(text);
}

Status Database::ExecCached(const std::string& sql) {
  CachedStatement cached;
  Status s = PrepareCached(sql, &cached);
  return s.ok() ? cached.get().Run() : s;
}

Status Database::Prepare(std::string_view sql, Statement* stmt) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &raw, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "preparing statement");
  *stmt = Statement();
  stmt->stmt_ = raw;
  return Status::OK();
}

Status Database::QueryInt(const std::string& sql, int64_t* value) {
  Statement stmt;
  Status s = Prepare(sql, &stmt);
  if (!s.ok()) return s;
  bool row = false;
  s = stmt.Step(&row);
  *value = row ? stmt.Int(0) : 0;
  return s;
}

void Database::SetStatementTimeLimit(uint32_t ms) {
  statement_time_limit_ms_ = ms;
  if (ms == 0) sqlite3_progress_handler(db_, 0, nullptr, nullptr);
  else sqlite3_progress_handler(db_, 1000, &StatementTimeLimitPassed, &statement_time_limit_ms_);
}

Status Database::Error(int rc, std::string_view context) const {
  std::string message = std::string(context) + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::Corruption(message);
  return Status::IOError(message);
}

}  // namespace lede::sqlite
