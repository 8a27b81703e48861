// analyze_bench: articles per second of the full analysis (`lede analyze`) on one
// thread over the demo corpus (or the inputs given), and where the time goes by
// stage, next to extraction alone as the baseline of the same run.
//
// Usage: analyze_bench [--rounds N] [INPUT...]   (default: data/demo/corpus)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "knowledge/analyzer.h"
#include "lede/extractor.h"
#include "lede/reader.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::vector<lede::Record> ReadAll(const std::vector<std::string>& inputs) {
  std::vector<lede::Record> records;
  auto reader = lede::OpenInputs(inputs);
  lede::Record record;
  lede::Status error;
  for (lede::ReadOutcome o; (o = reader->Next(&record, &error)) != lede::ReadOutcome::kEnd;) {
    if (o == lede::ReadOutcome::kRecord) records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 3;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (inputs.empty()) inputs.push_back(LEDE_SOURCE_DIR "/data/demo/corpus");
  const std::vector<lede::Record> records = ReadAll(inputs);

  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<lede::Analyzer> analyzer;
  lede::Status s = lede::Analyzer::Load({}, &analyzer);
  if (!s.ok()) {
    std::fprintf(stderr, "analyze_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  std::printf("resources loaded in %.2f s\n", Seconds(start));

  double extract_seconds = 0;
  lede::StageTimes stages;
  size_t articles = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const lede::Record& record : records) {
      auto t = std::chrono::steady_clock::now();
      lede::Article article;
      if (!lede::ExtractArticle(record, {}, &article).ok()) continue;
      extract_seconds += Seconds(t);
      lede::AnalyzedArticle analysis;
      if (analyzer->Analyze(std::move(article), &analysis, &stages).ok()) ++articles;
    }
  }
  const std::pair<const char*, double> rows[] = {
      {"tokens+sentences", stages.document}, {"tagger", stages.tagger},
      {"entities", stages.entities},         {"places", stages.places},
      {"quotes", stages.quotes},             {"counts", stages.counts},
      {"events", stages.events},             {"themes", stages.themes},
      {"tone", stages.tone}};
  double analysis = 0;
  for (const auto& [name, seconds] : rows) analysis += seconds;
  std::printf("%zu articles (%zu records x %d rounds), one thread\n", articles, records.size(),
              rounds);
  std::printf("%-18s %10s %12s %8s\n", "stage", "seconds", "articles/s", "share");
  std::printf("%-18s %10.3f %12.0f %8s\n", "extraction (base)", extract_seconds,
              articles / extract_seconds, "-");
  for (const auto& [name, seconds] : rows) {
    std::printf("%-18s %10.3f %12.0f %7.1f%%\n", name, seconds, articles / seconds,
                100 * seconds / analysis);
  }
  std::printf("%-18s %10.3f %12.0f %7.1f%%\n", "analysis total", analysis, articles / analysis,
              100.0);
  std::printf("%-18s %10.3f %12.0f\n", "extract+analyze", analysis + extract_seconds,
              articles / (analysis + extract_seconds));
  return 0;
}
