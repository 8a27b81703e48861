#include "nlp/ner_document_context.h"

#include <cassert>

#include "nlp/ner_word.h"

namespace lede::nlp {

NerDocumentContext::NerDocumentContext(std::span<const NerSentence> sentences) {
  WordForms forms;
  for (const NerSentence& s : sentences) {
    for (size_t i = 1; i < s.tokens.size(); ++i) {
      AnalyzeWord(s.tokens[i], &forms);
      casing_[HashBytes(forms.lower)] |= static_cast<uint8_t>(1u << static_cast<int>(forms.casing));
    }
  }
}

uint8_t NerDocumentContext::CasingMask(uint64_t lower_hash) const {
  auto it = casing_.find(lower_hash);
  return it == casing_.end() ? 0 : it->second;
}

uint8_t NerDocumentContext::History(uint64_t lower_hash) const {
  auto it = history_.find(lower_hash);
  if (it == history_.end()) return 0;
  int best = 0;
  for (int k = 1; k <= kNumEntityTypes; ++k) {
    if (it->second[k] > it->second[best]) best = k;
  }
  return static_cast<uint8_t>(1 + best);
}

void NerDocumentContext::Record(std::span<const uint64_t> lower_hashes, std::span<const Label> labels) {
  assert(lower_hashes.size() == labels.size());
  for (size_t i = 0; i < labels.size(); ++i) {
    const int k = labels[i] == kOutside ? 0 : 1 + static_cast<int>(TypeOf(labels[i]));
    ++history_[lower_hashes[i]][k];
  }
}

}  // namespace lede::nlp
