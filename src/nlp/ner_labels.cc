#include "nlp/ner_labels.h"

#include <array>

namespace lede::nlp {
namespace {

constexpr std::array<std::string_view, kNumEntityTypes> kShortNames = {"PER", "ORG", "LOC", "MISC"};
constexpr std::array<std::string_view, kNumEntityTypes> kLongNames = {"PERSON", "ORGANIZATION",
                                                                      "LOCATION", "MISC"};
constexpr std::array<std::string_view, kNumLabels> kLabelNames = {
    "O", "B-PER", "B-ORG", "B-LOC", "B-MISC", "I-PER", "I-ORG", "I-LOC", "I-MISC"};

bool ParseType(std::string_view name, EntityType* out) {
  for (int t = 0; t < kNumEntityTypes; ++t) {
    if (name == kShortNames[t] || name == kLongNames[t]) {
      *out = static_cast<EntityType>(t);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view TypeName(EntityType t) { return kShortNames[static_cast<int>(t)]; }
std::string_view LongTypeName(EntityType t) { return kLongNames[static_cast<int>(t)]; }
std::string_view LabelName(Label l) { return kLabelNames[l]; }

bool ParseLabel(std::string_view tag, Label* out) {
  if (tag == "O") {
    *out = kOutside;
    return true;
  }
  if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return false;
  EntityType type;
  if (!ParseType(tag.substr(2), &type)) return false;
  *out = tag[0] == 'B' ? BeginLabel(type) : InsideLabel(type);
  return true;
}

void ToIob2(std::vector<Label>* labels) {
  Label prev = kOutside;
  for (Label& l : *labels) {
    if (!AllowedTransition(prev, l)) l = BeginLabel(TypeOf(l));
    prev = l;
  }
}

}  // namespace lede::nlp
