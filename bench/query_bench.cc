// Query benchmark: latencies of StoreReader's queries (include/lede/query.h) on a
// large store made by replicating a seed store (e.g. `lede ingest` of the demo
// corpus with its analysis layers) K times: each copy gets new ids, distinct URLs,
// content hashes and texts (" Copy k." appended), dates shifted by 11*k days
// modulo ten years, and its own copy of every layer row and story; entities are
// shared, as they would be in a real corpus.
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

// "INSERT INTO main.T(cols) SELECT exprs FROM seed.T": each column copied, or
// rewritten by `rewrite` (which returns "" to copy, "-" to leave the column out).
std::string CopySql(sqlite::Database* db, const std::string& table,
                    const std::function<std::string(const std::string&)>& rewrite) {
  std::string names, values;
  for (const std::string& c : Columns(db, table)) {
    std::string expr = rewrite(c);
    if (expr == "-") continue;
    names += (names.empty() ? "\"" : ", \"") + c + "\"";
    values += (values.empty() ? "" : ", ") + (expr.empty() ? "\"" + c + "\"" : expr);
  }
  return "INSERT INTO main." + table + "(" + names + ") SELECT " + values + " FROM seed." + table;
}

// Appends copy k (k >= 1) of the seed's rows, ids shifted by k * span.
void AddCopy(sqlite::Database* db, int k, int64_t span, int64_t story_span) {
  const std::string off = std::to_string(k * span), ks = std::to_string(k);
  const std::string shift = "'+" + std::to_string((11 * k) % 3650) + " days'";
  auto shifted_article = [&](const std::string& c) -> std::string {
    if (c == "article_id") return "article_id + " + off;
    if (c == "id") return "-";
    return "";
  };
  std::vector<std::string> sql = {
      CopySql(db, "documents",
              [&](const std::string& c) -> std::string {
                if (c == "id") return "id + " + off;
                if (c == "url" || c == "canonical_url") return c + " || '?copy=" + ks + "'";
                if (c == "content_hash") return "content_hash + " + std::to_string(k * 1000003LL);
                return "";
              }),
      CopySql(db, "articles",
              [&](const std::string& c) -> std::string {
                if (c == "id" || c == "duplicate_of") return c + " + " + off;
                if (c == "published") {
                  return "CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN date(substr(published, 1, 10), " +
                         shift + ") ELSE published END";
                }
                if (c == "text") return "text || ' Copy " + ks + ".'";
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
                if (c == "id") return "id + " + std::to_string(k * story_span);
                if (c == "first_published" || c == "last_published") return "date(substr(" + c + ", 1, 10), " + shift + ")";
                return "";
              }),
      CopySql(db, "story_articles",
              [&](const std::string& c) -> std::string {
                if (c == "story_id") return "story_id + " + std::to_string(k * story_span);
                return shifted_article(c);
              }),
  };
  Check(db->Exec("BEGIN"), "begin");
  IndexWatermarks marks;
  Check(ReadIndexWatermarks(db, &marks), "index watermarks");
  for (const std::string& s : sql) Check(db->Exec(s), s.substr(0, 80));
  Check(IndexRowsAbove(db, marks), "full-text indexes");
  Check(db->Exec("COMMIT"), "commit");
}

// Makes args.db hold args.copies copies of the seed: a copy of the seed file to begin
// with, then the copies it lacks (a store built with fewer copies grows: 100k, then 1M).
void Build(const BenchArgs& args) {
  if (!std::filesystem::exists(args.db)) std::filesystem::copy_file(args.seed, args.db);
  {
    std::unique_ptr<Store> store;  // brings the copy's schema up to date
    Check(Store::Open(args.db, StoreOptions(), &store), "open " + args.db);
  }
  sqlite::Database db;
  Check(db.Open(args.db, SQLITE_OPEN_READWRITE), "open " + args.db);
  Check(db.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144"), "pragmas");
  Check(db.Exec("ATTACH DATABASE '" + args.seed + "' AS seed"), "attach seed");
  int64_t span = 0, story_span = 0;
  Check(db.QueryInt("SELECT max(id) FROM seed.documents", &span), "span");
  Check(db.QueryInt("SELECT coalesce(max(id), 0) FROM seed.stories", &story_span), "stories");
  int64_t stored = 0;  // copy k holds the ids k * span + 1 .. (k + 1) * span
  Check(db.QueryInt("SELECT max(id) FROM main.documents", &stored), "stored");
  const int have = static_cast<int>((stored + span - 1) / span);
  auto start = Clock::now();
  for (int k = have; k < args.copies; ++k) AddCopy(&db, k, span, story_span);
  std::printf("built %s: copies %d to %d of %lld articles in %.0f s\n", args.db.c_str(), have, args.copies - 1,
              static_cast<long long>(span), std::chrono::duration<double>(Clock::now() - start).count());
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
  auto year = [](std::mt19937_64& rng) { return std::to_string(2010 + static_cast<int>(rng() % 15)); };
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
