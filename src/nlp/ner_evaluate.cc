#include "nlp/ner_evaluate.h"

#include "nlp/ner_tagger.h"
#include "util/parallel.h"

namespace lede::nlp {

std::vector<std::vector<std::vector<Label>>> TagCorpus(const NerFeaturizer& featurizer,
                                                       const NerWeights& weights,
                                                       const NerCorpus& corpus, unsigned threads) {
  std::vector<std::vector<std::vector<Label>>> predicted(corpus.documents.size());
  ParallelFor(corpus.documents.size(), threads, [&](size_t d) {
    TagDocumentWith(featurizer, weights, corpus.documents[d].sentences, &predicted[d],
                    [](size_t, const SentenceFeatures&, const std::vector<Label>&) {});
  });
  return predicted;
}

NerScorer ScoreCorpus(const NerFeaturizer& featurizer, const NerWeights& weights,
                      const NerCorpus& corpus, unsigned threads) {
  const auto predicted = TagCorpus(featurizer, weights, corpus, threads);
  NerScorer scorer;
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    const std::vector<NerSentence>& sentences = corpus.documents[d].sentences;
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (sentences[i].labels.size() != sentences[i].tokens.size()) continue;
      scorer.AddSentence(sentences[i].labels, predicted[d][i]);
    }
  }
  return scorer;
}

}  // namespace lede::nlp
