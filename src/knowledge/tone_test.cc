#include "knowledge/tone.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "knowledge/testing.h"
#include "util/data_dir.h"

namespace lede {
namespace {

using namespace testing_util;

Tone ToneOf(std::string text) {
  std::unique_ptr<Document> doc = MakeDocument(std::move(text));
  return ScoreTone(*doc, Shipped<ToneLexicon>("lexicons/tone"));
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
  EXPECT_GT(t.activity, 0);                        // said, arrested
}

TEST(ToneTest, SeedArticleIsNegativeOverallWithPositivePassages) {
  Tone t = ToneOf(SeedText());
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
