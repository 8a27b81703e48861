// lede quotes: quotes by speaker and by words, newest first.
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"
#include "cli/store_output.h"
#include "store/query_json.h"

namespace lede::cli {
namespace {

struct QuotesArgs {
  std::string db;
  std::string format;
  QuoteRequest request;
};

int RunQuotes(const QuotesArgs& args) {
  auto reader = OpenReader("quotes", args.db);
  if (reader == nullptr) return kExitUsage;
  QuoteList list;
  Status s = reader->Quotes(args.request, &list);
  if (!s.ok()) return ReportQueryError("quotes", s);
  nlohmann::json rows = nlohmann::json::array();
  for (const QuoteRecord& q : list.quotes) {
    rows.push_back({{"id", q.id},
                    {"published", q.published},
                    {"speaker", q.speaker ? q.speaker->name : q.speaker_name},
                    {"text", q.text},
                    {"article_id", q.article_id},
                    {"article_title", q.article_title}});
  }
  PrintQueryResult(QuoteListToJson(list), rows, {"id", "published", "speaker", "text", "article_id", "article_title"},
                   args.format);
  return kExitOk;
}

}  // namespace

void AddQuotesCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<QuotesArgs>();
  auto* cmd = app->add_subcommand(
      "quotes",
      "Quotes, newest first: id, published, speaker, text, article. QUERY (FTS5 syntax)\n"
      "matches words in the quote; --speaker a part of the speaker's name.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("query", args->request.query, "words in the quote (FTS5 syntax)");
  cmd->add_option("--speaker", args->request.speaker_name, "speaker's name contains this (case-insensitive)");
  AddPageOptions(cmd, &args->request.page);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunQuotes(*args); });
}

}  // namespace lede::cli
