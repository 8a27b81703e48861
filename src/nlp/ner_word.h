// Word forms the tagger's features are made of: lower case, shape, casing,
// and the 64-bit hashes used to index the feature table.
#ifndef LEDE_NLP_NER_WORD_H_
#define LEDE_NLP_NER_WORD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace lede::nlp {

// 64-bit hash of bytes (FNV-1a, then a final mix). Stable across runs and
// machines: model files store these hashes.
uint64_t HashBytes(std::string_view bytes, uint64_t seed = 0);
// Mixes two hashes into one (order matters).
uint64_t HashCombine(uint64_t a, uint64_t b);

// How a word is capitalised.
enum class Casing : uint8_t {
  kLower = 0,   // "said", "1996", "-"
  kTitle,       // "Rabat", "McDonald"
  kUpper,       // "BCIJ", "U.S."
  kOther,       // "eBay", "iPhone", or no letters
};

// A word's forms. Letters are classified with ICU, so "Émile" is kTitle and
// lowers to "émile".
struct WordForms {
  std::string lower;        // lower-cased (simple case mapping per code point)
  std::string shape;        // X, x, d per character, other characters kept, runs cut at 4: "Xxxxx"
  std::string short_shape;  // runs collapsed to one: "Xx", "X.X.", "d,d"
  Casing casing = Casing::kOther;
};

// Computes the forms of one token.
void AnalyzeWord(std::string_view word, WordForms* out);

// The hash of a word's lower case, as the gazetteer and document history key it.
uint64_t LowerHash(std::string_view word);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_WORD_H_
