#include "nlp/ner_viterbi.h"

#include <array>
#include <limits>

namespace lede::nlp {
namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

void AddEmission(const NerWeights& weights, std::span<const uint32_t> rows, float* scores) {
  for (int l = 0; l < kNumLabels; ++l) scores[l] = 0;
  for (uint32_t row : rows) {
    const float* w = weights.emission.data() + size_t{row} * kNumLabels;
    for (int l = 0; l < kNumLabels; ++l) scores[l] += w[l];
  }
}

}  // namespace

void Viterbi(const NerWeights& weights, const SentenceFeatures& features, std::vector<Label>* out) {
  const size_t n = features.size();
  out->resize(n);
  if (n == 0) return;
  std::vector<std::array<float, kNumLabels>> best(n);
  std::vector<std::array<Label, kNumLabels>> back(n);
  std::array<float, kNumLabels> emission;
  const float* start = weights.transition.data() + NerWeights::kStartRow * kNumLabels;
  AddEmission(weights, features.TokenRows(0), emission.data());
  for (int l = 0; l < kNumLabels; ++l) {
    best[0][l] = AllowedTransition(kOutside, l) ? start[l] + emission[l] : kForbidden;
  }
  for (size_t i = 1; i < n; ++i) {
    AddEmission(weights, features.TokenRows(i), emission.data());
    for (int l = 0; l < kNumLabels; ++l) {
      float top = kForbidden;
      Label arg = kOutside;
      for (int p = 0; p < kNumLabels; ++p) {
        if (!AllowedTransition(p, l)) continue;
        const float s = best[i - 1][p] + weights.transition[p * kNumLabels + l];
        if (s > top) {
          top = s;
          arg = static_cast<Label>(p);
        }
      }
      best[i][l] = top + emission[l];
      back[i][l] = arg;
    }
  }
  Label last = kOutside;
  for (int l = 1; l < kNumLabels; ++l) {
    if (best[n - 1][l] > best[n - 1][last]) last = static_cast<Label>(l);
  }
  for (size_t i = n; i-- > 0;) {
    (*out)[i] = last;
    last = back[i][last];
  }
}

}  // namespace lede::nlp
