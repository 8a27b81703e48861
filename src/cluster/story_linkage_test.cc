#include "cluster/story_linkage.h"

#include <gtest/gtest.h>

#include "cluster/term_vector.h"

namespace lede {
namespace {

TEST(ContentWordCountsTest, DropsStopWordsShortWordsAndNumbers) {
  auto counts = ContentWordCounts("The hurricane hit the Bahamas; the HURRICANE said 2019 on it.");
  EXPECT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts["hurricane"], 2u);
  EXPECT_EQ(counts["hit"], 1u);
  EXPECT_EQ(counts["bahamas"], 1u);
}

TEST(UnitVectorTest, KeepsTheHeaviestAndScalesToLengthOne) {
  SparseVector<std::string> v = UnitVector<std::string>({{"b", 3}, {"a", 4}, {"c", 0.5}}, 2);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, "a");
  EXPECT_DOUBLE_EQ(v[0].second, 0.8);
  EXPECT_DOUBLE_EQ(v[1].second, 0.6);
}

TEST(ArticleSimilarityTest, MixesWordAndEntityCosines) {
  ArticleVector a{{{"dorian", 0.6}, {"hurricane", 0.8}}, {{7, 1}}};
  ArticleVector b{{{"hurricane", 1}}, {{7, 1}}};
  ArticleVector c{{{"election", 1}}, {{9, 1}}};
  EXPECT_NEAR(ArticleSimilarity(a, b, 0.4), 0.6 * 0.8 + 0.4, 1e-9);
  EXPECT_DOUBLE_EQ(ArticleSimilarity(a, c, 0.4), 0);
  ArticleVector words_only{{{"hurricane", 1}}, {}};
  EXPECT_NEAR(ArticleSimilarity(a, words_only, 0.4), 0.8, 1e-9);
  EXPECT_NEAR(AverageLinkage(a, {b, c}, 0.4), (0.88 + 0) / 2, 1e-9);
  EXPECT_EQ(AverageLinkage(a, {}, 0.4), 0);
}

TEST(TfIdfTest, RareWordsWeighMore) {
  EXPECT_GT(TfIdf(1, 1, 1000), TfIdf(1, 500, 1000));
  EXPECT_GT(TfIdf(3, 10, 1000), TfIdf(1, 10, 1000));
  EXPECT_EQ(TfIdf(0, 10, 1000), 0);
}

}  // namespace
}  // namespace lede
