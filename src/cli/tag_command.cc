// lede tag --conll FILE: CoNLL columns in, the same lines out with one
// predicted IOB2 tag appended to each token line.
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

struct TagArgs {
  std::string conll;
  std::string model = nlp::DefaultNerModelPath();
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  nlp::ConllReadOptions read{.require_tags = false};
};

int RunTag(const TagArgs& args) {
  std::unique_ptr<nlp::NerTagger> tagger;
  Status s = nlp::NerTagger::Load(args.model, &tagger);
  if (!s.ok()) {
    std::fprintf(stderr, "lede tag: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  nlp::NerCorpus corpus;
  std::vector<std::string_view> lines;
  s = nlp::ReadConll(args.conll, args.read, &corpus, &lines);
  if (!s.ok()) {
    std::fprintf(stderr, "lede tag: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  const std::string out = nlp::ConllWithTags(
      lines, nlp::TagCorpus(tagger->featurizer(), tagger->model().weights, corpus, args.threads));
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

void AddTagCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<TagArgs>();
  auto* cmd = app->add_subcommand(
      "tag",
      "Tag named entities (PER, ORG, LOC, MISC) in a CoNLL column file: every line is written\n"
      "back to stdout, token lines with one predicted IOB2 tag appended; blank lines, comments\n"
      "and -DOCSTART- lines are kept. The token is column 1 (column 2 after a numeric index in\n"
      "tab-separated CoNLL-U-like files). Documents start at -DOCSTART- or '# newdoc'.");
  cmd->add_option("--conll", args->conll, "CoNLL-style input file")->required();
  cmd->add_option("--model", args->model, "tagger model file ($LEDE_NER_MODEL overrides the default)")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--max-file-bytes", args->read.max_file_bytes,
                  "largest input file read (0 = no limit)")->capture_default_str();
  cmd->callback([args, exit_status] { *exit_status = RunTag(*args); });
}

}  // namespace lede::cli
