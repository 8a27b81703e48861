// lede train ner: train the named-entity tagger and write its model file.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_evaluate.h"
#include "nlp/ner_gum.h"
#include "nlp/ner_perceptron.h"

namespace lede::cli {
namespace {

struct TrainNerArgs {
  std::string corpus = "conll";
  std::string data_dir = "../shared/data";  // from the repo root (DESIGN.md)
  std::string model = "models/ner/lede-ner.model";
  std::string gazetteer_dir = "models/ner/gazetteers";
  // Default: models/ner/clusters.tsv.gz for --corpus conll, none for --corpus open
  // (those clusters were induced from text that includes CoNLL-2003).
  std::optional<std::string> clusters;
  std::vector<std::string> train_files;
  std::vector<std::string> dev_files;
  nlp::NerTrainOptions options;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

struct NamedCorpus {
  std::string name;
  nlp::NerCorpus corpus;
};

// The files of a named training set, relative to the data folder: "conll" is
// CoNLL-2003 train (research-only terms); "open" is the openly licensed corpora
// (WikiANN, CC BY-SA, silver; GUM open genres, CC BY / BY-SA; UNER EWT dev,
// CC BY-SA). Files ending in .jsonl.gz are GUM entity files, the others CoNLL-style.
bool CorpusFiles(const std::string& name, std::vector<std::string>* train,
                 std::vector<std::string>* dev) {
  if (name == "conll") {
    *train = {"conll2003/train.txt"};
  } else if (name == "open") {
    *train = {"wikiann_en/train.txt", "wikiann_en/dev.txt", "wikiann_en/test.txt",
              "gum_open_genres/entities.jsonl.gz", "uner_en_ewt/en_ewt-ud-dev.iob2"};
  } else {
    return false;
  }
  *dev = {"conll2003/dev.txt", "uner_en_ewt/en_ewt-ud-test.iob2"};
  return true;
}

Status ReadAll(const std::vector<std::string>& paths, nlp::NerCorpus* corpus) {
  for (const std::string& path : paths) {
    nlp::NerCorpus part;
    Status s = path.ends_with(".jsonl.gz") ? nlp::ReadGumEntities(path, &part)
                                           : nlp::ReadConll(path, {}, &part);
    if (!s.ok()) return s;
    corpus->Append(std::move(part));
  }
  return Status::OK();
}

// Reads every *.tsv.gz of the gazetteer folder (in name order) and the clusters.
Status LoadResources(const TrainNerArgs& args, nlp::NerModel* model) {
  std::vector<std::string> lists;
  if (!args.gazetteer_dir.empty()) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(args.gazetteer_dir, error)) {
      if (entry.path().string().ends_with(".tsv.gz")) lists.push_back(entry.path().string());
    }
    if (error) return Status::NotFound(args.gazetteer_dir + ": " + error.message());
  }
  std::sort(lists.begin(), lists.end());
  for (const std::string& path : lists) {
    Status s = model->gazetteer.AddListFile(path);
    if (!s.ok()) return s;
  }
  const std::string clusters =
      args.clusters.value_or(args.corpus == "open" ? "" : "models/ner/clusters.tsv.gz");
  if (!clusters.empty()) return model->clusters.AddFile(clusters);
  return Status::OK();
}

std::string Describe(const TrainNerArgs& args, const nlp::NerCorpus& train) {
  std::string files;
  for (const std::string& f : args.train_files) files += " " + f;
  return "lede NER model: averaged perceptron, corpus=" + args.corpus + " (" +
         std::to_string(train.NumTokens()) + " tokens:" + files + "), epochs=" +
         std::to_string(args.options.epochs) + ", seed=" + std::to_string(args.options.seed) +
         ", hash_bits=" + std::to_string(args.options.hash_bits);
}

int Fail(const Status& s) {
  std::fprintf(stderr, "lede train ner: %s\n", s.ToString().c_str());
  return kExitSomeFailed;
}

int RunTrainNer(TrainNerArgs& args) {
  std::vector<std::string> train_files, dev_files;
  if (args.train_files.empty() && !CorpusFiles(args.corpus, &train_files, &dev_files)) {
    std::fprintf(stderr, "lede train ner: unknown --corpus '%s' (conll or open)\n", args.corpus.c_str());
    return kExitUsage;
  }
  for (const std::string& f : train_files) args.train_files.push_back(args.data_dir + "/" + f);
  if (args.dev_files.empty()) {
    for (const std::string& f : dev_files) args.dev_files.push_back(args.data_dir + "/" + f);
  }
  nlp::NerCorpus train;
  Status s = ReadAll(args.train_files, &train);
  if (!s.ok()) return Fail(s);
  std::vector<NamedCorpus> devs;
  for (const std::string& path : args.dev_files) {
    devs.push_back({path, {}});
    s = ReadAll({path}, &devs.back().corpus);
    if (!s.ok()) return Fail(s);
  }
  nlp::NerModel model;
  s = LoadResources(args, &model);
  if (!s.ok()) return Fail(s);
  std::fprintf(stderr, "lede train ner: %zu sentences, %zu tokens; gazetteer %zu names; %zu clustered words\n",
               train.NumSentences(), train.NumTokens(), model.gazetteer.size(), model.clusters.size());
  const auto start = std::chrono::steady_clock::now();
  nlp::NerFeaturizer featurizer(model.gazetteer, model.clusters, args.options.hash_bits);
  std::string scores;
  s = nlp::TrainNerPerceptron(train, args.options, &model, [&](int epoch, const nlp::NerWeights& w) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "epoch %d (%.0f s)\n", epoch, seconds);
    scores.clear();
    for (const NamedCorpus& dev : devs) {
      const std::string line = nlp::ScoreCorpus(featurizer, w, dev.corpus, args.threads).Summary();
      std::fprintf(stderr, "  %s: %s\n", dev.name.c_str(), line.c_str());
      scores += "\n" + dev.name + ": " + line;
    }
  });
  if (!s.ok()) return Fail(s);
  model.description = Describe(args, train) + scores;
  s = nlp::SaveNerModel(model, args.model);
  if (!s.ok()) return Fail(s);
  std::fprintf(stderr, "lede train ner: wrote %s\n", args.model.c_str());
  return kExitOk;
}

}  // namespace

void AddTrainCommand(CLI::App* app, int* exit_status) {
  auto* train = app->add_subcommand("train", "Train a model: lede train ner");
  train->require_subcommand(1);
  auto* args = NewForProcess<TrainNerArgs>();
  auto* ner = train->add_subcommand(
      "ner",
      "Train the named-entity tagger (averaged perceptron, PER/ORG/LOC/MISC) and write its model.\n"
      "Deterministic for given data, options and seed. Prints dev scores after each epoch.\n"
      "--corpus conll: CoNLL-2003 train (research-only terms); --corpus open: openly licensed\n"
      "corpora only (WikiANN silver, GUM, UNER EWT dev). --train FILE... replaces the named\n"
      "corpus (CoNLL-style files, or GUM entities.jsonl.gz).");
  ner->add_option("--corpus", args->corpus, "named training set: conll or open")->capture_default_str();
  ner->add_option("--data", args->data_dir, "folder of the shared data sets")->capture_default_str();
  ner->add_option("--model,-o", args->model, "model file to write")->capture_default_str();
  ner->add_option("--gazetteer-dir", args->gazetteer_dir,
                  "folder of gazetteer lists *.tsv.gz (CATEGORY<TAB>NAME); empty = none")
      ->capture_default_str();
  ner->add_option("--clusters", args->clusters,
                  "word cluster file (PATH<TAB>WORD[<TAB>COUNT]); empty = none; default\n"
                  "models/ner/clusters.tsv.gz, none with --corpus open");
  ner->add_option("--train", args->train_files, "CoNLL-style training files (instead of --corpus)");
  ner->add_option("--dev", args->dev_files, "CoNLL-style files scored after each epoch");
  ner->add_option("--epochs", args->options.epochs, "passes over the training data")
      ->capture_default_str()->check(CLI::Range(1, 1000));
  ner->add_option("--seed", args->options.seed, "seed of the document order")->capture_default_str();
  ner->add_option("--hash-bits", args->options.hash_bits, "feature table of 2^N rows")
      ->capture_default_str()->check(CLI::Range(8, 30));
  ner->add_option("--threads", args->threads, "threads for dev scoring")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  ner->callback([args, exit_status] { *exit_status = RunTrainNer(*args); });
}

}  // namespace lede::cli
