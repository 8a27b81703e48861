#include "store/check.h"

#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "store/schema.h"
#include "store/sqlite.h"

namespace lede {
namespace {

// How many problem lines an item's detail quotes.
constexpr int kMaxProblemsQuoted = 5;

// Runs `sql` and joins the first kMaxProblemsQuoted rows (columns joined by
// " ") with "; ", into *problems; *count is the number of rows.
Status CollectRows(sqlite::Database* db, const std::string& sql, int64_t* count, std::string* problems) {
  sqlite::Statement stmt;
  Status s = db->Prepare(sql, &stmt);
  *count = 0;
  bool row = true;
  while (s.ok() && (s = stmt.Step(&row)).ok() && row) {
    if (++*count > kMaxProblemsQuoted) continue;
    if (!problems->empty()) *problems += "; ";
    for (int c = 0; c < stmt.ColumnCount(); ++c) *problems += (c ? " " : "") + stmt.Text(c);
  }
  return s;
}

StoreCheckItem SqliteIntegrity(sqlite::Database* db) {
  int64_t rows = 0;
  std::string lines;
  Status s = CollectRows(db, "PRAGMA integrity_check", &rows, &lines);
  if (!s.ok()) return {"sqlite_integrity", false, s.ToString()};
  return {"sqlite_integrity", rows == 1 && lines == "ok", lines};
}

StoreCheckItem SchemaVersion(sqlite::Database* db) {
  int64_t version = 0;
  Status s = db->QueryInt("PRAGMA user_version", &version);
  if (!s.ok()) return {"schema_version", false, s.ToString()};
  const std::string found = std::to_string(version);
  if (version == CurrentSchemaVersion()) return {"schema_version", true, found};
  return {"schema_version", false,
          found + " (this lede reads " + std::to_string(CurrentSchemaVersion()) + "; `lede ingest` migrates older stores)"};
}

StoreCheckItem ForeignKeys(sqlite::Database* db) {
  int64_t rows = 0;
  std::string lines;
  Status s = CollectRows(db, "PRAGMA foreign_key_check", &rows, &lines);
  if (!s.ok()) return {"foreign_keys", false, s.ToString()};
  if (rows == 0) return {"foreign_keys", true, "ok"};
  return {"foreign_keys", false,
          std::to_string(rows) + " rows refer to missing rows (table rowid parent index): " + lines};
}

StoreCheckItem Fts5Integrity(sqlite::Database* db, bool writable) {
  if (!writable) return {"fts5_integrity", false, "not checked: the store file is not writable (FTS5 needs write access)"};
  for (const std::string index : {"articles_fts", "entity_names", "quotes_fts"}) {
    Status s = db->Exec("INSERT INTO " + index + "(" + index + ", rank) VALUES('integrity-check', 1)");
    if (!s.ok()) return {"fts5_integrity", false, index + ": " + s.ToString()};
  }
  return {"fts5_integrity", true, "ok"};
}

StoreCheckItem OrphanRows(sqlite::Database* db) {
  int64_t documents = 0, entities = 0;
  Status s = db->QueryInt(
      "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id)", &documents);
  if (s.ok()) {
    s = db->QueryInt(
        "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = e.id)"
        " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)",
        &entities);
  }
  if (!s.ok()) return {"orphan_rows", false, s.ToString()};
  if (documents == 0 && entities == 0) return {"orphan_rows", true, "ok"};
  return {"orphan_rows", false,
          std::to_string(documents) + " documents without an article, " + std::to_string(entities) +
              " entities no article refers to"};
}

// Check `name`: `table` holds exactly the rows of `view`, which computes them from
// the layers. Rows missing, differing or left over are counted by `key` (columns)
// and the first keys quoted after "N `what`: ".
StoreCheckItem TableMatchesView(sqlite::Database* db, const std::string& name, const std::string& table,
                                const std::string& view, const std::string& key, const std::string& what) {
  int64_t rows = 0;
  std::string keys;
  Status s = CollectRows(db,
                         "SELECT " + key + " FROM (SELECT * FROM " + view + " EXCEPT SELECT * FROM " + table +
                             " UNION SELECT * FROM " + table + " EXCEPT SELECT * FROM " + view + ") GROUP BY " + key,
                         &rows, &keys);
  if (!s.ok()) return {name, false, s.ToString()};
  if (rows == 0) return {name, true, "ok"};
  return {name, false, std::to_string(rows) + " " + what + ": " + keys};
}

StoreCheckItem FacetRows(sqlite::Database* db) {
  return TableMatchesView(db, "facet_rows", "article_facets", "article_facet_values", "article_id",
                          "articles whose article_facets row is missing or differs from their layers");
}

StoreCheckItem OutletPlaces(sqlite::Database* db) {
  return TableMatchesView(db, "outlet_places", "outlet_places", "outlet_place_values", "host, admin1",
                          "outlet divisions whose outlet_places count differs from their articles' layers");
}

}  // namespace

bool StoreCheckReport::ok() const {
  for (const StoreCheckItem& item : items) {
    if (!item.ok) return false;
  }
  return true;
}

Status CheckStore(const std::string& path, StoreCheckReport* report) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status::NotFound("no store at " + path);
  // Read-write (never create) when the file allows it: FTS5's integrity-check is
  // an INSERT, though it writes nothing.
  sqlite::Database db;
  // (SQLite opens a write-protected file read-only.)
  Status s = db.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return s;
  const bool writable = sqlite3_db_readonly(db.handle(), "main") == 0;
  sqlite3_busy_timeout(db.handle(), 5000);
  report->items.push_back(SqliteIntegrity(&db));
  report->items.push_back(SchemaVersion(&db));
  report->items.push_back(ForeignKeys(&db));
  report->items.push_back(Fts5Integrity(&db, writable));
  report->items.push_back(OrphanRows(&db));
  report->items.push_back(FacetRows(&db));
  report->items.push_back(OutletPlaces(&db));
  return Status::OK();
}

}  // namespace lede
