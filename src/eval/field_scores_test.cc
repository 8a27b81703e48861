#include "eval/field_scores.h"

#include <map>
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "eval/testing.h"

namespace lede::eval {
namespace {

using testing::DataDir;

TEST(FieldScores, TitleIgnoresCasePunctuationAndCompatibilityForms) {
  TitleScorer t;
  t.Add("The Final Report: 2024", "the ﬁnal report — 2024");
  t.Add("The Final Report", "Final Report | Site");
  EXPECT_EQ(t.pages(), 2u);
  EXPECT_DOUBLE_EQ(t.Result(), 0.5);
}

TEST(FieldScores, AuthorsAreMicroF1OverNameSets) {
  AuthorScorer a;
  a.Add({"Jane Doe", "John Roe"}, {"JANE DOE", "Staff"});  // tp 1, fp 1, fn 1
  a.Add({"Ann Lee"}, {});                                  // fn 1
  EXPECT_DOUBLE_EQ(a.Result(), 2.0 / (2 + 1 + 2));
}

TEST(FieldScores, DateCountsWrongDayAsFalsePositiveAndNoneAsFalseNegative) {
  DateScorer d;
  d.Add("2024-03-05", "2024-03-05T10:00:00+01:00");
  d.Add("2024-03-05", "2024-03-06");
  d.Add("2024-03-05", "");
  EXPECT_DOUBLE_EQ(d.Result(), 2.0 / (2 + 1 + 1));
}

TEST(FieldScores, SplitBylineAtSeparatorsAndConjunctions) {
  EXPECT_EQ(SplitByline("Benjamin Fischer und Marcus Theurer"),
            (std::vector<std::string>{"Benjamin Fischer", "Marcus Theurer"}));
  EXPECT_EQ(SplitByline("Luana Patriolino; Raphael Felice, A & B"),
            (std::vector<std::string>{"Luana Patriolino", "Raphael Felice", "A", "B"}));
  EXPECT_EQ(SplitByline("Andy Kim"), std::vector<std::string>{"Andy Kim"});
  EXPECT_TRUE(SplitByline(" ; ").empty());
}

// The part of `text` before / from the first space at or after `at` (keeps UTF-8 whole).
std::string Head(const std::string& text, size_t at) { return text.substr(0, text.find(' ', at)); }
std::string Tail(const std::string& text, size_t at) {
  const size_t space = text.find(' ', at);
  return space == std::string::npos ? std::string() : text.substr(space);
}

// A deterministic mix of right, near-right and wrong predictions for page i.
Prediction Perturbed(const GoldPage& gold, size_t i) {
  Prediction p;
  const std::string title = gold.title.value_or("");
  const std::vector<std::string> authors = gold.authors.value_or(std::vector<std::string>{});
  const std::string date = gold.date.value_or("");
  switch (i % 5) {
    case 0:
      p = {false, gold.body, "  " + title + "!", authors, date.empty() ? "" : date + "T10:00:00Z"};
      break;
    case 1:
      p = {false, Head(gold.body, gold.body.size() / 2), "Home", {}, "1999-01-01"};
      if (!authors.empty()) p.authors = {authors.front(), "Staff Writer"};
      break;
    case 2:
      p = {false, gold.body + "\n\nSubscribe to our newsletter for more news like this", "", {}, ""};
      break;
    case 3:
      p = {false, "Cookie settings accept all " + gold.body, title + " - The Site", authors, ""};
      std::reverse(p.authors.begin(), p.authors.end());
      break;
    default:
      p = {false, Tail(gold.body, gold.body.size() / 3), title, {}, date};
      break;
  }
  if (p.text.empty()) p.text = "nothing found";  // empty text is where the scorers differ
  return p;
}

std::map<std::string, double> PythonFieldScores(const std::string& gold, const std::string& pred) {
  const std::string out = testing::RunCommand("/usr/bin/python3 " +
                                              testing::ReferenceScorer("eval_fields.py") + " " +
                                              gold + " " + pred);
  std::map<std::string, double> scores;
  const std::regex field(R"((\w+)=([0-9.]+) \(n=\d+\))");
  for (std::sregex_iterator it(out.begin(), out.end(), field), end; it != end; ++it) {
    scores[(*it)[1]] = std::stod((*it)[2]);
  }
  return scores;
}

// The Python reference (shared/eval/eval_fields.py, with the gold written by
// make_manifests.py from the same folder) and lede's scorers agree on body, title,
// authors and date over the NAEB pages.
TEST(FieldScores, AgreeWithPythonReferenceOnNaeb) {
  DevSet set;
  ASSERT_TRUE(LoadDevSet(DataDir(), "newspaper4k-naeb", &set).ok());
  const std::string prefix = ::testing::TempDir() + "/naeb";
  testing::RunCommand("/usr/bin/python3 " + testing::ReferenceScorer("make_manifests.py") +
                      " naeb " + set.dir + " " + prefix + " >/dev/null");
  std::vector<Prediction> predictions;
  std::string lines;
  for (size_t i = 0; i < set.pages.size(); ++i) {
    predictions.push_back(Perturbed(set.pages[i], i));
    const Prediction& p = predictions.back();
    lines += nlohmann::json{{"id", std::stoll(set.pages[i].id)}, {"text", p.text},     {"title", p.title},
                            {"authors", p.authors},  {"published", p.published}}
                 .dump() +
             "\n";
  }
  testing::WriteFile(prefix + ".pred.jsonl", lines);
  auto python = PythonFieldScores(prefix + ".gold.jsonl", prefix + ".pred.jsonl");
  ASSERT_EQ(python.size(), 5u);  // body_f1 title_exact date_f1 date_acc authors_f1
  SetScores ours = ScorePredictions(set, predictions);
  EXPECT_NEAR(ours.body.value, python["body_f1"], 0.0005);
  EXPECT_NEAR(ours.title.value, python["title_exact"], 0.0005);
  EXPECT_NEAR(ours.authors.value, python["authors_f1"], 0.0005);
  EXPECT_NEAR(ours.date.value, python["date_f1"], 0.0005);
  EXPECT_GT(ours.title.value, 0.3);  // the perturbations leave a spread of scores
  EXPECT_LT(ours.title.value, 0.9);
}

}  // namespace
}  // namespace lede::eval
