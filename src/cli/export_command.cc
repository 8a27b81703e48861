// lede export: every stored article, as JSON Lines or CSV.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/store.h"

namespace lede::cli {
namespace {

// Articles read from the store per page; memory is bounded by one page.
constexpr size_t kExportPage = 256;

struct ExportArgs {
  std::string db;
  std::string format;
  int64_t after_id = 0;
};

int RunExport(const ExportArgs& args) {
  auto store = OpenForReading("export", args.db);
  if (store == nullptr) return kExitUsage;
  std::vector<StoredArticle> page;
  bool csv = args.format == "csv";
  for (int64_t after = args.after_id;; after = page.back().id) {
    page.clear();
    Status s = store->Scan(after, kExportPage, &page);
    if (!s.ok()) {
      std::fprintf(stderr, "lede export: %s\n", s.ToString().c_str());
      return kExitSomeFailed;
    }
    if (page.empty()) break;
    nlohmann::json records = nlohmann::json::array();
    for (const StoredArticle& a : page) {
      if (csv) records.push_back(StoredToJson(a));
      else PrintJson(StoredToJson(a));
    }
    if (csv) PrintCsv(records, StoredCsvColumns(), /*header=*/after == args.after_id);
  }
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App* app, int* exit_status) {
  auto* args = new ExportArgs;  // lives as long as the process
  auto* cmd = app->add_subcommand(
      "export",
      "Print every stored article in id order: JSON Lines (the output contract's fields plus id,\n"
      "source, duplicate_of, ingested_at) or CSV (id, url, title, published, lang, source,\n"
      "duplicate_of, text). Streams: memory does not grow with the store.");
  AddDbOption(cmd, &args->db);
  AddFormatOption(cmd, &args->format, {"jsonl", "csv"});
  cmd->add_option("--after-id", args->after_id, "start after this article id (to resume or page)");
  cmd->callback([args, exit_status] { *exit_status = RunExport(*args); });
}

}  // namespace lede::cli
