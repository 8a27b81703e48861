// lede search: full-text search over the store.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/store.h"

namespace lede::cli {
namespace {

struct SearchArgs {
  std::string db;
  std::string query;
  std::string format;
  SearchFilters filters;
};

int RunSearch(const SearchArgs& args) {
  auto store = OpenForReading("search", args.db);
  if (store == nullptr) return kExitUsage;
  std::vector<SearchHit> hits;
  Status s = store->Search(args.query, args.filters, &hits);
  if (!s.ok()) {
    std::fprintf(stderr, "lede search: %s\n", s.ToString().c_str());
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  nlohmann::json records = nlohmann::json::array();
  for (const SearchHit& h : hits) records.push_back(SearchHitToJson(h));
  PrintRecords(records, {"id", "title", "url", "published", "source", "snippet", "score"}, args.format);
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App* app, int* exit_status) {
  auto* args = new SearchArgs;  // lives as long as the process
  auto* cmd = app->add_subcommand(
      "search",
      "Full-text search over titles, texts and quotes, best first (bm25). QUERY is FTS5 syntax:\n"
      "words (stemmed, accents ignored), \"a phrase\", AND / OR / NOT, prefix*, title:word.\n"
      "Hits: id, title, url, published, source, snippet (matches in [brackets]), score.\n"
      "A malformed query is reported with exit status 2.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("query", args->query, "FTS5 query")->required();
  cmd->add_option("--from", args->filters.from, "published on or after (YYYY-MM-DD)");
  cmd->add_option("--to", args->filters.to, "published on or before (YYYY-MM-DD)");
  cmd->add_option("--lang", args->filters.lang, "language (ISO 639-1)");
  cmd->add_option("--source", args->filters.source, "host (reuters.com) or outlet name");
  cmd->add_option("--limit", args->filters.limit, "hits at most (0 = no limit)")->capture_default_str();
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunSearch(*args); });
}

}  // namespace lede::cli
