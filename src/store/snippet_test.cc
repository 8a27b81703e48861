#include "store/snippet.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/test_corpus.h"

namespace lede {
namespace {

// An FTS5 table with the store's tokenizer (src/store/schema.cc, articles_fts).
class SnippetTest : public ::testing::Test {
 public:
  void SetUp() override {
    ASSERT_TRUE(db_.Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(RegisterSnippetFunction(&db_).ok());
    ASSERT_TRUE(db_.Exec("CREATE VIRTUAL TABLE t USING fts5(title, text, quotes, facets,"
                         " tokenize='porter unicode61 remove_diacritics 2')")
                    .ok());
  }

  // Table t made anew with `tokenizer`.
  void Recreate(const std::string& tokenizer) {
    ASSERT_TRUE(db_.Exec("DROP TABLE t").ok());
    ASSERT_TRUE(
        db_.Exec("CREATE VIRTUAL TABLE t USING fts5(title, text, quotes, facets, tokenize=\"" +
                 tokenizer + "\")")
            .ok());
  }

  void Add(const std::string& title, const std::string& text, const std::string& quotes = "") {
    sqlite::Statement insert;
    ASSERT_TRUE(db_.Prepare("INSERT INTO t(title, text, quotes, facets) VALUES (?, ?, ?, 'y2024 len')", &insert).ok());
    ASSERT_TRUE(insert.Bind(1, title).Bind(2, text).Bind(3, quotes).Run().ok());
  }

  // Rows matching `query` whose lede_snippet() differs from snippet() with the
  // same arguments (column, tokens), as "rowid: snippet() | lede_snippet()";
  // *rows counts the rows compared.
  // `texts` is what lede_snippet() gets after `tokens` ("" = nothing: every
  // column read from the table).
  std::vector<std::string> Differences(const std::string& query, int column, int tokens, int* rows,
                                       const std::string& texts = "") {
    const std::string args =
        "(t, " + std::to_string(column) + ", '[', ']', '...', " + std::to_string(tokens);
    sqlite::Statement select;
    std::vector<std::string> differences;
    Status s = db_.Prepare("SELECT rowid, snippet" + args + "), lede_snippet" + args + texts +
                               ") FROM t WHERE t MATCH ?",
                           &select);
    EXPECT_TRUE(s.ok()) << s.ToString();
    select.Bind(1, query);
    bool row = false;
    *rows = 0;
    while ((s = select.Step(&row)).ok() && row) {
      ++*rows;
      if (select.Text(1) != select.Text(2) || select.IsNull(1) != select.IsNull(2)) {
        differences.push_back(std::to_string(select.Int(0)) + ": " + select.Text(1) + " | " + select.Text(2));
      }
    }
    EXPECT_TRUE(s.ok()) << query << ": " << s.ToString();
    return differences;
  }

  void ExpectSameAsSnippet(const std::string& query, int column = -1, int tokens = 16,
                           const std::string& texts = "") {
    int rows = 0;
    std::vector<std::string> differences = Differences(query, column, tokens, &rows, texts);
    EXPECT_GT(rows, 0) << query;
    EXPECT_TRUE(differences.empty()) << query << " (" << differences.size() << " of " << rows
                                     << " rows), first: " << differences.front();
  }

  std::string LedeSnippet(const std::string& query, int tokens = 16) {
    sqlite::Statement select;
    EXPECT_TRUE(db_.Prepare("SELECT lede_snippet(t, -1, '[', ']', '...', ?) FROM t WHERE t MATCH ?", &select).ok());
    select.Bind(1, int64_t{tokens}).Bind(2, query);
    bool row = false;
    Status s = select.Step(&row);
    return s.ok() ? (row ? select.Text(0) : "(no row)") : s.ToString();
  }

  sqlite::Database db_;
};

TEST_F(SnippetTest, DemoCorpusSnippetsEqualFts5Snippets) {
  std::vector<Article> corpus = testing::LoadDemoArticles();
  ASSERT_GT(corpus.size(), 300u) << testing::DemoCorpusPath();
  ASSERT_TRUE(db_.Exec("BEGIN").ok());
  for (const Article& a : corpus) Add(a.title, a.text);
  ASSERT_TRUE(db_.Exec("COMMIT").ok());
  // One word, words in title and text, a phrase, prefixes, OR, NEAR, a column
  // filter, a word of many instances per article.
  for (const char* query : {"police", "election vote", "\"prime minister\"", "presid*", "fire OR flood",
                            "NEAR(police arrested, 5)", "title:election", "the", "said people",
                            "government NOT election", "year* world* \"united states\""}) {
    ExpectSameAsSnippet(query);
  }
  ExpectSameAsSnippet("police", 1, 16);
  ExpectSameAsSnippet("said government", -1, 5);
  ExpectSameAsSnippet("said government", -1, 64);
  ExpectSameAsSnippet("said government", -1, 1);
}

// The first columns' texts given as arguments (as the store's search passes the
// article's title and text) give snippet()'s text; a NULL argument or a column
// not given is read from the table.
TEST_F(SnippetTest, GivenColumnTextsEqualFts5Snippets) {
  std::vector<Article> corpus = testing::LoadDemoArticles();
  ASSERT_GT(corpus.size(), 300u) << testing::DemoCorpusPath();
  ASSERT_TRUE(db_.Exec("BEGIN").ok());
  for (size_t i = 0; i < corpus.size(); ++i) {
    // Every third article gets a quote from its text: matches in the quotes column.
    Add(corpus[i].title, corpus[i].text,
        i % 3 == 0 ? corpus[i].text.substr(corpus[i].text.size() / 2, 300) : "");
  }
  ASSERT_TRUE(db_.Exec("COMMIT").ok());
  for (const char* texts :
       {", title, text", ", title", ", NULL, text", ", title, text, quotes, facets"}) {
    for (const char* query :
         {"police", "election vote", "\"prime minister\"", "presid*", "quotes:said", "the"}) {
      ExpectSameAsSnippet(query, -1, 16, texts);
    }
    ExpectSameAsSnippet("said government", 2, 16, texts);
  }
}

TEST_F(SnippetTest, NonAsciiTextAndSentencesEqualFts5Snippets) {
  Add("Café owner: résumé", "Zoë Saldaña visited the café. The naïve coöperation ended: a café reopened.");
  Add("Combining accents", "A cafe\xCC\x81 with e\xCC\x81 signs and \xE2\x80\x9Cquoted caf\xC3\xA9\xE2\x80\x9D text.");
  Add("Scripts", "東京 Tokyo café; Москва кафе 42; emoji \xF0\x9F\x98\x80 café\xE2\x80\x94" "dash. End: café.");
  Add("Broken bytes", "caf\xC3 bytes \x80\xBF caf\xC3\xA9 and \xC0\xAF overlong caf\xC3\xA9");
  std::string long_text;
  for (int i = 0; i < 60; ++i) long_text += "Sentence " + std::to_string(i) + " has words.  Then: more words ";
  Add("Long", long_text + "and finally the café at the end.", "A quote about the café.");
  for (const char* query : {"cafe", "café", "resume", "kafe OR кафе", "tokyo", "words", "sentence", "end",
                            "bytes", "overlong", "dash", "coöperation OR cooperation", "quot*"}) {
    ExpectSameAsSnippet(query);
  }
  ExpectSameAsSnippet("words", -1, 3);
  ExpectSameAsSnippet("cafe", 2, 16);
}

// Whitespace runs, paragraph breaks and sentence marks on both sides of the
// scanner's 64-byte blocks, over table t made anew with `tokenizer` (before any
// lede_snippet() call: the connection learns the classes of its first table).
void ExpectBlockEdgeSnippets(SnippetTest* test, const std::string& tokenizer) {
  std::string text;
  const char* gaps[] = {" ", ".  ", ".\n\n", ": ", ". \t\r\n ", "-", ".", "_x_", " . "};
  for (int i = 0; i < 400; ++i)
    text += "w" + std::to_string(i % 7) + "ord" + std::string(i % 5, 'a') + gaps[i % 9];
  std::vector<Article> corpus = testing::LoadDemoArticles();
  ASSERT_GT(corpus.size(), 300u) << testing::DemoCorpusPath();
  test->Recreate(tokenizer);
  for (size_t start = 0; start < 70; start += 3) test->Add("Block edges", text.substr(start));
  for (size_t i = 0; i < corpus.size(); i += 4) test->Add(corpus[i].title, corpus[i].text);
  for (const char* query : {"w3orda", "w0ord OR w6ordaaaa", "police", "said", "w1ordaaa*"}) {
    test->ExpectSameAsSnippet(query);
  }
  test->ExpectSameAsSnippet("w2ordaa", -1, 5);
}

TEST_F(SnippetTest, BlockEdgesEqualFts5Snippets) {
  ExpectBlockEdgeSnippets(this, "porter unicode61 remove_diacritics 2");
}

// ASCII classes that are not unicode61's default ('-' and '_' in tokens, 'x' a
// separator): scanned character by character, not in blocks.
TEST_F(SnippetTest, OtherTokenizerCharacterClassesEqualFts5Snippets) {
  ExpectBlockEdgeSnippets(this, "unicode61 tokenchars '-_' separators 'x'");
}

TEST_F(SnippetTest, MarksMatchesWithinTheWindow) {
  Add("Plain title", "One two three. Four five police six seven eight nine ten eleven twelve thirteen fourteen "
                     "fifteen sixteen seventeen eighteen nineteen twenty.");
  EXPECT_EQ(LedeSnippet("police", 4), "...Four five [police] six...");
  EXPECT_EQ(LedeSnippet("twenty", 3), "...eighteen nineteen [twenty].");
}

TEST_F(SnippetTest, RejectsBadArguments) {
  Add("A title", "some text");
  EXPECT_NE(LedeSnippet("text", 0).find("tokens must be between 1 and 64"), std::string::npos);
  EXPECT_NE(LedeSnippet("text", 65).find("tokens must be between 1 and 64"), std::string::npos);
}

}  // namespace
}  // namespace lede
