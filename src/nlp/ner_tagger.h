// The named-entity tagger: a loaded model that labels the sentences of a
// document with IOB2 PER / ORG / LOC / MISC tags.
#ifndef LEDE_NLP_NER_TAGGER_H_
#define LEDE_NLP_NER_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "lede/status.h"
#include "nlp/ner_corpus.h"
#include "nlp/ner_document_context.h"
#include "nlp/ner_features.h"
#include "nlp/ner_model.h"
#include "nlp/ner_viterbi.h"

namespace lede::nlp {

// Tags the sentences of one document in order with `weights`. After each
// sentence, observe(sentence_index, features, predicted) runs (training
// updates the weights there), then the prediction joins the document history
// that later sentences' features read. out[i] receives sentence i's labels.
template <typename Observe>
void TagDocumentWith(const NerFeaturizer& featurizer, const NerWeights& weights,
                     std::span<const NerSentence> sentences, std::vector<std::vector<Label>>* out,
                     Observe&& observe) {
  NerDocumentContext context(sentences);
  SentenceFeatures features;
  out->resize(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    featurizer.Extract(sentences[i].tokens, context, &features);
    Viterbi(weights, features, &(*out)[i]);
    observe(i, features, (*out)[i]);
    context.Record(features.lower_hashes, (*out)[i]);
  }
}

// The model `lede tag` and `lede analyze` load when none is named: $LEDE_NER_MODEL
// if set, else models/ner/lede-ner.model of the source tree lede was built from.
std::string DefaultNerModelPath();

// Thread-safe: TagDocument() may run concurrently from many threads on one
// tagger (the model is read-only once loaded).
class NerTagger {
 public:
  // Loads a model file; see LoadNerModel for the errors.
  static Status Load(const std::string& path, std::unique_ptr<NerTagger>* tagger);
  explicit NerTagger(NerModel model);
  NerTagger(const NerTagger&) = delete;
  NerTagger& operator=(const NerTagger&) = delete;

  // labels[i][j] is the tag of token j of sentence i. Sentences' labels are ignored.
  void TagDocument(std::span<const NerSentence> sentences,
                   std::vector<std::vector<Label>>* labels) const;

  const NerModel& model() const { return model_; }
  const NerFeaturizer& featurizer() const { return featurizer_; }

 private:
  NerModel model_;
  NerFeaturizer featurizer_;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_TAGGER_H_
