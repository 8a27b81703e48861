#include "eval/shingle_score.h"

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "eval/upstream_outputs.h"
#include "eval/testing.h"

namespace lede::eval {
namespace {

using testing::DataDir;

struct ReadmeRow {
  double f1, precision, recall;
};

// The "tool version F1 P R" table of scrapinghub-aeb/README.md.
std::map<std::string, ReadmeRow> AebReadmeTable() {
  std::ifstream in(DataDir() + "/scrapinghub-aeb/README.md");
  std::map<std::string, ReadmeRow> rows;
  const std::regex row(R"(^(\S+)\s+(?:\S+\s+)?(0\.\d{3})\s+(0\.\d{3})\s+(0\.\d{3})\s*$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, row)) {
      rows[m[1]] = {std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
    }
  }
  return rows;
}

PrecisionRecall ScoreAebOutputs(const DevSet& set, const std::string& tool) {
  std::vector<Prediction> predictions;
  EXPECT_TRUE(LoadUpstreamPredictions(set, tool, &predictions).ok());
  ShingleScorer scorer;
  for (size_t i = 0; i < set.pages.size(); ++i) scorer.Add(set.pages[i].body, predictions[i].text);
  return scorer.Result();
}

// The metric reproduces, for every upstream tool output shipped with the AEB split,
// the precision, recall and F1 that the set's README states (trafilatura 0.956,
// justext 0.794 with its 20 empty outputs, ...).
TEST(ShingleScore, ReproducesAebReadmeForEveryShippedOutput) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "scrapinghub-aeb", &set).ok());
  const auto table = AebReadmeTable();
  ASSERT_GE(table.size(), 30u);
  int checked = 0;
  for (const auto& [tool, row] : table) {
    if (!std::ifstream(set.dir + "/outputs/" + tool + ".json")) continue;
    SCOPED_TRACE(tool);
    PrecisionRecall got = ScoreAebOutputs(set, tool);
    EXPECT_NEAR(got.f1, row.f1, 0.0005);
    EXPECT_NEAR(got.precision, row.precision, 0.0005);
    EXPECT_NEAR(got.recall, row.recall, 0.0005);
    ++checked;
  }
  EXPECT_EQ(checked, 17);
}

TEST(ShingleScore, CountsMultisetsOfFourGrams) {
  ShingleCounts c = CountShingles("a b c d e", "a b c d x");
  EXPECT_EQ(c.tp, 1u);  // "a b c d"
  EXPECT_EQ(c.fp, 1u);  // "b c d x"
  EXPECT_EQ(c.fn, 1u);  // "b c d e"
  c = CountShingles("one two", "one, two!");  // shorter than 4 tokens: one short shingle
  EXPECT_EQ(c.tp, 1u);
  EXPECT_EQ(c.fp + c.fn, 0u);
  c = CountShingles("w w w w w", "w w w w");  // counts, not sets
  EXPECT_EQ(c.tp, 1u);
  EXPECT_EQ(c.fn, 1u);
}

TEST(ShingleScore, EmptyPredictionIsLeftOutOfPrecisionAsUpstream) {
  ShingleScorer scorer;
  scorer.Add("alpha beta gamma delta epsilon", "alpha beta gamma delta epsilon");
  scorer.Add("one two three four five", "");
  PrecisionRecall r = scorer.Result();
  EXPECT_DOUBLE_EQ(r.precision, 1.0);  // only the first page has tp+fp > 0
  EXPECT_DOUBLE_EQ(r.recall, 0.5);
  EXPECT_EQ(scorer.pages(), 2u);
}

// The Python reference (shared/eval/aeb_score.py) and this metric agree on a
// prediction file without empty predictions (they differ only on empty ones,
// see shingle_score.h).
TEST(ShingleScore, AgreesWithPythonReferenceOnReadabilityJsOutputs) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "scrapinghub-aeb", &set).ok());
  std::vector<Prediction> predictions;
  ASSERT_TRUE(LoadUpstreamPredictions(set, "readability_js", &predictions).ok());
  const std::string pred_path = ::testing::TempDir() + "/aeb_pred.jsonl";
  std::string lines;
  ShingleScorer scorer;
  for (size_t i = 0; i < set.pages.size(); ++i) {
    const std::string& text = predictions[i].text;
    ASSERT_FALSE(text.empty());
    lines += nlohmann::json{{"id", set.pages[i].id}, {"text", text}}.dump() + "\n";
    scorer.Add(set.pages[i].body, text);
  }
  testing::WriteFile(pred_path, lines);
  const std::string out = testing::RunCommand(
      "/usr/bin/python3 " + testing::ReferenceScorer("aeb_score.py") + " " + set.dir +
      "/ground-truth.json " + pred_path);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(F1=(\S+) P=(\S+) R=(\S+))"))) << out;
  PrecisionRecall r = scorer.Result();
  EXPECT_NEAR(r.f1, std::stod(m[1]), 0.0005);
  EXPECT_NEAR(r.precision, std::stod(m[2]), 0.0005);
  EXPECT_NEAR(r.recall, std::stod(m[3]), 0.0005);
}

}  // namespace
}  // namespace lede::eval
