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

}  // namespace lede::eval
