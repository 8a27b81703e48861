#include "nlp/ner_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede::nlp {
namespace {

std::vector<Label> Labels(const std::vector<std::string>& tags) {
  std::vector<Label> out;
  for (const std::string& t : tags) {
    Label l;
    EXPECT_TRUE(ParseLabel(t, &l)) << t;
    out.push_back(l);
  }
  return out;
}

TEST(NerLabels, ParsesShortAndLongNamesAndRejectsOthers) {
  Label l;
  ASSERT_TRUE(ParseLabel("B-PERSON", &l));
  EXPECT_EQ(LabelName(l), "B-PER");
  ASSERT_TRUE(ParseLabel("I-MISC", &l));
  EXPECT_EQ(LabelName(l), "I-MISC");
  EXPECT_FALSE(ParseLabel("B-DATE", &l));
  EXPECT_FALSE(ParseLabel("E-PER", &l));
  EXPECT_FALSE(ParseLabel("NNP", &l));
}

TEST(NerLabels, ToIob2StartsEntitiesThatIob1LeftAsInside) {
  std::vector<Label> labels = Labels({"I-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"});
  ToIob2(&labels);
  EXPECT_EQ(labels, Labels({"B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-ORG", "I-ORG"}));
}

struct SpanCase {
  std::vector<std::string> tags;
  std::vector<EntitySpan> spans;
};

TEST(NerEval, EntitySpansFollowConlleval) {
  const std::vector<SpanCase> cases = {
      {{"B-PER", "I-PER", "O", "B-LOC"}, {{0, 2, EntityType::kPerson}, {3, 4, EntityType::kLocation}}},
      {{"I-ORG", "I-ORG"}, {{0, 2, EntityType::kOrganization}}},
      {{"B-ORG", "I-LOC"}, {{0, 1, EntityType::kOrganization}, {1, 2, EntityType::kLocation}}},
      {{"B-MISC", "B-MISC"}, {{0, 1, EntityType::kMisc}, {1, 2, EntityType::kMisc}}},
      {{"O", "O"}, {}},
  };
  for (const SpanCase& c : cases) EXPECT_EQ(EntitySpans(Labels(c.tags)), c.spans);
}

TEST(NerEval, ScorerCountsExactSpanMatchesOnly) {
  NerScorer scorer;
  // Gold: PER [0,2), LOC [3,4). Predicted: PER [0,1) (wrong end), LOC [3,4) (right).
  scorer.AddSentence(Labels({"B-PER", "I-PER", "O", "B-LOC"}), Labels({"B-PER", "O", "O", "B-LOC"}));
  const PrecisionRecall micro = scorer.Micro();
  EXPECT_EQ(micro.true_positives, 1u);
  EXPECT_EQ(micro.false_positives, 1u);
  EXPECT_EQ(micro.false_negatives, 1u);
  EXPECT_DOUBLE_EQ(micro.f1(), 0.5);
  EXPECT_DOUBLE_EQ(scorer.ForType(EntityType::kLocation).f1(), 1.0);
  EXPECT_EQ(scorer.Summary(), "sentences=1 P=0.500 R=0.500 F1=0.500 LOC=1.000 PER=0.000");
}

}  // namespace
}  // namespace lede::nlp
