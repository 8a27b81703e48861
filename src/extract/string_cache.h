// StringCache: remembers a value computed from a string (class and id
// values, which repeat within a page and across the pages of a site), so that
// each distinct string is worked out once. Bounded: it forgets everything when
// it holds kMaxEntries strings. Not thread-safe: keep one per thread.
#ifndef LEDE_EXTRACT_STRING_CACHE_H_
#define LEDE_EXTRACT_STRING_CACHE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lede {

template <typename Value>
class StringCache {
 public:
  // The value for `key`: the remembered one, else compute(key), remembered.
  template <typename Compute>
  Value Get(std::string_view key, Compute compute) {
    if (auto it = values_.find(key); it != values_.end()) return it->second;
    if (values_.size() >= kMaxEntries) values_.clear();
    const Value value = compute(key);
    values_.emplace(key, value);
    return value;
  }

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Value, Hash, std::equal_to<>> values_;
};

}  // namespace lede

#endif  // LEDE_EXTRACT_STRING_CACHE_H_
