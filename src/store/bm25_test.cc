// lede_bm25() against SQLite's bm25() on the demo corpus stored through the Store
// API (so article_terms is kept as ingest keeps it), and article_terms against the
// document counts FTS5 itself reports (fts5vocab).
#include "store/bm25.h"

#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lede/store.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

class Bm25Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string((fs::temp_directory_path() / ("lede_bm25_test_" + std::to_string(getpid()) + ".db")).string());
    fs::remove(*path_);
    std::vector<Article> corpus = testing::LoadDemoArticles();
    ASSERT_GT(corpus.size(), 300u) << testing::DemoCorpusPath();
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(*path_, StoreOptions(), &store).ok());
    // Several batches: each one's terms are added to the counts of the ones before.
    for (size_t first = 0; first < corpus.size(); first += 100) {
      std::vector<NewArticle> batch;
      for (size_t i = first; i < std::min(corpus.size(), first + 100); ++i) batch.push_back({corpus[i], std::nullopt});
      AddResult added;
      Status s = store->Add(batch, &added);
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }
  static void TearDownTestSuite() {
    fs::remove(*path_);
    delete path_;
  }
  void SetUp() override {
    ASSERT_TRUE(db_.Open(*path_, SQLITE_OPEN_READWRITE).ok());
    ASSERT_TRUE(RegisterBm25Function(&db_).ok());
  }

  std::map<std::string, int64_t> Counts(const std::string& sql) {
    std::map<std::string, int64_t> counts;
    sqlite::Statement st;
    EXPECT_TRUE(db_.Prepare(sql, &st).ok()) << sql;
    bool row = false;
    while (st.Step(&row).ok() && row) counts[st.Text(0)] = st.Int(1);
    return counts;
  }

  // Expects lede_bm25() to equal bm25() on every match of `match` (in search-key
  // range [first, last]); returns the number of matches.
  int ExpectSameScores(const std::string& match, int64_t first = INT64_MIN, int64_t last = INT64_MAX) {
    sqlite::Statement st;
    EXPECT_TRUE(db_.Prepare("SELECT rowid, bm25(articles_fts, 10.0, 1.0, 3.0, 0.0), "
                            "lede_bm25(articles_fts, 10.0, 1.0, 3.0, 0.0) FROM articles_fts "
                            "WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
                            &st)
                    .ok());
    if (st.ColumnCount() == 0) return 0;
    st.Bind(1, match).Bind(2, first).Bind(3, last);
    bool row = false;
    int rows = 0;
    Status s;
    while ((s = st.Step(&row)).ok() && row) {
      EXPECT_EQ(st.Double(1), st.Double(2)) << match << " row " << st.Int(0);
      ++rows;
    }
    EXPECT_TRUE(s.ok()) << match << ": " << s.ToString();
    return rows;
  }

  static std::string* path_;
  sqlite::Database db_;
};

std::string* Bm25Test::path_ = nullptr;

TEST_F(Bm25Test, TermCountsEqualTheIndexsOwn) {
  ASSERT_TRUE(db_.Exec("CREATE VIRTUAL TABLE temp.rows USING fts5vocab(main, articles_fts, row)").ok());
  std::map<std::string, int64_t> kept = Counts("SELECT term, docs FROM article_terms");
  EXPECT_GT(kept.size(), 10000u);
  EXPECT_EQ(kept, Counts("SELECT term, doc FROM temp.rows"));
}

TEST_F(Bm25Test, ScoresEqualBm25OnTheDemoCorpus) {
  const std::vector<std::string> words = testing::QueryTerms(testing::LoadDemoArticles());
  ASSERT_GT(words.size(), 100u);
  // Two words (the benchmark's queries), the search's language facet, a date
  // range, phrases, OR, NOT, NEAR, a word in nearly every article.
  int matched_pairs = 0;
  for (size_t i = 0; i + 1 < words.size(); i += 7) matched_pairs += ExpectSameScores(words[i] + " " + words[i + 1]) > 0;
  EXPECT_GT(matched_pairs, 20);
  EXPECT_GT(ExpectSameScores("(police arrested) AND facets: len"), 0);
  EXPECT_GT(ExpectSameScores("government", int64_t{17000} << 32, int64_t{18000} << 32), 0);
  for (const char* match : {"\"prime minister\"", "fire OR flood", "government NOT election", "NEAR(police arrested, 5)",
                            "the said", "\"united states\" president"}) {
    EXPECT_GT(ExpectSameScores(match), 0) << match;
  }
}

// The count of a one-word phrase comes from article_terms (no pass over its
// postings); a phrase of two words is still counted in the index.
TEST_F(Bm25Test, ReadsOneWordCountsFromArticleTerms) {
  auto score = [&](const std::string& function, const std::string& match) {
    sqlite::Statement st;
    EXPECT_TRUE(db_.Prepare("SELECT " + function + "(articles_fts, 10.0, 1.0, 3.0, 0.0) FROM articles_fts "
                            "WHERE articles_fts MATCH ?1 ORDER BY rowid LIMIT 1", &st).ok());
    st.Bind(1, match);
    bool row = false;
    EXPECT_TRUE(st.Step(&row).ok() && row) << match;
    return st.Double(0);
  };
  const double police = score("lede_bm25", "police"), phrase = score("lede_bm25", "\"police officers\"");
  ASSERT_TRUE(db_.Exec("BEGIN; UPDATE article_terms SET docs = docs * 3 WHERE term IN ('polic', 'offic')").ok());
  EXPECT_NE(score("lede_bm25", "police"), police);
  EXPECT_EQ(score("bm25", "police"), police);
  EXPECT_EQ(score("lede_bm25", "\"police officers\""), phrase);
  ASSERT_TRUE(db_.Exec("ROLLBACK").ok());
}

TEST_F(Bm25Test, QueriesWhoseTermsCountDifferentlyUseBm25) {
  EXPECT_EQ(Bm25Expression("police arrested"), "-lede_bm25(articles_fts, 10.0, 1.0, 3.0, 0.0)");
  EXPECT_EQ(Bm25Expression("\"prime minister\" OR NEAR(a b)"), "-lede_bm25(articles_fts, 10.0, 1.0, 3.0, 0.0)");
  for (const char* query : {"presid*", "title:election", "^police", "{title text}: police"}) {
    EXPECT_EQ(Bm25Expression(query), "-bm25(articles_fts, 10.0, 1.0, 3.0, 0.0)") << query;
  }
}

}  // namespace
}  // namespace lede
