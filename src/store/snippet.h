// lede_snippet(): FTS5's snippet() at the cost of the snippet, not of the article.
//
// SQLite's snippet() tokenises every column of a row in full, twice for the
// column it shows (once to find sentence starts, once to highlight), with the
// table's whole tokenizer (porter stemming included), so a search page pays for
// the full text of each hit. lede_snippet() takes the same arguments
//
//   lede_snippet(fts_table, column, open, close, ellipsis, tokens)
//
// and returns the same text: the window is chosen by snippet()'s rules from the
// phrase instances (xInst) and the column sizes, and token boundaries come from
// a byte scanner that stops at the last instance of a column (or the end of the
// window, whichever is later). The scanner asks the table's own tokenizer how it
// treats each distinct character once per connection (starts a token, only
// continues one like a combining accent, or separates), so its boundaries are
// the tokenizer's, provided every FTS5 table it is used on over one connection
// has the same tokenizer (the store uses it on articles_fts alone). Differences
// from snippet(): `tokens` must be 1..64 (an error otherwise), and tokenizers
// that emit colocated tokens (synonyms) are not supported.
//
// Optional arguments after `tokens` are the texts of the row's first columns,
// in column order (NULL = read it from the table):
//
//   lede_snippet(articles_fts, -1, '[', ']', '...', 16, a.title, a.text)
//
// REQUIRES: each given text is the column's indexed text. FTS5 reads a column
// of an external-content table by running the content query for the row, every
// column of it (for the store's article_search view, a quotes sub-query); a
// column given here is not read from the table, and the row is read only if a
// column that was not given has a phrase instance.
#ifndef LEDE_STORE_SNIPPET_H_
#define LEDE_STORE_SNIPPET_H_

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// Registers lede_snippet() on `db` (once per connection; the character classes
// it learns live as long as the connection). kIOError when FTS5 is missing.
Status RegisterSnippetFunction(sqlite::Database* db);

}  // namespace lede

#endif  // LEDE_STORE_SNIPPET_H_
