// Code-point offsets of UTF-8 text: the gold of the geoparsing and attribution sets
// counts characters (Python str offsets), lede's output counts bytes.
#ifndef LEDE_EVAL_CODE_POINTS_H_
#define LEDE_EVAL_CODE_POINTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::eval {

// Maps byte offsets of one text to code-point offsets. Immutable once built.
class CodePointOffsets {
 public:
  // `text` need not outlive the object. A malformed byte counts as no code point,
  // as Python's bytes.decode("utf-8", "ignore") drops it.
  explicit CodePointOffsets(std::string_view text);

  // The number of code points wholly inside text[0, byte_offset); offsets past the
  // end count the whole text.
  size_t ToCodePoints(size_t byte_offset) const;

 private:
  std::vector<size_t> before_;  // before_[b] = code points ending at or before byte b
};

// Code points [start, end) of UTF-8 `text` (clamped to it), line breaks as spaces:
// a gold span's text on one line of an error listing.
std::string CodePointSlice(std::string_view text, size_t start, size_t end);

}  // namespace lede::eval

#endif  // LEDE_EVAL_CODE_POINTS_H_
