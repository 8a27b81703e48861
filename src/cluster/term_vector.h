// Term vectors for comparing articles: the content words of a text (stop words,
// numbers and words under 3 bytes dropped), weighted by TF-IDF, as sparse
// vectors compared by cosine.
#ifndef LEDE_CLUSTER_TERM_VECTOR_H_
#define LEDE_CLUSTER_TERM_VECTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lede {

// A sparse vector: (key, weight) pairs sorted by key, keys unique.
template <typename Key>
using SparseVector = std::vector<std::pair<Key, double>>;

// How often each content word occurs in `text`. Words are maximal runs of
// letters and digits (bytes >= 0x80 count as letters), ASCII lower-cased.
std::unordered_map<std::string, uint32_t> ContentWordCounts(std::string_view text);

// Sorts by key, scales to unit length and keeps the `keep` heaviest entries
// (0 = all); the result is sorted by key.
template <typename Key>
SparseVector<Key> UnitVector(SparseVector<Key> v, size_t keep);

// Cosine of two sparse vectors (0 when either is empty).
template <typename Key>
double Cosine(const SparseVector<Key>& a, const SparseVector<Key>& b);

// TF-IDF weight of a word seen `count` times in a document, in `df` of `documents`
// documents: (1 + ln count) * (1 + ln((documents + 1) / (df + 1))).
double TfIdf(uint32_t count, uint64_t df, uint64_t documents);

}  // namespace lede

#endif  // LEDE_CLUSTER_TERM_VECTOR_H_
