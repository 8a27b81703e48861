// StoreReader's entity queries: the list by mentions, one entity's page, and
// names resolved to ids. Names are matched through entity_names (an FTS5 index
// with diacritics removed, kept by triggers: store/schema.cc).
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "store/store_reader.h"
#include "util/text_fold.h"

namespace lede {
namespace {

constexpr const char* kEntityTypes[] = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

// An FTS5 expression for names starting with the words of `prefix` (the last one
// may be cut: "el khi" finds "El Khiam"), or "" when it has no word.
std::string NamePrefixMatch(const std::string& prefix, bool last_word_whole) {
  std::string words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words += (words.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : prefix) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) word += c;
    else flush();
  }
  flush();
  if (words.empty()) return "";
  return "^\"" + words + "\"" + (last_word_whole ? "" : "*");
}

Status ReadSummary(sqlite::Database* db, int64_t id, EntitySummary* entity, bool* found) {
  *found = false;
  return ForEachRow(db,
                    "SELECT e.id, e.type, e.name, coalesce(c.mentions, 0), coalesce(c.articles, 0) FROM entities e "
                    "LEFT JOIN entity_counts c ON c.entity_id = e.id WHERE e.id = ?",
                    {id}, [&](const sqlite::Statement& row) {
                      *entity = {row.Int(0), row.Text(1), row.Text(2), static_cast<uint64_t>(row.Int(3)),
                                 static_cast<uint64_t>(row.Int(4))};
                      *found = true;
                    });
}

Status ReadLocation(sqlite::Database* db, int64_t id, std::optional<PlaceInfo>* location) {
  return ForEachRow(db, "SELECT country, admin1, lat, lon, geonames_id, kind FROM locations WHERE entity_id = ?", {id},
                    [location](const sqlite::Statement& row) {
                      *location = PlaceInfo{row.Text(0), row.Text(1), row.Double(2), row.Double(3), row.Int(4), row.Text(5)};
                    });
}

// "YYYY-MM" as a month count (0 when it is not one).
int MonthNumber(const std::string& month) {
  int year = 0, number = 0;
  return std::sscanf(month.c_str(), "%d-%d", &year, &number) == 2 ? year * 12 + number : 0;
}

// Entity `id`'s mentions per published day or month, as DateHistogram buckets
// them. Mentions whose months are 4 or more apart are at least 62 days apart, so
// their buckets are months, read from entity_months (one row a month, however
// many mentions); closer ones are bucketed from the mentions themselves.
Status ReadTimeline(sqlite::Database* db, int64_t id, std::vector<ValueCount>* timeline) {
  std::string first, last;
  Status s = ForEachRow(db, "SELECT min(month), max(month) FROM entity_months WHERE entity_id = ? AND mentions > 0",
                        {id}, [&](const sqlite::Statement& row) {
                          first = row.Text(0);
                          last = row.Text(1);
                        });
  if (!s.ok()) return s;
  if (MonthNumber(last) - MonthNumber(first) < 4 || MonthNumber(first) == 0) {
    return DateHistogram(db, "FROM mentions mn JOIN articles a ON a.id = mn.article_id WHERE mn.entity_id = ?", {id},
                         timeline);
  }
  return ForEachRow(db, "SELECT month, mentions FROM entity_months WHERE entity_id = ? AND mentions > 0 ORDER BY month",
                    {id}, [timeline](const sqlite::Statement& row) {
                      timeline->push_back({row.Text(0), static_cast<uint64_t>(row.Int(1))});
                    });
}

// Fills temp.entity_articles with the `latest` of the `articles` articles
// mentioning entity `id`, newest first.
Status FillLatestArticles(sqlite::Database* db, int64_t id, uint64_t articles, uint32_t latest) {
  Status s = db->Exec("CREATE TEMP TABLE IF NOT EXISTS entity_articles(id INTEGER PRIMARY KEY);"
                      "DELETE FROM temp.entity_articles;");
  if (!s.ok()) return s;
  const bool walk = WalkNewestArticles(db, PageRequest{latest, 0}, articles, &s);
  if (!s.ok()) return s;
  return ForEachRow(db,
                    walk ? "INSERT INTO temp.entity_articles SELECT a.id FROM articles a INDEXED BY articles_published "
                           "WHERE EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND "
                           "ae.entity_id = ?) ORDER BY a.published DESC, a.id DESC LIMIT ?"
                         : "INSERT INTO temp.entity_articles SELECT a.id FROM article_entities ae JOIN articles a "
                           "ON a.id = ae.article_id WHERE ae.entity_id = ? ORDER BY a.published DESC, a.id DESC LIMIT ?",
                    {id, int64_t{latest}}, [](const sqlite::Statement&) {});
}

// Entities in the articles of temp.entity_articles but `id`, by articles shared.
Status ReadCoMentioned(sqlite::Database* db, int64_t id, uint32_t limit, std::vector<EntityCount>* out) {
  return ForEachRow(db,
                    "SELECT e.id, e.type, e.name, count(*) AS n FROM temp.entity_articles ea "
                    "CROSS JOIN article_entities ae ON ae.article_id = ea.id CROSS JOIN entities e ON e.id = ae.entity_id "
                    "WHERE ae.entity_id != ?1 GROUP BY e.id ORDER BY n DESC, e.id LIMIT ?2",
                    {id, int64_t{limit}}, [out](const sqlite::Statement& row) {
                      out->push_back({row.Int(0), row.Text(1), row.Text(2), static_cast<uint64_t>(row.Int(3))});
                    });
}

}  // namespace

Status SqliteReader::Entities(const EntityListRequest& request, EntityList* result) {
  *result = EntityList();
  Status s = CheckPage(request.page, options_.max_page_size);
  if (!s.ok()) return s;
  SqlWhere where;
  if (!request.type.empty()) {
    bool known = false;
    for (const char* t : kEntityTypes) known |= request.type == t;
    if (!known) return Status::InvalidArgument("type: '" + request.type + "' is not PERSON, ORGANIZATION, LOCATION or MISC");
    where.Add("e.type = ?", {request.type});
  }
  std::string match = NamePrefixMatch(request.prefix, false);
  if (!match.empty()) where.Add("e.id IN (SELECT rowid FROM entity_names WHERE entity_names MATCH ?)", {match});
  std::unique_ptr<PooledConnection> conn;
  s = pool_.Acquire(&conn);
  if (!s.ok()) return s;
  const std::string from = " FROM entity_counts c JOIN entities e ON e.id = c.entity_id " + where.Sql();
  s = QueryCount(conn->get(), "SELECT count(*)" + from, where.values(), &result->total);
  if (!s.ok()) return s;
  return ForEachRow(conn->get(),
                    "SELECT e.id, e.type, e.name, c.mentions, c.articles" + from +
                        " ORDER BY c.mentions DESC, c.entity_id LIMIT ? OFFSET ?",
                    WithPage(where.values(), request.page), [result](const sqlite::Statement& row) {
                      result->entities.push_back({row.Int(0), row.Text(1), row.Text(2),
                                                  static_cast<uint64_t>(row.Int(3)), static_cast<uint64_t>(row.Int(4))});
                    });
}

Status SqliteReader::Entity(int64_t id, EntityPage* page) {
  *page = EntityPage();
  return InSnapshot([&](sqlite::Database* db) {
    bool found = false;
    Status s = ReadSummary(db, id, &page->entity, &found);
    if (s.ok() && !found) s = Status::NotFound("entity: no entity " + std::to_string(id));
    if (s.ok()) s = ReadLocation(db, id, &page->location);
    if (s.ok()) s = ReadTimeline(db, id, &page->timeline);
    if (s.ok()) s = FillLatestArticles(db, id, page->entity.articles, options_.entity_page_articles);
    if (s.ok()) s = ReadCoMentioned(db, id, options_.max_list_items, &page->co_mentioned);
    PageRequest list{options_.max_list_items, 0};
    if (s.ok()) {
      SqlWhere by;
      by.Add("q.speaker_entity_id = ?", {id});
      uint64_t spoken = 0;  // a top speaker's quotes are read newest article first, not all sorted
      s = CountQuotes(db, by, &spoken);
      if (s.ok()) s = SelectQuotes(db, by, list, spoken, &page->quotes_by);
    }
    if (s.ok()) {
      // A mention of the entity inside the quote's span, found among the entity's
      // mentions of the article (the primary key would scan all the article's
      // mentions after the quote's start: 113 -> 12 ms for 1,000 articles at 1M).
      SqlWhere about;
      about.Add("q.speaker_entity_id IS NOT ?", {id});
      about.Add("q.article_id IN (SELECT id FROM temp.entity_articles)");
      about.Add("EXISTS (SELECT 1 FROM mentions mn INDEXED BY mentions_entity_article WHERE mn.article_id = q.article_id AND mn.entity_id = ? "
                "AND mn.start >= q.start AND mn.\"end\" <= q.\"end\")",
                {id});
      s = SelectQuotes(db, about, list, 0, &page->quotes_about);  // in the latest articles: few
    }
    if (s.ok()) {
      SqlWhere mentioned;
      mentioned.Add("a.id IN (SELECT id FROM temp.entity_articles)");
      s = SelectArticles(db, mentioned, "a.published DESC, a.id DESC", list, &page->articles);
    }
    return s;
  });
}

Status SqliteReader::ResolveEntity(const std::string& name, std::vector<int64_t>* ids) {
  ids->clear();
  std::string match = NamePrefixMatch(name, true);
  if (match.empty()) return Status::InvalidArgument("entity: '" + name + "' has no word to look up");
  std::unique_ptr<PooledConnection> conn;
  Status s = pool_.Acquire(&conn);
  if (!s.ok()) return s;
  const std::string key = FoldForMatch(name);
  return ForEachRow(conn->get(),
                    "SELECT e.id, e.name FROM entity_names JOIN entities e ON e.id = entity_names.rowid "
                    "WHERE entity_names MATCH ? ORDER BY e.id",
                    {match}, [&](const sqlite::Statement& row) {
                      if (FoldForMatch(row.Text(1)) == key) ids->push_back(row.Int(0));
                    });
}

}  // namespace lede
