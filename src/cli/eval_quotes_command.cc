// lede eval quotes [DIR]: find the quotes of the PolNeAR articles in
// shared/data/polnear in-process and print direct-quote precision, recall and
// speaker accuracy (as ../shared/eval/quote_eval.py scores `lede analyze --as-is`)
// beside the targets.
#include <cstdio>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "eval/analyzed_predictions.h"
#include "eval/dev_set.h"
#include "eval/polnear_gold.h"
#include "eval/quote_score.h"

namespace lede::cli {
namespace {

// Issue 4's targets on PolNeAR direct quotes.
constexpr double kTargetPrecision = 0.90;
constexpr double kTargetRecall = 0.90;
constexpr double kTargetSpeaker = 0.85;

struct EvalQuotesArgs {
  std::string dir = eval::DefaultDataDir() + "/polnear";
  size_t max_articles = std::numeric_limits<size_t>::max();
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  AnalyzerOptions analyzer;
};

int RunEvalQuotes(const EvalQuotesArgs& args) {
  std::unique_ptr<Analyzer> analyzer;
  Status s = Analyzer::Load(args.analyzer, &analyzer);
  std::vector<eval::PolnearArticle> articles;
  if (s.ok()) s = eval::LoadPolnear(args.dir, args.max_articles, &articles);
  if (!s.ok()) {
    std::fprintf(stderr, "lede eval quotes: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  std::vector<const std::string*> texts;
  for (const eval::PolnearArticle& a : articles) texts.push_back(&a.text);
  eval::QuoteCounts total;
  std::mutex mu;
  eval::AnalyzeEach(
      *analyzer, texts, args.threads, [&](size_t i) { return articles[i].name; },
      [&](size_t i, const AnalyzedArticle& analysis) {
        const eval::QuoteCounts c =
            eval::ScoreQuoteArticle(articles[i].attributions, eval::PredictedQuotes(analysis));
        std::lock_guard<std::mutex> lock(mu);
        total.Add(c);
      });
  std::printf("articles=%zu gold_direct=%zu quote_P=%.3f quote_R=%.3f speaker_acc=%.3f\n",
              total.articles, total.gold_direct, total.precision(), total.recall(),
              total.speaker_accuracy());
  std::printf("quote_P over every fragment of discontinuous gold Contents: %.3f\n",
              total.precision_all_fragments());
  std::printf("targets: quote_P>=%.2f quote_R>=%.2f speaker_acc>=%.2f\n", kTargetPrecision,
              kTargetRecall, kTargetSpeaker);
  return kExitOk;
}

}  // namespace

void AddEvalQuotesCommand(CLI::App* eval, int* exit_status) {
  auto* args = new EvalQuotesArgs;  // lives as long as the process
  auto* cmd = eval->add_subcommand(
      "quotes",
      "Analyse the PolNeAR articles (BRAT attributions) and print direct-quote precision\n"
      "(predicted quotes overlapping any gold Content), recall (gold direct quotes covered at\n"
      "least half by a predicted quote) and speaker accuracy (its speaker span overlaps the\n"
      "gold Source), as ../shared/eval/quote_eval.py scores `lede analyze --as-is`, with the\n"
      "targets.");
  cmd->add_option("dir", args->dir, "PolNeAR folder (text/ and attributions/)")
      ->capture_default_str();
  cmd->add_option("--max-articles", args->max_articles,
                  "score only the first N text files by name (quote_eval.py's MAX_ARTICLES)");
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--data-dir", args->analyzer.data_dir,
                  "folder with gazetteer/ and lexicons/ (default: $LEDE_DATA_DIR or the shipped data)");
  cmd->callback([args, exit_status] { *exit_status = RunEvalQuotes(*args); });
}

}  // namespace lede::cli
