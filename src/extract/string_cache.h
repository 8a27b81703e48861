// StringCache: remembers a value computed from a string (class and id
// values, which repeat within a page and across the pages of a site), so that
// each distinct string is worked out once. Bounded: it forgets everything when
// it holds kMaxEntries strings or kMaxKeyBytes bytes of them. Not thread-safe:
// keep one per thread.
//
// An open-addressing table over one buffer of key bytes: a look-up hashes the
// key eight bytes at a time and touches one or two 16-byte slots, with no
// allocation per entry (a std::unordered_map<std::string> spent more time in
// its hash, its node allocations and their cache misses than in the values).
#ifndef LEDE_EXTRACT_STRING_CACHE_H_
#define LEDE_EXTRACT_STRING_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

template <typename Value>
class StringCache {
 public:
  static constexpr size_t kMaxEntries = 1 << 13;
  static constexpr size_t kMaxKeyBytes = 1 << 20;

  StringCache() : slots_(kSlots) {}

  // The value for `key`: the remembered one, else compute(key), remembered
  // (unless the key alone is longer than kMaxKeyBytes).
  template <typename Compute>
  Value Get(std::string_view key, Compute compute) {
    const uint32_t hash = Hash(key);
    size_t i = hash & (kSlots - 1);
    for (; slots_[i].used; i = (i + 1) & (kSlots - 1)) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && slot.size == key.size() &&
          std::memcmp(keys_.data() + slot.offset, key.data(), key.size()) == 0) {
        return slot.value;
      }
    }
    const Value value = compute(key);
    if (key.size() > kMaxKeyBytes) return value;
    if (entries_ >= kMaxEntries || keys_.size() + key.size() > kMaxKeyBytes) {
      Clear();
      i = hash & (kSlots - 1);
    }
    slots_[i] = {hash, static_cast<uint32_t>(key.size()), static_cast<uint32_t>(keys_.size()), value,
                 true};
    keys_.append(key);
    ++entries_;
    return value;
  }

  // Strings remembered now.
  size_t size() const { return entries_; }

 private:
  static constexpr size_t kSlots = 2 * kMaxEntries;  // at most half full

  struct Slot {
    uint32_t hash;
    uint32_t size;    // of the key
    uint32_t offset;  // of the key in keys_
    Value value;
    bool used;
  };

  static uint32_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 29;
    }
    uint64_t tail = 0;
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

  void Clear() {
    slots_.assign(kSlots, Slot{});
    keys_.clear();
    entries_ = 0;
  }

  std::vector<Slot> slots_;
  std::string keys_;  // the keys, one after another
  size_t entries_ = 0;
};

}  // namespace lede

#endif  // LEDE_EXTRACT_STRING_CACHE_H_
