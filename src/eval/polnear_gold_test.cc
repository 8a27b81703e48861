#include "eval/polnear_gold.h"

#include <gtest/gtest.h>

#include "eval/testing.h"

namespace lede::eval {
namespace {

// Counts as ../shared/eval/quote_eval.py's load_gold and direct-quote test give them.
TEST(PolnearGold, KeepsWhatTheReferenceScorerKeeps) {
  std::vector<PolnearArticle> articles;
  ASSERT_TRUE(LoadPolnear(testing::DataDir() + "/polnear", SIZE_MAX, &articles).ok());
  size_t attributions = 0, direct = 0, direct_with_source = 0;
  for (const PolnearArticle& a : articles) {
    for (const GoldAttribution& g : a.attributions) {
      ++attributions;
      direct += g.direct;
      direct_with_source += g.direct && g.source.has_value();
    }
  }
  EXPECT_EQ(articles.size(), 605u);
  EXPECT_EQ(articles.front().name, "breitbart_2015-11-16_o-malley-campaign-to-shift-staff");
  EXPECT_EQ(attributions, 14347u);
  EXPECT_EQ(direct, 2904u);
  EXPECT_EQ(direct_with_source, 2880u);
  articles.clear();
  ASSERT_TRUE(LoadPolnear(testing::DataDir() + "/polnear", 10, &articles).ok());
  EXPECT_LE(articles.size(), 10u);
}

TEST(PolnearGold, ParsesRolesOffsetsInCodePointsAndDirectQuotes) {
  // "Clinton said “we’ll win,” and Trump said he would." in code points: “ is 1.
  const std::string text = "Clinton said \xE2\x80\x9Cwe\xE2\x80\x99ll win,\xE2\x80\x9D and Trump said he would.";
  const std::string ann =
      "T1\tSource 0 7\tClinton\n"
      "T2\tCue 8 12\tsaid\n"
      "T3\tContent 12 25\t “we’ll win,”\n"
      "T4\tAttribution 8 12\tsaid\n"
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
      "T5\tSource 30 35;36 36\tTrump\n"
      "T6\tContent 41 45;46 51\the would.\n"
      "E2\tAttribution:T4 Cue:T2 Source:T5 Content:T6\n"
      "T7\tContent 0 3\tCli\n"
      "E3\tAttribution-no-source:T4 Content:T7\n"
      "E4\tAttribution:T4 Source:T1\n";
  std::vector<GoldAttribution> gold;
  ASSERT_TRUE(ParseAttributions("x.ann", ann, text, &gold).ok());
  ASSERT_EQ(gold.size(), 3u);
  EXPECT_EQ(gold[0].content.start, 12u);
  EXPECT_EQ(gold[0].content.end, 25u);
  EXPECT_TRUE(gold[0].direct);
  ASSERT_TRUE(gold[0].source.has_value());
  EXPECT_EQ(gold[0].source->end, 7u);
  EXPECT_FALSE(gold[1].direct);
  EXPECT_EQ(gold[1].content.end, 45u);
  ASSERT_EQ(gold[1].content_fragments.size(), 2u);
  EXPECT_EQ(gold[1].content_fragments[1].start, 46u);
  EXPECT_EQ(gold[1].source->start, 30u);
  EXPECT_EQ(gold[1].source->end, 35u);
  ASSERT_EQ(gold[0].content_fragments.size(), 1u);
  EXPECT_FALSE(gold[2].source.has_value());
}

TEST(PolnearGold, NamesTheFileAndLineOfBadInput) {
  std::vector<GoldAttribution> gold;
  const Status s = ParseAttributions("x.ann", "T1\tContent 0 1\ta\nE1\tAttribution:T1 Content\n", "a", &gold);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("x.ann:2"), std::string::npos) << s.ToString();
  std::vector<PolnearArticle> articles;
  EXPECT_EQ(LoadPolnear("/nonexistent", 5, &articles).code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace lede::eval
