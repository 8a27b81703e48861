// lede eval extract: run the extractor in-process over the extraction development
// sets in ../shared/data and print its scores beside each set's reference bar.
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "eval/dev_set.h"
#include "eval/predict.h"
#include "eval/reference_bar.h"
#include "eval/report.h"

namespace lede::cli {
namespace {

struct EvalExtractArgs {
  std::string data_dir = eval::DefaultDataDir();
  std::vector<std::string> sets;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::string format = "table";
};

// Scores one set into *report; a set that cannot be loaded is reported and skipped.
Status EvaluateSet(const EvalExtractArgs& args, const std::string& name, eval::SetReport* report) {
  eval::DevSet set;
  Status s = eval::LoadDevSet(args.data_dir, name, &set);
  if (s.ok()) s = eval::LoadReferenceBar(set, &report->bar);
  if (!s.ok()) return s;
  eval::PredictRun run = eval::PredictSet(set, {.threads = args.threads, .extract = {}});
  report->set = name;
  report->body_metric = set.body_metric;
  report->lede = eval::ScorePredictions(set, run.predictions);
  report->seconds = run.seconds;
  report->bytes = run.bytes;
  return Status::OK();
}

int RunEvalExtract(const EvalExtractArgs& args) {
  const std::vector<std::string>& names = args.sets.empty() ? eval::DevSetNames() : args.sets;
  std::vector<eval::SetReport> reports;
  int exit_status = kExitOk;
  for (const std::string& name : names) {
    eval::SetReport report;
    Status s = EvaluateSet(args, name, &report);
    if (!s.ok()) {
      std::fprintf(stderr, "lede eval extract: %s: %s\n", name.c_str(), s.ToString().c_str());
      exit_status = s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
      continue;
    }
    reports.push_back(std::move(report));
  }
  const std::string out = args.format == "json" ? eval::ReportToJson(reports).dump(2) + "\n"
                                                : eval::FormatTable(reports);
  std::fputs(out.c_str(), stdout);
  return exit_status;
}

}  // namespace

void AddEvalExtractCommand(CLI::App* eval, int* exit_status) {
  auto* args = NewForProcess<EvalExtractArgs>();
  auto* cmd = eval->add_subcommand(
      "extract",
      "Extract every page of the article-extraction development sets in-process and print\n"
      "body, title, authors and date scores, each set with the metric its README describes\n"
      "(shingle F1, trafilatura snippet F1, Fundus ROUGE-LSum; exact title, author F1,\n"
      "date F1), beside the bar: the best other extractor's score on that set.");
  cmd->add_option("--data", args->data_dir, "folder holding the data sets")->capture_default_str();
  cmd->add_option("--set", args->sets, "data set(s) to score (default: all)")
      ->check(CLI::IsMember(eval::DevSetNames()));
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--format", args->format, "table or json")->capture_default_str()
      ->check(CLI::IsMember({"table", "json"}));
  cmd->callback([args, exit_status] { *exit_status = RunEvalExtract(*args); });
}

}  // namespace lede::cli
