// lede check: the integrity of a store.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/store_output.h"
#include "store/check.h"

namespace lede::cli {
namespace {

struct CheckArgs {
  std::string db;
  std::string format;
};

int RunCheck(const CheckArgs& args) {
  StoreCheckReport report;
  Status s = CheckStore(args.db, &report);
  if (!s.ok()) {
    std::fprintf(stderr, "lede check: cannot check store %s: %s\n", args.db.c_str(), s.ToString().c_str());
    return kExitUsage;
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const StoreCheckItem& item : report.items) {
    rows.push_back({{"check", item.name}, {"ok", item.ok}, {"detail", item.detail}});
  }
  if (args.format == "json") {
    PrintJson({{"store", args.db}, {"ok", report.ok()}, {"checks", rows}});
  } else {
    PrintRecords(rows, {"check", "ok", "detail"}, args.format);
  }
  if (!report.ok()) std::fprintf(stderr, "lede check: store %s failed its integrity checks\n", args.db.c_str());
  return report.ok() ? kExitOk : kExitSomeFailed;
}

}  // namespace

void AddCheckCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<CheckArgs>();
  auto* cmd = app->add_subcommand(
      "check",
      "Checks the store's integrity without changing it: sqlite_integrity, schema_version,\n"
      "foreign_keys, fts5_integrity, orphan_rows, facet_rows. Exit 0 when all pass, 1 when\n"
      "one fails, 2 when there is no store.");
  AddDbOption(cmd, &args->db);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunCheck(*args); });
}

}  // namespace lede::cli
