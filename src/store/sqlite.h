// Thin RAII wrappers over the SQLite C API that turn result codes into Status.
#ifndef LEDE_STORE_SQLITE_H_
#define LEDE_STORE_SQLITE_H_

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <sqlite3.h>

#include "lede/status.h"

namespace lede::sqlite {

// A prepared statement. Not thread-safe (neither is its connection's use).
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&& other) noexcept;
  ~Statement() { sqlite3_finalize(stmt_); }

  // Parameters are 1-based, as in SQLite. Text and blobs are copied.
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);  // empty text binds NULL
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);

  // Runs one step. Returns OK with *row = true when a row is ready, OK with
  // *row = false when done, else the error (the statement is then reset):
  // kTooLarge when the connection's statement time limit ran out.
  Status Step(bool* row);
  // Runs to completion, ignoring rows.
  Status Run();
  // Resets the statement and clears its bindings for the next use.
  void Reset();

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Double(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const;  // NULL reads as ""
  // The same text without a copy, valid until the next Step or Reset.
  std::string_view TextView(int column) const;
  std::string Blob(int column) const;  // NULL reads as ""
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int ColumnCount() const { return sqlite3_column_count(stmt_); }

 private:
  friend class Database;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database;

// A statement borrowed from its connection's cache (Database::PrepareCached),
// given back reset and unbound when destroyed. Must not outlive the connection.
class CachedStatement {
 public:
  CachedStatement() = default;
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  ~CachedStatement();
  Statement& get() { return stmt_; }

 private:
  friend class Database;
  Database* db_ = nullptr;
  std::string sql_;
  Statement stmt_;
};

// One connection. Not thread-safe: callers serialise access.
class Database {
 public:
  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Opens `path` with the given SQLITE_OPEN_* flags.
  Status Open(const std::string& path, int flags);
  // Runs one or more statements without results.
  Status Exec(const std::string& sql);
  Status Prepare(std::string_view sql, Statement* stmt);
  // Sets *stmt to the prepared statement for `sql` from this connection's cache
  // (prepared on first use). A statement still borrowed is not shared: a second
  // borrower of the same SQL gets one of its own, and one of them is kept on
  // return. The cache keeps the statement_cache_size statements used last.
  Status PrepareCached(const std::string& sql, CachedStatement* stmt);
  // Runs one statement without results, prepared once (PrepareCached): for the
  // statements a connection runs for every query (BEGIN, COMMIT, ...).
  Status ExecCached(const std::string& sql);
  // Statements PrepareCached keeps (0 = none: each is prepared anew). Default 64.
  void SetStatementCacheSize(size_t size);
  // Runs a query that yields one integer (the first column of the first row; 0 if none).
  Status QueryInt(const std::string& sql, int64_t* value);
  int64_t LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }

  // Stops a statement (its Step returns kTooLarge) once it has run `ms`
  // milliseconds, counted from its first step, or from the first step of the
  // outermost statement still open on this connection (0 = no limit).
  void SetStatementTimeLimit(uint32_t ms);

  // A Status for SQLite result code `rc`, with the connection's message.
  Status Error(int rc, std::string_view context) const;

 private:
  friend class CachedStatement;
  void ReturnToCache(std::string sql, Statement stmt);

  // Statements cached, most recently used first, and by SQL (keys view the list's).
  std::list<std::pair<std::string, Statement>> cached_;
  std::unordered_map<std::string_view, std::list<std::pair<std::string, Statement>>::iterator> cached_by_sql_;
  size_t statement_cache_size_ = 64;
  sqlite3* db_ = nullptr;
  uint32_t statement_time_limit_ms_ = 0;
};

}  // namespace lede::sqlite

#endif  // LEDE_STORE_SQLITE_H_
