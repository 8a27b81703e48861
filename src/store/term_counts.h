// Per-term document counts of articles_fts, kept in article_terms (docs/schema.md)
// so that ranking needs no pass over a term's posting list to know how many
// articles hold it (store/bm25.h).
#ifndef LEDE_STORE_TERM_COUNTS_H_
#define LEDE_STORE_TERM_COUNTS_H_

#include <cstdint>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// Adds the articles with ids above `mark` to article_terms: each distinct token of
// an article's indexed columns (article_search's title, text, quotes and facets),
// as articles_fts's tokenizer makes it, counts the article once. Afterwards
// article_terms.docs equals the `doc` column of an fts5vocab 'row' table over
// articles_fts, provided those articles are indexed exactly once (IndexRowsAbove).
Status CountTermsAbove(sqlite::Database* db, int64_t mark);

}  // namespace lede

#endif  // LEDE_STORE_TERM_COUNTS_H_
