#include "store/query_sql.h"

#include <cstdio>

#include "store/date_facets.h"
#include "store/schema.h"
#include "store/bm25.h"
#include "store/snippet.h"

namespace lede {

void SqlWhere::Add(std::string_view clause, std::vector<SqlValue> values) {
  clauses_.emplace_back(clause);
  for (SqlValue& v : values) values_.push_back(std::move(v));
}

std::string SqlWhere::Sql() const {
  std::string sql;
  for (const std::string& c : clauses_) sql += (sql.empty() ? "WHERE (" : " AND (") + c + ")";
  return sql;
}

Status ForEachRow(sqlite::Database* db, const std::string& sql, const std::vector<SqlValue>& values,
                  const std::function<void(const sqlite::Statement&)>& on_row) {
  sqlite::CachedStatement cached;
  Status s = db->PrepareCached(sql, &cached);
  if (!s.ok()) return Status::InvalidArgument(s.message());
  sqlite::Statement& stmt = cached.get();
  for (size_t i = 0; i < values.size(); ++i) {
    int index = static_cast<int>(i + 1);
    if (const int64_t* n = std::get_if<int64_t>(&values[i])) stmt.Bind(index, *n);
    else stmt.Bind(index, std::string_view(std::get<std::string>(values[i])));
  }
  bool row = false;
  while ((s = stmt.Step(&row)).ok() && row) on_row(stmt);
  return s;
}

Status QueryCount(sqlite::Database* db, const std::string& sql, const std::vector<SqlValue>& values,
                  uint64_t* count) {
  *count = 0;
  return ForEachRow(db, sql, values, [count](const sqlite::Statement& row) {
    *count = static_cast<uint64_t>(row.Int(0));
  });
}

std::vector<SqlValue> WithPage(std::vector<SqlValue> values, const PageRequest& page) {
  values.emplace_back(int64_t{page.limit});
  values.emplace_back(int64_t{page.offset});
  return values;
}

Status CheckPage(const PageRequest& page, uint32_t max_limit) {
  if (page.limit < 1 || page.limit > max_limit) {
    return Status::InvalidArgument("limit: " + std::to_string(page.limit) + " is not between 1 and " +
                                   std::to_string(max_limit));
  }
  return Status::OK();
}

Status CheckDate(std::string_view parameter, const std::string& date) {
  SearchFilters filters;
  filters.from = date;
  std::string unused;
  Status s = FacetFilter(filters, &unused);
  if (s.ok()) return s;
  return Status::InvalidArgument(std::string(parameter) + ": " + s.message());
}

Status CheckDateRange(const std::string& from, const std::string& to) {
  Status s = CheckDate("from", from);
  if (s.ok()) s = CheckDate("to", to);
  if (s.ok() && !from.empty() && !to.empty() && to < from) {
    s = Status::InvalidArgument("from: " + from + " is after to " + to);
  }
  return s;
}

void AddPublishedRange(const std::string& column, const std::string& from, const std::string& to,
                       SqlWhere* where) {
  if (!from.empty()) where->Add(column + " >= ?", {from});
  if (!to.empty()) where->Add(column + " < date(?, '+1 day')", {to});  // indexable, unlike substr()
}

int DateBucketLength(const std::string& first, const std::string& last) {
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  if (std::sscanf(first.c_str(), "%d-%d-%d", &y1, &m1, &d1) != 3 ||
      std::sscanf(last.c_str(), "%d-%d-%d", &y2, &m2, &d2) != 3) {
    return 7;
  }
  // Days since a fixed origin (civil calendar, Howard Hinnant's days_from_civil).
  auto days = [](int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
  };
  return days(y2, m2, d2) - days(y1, m1, d1) < 62 ? 10 : 7;
}

bool WalkNewestArticles(sqlite::Database* db, const PageRequest& page, uint64_t matches, Status* s) {
  if (matches == 0) return false;
  int64_t articles = 0;  // ids are dense: the largest is about the count, without counting
  *s = db->QueryInt("SELECT coalesce(max(id), 0) FROM articles", &articles);
  const double page_end = static_cast<double>(page.offset) + page.limit;
  return s->ok() && page_end * static_cast<double>(articles) / static_cast<double>(matches) < static_cast<double>(matches);
}

Status DateHistogram(sqlite::Database* db, const std::string& from_where, const std::vector<SqlValue>& values,
                     std::vector<ValueCount>* histogram) {
  const std::string dated = " " + from_where + " AND a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'";
  std::string first, last;
  Status s = ForEachRow(db, "SELECT min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10))" + dated,
                        values, [&](const sqlite::Statement& row) {
                          first = row.Text(0);
                          last = row.Text(1);
                        });
  if (!s.ok() || first.empty()) return s;
  std::string bucket = "substr(a.published, 1, " + std::to_string(DateBucketLength(first, last)) + ")";
  return ForEachRow(db, "SELECT " + bucket + ", count(*)" + dated + " GROUP BY 1 ORDER BY 1", values,
                    [histogram](const sqlite::Statement& row) {
                      histogram->push_back({row.Text(0), static_cast<uint64_t>(row.Int(1))});
                    });
}

PooledConnection::~PooledConnection() {
  if (db_ != nullptr) pool_->Release(std::move(db_));
}

Status ConnectionPool::Acquire(std::unique_ptr<PooledConnection>* connection) {
  std::unique_ptr<sqlite::Database> db;
  {
    std::unique_lock<std::mutex> lock(mu_);
    released_.wait(lock, [this] { return !idle_.empty() || open_ < options_.connections; });
    if (!idle_.empty()) {
      db = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++open_;
    }
  }
  if (db == nullptr) {
    Status s = OpenConnection(&db);
    if (!s.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      --open_;
      released_.notify_one();
      return s;
    }
  }
  *connection = std::make_unique<PooledConnection>(this, std::move(db));
  return Status::OK();
}

Status ConnectionPool::OpenConnection(std::unique_ptr<sqlite::Database>* db) const {
  auto conn = std::make_unique<sqlite::Database>();
  Status s = conn->Open(path_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(conn->handle(), static_cast<int>(options_.busy_timeout_ms));
  conn->SetStatementTimeLimit(options_.query_time_limit_ms);
  conn->SetStatementCacheSize(options_.statement_cache_size);
  s = conn->Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -" + std::to_string(options_.cache_kib));
  if (s.ok()) s = CheckOrMigrateSchema(conn.get(), path_, static_cast<int>(options_.busy_timeout_ms));
  if (s.ok()) s = RegisterSnippetFunction(conn.get());
  if (s.ok()) s = RegisterBm25Function(conn.get());
  if (s.ok()) *db = std::move(conn);
  return s;
}

void ConnectionPool::Release(std::unique_ptr<sqlite::Database> db) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(db));
  released_.notify_one();
}

}  // namespace lede
