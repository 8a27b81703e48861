// SQLite's FTS5 extension API on one connection: the fts5_api object (to register
// auxiliary functions, to find tokenizers) and the articles' tokenizer.
#ifndef LEDE_STORE_FTS5_API_H_
#define LEDE_STORE_FTS5_API_H_

#include <functional>
#include <string_view>

#include <sqlite3.h>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// Sets *api to the FTS5 API of `db`'s connection. kIOError when FTS5 is missing.
Status FindFts5Api(sqlite::Database* db, fts5_api** api);

// articles_fts's tokenizer ("porter unicode61 remove_diacritics 2", store/schema.cc)
// outside the table: the tokens it indexes for a text, as the index holds them.
class ArticleTokenizer {
 public:
  ArticleTokenizer() = default;
  ArticleTokenizer(const ArticleTokenizer&) = delete;
  ArticleTokenizer& operator=(const ArticleTokenizer&) = delete;
  ~ArticleTokenizer();

  // Creates the tokenizer from `db`'s FTS5. Call once, before Tokenize.
  Status Open(sqlite::Database* db);
  // Calls `token` with each token of `text` in order.
  Status Tokenize(std::string_view text, const std::function<void(std::string_view)>& token);

 private:
  fts5_tokenizer methods_{};
  Fts5Tokenizer* tokenizer_ = nullptr;
};

}  // namespace lede

#endif  // LEDE_STORE_FTS5_API_H_
