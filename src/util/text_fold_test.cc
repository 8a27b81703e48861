#include "util/text_fold.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

struct FoldCase {
  const char* input;
  const char* key;
};

TEST(FoldForMatchTest, FoldsAccentsCaseAndSeparators) {
  const FoldCase cases[] = {
      {"Salé", "sale"},
      {"Sale", "sale"},
      {"ZÜRICH", "zurich"},
      {"Saint-Denis", "saint denis"},
      {"St. Louis", "st louis"},
      {"Łódź", "lodz"},
      {"Đà Nẵng", "da nang"},
      {"Straße", "strasse"},
      {"Ærøskøbing", "aeroskobing"},
      {"  Rabat  ", "rabat"},
      {"São Paulo", "sao paulo"},
      {"", ""},
  };
  for (const FoldCase& c : cases) EXPECT_EQ(FoldForMatch(c.input), c.key) << c.input;
}

TEST(FoldForMatchTest, AsciiAndUnicodePathsAgree) {
  EXPECT_EQ(FoldForMatch("New York"), FoldForMatch("New\u00a0York"));
  EXPECT_EQ(FoldForMatch("CAMBRILS"), FoldForMatch("Cambrils"));
}

TEST(FoldForMatchTest, InvalidUtf8NeverCrashes) {
  EXPECT_EQ(FoldForMatch("Sal\xC3"), "sal");
  EXPECT_EQ(FoldForMatch("\xFF\xFE\xFD"), "");
}

}  // namespace
}  // namespace lede
