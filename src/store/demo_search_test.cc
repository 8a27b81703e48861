// Search on real data: the demo corpus ingested with analysis (quotes in the
// full-text index). A ranked hit's snippet must be FTS5's own snippet() of the
// article's article_search row (title, text, quotes, facet tokens), though
// Search gives lede_snippet() the title and text from the articles table and
// reads the row only for a match in another column; the answer's JSON text
// written directly must be the text of its JSON value.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lede/query.h"
#include "store/demo_store.h"
#include "store/query_json.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

// One-word searches over the demo corpus, phrases, prefixes, OR, NEAR, NOT, and
// column filters that put the only matches in the title or the quotes.
std::vector<std::string> Queries() {
  std::vector<std::string> queries = {"said police",
                                      "\"prime minister\"",
                                      "presid*",
                                      "fire OR flood",
                                      "NEAR(police arrested, 5)",
                                      "title:election",
                                      "quotes:said",
                                      "quotes:people OR quotes:government",
                                      "the",
                                      "government NOT election"};
  const std::vector<std::string> terms = testing::QueryTerms(testing::LoadDemoArticles());
  for (size_t i = 0; i < terms.size(); i += std::max<size_t>(terms.size() / 150, 1))
    queries.push_back(terms[i]);
  return queries;
}

class DemoSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s;
    path_ = testing::SharedDemoStore(&s);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_TRUE(StoreReader::Open(path_, QueryOptions(), &reader_).ok());
  }

  std::string path_;
  std::unique_ptr<StoreReader> reader_;
};

TEST_F(DemoSearchTest, RankedSnippetsEqualFts5Snippets) {
  sqlite::Database db;
  ASSERT_TRUE(db.Open(path_, SQLITE_OPEN_READONLY).ok());
  sqlite::Statement reference;
  ASSERT_TRUE(db.Prepare("SELECT snippet(articles_fts, -1, '[', ']', '...', 16) FROM articles_fts "
                         "WHERE articles_fts MATCH ?1 AND rowid = (SELECT search_key FROM articles "
                         "WHERE id = ?2)",
                         &reference)
                  .ok());
  const std::vector<std::string> queries = Queries();
  ASSERT_GT(queries.size(), 150u);
  size_t compared = 0, quote_hits = 0;
  for (const std::string& query : queries) {
    ArticleSearch request;
    request.query = query;
    request.facets = false;
    request.page.limit = 50;
    SearchResult result;
    Status s = reader_->Search(request, &result);
    ASSERT_TRUE(s.ok()) << query << ": " << s.ToString();
    EXPECT_FALSE(result.hits.empty()) << query;
    for (const SearchHit& hit : result.hits) {
      reference.Reset();
      reference.Bind(1, query).Bind(2, hit.id);
      bool row = false;
      ASSERT_TRUE(reference.Step(&row).ok() && row) << query << ", article " << hit.id;
      EXPECT_EQ(hit.snippet, reference.Text(0)) << query << ", article " << hit.id;
      ++compared;
      quote_hits += query.starts_with("quotes:");
    }
  }
  EXPECT_GT(compared, 3000u);
  EXPECT_GT(quote_hits, 20u);
}

TEST_F(DemoSearchTest, JsonTextEqualsTheJsonValuesText) {
  std::vector<ArticleSearch> searches;
  for (const std::string& query : Queries()) {
    ArticleSearch search;
    search.query = query;
    searches.push_back(search);
  }
  ArticleSearch everything, filtered;
  filtered.query = "government";
  filtered.from = "2010-01-01";
  filtered.theme = "ELECTION";
  filtered.page.limit = 50;
  for (const ArticleSearch& search : {everything, filtered}) searches.push_back(search);
  size_t with_entities = 0;
  for (const ArticleSearch& search : searches) {
    SearchResult result;
    Status s = reader_->Search(search, &result);
    ASSERT_TRUE(s.ok()) << search.query << ": " << s.ToString();
    EXPECT_EQ(SearchResultJsonText(search.query, result),
              SearchResultToJson(search.query, result)
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        << search.query;
    with_entities += !result.facets.entities.empty();
  }
  EXPECT_GT(with_entities, searches.size() / 2);
}

}  // namespace
}  // namespace lede
