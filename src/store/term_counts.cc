#include "store/term_counts.h"

#include <string>
#include <string_view>
#include <unordered_set>

#include "store/fts5_api.h"
#include "util/string_map.h"

namespace lede {
namespace {

// Documents per term, with lookups by string_view (no copy per token).
using TermDocs = StringMap<int64_t>;

Status ReadTermDocs(sqlite::Database* db, int64_t mark, TermDocs* docs) {
  ArticleTokenizer tokenizer;
  Status s = tokenizer.Open(db);
  sqlite::Statement st;
  if (s.ok()) s = db->Prepare("SELECT title, text, quotes, facets FROM article_search WHERE id > ?1", &st);
  if (!s.ok()) return s;
  st.Bind(1, mark);
  std::unordered_set<std::string_view> seen;  // the article's distinct terms (views into *docs' keys)
  bool row = false;
  while ((s = st.Step(&row)).ok() && row) {
    seen.clear();
    auto count = [&](std::string_view term) {
      auto it = docs->find(term);
      if (it == docs->end()) it = docs->emplace(std::string(term), 0).first;
      if (seen.insert(it->first).second) ++it->second;
    };
    for (int column = 0; s.ok() && column < 4; ++column) {
      s = tokenizer.Tokenize(st.Text(column), count);
    }
    if (!s.ok()) return s;
  }
  return s;
}

}  // namespace

Status CountTermsAbove(sqlite::Database* db, int64_t mark) {
  TermDocs docs;
  Status s = ReadTermDocs(db, mark, &docs);
  sqlite::Statement add;
  if (s.ok()) {
    s = db->Prepare("INSERT INTO article_terms(term, docs) VALUES(?1, ?2) "
                    "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
                    &add);
  }
  for (auto it = docs.begin(); s.ok() && it != docs.end(); ++it) {
    add.Reset();
    s = add.Bind(1, std::string_view(it->first)).Bind(2, it->second).Run();
  }
  return s;
}

}  // namespace lede
