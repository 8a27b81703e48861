#include "store/schema.h"

#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "lede/query.h"
#include "store/date_facets.h"
#include "store/sqlite.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("lede_schema_test_" + std::to_string(getpid()) + ".db")).string();
    fs::remove(path_);
    ASSERT_TRUE(db_.Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
  }
  void TearDown() override { fs::remove(path_); }

  // Articles as a schema-7 store held them: the full-text index keyed by article id.
  void AddVersion7Article(int64_t id, const std::string& published, const std::string& text) {
    sqlite::Statement st;
    ASSERT_TRUE(db_.Prepare("INSERT INTO documents(id, url, canonical_url, content_hash) VALUES(?1, ?2, ?2, ?1)", &st).ok());
    ASSERT_TRUE(st.Bind(1, id).Bind(2, "https://example.com/" + std::to_string(id)).Run().ok());
    ASSERT_TRUE(db_.Prepare("INSERT INTO articles(id, title, published, lang, text) VALUES(?1, ?2, ?3, 'en', ?4)", &st).ok());
    ASSERT_TRUE(st.Bind(1, id).Bind(2, "Article " + std::to_string(id)).Bind(3, published).Bind(4, text).Run().ok());
    ASSERT_TRUE(db_.Prepare("INSERT INTO articles_fts(rowid, title, text, quotes, facets) "
                            "SELECT id, title, text, quotes, facets FROM article_search WHERE id = ?1", &st).ok());
    ASSERT_TRUE(st.Bind(1, id).Run().ok());
  }

  std::set<int64_t> Search(StoreReader* reader, const std::string& query, const std::string& from, const std::string& to) {
    ArticleSearch request;
    request.query = query;
    request.from = from;
    request.to = to;
    SearchResult result;
    Status s = reader->Search(request, &result);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::set<int64_t> ids;
    for (const SearchHit& hit : result.hits) {
      ids.insert(hit.id);
      if (!query.empty()) {
        EXPECT_NE(hit.snippet.find("[harbour]"), std::string::npos) << hit.snippet;
      }
    }
    return ids;
  }

  std::string path_;
  sqlite::Database db_;
};

// A store written at schema 7 (full-text rowid = article id) is re-keyed by
// migration 8: every article keeps its words, under its search key, and date
// filters become rowid ranges that keep the edges and leave undated articles out.
TEST_F(SchemaTest, Migration8RekeysTheFullTextIndexByDate) {
  ASSERT_TRUE(MigrateSchema(&db_, 7).ok());
  AddVersion7Article(1, "2019-03-15T08:00:00Z", "The harbour reopened.");
  AddVersion7Article(2, "2019-03-16", "The harbour closed again.");
  AddVersion7Article(3, "", "An undated harbour story.");
  AddVersion7Article(4, "2019-02-30", "A harbour on an impossible day.");
  AddVersion7Article(5, "1969-12-31", "A harbour before the epoch.");
  ASSERT_TRUE(MigrateSchema(&db_).ok());
  int64_t version = 0;
  ASSERT_TRUE(db_.QueryInt("PRAGMA user_version", &version).ok());
  EXPECT_EQ(version, CurrentSchemaVersion());
  EXPECT_TRUE(db_.Exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)").ok());

  int64_t key = 0;  // 2019-03-15 is day 17970 since 1970-01-01
  ASSERT_TRUE(db_.QueryInt("SELECT search_key FROM articles WHERE id = 1", &key).ok());
  EXPECT_EQ(key, 17970 * kSearchKeyDay + 1);
  ASSERT_TRUE(db_.QueryInt("SELECT search_key FROM articles WHERE id = 3", &key).ok());
  EXPECT_EQ(key, kUndatedDay * kSearchKeyDay + 3);
  ASSERT_TRUE(db_.QueryInt("SELECT search_key FROM articles WHERE id = 5", &key).ok());
  EXPECT_EQ(key, -1 * kSearchKeyDay + 5);
  int64_t indexed = 0;
  ASSERT_TRUE(db_.QueryInt("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour' AND "
                           "rowid IN (SELECT search_key FROM articles)", &indexed).ok());
  EXPECT_EQ(indexed, 5);

  std::unique_ptr<StoreReader> reader;
  ASSERT_TRUE(StoreReader::Open(path_, QueryOptions(), &reader).ok());
  using Ids = std::set<int64_t>;
  EXPECT_EQ(Search(reader.get(), "harbour", "", ""), (Ids{1, 2, 3, 4, 5}));
  EXPECT_EQ(Search(reader.get(), "harbour", "2019-03-15", "2019-03-15"), (Ids{1}));
  EXPECT_EQ(Search(reader.get(), "harbour", "2019-03-16", ""), (Ids{2}));
  EXPECT_EQ(Search(reader.get(), "harbour", "", "2019-03-15"), (Ids{1, 4, 5}));  // 2019-02-30 is March 2nd
  EXPECT_EQ(Search(reader.get(), "harbour", "1969-12-31", "1970-01-01"), (Ids{5}));
  EXPECT_EQ(Search(reader.get(), "", "2019-03-14", "2019-03-16"), (Ids{1, 2}));
  EXPECT_EQ(Search(reader.get(), "harbour", "2019-03-17", "2099-12-31"), Ids{});
}

// A store written before article_terms (schema 9: the full-text index keyed by
// search key) gets every indexed term's article count from migration 10.
TEST_F(SchemaTest, Migration10CountsTheArticlesOfEachIndexedTerm) {
  ASSERT_TRUE(MigrateSchema(&db_, 9).ok());
  sqlite::Statement st;
  ASSERT_TRUE(db_.Prepare("INSERT INTO documents(id, url, canonical_url, content_hash) VALUES(?1, ?2, ?2, ?1)", &st).ok());
  for (int64_t id : {1, 2, 3}) {
    st.Reset();
    ASSERT_TRUE(st.Bind(1, id).Bind(2, "https://example.com/" + std::to_string(id)).Run().ok());
  }
  ASSERT_TRUE(db_.Exec("INSERT INTO articles(id, title, published, lang, text) VALUES"
                       "(1, 'Harbours', '2019-03-15', 'en', 'The harbour reopened. The harbour reopens.'),"
                       "(2, 'Closed', '2019-03-16', 'en', 'The harbour closed again.'),"
                       "(3, 'Undated', NULL, 'fr', 'Le café du port.');"
                       "INSERT INTO articles_fts(rowid, title, text, quotes, facets) "
                       "SELECT search_key, title, text, quotes, facets FROM article_search;").ok());
  ASSERT_TRUE(MigrateSchema(&db_).ok());
  auto docs = [&](const std::string& term) {
    int64_t n = -1;
    EXPECT_TRUE(db_.QueryInt("SELECT coalesce((SELECT docs FROM article_terms WHERE term = '" + term + "'), 0)", &n).ok());
    return n;
  };
  EXPECT_EQ(docs("harbour"), 2);  // porter stems: "Harbours", "harbour" are one term; once per article
  EXPECT_EQ(docs("reopen"), 1);
  EXPECT_EQ(docs("the"), 2);
  EXPECT_EQ(docs("cafe"), 1);     // diacritics removed
  EXPECT_EQ(docs("y2019"), 2);    // the facets column counts too
  EXPECT_EQ(docs("lfr"), 1);
  EXPECT_EQ(docs("closed"), 0);   // stemmed: "close"
  int64_t terms = 0;
  ASSERT_TRUE(db_.QueryInt("SELECT count(*) FROM article_terms", &terms).ok());
  EXPECT_EQ(terms, 16);
}

// Migration 11 counts an older store's mentions per entity and month (undated
// articles left out, as the timeline leaves them out); its triggers keep the
// counts as mentions come and go.
TEST_F(SchemaTest, Migration11CountsMentionsPerEntityAndMonth) {
  ASSERT_TRUE(MigrateSchema(&db_, 10).ok());
  Status s = db_.Exec("INSERT INTO documents(id, url, canonical_url, content_hash) VALUES"
                      "(1, 'u1', 'u1', 1), (2, 'u2', 'u2', 2), (3, 'u3', 'u3', 3), (4, 'u4', 'u4', 4);"
                       "INSERT INTO articles(id, published, text) VALUES"
                       "(1, '2019-03-15T08:00:00Z', 'a'), (2, '2019-03-31', 'b'), (3, '2019-04', 'c'), (4, '2020-01-02', 'd');"
                       "INSERT INTO entities(id, type, name) VALUES(1, 'PERSON', 'Ada'), (2, 'PERSON', 'Bo');"
                       "INSERT INTO mentions(article_id, entity_id, start, \"end\", text) VALUES"
                       "(1, 1, 0, 1, 'a'), (1, 1, 2, 3, 'a'), (2, 1, 0, 1, 'b'), (3, 1, 0, 1, 'c'), (2, 2, 4, 5, 'b');");
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(MigrateSchema(&db_).ok());
  auto months = [&] {
    std::string out;
    sqlite::Statement st;
    EXPECT_TRUE(db_.Prepare("SELECT entity_id, month, mentions FROM entity_months ORDER BY 1, 2", &st).ok());
    bool row = false;
    while (st.Step(&row).ok() && row) out += std::to_string(st.Int(0)) + " " + st.Text(1) + " " + std::to_string(st.Int(2)) + "; ";
    return out;
  };
  EXPECT_EQ(months(), "1 2019-03 3; 2 2019-03 1; ");  // '2019-04' has no day: undated
  ASSERT_TRUE(db_.Exec("INSERT INTO mentions(article_id, entity_id, start, \"end\", text) VALUES"
                       "(4, 1, 0, 1, 'd'), (4, 2, 2, 3, 'd'), (3, 2, 2, 3, 'c');"
                       "DELETE FROM mentions WHERE article_id = 1 AND start = 2;").ok());
  EXPECT_EQ(months(), "1 2019-03 2; 1 2020-01 1; 2 2019-03 1; 2 2020-01 1; ");
}

TEST_F(SchemaTest, RefusesAVersionItDoesNotKnow) {
  EXPECT_EQ(MigrateSchema(&db_, CurrentSchemaVersion() + 1).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace lede
