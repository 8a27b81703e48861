// Feature extraction of the tagger: every token of a sentence becomes a list
// of rows of a hashed feature table (one row per feature, one weight per label
// in a row). Local features: word, lower case, shape, affixes, a +-2 window,
// bigrams; gazetteer matches; word-cluster path prefixes; document context.
#ifndef LEDE_NLP_NER_FEATURES_H_
#define LEDE_NLP_NER_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "nlp/ner_clusters.h"
#include "nlp/ner_document_context.h"
#include "nlp/ner_gazetteer.h"

namespace lede::nlp {

// The features of one sentence.
struct SentenceFeatures {
  // Rows of token i: rows[offsets[i] .. offsets[i + 1]).
  std::vector<uint32_t> rows;
  std::vector<uint32_t> offsets;
  // LowerHash of each token (the document history key).
  std::vector<uint64_t> lower_hashes;

  size_t size() const { return lower_hashes.size(); }
  std::span<const uint32_t> TokenRows(size_t i) const {
    return {rows.data() + offsets[i], rows.data() + offsets[i + 1]};
  }
};

// Thread-compatible: Extract() is const and keeps no state; the resources it
// is given must outlive it.
class NerFeaturizer {
 public:
  // REQUIRES: 8 <= hash_bits <= 30.
  NerFeaturizer(const NerGazetteer& gazetteer, const NerClusters& clusters, int hash_bits);

  uint32_t num_rows() const { return 1u << hash_bits_; }

  void Extract(std::span<const std::string_view> tokens, const NerDocumentContext& context,
               SentenceFeatures* out) const;

 private:
  const NerGazetteer& gazetteer_;
  const NerClusters& clusters_;
  int hash_bits_;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_FEATURES_H_
