// Merging stores built in parallel (one shard per worker) into one.
#ifndef LEDE_STORE_MERGE_H_
#define LEDE_STORE_MERGE_H_

#include <cstddef>
#include <string>

#include "lede/status.h"
#include "lede/store.h"

namespace lede {

// Adds every article of the store at `shard_path` (opened read-only) to `out`, in
// the shard's id order, `batch` articles per transaction, with the same identity
// rules as any ingest: articles already in `out` are skipped and near-duplicates
// are linked anew. Re-running after an interruption completes the merge.
// Analysis layers come along, their entities re-mapped to `out`'s canonical rows.
// *totals accumulates the AddResults. REQUIRES: out, totals non-null; batch > 0.
Status MergeStore(const std::string& shard_path, size_t batch, Store* out, AddResult* totals);

}  // namespace lede

#endif  // LEDE_STORE_MERGE_H_
