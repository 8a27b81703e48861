// StoreReader::Quotes: by speaker (entity id or name substring) and by words in
// the quote (quotes_fts, kept by triggers: store/schema.cc), newest first.
#include "store/date_facets.h"
#include "store/store_reader.h"

namespace lede {

Status SqliteReader::Quotes(const QuoteRequest& request, QuoteList* result) {
  *result = QuoteList();
  Status s = CheckPage(request.page, options_.max_page_size);
  if (!s.ok()) return s;
  SqlWhere where;
  if (request.speaker_id != 0) where.Add("q.speaker_entity_id = ?", {request.speaker_id});
  if (!request.speaker_name.empty()) {
    where.Add("instr(lower(q.speaker_name), lower(?1)) > 0 OR instr(lower(e.name), lower(?1)) > 0",
              {request.speaker_name});
  }
  if (!request.query.empty()) {
    std::string unused;
    s = RestrictQuery(request.query, "", &unused);
    if (!s.ok()) return Status::InvalidArgument("q: " + s.message());
    where.Add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", {request.query});
  }
  s = InSnapshot([&](sqlite::Database* db) {
    Status s = CountQuotes(db, where, &result->total);
    // Words are never walked: walking the articles, SQLite probes each one's quotes
    // with every id of the word's list (quotes_article (article_id, rowid)), 9 s at 1M.
    const uint64_t walkable = request.query.empty() ? result->total : 0;
    return s.ok() ? SelectQuotes(db, where, request.page, walkable, &result->quotes) : s;
  });
  if (!s.ok() && !request.query.empty() && s.code() == Status::Code::kInvalidArgument) {
    return Status::InvalidArgument("q: '" + request.query + "': " + s.message());
  }
  return s;
}

}  // namespace lede
