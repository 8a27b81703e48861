#include "eval/quote_score.h"

#include <gtest/gtest.h>

namespace lede::eval {
namespace {

TEST(QuoteScore, FoundWhenHalfCoveredSpeakerRightWhenItOverlapsTheSource) {
  // Gold: a direct quote [20, 40) said by [0, 7), and an indirect content [60, 80).
  const GoldAttribution gold[] = {{{20, 40}, CharSpan{0, 7}, true},
                                  {{60, 80}, CharSpan{50, 55}, false}};
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

TEST(QuoteScore, RatiosOverTheirOwnTotals) {
  QuoteCounts total;
  total.Add({1, 10, 9, 8, 6, 5, 4});
  total.Add({1, 10, 7, 2, 2, 0, 0});
  EXPECT_DOUBLE_EQ(total.precision(), 0.8);
  EXPECT_DOUBLE_EQ(total.recall(), 0.8);
  EXPECT_DOUBLE_EQ(total.speaker_accuracy(), 0.8);
}

}  // namespace
}  // namespace lede::eval
