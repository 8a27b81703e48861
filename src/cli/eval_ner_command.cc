// lede eval ner FILE...: tag gold CoNLL files and print span-level micro F1
// (conlleval semantics, as ../shared/eval/conll_f1.py), overall and per type.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_evaluate.h"
#include "nlp/ner_tagger.h"

namespace lede::cli {
namespace {

struct EvalNerArgs {
  std::vector<std::string> files;
  std::string model = nlp::DefaultNerModelPath();
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

void PrintScores(const std::string& file, const nlp::NerScorer& scorer) {
  std::printf("%s: %s\n", file.c_str(), scorer.Summary().c_str());
  std::printf("  %-5s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold");
  for (int t = 0; t < nlp::kNumEntityTypes; ++t) {
    const auto type = static_cast<nlp::EntityType>(t);
    if (!scorer.HasGold(type)) continue;
    const nlp::PrecisionRecall& c = scorer.ForType(type);
    std::printf("  %-5s %6.3f %6.3f %6.3f %6llu\n", std::string(nlp::TypeName(type)).c_str(),
                c.precision(), c.recall(), c.f1(),
                static_cast<unsigned long long>(c.true_positives + c.false_negatives));
  }
}

int RunEvalNer(const EvalNerArgs& args) {
  std::unique_ptr<nlp::NerTagger> tagger;
  const auto load_start = std::chrono::steady_clock::now();
  Status s = nlp::NerTagger::Load(args.model, &tagger);
  if (!s.ok()) {
    std::fprintf(stderr, "lede eval ner: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  std::printf("model %s loaded in %.3f s\n", args.model.c_str(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count());
  int status = kExitOk;
  for (const std::string& file : args.files) {
    nlp::NerCorpus corpus;
    s = nlp::ReadConll(file, {}, &corpus);
    if (!s.ok()) {
      std::fprintf(stderr, "lede eval ner: %s\n", s.ToString().c_str());
      status = kExitSomeFailed;
      continue;
    }
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    const nlp::NerScorer scorer =
        nlp::ScoreCorpus(tagger->featurizer(), tagger->model().weights, corpus, args.threads);
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    PrintScores(file, scorer);
    // CPU time counts only this process's cycles, so it is the fairer speed on a shared machine.
    std::printf("  tagged %zu tokens in %.3f s wall (%.0f tokens/s, %u thread(s)), %.3f s CPU (%.0f tokens/s per core)\n",
                corpus.NumTokens(), seconds, corpus.NumTokens() / seconds, args.threads, cpu,
                corpus.NumTokens() / cpu);
  }
  return status;
}

}  // namespace

void AddEvalNerCommand(CLI::App* eval, int* exit_status) {
  auto* args = NewForProcess<EvalNerArgs>();
  auto* cmd = eval->add_subcommand(
      "ner",
      "Tag gold CoNLL-style files (CoNLL-2003, WikiANN, UNER .iob2) and print span-level micro\n"
      "precision, recall and F1 with conlleval semantics, overall and per type.");
  cmd->add_option("files", args->files, "gold files (tag in the last column, or column 3 of CoNLL-U)")
      ->required();
  cmd->add_option("--model", args->model, "tagger model file ($LEDE_NER_MODEL overrides the default)")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->callback([args, exit_status] { *exit_status = RunEvalNer(*args); });
}

}  // namespace lede::cli
