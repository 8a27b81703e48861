// lede stats: corpus counts.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/store.h"

namespace lede::cli {
namespace {

struct StatsArgs {
  std::string db;
  std::string format;
};

int RunStats(const StatsArgs& args) {
  auto store = OpenForReading("stats", args.db);
  if (store == nullptr) return kExitUsage;
  StoreStats stats;
  Status s = store->Stats(&stats);
  if (!s.ok()) {
    std::fprintf(stderr, "lede stats: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  const nlohmann::json counts = StoreStatsToJson(stats);
  if (args.format == "json") {
    PrintJson(counts);
    return kExitOk;
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& [name, value] : counts.items()) rows.push_back({{"count", name}, {"value", value}});
  PrintRecords(rows, {"count", "value"}, args.format);
  return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<StatsArgs>();
  auto* cmd = app->add_subcommand(
      "stats",
      "Counts of the store: articles, near_duplicates, sources, analyzed (articles stored with\n"
      "their analysis), entities, mentions, quotes, counts, events, stories, schema_version.");
  AddDbOption(cmd, &args->db);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunStats(*args); });
}

}  // namespace lede::cli
