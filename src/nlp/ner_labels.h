// IOB2 labels of the named-entity tagger: O, B-X and I-X for the four CoNLL
// types PER, ORG, LOC and MISC, stored as small integers.
#ifndef LEDE_NLP_NER_LABELS_H_
#define LEDE_NLP_NER_LABELS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::nlp {

enum class EntityType : uint8_t { kPerson = 0, kOrganization, kLocation, kMisc };
inline constexpr int kNumEntityTypes = 4;

// Label 0 is O; 1 + t is B-t; 1 + kNumEntityTypes + t is I-t (t = EntityType).
using Label = uint8_t;
inline constexpr Label kOutside = 0;
inline constexpr int kNumLabels = 1 + 2 * kNumEntityTypes;

inline Label BeginLabel(EntityType t) { return static_cast<Label>(1 + static_cast<int>(t)); }
inline Label InsideLabel(EntityType t) {
  return static_cast<Label>(1 + kNumEntityTypes + static_cast<int>(t));
}
inline bool IsBegin(Label l) { return l >= 1 && l <= kNumEntityTypes; }
inline bool IsInside(Label l) { return l > kNumEntityTypes; }
// REQUIRES: l != kOutside.
inline EntityType TypeOf(Label l) {
  return static_cast<EntityType>((l - 1) % kNumEntityTypes);
}

// "PER", "ORG", "LOC", "MISC".
std::string_view TypeName(EntityType t);
// "PERSON", "ORGANIZATION", "LOCATION", "MISC" (the names of DESIGN.md's output contract).
std::string_view LongTypeName(EntityType t);
// "O", "B-PER", "I-LOC", ...
std::string_view LabelName(Label l);

// Parses "O", "B-X" or "I-X" where X is PER, ORG, LOC, MISC or a long name
// (PERSON, ORGANIZATION, LOCATION). Returns false, leaving *out alone, for
// anything else.
bool ParseLabel(std::string_view tag, Label* out);

// True when `next` may follow `prev` in IOB2: I-X only continues B-X or I-X.
// Pass kOutside as `prev` for the first token of a sentence.
inline bool AllowedTransition(Label prev, Label next) {
  return !IsInside(next) || (prev != kOutside && TypeOf(prev) == TypeOf(next));
}

// Rewrites IOB1 (an I-X that starts an entity) as IOB2 (B-X), in place.
void ToIob2(std::vector<Label>* labels);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NER_LABELS_H_
