// The store's full-text indexes (articles_fts, entity_names, quotes_fts) and the
// articles' facet rows (article_facets) for the rows one transaction added,
// written at the end of that transaction, one statement per table.
//
// Why not per row (as triggers or per-article inserts did until schema 6): once an
// FTS5 table has joined a transaction, SQLite asks it to flush its pending terms at
// every later statement's savepoint, so indexing each article, entity and quote as
// it was written made one index segment per statement and spent more time than the
// analysis on a 2-core machine. Indexed at the end, a batch is one segment per index.
#ifndef LEDE_STORE_SEARCH_INDEX_H_
#define LEDE_STORE_SEARCH_INDEX_H_

#include <cstdint>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// The largest ids stored when a transaction began: rows above them are its own.
struct IndexWatermarks {
  int64_t article = 0;  // articles.id
  int64_t entity = 0;   // entities.id
  int64_t quote = 0;    // quotes.id
};

// Reads the current largest ids. Call inside the transaction, before its writes.
Status ReadIndexWatermarks(sqlite::Database* db, IndexWatermarks* marks);

// Adds the articles, entity names and quotes with ids above `marks` to their
// full-text indexes, the articles' terms to article_terms (store/term_counts.h)
// and their facet rows (from their layers, the view article_facet_values). Call
// once, after the transaction's other writes.
// REQUIRES: the rows above `marks` are not indexed yet (ids only grow: rows are
// never inserted below an existing id).
Status IndexRowsAbove(sqlite::Database* db, const IndexWatermarks& marks);

}  // namespace lede

#endif  // LEDE_STORE_SEARCH_INDEX_H_
