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

TEST(DecodeHtmlEntitiesTest, NumericAndNamed) {
  EXPECT_EQ(DecodeHtmlEntities("James O&#039;Neil"), "James O'Neil");
  EXPECT_EQ(DecodeHtmlEntities("Tom &amp; Jerry &#x2014; &quot;x&quot;"), "Tom & Jerry — \"x\"");
  EXPECT_EQ(DecodeHtmlEntities("AT&T; a & b &bogus; &#xZZ;"), "AT&T; a & b &bogus; &#xZZ;");
  EXPECT_EQ(DecodeHtmlEntities("&#0;"), "\xEF\xBF\xBD");
}

TEST(AsciiLowerTest, KeepsNonAscii) { EXPECT_EQ(AsciiLower("ÉTÉ Abc"), "ÉtÉ abc"); }

}  // namespace
}  // namespace lede
