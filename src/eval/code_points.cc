#include "eval/code_points.h"

#include <algorithm>

#include "nlp/utf8.h"

namespace lede::eval {

CodePointOffsets::CodePointOffsets(std::string_view text) : before_(text.size() + 1, 0) {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    const size_t length = nlp::DecodeUtf8(text, pos, &cp);
    std::fill(before_.begin() + pos + 1, before_.begin() + pos + length, count);
    if (cp != nlp::kInvalidCodePoint) ++count;
    pos += length;
    before_[pos] = count;
  }
}

size_t CodePointOffsets::ToCodePoints(size_t byte_offset) const {
  return before_[std::min(byte_offset, before_.size() - 1)];
}

std::string CodePointSlice(std::string_view text, size_t start, size_t end) {
  std::string out;
  size_t chars = 0;
  for (char c : text) {
    if ((uint8_t(c) & 0xC0) != 0x80) ++chars;  // not a continuation byte
    if (chars > start && chars <= end) out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

}  // namespace lede::eval
