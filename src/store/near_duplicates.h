// Near-duplicate links kept in the store: MinHash signatures in articles.minhash,
// LSH band keys in minhash_bands (docs/schema.md).
#ifndef LEDE_STORE_NEAR_DUPLICATES_H_
#define LEDE_STORE_NEAR_DUPLICATES_H_

#include <cstdint>

#include "cluster/minhash.h"
#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// Finds the first stored copy of a text and records new signatures. Uses the
// caller's connection and transaction. Not thread-safe.
class NearDuplicateIndex {
 public:
  // REQUIRES: db outlives this object and has the current schema.
  Status Prepare(sqlite::Database* db);

  // Sets *first to the id of the earliest article (its duplicate_of if it has
  // one, so links always point at the first copy) whose signature has at least
  // `min_similarity` with `sig`, or 0 if there is none.
  Status FindFirstCopy(const MinHashSignature& sig, double min_similarity, int64_t* first);

  // Records the band keys of article `id` (its signature is in the article row).
  // Only first copies need recording: a later copy of a copy still matches the first.
  Status Add(int64_t id, const MinHashSignature& sig);

 private:
  sqlite::Statement candidates_;  // article ids sharing a band key
  sqlite::Statement signature_;   // minhash and duplicate_of of an article
  sqlite::Statement insert_band_;
};

}  // namespace lede

#endif  // LEDE_STORE_NEAR_DUPLICATES_H_
