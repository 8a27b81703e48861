#include "nlp/ner_perceptron.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "nlp/ner_features.h"
#include "nlp/ner_tagger.h"

namespace lede::nlp {
namespace {

// Perceptron weights with the running sums that give their average
// (Daume's trick: average = w - sums / steps).
class AveragedWeights {
 public:
  explicit AveragedWeights(int hash_bits)
      : current_(hash_bits),
        emission_sums_(current_.emission.size(), 0.0),
        transition_sums_(current_.transition.size(), 0.0) {}

  const NerWeights& current() const { return current_; }
  void NextStep() { ++steps_; }

  // Moves the weights towards gold and away from predicted where they differ.
  void Update(const SentenceFeatures& features, const std::vector<Label>& gold,
              const std::vector<Label>& predicted) {
    Label gold_prev = NerWeights::kStartRow, predicted_prev = NerWeights::kStartRow;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (gold[i] != predicted[i]) {
        for (uint32_t row : features.TokenRows(i)) {
          Add(&current_.emission, &emission_sums_, size_t{row} * kNumLabels + gold[i], 1);
          Add(&current_.emission, &emission_sums_, size_t{row} * kNumLabels + predicted[i], -1);
        }
      }
      if (gold[i] != predicted[i] || gold_prev != predicted_prev) {
        Add(&current_.transition, &transition_sums_, gold_prev * kNumLabels + gold[i], 1);
        Add(&current_.transition, &transition_sums_, predicted_prev * kNumLabels + predicted[i], -1);
      }
      gold_prev = gold[i];
      predicted_prev = predicted[i];
    }
  }

  NerWeights Averaged() const {
    NerWeights avg(current_.hash_bits);
    const double steps = static_cast<double>(steps_);
    for (size_t i = 0; i < avg.emission.size(); ++i) {
      avg.emission[i] = static_cast<float>(current_.emission[i] - emission_sums_[i] / steps);
    }
    for (size_t i = 0; i < avg.transition.size(); ++i) {
      avg.transition[i] = static_cast<float>(current_.transition[i] - transition_sums_[i] / steps);
    }
    return avg;
  }

 private:
  void Add(std::vector<float>* w, std::vector<double>* sums, size_t i, float delta) {
    (*w)[i] += delta;
    (*sums)[i] += static_cast<double>(steps_) * delta;
  }

  NerWeights current_;
  std::vector<double> emission_sums_;
  std::vector<double> transition_sums_;
  uint64_t steps_ = 1;
};

}  // namespace

Status TrainNerPerceptron(const NerCorpus& train, const NerTrainOptions& options, NerModel* model,
                          const NerEpochCallback& after_epoch) {
  if (options.hash_bits < 8 || options.hash_bits > 30) {
    return Status::InvalidArgument("hash_bits must be in 8..30, not " +
                                   std::to_string(options.hash_bits));
  }
  if (options.epochs < 1) return Status::InvalidArgument("epochs must be at least 1");
  if (train.NumTokens() == 0) return Status::Empty("the training corpus has no tagged tokens");
  NerFeaturizer featurizer(model->gazetteer, model->clusters, options.hash_bits);
  AveragedWeights weights(options.hash_bits);
  std::vector<size_t> order(train.documents.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<std::vector<Label>> predicted;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t d : order) {
      const std::vector<NerSentence>& sentences = train.documents[d].sentences;
      TagDocumentWith(featurizer, weights.current(), sentences, &predicted,
                      [&](size_t i, const SentenceFeatures& features, const std::vector<Label>& p) {
                        if (p != sentences[i].labels) weights.Update(features, sentences[i].labels, p);
                        weights.NextStep();
                      });
    }
    if (after_epoch || epoch == options.epochs) {
      NerWeights averaged = weights.Averaged();
      if (after_epoch) after_epoch(epoch, averaged);
      if (epoch == options.epochs) model->weights = std::move(averaged);
    }
  }
  return Status::OK();
}

}  // namespace lede::nlp
