// The tagger as a document stage: reads a Document's sentences and tokens and
// adds the "entities" span layer.
#ifndef LEDE_NLP_NER_ANNOTATE_H_
#define LEDE_NLP_NER_ANNOTATE_H_

#include "lede/document.h"
#include "nlp/ner_tagger.h"

namespace lede::nlp {

// The name of the layer AnnotateEntities adds.
inline constexpr char kEntitiesLayer[] = "entities";

// Tags doc's sentences (on the tokens' normalised forms) and adds one span per
// entity mention to the "entities" layer, labelled PERSON, ORGANIZATION,
// LOCATION or MISC, in text order. Thread-safe for distinct documents.
void AnnotateEntities(const NerTagger& tagger, Document* doc);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_ANNOTATE_H_
