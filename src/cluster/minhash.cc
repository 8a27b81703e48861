#include "cluster/minhash.h"

#include <algorithm>
#include <deque>

#include "cluster/hash64.h"

namespace lede {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

unsigned char FoldAscii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

// Calls fn(word_hash) for every word of text, in order.
template <typename Fn>
void ForEachWordHash(std::string_view text, Fn&& fn) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    if (i == text.size()) break;
    Hasher64 h;
    while (i < text.size() && IsWordByte(text[i])) h.Add(static_cast<char>(FoldAscii(text[i++])));
    fn(h.Finish());
  }
}

uint64_t ShingleHash(const std::deque<uint64_t>& words) {
  uint64_t h = 0;
  for (uint64_t w : words) h = Mix64(h * 31 + w);
  return h;
}

// The i-th hash function of the family, applied to a shingle hash.
uint32_t Permute(uint64_t shingle, int i) {
  return static_cast<uint32_t>(Mix64(shingle ^ (0x9e3779b97f4a7c15ULL * (i + 1))) >> 32);
}

void Include(uint64_t shingle, MinHashSignature* sig) {
  for (int i = 0; i < kMinHashSize; ++i) sig->minima[i] = std::min(sig->minima[i], Permute(shingle, i));
}

}  // namespace

MinHashSignature MinHash(std::string_view text) {
  MinHashSignature sig;
  sig.minima.fill(UINT32_MAX);
  std::deque<uint64_t> window;
  ForEachWordHash(text, [&](uint64_t word) {
    ++sig.words;
    window.push_back(word);
    if (window.size() > static_cast<size_t>(kMinHashShingle)) window.pop_front();
    if (window.size() == static_cast<size_t>(kMinHashShingle)) Include(ShingleHash(window), &sig);
  });
  if (sig.words > 0 && window.size() < static_cast<size_t>(kMinHashShingle)) {
    Include(ShingleHash(window), &sig);
  }
  return sig;
}

double MinHashSignature::Similarity(const MinHashSignature& other) const {
  int equal = 0;
  for (int i = 0; i < kMinHashSize; ++i) equal += minima[i] == other.minima[i];
  return static_cast<double>(equal) / kMinHashSize;
}

std::array<int64_t, kMinHashBands> MinHashSignature::BandKeys() const {
  std::array<int64_t, kMinHashBands> keys{};
  for (int band = 0; band < kMinHashBands; ++band) {
    uint64_t h = Mix64(band + 1);
    for (int row = 0; row < kMinHashBandRows; ++row) h = Mix64(h ^ minima[band * kMinHashBandRows + row]);
    keys[band] = static_cast<int64_t>(h);
  }
  return keys;
}

std::string MinHashSignature::ToBytes() const {
  std::string out;
  out.reserve(4 * kMinHashSize);
  for (uint32_t m : minima) {
    for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((m >> (8 * b)) & 0xff));
  }
  return out;
}

bool MinHashSignature::FromBytes(std::string_view bytes) {
  if (bytes.size() != 4 * kMinHashSize) return false;
  for (int i = 0; i < kMinHashSize; ++i) {
    uint32_t m = 0;
    for (int b = 0; b < 4; ++b) m |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[4 * i + b])) << (8 * b);
    minima[i] = m;
  }
  return true;
}

}  // namespace lede
