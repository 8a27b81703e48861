// lede merge: merge stores built in parallel.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/store.h"
#include "store/merge.h"

namespace lede::cli {
namespace {

struct MergeArgs {
  std::string db;
  std::vector<std::string> shards;
  size_t batch = 512;
};

int RunMerge(const MergeArgs& args) {
  std::unique_ptr<Store> out;
  Status s = Store::Open(args.db, StoreOptions(), &out);
  if (!s.ok()) {
    std::fprintf(stderr, "lede merge: cannot open store %s: %s\n", args.db.c_str(), s.ToString().c_str());
    return kExitUsage;
  }
  AddResult totals;
  int failed = 0;
  for (const std::string& shard : args.shards) {
    s = MergeStore(shard, args.batch, out.get(), &totals);
    if (!s.ok()) {
      ++failed;
      std::fprintf(stderr, "lede merge: %s: %s\n", shard.c_str(), s.ToString().c_str());
    }
  }
  std::fprintf(stderr, "lede merge: %zu shards (%d failed), %llu added (%llu near-duplicates), %llu already stored\n",
               args.shards.size(), failed, static_cast<unsigned long long>(totals.added),
               static_cast<unsigned long long>(totals.near_duplicates),
               static_cast<unsigned long long>(totals.existing));
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

void AddMergeCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<MergeArgs>();
  auto* cmd = app->add_subcommand(
      "merge",
      "Add the articles of SHARD stores (made by parallel `lede ingest` runs) to the store --db,\n"
      "in shard order, with ingest's identity rules: documents already there are skipped,\n"
      "near-duplicates are linked to the first copy. Re-running completes an interrupted merge.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("shards", args->shards, "stores to merge")->required()->check(CLI::ExistingFile);
  cmd->add_option("--batch", args->batch, "articles per transaction")->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->callback([args, exit_status] { *exit_status = RunMerge(*args); });
}

}  // namespace lede::cli
