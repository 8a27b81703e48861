#include "eval/rouge_lsum.h"

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "eval/testing.h"
#include "eval/upstream_outputs.h"

namespace lede::eval {
namespace {

using testing::DataDir;

// The "scraper P= R= F1=" split averages (x100) of fundus-eval/README.md.
std::map<std::string, double> FundusReadmeF1() {
  std::ifstream in(DataDir() + "/fundus-eval/README.md");
  std::map<std::string, double> rows;
  const std::regex row(R"(^\s+(\w+)\s+P=\S+\s+R=\S+\s+F1=(\d+\.\d+)\s*$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, row)) rows[m[1]] = std::stod(m[2]) / 100;
  }
  return rows;
}

// Upstream's per-article ROUGE-LSum F1 (scores/rouge_lsum.tsv) for one scraper.
std::map<std::string, double> UpstreamArticleF1(const std::string& scraper) {
  std::ifstream in(DataDir() + "/fundus-eval/scores/rouge_lsum.tsv");
  std::map<std::string, double> f1;
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string name, article, precision, recall, f;
    std::getline(fields, name, '\t');
    std::getline(fields, article, '\t');
    std::getline(fields, precision, '\t');
    std::getline(fields, recall, '\t');
    std::getline(fields, f, '\t');
    if (name == scraper) f1[article] = std::stod(f);
  }
  return f1;
}

// Scoring the seven scrapers' shipped extractions reproduces the split averages
// the README states. Upstream splits sentences with NLTK punkt, which we
// approximate (rouge_lsum.h): 344 of the 350 article scores agree exactly, the
// others within 0.05, and every average within 0.001.
TEST(RougeLsum, ReproducesFundusReadmeForEveryShippedExtraction) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "fundus-eval", &set).ok());
  const auto readme = FundusReadmeF1();
  ASSERT_EQ(readme.size(), 7u);
  for (const auto& [scraper, readme_f1] : readme) {
    SCOPED_TRACE(scraper);
    std::vector<Prediction> predictions;
    ASSERT_TRUE(LoadUpstreamPredictions(set, scraper, &predictions).ok());
    const auto upstream = UpstreamArticleF1(scraper);
    RougeScorer scorer;
    size_t exact = 0;
    for (size_t i = 0; i < set.pages.size(); ++i) {
      const double f1 = scorer.Add(set.pages[i].body_paragraphs, predictions[i].text).f1;
      auto it = upstream.find(set.pages[i].id);
      ASSERT_NE(it, upstream.end());
      if (std::fabs(f1 - it->second) < 1e-9) ++exact;
      EXPECT_NEAR(f1, it->second, 0.05) << set.pages[i].id;
    }
    EXPECT_NEAR(scorer.Result().f1, readme_f1, 0.001);
    EXPECT_GE(exact, set.pages.size() * 9 / 10);
    std::printf("%-12s F1 %.4f (README %.4f), %zu/%zu articles exact\n", scraper.c_str(),
                scorer.Result().f1, readme_f1, exact, set.pages.size());
  }
}

TEST(RougeLsum, TokensAreLowerCaseAsciiAlphanumerics) {
  EXPECT_EQ(RougeTokens("It's 2024 — Zürich's U.S.-led"),
            (std::vector<std::string>{"it", "s", "2024", "z", "rich", "s", "u", "s", "led"}));
}

TEST(RougeLsum, SplitsSentencesAtFinalPunctuationBeforeANewSentence) {
  auto s = SplitSentences("He said \"no.\" Then left! e.g. this stays. 3 more\n\nNo stop here\nAnd on.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "He said \"no.\"");
  EXPECT_EQ(s[1], "Then left! e.g. this stays.");
  EXPECT_EQ(s[2], "3 more\n\nNo stop here\nAnd on.");
}

TEST(RougeLsum, IdenticalTextScoresOneAndDisjointZero) {
  EXPECT_DOUBLE_EQ(RougeLsum("The cat sat. It was happy.", "The cat sat. It was happy.").f1, 1.0);
  EXPECT_DOUBLE_EQ(RougeLsum("The cat sat.", "Dogs bark loudly.").f1, 0.0);
  EXPECT_DOUBLE_EQ(RougeLsum("The cat sat.", "").f1, 0.0);
}

TEST(RougeLsum, OptionalGoldParagraphsAreTriedWithAndWithout) {
  const std::vector<std::string> gold = {"[Read more: other story here.]", "The body text is this."};
  EXPECT_DOUBLE_EQ(BestRougeLsum(gold, "The body text is this.").f1, 1.0);
  EXPECT_DOUBLE_EQ(BestRougeLsum(gold, "Read more: other story here.\n\nThe body text is this.").f1, 1.0);
}

}  // namespace
}  // namespace lede::eval
