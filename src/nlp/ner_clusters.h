// Word clusters for the tagger: each word maps to a bit-string path in a
// binary hierarchy (Brown clusters); prefixes of the path are features, so
// rare words share weights with frequent words of similar distribution.
#ifndef LEDE_NLP_NER_CLUSTERS_H_
#define LEDE_NLP_NER_CLUSTERS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"
#include "nlp/ner_hash_table.h"

namespace lede::nlp {

// Thread-compatible; lookups are safe concurrently once loaded.
class NerClusters {
 public:
  // Paths longer than this are cut.
  static constexpr int kMaxPathBits = 24;

  // Reads "PATH<TAB>WORD[<TAB>COUNT]" lines (the output format of Liang's
  // wcluster), PATH a string of 0 and 1. Gzip or plain. Returns kNotFound or
  // kCorruption naming path and line.
  Status AddFile(const std::string& path);
  void Add(std::string_view word, std::string_view bit_path);

  // The path of `word` packed as (length << 24) | bits, or 0 when unknown.
  uint32_t Find(std::string_view word) const;
  // The first `prefix_bits` bits of a packed path with its length, packed the same
  // way (the whole path when shorter); 0 stays 0.
  static uint32_t Prefix(uint32_t packed, int prefix_bits);

  size_t size() const { return table_.size(); }
  std::vector<NerHashTable::Entry> Entries() const { return table_.SortedEntries(); }
  static NerClusters FromEntries(std::span<const NerHashTable::Entry> entries);

 private:
  NerHashTable table_;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_CLUSTERS_H_
