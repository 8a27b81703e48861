// Lower-casing words for lexicon lookups.
#ifndef LEDE_KNOWLEDGE_WORD_CASE_H_
#define LEDE_KNOWLEDGE_WORD_CASE_H_

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace lede {

// Lower-cases ASCII letters of `word` into *out (other bytes unchanged: the
// lexicons are English) and returns it.
inline const std::string& AsciiLower(std::string_view word, std::string* out) {
  out->assign(word);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return *out;
}

// Whether `word` is one of `list` (a lexicon written in the code).
template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_WORD_CASE_H_
