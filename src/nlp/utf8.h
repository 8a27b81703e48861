// Decoding UTF-8 one code point at a time, without trusting the input.
#ifndef LEDE_NLP_UTF8_H_
#define LEDE_NLP_UTF8_H_

#include <cstddef>
#include <string_view>

namespace lede::nlp {

// Returned by DecodeUtf8 for a byte that does not start a well-formed sequence.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at text[pos] into *cp and returns its length in
// bytes (1-4). Overlong forms, surrogates, values over U+10FFFF and truncated
// sequences give *cp = kInvalidCodePoint and length 1, so callers always advance.
// REQUIRES: pos < text.size().
inline size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  }
  size_t length;
  char32_t value;
  char32_t min;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, value = lead & 0x1F, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, value = lead & 0x0F, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, value = lead & 0x07, min = 0x10000;
  } else {
    *cp = kInvalidCodePoint;
    return 1;
  }
  if (pos + length > text.size()) {
    *cp = kInvalidCodePoint;
    return 1;
  }
  for (size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) {
      *cp = kInvalidCodePoint;
      return 1;
    }
    value = (value << 6) | (next & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *cp = kInvalidCodePoint;
    return 1;
  }
  *cp = value;
  return length;
}

}  // namespace lede::nlp

#endif  // LEDE_NLP_UTF8_H_
