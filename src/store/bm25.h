// lede_bm25(): FTS5's bm25() at the cost of the matches, not of the corpus.
//
// bm25() computes each query phrase's IDF from the number of rows holding it,
// which it counts with a full pass over the phrase's posting list (xQueryPhrase)
// whatever the other constraints: at a million articles a word in a fifth of them
// costs tens of milliseconds before a single match of a one-year range is scored.
//
//   lede_bm25(articles_fts, weight, ...)
//
// takes bm25()'s arguments and returns the same value (the same formula, k1 = 1.2,
// b = 0.75, the same order of additions, so the same double), with two changes in
// how it gets there: a phrase's IDF is computed only once a row has an instance of
// it in a column of non-zero weight (bm25() multiplies the IDF of any other phrase
// by zero: the language facet of a search, a NOT term), and a phrase of one token
// takes its row count from article_terms (store/term_counts.h), one indexed
// look-up, its token read from its first instance in the row. Phrases of several
// tokens are counted as bm25() counts them.
//
// REQUIRES: used on articles_fts only, and only for queries whose phrases have no
// column filter, no prefix ("wor*") and no initial-token mark ("^word"): those
// change which rows a one-token phrase counts, which article_terms does not know.
// Bm25Expression() picks bm25() for such queries.
#ifndef LEDE_STORE_BM25_H_
#define LEDE_STORE_BM25_H_

#include <string>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// Registers lede_bm25() on `db` (once per connection). kIOError when FTS5 is missing.
Status RegisterBm25Function(sqlite::Database* db);

// The ranking expression of articles_fts for the user's FTS5 query `query` (higher
// is better): -lede_bm25(...) with the store's column weights (title 10, text 1,
// quotes 3, facets 0), or -bm25(...) with the same weights when `query` has a
// column filter, a prefix or an initial-token mark (see above).
std::string Bm25Expression(const std::string& query);

}  // namespace lede

#endif  // LEDE_STORE_BM25_H_
