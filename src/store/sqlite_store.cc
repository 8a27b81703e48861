// Store on SQLite: the implementation behind include/lede/store.h.
#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "cluster/hash64.h"
#include "cluster/minhash.h"
#include "lede/store.h"
#include "store/date_facets.h"
#include "store/layers.h"
#include "store/near_duplicates.h"
#include "store/outlet_places.h"
#include "store/schema.h"
#include "store/bm25.h"
#include "store/snippet.h"
#include "store/search_index.h"
#include "store/stories.h"
#include "store/sqlite.h"
#include "util/url.h"

namespace lede {
namespace {

constexpr const char* kSelectArticle = R"sql(
SELECT a.id, d.url, d.canonical_url, a.title, a.authors, a.published, a.dateline, a.lang,
       a.site_name, a.section, a.description, a.text, a.paragraphs, s.host, d.content_hash,
       a.duplicate_of, d.ingested_at
FROM articles a JOIN documents d ON d.id = a.id LEFT JOIN sources s ON s.id = d.source_id
)sql";

// Top hits from the full-text index alone: the language is a facet inside the
// MATCH and the dates a range of its rowids (search keys, store/date_facets.h), so
// no article row is read for a match that does not make the top; only a source
// filter looks at each match's document. The score (Bm25Expression's) goes in front.
constexpr const char* kSearch = R"sql( AS score FROM articles_fts
WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?4 AND ?5
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM documents d JOIN sources s ON s.id = d.source_id
                             WHERE d.id = articles_fts.rowid & 4294967295 AND (s.host = ?2 OR s.outlet = ?2)))
ORDER BY score DESC, id
LIMIT ?3
)sql";

constexpr const char* kHit = R"sql(
SELECT a.title, d.url, a.published, s.host
FROM articles a JOIN documents d ON d.id = a.id LEFT JOIN sources s ON s.id = d.source_id
WHERE a.id = ?1
)sql";

constexpr const char* kSnippet = R"sql(
SELECT lede_snippet(articles_fts, -1, '[', ']', '...', 16) FROM articles_fts
WHERE articles_fts MATCH ?1 AND rowid = (SELECT search_key FROM articles WHERE id = ?2)
)sql";

std::string AuthorsJson(const std::vector<std::string>& authors) {
  return nlohmann::json(authors).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ParseJsonColumns(const std::string& authors, const std::string& paragraphs, Article* a) {
  nlohmann::json j = nlohmann::json::parse(authors, nullptr, false);
  if (j.is_array()) {
    for (const auto& name : j) {
      if (name.is_string()) a->authors.push_back(name.get<std::string>());
    }
  }
  a->paragraphs = SpansFromJson(paragraphs);
}

void ReadArticleRow(const sqlite::Statement& row, StoredArticle* out) {
  *out = StoredArticle();
  Article& a = out->article;
  out->id = row.Int(0);
  a.url = row.Text(1);
  a.canonical_url = row.Text(2);
  a.title = row.Text(3);
  a.published = row.Text(5);
  a.dateline = row.Text(6);
  a.lang = row.Text(7);
  a.site_name = row.Text(8);
  a.section = row.Text(9);
  a.description = row.Text(10);
  a.text = row.Text(11);
  ParseJsonColumns(row.Text(4), row.Text(12), &a);
  out->source = row.Text(13);
  out->content_hash = static_cast<uint64_t>(row.Int(14));
  out->duplicate_of = row.Int(15);
  out->ingested_at = row.Text(16);
}

// What a document is identified by (see lede/store.h): either one already stored
// makes Add skip it.
struct DocumentKey {
  std::string canonical_url;  // "" when it has no URL
  uint64_t content_hash;
};

DocumentKey KeyOf(const Article& article) {
  return {CanonicalUrl(article.canonical_url.empty() ? article.url : article.canonical_url),
          Store::ContentHash(article.text)};
}

// An article added in the current batch, waiting for its story.
struct StoryPending {
  int64_t id;
  const Article* article;
  int64_t first_copy;         // > 0 for a near-duplicate
  std::string canonical_url;  // with the date and hash: the order stories are assigned in
  uint64_t content_hash;
};

// Stories are assigned in an order that does not depend on the batch's input order,
// so the same documents in any order within a batch make the same stories: first
// copies before near-duplicates (which join their first copy's story), then by
// publication date, canonical URL and content hash (unique in the store).
bool AssignsFirst(const StoryPending& a, const StoryPending& b) {
  return std::make_tuple(a.first_copy > 0, a.article->published, a.canonical_url, a.content_hash) <
         std::make_tuple(b.first_copy > 0, b.article->published, b.canonical_url, b.content_hash);
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(const StoreOptions& options) : options_(options) {}

  Status Open(const std::string& path);
  Status Add(const std::vector<NewArticle>& batch, AddResult* result) override;
  Status StoredUrls(const std::vector<std::string>& urls, std::vector<bool>* stored) override;
  Status WouldAdd(const std::vector<NewArticle>& batch, std::vector<bool>* added) override;
  Status OutletPlaces(OutletPlaceCounts* places) override;
  Status Get(int64_t id, StoredArticle* article) override;
  Status Scan(int64_t after_id, size_t limit, std::vector<StoredArticle>* out) override;
  Status Search(const std::string& query, const SearchFilters& filters,
                std::vector<SearchHit>* hits) override;
  Status Stats(StoreStats* stats) override;

 private:
  Status Configure();
  Status OpenLookup();
  Status PrepareWrites();
  Status AddOne(const NewArticle& article, AddResult* result, std::vector<StoryPending>* stories);
  Status AssignStories(std::vector<StoryPending>* stories);
  Status ReadLayers(StoredArticle* article);
  Status SourceId(const Article& article, int64_t* id);
  Status InsertArticle(int64_t id, const Article& article, const MinHashSignature& sig,
                       int64_t duplicate_of);

  const StoreOptions options_;
  std::mutex mu_;
  sqlite::Database db_;
  NearDuplicateIndex near_;
  LayerWriter layer_writer_;
  OutletPlacesWriter outlet_places_;
  LayerReader layer_reader_;
  StoryIndex stories_;
  sqlite::Statement insert_document_, upsert_source_, insert_article_;
  Status FillHit(const std::string& query, SearchHit* hit);

  sqlite::Statement get_, scan_, hit_, snippet_;
  std::string path_;
  // StoredUrls' and WouldAdd's connection (read-only, opened on first use) and statements.
  std::mutex lookup_mu_;
  sqlite::Database lookup_db_;
  sqlite::Statement url_stored_, key_stored_;
  bool lookup_open_ = false;
  std::unordered_map<std::string, int64_t> source_ids_;  // host -> sources.id, committed rows only
};

Status SqliteStore::Open(const std::string& path) {
  struct stat st;
  if (!options_.create_if_missing && stat(path.c_str(), &st) != 0) {
    return Status::NotFound("no store at " + path);
  }
  int flags = options_.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  path_ = path;
  Status s = db_.Open(path, flags | SQLITE_OPEN_NOMUTEX);
  if (s.ok()) s = Configure();
  if (s.ok()) {
    s = options_.read_only ? CheckOrMigrateSchema(&db_, path, static_cast<int>(options_.busy_timeout_ms))
                           : MigrateSchema(&db_);
  }
  if (s.ok() && !options_.read_only) s = PrepareWrites();
  if (s.ok()) s = db_.Prepare(std::string(kSelectArticle) + " WHERE a.id = ?1", &get_);
  if (s.ok()) s = db_.Prepare(std::string(kSelectArticle) + " WHERE a.id > ?1 ORDER BY a.id LIMIT ?2", &scan_);
  if (s.ok()) s = db_.Prepare(kHit, &hit_);
  if (s.ok()) s = RegisterSnippetFunction(&db_);
  if (s.ok()) s = RegisterBm25Function(&db_);
  if (s.ok()) s = db_.Prepare(kSnippet, &snippet_);
  if (s.ok()) s = layer_reader_.Prepare(&db_);
  return s;
}

Status SqliteStore::Configure() {
  sqlite3_busy_timeout(db_.handle(), static_cast<int>(options_.busy_timeout_ms));
  db_.SetStatementTimeLimit(options_.query_time_limit_ms);
  std::string pragmas = "PRAGMA temp_store = MEMORY;";
  if (options_.cache_kib > 0) pragmas += "PRAGMA cache_size = -" + std::to_string(options_.cache_kib) + ";";
  if (!options_.read_only) pragmas += "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
  return db_.Exec(pragmas);
}

Status SqliteStore::PrepareWrites() {
  Status s = near_.Prepare(&db_);
  if (s.ok()) s = layer_writer_.Prepare(&db_);
  if (s.ok()) s = outlet_places_.Prepare(&db_);
  if (s.ok()) s = stories_.Prepare(&db_, options_.stories);
  if (s.ok()) {
    s = db_.Prepare("INSERT OR IGNORE INTO documents(url, canonical_url, content_hash, source_id) "
                    "VALUES(?1, ?2, ?3, ?4)", &insert_document_);
  }
  if (s.ok()) {
    s = db_.Prepare("INSERT INTO sources(host, outlet) VALUES(?1, ?2) "
                    "ON CONFLICT(host) DO UPDATE SET outlet = coalesce(outlet, excluded.outlet) "
                    "RETURNING id", &upsert_source_);
  }
  if (s.ok()) {
    s = db_.Prepare("INSERT INTO articles(id, title, authors, published, dateline, lang, site_name, "
                    "section, description, text, paragraphs, minhash, duplicate_of) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", &insert_article_);
  }
  return s;
}

Status SqliteStore::Add(const std::vector<NewArticle>& batch, AddResult* result) {
  if (options_.read_only) return Status::InvalidArgument("store opened read-only");
  for (const NewArticle& a : batch) {
    if (a.article.text.empty()) return Status::InvalidArgument("article without text: " + a.article.url);
    if (!a.analysis) continue;
    Status s = CheckAnalysis(a.article.text.size(), *a.analysis);
    if (!s.ok()) return Status::InvalidArgument("article " + a.article.url + ": " + s.message());
  }
  std::lock_guard<std::mutex> lock(mu_);
  AddResult counts;
  Status s = db_.Exec("BEGIN IMMEDIATE");
  if (s.ok()) s = stories_.BeginBatch();
  IndexWatermarks marks;
  if (s.ok()) s = ReadIndexWatermarks(&db_, &marks);
  std::vector<StoryPending> stories;
  for (size_t i = 0; s.ok() && i < batch.size(); ++i) s = AddOne(batch[i], &counts, &stories);
  if (s.ok()) s = AssignStories(&stories);
  if (s.ok()) s = stories_.EndBatch();
  if (s.ok()) s = IndexRowsAbove(&db_, marks);
  if (s.ok()) s = db_.Exec("COMMIT");
  if (!s.ok()) {
    db_.Exec("ROLLBACK");
    source_ids_.clear();  // may hold rows of the rolled-back transaction
    return s;
  }
  if (result != nullptr) *result = counts;
  return s;
}

Status SqliteStore::AddOne(const NewArticle& added, AddResult* result, std::vector<StoryPending>* stories) {
  const Article& article = added.article;
  int64_t source_id = 0;
  Status s = SourceId(article, &source_id);
  if (!s.ok()) return s;
  const auto [canonical_url, content_hash] = KeyOf(article);
  insert_document_.Reset();
  insert_document_.Bind(1, article.url).Bind(2, canonical_url).Bind(3, static_cast<int64_t>(content_hash));
  if (source_id > 0) insert_document_.Bind(4, source_id);
  s = insert_document_.Run();
  if (!s.ok()) return s;
  if (db_.Changes() == 0) {  // same canonical URL or same text already stored
    ++result->existing;
    return Status::OK();
  }
  int64_t id = db_.LastInsertRowid();
  MinHashSignature sig = MinHash(article.text);
  int64_t first = 0;
  bool compare = sig.words >= options_.near_duplicate_min_words && sig.words > 0;
  if (compare) s = near_.FindFirstCopy(sig, options_.near_duplicate_similarity, &first);
  if (s.ok()) s = InsertArticle(id, article, sig, first);
  if (s.ok() && added.analysis) s = layer_writer_.Write(id, article.text, *added.analysis);
  if (s.ok() && added.analysis) s = outlet_places_.Add(SourceHost(article), *added.analysis);
  if (s.ok()) stories->push_back({id, &article, first, canonical_url, content_hash});
  if (s.ok() && compare && first == 0) s = near_.Add(id, sig);
  ++result->added;
  if (first > 0) ++result->near_duplicates;
  return s;
}

// After every article of the batch and its entities are written.
Status SqliteStore::AssignStories(std::vector<StoryPending>* stories) {
  std::sort(stories->begin(), stories->end(), AssignsFirst);
  Status s;
  for (size_t i = 0; s.ok() && i < stories->size(); ++i) {
    const StoryPending& p = (*stories)[i];
    s = stories_.Assign(p.id, *p.article, p.first_copy, SourceHost(*p.article));
  }
  return s;
}

Status SqliteStore::SourceId(const Article& article, int64_t* id) {
  *id = 0;
  std::string host = SourceHost(article);
  if (host.empty()) return Status::OK();
  auto it = source_ids_.find(host);
  if (it != source_ids_.end()) {
    *id = it->second;
    return Status::OK();
  }
  upsert_source_.Reset();
  bool row = false;
  Status s = upsert_source_.Bind(1, host).Bind(2, article.site_name).Step(&row);
  if (s.ok() && row) *id = upsert_source_.Int(0);
  if (s.ok()) s = upsert_source_.Run();
  if (s.ok() && !article.site_name.empty()) source_ids_[host] = *id;  // outlet known: no more upserts
  return s;
}

Status SqliteStore::InsertArticle(int64_t id, const Article& a, const MinHashSignature& sig,
                                  int64_t duplicate_of) {
  insert_article_.Reset();
  insert_article_.Bind(1, id).Bind(2, a.title).Bind(3, AuthorsJson(a.authors)).Bind(4, a.published)
      .Bind(5, a.dateline).Bind(6, a.lang).Bind(7, a.site_name).Bind(8, a.section)
      .Bind(9, a.description).Bind(10, a.text).Bind(11, SpansToJson(a.paragraphs))
      .BindBlob(12, sig.ToBytes());
  if (duplicate_of > 0) insert_article_.Bind(13, duplicate_of);
  return insert_article_.Run();
}

// Opens the lookup connection on first use. REQUIRES: lookup_mu_ held.
Status SqliteStore::OpenLookup() {
  if (lookup_open_) return Status::OK();
  Status s = lookup_db_.Open(path_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  if (s.ok()) {
    sqlite3_busy_timeout(lookup_db_.handle(), static_cast<int>(options_.busy_timeout_ms));
    s = lookup_db_.Prepare("SELECT 1 FROM documents WHERE url = ?1 LIMIT 1", &url_stored_);
  }
  if (s.ok()) {
    s = lookup_db_.Prepare("SELECT 1 FROM documents WHERE canonical_url = ?1 OR content_hash = ?2 LIMIT 1",
                           &key_stored_);
  }
  lookup_open_ = s.ok();
  return s;
}

Status SqliteStore::StoredUrls(const std::vector<std::string>& urls, std::vector<bool>* stored) {
  std::lock_guard<std::mutex> lock(lookup_mu_);
  stored->assign(urls.size(), false);
  Status s = OpenLookup();
  for (size_t i = 0; s.ok() && i < urls.size(); ++i) {
    if (urls[i].empty()) continue;
    url_stored_.Reset();
    bool row = false;
    s = url_stored_.Bind(1, urls[i]).Step(&row);
    (*stored)[i] = row;
  }
  url_stored_.Reset();
  return s;
}

Status SqliteStore::WouldAdd(const std::vector<NewArticle>& batch, std::vector<bool>* added) {
  std::lock_guard<std::mutex> lock(lookup_mu_);
  added->assign(batch.size(), false);
  Status s = OpenLookup();
  std::unordered_set<std::string> urls;  // canonical URLs and hashes of the batch's added ones
  std::unordered_set<uint64_t> hashes;
  for (size_t i = 0; s.ok() && i < batch.size(); ++i) {
    const DocumentKey key = KeyOf(batch[i].article);
    if (urls.contains(key.canonical_url) || hashes.contains(key.content_hash)) continue;
    key_stored_.Reset();
    bool row = false;
    s = key_stored_.Bind(1, key.canonical_url).Bind(2, static_cast<int64_t>(key.content_hash)).Step(&row);
    if (!s.ok() || row) continue;
    (*added)[i] = true;
    if (!key.canonical_url.empty()) urls.insert(key.canonical_url);
    hashes.insert(key.content_hash);
  }
  key_stored_.Reset();
  return s;
}

Status SqliteStore::OutletPlaces(OutletPlaceCounts* places) {
  std::lock_guard<std::mutex> lock(mu_);
  return ReadOutletPlaces(&db_, places);
}

Status SqliteStore::Get(int64_t id, StoredArticle* article) {
  std::lock_guard<std::mutex> lock(mu_);
  get_.Reset();
  bool row = false;
  Status s = get_.Bind(1, id).Step(&row);
  if (!s.ok()) return s;
  if (!row) return Status::NotFound("no article " + std::to_string(id));
  ReadArticleRow(get_, article);
  get_.Reset();
  return ReadLayers(article);
}

Status SqliteStore::ReadLayers(StoredArticle* article) {
  return layer_reader_.Read(article->id, &article->analysis);
}

Status SqliteStore::Scan(int64_t after_id, size_t limit, std::vector<StoredArticle>* out) {
  std::lock_guard<std::mutex> lock(mu_);
  scan_.Reset();
  scan_.Bind(1, after_id).Bind(2, limit == 0 ? int64_t{-1} : static_cast<int64_t>(limit));
  bool row = false;
  Status s;
  size_t first = out->size();
  while ((s = scan_.Step(&row)).ok() && row) {
    out->emplace_back();
    ReadArticleRow(scan_, &out->back());
  }
  scan_.Reset();
  for (size_t i = first; s.ok() && i < out->size(); ++i) s = ReadLayers(&(*out)[i]);
  return s;
}

Status SqliteStore::Search(const std::string& query, const SearchFilters& f, std::vector<SearchHit>* hits) {
  hits->clear();
  std::string facets, match;
  SearchFilters language;
  language.lang = f.lang;
  SearchKeyRange dates{INT64_MIN, INT64_MAX};
  Status s = FacetFilter(language, &facets);
  if (s.ok() && !(f.from.empty() && f.to.empty())) s = KeyRange(f.from, f.to, &dates);
  if (s.ok()) s = RestrictQuery(query, facets, &match);
  if (!s.ok()) return Status::InvalidArgument("search query '" + query + "': " + s.message());
  std::lock_guard<std::mutex> lock(mu_);
  std::string source = f.source.starts_with("www.") ? f.source.substr(4) : f.source;
  sqlite::CachedStatement cached;
  s = db_.PrepareCached("SELECT rowid & 4294967295 AS id, " + Bm25Expression(query) + kSearch, &cached);
  if (!s.ok()) return s;
  sqlite::Statement& search = cached.get();
  search.Bind(1, match).Bind(2, source).Bind(3, f.limit == 0 ? int64_t{-1} : int64_t{f.limit});
  search.Bind(4, dates.first).Bind(5, dates.last);
  bool row = false;
  while ((s = search.Step(&row)).ok() && row) {
    SearchHit hit;
    hit.id = search.Int(0);
    hit.score = search.Double(1);
    hits->push_back(std::move(hit));
  }
  if (!s.ok()) return Status::InvalidArgument("search query '" + query + "': " + s.message());
  for (SearchHit& hit : *hits) {
    s = FillHit(query, &hit);
    if (!s.ok()) return s;
  }
  return s;
}

Status SqliteStore::FillHit(const std::string& query, SearchHit* hit) {
  hit_.Reset();
  bool row = false;
  Status s = hit_.Bind(1, hit->id).Step(&row);
  if (s.ok() && row) {
    hit->title = hit_.Text(0);
    hit->url = hit_.Text(1);
    hit->published = hit_.Text(2);
    hit->source = hit_.Text(3);
  }
  hit_.Reset();
  snippet_.Reset();
  if (s.ok()) s = snippet_.Bind(1, query).Bind(2, hit->id).Step(&row);
  if (s.ok() && row) hit->snippet = snippet_.Text(0);
  snippet_.Reset();
  return s;
}

Status SqliteStore::Stats(StoreStats* stats) {
  std::lock_guard<std::mutex> lock(mu_);
  *stats = StoreStats();
  stats->schema_version = CurrentSchemaVersion();
  struct Count {
    const char* sql;
    uint64_t* value;
  } counts[] = {
      {"SELECT count(*) FROM articles", &stats->articles},
      {"SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL", &stats->near_duplicates},
      {"SELECT count(*) FROM sources", &stats->sources},
      {"SELECT count(*) FROM tone", &stats->analyzed},
      {"SELECT count(*) FROM entities", &stats->entities},
      {"SELECT count(*) FROM mentions", &stats->mentions},
      {"SELECT count(*) FROM quotes", &stats->quotes},
      {"SELECT count(*) FROM counts", &stats->counts},
      {"SELECT count(*) FROM events", &stats->events},
      {"SELECT count(*) FROM stories", &stats->stories},
  };
  for (const Count& c : counts) {
    int64_t n = 0;
    Status s = db_.QueryInt(c.sql, &n);
    if (!s.ok()) return s;
    *c.value = static_cast<uint64_t>(n);
  }
  return Status::OK();
}

}  // namespace

Status Store::Open(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>* store) {
  store->reset();
  auto impl = std::make_unique<SqliteStore>(options);
  Status s = impl->Open(path);
  if (s.ok()) *store = std::move(impl);
  return s;
}

Status Store::AddArticles(const std::vector<Article>& batch, AddResult* result) {
  std::vector<NewArticle> articles;
  articles.reserve(batch.size());
  for (const Article& a : batch) articles.push_back({a, std::nullopt});
  return Add(articles, result);
}

uint64_t Store::ContentHash(const std::string& text) {
  Hasher64 h;
  bool started = false, pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = started;
      continue;
    }
    if (pending_space) h.Add(' ');
    started = true;
    pending_space = false;
    h.Add(c);
  }
  return h.Finish();
}

}  // namespace lede
