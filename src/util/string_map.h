// A hash map keyed by std::string that is looked up by std::string_view without
// building a string per lookup (C++20 heterogeneous lookup).
#ifndef LEDE_UTIL_STRING_MAP_H_
#define LEDE_UTIL_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lede {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>>;

}  // namespace lede

#endif  // LEDE_UTIL_STRING_MAP_H_
