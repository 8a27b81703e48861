// A compact open-addressing map from 64-bit hashes to 32-bit values: the
// lookup structure of the tagger's gazetteer and word clusters.
#ifndef LEDE_NLP_NER_HASH_TABLE_H_
#define LEDE_NLP_NER_HASH_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace lede::nlp {

// Thread-compatible: concurrent Find() calls are safe once filling is done.
class NerHashTable {
 public:
  using Entry = std::pair<uint64_t, uint32_t>;

  // Returns the value slot of `key`, inserting 0 if absent.
  uint32_t& operator[](uint64_t key);
  // Returns the value of `key`, or nullptr.
  const uint32_t* Find(uint64_t key) const;
  size_t size() const { return size_; }
  // Sizes the table for `n` entries so that inserting them never rehashes.
  void Reserve(size_t n);
  // All entries sorted by key (a stable order for model files).
  std::vector<Entry> SortedEntries() const;

 private:
  static uint64_t Slot(uint64_t key) { return key == 0 ? 1 : key; }  // 0 marks an empty cell
  void Grow();
  void Rehash(size_t cells);

  std::vector<Entry> cells_;
  size_t size_ = 0;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_HASH_TABLE_H_
