#include "eval/predict.h"

#include <chrono>
#include <cstdio>

#include "eval/page_file.h"
#include "util/parallel.h"

namespace lede::eval {

PredictRun PredictSet(const DevSet& set, const PredictOptions& options) {
  PredictRun run;
  std::vector<Record> records(set.pages.size());
  std::vector<bool> readable(set.pages.size(), false);
  for (size_t i = 0; i < set.pages.size(); ++i) {
    const GoldPage& page = set.pages[i];
    Record& record = records[i];
    record.source = page.path;
    record.uri = page.url.empty() ? "file://" + page.path : page.url;
    record.kind = PayloadKind::kHtml;
    Status s = ReadMaybeGzipped(page.path, &record.body);
    readable[i] = s.ok();
    if (!s.ok()) std::fprintf(stderr, "lede eval: %s\n", s.ToString().c_str());
    run.bytes += record.body.size();
  }
  run.predictions.assign(set.pages.size(), Prediction{});
  const auto start = std::chrono::steady_clock::now();
  ParallelFor(records.size(), options.threads, [&](size_t i) {
    Prediction& pred = run.predictions[i];
    Article article;
    const Status s = readable[i] ? ExtractArticle(records[i], options.extract, &article)
                                 : Status::NotFound(set.pages[i].path);
    pred.failed = !s.ok();
    pred.text = std::move(article.text);
    pred.title = std::move(article.title);
    pred.authors = std::move(article.authors);
    pred.published = std::move(article.published);
  });
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return run;
}

}  // namespace lede::eval
