#include "knowledge/themes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "knowledge/testing.h"

namespace lede {
namespace {

using namespace testing_util;

struct Scored {
  std::unique_ptr<Document> doc;
  std::vector<ThemeScore> themes;
  const ThemeScore* Find(std::string_view theme) const {
    for (const ThemeScore& t : themes) {
      if (t.theme == theme) return &t;
    }
    return nullptr;
  }
};

Scored ThemesOf(std::string text) {
  Scored s;
  s.doc = MakeDocument(std::move(text));
  s.themes = ScoreThemes(*s.doc, Shipped<ThemeLexicon>("lexicons/themes.tsv"));
  return s;
}

TEST(ThemesTest, TaxonomyHasAtLeastFortyThemes) {
  EXPECT_GE(Shipped<ThemeLexicon>("lexicons/themes.tsv").theme_count(), 40u);
}

TEST(ThemesTest, MatchesWordsPrefixesAndPhrasesWithEvidence) {
  Scored s = ThemesOf("Foreign fighters returned. Terrorists were arrested in the raid.");
  const ThemeScore* fighters = s.Find("FOREIGN_FIGHTERS");
  ASSERT_NE(fighters, nullptr);
  ASSERT_EQ(fighters->evidence.size(), 1u);
  EXPECT_EQ(s.doc->text(fighters->evidence[0]), "Foreign fighters");
  const ThemeScore* terrorism = s.Find("TERRORISM");
  ASSERT_NE(terrorism, nullptr);
  ASSERT_EQ(terrorism->evidence.size(), 1u);  // "terror*" and "terrorist*" count the word once
  EXPECT_EQ(s.doc->text(terrorism->evidence[0]), "Terrorists");
  ASSERT_NE(s.Find("ARREST"), nullptr);
  EXPECT_EQ(s.Find("SPORTS"), nullptr);
}

TEST(ThemesTest, ScoresAreWordsPerThousandHighestFirst) {
  Scored s = ThemesOf("Refugees and refugees fled the earthquake.");
  ASSERT_GE(s.themes.size(), 2u);
  EXPECT_EQ(s.themes[0].theme, "REFUGEES");
  EXPECT_DOUBLE_EQ(s.themes[0].score, 1000.0 * 2 / 6);
}

TEST(ThemesTest, SeedArticleHasTheAnalystsThemes) {
  Scored s = ThemesOf(SeedText());
  const auto expected = SeedExpected()["themes"];
  for (const auto& theme : expected) {
    EXPECT_NE(s.Find(theme.get<std::string>()), nullptr) << theme;
  }
}

TEST(ThemesTest, MalformedLexiconNamesTheLine) {
  const std::string path = testing::TempDir() + "/themes_bad.tsv";
  std::ofstream(path) << "# comment\nTERRORISM\tterror*\nno tab here\n";
  std::unique_ptr<ThemeLexicon> lex;
  Status s = ThemeLexicon::Load(path, &lex);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("line 3"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace lede
