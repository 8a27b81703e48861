#include "nlp/ner_annotate.h"

#include "nlp/ner_eval.h"

namespace lede::nlp {

void AnnotateEntities(const NerTagger& tagger, Document* doc) {
  const std::vector<Token>& tokens = doc->tokens();
  std::vector<NerSentence> sentences(doc->sentences().size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = doc->sentences()[s];
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      sentences[s].tokens.push_back(doc->norm(tokens[t]));
    }
  }
  std::vector<std::vector<Label>> labels;
  tagger.TagDocument(sentences, &labels);
  SpanLayer* layer = doc->AddLayer(kEntitiesLayer);
  for (size_t s = 0; s < sentences.size(); ++s) {
    const uint32_t first = doc->sentences()[s].token_begin;
    for (const EntitySpan& e : EntitySpans(labels[s])) {
      const Span span{tokens[first + e.begin].span.start, tokens[first + e.end - 1].span.end};
      layer->spans.push_back({span, layer->LabelId(LongTypeName(e.type))});
    }
  }
}

}  // namespace lede::nlp
