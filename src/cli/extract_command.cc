// lede extract: articles as JSON Lines.
#include "cli/batch.h"
#include "cli/command.h"
#include "extract/article_json.h"
#include "lede/extractor.h"

namespace lede::cli {
namespace {

struct ExtractArgs {
  BatchOptions batch;
  ExtractOptions extract;
};

}  // namespace

void AddExtractCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<ExtractArgs>();
  auto* cmd = app->add_subcommand(
      "extract",
      "Extract clean articles (title, authors, date, dateline, language, body) as JSON Lines.\n"
      "INPUT is a file, a directory (walked recursively) or - for stdin. Formats are found\n"
      "from content: HTML, gzip, WARC 0.18/1.0/1.1 (.warc.gz), WET, ARC, JSON Lines\n"
      "({\"html\"|\"text\", \"url\", \"title\", \"published\"}), plain text. A document that\n"
      "cannot be read gives {\"url\", \"error\": {\"code\", \"message\"}} and a line on stderr;\n"
      "the batch goes on. Exit status: 0 ok, 1 some documents failed, 2 usage error.");
  AddBatchOptions(cmd, &args->batch);
  AddExtractLimitOptions(cmd, &args->extract);
  cmd->callback([args, exit_status] {
    args->extract.max_document_bytes = args->batch.reader.max_document_bytes;
    *exit_status = RunBatch("extract", args->batch, [args](const Record& record, std::string* line) {
      Article article;
      const Status s = ExtractArticle(record, args->extract, &article);
      nlohmann::json out = ArticleToJson(article);
      if (s.ok()) {
        *line = ToJsonLine(out);
      } else if (s.code() == Status::Code::kEmpty) {  // no body: keep the metadata found
        out["error"] = ErrorToJson(record.uri, s)["error"];
        *line = ToJsonLine(out);
      }
      return s;
    });
  });
}

}  // namespace lede::cli
