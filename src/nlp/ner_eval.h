// Span-level scoring of IOB2 label sequences with conlleval semantics: an
// entity counts as found only when its first token, last token and type all
// match. Same numbers as ../shared/eval/conll_f1.py.
#ifndef LEDE_NLP_NER_EVAL_H_
#define LEDE_NLP_NER_EVAL_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "nlp/ner_labels.h"

namespace lede::nlp {

// Tokens [begin, end) of one sentence form an entity of `type`.
struct EntitySpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kPerson;
  bool operator==(const EntitySpan&) const = default;
};

// The entities of one sentence, in order. An I-X that does not continue an X
// starts a new entity (conlleval reads IOB1 and IOB2 alike).
std::vector<EntitySpan> EntitySpans(std::span<const Label> labels);

// Precision, recall and F1 from counts; 0 where undefined.
struct PrecisionRecall {
  uint64_t true_positives = 0;
  uint64_t false_positives = 0;
  uint64_t false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

// Accumulates gold against predicted sentences. Thread-compatible.
class NerScorer {
 public:
  // REQUIRES: gold.size() == predicted.size().
  void AddSentence(std::span<const Label> gold, std::span<const Label> predicted);

  PrecisionRecall Micro() const;
  const PrecisionRecall& ForType(EntityType t) const { return per_type_[static_cast<int>(t)]; }
  uint64_t sentences() const { return sentences_; }
  // True when the gold data held at least one entity of type t.
  bool HasGold(EntityType t) const;

  // One line, as conll_f1.py prints it:
  // "sentences=N P=0.912 R=0.905 F1=0.908 LOC=0.930 MISC=0.850 ORG=0.870 PER=0.950"
  // (per-type F1 for the types seen in gold, sorted by name).
  std::string Summary() const;

 private:
  std::array<PrecisionRecall, kNumEntityTypes> per_type_;
  uint64_t sentences_ = 0;
};

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_EVAL_H_
