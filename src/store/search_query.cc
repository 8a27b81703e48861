// StoreReader::Search: the matching articles go once into temp.matches (the full-text
// index with the language facet inside the MATCH and the date range as a range of its
// rowids, the search keys of store/date_facets.h, then the source, entity, theme and
// event filters); the total, the page and every facet are read from there.
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/bm25.h"
#include "store/date_facets.h"
#include "store/facet_counter.h"
#include "store/store_reader.h"

namespace lede {
namespace {

// Leading characters of the text shown as the snippet of an unranked hit.
constexpr int kLeadSnippetChars = 200;

std::string LanguageMatch(const ArticleSearch& request) {
  SearchFilters filters;
  filters.lang = request.lang;
  std::string match;
  FacetFilter(filters, &match);  // validated by CheckSearch
  return match;
}

// Restricts the search key column `key` to the request's dates, if it has any.
void AddDateRange(const ArticleSearch& request, const std::string& key, SqlWhere* where) {
  if (request.from.empty() && request.to.empty()) return;
  SearchKeyRange range;
  KeyRange(request.from, request.to, &range);  // validated by CheckSearch
  where->Add(key + " BETWEEN ? AND ?", {range.first, range.last});
}

// The filters outside the full-text index, on the article id column `id`.
void AddArticleFilters(const ArticleSearch& request, const std::string& id, SqlWhere* where) {
  if (!request.source.empty()) {
    std::string source = request.source.starts_with("www.") ? request.source.substr(4) : request.source;
    where->Add("EXISTS (SELECT 1 FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = " + id +
                   " AND (s.host = ? OR s.outlet = ?))",
               {source, request.source});
  }
  if (!request.entities.empty()) {
    std::string ids;
    for (int64_t e : request.entities) ids += (ids.empty() ? "" : ", ") + std::to_string(e);
    where->Add(id + " IN (SELECT article_id FROM article_entities WHERE entity_id IN (" + ids + "))");
  }
  if (!request.theme.empty()) where->Add(id + " IN (SELECT article_id FROM themes WHERE theme = ?)", {request.theme});
  if (!request.event.empty()) where->Add(id + " IN (SELECT article_id FROM events WHERE type = ?)", {request.event});
}

// The first kLeadSnippetChars characters, cut after the last whole word.
std::string LeadSnippet(const std::string& lead, bool longer) {
  if (!longer) return lead;
  size_t cut = lead.find_last_of(" \n");
  return (cut == std::string::npos ? lead : lead.substr(0, cut)) + " ...";
}

// The matched articles: temp.matches, or the articles table itself when nothing
// restricts the search (no query, no filter).
struct Matched {
  std::string table;  // "temp.matches" or "articles", with an `id` column
  bool ranked;        // temp.matches has bm25 scores
  bool everything;    // every article matches
};

// Sets the snippet of each of `hits` (matches of `query`; keys[i] is hits[i]'s
// search key) in one statement: the query parsed once, the matches between the
// page's first and last search key (the full-text index's rowids) read in one
// pass (half the time of a statement per hit; the unary + keeps SQLite from
// running the MATCH once per page key instead, which took a new search ~100 µs
// more), snippets made only for the page's rows, from their title and text read
// straight from `articles` (FTS5 would read the whole article_search row, running
// its quotes sub-query for each hit; the quotes are read only for a hit with a
// match in them).
Status ReadSnippets(sqlite::Database* db, const std::string& query,
                    const std::vector<int64_t>& keys, std::vector<SearchHit>* hits) {
  if (hits->empty()) return Status::OK();
  std::unordered_map<int64_t, SearchHit*> by_key;
  for (size_t i = 0; i < hits->size(); ++i) by_key[keys[i]] = &(*hits)[i];
  const auto [first, last] = std::minmax_element(keys.begin(), keys.end());
  return ForEachRow(
      db,
      "SELECT articles_fts.rowid, lede_snippet(articles_fts, -1, '[', ']', '...', 16, a.title, "
      "a.text) "
      "FROM articles_fts CROSS JOIN articles a ON a.search_key = articles_fts.rowid "
      "WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ? "
      "AND +articles_fts.rowid IN (SELECT value FROM json_each(?))",
      {query, *first, *last, nlohmann::json(keys).dump()},
      [&by_key](const sqlite::Statement& row) { by_key.at(row.Int(0))->snippet = row.Text(1); });
}

Status ReadHits(sqlite::Database* db, const ArticleSearch& request, const Matched& matched,
                std::vector<SearchHit>* hits) {
  const bool ranked = matched.ranked;
  // The page's ids first (reading only scores or dates), then the page's rows: the
  // columns of every match would otherwise be read to be sorted, texts included.
  std::string page;
  if (ranked) {
    page = "SELECT id, score FROM temp.matches m ORDER BY m.score DESC, m.id";
  } else if (matched.everything) {
    page = "SELECT id, 0 AS score FROM articles m ORDER BY m.published DESC, m.id DESC";
  } else {
    page = "SELECT m.id, 0 AS score FROM temp.matches m CROSS JOIN articles p ON p.id = m.id "
           "ORDER BY p.published DESC, m.id DESC";
  }
  page += " LIMIT ? OFFSET ?";
  // The text's lead only for unranked hits: a ranked hit's snippet comes from
  // ReadSnippets, and reading the text (~5 KB, overflow pages) costs ~5 µs a hit.
  const std::string lead = ranked ? "NULL, 0" : "substr(a.text, 1, " + std::to_string(kLeadSnippetChars) +
                                                    "), length(a.text) > " + std::to_string(kLeadSnippetChars);
  std::string sql = "SELECT m.id, m.score, a.title, d.url, a.published, s.host, a.search_key, " +
                    lead + " FROM (" + page +
                    ") m CROSS JOIN articles a ON a.id = m.id JOIN documents d ON d.id = m.id"
                    " LEFT JOIN sources s ON s.id = d.source_id ORDER BY " +
                    (ranked ? "m.score DESC, m.id" : "a.published DESC, m.id DESC");
  std::vector<int64_t> keys;  // of the hits, for ReadSnippets
  Status s = ForEachRow(db, sql, WithPage({}, request.page), [&](const sqlite::Statement& row) {
    keys.push_back(row.Int(6));
    SearchHit hit;
    hit.id = row.Int(0);
    hit.score = row.Double(1);
    hit.title = row.Text(2);
    hit.url = row.Text(3);
    hit.published = row.Text(4);
    hit.source = row.Text(5);
    if (!ranked) hit.snippet = LeadSnippet(row.Text(7), row.Int(8) != 0);
    hits->push_back(std::move(hit));
  });
  if (s.ok() && ranked) s = ReadSnippets(db, request.query, keys, hits);
  return s;
}

// Makes temp.facet_sample the best `size` matches (by score, else the newest).
Status SampleMatches(sqlite::Database* db, const Matched& matched, uint32_t size) {
  Status s = db->ExecCached("CREATE TEMP TABLE IF NOT EXISTS facet_sample(id INTEGER PRIMARY KEY)");
  if (s.ok()) s = db->ExecCached("DELETE FROM temp.facet_sample");
  const std::string sql =
      matched.ranked ? "INSERT INTO temp.facet_sample SELECT id FROM temp.matches ORDER BY score DESC, id LIMIT ?"
      : matched.everything
          ? "INSERT INTO temp.facet_sample SELECT id FROM articles ORDER BY published DESC, id DESC LIMIT ?"
          : "INSERT INTO temp.facet_sample SELECT m.id FROM temp.matches m CROSS JOIN articles a ON a.id = m.id "
            "ORDER BY a.published DESC, m.id DESC LIMIT ?";
  if (s.ok()) s = ForEachRow(db, sql, {int64_t{size}}, [](const sqlite::Statement&) {});
  return s;
}

// Sets the type and name of each of *entities (ids from FacetCounter), in one
// statement; an id without an entities row is dropped.
Status ReadEntityNames(sqlite::Database* db, std::vector<EntityCount>* entities) {
  if (entities->empty()) return Status::OK();
  std::unordered_map<int64_t, EntityCount*> by_id;
  nlohmann::json ids = nlohmann::json::array();
  for (EntityCount& e : *entities) {
    by_id[e.id] = &e;
    ids.push_back(e.id);
  }
  std::unordered_set<int64_t> named;
  Status s = ForEachRow(db, "SELECT id, type, name FROM entities WHERE id IN (SELECT value FROM json_each(?))",
                        {ids.dump()}, [&](const sqlite::Statement& row) {
                          EntityCount* e = by_id.at(row.Int(0));
                          e->type = row.Text(1);
                          e->name = row.Text(2);
                          named.insert(e->id);
                        });
  std::erase_if(*entities, [&named](const EntityCount& e) { return !named.count(e.id); });
  return s;
}

// The facets of the matches, from one article_facets row per match (FacetCounter).
Status ReadFacets(sqlite::Database* db, const Matched& matched, uint32_t limit, SearchFacets* facets) {
  // Matches in a temporary table have no statistics: CROSS JOIN keeps them the
  // outer loop, so each match's row is looked up, not the reverse.
  const std::string sql =
      matched.everything
          ? "SELECT source, day, entities, themes, events FROM article_facets"
          : "SELECT f.source, f.day, f.entities, f.themes, f.events FROM " + matched.table +
                " m CROSS JOIN article_facets f ON f.article_id = m.id";
  // Over every article, the per-entity counts answer without reading the lists.
  FacetCounter counter(/*count_entities=*/!matched.everything);
  Status s = ForEachRow(db, sql, {}, [&counter](const sqlite::Statement& row) { counter.Add(row); });
  if (!s.ok()) return s;
  counter.Finish(limit, facets);
  if (!matched.everything) return ReadEntityNames(db, &facets->entities);
  return ForEachRow(db,
                    "SELECT e.id, e.type, e.name, c.articles AS n FROM entity_counts c JOIN entities e "
                    "ON e.id = c.entity_id WHERE n > 0 ORDER BY n DESC, e.id LIMIT ?",
                    {int64_t{limit}}, [facets](const sqlite::Statement& row) {
                      facets->entities.push_back({row.Int(0), row.Text(1), row.Text(2), static_cast<uint64_t>(row.Int(3))});
                    });
}

}  // namespace

Status CheckSearch(const ArticleSearch& request) {
  Status s = CheckDateRange(request.from, request.to);
  if (!s.ok()) return s;
  SearchFilters filters;
  filters.lang = request.lang;
  std::string match;
  s = FacetFilter(filters, &match);
  if (!s.ok()) return Status::InvalidArgument("lang: " + s.message());
  s = RestrictQuery(request.query, "", &match);
  if (!s.ok()) return Status::InvalidArgument("q: " + s.message());
  return s;
}

Status FillMatches(sqlite::Database* db, const ArticleSearch& request, bool* ranked) {
  Status s = db->ExecCached("CREATE TEMP TABLE IF NOT EXISTS matches(id INTEGER PRIMARY KEY, score REAL NOT NULL)");
  if (s.ok()) s = db->ExecCached("DELETE FROM temp.matches");
  if (!s.ok()) return s;
  *ranked = !request.query.empty();
  std::string facets = LanguageMatch(request);
  SqlWhere where;
  std::string sql;
  std::string id;
  if (*ranked || !facets.empty()) {
    std::string match = facets;
    if (*ranked) RestrictQuery(request.query, facets, &match);
    where.Add("articles_fts MATCH ?", {match});
    AddDateRange(request, "articles_fts.rowid", &where);
    id = ArticleIdOfKey("articles_fts.rowid");
    sql = "INSERT INTO temp.matches SELECT " + id + ", " + (*ranked ? Bm25Expression(request.query) : "0") + " FROM articles_fts ";
  } else {
    sql = "INSERT INTO temp.matches SELECT a.id, 0 FROM articles a ";
    AddDateRange(request, "a.search_key", &where);
    id = "a.id";
  }
  AddArticleFilters(request, id, &where);
  s = ForEachRow(db, sql + where.Sql(), where.values(), [](const sqlite::Statement&) {});
  if (!s.ok() && s.code() != Status::Code::kTooLarge) {
    return Status::InvalidArgument("q: '" + request.query + "': " + s.message());
  }
  return s;
}

Status SqliteReader::Search(const ArticleSearch& request, SearchResult* result) {
  *result = SearchResult();
  Status s = CheckPage(request.page, options_.max_page_size);
  if (s.ok()) s = CheckSearch(request);
  if (!s.ok()) return s;
  const ArticleSearch& r = request;
  Matched matched{"temp.matches", false,
                  r.query.empty() && r.from.empty() && r.to.empty() && r.lang.empty() && r.source.empty() &&
                      r.entities.empty() && r.theme.empty() && r.event.empty()};
  if (matched.everything) matched.table = "articles";
  return InSnapshot([&](sqlite::Database* db) {
    Status s = matched.everything ? Status::OK() : FillMatches(db, request, &matched.ranked);
    if (s.ok()) s = QueryCount(db, "SELECT count(*) FROM " + matched.table, {}, &result->total);
    if (s.ok()) s = ReadHits(db, request, matched, &result->hits);
    if (s.ok() && request.facets && request.facet_matches > 0 && result->total > request.facet_matches) {
      result->facets_sampled = true;
      s = SampleMatches(db, matched, request.facet_matches);
      matched = Matched{"temp.facet_sample", false, false};
    }
    if (s.ok() && request.facets) s = ReadFacets(db, matched, options_.max_facet_values, &result->facets);
    return s;
  });
}

}  // namespace lede
