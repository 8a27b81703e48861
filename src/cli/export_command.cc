// lede export: every stored article, as JSON Lines, CSV or GDELT GKG 2.1.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/store_output.h"
#include "knowledge/gazetteer.h"
#include "lede/store.h"
#include "store/gkg.h"

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
  std::unique_ptr<Gazetteer> gazetteer;  // spells out GKG place names; without it, names alone
  if (args.format == "gkg" && !Gazetteer::Load(Gazetteer::DefaultDir(), &gazetteer).ok()) gazetteer.reset();
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
      if (args.format == "gkg") std::printf("%s\n", GkgRow(a, gazetteer.get()).c_str());
      else if (csv) records.push_back(StoredToJson(a));
      else PrintJson(StoredToJson(a));
    }
    if (csv) PrintCsv(records, StoredCsvColumns(), /*header=*/after == args.after_id);
  }
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<ExportArgs>();
  auto* cmd = app->add_subcommand(
      "export",
      "Print every stored article in id order: JSON Lines (the output contract's fields plus id,\n"
      "source, duplicate_of, ingested_at) or CSV (id, url, title, published, lang, source,\n"
      "duplicate_of, text) or GDELT GKG 2.1 (27 TAB-separated columns, docs/gkg.md). Streams:\n"
      "memory does not grow with the store.");
  AddDbOption(cmd, &args->db);
  AddFormatOption(cmd, &args->format, {"jsonl", "csv", "gkg"});
  cmd->add_option("--after-id", args->after_id, "start after this article id (to resume or page)");
  cmd->callback([args, exit_status] { *exit_status = RunExport(*args); });
}

}  // namespace lede::cli
