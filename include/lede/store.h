// Store: the articles of a corpus in one SQLite file, with full-text search
// (docs/schema.md describes the tables). Like LevelDB's DB: open, add in
// batches, read by id, search.
//
// Identity and crash safety: a document is identified by its canonical URL (when
// it has one) and by the hash of its text. AddArticles stores a batch in one
// transaction and skips every document whose canonical URL or content hash is
// already there (in the store or earlier in the same batch). A batch is thus
// either wholly committed or not at all, so re-running an interrupted ingest over
// the same inputs in the same order ends with exactly the articles of an
// uninterrupted run.
//
// Thread safety: a Store may be used from many threads; calls are serialised
// by an internal mutex. Several processes may read one file while one writes
// (WAL mode); concurrent writers wait up to StoreOptions::busy_timeout_ms.
#ifndef LEDE_STORE_H_
#define LEDE_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lede/analysis.h"
#include "lede/article.h"
#include "lede/status.h"

namespace lede {

// Story clustering during Add (docs/stories.md): each new article joins the open
// story it is most similar to on average, or starts one.
struct StoryOptions {
  bool enabled = true;
  // A story takes articles published within this many days of its first or last
  // article (the sliding window); undated articles are compared with any story.
  uint32_t window_days = 7;
  // Least average similarity (0..1) for an article to join a story.
  double min_similarity = 0.3;
  // Share of the entity cosine in the similarity (the rest is the word cosine).
  double entity_weight = 0.4;
  // Words kept in an article's TF-IDF vector, and of those the heaviest used to
  // find candidate stories.
  uint32_t vector_words = 40;
  uint32_t lookup_words = 10;
  // At most this many of a story's latest articles are averaged over, and this
  // many latest articles per lookup word give candidates (bounds the work per article).
  uint32_t max_members_compared = 50;
  uint32_t max_postings_per_word = 200;
};

struct StoreOptions {
  // Create the file (and its schema) when it does not exist; else kNotFound.
  bool create_if_missing = true;
  // Open for reading only: no schema migration, every write is kInvalidArgument.
  bool read_only = false;
  // How long a call waits for another process's write lock (0 = fail at once).
  uint32_t busy_timeout_ms = 10000;
  // A read query running longer than this many milliseconds is stopped and
  // its call returns kTooLarge (0 = no limit). For servers.
  uint32_t query_time_limit_ms = 0;
  // SQLite page cache of the connection, in KiB (0 = SQLite's default, 2 MiB).
  uint32_t cache_kib = 64 * 1024;
  // An article whose word-shingle set has at least this estimated Jaccard
  // similarity (MinHash, src/cluster/minhash.h) with an earlier one is a
  // near-duplicate and is linked to the first copy (> 1 = never link).
  double near_duplicate_similarity = 0.5;
  // Articles with fewer words than this are not compared for near-duplicates
  // (shingles say little about short texts; 0 = compare all). Exact copies are
  // always found through the content hash.
  uint32_t near_duplicate_min_words = 50;
  StoryOptions stories;
};

// An article to add, with its analysis layers when it was analysed.
struct NewArticle {
  Article article;
  // Entity ids only need to be consistent inside this analysis (the analyzer's
  // 1, 2, ... or another store's ids): the store maps each entity to its own
  // canonical row (same type and name, or for a place the same GeoNames id).
  std::optional<Analysis> analysis;
};

// What one Add call did.
struct AddResult {
  uint64_t added = 0;            // new articles stored
  uint64_t existing = 0;         // skipped: same canonical URL or same text already stored
  uint64_t near_duplicates = 0;  // of the added, how many were linked to an earlier copy
};

// An article as stored, with its store-assigned identity.
struct StoredArticle {
  int64_t id = 0;             // > 0, assigned in insertion order
  Article article;
  std::string source;         // host the article came from ("bbc.co.uk"), or empty
  uint64_t content_hash = 0;  // hash of the text (Store::ContentHash)
  int64_t duplicate_of = 0;   // id of the first near-duplicate copy, 0 if this is one
  std::string ingested_at;    // UTC, "YYYY-MM-DD HH:MM:SS"
  // The layers (entity ids are the store's), or none when the article was
  // stored without analysis.
  std::optional<Analysis> analysis;
};

// Restricts a search. Empty strings and 0 mean "no restriction".
struct SearchFilters {
  std::string from;    // published on or after this ISO date (YYYY-MM-DD)
  std::string to;      // published on or before this ISO date (YYYY-MM-DD), inclusive
  std::string lang;    // ISO 639-1
  std::string source;  // host ("reuters.com", "www." ignored) or outlet name
  uint32_t limit = 20; // at most this many hits (0 = no limit)
};

struct SearchHit {
  int64_t id = 0;
  std::string title;
  std::string url;
  std::string published;
  std::string source;   // host
  std::string snippet;  // text around the matches, matches in [brackets]
  double score = 0;     // bm25 relevance, higher is better
};

// Where each outlet's stored articles are: by source host ("richmondregister.com"),
// the towns and counties its analysed articles name in each first-level division
// ("US.KY" -> 12), one per place per article (PlacesOfAnalysis,
// src/knowledge/outlet_home.h). `lede ingest` geocodes an outlet's next articles
// with it (a local paper's "Richmond" is the one in its state).
using OutletPlaceCounts = std::map<std::string, std::map<std::string, double>>;

// Corpus counts.
struct StoreStats {
  uint64_t articles = 0;
  uint64_t near_duplicates = 0;  // articles linked to an earlier copy
  uint64_t sources = 0;
  uint64_t analyzed = 0;  // articles stored with their analysis layers
  uint64_t entities = 0;  // canonical entities (one per type and name, or place)
  uint64_t mentions = 0;
  uint64_t quotes = 0;
  uint64_t counts = 0;
  uint64_t events = 0;
  uint64_t stories = 0;
  uint32_t schema_version = 0;
};

class Store {
 public:
  // Opens (or creates, see StoreOptions) the store at `path` and brings its schema
  // up to date. On success *store owns the connection; on failure it is null and
  // the Status says why (kNotFound, kCorruption for a file that is not a lede store
  // or is newer than this program, kIOError).
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* store);

  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  virtual ~Store() = default;

  // Stores the batch, layers included, in one transaction, in order, skipping
  // documents that are already there (see the file comment). Articles with
  // empty text, or with a layer whose entity id is not among its analysis's
  // entities, are rejected with kInvalidArgument before anything is written.
  // On any error nothing of the batch is stored. *result may be null.
  virtual Status Add(const std::vector<NewArticle>& batch, AddResult* result) = 0;

  // Add() for articles without analysis layers.
  Status AddArticles(const std::vector<Article>& batch, AddResult* result);

  // Sets (*stored)[i] to whether a document read under urls[i] (Article::url) is
  // in the store, as of the last committed batch; an empty URL is never stored.
  // Lets ingest skip what an interrupted run already stored before extracting
  // it. Reads its own connection, so it does not wait for an Add in progress.
  virtual Status StoredUrls(const std::vector<std::string>& urls, std::vector<bool>* stored) = 0;

  // Sets (*added)[i] to whether Add(batch) would store batch[i] as a new article:
  // no stored document, and no article before it in `batch` that would be added,
  // has its canonical URL or its content hash. As of the last committed batch, on
  // StoredUrls' connection: exact when no Add runs until the batch is added.
  virtual Status WouldAdd(const std::vector<NewArticle>& batch, std::vector<bool>* added) = 0;

  // Replaces *places with every outlet's place counts, as of the last committed
  // batch. Add adds those of each analysed article it stores (not of one it skips).
  virtual Status OutletPlaces(OutletPlaceCounts* places) = 0;

  // Fills *article with article `id`; kNotFound if there is none.
  virtual Status Get(int64_t id, StoredArticle* article) = 0;

  // Appends to *out up to `limit` articles with id > after_id, in id order
  // (0 = no limit). An empty result means the end. For exports and merges.
  virtual Status Scan(int64_t after_id, size_t limit, std::vector<StoredArticle>* out) = 0;

  // Full-text search over title, text and quotes (FTS5 query syntax: words,
  // "phrases", AND/OR/NOT, prefix*, title:word), best first. A malformed query is
  // kInvalidArgument naming the problem. *hits is replaced.
  virtual Status Search(const std::string& query, const SearchFilters& filters,
                        std::vector<SearchHit>* hits) = 0;

  virtual Status Stats(StoreStats* stats) = 0;

  // The content hash AddArticles uses for identity: 64 bits over the text with
  // runs of whitespace collapsed, so re-wrapped copies hash alike.
  static uint64_t ContentHash(const std::string& text);
};

}  // namespace lede

#endif  // LEDE_STORE_H_
