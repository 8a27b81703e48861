// Search facets from the articles' facet rows (article_facets, schema migration
// 12) on real data: the demo corpus ingested with analysis. Each search's facets
// must equal the layer rows of the same matches grouped in SQL, as Search counted
// them before the rows existed; an older store gets the rows by migration; merge
// and a second ingest of the same articles keep every row equal to its layers.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "lede/query.h"
#include "lede/store.h"
#include "store/check.h"
#include "store/demo_store.h"
#include "store/layers.h"
#include "store/merge.h"
#include "store/query_sql.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kFacetValues = 10;  // QueryOptions::max_facet_values

std::string Show(const std::vector<ValueCount>& values) {
  std::string out;
  for (const ValueCount& v : values) out += v.value + ":" + std::to_string(v.count) + " ";
  return out;
}

std::string Show(const SearchFacets& f) {
  std::ostringstream out;
  out << "sources " << Show(f.sources) << "\nentities ";
  for (const EntityCount& e : f.entities) out << e.id << "=" << e.type << "/" << e.name << ":" << e.count << " ";
  out << "\nthemes " << Show(f.themes) << "\nevents " << Show(f.events) << "\ndates " << Show(f.dates);
  return out.str();
}

// Runs `sql`, one string per row (columns joined by '|').
std::vector<std::string> Rows(sqlite::Database* db, const std::string& sql, const std::vector<SqlValue>& values = {}) {
  std::vector<std::string> rows;
  Status s = ForEachRow(db, sql, values, [&rows](const sqlite::Statement& row) {
    std::string line;
    for (int c = 0; c < row.ColumnCount(); ++c) {
      if (c > 0) line += '|';
      line += row.Text(c);
    }
    rows.push_back(line);
  });
  EXPECT_TRUE(s.ok()) << sql << ": " << s.ToString();
  return rows;
}

// The facets of the articles in temp.reference, grouped from the layer tables
// in SQL as Search did up to schema 11 (before article_facets).
SearchFacets ReferenceFacets(sqlite::Database* db) {
  SearchFacets f;
  const std::vector<SqlValue> limit = {int64_t{kFacetValues}};
  auto value_counts = [&](const std::string& sql, std::vector<ValueCount>* out) {
    Status s = ForEachRow(db, sql, limit, [out](const sqlite::Statement& row) {
      out->push_back({row.Text(0), static_cast<uint64_t>(row.Int(1))});
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
  };
  value_counts("SELECT s.host, count(*) FROM temp.reference m JOIN documents d ON d.id = m.id "
               "JOIN sources s ON s.id = d.source_id GROUP BY s.host ORDER BY 2 DESC, 1 LIMIT ?",
               &f.sources);
  Status s = ForEachRow(db,
                        "SELECT e.id, e.type, e.name, count(*) AS n FROM temp.reference m JOIN article_entities ae "
                        "ON ae.article_id = m.id JOIN entities e ON e.id = ae.entity_id GROUP BY e.id "
                        "ORDER BY n DESC, e.id LIMIT ?",
                        limit, [&f](const sqlite::Statement& row) {
                          f.entities.push_back({row.Int(0), row.Text(1), row.Text(2), static_cast<uint64_t>(row.Int(3))});
                        });
  EXPECT_TRUE(s.ok()) << s.ToString();
  value_counts("SELECT t.theme, count(*) FROM temp.reference m JOIN themes t ON t.article_id = m.id "
               "GROUP BY t.theme ORDER BY 2 DESC, 1 LIMIT ?",
               &f.themes);
  value_counts("SELECT ev.type, count(DISTINCT ev.article_id) FROM temp.reference m JOIN events ev "
               "ON ev.article_id = m.id GROUP BY ev.type ORDER BY 2 DESC, 1 LIMIT ?",
               &f.events);
  s = DateHistogram(db, "FROM temp.reference m JOIN articles a ON a.id = m.id WHERE 1", {}, &f.dates);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return f;
}

class DemoFacetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("lede_facets_test_" + std::to_string(getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    IngestReport report;
    Status s;
    demo_ = &testing::SharedDemoStore(&s, &report);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_EQ(report.added, 336u);
  }
  static void TearDownTestSuite() { fs::remove_all(*dir_); }

  static std::string DemoPath() { return *demo_; }

  // The store's check item `name` (CheckStore).
  static StoreCheckItem CheckItem(const std::string& path, const std::string& name) {
    StoreCheckReport report;
    EXPECT_TRUE(CheckStore(path, &report).ok());
    for (const StoreCheckItem& item : report.items) {
      if (item.name == name) return item;
    }
    return {name, false, "no such check"};
  }

  // Each article's facet values by URL, entity ids replaced by "type/name".
  static std::map<std::string, std::string> FacetsByUrl(const std::string& path) {
    sqlite::Database db;
    EXPECT_TRUE(db.Open(path, SQLITE_OPEN_READONLY).ok());
    std::map<int64_t, std::string> names;
    ForEachRow(&db, "SELECT id, type, name FROM entities", {}, [&names](const sqlite::Statement& row) {
      names[row.Int(0)] = row.Text(1) + "/" + row.Text(2);
    });
    std::map<std::string, std::string> by_url;
    Status s = ForEachRow(&db,
                          "SELECT d.url, f.source, f.day, f.entities, f.themes, f.events FROM article_facets f "
                          "JOIN documents d ON d.id = f.article_id",
                          {}, [&](const sqlite::Statement& row) {
                            std::set<std::string> entities;
                            std::istringstream ids(row.Text(3));
                            for (int64_t id = 0; ids >> id;) entities.insert(names[id]);
                            std::string facets = row.Text(1) + "|" + row.Text(2) + "|" + row.Text(4) + "|" + row.Text(5);
                            for (const std::string& e : entities) facets += "|" + e;
                            by_url[row.Text(0)] = facets;
                          });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return by_url;
  }

  static fs::path* dir_;  // the stores a test makes
  static const std::string* demo_;
};

fs::path* DemoFacetsTest::dir_ = nullptr;
const std::string* DemoFacetsTest::demo_ = nullptr;

TEST_F(DemoFacetsTest, SearchFacetsEqualTheLayersGroupedInSql) {
  std::unique_ptr<StoreReader> reader;
  ASSERT_TRUE(StoreReader::Open(DemoPath(), QueryOptions(), &reader).ok());
  sqlite::Database db;
  ASSERT_TRUE(db.Open(DemoPath(), SQLITE_OPEN_READONLY).ok());
  ASSERT_TRUE(db.Exec("CREATE TEMP TABLE reference(id INTEGER PRIMARY KEY)").ok());
  const std::string fts_matches =
      "INSERT INTO temp.reference SELECT a.id FROM articles_fts f JOIN articles a ON a.search_key = f.rowid "
      "WHERE articles_fts MATCH ?";
  struct Case {
    ArticleSearch search;
    std::string matches;  // fills temp.reference with the same articles
    std::vector<SqlValue> values;
  };
  std::vector<Case> cases;
  cases.push_back({{}, "INSERT INTO temp.reference SELECT id FROM articles", {}});  // every article
  ArticleSearch themed;
  themed.query = "government";
  themed.theme = "ELECTION";
  cases.push_back({themed, fts_matches + " AND a.id IN (SELECT article_id FROM themes WHERE theme = ?)",
                   {themed.query, themed.theme}});
  const std::vector<std::string> terms = testing::QueryTerms(testing::LoadDemoArticles());
  ASSERT_GT(terms.size(), 100u);
  for (size_t i = 0; i < terms.size(); i += terms.size() / 100) {  // ~100 terms, 1%-20% of the articles each
    ArticleSearch search;
    search.query = terms[i];
    cases.push_back({search, fts_matches, {terms[i]}});
  }
  size_t compared = 0, with_entities = 0;
  for (Case& c : cases) {
    c.search.facet_matches = 0;  // every match counted, as the reference does
    SearchResult result;
    Status s = reader->Search(c.search, &result);
    ASSERT_TRUE(s.ok()) << c.search.query << ": " << s.ToString();
    ASSERT_TRUE(db.Exec("DELETE FROM temp.reference").ok());
    ASSERT_TRUE(ForEachRow(&db, c.matches, c.values, [](const sqlite::Statement&) {}).ok());
    const std::vector<std::string> count = Rows(&db, "SELECT count(*) FROM temp.reference");
    ASSERT_EQ(std::to_string(result.total), count.at(0)) << c.search.query;
    EXPECT_EQ(Show(result.facets), Show(ReferenceFacets(&db))) << "q=" << c.search.query;
    ++compared;
    with_entities += !result.facets.entities.empty();
  }
  EXPECT_GT(with_entities, compared * 9 / 10) << "the demo store's searches should have entities";
}

TEST_F(DemoFacetsTest, IngestWritesOneRowPerArticleEqualToItsLayers) {
  sqlite::Database db;
  ASSERT_TRUE(db.Open(DemoPath(), SQLITE_OPEN_READONLY).ok());
  EXPECT_EQ(Rows(&db, "SELECT count(*) FROM article_facets"), Rows(&db, "SELECT count(*) FROM articles"));
  EXPECT_EQ(Rows(&db, "SELECT count(*) FROM article_facets WHERE entities <> '' AND themes <> '' AND events <> ''"),
            Rows(&db, "SELECT count(*) FROM articles WHERE id IN (SELECT article_id FROM article_entities) "
                      "AND id IN (SELECT article_id FROM themes) AND id IN (SELECT article_id FROM events)"));
  StoreCheckItem check = CheckItem(DemoPath(), "facet_rows");
  EXPECT_TRUE(check.ok) << check.detail;
}

TEST_F(DemoFacetsTest, MigrationFillsTheRowsOfAnOlderStore) {
  const std::string older = (*dir_ / "schema11.db").string();
  {
    sqlite::Database db;
    ASSERT_TRUE(db.Open(DemoPath(), SQLITE_OPEN_READONLY).ok());
    ASSERT_TRUE(db.Exec("VACUUM INTO '" + older + "'").ok());
    sqlite::Database copy;
    ASSERT_TRUE(copy.Open(older, SQLITE_OPEN_READWRITE).ok());
    // The store as schema version 11 made it: what migrations 12 and 13 add removed.
    ASSERT_TRUE(copy.Exec("DROP TABLE article_facets; DROP VIEW article_facet_values; "
                          "DROP TABLE outlet_places; DROP VIEW outlet_place_values; PRAGMA user_version = 11").ok());
  }
  EXPECT_FALSE(CheckItem(older, "facet_rows").ok);
  std::unique_ptr<Store> store;
  Status s = Store::Open(older, {}, &store);
  ASSERT_TRUE(s.ok()) << s.ToString();
  store.reset();
  StoreCheckItem check = CheckItem(older, "facet_rows");
  EXPECT_TRUE(check.ok) << check.detail;
  sqlite::Database db;
  ASSERT_TRUE(db.Open(older, SQLITE_OPEN_READONLY).ok());
  ASSERT_TRUE(db.Exec("ATTACH '" + DemoPath() + "' AS ingested").ok());
  EXPECT_EQ(Rows(&db, "SELECT count(*) FROM article_facets"), std::vector<std::string>{"336"});
  EXPECT_EQ(Rows(&db, "SELECT count(*) FROM (SELECT * FROM main.article_facets EXCEPT "
                      "SELECT * FROM ingested.article_facets)"),
            std::vector<std::string>{"0"});
}

TEST_F(DemoFacetsTest, MergeAndDedupeKeepTheRows) {
  const std::string merged = (*dir_ / "merged.db").string();
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(merged, {}, &store).ok());
  // An article of its own first: the merged articles and entities get other ids.
  NewArticle own;
  own.article.url = "https://harbour.example.org/board";
  own.article.title = "Harbour board meets";
  own.article.text = "The Zanzibar Harbour Board met on Monday.";
  own.analysis.emplace();
  own.analysis->entities.push_back({1, "ORGANIZATION", "Zanzibar Harbour Board", {}, {{4, 26}}, {}});
  own.analysis->themes.push_back({"TRADE", 1.0, {}});
  AddResult added;
  ASSERT_TRUE(store->Add({own}, &added).ok());
  AddResult first, again;
  Status s = MergeStore(DemoPath(), 100, store.get(), &first);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(first.added, 336u);
  s = MergeStore(DemoPath(), 100, store.get(), &again);  // every article already there
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.existing, 336u);
  store.reset();
  StoreCheckItem check = CheckItem(merged, "facet_rows");
  EXPECT_TRUE(check.ok) << check.detail;
  std::map<std::string, std::string> demo = FacetsByUrl(DemoPath()), both = FacetsByUrl(merged);
  ASSERT_EQ(both.size(), 337u);
  EXPECT_EQ(both.at(own.article.url), "harbour.example.org||TRADE||ORGANIZATION/Zanzibar Harbour Board");
  both.erase(own.article.url);
  EXPECT_EQ(both, demo);
}

TEST(FacetWordsTest, ThemesAndEventTypesWithWhitespaceAreRejected) {
  Analysis spaced_theme;
  spaced_theme.themes.push_back({"CIVIL UNREST", 1.0, {}});
  Status s = CheckAnalysis(10, spaced_theme);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("CIVIL UNREST"), std::string::npos) << s.message();
  Analysis empty_type;
  empty_type.events.push_back({});
  EXPECT_EQ(CheckAnalysis(10, empty_type).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace lede
