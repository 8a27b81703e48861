#include "nlp/ner_tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "nlp/ner_evaluate.h"
#include "nlp/ner_perceptron.h"

namespace lede::nlp {
namespace {

const std::string kData = std::string(LEDE_SHARED_DIR) + "/data/";

// The first n documents of a corpus (their texts stay owned by `from`).
NerCorpus Head(const NerCorpus& from, size_t n) {
  NerCorpus out;
  out.documents.assign(from.documents.begin(), from.documents.begin() + std::min(n, from.documents.size()));
  return out;
}

class NerRoundTrip : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(ReadConll(kData + "conll2003/train.txt", {}, &train_).ok());
    ASSERT_TRUE(ReadConll(kData + "conll2003/dev.txt", {}, &dev_).ok());
  }
  static NerModel Train(const NerCorpus& corpus) {
    NerModel model;
    model.gazetteer.AddName("place", "Leicestershire");
    NerTrainOptions options{.epochs = 3, .seed = 7, .hash_bits = 18};
    EXPECT_TRUE(TrainNerPerceptron(corpus, options, &model).ok());
    return model;
  }
  static NerCorpus train_, dev_;
};
NerCorpus NerRoundTrip::train_, NerRoundTrip::dev_;

TEST_F(NerRoundTrip, TrainSaveLoadTag) {
  const NerCorpus small = Head(train_, 150);
  const std::string path = testing::TempDir() + "roundtrip.model";
  ASSERT_TRUE(SaveNerModel(Train(small), path).ok());
  std::unique_ptr<NerTagger> tagger;
  ASSERT_TRUE(NerTagger::Load(path, &tagger).ok());
  const double train_f1 =
      ScoreCorpus(tagger->featurizer(), tagger->model().weights, small, 2).Micro().f1();
  const double dev_f1 =
      ScoreCorpus(tagger->featurizer(), tagger->model().weights, Head(dev_, 40), 2).Micro().f1();
  EXPECT_GT(train_f1, 0.95);
  EXPECT_GT(dev_f1, 0.55);
  EXPECT_LT(dev_f1, train_f1);
}

TEST_F(NerRoundTrip, TrainingIsDeterministicForASeed) {
  const NerCorpus small = Head(train_, 40);
  EXPECT_EQ(Train(small).weights.emission, Train(small).weights.emission);
}

TEST(NerTaggerLoad, ReportsMissingModel) {
  std::unique_ptr<NerTagger> tagger;
  Status s = NerTagger::Load(testing::TempDir() + "none.model", &tagger);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(tagger, nullptr);
}

}  // namespace
}  // namespace lede::nlp
