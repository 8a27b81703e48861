// Lower-casing words for lexicon lookups.
#ifndef LEDE_KNOWLEDGE_WORD_CASE_H_
#define LEDE_KNOWLEDGE_WORD_CASE_H_

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

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_WORD_CASE_H_
