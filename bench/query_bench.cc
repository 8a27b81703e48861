// Query benchmark: latencies of StoreReader's queries (include/lede/query.h) on a
// large store made by replicating a seed store (e.g. `lede ingest` of the demo
// corpus with its analysis layers) K times: each copy gets new ids, distinct URLs,
// content hashes and texts (" Copy k." and three drawn query words appended),
// dates moved into 2015-2024 and shifted by 11*k days modulo those ten years, and
// its own copy of every layer row and story; entities are shared, as they would be
// in a real corpus (bench/README.md, "1M", says exactly how).
//
//   query_bench --seed SEED.db --db BIG.db [--copies K] [--queries Q]
//
// Prints p50/p95 of wall and thread-CPU time per query kind; asserts nothing.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "lede/query.h"
#include "lede/store.h"
#include "store/bm25.h"
#include "store/date_facets.h"
#include "store/search_index.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"
#include "thread_cpu.h"

namespace lede {
namespace {

using Clock = std::chrono::steady_clock;

using bench::ThreadCpuMs;

double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(p * values.size()))];
}

struct BenchArgs {
  std::string seed;
  std::string db = "query_bench.db";
  int copies = 300;
  int queries = 100;
};

BenchArgs ParseArgs(int argc, char** argv) {
  BenchArgs args;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--seed") args.seed = value;
    else if (flag == "--db") args.db = value;
    else if (flag == "--copies") args.copies = std::stoi(value);
    else if (flag == "--queries") args.queries = std::stoi(value);
    else { std::fprintf(stderr, "unknown flag %s\n", flag.c_str()); std::exit(2); }
  }
  if (args.seed.empty()) { std::fprintf(stderr, "--seed SEED.db is required\n"); std::exit(2); }
  return args;
}

void Check(const Status& s, const std::string& what) {
  if (s.ok()) return;
  std::fprintf(stderr, "%s: %s\n", what.c_str(), s.ToString().c_str());
  std::exit(1);
}

std::vector<std::string> Columns(sqlite::Database* db, const std::string& table) {
  std::vector<std::string> columns;
  sqlite::Statement st;
  Check(db->Prepare("SELECT name FROM pragma_table_info('" + table + "', 'seed')", &st), table);
  bool row = false;
  while (st.Step(&row).ok() && row) columns.push_back(st.Text(0));
  return columns;
}

// "INSERT INTO main.T(cols) SELECT exprs FROM temp.copies CROSS JOIN seed.T": every
// copy k of the table's rows (CROSS JOIN keeps the copies the outer loop, so rows go
// in in id order), each column copied or rewritten by `rewrite` (which returns "" to
// copy, "-" to leave the column out; its expressions may use `k`).
std::string CopySql(sqlite::Database* db, const std::string& table,
                    const std::function<std::string(const std::string&)>& rewrite) {
  std::string names, values;
  for (const std::string& c : Columns(db, table)) {
    std::string expr = rewrite(c);
    if (expr == "-") continue;
    names += (names.empty() ? "\"" : ", \"") + c + "\"";
    values += (values.empty() ? "" : ", ") + (expr.empty() ? "T.\"" + c + "\"" : expr);
  }
  return "INSERT INTO main." + table + "(" + names + ") SELECT " + values + " FROM temp.copies CROSS JOIN seed." +
         table + " T";
}

// The first day of the ten years the copies' dates are spread over.
constexpr const char* kFirstDay = "'2015-01-01'";
constexpr int kDaysSpread = 3652;  // 2015-01-01 .. 2024-12-31

// A seed date (column `c`, YYYY-MM-DD...) moved into the ten years from kFirstDay:
// its offset from kFirstDay plus 11 * k days, modulo the ten years.
std::string ShiftedDate(const std::string& c) {
  const std::string spread = std::to_string(kDaysSpread);
  return "CASE WHEN T." + c + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN date(" + kFirstDay +
         ", '+' || (((CAST(julianday(substr(T." + c + ", 1, 10)) - julianday(" + kFirstDay + ") AS INTEGER) + 11 * k) % " +
         spread + " + " + spread + ") % " + spread + ") || ' days') ELSE T." + c + " END";
}

// Three words drawn for copy k of article `id` from temp.vocab (i = 0 .. words - 1).
std::string DrawnWords(size_t words) {
  const std::string n = std::to_string(words);
  std::string sql;
  for (int draw = 0; draw < 3; ++draw) {
    sql += " || ' ' || (SELECT word FROM temp.vocab WHERE i = (T.id * " + std::to_string(7919 + 2 * draw) +
           " + k * " + std::to_string(104729 + 6 * draw) + ") % " + n + ")";
  }
  return sql;
}

// The statements appending copies temp.copies of every seed table: copy k holds
// the ids k * span + 1 .. (k + 1) * span.
std::vector<std::string> CopyStatements(sqlite::Database* db, int64_t span, int64_t story_span, size_t words) {
  const std::string off = "k * " + std::to_string(span);
  const std::string story_off = "k * " + std::to_string(story_span);
  auto shifted_article = [&](const std::string& c) -> std::string {
    if (c == "article_id") return "T.article_id + " + off;
    if (c == "id") return "-";
    return "";
  };
  return {
      CopySql(db, "documents",
              [&](const std::string& c) -> std::string {
                if (c == "id") return "T.id + " + off;
                if (c == "url" || c == "canonical_url") return "T." + c + " || '?copy=' || k";
                if (c == "content_hash") return "T.content_hash + k * 1000003";
                return "";
              }),
      CopySql(db, "articles",
              [&](const std::string& c) -> std::string {
                if (c == "id" || c == "duplicate_of") return "T." + c + " + " + off;
                if (c == "published") return ShiftedDate("published");
                if (c == "text") return "T.text || ' Copy ' || k || '.'" + DrawnWords(words);
                return "";
              }),
      CopySql(db, "article_entities", shifted_article),
      CopySql(db, "mentions", shifted_article),
      CopySql(db, "quotes", shifted_article),
      CopySql(db, "counts", [&](const std::string& c) -> std::string { return c == "parent_id" ? "NULL" : shifted_article(c); }),
      CopySql(db, "events", shifted_article),
      CopySql(db, "themes", shifted_article),
      CopySql(db, "tone", shifted_article),
      CopySql(db, "stories",
              [&](const std::string& c) -> std::string {
                if (c == "id") return "T.id + " + story_off;
                if (c == "first_published" || c == "last_published") return ShiftedDate(c);
                return "";
              }),
      CopySql(db, "story_articles",
              [&](const std::string& c) -> std::string {
                if (c == "story_id") return "T.story_id + " + story_off;
                return shifted_article(c);
              }),
  };
}

// The indexes and insert triggers of the tables the copies go into: dropped for
// the load, created again after it (one sort per index instead of a b-tree
// insert per row; entity_counts and entity_months set once instead of a trigger
// per row; article_terms is counted with the full-text index, IndexRowsAbove).
std::vector<std::string> DropLoadIndexes(sqlite::Database* db) {
  std::vector<std::string> ddl;
  std::vector<std::string> names;
  sqlite::Statement st;
  Check(db->Prepare("SELECT name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL AND "
                    "(type = 'index' OR (type = 'trigger' AND sql LIKE '%AFTER INSERT%')) AND tbl_name IN "
                    "('documents', 'articles', 'article_entities', 'mentions', 'quotes', 'counts', 'events', "
                    "'themes', 'tone', 'stories', 'story_articles') AND name NOT LIKE 'sqlite_%'",
                    &st),
        "load indexes");
  bool row = false;
  while (st.Step(&row).ok() && row) {
    names.push_back(st.Text(0));
    ddl.push_back(st.Text(1));
  }
  st = sqlite::Statement();
  for (size_t i = 0; i < names.size(); ++i) {
    const bool trigger = ddl[i].starts_with("CREATE TRIGGER");
    Check(db->Exec(std::string(trigger ? "DROP TRIGGER " : "DROP INDEX ") + names[i]), "drop " + names[i]);
  }
  return ddl;
}

void FillVocabulary(sqlite::Database* db, const std::vector<std::string>& words) {
  Check(db->Exec("CREATE TEMP TABLE vocab(i INTEGER PRIMARY KEY, word TEXT NOT NULL)"), "vocab");
  sqlite::Statement st;
  Check(db->Prepare("INSERT INTO temp.vocab VALUES(?1, ?2)", &st), "vocab insert");
  for (size_t i = 0; i < words.size(); ++i) {
    st.Reset();
    Check(st.Bind(1, static_cast<int64_t>(i)).Bind(2, words[i]).Run(), "vocab insert");
  }
}

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// Makes args.db hold args.copies copies of the seed: a copy of the seed file to begin
// with, then the copies it lacks (a store built with fewer copies grows: 100k, then 1M).
// The copies go in with one INSERT ... SELECT per table, without a journal: an
// interrupted build leaves a file to delete.
void Build(const BenchArgs& args) {
  if (!std::filesystem::exists(args.db)) std::filesystem::copy_file(args.seed, args.db);
  {
    std::unique_ptr<Store> store;  // brings the copy's schema up to date
    Check(Store::Open(args.db, StoreOptions(), &store), "open " + args.db);
  }
  sqlite::Database db;
  Check(db.Open(args.db, SQLITE_OPEN_READWRITE), "open " + args.db);
  Check(db.Exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; "
                "PRAGMA temp_store = FILE"),
        "pragmas");
  Check(db.Exec("ATTACH DATABASE '" + args.seed + "' AS seed"), "attach seed");
  int64_t span = 0, story_span = 0;
  Check(db.QueryInt("SELECT max(id) FROM seed.documents", &span), "span");
  Check(db.QueryInt("SELECT coalesce(max(id), 0) FROM seed.stories", &story_span), "stories");
  int64_t stored = 0;
  Check(db.QueryInt("SELECT max(id) FROM main.documents", &stored), "stored");
  const int have = static_cast<int>((stored + span - 1) / span);
  if (have >= args.copies) return;
  auto start = Clock::now();
  const std::vector<std::string> words = testing::QueryTerms(testing::LoadDemoArticles());
  FillVocabulary(&db, words);
  Check(db.Exec("CREATE TEMP TABLE copies(k INTEGER PRIMARY KEY); WITH RECURSIVE c(k) AS (SELECT " +
                std::to_string(have) + " UNION ALL SELECT k + 1 FROM c WHERE k + 1 < " + std::to_string(args.copies) +
                ") INSERT INTO temp.copies SELECT k FROM c"),
        "copies");
  Check(db.Exec("BEGIN"), "begin");
  IndexWatermarks marks;
  Check(ReadIndexWatermarks(&db, &marks), "index watermarks");
  const std::vector<std::string> ddl = DropLoadIndexes(&db);
  for (const std::string& s : CopyStatements(&db, span, story_span, words.size())) {
    auto t = Clock::now();
    Check(db.Exec(s), s.substr(0, 80));
    std::printf("  %-40.40s %6.0f s\n", s.c_str() + 12, Seconds(t));
  }
  auto t = Clock::now();
  for (const std::string& s : ddl) Check(db.Exec(s), s.substr(0, 80));
  // Every seed row is in each copy and entities are shared: counts scale with the copies.
  Check(db.Exec("UPDATE main.entity_counts SET mentions = s.mentions * " + std::to_string(args.copies) +
                ", articles = s.articles * " + std::to_string(args.copies) +
                " FROM seed.entity_counts s WHERE s.entity_id = entity_counts.entity_id"),
        "entity counts");
  // Dates move with each copy: the months of the mentions are counted again.
  Check(db.Exec("DELETE FROM main.entity_months; INSERT INTO main.entity_months(entity_id, month, mentions) "
                "SELECT mn.entity_id, substr(a.published, 1, 7), count(*) FROM mentions mn JOIN articles a "
                "ON a.id = mn.article_id WHERE a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
                "GROUP BY 1, 2"),
        "entity months");
  std::printf("  indexes, entity counts and months %6.0f s\n", Seconds(t));
  t = Clock::now();
  // 256 MiB of pending terms per index segment (FTS5's default of 1 MiB makes
  // thousands of segments to merge at a million articles), then the default again.
  Check(db.Exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 268435456)"), "hashsize");
  Check(IndexRowsAbove(&db, marks), "full-text indexes");
  Check(db.Exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 1048576)"), "hashsize");
  std::printf("  full-text indexes %6.0f s\n", Seconds(t));
  Check(db.Exec("COMMIT"), "commit");
  std::printf("built %s: copies %d to %d of %lld articles in %.0f s\n", args.db.c_str(), have, args.copies - 1,
              static_cast<long long>(span), Seconds(start));
}

void Measure(const std::string& name, int queries, const std::function<Status(std::mt19937_64&)>& query) {
  std::mt19937_64 rng(7);
  std::vector<double> wall, cpu;
  for (int q = 0; q < queries; ++q) {
    auto start = Clock::now();
    double cpu_start = ThreadCpuMs();
    Status s = query(rng);
    cpu.push_back(ThreadCpuMs() - cpu_start);
    wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!s.ok()) std::fprintf(stderr, "%s: %s\n", name.c_str(), s.ToString().c_str());
  }
  std::printf("| %-44s | %7.2f | %7.2f | %7.2f | %7.2f |\n", name.c_str(), Percentile(cpu, 0.5),
              Percentile(cpu, 0.95), Percentile(wall, 0.5), Percentile(wall, 0.95));
}

std::vector<int64_t> TopIds(sqlite::Database* db, const std::string& sql) {
  std::vector<int64_t> ids;
  sqlite::Statement st;
  Check(db->Prepare(sql, &st), sql);
  bool row = false;
  while (st.Step(&row).ok() && row) ids.push_back(st.Int(0));
  if (ids.empty()) ids.push_back(0);
  return ids;
}

// FTS5's bm25() against lede_bm25() over the same matches of two common words
// (in 10-20% of the seed's articles) in one year: the ranking alone, whose
// bm25() reads each word's whole posting list for its IDF.
void MeasureRanking(const BenchArgs& args) {
  sqlite::Database db;
  Check(db.Open(args.db, SQLITE_OPEN_READONLY), "open");
  Check(RegisterBm25Function(&db), "lede_bm25");
  const std::vector<std::string> common = testing::QueryTerms(testing::LoadDemoArticles(), 10);
  for (const char* function : {"bm25", "lede_bm25"}) {
    sqlite::Statement st;
    Check(db.Prepare(std::string("SELECT -") + function + "(articles_fts, 10.0, 1.0, 3.0, 0.0) FROM articles_fts "
                         "WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
                     &st),
          function);
    Measure(std::string("ranking only: two common words, one year, ") + function, args.queries,
            [&](std::mt19937_64& rng) {
              const std::string year = std::to_string(2015 + static_cast<int>(rng() % 10));
              SearchKeyRange range;
              Status s = KeyRange(year + "-01-01", year + "-12-31", &range);
              st.Reset();
              st.Bind(1, common[rng() % common.size()] + " " + common[rng() % common.size()]);
              st.Bind(2, range.first).Bind(3, range.last);
              return s.ok() ? st.Run() : s;
            });
  }
}

void Run(const BenchArgs& args) {
  std::unique_ptr<StoreReader> reader;
  Check(StoreReader::Open(args.db, QueryOptions(), &reader), "open reader");
  sqlite::Database db;
  Check(db.Open(args.db, SQLITE_OPEN_READONLY), "open");
  int64_t articles = 0;
  Check(db.QueryInt("SELECT count(*) FROM articles", &articles), "count");
  std::vector<int64_t> entities = TopIds(&db, "SELECT entity_id FROM entity_counts ORDER BY mentions DESC LIMIT 200");
  std::vector<int64_t> speakers = TopIds(&db, "SELECT DISTINCT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL LIMIT 200");
  std::vector<int64_t> stories = TopIds(&db, "SELECT id FROM stories ORDER BY random() LIMIT 200");
  std::vector<std::string> terms = testing::QueryTerms(testing::LoadDemoArticles());
  auto term = [&](std::mt19937_64& rng) { return terms[rng() % terms.size()]; };
  auto year = [](std::mt19937_64& rng) { return std::to_string(2015 + static_cast<int>(rng() % 10)); };
  std::printf("store: %lld articles, %.0f MB\n\n", static_cast<long long>(articles),
              std::filesystem::file_size(args.db) / 1e6);
  std::printf("| query (%d runs each) | cpu p50 ms | cpu p95 ms | wall p50 ms | wall p95 ms |\n|---|---|---|---|---|\n",
              args.queries);
  int n = args.queries;
  Measure("search: two terms, one year, page only", n, [&](std::mt19937_64& rng) {
    ArticleSearch r;
    r.query = term(rng) + " " + term(rng);
    r.from = year(rng) + "-01-01";
    r.to = r.from.substr(0, 4) + "-12-31";
    r.facets = false;
    SearchResult out;
    return reader->Search(r, &out);
  });
  Measure("search: two terms, one year, total + facets", n, [&](std::mt19937_64& rng) {
    ArticleSearch r;
    r.query = term(rng) + " " + term(rng);
    r.from = year(rng) + "-01-01";
    r.to = r.from.substr(0, 4) + "-12-31";
    SearchResult out;
    return reader->Search(r, &out);
  });
  Measure("search: one term + entity filter + facets", n, [&](std::mt19937_64& rng) {
    ArticleSearch r;
    r.query = term(rng);
    r.entities = {entities[rng() % entities.size()]};
    SearchResult out;
    return reader->Search(r, &out);
  });
  Measure("search: no query, one month, facets", n, [&](std::mt19937_64& rng) {
    ArticleSearch r;
    r.from = year(rng) + "-03-01";
    r.to = r.from.substr(0, 4) + "-03-31";
    SearchResult out;
    return reader->Search(r, &out);
  });
  Measure("entities: top 20", n, [&](std::mt19937_64&) {
    EntityList out;
    return reader->Entities(EntityListRequest(), &out);
  });
  Measure("entities: PERSON, name prefix of 2 letters", n, [&](std::mt19937_64& rng) {
    EntityListRequest r;
    r.type = "PERSON";
    r.prefix = std::string(1, static_cast<char>('a' + rng() % 26)) + static_cast<char>('a' + rng() % 26);
    EntityList out;
    return reader->Entities(r, &out);
  });
  Measure("entity page (one of the 200 most mentioned)", n, [&](std::mt19937_64& rng) {
    EntityPage out;
    return reader->Entity(entities[rng() % entities.size()], &out);
  });
  Measure("quotes: by speaker id", n, [&](std::mt19937_64& rng) {
    QuoteRequest r;
    r.speaker_id = speakers[rng() % speakers.size()];
    QuoteList out;
    return reader->Quotes(r, &out);
  });
  Measure("quotes: one word", n, [&](std::mt19937_64& rng) {
    QuoteRequest r;
    r.query = term(rng);
    QuoteList out;
    return reader->Quotes(r, &out);
  });
  Measure("events: ARREST in one year", n, [&](std::mt19937_64& rng) {
    EventRequest r;
    r.type = "ARREST";
    r.from = year(rng) + "-01-01";
    r.to = r.from.substr(0, 4) + "-12-31";
    EventList out;
    return reader->Events(r, &out);
  });
  Measure("events: by country (US)", n, [&](std::mt19937_64&) {
    EventRequest r;
    r.country = "US";
    EventList out;
    return reader->Events(r, &out);
  });
  Measure("stories: latest 20", n, [&](std::mt19937_64&) {
    StoryList out;
    return reader->Stories(StoryRequest(), &out);
  });
  Measure("story page", n, [&](std::mt19937_64& rng) {
    StoryPage out;
    Status s = reader->Story(stories[rng() % stories.size()], &out);
    return s.code() == Status::Code::kNotFound ? Status::OK() : s;
  });
  Measure("map: whole store", n, [&](std::mt19937_64&) {
    std::vector<MapPlace> out;
    return reader->Map(MapRequest(), &out);
  });
  MeasureRanking(args);
  Measure("map: one term, one year", n, [&](std::mt19937_64& rng) {
    MapRequest r;
    r.query = term(rng);
    r.from = year(rng) + "-01-01";
    r.to = r.from.substr(0, 4) + "-12-31";
    std::vector<MapPlace> out;
    return reader->Map(r, &out);
  });
}

}  // namespace
}  // namespace lede

int main(int argc, char** argv) {
  lede::BenchArgs args = lede::ParseArgs(argc, argv);
  lede::Build(args);
  lede::Run(args);
  return 0;
}
