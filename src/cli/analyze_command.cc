// lede analyze: articles with every annotation layer, as JSON Lines.
#include <cstdio>

#include "cli/batch.h"
#include "cli/command.h"
#include "extract/article_json.h"
#include "knowledge/analysis_json.h"
#include "knowledge/analyzer.h"
#include "lede/extractor.h"

namespace lede::cli {
namespace {

struct AnalyzeArgs {
  BatchOptions batch;
  ExtractOptions extract;
  AnalyzerOptions analyzer;
  bool as_is = false;
};

// The article of a record: extracted, or with --as-is the payload verbatim.
Status ArticleOf(const AnalyzeArgs& args, const Record& record, Article* article) {
  if (!args.as_is) return ExtractArticle(record, args.extract, article);
  article->url = record.uri;
  article->text = record.body;
  return Status::OK();
}

int RunAnalyze(const AnalyzeArgs& args) {
  std::unique_ptr<Analyzer> analyzer;
  Status s = Analyzer::Load(args.analyzer, &analyzer);
  if (!s.ok()) {
    std::fprintf(stderr, "lede analyze: cannot load the analysis resources: %s\n",
                 s.ToString().c_str());
    return kExitSomeFailed;
  }
  return RunBatch("analyze", args.batch, [&](const Record& record, std::string* line) {
    Article article;
    Status status = ArticleOf(args, record, &article);
    AnalyzedArticle analysis;
    if (status.ok()) status = analyzer->Analyze(std::move(article), &analysis);
    if (status.ok()) *line = ToJsonLine(AnalysisToJson(analysis, analyzer->gazetteer()));
    return status;
  });
}

}  // namespace

void AddAnalyzeCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<AnalyzeArgs>();
  auto* cmd = app->add_subcommand(
      "analyze",
      "Extract articles and add every annotation layer, as JSON Lines: entities (people,\n"
      "organisations, places, with their mentions and roles), locations (geocoded: country,\n"
      "admin1, lat, lon, GeoNames id), quotes (text, speaker, cue), counts, events (type,\n"
      "actor, target, place, date, trigger), themes and tone.\n"
      "Offsets are UTF-8 byte offsets into \"text\". With --as-is each input is taken verbatim\n"
      "as the article text (no extraction), so offsets index the file's own bytes.\n"
      "Inputs and exit status as for `lede extract`.");
  AddBatchOptions(cmd, &args->batch);
  cmd->add_flag("--as-is", args->as_is, "take each input verbatim as the article text");
  cmd->add_option("--ner-model", args->analyzer.ner_model,
                  "tagger model file (default: $LEDE_NER_MODEL or the shipped model)");
  cmd->add_option("--data-dir", args->analyzer.data_dir,
                  "folder with gazetteer/ and lexicons/ (default: $LEDE_DATA_DIR or the shipped data)");
  AddExtractLimitOptions(cmd, &args->extract);
  cmd->callback([args, exit_status] {
    args->extract.max_document_bytes = args->batch.reader.max_document_bytes;
    *exit_status = RunAnalyze(*args);
  });
}

}  // namespace lede::cli
