#include "store/schema.h"

#include <string>

namespace lede {
namespace {

// Migration i takes the schema from version i to i + 1. Append, never edit:
// stores in the field were made by the earlier entries.
constexpr const char* kMigrations[] = {
    // 1: documents, articles, near-duplicate bands, analysis layers, full-text index.
    R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  host TEXT NOT NULL UNIQUE,
  outlet TEXT);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  url TEXT,
  canonical_url TEXT UNIQUE,
  content_hash INTEGER NOT NULL UNIQUE,
  source_id INTEGER REFERENCES sources(id),
  ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE articles(
  id INTEGER PRIMARY KEY REFERENCES documents(id),
  title TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  published TEXT,
  dateline TEXT,
  lang TEXT,
  site_name TEXT,
  section TEXT,
  description TEXT,
  text TEXT NOT NULL,
  paragraphs TEXT NOT NULL DEFAULT '[]',
  minhash BLOB,
  duplicate_of INTEGER REFERENCES articles(id));
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE minhash_bands(
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY(key, article_id)) WITHOUT ROWID;

CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE(type, name));
CREATE TABLE mentions(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(article_id, start, "end"));
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE locations(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
  country TEXT,
  admin1 TEXT,
  lat REAL,
  lon REAL,
  geonames_id INTEGER,
  kind TEXT);
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_entity_id INTEGER REFERENCES entities(id),
  speaker_name TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  partial INTEGER NOT NULL DEFAULT 0);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
CREATE TABLE counts(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  number REAL,
  object TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL);
CREATE INDEX counts_article ON counts(article_id);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  actor TEXT,
  target TEXT,
  location TEXT,
  date TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT,
  sentence_start INTEGER,
  sentence_end INTEGER);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type_date ON events(type, date);
CREATE TABLE themes(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  theme TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY(article_id, theme)) WITHOUT ROWID;
CREATE INDEX themes_theme ON themes(theme);
CREATE TABLE tone(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  score REAL,
  positive REAL,
  negative REAL,
  polarity REAL,
  activity REAL);
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  label TEXT,
  first_published TEXT,
  last_published TEXT);
CREATE TABLE story_articles(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id));
CREATE INDEX story_articles_story ON story_articles(story_id);

-- The full-text index's content: title, text, the quotes, and the date and
-- language facets that store/date_facets.h queries ("y2019 m201903 d20190315 len").
CREATE VIEW article_search(id, title, text, quotes, facets) AS
  SELECT a.id, a.title, a.text,
         (SELECT group_concat(q.text, char(10)) FROM quotes q WHERE q.article_id = a.id),
         trim(coalesce(CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN
                         'y' || substr(a.published, 1, 4) ||
                         ' m' || substr(a.published, 1, 4) || substr(a.published, 6, 2) ||
                         ' d' || substr(a.published, 1, 4) || substr(a.published, 6, 2) ||
                         substr(a.published, 9, 2) END, '') ||
              coalesce(' l' || lower(a.lang), ''))
  FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, quotes, facets,
  content='article_search', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
)sql",
    // 2: the analysis layers as ingest writes them. No version-1 store has rows in
    // entities (nothing wrote them), so the table is rebuilt with place identity.
    R"sql(
DROP TABLE entities;
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  geonames_id INTEGER);
CREATE UNIQUE INDEX entities_by_name ON entities(type, name) WHERE geonames_id IS NULL;
CREATE UNIQUE INDEX entities_by_place ON entities(type, geonames_id) WHERE geonames_id IS NOT NULL;
CREATE TABLE article_entities(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  ordinal INTEGER NOT NULL,
  roles TEXT NOT NULL DEFAULT '[]',
  place_ordinal INTEGER,
  PRIMARY KEY(article_id, entity_id)) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id);
ALTER TABLE locations ADD COLUMN name TEXT;
ALTER TABLE counts ADD COLUMN parent_id INTEGER REFERENCES counts(id);
ALTER TABLE events ADD COLUMN actor_entity_id INTEGER REFERENCES entities(id);
ALTER TABLE events ADD COLUMN target_entity_id INTEGER REFERENCES entities(id);
ALTER TABLE events ADD COLUMN location_entity_id INTEGER REFERENCES entities(id);
ALTER TABLE themes ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE themes ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tone ADD COLUMN self_group REAL;
ALTER TABLE tone ADD COLUMN word_count INTEGER;
)sql",
    // 3: the crawler's state (docs/schema.md, docs/crawl.md): feeds and their
    // validators and schedule, the frontier, URLs done, per-host schedule, WARC files.
    R"sql(
CREATE TABLE crawl_feeds(
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_fetched INTEGER,
  next_fetch INTEGER NOT NULL DEFAULT 0,
  interval_seconds INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  last_error TEXT);
CREATE TABLE crawl_frontier(
  canonical_url TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  feed_url TEXT,
  added_at INTEGER NOT NULL);
CREATE TABLE crawl_seen(
  canonical_url TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  status INTEGER,
  error TEXT,
  warc_file TEXT);
CREATE TABLE crawl_hosts(
  origin TEXT PRIMARY KEY,
  next_fetch_ms INTEGER NOT NULL);
CREATE TABLE crawl_warc_files(
  path TEXT PRIMARY KEY,
  closed_at INTEGER NOT NULL,
  ingested_at INTEGER);
)sql",
    // 4: stories clustered during ingest (docs/stories.md).
    R"sql(
ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN profile TEXT NOT NULL DEFAULT '{}';
CREATE INDEX stories_last_published ON stories(last_published);
CREATE TABLE story_vectors(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  vector TEXT NOT NULL);
CREATE TABLE story_words(
  word TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY(word, article_id)) WITHOUT ROWID;
CREATE TABLE word_df(
  word TEXT PRIMARY KEY,
  df INTEGER NOT NULL) WITHOUT ROWID;
)sql",
    // 5: what the read side (include/lede/query.h) needs to answer at once: entity
    // name and quote full-text indexes and per-entity counts, kept by triggers.
    R"sql(
CREATE VIRTUAL TABLE entity_names USING fts5(
  name, content='entities', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
INSERT INTO entity_names(entity_names) VALUES('rebuild');
CREATE TRIGGER entities_indexed AFTER INSERT ON entities BEGIN
  INSERT INTO entity_names(rowid, name) VALUES(new.id, new.name);
END;
CREATE TRIGGER entities_unindexed AFTER DELETE ON entities BEGIN
  INSERT INTO entity_names(entity_names, rowid, name) VALUES('delete', old.id, old.name);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(quotes_fts) VALUES('rebuild');
CREATE TRIGGER quotes_indexed AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES(new.id, new.text);
END;
CREATE TRIGGER quotes_unindexed AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES('delete', old.id, old.text);
END;

CREATE TABLE entity_counts(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
  mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0);
INSERT INTO entity_counts(entity_id, articles)
  SELECT entity_id, count(*) FROM article_entities GROUP BY entity_id;
UPDATE entity_counts SET mentions = (SELECT count(*) FROM mentions m WHERE m.entity_id = entity_counts.entity_id);
CREATE INDEX entity_counts_mentions ON entity_counts(mentions DESC);
CREATE TRIGGER article_entities_counted AFTER INSERT ON article_entities BEGIN
  INSERT OR IGNORE INTO entity_counts(entity_id) VALUES(new.entity_id);
  UPDATE entity_counts SET articles = articles + 1 WHERE entity_id = new.entity_id;
END;
CREATE TRIGGER article_entities_uncounted AFTER DELETE ON article_entities BEGIN
  UPDATE entity_counts SET articles = articles - 1 WHERE entity_id = old.entity_id;
END;
CREATE TRIGGER mentions_counted AFTER INSERT ON mentions BEGIN
  INSERT OR IGNORE INTO entity_counts(entity_id) VALUES(new.entity_id);
  UPDATE entity_counts SET mentions = mentions + 1 WHERE entity_id = new.entity_id;
END;
CREATE TRIGGER mentions_uncounted AFTER DELETE ON mentions BEGIN
  UPDATE entity_counts SET mentions = mentions - 1 WHERE entity_id = old.entity_id;
END;

CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
DROP INDEX mentions_entity;
CREATE INDEX articles_id_published ON articles(id, published);
CREATE INDEX events_location ON events(location_entity_id);
CREATE INDEX locations_country ON locations(country);
)sql",
    // 6: entity names and quotes are added to their full-text indexes at the end of
    // each transaction (store/search_index.h), not by a trigger per row.
    R"sql(
DROP TRIGGER entities_indexed;
DROP TRIGGER quotes_indexed;
)sql",
    // 7: documents by the URL they were read under: an interrupted ingest run again
    // skips what it stored before extracting it (Store::StoredUrls).
    R"sql(
CREATE INDEX documents_url ON documents(url);
)sql",
    // 8: the full-text index is keyed by publication day, then article id
    // (articles.search_key, store/date_facets.h), so that a date range is a rowid
    // range FTS5 applies while it reads the posting lists. Undated articles (and
    // dates julianday() rejects) get day -1000000, before any date a filter names.
    R"sql(
ALTER TABLE articles ADD COLUMN search_key INTEGER GENERATED ALWAYS AS (
  coalesce(CAST(julianday(CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                          THEN substr(published, 1, 10) END) - 2440587.5 AS INTEGER), -1000000)
  * 4294967296 + id) VIRTUAL;
CREATE UNIQUE INDEX articles_search_key ON articles(search_key);
DROP TABLE articles_fts;
DROP VIEW article_search;
CREATE VIEW article_search(id, search_key, title, text, quotes, facets) AS
  SELECT a.id, a.search_key, a.title, a.text,
         (SELECT group_concat(q.text, char(10)) FROM quotes q WHERE q.article_id = a.id),
         trim(coalesce(CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN
                         'y' || substr(a.published, 1, 4) ||
                         ' m' || substr(a.published, 1, 4) || substr(a.published, 6, 2) ||
                         ' d' || substr(a.published, 1, 4) || substr(a.published, 6, 2) ||
                         substr(a.published, 9, 2) END, '') ||
              coalesce(' l' || lower(a.lang), ''))
  FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, quotes, facets,
  content='article_search', content_rowid='search_key',
  tokenize='porter unicode61 remove_diacritics 2');
-- 64 MiB of pending terms per index segment for the rebuild (1 MiB, FTS5's
-- default, made thousands of segments to merge at a million articles), then back.
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 67108864);
INSERT INTO articles_fts(rowid, title, text, quotes, facets)
  SELECT search_key, title, text, quotes, facets FROM article_search ORDER BY search_key;
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 1048576);
)sql",
    // 9: the pieces of a quote its attribution interrupts ("A," he said, "B."), as
    // "start-end" byte offsets joined by ","; NULL for a quote in one piece.
    R"sql(
ALTER TABLE quotes ADD COLUMN fragments TEXT;
)sql",
    // 10: per-term document counts of articles_fts (store/term_counts.h), kept by
    // IndexRowsAbove: lede_bm25() (store/bm25.h) reads a query term's IDF here
    // instead of passing over the term's whole posting list.
    R"sql(
CREATE TABLE article_terms(
  term TEXT PRIMARY KEY,
  docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.article_term_rows USING fts5vocab(main, articles_fts, row);
INSERT INTO article_terms SELECT term, doc FROM temp.article_term_rows;
DROP TABLE temp.article_term_rows;
)sql",
    // 11: mentions per entity and published month, kept by triggers, so that an
    // entity's timeline reads its months (at most 12 a year) instead of every
    // mention. Undated articles (published not YYYY-MM-DD...) are not counted, as
    // the timeline leaves them out.
    R"sql(
CREATE TABLE entity_months(
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  month TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY(entity_id, month)) WITHOUT ROWID;
INSERT INTO entity_months(entity_id, month, mentions)
  SELECT mn.entity_id, substr(a.published, 1, 7), count(*) FROM mentions mn JOIN articles a ON a.id = mn.article_id
  WHERE a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' GROUP BY 1, 2;
CREATE TRIGGER mentions_counted_by_month AFTER INSERT ON mentions BEGIN
  INSERT OR IGNORE INTO entity_months(entity_id, month, mentions)
    SELECT new.entity_id, substr(published, 1, 7), 0 FROM articles
    WHERE id = new.article_id AND published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*';
  UPDATE entity_months SET mentions = mentions + 1
  WHERE entity_id = new.entity_id AND month = (SELECT substr(published, 1, 7) FROM articles
    WHERE id = new.article_id AND published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*');
END;
CREATE TRIGGER mentions_uncounted_by_month AFTER DELETE ON mentions BEGIN
  UPDATE entity_months SET mentions = mentions - 1
  WHERE entity_id = old.entity_id AND month = (SELECT substr(published, 1, 7) FROM articles
    WHERE id = old.article_id AND published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*');
END;
)sql",
    // 12: each article's facet values in one row (docs/schema.md), so that a search's
    // facets read one row per match instead of grouping every entity, theme and event
    // row of its matches. Lists are space-separated and sorted; themes and event types
    // have no whitespace (CheckAnalysis). Filled at the end of each ingest transaction
    // from the view (store/search_index.h).
    R"sql(
CREATE VIEW article_facet_values(article_id, source, day, entities, themes, events) AS
  SELECT a.id,
         (SELECT s.host FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = a.id),
         CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
              THEN substr(a.published, 1, 10) END,
         coalesce((SELECT group_concat(entity_id, ' ') FROM
                     (SELECT entity_id FROM article_entities WHERE article_id = a.id ORDER BY entity_id)), ''),
         coalesce((SELECT group_concat(theme, ' ') FROM
                     (SELECT theme FROM themes WHERE article_id = a.id ORDER BY theme)), ''),
         coalesce((SELECT group_concat(type, ' ') FROM
                     (SELECT DISTINCT type FROM events WHERE article_id = a.id ORDER BY type)), '')
  FROM articles a;
CREATE TABLE article_facets(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  source TEXT,
  day TEXT,
  entities TEXT NOT NULL,
  themes TEXT NOT NULL,
  events TEXT NOT NULL);
INSERT INTO article_facets SELECT * FROM article_facet_values;
)sql",
    // 13: where each outlet is (store/outlet_places.h): per source host and first-level
    // division, the towns and counties (kind city or admin2 with an admin1, as
    // CountsInHome in knowledge/outlet_home.h) its analysed articles name, one per
    // place entity per article. Store::Add keeps the table; the view counts the same
    // from the layers, for older stores here and for `lede check`.
    R"sql(
CREATE VIEW outlet_place_values(host, admin1, places) AS
  SELECT s.host, l.admin1, count(*)
  FROM article_entities ae
  JOIN locations l ON l.entity_id = ae.entity_id
  JOIN documents d ON d.id = ae.article_id
  JOIN sources s ON s.id = d.source_id
  WHERE ae.place_ordinal IS NOT NULL AND l.kind IN ('city', 'admin2') AND l.admin1 <> ''
  GROUP BY s.host, l.admin1;
CREATE TABLE outlet_places(
  host TEXT NOT NULL,
  admin1 TEXT NOT NULL,
  places REAL NOT NULL,
  PRIMARY KEY(host, admin1)) WITHOUT ROWID;
INSERT INTO outlet_places SELECT * FROM outlet_place_values;
)sql",
};

constexpr uint32_t kVersions = sizeof(kMigrations) / sizeof(kMigrations[0]);

Status ReadVersion(sqlite::Database* db, int64_t* version) {
  return db->QueryInt("PRAGMA user_version", version);
}

}  // namespace

uint32_t CurrentSchemaVersion() { return kVersions; }

Status CheckSchema(sqlite::Database* db) {
  int64_t version = 0;
  Status s = ReadVersion(db, &version);
  if (!s.ok()) return s;
  if (version == kVersions) return Status::OK();
  if (version > kVersions) {
    return Status::Corruption("store schema version " + std::to_string(version) +
                              " is newer than this lede's (" + std::to_string(kVersions) + ")");
  }
  int64_t tables = 0;
  s = db->QueryInt("SELECT count(*) FROM sqlite_schema", &tables);
  if (!s.ok()) return s;
  if (version == 0 && tables > 0) return Status::Corruption("not a lede store (no schema version)");
  return Status::InvalidArgument("store schema version " + std::to_string(version) +
                                 " needs migrating to " + std::to_string(kVersions));
}

Status MigrateSchema(sqlite::Database* db, uint32_t target) {
  if (target > kVersions) return Status::InvalidArgument("no schema version " + std::to_string(target));
  Status s = CheckSchema(db);
  if (s.ok() || s.code() != Status::Code::kInvalidArgument) return s;
  for (;;) {
    s = db->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    int64_t version = 0;
    s = ReadVersion(db, &version);  // re-read under the lock: another process may have migrated
    if (s.ok() && version >= target) return db->Exec("COMMIT");
    if (s.ok()) s = db->Exec(kMigrations[version]);
    if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(version + 1));
    if (s.ok()) s = db->Exec("COMMIT");
    if (!s.ok()) {
      db->Exec("ROLLBACK");
      return s;
    }
  }
}

Status CheckOrMigrateSchema(sqlite::Database* db, const std::string& path, int busy_timeout_ms) {
  Status s = CheckSchema(db);
  if (s.ok() || s.code() != Status::Code::kInvalidArgument) return s;
  sqlite::Database writer;
  Status migrated = writer.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
  if (migrated.ok()) {
    sqlite3_busy_timeout(writer.handle(), busy_timeout_ms);
    migrated = MigrateSchema(&writer);
  }
  if (!migrated.ok()) {
    return Status::InvalidArgument(path + ": " + s.message() + " and could not be migrated (" +
                                   migrated.ToString() + ")");
  }
  return CheckSchema(db);
}

}  // namespace lede
