#include "extract/meta_text.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(CollapseWhitespaceTest, AsciiAndUnicodeSpaces) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b  "), "a b");
  EXPECT_EQ(CollapseWhitespace("a\xC2\xA0\xC2\xA0" "b\xE2\x80\xAF" "c"), "a b c");
  EXPECT_EQ(CollapseWhitespace("Salé – Rabat"), "Salé – Rabat");  // en dash is not a space
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(AsciiLowerTest, KeepsNonAscii) { EXPECT_EQ(AsciiLower("ÉTÉ Abc"), "ÉtÉ abc"); }

}  // namespace
}  // namespace lede
