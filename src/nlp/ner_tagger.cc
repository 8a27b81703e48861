#include "nlp/ner_tagger.h"

#include <cstdlib>

namespace lede::nlp {

std::string DefaultNerModelPath() {
  const char* env = std::getenv("LEDE_NER_MODEL");
  return env != nullptr && *env != '\0' ? env : LEDE_NER_MODEL;
}

Status NerTagger::Load(const std::string& path, std::unique_ptr<NerTagger>* tagger) {
  NerModel model;
  Status s = LoadNerModel(path, &model);
  if (!s.ok()) return s;
  *tagger = std::make_unique<NerTagger>(std::move(model));
  return Status::OK();
}

NerTagger::NerTagger(NerModel model)
    : model_(std::move(model)),
      featurizer_(model_.gazetteer, model_.clusters, model_.weights.hash_bits) {}

void NerTagger::TagDocument(std::span<const NerSentence> sentences,
                            std::vector<std::vector<Label>>* labels) const {
  TagDocumentWith(featurizer_, model_.weights, sentences, labels,
                  [](size_t, const SentenceFeatures&, const std::vector<Label>&) {});
}

}  // namespace lede::nlp
