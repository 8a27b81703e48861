#include "eval/quote_score.h"

#include <gtest/gtest.h>

namespace lede::eval {
namespace {

TEST(QuoteScore, FoundWhenHalfCoveredSpeakerRightWhenItOverlapsTheSource) {
  // Gold: a direct quote [20, 40) said by [0, 7), and an indirect content [60, 80).
  const GoldAttribution gold[] = {
      {.content = {20, 40}, .content_fragments = {{20, 40}}, .source = CharSpan{0, 7}, .direct = true},
      {.content = {60, 80}, .content_fragments = {{60, 80}}, .source = CharSpan{50, 55}}};
  const struct {
    const char* name;
    std::vector<PredictedQuote> predicted;
    size_t predicted_correct, found, speaker_right;
  } cases[] = {
      {"none", {}, 0, 0, 0},
      {"exact with speaker", {{{20, 40}, CharSpan{0, 7}}}, 1, 1, 1},
      {"half covered", {{{30, 45}, CharSpan{3, 4}}}, 1, 1, 1},
      {"under half", {{{31, 45}, CharSpan{0, 7}}}, 1, 0, 0},
      {"no speaker", {{{20, 40}, std::nullopt}}, 1, 1, 0},
      {"wrong speaker", {{{20, 40}, CharSpan{7, 12}}}, 1, 1, 0},
      {"the indirect content makes a prediction correct, not found", {{{65, 70}, std::nullopt}}, 1, 0, 0},
      {"outside every content", {{{85, 90}, std::nullopt}}, 0, 0, 0},
      {"the first covering prediction is the match",
       {{{20, 40}, std::nullopt}, {{20, 40}, CharSpan{0, 7}}}, 2, 1, 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const QuoteCounts counts = ScoreQuoteArticle(gold, c.predicted);
    EXPECT_EQ(counts.gold_direct, 1u);
    EXPECT_EQ(counts.predicted, c.predicted.size());
    EXPECT_EQ(counts.predicted_correct, c.predicted_correct);
    EXPECT_EQ(counts.found, c.found);
    EXPECT_EQ(counts.with_source, c.found);
    EXPECT_EQ(counts.speaker_right, c.speaker_right);
  }
}

// PolNeAR links "“A,” X said. “B.”" as one Content of two fragments; the reference
// reads the first only, so the continuation counts as correct over all fragments.
TEST(QuoteScore, AContinuationIsInsideTheSecondFragment) {
  const GoldAttribution gold[] = {{.content = {0, 10},
                                   .content_fragments = {{0, 10}, {20, 40}},
                                   .source = CharSpan{12, 17},
                                   .direct = true}};
  const PredictedQuote predicted[] = {{{1, 9}, CharSpan{12, 17}}, {{21, 39}, std::nullopt}};
  const QuoteCounts counts = ScoreQuoteArticle(gold, predicted);
  EXPECT_EQ(counts.predicted_correct, 1u);
  EXPECT_EQ(counts.predicted_in_content, 2u);
  EXPECT_EQ(counts.speaker_right, 1u);
}

TEST(QuoteScore, RatiosOverTheirOwnTotals) {
  QuoteCounts total;
  total.Add({.articles = 1, .predicted = 10, .predicted_correct = 9, .predicted_in_content = 10,
             .gold_direct = 8, .found = 6, .with_source = 5, .speaker_right = 4});
  total.Add({.articles = 1, .predicted = 10, .predicted_correct = 7, .predicted_in_content = 8,
             .gold_direct = 2, .found = 2, .with_source = 0, .speaker_right = 0});
  EXPECT_DOUBLE_EQ(total.precision(), 0.8);
  EXPECT_DOUBLE_EQ(total.precision_all_fragments(), 0.9);
  EXPECT_DOUBLE_EQ(total.recall(), 0.8);
  EXPECT_DOUBLE_EQ(total.speaker_accuracy(), 0.8);
}

}  // namespace
}  // namespace lede::eval
