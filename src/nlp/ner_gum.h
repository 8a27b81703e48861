// Reader of GUM's entity mentions (../shared/data/gum_open_genres/entities.jsonl.gz)
// as flat CoNLL-style PER / ORG / LOC training sentences.
#ifndef LEDE_NLP_NER_GUM_H_
#define LEDE_NLP_NER_GUM_H_

#include <string>

#include "lede/status.h"
#include "nlp/ner_corpus.h"

namespace lede::nlp {

// Reads one JSON object per sentence ({doc, tokens, mentions: [{etype, start,
// end}]}, gzip or plain) into documents grouped by `doc`. GUM marks whole noun
// phrases of every kind; a person / place / organization mention becomes a
// name when, cut at its first comma and without a leading "the", it starts and
// ends with a capitalised token and holds only capitalised tokens and name
// connectors (of, and, de, -, &, 's); pronouns are skipped. Longer names win
// over the names nested in them. Other mention types are left as O, so the
// corpus has no MISC. Returns kNotFound or kCorruption naming path and line.
Status ReadGumEntities(const std::string& path, NerCorpus* corpus);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_GUM_H_
