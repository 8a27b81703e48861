#include "eval/predict.h"

#include <gtest/gtest.h>

#include "eval/testing.h"

namespace lede::eval {
namespace {

// The harness runs the real extractor: one thread and two give the same output
// (differential), every page is read, and the scores are those of an extractor
// that finds articles (far above empty output, which scores 0).
TEST(PredictSet, OneAndTwoThreadsAgreeAndScoreAboveEmptyOutput) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(testing::DataDir(), "fundus-eval", &set).ok());
  PredictRun one = PredictSet(set, {.threads = 1, .extract = {}});
  PredictRun two = PredictSet(set, {.threads = 2, .extract = {}});
  ASSERT_EQ(one.predictions.size(), set.pages.size());
  EXPECT_GT(one.bytes, 1'000'000u);
  EXPECT_EQ(one.bytes, two.bytes);
  for (size_t i = 0; i < set.pages.size(); ++i) {
    EXPECT_EQ(one.predictions[i].text, two.predictions[i].text) << set.pages[i].id;
    EXPECT_EQ(one.predictions[i].title, two.predictions[i].title) << set.pages[i].id;
  }
  SetScores scores = ScorePredictions(set, one.predictions);
  EXPECT_EQ(scores.body.pages, set.pages.size());
  EXPECT_GT(scores.body.value, 0.5);
  EXPECT_LT(scores.failed, set.pages.size() / 10);
}

TEST(PredictSet, UnreadablePageIsAFailedPrediction) {
  DevSet set{.name = "x", .dir = "/nonexistent", .body_metric = BodyMetric::kShingleF1,
             .pages = {GoldPage{.id = "a", .path = "/nonexistent/a.html", .url = ""}}};
  PredictRun run = PredictSet(set, {});
  ASSERT_EQ(run.predictions.size(), 1u);
  EXPECT_TRUE(run.predictions[0].failed);
  EXPECT_TRUE(run.predictions[0].text.empty());
}

}  // namespace
}  // namespace lede::eval
