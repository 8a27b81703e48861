// Hash64: a fast, well-mixed 64-bit hash of bytes (not cryptographic).
#ifndef LEDE_CLUSTER_HASH64_H_
#define LEDE_CLUSTER_HASH64_H_

#include <cstdint>
#include <string_view>

namespace lede {

// Mixes the bits of x so that every input bit affects every output bit
// (the finaliser of SplitMix64).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Incremental FNV-1a over bytes, finished with Mix64. Feeding the same bytes in
// any split gives the same hash.
class Hasher64 {
 public:
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) state_ = (state_ ^ c) * 0x100000001b3ULL;
  }
  void Add(char c) { state_ = (state_ ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL; }
  uint64_t Finish() const { return Mix64(state_); }

 private:
  uint64_t state_ = 0xcbf29ce484222325ULL;
};

inline uint64_t Hash64(std::string_view bytes) {
  Hasher64 h;
  h.Add(bytes);
  return h.Finish();
}

}  // namespace lede

#endif  // LEDE_CLUSTER_HASH64_H_
