// The trained tagger as stored on disk: linear weights over hashed features,
// label transitions, and the gazetteer and word clusters its features read.
//
// File format (little-endian): 32-byte header
//   "LEDENER\x1a" | u32 version | u32 CRC-32 of the payload | u64 body size | u64 payload size
// then the payload, the zlib-deflated body:
//   description (u32 length + bytes) | u32 hash_bits | u32 labels | f32 scale |
//   f32 transitions[(labels + 1) * labels] | i16 emission[(1 << hash_bits) * labels] (times scale) |
//   gazetteer: u32 categories, each u32 length + bytes; u64 entries, each u64 key + u32 mask |
//   clusters: u64 entries, each u64 key + u32 path
#ifndef LEDE_NLP_NER_MODEL_H_
#define LEDE_NLP_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lede/status.h"
#include "nlp/ner_clusters.h"
#include "nlp/ner_gazetteer.h"
#include "nlp/ner_labels.h"

namespace lede::nlp {

// The score of label l at a token is the sum of emission[row * kNumLabels + l]
// over the token's feature rows, plus transition[prev * kNumLabels + l], where
// prev is the previous token's label or kStartRow at a sentence start.
struct NerWeights {
  static constexpr int kStartRow = kNumLabels;

  NerWeights() = default;  // no table: hash_bits 0, empty vectors
  explicit NerWeights(int hash_bits);  // a zero table of 1 << hash_bits rows
  int hash_bits = 0;
  std::vector<float> emission;    // (1 << hash_bits) * kNumLabels
  std::vector<float> transition;  // (kNumLabels + 1) * kNumLabels
};

struct NerModel {
  NerWeights weights;
  NerGazetteer gazetteer;
  NerClusters clusters;
  std::string description;  // how it was trained: corpora, epochs, seed, scores
};

inline constexpr uint32_t kNerModelVersion = 1;

// Writes the model; emission weights are quantised to 16 bits. Returns
// kIOError naming the path on failure.
Status SaveNerModel(const NerModel& model, const std::string& path);

// Reads a model written by SaveNerModel. Returns kNotFound (no file),
// kCorruption (not a model file, truncated, checksum mismatch, bad body) or
// kNotSupported (another format version), each naming the path.
Status LoadNerModel(const std::string& path, NerModel* model);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_MODEL_H_
