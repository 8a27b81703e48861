#include "store/sqlite.h"

#include <string>

#include <gtest/gtest.h>

namespace lede::sqlite {
namespace {

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db_.Exec("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)").ok());
  }

  // Statements the connection holds prepared (cached or borrowed).
  int PreparedStatements() const {
    int n = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db_.handle(), nullptr); s != nullptr; s = sqlite3_next_stmt(db_.handle(), s)) ++n;
    return n;
  }

  // The first column of the first row of `sql` with ?1 bound to `value` (if not 0).
  std::string FirstValue(const std::string& sql, int64_t value = 0) {
    CachedStatement stmt;
    EXPECT_TRUE(db_.PrepareCached(sql, &stmt).ok());
    if (value != 0) stmt.get().Bind(1, value);
    bool row = false;
    EXPECT_TRUE(stmt.get().Step(&row).ok());
    return row ? (stmt.get().IsNull(0) ? "NULL" : stmt.get().Text(0)) : "(no row)";
  }

  Database db_;
};

// Connections opened through Database do not keep SQLite's memory statistics
// (a global mutex taken for every allocation): the bytes in use read 0.
TEST_F(StatementCacheTest, SqliteKeepsNoMemoryStatistics) {
  EXPECT_EQ(FirstValue("SELECT count(*) FROM t"), "3");
  EXPECT_EQ(sqlite3_memory_used(), 0);
}

TEST_F(StatementCacheTest, ReusesOneStatementPerSqlWithBindingsCleared) {
  EXPECT_EQ(FirstValue("SELECT ?1", 7), "7");
  EXPECT_EQ(FirstValue("SELECT ?1"), "NULL");  // the 7 bound before is gone
  EXPECT_EQ(FirstValue("SELECT ?1", 8), "8");
  EXPECT_EQ(FirstValue("SELECT count(*) FROM t"), "3");
  EXPECT_EQ(PreparedStatements(), 2);
}

TEST_F(StatementCacheTest, StatementsLeftMidwayAreResetForTheNextUse) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(FirstValue("SELECT x FROM t ORDER BY x"), "1");
  // A reset statement holds no read transaction: a write on the connection goes through.
  EXPECT_TRUE(db_.Exec("INSERT INTO t VALUES (0)").ok());
  EXPECT_EQ(FirstValue("SELECT x FROM t ORDER BY x"), "0");
}

TEST_F(StatementCacheTest, NestedUsesOfOneSqlGetTheirOwnStatements) {
  CachedStatement outer;
  ASSERT_TRUE(db_.PrepareCached("SELECT x FROM t WHERE x >= ?1 ORDER BY x", &outer).ok());
  outer.get().Bind(1, int64_t{2});
  bool row = false;
  ASSERT_TRUE(outer.get().Step(&row).ok() && row);
  EXPECT_EQ(FirstValue("SELECT x FROM t WHERE x >= ?1 ORDER BY x", 1), "1");
  EXPECT_EQ(outer.get().Int(0), 2);
  ASSERT_TRUE(outer.get().Step(&row).ok() && row);
  EXPECT_EQ(outer.get().Int(0), 3);
  EXPECT_EQ(PreparedStatements(), 2);  // the outer one borrowed, the inner one cached
}

TEST_F(StatementCacheTest, KeepsTheMostRecentlyUsedWithinItsSize) {
  db_.SetStatementCacheSize(2);
  FirstValue("SELECT 1");
  FirstValue("SELECT 2");
  FirstValue("SELECT 1");
  FirstValue("SELECT 3");  // drops SELECT 2, the least recently used
  EXPECT_EQ(PreparedStatements(), 2);
  for (sqlite3_stmt* s = sqlite3_next_stmt(db_.handle(), nullptr); s != nullptr; s = sqlite3_next_stmt(db_.handle(), s)) {
    EXPECT_STRNE(sqlite3_sql(s), "SELECT 2");
  }
  db_.SetStatementCacheSize(0);
  EXPECT_EQ(PreparedStatements(), 0);
  EXPECT_EQ(FirstValue("SELECT 4"), "4");
  EXPECT_EQ(PreparedStatements(), 0);
}

TEST_F(StatementCacheTest, CachedStatementsSeeSchemaChanges) {
  EXPECT_EQ(FirstValue("SELECT count(*) FROM t"), "3");
  ASSERT_TRUE(db_.Exec("DROP TABLE t; CREATE TABLE t(x, y); INSERT INTO t VALUES (1, 2)").ok());
  EXPECT_EQ(FirstValue("SELECT count(*) FROM t"), "1");
}

}  // namespace
}  // namespace lede::sqlite
