// Character classes the tokenizer needs, for any code point.
#ifndef LEDE_NLP_CHAR_CLASS_H_
#define LEDE_NLP_CHAR_CLASS_H_

#include <cstdint>

namespace lede::nlp {

enum class CharClass : uint8_t {
  kSpace,   // white space, controls, zero-width space, byte-order mark
  kLetter,  // letters and other numbers ("²", "½"); may be upper or lower case
  kDigit,   // decimal digits
  kMark,    // combining marks: part of the letter before them
  kJoiner,  // invisible format characters inside words (soft hyphen, ZWJ)
  kPunct,   // punctuation, quotes and dashes
  kSymbol,  // currency, maths, emoji, unassigned code points, invalid bytes
};

struct CharInfo {
  CharClass cls = CharClass::kSymbol;
  bool upper = false;
  bool lower = false;
};

// Classifies one ASCII code point. REQUIRES: cp < 0x80.
constexpr CharInfo ClassifyAscii(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return {CharClass::kLetter, false, true};
  if (cp >= 'A' && cp <= 'Z') return {CharClass::kLetter, true, false};
  if (cp >= '0' && cp <= '9') return {CharClass::kDigit};
  if (cp <= ' ' || cp == 0x7F) return {CharClass::kSpace};
  switch (cp) {
    case '$':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '`':
    case '|':
    case '~':
      return {CharClass::kSymbol};
    default:
      return {CharClass::kPunct};
  }
}

// Classifies one code point (kInvalidCodePoint gives kSymbol). Thread-safe.
CharInfo Classify(char32_t cp);

// Quotation marks: " ' “ ” „ ‟ ‘ ’ ‚ ‛ « » ‹ ›.
bool IsQuote(char32_t cp);
// Quotation marks that only ever open a quotation: “ „ ‘ ‚ « ‹.
bool IsOpeningQuote(char32_t cp);
// Hyphens and dashes: - ‐ ‑ ‒ – — ― − and their small and full-width forms.
bool IsDash(char32_t cp);
// Characters that join the two halves of a hyphenated word: - ‐ ‑.
bool IsWordHyphen(char32_t cp);
// Apostrophes that can sit inside a word: ' ’ ʼ.
bool IsApostrophe(char32_t cp);

}  // namespace lede::nlp

#endif  // LEDE_NLP_CHAR_CLASS_H_
