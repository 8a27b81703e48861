#include "eval/snippet_score.h"

#include <gtest/gtest.h>

namespace lede::eval {
namespace {

TEST(SnippetScore, CollapsesUnicodeWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  a\u00a0\n b\t\u2003c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(SnippetScore, CountsFoundWithAsTruePositivesAndFoundWithoutAsFalsePositives) {
  SnippetScorer s;
  // Page 1: both "with" found (one across a line break), one "without" found.
  s.Add("The minister said\nthe plan works.\n\nImpressum", {"minister said the plan", "works."},
        {"Impressum", "Leave a reply"});
  // Page 2: nothing extracted: its "with" snippet is a false negative.
  s.Add("", {"Die GEMA dreht"}, {"31. Mai"});
  EXPECT_EQ(s.pages(), 2u);
  PrecisionRecall r = s.Result();
  EXPECT_DOUBLE_EQ(r.precision, 2.0 / 3);  // tp 2, fp 1
  EXPECT_DOUBLE_EQ(r.recall, 2.0 / 3);     // tp 2, fn 1
  EXPECT_DOUBLE_EQ(r.f1, 4.0 / 6);         // 2tp / (2tp + fp + fn)
}

}  // namespace
}  // namespace lede::eval
