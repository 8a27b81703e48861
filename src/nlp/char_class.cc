#include "nlp/char_class.h"

#include <unicode/uchar.h>

#include "nlp/utf8.h"

namespace lede::nlp {
namespace {

CharInfo FormatInfo(char32_t cp) {
  // Zero-width space and the byte-order mark separate words; the other format
  // characters (soft hyphen, zero-width joiners, bidi marks) are invisible inside them.
  if (cp == 0x200B || cp == 0xFEFF) return {CharClass::kSpace};
  return {CharClass::kJoiner};
}

}  // namespace

CharInfo Classify(char32_t cp) {
  if (cp < 0x80) return ClassifyAscii(cp);
  if (cp == kInvalidCodePoint) return {CharClass::kSymbol};
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return {CharClass::kLetter, true, false};
    case U_LOWERCASE_LETTER:
      return {CharClass::kLetter, false, true};
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return {CharClass::kLetter};
    case U_DECIMAL_DIGIT_NUMBER:
      return {CharClass::kDigit};
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return {CharClass::kMark};
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
      return {CharClass::kSpace};
    case U_FORMAT_CHAR:
      return FormatInfo(cp);
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return {CharClass::kPunct};
    default:
      return {CharClass::kSymbol};
  }
}

bool IsQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB || cp == 0xBB ||
         cp == 0x2039 || cp == 0x203A;
}

bool IsOpeningQuote(char32_t cp) {
  return cp == 0x201C || cp == 0x201E || cp == 0x2018 || cp == 0x201A || cp == 0xAB || cp == 0x2039;
}

bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool IsWordHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

}  // namespace lede::nlp
