// Decoding of the linear-chain tagger: the highest-scoring IOB2 label
// sequence of a sentence (Viterbi), with I-X allowed only after B-X or I-X.
#ifndef LEDE_NLP_NER_VITERBI_H_
#define LEDE_NLP_NER_VITERBI_H_

#include <vector>

#include "nlp/ner_features.h"
#include "nlp/ner_labels.h"
#include "nlp/ner_model.h"

namespace lede::nlp {

// Writes the best labels of the sentence to *out (resized to features.size()).
// Thread-safe for concurrent calls on the same weights.
void Viterbi(const NerWeights& weights, const SentenceFeatures& features, std::vector<Label>* out);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_VITERBI_H_
