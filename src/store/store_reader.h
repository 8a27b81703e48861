// StoreReader on SQLite (include/lede/query.h): one class, its queries one
// concept per file (search_query.cc, entity_queries.cc, quote_queries.cc,
// event_queries.cc, story_queries.cc, map_query.cc).
#ifndef LEDE_STORE_STORE_READER_H_
#define LEDE_STORE_STORE_READER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lede/query.h"
#include "store/query_sql.h"

namespace lede {

class SqliteReader final : public StoreReader {
 public:
  SqliteReader(const std::string& path, const QueryOptions& options) : options_(options), pool_(path, options) {}

  Status Search(const ArticleSearch& request, SearchResult* result) override;
  Status Entities(const EntityListRequest& request, EntityList* result) override;
  Status Entity(int64_t id, EntityPage* page) override;
  Status ResolveEntity(const std::string& name, std::vector<int64_t>* ids) override;
  Status Quotes(const QuoteRequest& request, QuoteList* result) override;
  Status Events(const EventRequest& request, EventList* result) override;
  Status Stories(const StoryRequest& request, StoryList* result) override;
  Status Story(int64_t id, StoryPage* page) override;
  Status ArticleStory(int64_t article_id, std::optional<StoryRef>* story) override;
  Status Map(const MapRequest& request, std::vector<MapPlace>* places) override;

  // Opens one connection, checking that the file is a store of this version.
  Status Check();

 private:
  // Runs `read` on a pooled connection inside one read transaction (one snapshot
  // of the store); returns its status, or the pool's or BEGIN's error.
  Status InSnapshot(const std::function<Status(sqlite::Database* db)>& read);

  const QueryOptions options_;
  ConnectionPool pool_;
};

// Fills temp.matches(id, score) on `db` with the articles matching `request`
// (its query and filters; page and facets ignored). *ranked tells whether
// scores are bm25 (a query was given) or 0 (order by date).
Status FillMatches(sqlite::Database* db, const ArticleSearch& request, bool* ranked);
// kInvalidArgument naming the first bad parameter of `request`.
Status CheckSearch(const ArticleSearch& request);

// The number of quotes of `where` (over quotes q and entities e = the speaker).
Status CountQuotes(sqlite::Database* db, const SqlWhere& where, uint64_t* count);
// Quotes of `where` (over quotes q, articles a, entities e = the speaker), newest
// first. `matches` is how many quotes `where` selects (CountQuotes), or 0 when not
// counted: many are read by walking the articles newest first (WalkNewestArticles).
Status SelectQuotes(sqlite::Database* db, const SqlWhere& where, const PageRequest& page, uint64_t matches,
                    std::vector<QuoteRecord>* quotes);
// Article links of `where` (over articles a) in `order` ("a.published DESC").
Status SelectArticles(sqlite::Database* db, const SqlWhere& where, const std::string& order,
                      const PageRequest& page, std::vector<ArticleRef>* articles);

}  // namespace lede

#endif  // LEDE_STORE_STORE_READER_H_
