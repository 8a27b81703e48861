// StoreReader's story queries: stories by latest activity, one story with its
// articles in published order, the story of an article.
#include "store/store_reader.h"

namespace lede {
namespace {

// A story's fields; outlets are its articles' hosts, most articles first.
constexpr const char* kStorySelect =
    "SELECT st.id, st.label, st.first_published, st.last_published,"
    " (SELECT count(*) FROM story_articles sa WHERE sa.story_id = st.id),"
    " (SELECT group_concat(host, char(10)) FROM (SELECT s.host FROM story_articles sa"
    "   JOIN documents d ON d.id = sa.article_id JOIN sources s ON s.id = d.source_id"
    "   WHERE sa.story_id = st.id GROUP BY s.host ORDER BY count(*) DESC, s.host))"
    " FROM stories st ";

StorySummary ReadStory(const sqlite::Statement& row) {
  StorySummary story{row.Int(0), row.Text(1), row.Text(2), row.Text(3), static_cast<uint64_t>(row.Int(4)), {}};
  std::string outlets = row.Text(5);
  for (size_t start = 0; start < outlets.size();) {
    size_t end = outlets.find('\n', start);
    if (end == std::string::npos) end = outlets.size();
    story.outlets.push_back(outlets.substr(start, end - start));
    start = end + 1;
  }
  return story;
}

}  // namespace

Status SqliteReader::Stories(const StoryRequest& request, StoryList* result) {
  *result = StoryList();
  Status s = CheckPage(request.page, options_.max_page_size);
  if (s.ok()) s = CheckDateRange(request.from, request.to);
  if (!s.ok()) return s;
  SqlWhere where;  // active within [from, to]: overlaps it
  if (!request.from.empty()) where.Add("substr(st.last_published, 1, 10) >= ?", {request.from});
  if (!request.to.empty()) where.Add("substr(st.first_published, 1, 10) <= ?", {request.to});
  return InSnapshot([&](sqlite::Database* db) {
    Status s = QueryCount(db, "SELECT count(*) FROM stories st " + where.Sql(), where.values(), &result->total);
    if (!s.ok()) return s;
    return ForEachRow(db, kStorySelect + where.Sql() + " ORDER BY st.last_published DESC, st.id DESC LIMIT ? OFFSET ?",
                      WithPage(where.values(), request.page),
                      [result](const sqlite::Statement& row) { result->stories.push_back(ReadStory(row)); });
  });
}

Status SqliteReader::Story(int64_t id, StoryPage* page) {
  *page = StoryPage();
  return InSnapshot([&](sqlite::Database* db) {
    bool found = false;
    Status s = ForEachRow(db, std::string(kStorySelect) + "WHERE st.id = ?", {id}, [&](const sqlite::Statement& row) {
      page->story = ReadStory(row);
      found = true;
    });
    if (s.ok() && !found) s = Status::NotFound("story: no story " + std::to_string(id));
    if (!s.ok()) return s;
    SqlWhere in_story;
    in_story.Add("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)", {id});
    return SelectArticles(db, in_story, "a.published, a.id", {options_.max_story_articles, 0}, &page->articles);
  });
}

Status SqliteReader::ArticleStory(int64_t article_id, std::optional<StoryRef>* story) {
  story->reset();
  std::unique_ptr<PooledConnection> conn;
  Status s = pool_.Acquire(&conn);
  if (!s.ok()) return s;
  return ForEachRow(conn->get(),
                    "SELECT st.id, st.label FROM story_articles sa JOIN stories st ON st.id = sa.story_id"
                    " WHERE sa.article_id = ?",
                    {article_id},
                    [story](const sqlite::Statement& row) { *story = StoryRef{row.Int(0), row.Text(1)}; });
}

}  // namespace lede
