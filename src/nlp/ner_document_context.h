// Document-level consistency for the tagger (after Ratinov & Roth 2009): a
// name labelled in one sentence informs its other mentions. Two signals per
// word (keyed by its lower case): how the word is capitalised elsewhere in the
// document (so "BRUSSELS" in a headline is read like "Brussels" in the text),
// and what the tagger predicted for it in earlier sentences.
#ifndef LEDE_NLP_NER_DOCUMENT_CONTEXT_H_
#define LEDE_NLP_NER_DOCUMENT_CONTEXT_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>

#include "nlp/ner_corpus.h"
#include "nlp/ner_labels.h"

namespace lede::nlp {

// One document's context. Thread-compatible; one per document being tagged.
class NerDocumentContext {
 public:
  // Collects the capitalisation of every word of the document.
  explicit NerDocumentContext(std::span<const NerSentence> sentences);

  // Bit mask of the casings (1 << Casing) the word has where it does not start
  // a sentence; 0 when it only starts sentences.
  uint8_t CasingMask(uint64_t lower_hash) const;

  // What earlier sentences were tagged for this word: 0 = not seen, 1 = O,
  // 2 + t = entity type t (the most frequent; ties go to the lower code).
  uint8_t History(uint64_t lower_hash) const;
  static constexpr int kHistoryValues = 2 + kNumEntityTypes;

  // Adds a tagged sentence to the history. REQUIRES: same sizes.
  void Record(std::span<const uint64_t> lower_hashes, std::span<const Label> labels);

 private:
  std::unordered_map<uint64_t, uint8_t> casing_;
  std::unordered_map<uint64_t, std::array<uint16_t, 1 + kNumEntityTypes>> history_;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_DOCUMENT_CONTEXT_H_
