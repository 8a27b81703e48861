#include "store/search_index.h"

#include <string>

#include "store/term_counts.h"

namespace lede {
namespace {

Status RunWithId(sqlite::Database* db, const char* sql, int64_t id) {
  sqlite::Statement st;
  Status s = db->Prepare(sql, &st);
  return s.ok() ? st.Bind(1, id).Run() : s;
}

}  // namespace

Status ReadIndexWatermarks(sqlite::Database* db, IndexWatermarks* marks) {
  Status s = db->QueryInt("SELECT coalesce(max(id), 0) FROM articles", &marks->article);
  if (s.ok()) s = db->QueryInt("SELECT coalesce(max(id), 0) FROM entities", &marks->entity);
  if (s.ok()) s = db->QueryInt("SELECT coalesce(max(id), 0) FROM quotes", &marks->quote);
  return s;
}

Status IndexRowsAbove(sqlite::Database* db, const IndexWatermarks& marks) {
  // Articles after their quotes, which articles_fts indexes too; in search key
  // order (only the keys are sorted), as FTS5 starts a new index segment whenever
  // a rowid is not above the previous one.
  Status s = RunWithId(db,
                       "INSERT INTO articles_fts(rowid, title, text, quotes, facets) "
                       "SELECT v.search_key, v.title, v.text, v.quotes, v.facets "
                       "FROM (SELECT search_key FROM articles WHERE id > ?1 ORDER BY search_key) k "
                       "CROSS JOIN article_search v ON v.search_key = k.search_key",
                       marks.article);
  if (s.ok()) s = CountTermsAbove(db, marks.article);
  if (s.ok()) {
    s = RunWithId(db, "INSERT INTO entity_names(rowid, name) SELECT id, name FROM entities WHERE id > ?1",
                  marks.entity);
  }
  if (s.ok()) {
    s = RunWithId(db, "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ?1",
                  marks.quote);
  }
  if (s.ok()) {
    s = RunWithId(db, "INSERT INTO article_facets SELECT * FROM article_facet_values WHERE article_id > ?1",
                  marks.article);
  }
  return s;
}

}  // namespace lede
