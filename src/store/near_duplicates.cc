#include "store/near_duplicates.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lede {
namespace {

// Candidates examined per band key, earliest first. Only first copies are
// indexed, so a key shared by more articles than this is boilerplate-like text.
constexpr int kMaxCandidatesPerBand = 16;

}  // namespace

Status NearDuplicateIndex::Prepare(sqlite::Database* db) {
  Status s = db->Prepare("SELECT article_id FROM minhash_bands WHERE key = ?1 ORDER BY article_id LIMIT " +
                             std::to_string(kMaxCandidatesPerBand), &candidates_);
  if (s.ok()) s = db->Prepare("SELECT minhash, duplicate_of FROM articles WHERE id = ?1", &signature_);
  if (s.ok()) s = db->Prepare("INSERT OR IGNORE INTO minhash_bands(key, article_id) VALUES(?1, ?2)", &insert_band_);
  return s;
}

Status NearDuplicateIndex::FindFirstCopy(const MinHashSignature& sig, double min_similarity,
                                         int64_t* first) {
  *first = 0;
  std::vector<int64_t> ids;
  for (int64_t key : sig.BandKeys()) {
    candidates_.Reset();
    candidates_.Bind(1, key);
    bool row = false;
    Status s;
    while ((s = candidates_.Step(&row)).ok() && row) ids.push_back(candidates_.Int(0));
    if (!s.ok()) return s;
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (int64_t id : ids) {  // earliest first
    signature_.Reset();
    signature_.Bind(1, id);
    bool row = false;
    Status s = signature_.Step(&row);
    if (!s.ok()) return s;
    MinHashSignature other;
    bool valid = row && other.FromBytes(signature_.Blob(0));
    int64_t root = row && !signature_.IsNull(1) ? signature_.Int(1) : id;
    signature_.Reset();  // a statement left on a row pins a snapshot and blocks WAL checkpoints
    if (valid && sig.Similarity(other) >= min_similarity) {
      *first = root;
      return Status::OK();
    }
  }
  return Status::OK();
}

Status NearDuplicateIndex::Add(int64_t id, const MinHashSignature& sig) {
  for (int64_t key : sig.BandKeys()) {
    insert_band_.Reset();
    Status s = insert_band_.Bind(1, key).Bind(2, id).Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace lede
