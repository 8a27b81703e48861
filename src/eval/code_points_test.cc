#include "eval/code_points.h"

#include <gtest/gtest.h>

namespace lede::eval {
namespace {

TEST(CodePointOffsets, CountsCodePointsBeforeEachByteOffset) {
  const std::string text = "Sal\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D \xF0\x9F\x98\x80!";  // Salé “ok” 😀!
  const CodePointOffsets chars(text);
  const struct {
    size_t byte, chars;
  } cases[] = {{0, 0}, {3, 3}, {4, 3}, {5, 4}, {6, 5}, {9, 6}, {11, 8}, {14, 9},
               {15, 10}, {19, 11}, {20, 12}, {1000, 12}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.byte);
    EXPECT_EQ(chars.ToCodePoints(c.byte), c.chars);
  }
}

TEST(CodePointOffsets, DropsMalformedBytesLikePythonIgnore) {
  const CodePointOffsets chars("a\xFF" "b\xC3");
  EXPECT_EQ(chars.ToCodePoints(2), 1u);
  EXPECT_EQ(chars.ToCodePoints(3), 2u);
  EXPECT_EQ(chars.ToCodePoints(4), 2u);
}

}  // namespace
}  // namespace lede::eval
