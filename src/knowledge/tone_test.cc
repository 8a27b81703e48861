#include "knowledge/tone.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "util/data_dir.h"

namespace lede {
namespace {

const ToneLexicon& Shipped() {
  static const ToneLexicon* lexicon = [] {
    std::unique_ptr<ToneLexicon> lex;
    Status s = ToneLexicon::Load(std::string(LEDE_SOURCE_DIR) + "/data/lexicons/tone", &lex);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return lex.release();
  }();
  return *lexicon;
}

Tone ToneOf(std::string text) {
  Article article;
  article.text = std::move(text);
  std::unique_ptr<Document> doc;
  EXPECT_TRUE(Document::Create(std::move(article), {}, &doc).ok());
  return ScoreTone(*doc, Shipped());
}

TEST(ToneTest, CountsPositiveAndNegativeWords) {
  Tone t = ToneOf("The attack killed ten people and wounded many more.");
  EXPECT_EQ(t.word_count, 9u);
  EXPECT_GT(t.negative, 0);
  EXPECT_EQ(t.positive, 0);
  EXPECT_LT(t.score, 0);
  EXPECT_DOUBLE_EQ(t.polarity, t.positive + t.negative);
}

TEST(ToneTest, NegationFlipsValence) {
  EXPECT_GT(ToneOf("The plan is good.").score, 0);
  EXPECT_LT(ToneOf("The plan is not good.").score, 0);
  EXPECT_LT(ToneOf("The plan isn't good.").score, 0);
}

TEST(ToneTest, ActivityAndSelfGroupDensities) {
  Tone t = ToneOf("We said our police arrested them.");
  EXPECT_NEAR(t.self_group, 100.0 * 2 / 6, 1e-9);  // we, our
  EXPECT_GT(t.activity, 0);                          // said, arrested
}

TEST(ToneTest, SeedArticleIsNegativeOverallWithPositivePassages) {
  std::ifstream in(std::string(LEDE_SHARED_DIR) + "/examples/seed-article.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  Tone t = ToneOf(ss.str());
  EXPECT_LT(t.score, 0);
  EXPECT_GT(t.positive, 0);
  EXPECT_GT(t.word_count, 500u);
}

TEST(ToneTest, EmptyTextHasNoTone) {
  Tone t = ToneOf("");
  EXPECT_EQ(t.word_count, 0u);
  EXPECT_EQ(t.score, 0);
}

TEST(ToneTest, MissingLexiconIsNotFound) {
  std::unique_ptr<ToneLexicon> lex;
  Status s = ToneLexicon::Load("/nonexistent", &lex);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/valence.tsv"), std::string::npos);
}

}  // namespace
}  // namespace lede
