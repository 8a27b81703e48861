// Training of the tagger: a structured averaged perceptron (Collins 2002)
// over Viterbi decoding, documents in a seeded random order each epoch, so a
// run is deterministic for a given corpus, options and seed.
#ifndef LEDE_NLP_NER_PERCEPTRON_H_
#define LEDE_NLP_NER_PERCEPTRON_H_

#include <cstdint>
#include <functional>

#include "lede/status.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_model.h"

namespace lede::nlp {

struct NerTrainOptions {
  int epochs = 10;        // passes over the training corpus
  uint64_t seed = 1;      // seeds the document order
  int hash_bits = 21;     // the feature table has 1 << hash_bits rows (8..30)
};

// Called after each epoch with the averaged weights so far (for dev scores).
using NerEpochCallback = std::function<void(int epoch, const NerWeights& averaged)>;

// Trains model->weights on `train`, using model->gazetteer and model->clusters
// as they are. Returns kInvalidArgument for bad options, kEmpty when the corpus
// has no tagged sentence.
Status TrainNerPerceptron(const NerCorpus& train, const NerTrainOptions& options, NerModel* model,
                          const NerEpochCallback& after_epoch = nullptr);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_PERCEPTRON_H_
