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
#include "eval/code_points.h"
#include "eval/dev_set.h"
#include "eval/polnear_gold.h"
#include "eval/quote_score.h"

namespace lede::cli {
namespace {

// Issue 4's targets on PolNeAR direct quotes.
constexpr double kTargetPrecision = 0.90;
constexpr double kTargetRecall = 0.90;
constexpr double kTargetSpeaker = 0.85;

// Characters of a quote, and of the text after it (where the cue usually is),
// printed per error.
constexpr size_t kErrorQuoteChars = 60;
constexpr size_t kErrorAfterChars = 60;

struct EvalQuotesArgs {
  std::string dir = eval::DefaultDataDir() + "/polnear";
  bool errors = false;  // list every missed quote, wrong speaker and false positive
  size_t max_articles = std::numeric_limits<size_t>::max();
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  AnalyzerOptions analyzer;
};

const char* KindName(eval::QuoteError::Kind kind) {
  switch (kind) {
    case eval::QuoteError::Kind::kMissed: return "missed";
    case eval::QuoteError::Kind::kWrongSpeaker: return "speaker";
    case eval::QuoteError::Kind::kFalsePositive: return "false";
  }
  return "";
}

std::string Slice(const std::string& text, eval::CharSpan span, size_t max_chars) {
  return eval::CodePointSlice(text, span.start, std::min(span.end, span.start + max_chars));
}

// One tab-separated line: article, kind, the gold Source, the predicted speaker span,
// the quote's start and the text after it.
std::string ErrorLine(const eval::PolnearArticle& article,
                      const std::vector<eval::PredictedQuote>& predicted, const eval::QuoteError& e) {
  const eval::GoldAttribution* g = e.gold >= 0 ? &article.attributions[e.gold] : nullptr;
  const eval::PredictedQuote* p = e.predicted >= 0 ? &predicted[e.predicted] : nullptr;
  const eval::CharSpan quote = g != nullptr ? g->content : p->text;
  std::string line = article.name + "\t" + KindName(e.kind) + "\t";
  if (g != nullptr && g->source) line += Slice(article.text, *g->source, kErrorQuoteChars);
  line += "\t";
  if (p != nullptr && p->speaker) line += Slice(article.text, *p->speaker, kErrorQuoteChars);
  line += "\t" + Slice(article.text, quote, kErrorQuoteChars) + "\t";
  return line + Slice(article.text, {quote.end, quote.end + kErrorAfterChars}, kErrorAfterChars);
}

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
  std::vector<std::vector<std::string>> error_lines(articles.size());
  std::mutex mu;
  eval::AnalyzeEach(
      *analyzer, texts, args.threads, [&](size_t i) { return articles[i].name; },
      [&](size_t i, const AnalyzedArticle& analysis) {
        const std::vector<eval::PredictedQuote> predicted = eval::PredictedQuotes(analysis);
        std::vector<eval::QuoteError> errors;
        const eval::QuoteCounts c = eval::ScoreQuoteArticle(articles[i].attributions, predicted,
                                                            args.errors ? &errors : nullptr);
        for (const eval::QuoteError& e : errors) {
          error_lines[i].push_back(ErrorLine(articles[i], predicted, e));
        }
        std::lock_guard<std::mutex> lock(mu);
        total.Add(c);
      });
  for (const auto& lines : error_lines) {
    for (const std::string& line : lines) std::printf("%s\n", line.c_str());
  }
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
  auto* args = NewForProcess<EvalQuotesArgs>();
  auto* cmd = eval->add_subcommand(
      "quotes",
      "Analyse the PolNeAR articles (BRAT attributions) and print direct-quote precision\n"
      "(predicted quotes overlapping any gold Content), recall (gold direct quotes covered at\n"
      "least half by a predicted quote) and speaker accuracy (its speaker span overlaps the\n"
      "gold Source), as ../shared/eval/quote_eval.py scores `lede analyze --as-is`, with the\n"
      "targets.");
  cmd->add_option("dir", args->dir, "PolNeAR folder (text/ and attributions/)")
      ->capture_default_str();
  cmd->add_flag("--errors", args->errors,
                "first list each missed gold direct quote, wrong speaker and false positive, one\n"
                "tab-separated line each: article, missed|speaker|false, gold Source, predicted\n"
                "speaker span, the quote's start, the text after it");
  cmd->add_option("--max-articles", args->max_articles,
                  "score only the first N text files by name (quote_eval.py's MAX_ARTICLES)");
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--data-dir", args->analyzer.data_dir,
                  "folder with gazetteer/ and lexicons/ (default: $LEDE_DATA_DIR or the shipped data)");
  cmd->callback([args, exit_status] { *exit_status = RunEvalQuotes(*args); });
}

}  // namespace lede::cli
