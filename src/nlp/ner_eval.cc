#include "nlp/ner_eval.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

namespace lede::nlp {

std::vector<EntitySpan> EntitySpans(std::span<const Label> labels) {
  std::vector<EntitySpan> spans;
  Label prev = kOutside;
  for (uint32_t i = 0; i < labels.size(); ++i) {
    const Label l = labels[i];
    const bool continues = IsInside(l) && prev != kOutside && TypeOf(prev) == TypeOf(l);
    if (continues) {
      spans.back().end = i + 1;
    } else if (l != kOutside) {
      spans.push_back({i, i + 1, TypeOf(l)});
    }
    prev = l;
  }
  return spans;
}

double PrecisionRecall::precision() const {
  const uint64_t n = true_positives + false_positives;
  return n == 0 ? 0.0 : static_cast<double>(true_positives) / n;
}

double PrecisionRecall::recall() const {
  const uint64_t n = true_positives + false_negatives;
  return n == 0 ? 0.0 : static_cast<double>(true_positives) / n;
}

double PrecisionRecall::f1() const {
  const uint64_t n = 2 * true_positives + false_positives + false_negatives;
  return n == 0 ? 0.0 : 2.0 * true_positives / n;
}

void NerScorer::AddSentence(std::span<const Label> gold, std::span<const Label> predicted) {
  assert(gold.size() == predicted.size());
  ++sentences_;
  const std::vector<EntitySpan> g = EntitySpans(gold);
  const std::vector<EntitySpan> p = EntitySpans(predicted);
  for (const EntitySpan& s : p) {
    PrecisionRecall& c = per_type_[static_cast<int>(s.type)];
    if (std::find(g.begin(), g.end(), s) != g.end()) {
      ++c.true_positives;
    } else {
      ++c.false_positives;
    }
  }
  for (const EntitySpan& s : g) {
    if (std::find(p.begin(), p.end(), s) == p.end()) ++per_type_[static_cast<int>(s.type)].false_negatives;
  }
}

PrecisionRecall NerScorer::Micro() const {
  PrecisionRecall total;
  for (const PrecisionRecall& c : per_type_) {
    total.true_positives += c.true_positives;
    total.false_positives += c.false_positives;
    total.false_negatives += c.false_negatives;
  }
  return total;
}

bool NerScorer::HasGold(EntityType t) const {
  const PrecisionRecall& c = ForType(t);
  return c.true_positives + c.false_negatives > 0;
}

std::string NerScorer::Summary() const {
  const PrecisionRecall micro = Micro();
  char buf[128];
  std::snprintf(buf, sizeof(buf), "sentences=%llu P=%.3f R=%.3f F1=%.3f",
                static_cast<unsigned long long>(sentences_), micro.precision(), micro.recall(),
                micro.f1());
  std::string out = buf;
  // Sorted by name: LOC, MISC, ORG, PER.
  for (EntityType t : {EntityType::kLocation, EntityType::kMisc, EntityType::kOrganization,
                       EntityType::kPerson}) {
    if (!HasGold(t)) continue;
    std::snprintf(buf, sizeof(buf), " %s=%.3f", std::string(TypeName(t)).c_str(), ForType(t).f1());
    out += buf;
  }
  return out;
}

}  // namespace lede::nlp
