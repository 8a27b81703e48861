// Store benchmark: builds (or reuses) a store of N synthetic articles made of
// the demo corpus's paragraphs, then measures AddArticles throughput and search
// latency for two-term queries with and without a one-year date filter.
//
//   lede_store_bench [--articles N] [--db PATH] [--queries Q] [--batch B]
//
// Prints numbers; asserts nothing (tests live beside the code).
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "lede/store.h"
#include "store/test_corpus.h"
#include "thread_cpu.h"

namespace lede {
namespace {

using Clock = std::chrono::steady_clock;

using bench::ThreadCpuMs;

struct Percentiles {
  std::vector<double> values;
  double At(double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * values.size()))];
  }
};

struct BenchArgs {
  uint64_t articles = 100000;
  std::string db = "store_bench.db";
  int queries = 200;
  size_t batch = 512;
};

BenchArgs ParseArgs(int argc, char** argv) {
  BenchArgs args;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--articles") args.articles = std::stoull(value);
    else if (flag == "--db") args.db = value;
    else if (flag == "--queries") args.queries = std::stoi(value);
    else if (flag == "--batch") args.batch = std::stoul(value);
    else { std::fprintf(stderr, "unknown flag %s\n", flag.c_str()); std::exit(2); }
  }
  return args;
}

std::vector<std::string> Paragraphs(const std::vector<Article>& corpus) {
  std::vector<std::string> out;
  for (const Article& a : corpus) {
    for (size_t start = 0; start < a.text.size();) {
      size_t end = std::min(a.text.find("\n\n", start), a.text.size());
      if (end - start > 40) out.push_back(a.text.substr(start, end - start));
      start = end + 2;
    }
  }
  return out;
}

Article MakeArticle(uint64_t i, const std::vector<std::string>& paragraphs, std::mt19937_64& rng) {
  Article a;
  a.url = "https://site" + std::to_string(i % 50) + ".example.com/news/" + std::to_string(i);
  int n = 3 + static_cast<int>(rng() % 4);
  for (int p = 0; p < n; ++p) a.text += paragraphs[rng() % paragraphs.size()] + "\n\n";
  a.text += "Reference " + std::to_string(i) + ".";
  a.title = paragraphs[rng() % paragraphs.size()].substr(0, 70);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2000 + static_cast<int>(rng() % 25),
                1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
  a.published = date;
  a.lang = "en";
  return a;
}

void Fill(Store* store, const BenchArgs& args, const std::vector<std::string>& paragraphs) {
  StoreStats stats;
  store->Stats(&stats);
  if (stats.articles >= args.articles) return;
  std::mt19937_64 rng(stats.articles + 1);
  auto start = Clock::now();
  uint64_t added = 0, near = 0;
  for (uint64_t i = stats.articles; i < args.articles;) {
    std::vector<Article> batch;
    for (; batch.size() < args.batch && i < args.articles; ++i) batch.push_back(MakeArticle(i, paragraphs, rng));
    AddResult r;
    Status s = store->AddArticles(batch, &r);
    if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); std::exit(1); }
    added += r.added;
    near += r.near_duplicates;
  }
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("added %llu articles (%llu near-duplicates) in %.1f s: %.0f articles/s\n",
              static_cast<unsigned long long>(added), static_cast<unsigned long long>(near), seconds,
              added / seconds);
}

void Latencies(Store* store, const BenchArgs& args, const std::vector<std::string>& terms, bool dated) {
  std::mt19937_64 rng(7);
  Percentiles wall, cpu;
  size_t total_hits = 0;
  for (int q = 0; q < args.queries; ++q) {
    std::string query = terms[rng() % terms.size()] + " " + terms[rng() % terms.size()];
    SearchFilters filters;
    if (dated) {
      int year = 2000 + static_cast<int>(rng() % 25);
      filters.from = std::to_string(year) + "-01-01";
      filters.to = std::to_string(year) + "-12-31";
    }
    std::vector<SearchHit> hits;
    auto start = Clock::now();
    double cpu_start = ThreadCpuMs();
    Status s = store->Search(query, filters, &hits);
    cpu.values.push_back(ThreadCpuMs() - cpu_start);
    wall.values.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!s.ok()) std::fprintf(stderr, "%s: %s\n", query.c_str(), s.ToString().c_str());
    total_hits += hits.size();
  }
  std::printf("search %-20s %d queries, %.1f hits/query: wall p50 %.2f p95 %.2f max %.2f ms; "
              "cpu p50 %.2f p95 %.2f max %.2f ms\n",
              dated ? "two terms, one year:" : "two terms:", args.queries,
              static_cast<double>(total_hits) / args.queries, wall.At(0.5), wall.At(0.95), wall.At(1.0),
              cpu.At(0.5), cpu.At(0.95), cpu.At(1.0));
}

}  // namespace
}  // namespace lede

int main(int argc, char** argv) {
  using namespace lede;
  BenchArgs args = ParseArgs(argc, argv);
  std::vector<Article> corpus = testing::LoadDemoArticles();
  if (corpus.empty()) { std::fprintf(stderr, "no demo corpus at %s\n", testing::DemoCorpusPath().c_str()); return 1; }
  std::unique_ptr<Store> store;
  Status s = Store::Open(args.db, StoreOptions(), &store);
  if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
  Fill(store.get(), args, Paragraphs(corpus));
  StoreStats stats;
  store->Stats(&stats);
  std::error_code no_wal;
  uint64_t bytes = std::filesystem::file_size(args.db) + std::filesystem::file_size(args.db + "-wal", no_wal);
  std::printf("store: %llu articles, %.0f MB\n", static_cast<unsigned long long>(stats.articles),
              (no_wal ? std::filesystem::file_size(args.db) : bytes) / 1e6);
  std::vector<std::string> terms = testing::QueryTerms(corpus);
  Latencies(store.get(), args, terms, false);
  Latencies(store.get(), args, terms, true);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %.0f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
