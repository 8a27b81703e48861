// StoreReader: the questions an analyst asks a store (docs/api.md): search with
// filters and facets, entities, quotes, events, stories and the map. Read-only:
// it never writes to the store file.
//
//   std::unique_ptr<StoreReader> reader;
//   Status s = StoreReader::Open("lede.db", QueryOptions(), &reader);
//   ArticleSearch q;
//   q.query = "arrest";
//   q.event = "ARREST";
//   SearchResult result;
//   s = reader->Search(q, &result);
//
// Every call validates its request first: a bad parameter is kInvalidArgument
// naming it ("limit: ...", "from: ..."), a malformed FTS5 query too (never a
// crash); a missing entity or story is kNotFound.
//
// Thread safety: every method may be called from many threads at once; each call
// runs on its own SQLite connection (a pool of QueryOptions::connections, opened
// on demand), so reads proceed in parallel and alongside one writer (WAL).
#ifndef LEDE_QUERY_H_
#define LEDE_QUERY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lede/status.h"
#include "lede/store.h"

namespace lede {

struct QueryOptions {
  // Largest `limit` a list request may ask for (docs/api.md: 200).
  uint32_t max_page_size = 200;
  // Items in each list of an entity page (timeline excepted) and values per search facet.
  uint32_t max_list_items = 50;
  uint32_t max_facet_values = 10;
  // An entity page's co_mentioned and quotes_about look at this many of the
  // entity's latest articles (the timeline and counts at all of them).
  uint32_t entity_page_articles = 1000;
  // Articles listed on a story's page, and places on the map at most.
  uint32_t max_story_articles = 500;
  uint32_t max_map_places = 5000;
  // Connections kept open for concurrent calls (more callers wait).
  uint32_t connections = 4;
  // How long a call waits for a writer's lock, and the page cache per connection (KiB).
  uint32_t busy_timeout_ms = 10000;
  uint32_t cache_kib = 16 * 1024;
  // A statement running longer than this is stopped and its call returns
  // kTooLarge (0 = no limit; `lede serve --query-time-limit-ms`).
  uint32_t query_time_limit_ms = 0;
  // Prepared statements kept per connection for reuse, the most recently used
  // (0 = prepare every statement anew).
  uint32_t statement_cache_size = 64;
};

// One page of a list: `limit` items (1..QueryOptions::max_page_size) after `offset`.
struct PageRequest {
  uint32_t limit = 20;
  uint32_t offset = 0;
};

// An entity by id and name; id 0 when only a name is known (a speaker or an
// event's actor that is a phrase of the text, not an entity).
struct EntityRef {
  int64_t id = 0;
  std::string name;
};

// ---- search ----

// Empty strings, 0 and empty lists restrict nothing.
struct ArticleSearch {
  std::string query;   // FTS5 syntax; empty = every article, newest first
  std::string from;    // published on or after (YYYY-MM-DD)
  std::string to;      // published on or before (YYYY-MM-DD), inclusive
  std::string lang;    // ISO 639-1
  std::string source;  // host ("www." ignored) or outlet name
  std::vector<int64_t> entities;  // mentions at least one of these entity ids
  std::string theme;   // has this theme (TERRORISM, ...)
  std::string event;   // has an event of this type (ARREST, ...)
  PageRequest page;
  bool facets = true;  // compute SearchResult::facets
  // Facets are counted over at most this many matches, the best (or, for an empty
  // query, the newest) ones; 0 = all. Counting every match of a common word in a
  // large store reads every matching article's entities (`--facet-matches`).
  uint32_t facet_matches = 1000;
};

struct ValueCount {
  std::string value;  // a source host, theme, event type or date (YYYY-MM or YYYY-MM-DD)
  uint64_t count = 0;
};

// An entity with a number: articles among the matches, mentions, co-mentions, ...
struct EntityCount {
  int64_t id = 0;
  std::string type;
  std::string name;
  uint64_t count = 0;
};

struct SearchFacets {
  std::vector<ValueCount> sources;
  std::vector<EntityCount> entities;
  std::vector<ValueCount> themes;
  std::vector<ValueCount> events;
  // Articles per published month, or per day when all matches fall within 62 days;
  // in date order. Matches without an ISO date are not counted.
  std::vector<ValueCount> dates;
};

struct SearchResult {
  uint64_t total = 0;          // all matches, not only this page (exact)
  std::vector<SearchHit> hits; // best first (bm25); newest first for an empty query
  SearchFacets facets;         // most frequent first (dates in date order)
  // The facets were counted over the best ArticleSearch::facet_matches matches
  // only, as there were more.
  bool facets_sampled = false;
};

// ---- entities ----

struct EntityListRequest {
  std::string prefix;  // name starts with this, case- and accent-insensitive (word-wise)
  std::string type;    // PERSON, ORGANIZATION, LOCATION or MISC; empty = all
  PageRequest page;
};

struct EntitySummary {
  int64_t id = 0;
  std::string type;
  std::string name;
  uint64_t mentions = 0;
  uint64_t articles = 0;
};

struct EntityList {
  uint64_t total = 0;
  std::vector<EntitySummary> entities;  // most mentioned first
};

struct PlaceInfo {
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;
  double lat = 0;
  double lon = 0;
  int64_t geonames_id = 0;
  std::string kind;  // city, country, region, continent, ...
};

struct QuoteRecord {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string article_title;
  std::string published;
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;
  std::optional<EntityRef> speaker;  // the speaker entity, when resolved
  std::string speaker_name;          // the speaker's name as stored with the quote
  bool partial = false;
};

// A link to an article in a list.
struct ArticleRef {
  int64_t id = 0;
  std::string title;
  std::string published;
  std::string source;
  std::string url;
};

struct EntityPage {
  EntitySummary entity;
  std::optional<PlaceInfo> location;  // for geocoded places
  // Mentions per published day, or per month when the articles span more than 62 days.
  std::vector<ValueCount> timeline;
  // Entities in its latest QueryOptions::entity_page_articles articles; count =
  // articles among those mentioning both.
  std::vector<EntityCount> co_mentioned;
  std::vector<QuoteRecord> quotes_by;     // spoken by the entity, newest first
  // Quotes naming it (a mention inside the quote), in its latest articles, newest first.
  std::vector<QuoteRecord> quotes_about;
  std::vector<ArticleRef> articles;       // newest first
};

// ---- quotes ----

struct QuoteRequest {
  int64_t speaker_id = 0;    // spoken by this entity
  std::string speaker_name;  // or by a speaker whose name contains this (case-insensitive)
  std::string query;         // words in the quote (FTS5 syntax)
  PageRequest page;
};

struct QuoteList {
  uint64_t total = 0;
  std::vector<QuoteRecord> quotes;  // newest first
};

// ---- events ----

struct EventRequest {
  std::string type;     // ARREST, ATTACK, ...
  std::string country;  // ISO 3166-1 alpha-2 of the event's place
  std::string from;     // article published on or after (YYYY-MM-DD)
  std::string to;       // ... on or before, inclusive
  PageRequest page;
};

struct EventPlace {
  int64_t entity_id = 0;
  std::string name;
  std::string country;
  std::optional<double> lat, lon;
};

struct EventRecord {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string article_title;
  std::string published;
  std::string type;
  std::optional<EntityRef> actor, target;  // none when the event has none
  std::optional<EventPlace> location;
  std::string date;  // when it happened, as precise as known; empty if unknown
  Span trigger;
  std::string trigger_text;
  Span sentence;
};

struct EventList {
  uint64_t total = 0;
  std::vector<EventRecord> events;  // newest first
};

// ---- stories ----

struct StoryRequest {
  std::string from;  // stories active on or after (YYYY-MM-DD)
  std::string to;    // ... on or before
  PageRequest page;
};

struct StorySummary {
  int64_t id = 0;
  std::string label;
  std::string first_seen;
  std::string last_seen;
  uint64_t articles = 0;
  std::vector<std::string> outlets;  // source hosts, most articles first
};

struct StoryList {
  uint64_t total = 0;
  std::vector<StorySummary> stories;  // latest activity first
};

struct StoryPage {
  StorySummary story;
  std::vector<ArticleRef> articles;  // in published order
};

// The story an article belongs to.
struct StoryRef {
  int64_t id = 0;
  std::string label;
};

// ---- map ----

struct MapRequest {
  std::string query;  // as ArticleSearch::query; empty = every article
  std::string from;
  std::string to;
  PageRequest page{500, 0};  // limit: places at most (1..QueryOptions::max_map_places)
};

struct MapPlace {
  int64_t entity_id = 0;
  std::string name;
  PlaceInfo place;
  uint64_t count = 0;  // matching articles mentioning the place
};

class StoreReader {
 public:
  // Opens the store at `path` for reading. kNotFound when there is no file,
  // kCorruption when it is not a lede store or newer than this program,
  // kInvalidArgument when its schema is older and it cannot be migrated (a store
  // an older lede wrote is migrated in place when the file is writable).
  static Status Open(const std::string& path, const QueryOptions& options,
                     std::unique_ptr<StoreReader>* reader);

  StoreReader() = default;
  StoreReader(const StoreReader&) = delete;
  StoreReader& operator=(const StoreReader&) = delete;
  virtual ~StoreReader() = default;

  // Articles matching the search, one page of hits, total and facets.
  virtual Status Search(const ArticleSearch& request, SearchResult* result) = 0;

  // Entities by mentions; one entity's page (kNotFound if no entity `id`).
  virtual Status Entities(const EntityListRequest& request, EntityList* result) = 0;
  virtual Status Entity(int64_t id, EntityPage* page) = 0;
  // The ids of the entities named `name` (case- and accent-insensitive), any type.
  virtual Status ResolveEntity(const std::string& name, std::vector<int64_t>* ids) = 0;

  virtual Status Quotes(const QuoteRequest& request, QuoteList* result) = 0;
  virtual Status Events(const EventRequest& request, EventList* result) = 0;

  virtual Status Stories(const StoryRequest& request, StoryList* result) = 0;
  virtual Status Story(int64_t id, StoryPage* page) = 0;
  // Sets *story to the story of article `article_id`, nullopt when it has none
  // (not clustered into one, or no such article).
  virtual Status ArticleStory(int64_t article_id, std::optional<StoryRef>* story) = 0;

  // Places mentioned by the matching articles, most articles first.
  virtual Status Map(const MapRequest& request, std::vector<MapPlace>* places) = 0;
};

}  // namespace lede

#endif  // LEDE_QUERY_H_
