// Scoring a tagger's weights on a gold corpus (span F1, conlleval semantics).
#ifndef LEDE_NLP_NER_EVALUATE_H_
#define LEDE_NLP_NER_EVALUATE_H_

#include <vector>

#include "nlp/ner_corpus.h"
#include "nlp/ner_eval.h"
#include "nlp/ner_features.h"
#include "nlp/ner_model.h"

namespace lede::nlp {

// Tags every document of `corpus` (spread over `threads` threads) and returns
// the labels per document and sentence, in corpus order.
std::vector<std::vector<std::vector<Label>>> TagCorpus(const NerFeaturizer& featurizer,
                                                       const NerWeights& weights,
                                                       const NerCorpus& corpus, unsigned threads);

// Tags `corpus` and scores it against its gold labels. Sentences without gold
// labels are skipped.
NerScorer ScoreCorpus(const NerFeaturizer& featurizer, const NerWeights& weights,
                      const NerCorpus& corpus, unsigned threads);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_EVALUATE_H_
