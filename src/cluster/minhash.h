// MinHash: a signature of a text's set of word shingles whose agreement
// estimates the Jaccard similarity of two texts (Broder 1997), with banding for
// finding candidate near-duplicates by exact lookups (locality-sensitive hashing).
// Syndicated and re-published copies (an agency prefix, a credit line, a cut
// paragraph) keep most shingles; distinct articles share almost none.
#ifndef LEDE_CLUSTER_MINHASH_H_
#define LEDE_CLUSTER_MINHASH_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede {

inline constexpr int kMinHashSize = 32;      // minima per signature
inline constexpr int kMinHashBands = 8;      // LSH bands ...
inline constexpr int kMinHashBandRows = 4;   // ... of this many minima each
static_assert(kMinHashBands * kMinHashBandRows == kMinHashSize);
// Shingles are this many consecutive words (one shingle of all words if fewer).
inline constexpr int kMinHashShingle = 3;

struct MinHashSignature {
  std::array<uint32_t, kMinHashSize> minima{};
  uint32_t words = 0;  // words in the text; 0 means the signature is meaningless

  // The estimated Jaccard similarity of the two shingle sets, in [0, 1].
  double Similarity(const MinHashSignature& other) const;
  // One key per band (band number mixed in, so bands never collide); two texts
  // with Jaccard similarity s share at least one key with probability
  // 1 - (1 - s^4)^8: 0.98 at s = 0.8, 0.40 at s = 0.5, 0.0008 at s = 0.1.
  std::array<int64_t, kMinHashBands> BandKeys() const;

  // The signature as 4 * kMinHashSize little-endian bytes, and back.
  // FromBytes returns false if `bytes` has the wrong size.
  std::string ToBytes() const;
  bool FromBytes(std::string_view bytes);
};

// Words are maximal runs of letters and digits (every byte >= 0x80 counts as a
// letter, so UTF-8 words stay whole), compared case-insensitively for ASCII;
// punctuation and whitespace are ignored.
MinHashSignature MinHash(std::string_view text);

}  // namespace lede

#endif  // LEDE_CLUSTER_MINHASH_H_
