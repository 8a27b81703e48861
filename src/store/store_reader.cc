// StoreReader::Open and the row readers the queries share.
#include "store/store_reader.h"

#include <sys/stat.h>

namespace lede {

Status SqliteReader::Check() {
  std::unique_ptr<PooledConnection> conn;
  return pool_.Acquire(&conn);
}

namespace {

constexpr const char* kQuotesFrom =
    " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id ";
// The same rows from the articles in publication order, newest first, each with its quotes.
constexpr const char* kQuotesFromNewestArticles =
    " FROM articles a INDEXED BY articles_published CROSS JOIN quotes q INDEXED BY quotes_article"
    " ON q.article_id = a.id"
    " LEFT JOIN entities e ON e.id = q.speaker_entity_id ";

}  // namespace

Status CountQuotes(sqlite::Database* db, const SqlWhere& where, uint64_t* count) {
  // Without the articles: no condition reads them, and every quote has one.
  return QueryCount(db, "SELECT count(*) FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id " + where.Sql(),
                    where.values(), count);
}

Status SelectQuotes(sqlite::Database* db, const SqlWhere& where, const PageRequest& page, uint64_t matches,
                    std::vector<QuoteRecord>* quotes) {
  Status s;
  const bool walk = WalkNewestArticles(db, page, matches, &s);
  if (!s.ok()) return s;
  std::string sql =
      "SELECT q.id, q.article_id, a.title, a.published, q.text, q.start, q.\"end\", q.speaker_entity_id, e.name,"
      " q.speaker_name, q.partial" + std::string(walk ? kQuotesFromNewestArticles : kQuotesFrom) +
      where.Sql() + " ORDER BY a.published DESC, q.id DESC LIMIT ? OFFSET ?";
  return ForEachRow(db, sql, WithPage(where.values(), page), [quotes](const sqlite::Statement& row) {
    QuoteRecord q;
    q.id = row.Int(0);
    q.article_id = row.Int(1);
    q.article_title = row.Text(2);
    q.published = row.Text(3);
    q.text = row.Text(4);
    q.start = static_cast<uint32_t>(row.Int(5));
    q.end = static_cast<uint32_t>(row.Int(6));
    if (!row.IsNull(7)) q.speaker = EntityRef{row.Int(7), row.Text(8)};
    q.speaker_name = row.Text(9);
    q.partial = row.Int(10) != 0;
    quotes->push_back(std::move(q));
  });
}

Status SelectArticles(sqlite::Database* db, const SqlWhere& where, const std::string& order,
                      const PageRequest& page, std::vector<ArticleRef>* articles) {
  std::string sql =
      "SELECT a.id, a.title, a.published, s.host, d.url FROM articles a JOIN documents d ON d.id = a.id"
      " LEFT JOIN sources s ON s.id = d.source_id " +
      where.Sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?";
  return ForEachRow(db, sql, WithPage(where.values(), page), [articles](const sqlite::Statement& row) {
    articles->push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)});
  });
}

Status SqliteReader::InSnapshot(const std::function<Status(sqlite::Database* db)>& read) {
  std::unique_ptr<PooledConnection> conn;
  Status s = pool_.Acquire(&conn);
  if (!s.ok()) return s;
  sqlite::Database* db = conn->get();
  s = db->ExecCached("BEGIN");
  if (s.ok()) s = read(db);
  if (s.ok()) db->ExecCached("COMMIT");
  else db->Exec("ROLLBACK");
  return s;
}

Status StoreReader::Open(const std::string& path, const QueryOptions& options, std::unique_ptr<StoreReader>* reader) {
  reader->reset();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status::NotFound("no store at " + path);
  if (options.connections < 1) return Status::InvalidArgument("connections: must be at least 1");
  auto impl = std::make_unique<SqliteReader>(path, options);
  Status s = impl->Check();
  if (s.ok()) *reader = std::move(impl);
  return s;
}

}  // namespace lede
