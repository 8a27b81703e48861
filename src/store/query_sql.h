// What the read-side queries (include/lede/query.h) share: a pooled read-only
// connection, WHERE clauses built with their bound values, row loops, and the
// validation of pages and dates.
#ifndef LEDE_STORE_QUERY_SQL_H_
#define LEDE_STORE_QUERY_SQL_H_

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lede/query.h"
#include "store/sqlite.h"

namespace lede {

using SqlValue = std::variant<int64_t, std::string>;

// A conjunction of SQL conditions with anonymous '?' parameters, and their values
// in order of appearance.
class SqlWhere {
 public:
  // Adds `clause` (with as many '?' as `values`).
  void Add(std::string_view clause, std::vector<SqlValue> values = {});
  // "WHERE c1 AND c2 ..." or "" when there is no condition.
  std::string Sql() const;
  bool empty() const { return clauses_.empty(); }
  const std::vector<SqlValue>& values() const { return values_; }

 private:
  std::vector<std::string> clauses_;
  std::vector<SqlValue> values_;
};

// Runs `sql` with `values` bound to its '?' in order, calling on_row for each row.
// SQL errors (a malformed FTS5 query among them) are kInvalidArgument.
Status ForEachRow(sqlite::Database* db, const std::string& sql, const std::vector<SqlValue>& values,
                  const std::function<void(const sqlite::Statement&)>& on_row);
// Runs a query that yields one integer (0 if no row).
Status QueryCount(sqlite::Database* db, const std::string& sql, const std::vector<SqlValue>& values,
                  uint64_t* count);

// `values` followed by the page's limit and offset, for a trailing "LIMIT ? OFFSET ?".
std::vector<SqlValue> WithPage(std::vector<SqlValue> values, const PageRequest& page);

// kInvalidArgument unless 1 <= limit <= max_limit.
Status CheckPage(const PageRequest& page, uint32_t max_limit);
// kInvalidArgument naming `parameter` unless `date` is empty or YYYY-MM-DD.
Status CheckDate(std::string_view parameter, const std::string& date);
// kInvalidArgument unless `from` and `to` are dates (or empty) and from <= to.
Status CheckDateRange(const std::string& from, const std::string& to);

// Adds "published within [from, to]" on `column` (ISO dates; either may be empty).
void AddPublishedRange(const std::string& column, const std::string& from, const std::string& to,
                       SqlWhere* where);

// The length of a date bucket ("YYYY-MM-DD" = 10, "YYYY-MM" = 7) for dates whose
// earliest and latest day are `first` and `last`: days when they are less than
// 62 days apart.
int DateBucketLength(const std::string& first, const std::string& last);

// Whether to read a page of `matches` articles (newest first) by walking the
// articles newest first (stopping at the page's end) rather than sorting every
// match: a walk reads about page end x articles / matches articles, a sort reads
// all the matches, so the walk wins when the matches are many (events in a big
// country: 180k at 100k articles, whose sort took 0.6 s; a top entity's
// articles), the sort when they are few. *s is the status of reading the size.
bool WalkNewestArticles(sqlite::Database* db, const PageRequest& page, uint64_t matches, Status* s);

// Appends to *histogram the rows of `from_where` ("FROM ... articles a ... WHERE
// ...", with `values` for its '?') per published day or month (DateBucketLength
// of their date span), in date order. Rows without an ISO date are left out.
Status DateHistogram(sqlite::Database* db, const std::string& from_where, const std::vector<SqlValue>& values,
                     std::vector<ValueCount>* histogram);

// A read-only connection from a pool, returned to it when destroyed.
class ConnectionPool;
class PooledConnection {
 public:
  PooledConnection(ConnectionPool* pool, std::unique_ptr<sqlite::Database> db)
      : pool_(pool), db_(std::move(db)) {}
  PooledConnection(PooledConnection&&) = default;
  ~PooledConnection();
  sqlite::Database* get() const { return db_.get(); }

 private:
  ConnectionPool* pool_;
  std::unique_ptr<sqlite::Database> db_;
};

// Up to QueryOptions::connections read-only connections to one store, opened on
// demand; Acquire waits while all are in use. Thread-safe.
class ConnectionPool {
 public:
  ConnectionPool(std::string path, const QueryOptions& options) : path_(std::move(path)), options_(options) {}
  Status Acquire(std::unique_ptr<PooledConnection>* connection);

 private:
  friend class PooledConnection;
  Status OpenConnection(std::unique_ptr<sqlite::Database>* db) const;
  void Release(std::unique_ptr<sqlite::Database> db);

  const std::string path_;
  const QueryOptions options_;
  std::mutex mu_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<sqlite::Database>> idle_;
  uint32_t open_ = 0;  // connections in use or idle
};

}  // namespace lede

#endif  // LEDE_STORE_QUERY_SQL_H_
