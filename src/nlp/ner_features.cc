#include "nlp/ner_features.h"

#include <algorithm>
#include <cassert>

#include "nlp/ner_word.h"

namespace lede::nlp {
namespace {

// Feature templates; the numbers are part of the model format.
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kLowerPrev, kLowerNext, kLowerPrev2, kLowerNext2, kShape,
  kShortShape, kShortShapePrev, kShortShapeNext, kShapeTrigram, kPrefix, kSuffix,
  kBigramPrev, kBigramNext, kPrevWordShape, kShapeNextWord, kFirstShape, kLength,
  kGazetteerBegin, kGazetteerInside, kGazetteerPrev, kGazetteerNext, kGazetteerShape,
  kCluster, kClusterPrev, kClusterNext, kDocumentCasing, kHistory, kHistoryShape,
};

constexpr int kMaxAffix = 4;
constexpr int kClusterPrefixes[] = {4, 6, 10, 20};

// Per-token values that several templates read.
struct TokenInfo {
  uint64_t word, lower, shape, short_shape;
  uint16_t gazetteer_begin, gazetteer_inside;
  uint32_t cluster;
  Casing casing;
  int length;  // code points, capped
};

constexpr int kMaxLength = 10;

int CodePoints(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte length of the first n code points of s (or all of s).
size_t PrefixBytes(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

size_t SuffixBytes(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.size() - i;
}

class SentenceWriter {
 public:
  SentenceWriter(int hash_bits, SentenceFeatures* out) : shift_(64 - hash_bits), out_(out) {}
  void Add(uint64_t t, uint64_t a, uint64_t b = 0) {
    out_->rows.push_back(static_cast<uint32_t>(HashCombine(HashCombine(t, a), b) >> shift_));
  }

 private:
  int shift_;
  SentenceFeatures* out_;
};

constexpr uint64_t kBoundary = 0x5EB0;  // the hash of "no token here" (before/after the sentence)

void AddLocal(std::span<const TokenInfo> info, std::span<const std::string_view> tokens,
              const WordForms& forms, size_t i, SentenceWriter* w) {
  const size_t n = info.size();
  const TokenInfo& t = info[i];
  const uint64_t prev = i > 0 ? info[i - 1].lower : kBoundary;
  const uint64_t next = i + 1 < n ? info[i + 1].lower : kBoundary;
  const uint64_t prev_shape = i > 0 ? info[i - 1].short_shape : kBoundary;
  const uint64_t next_shape = i + 1 < n ? info[i + 1].short_shape : kBoundary;
  w->Add(kBias, 0);
  w->Add(kWord, t.word);
  w->Add(kLower, t.lower);
  w->Add(kLowerPrev, prev);
  w->Add(kLowerNext, next);
  w->Add(kLowerPrev2, i > 1 ? info[i - 2].lower : kBoundary);
  w->Add(kLowerNext2, i + 2 < n ? info[i + 2].lower : kBoundary);
  w->Add(kShape, t.shape);
  w->Add(kShortShape, t.short_shape);
  w->Add(kShortShapePrev, prev_shape);
  w->Add(kShortShapeNext, next_shape);
  w->Add(kShapeTrigram, HashCombine(prev_shape, t.short_shape), next_shape);
  w->Add(kBigramPrev, prev, t.lower);
  w->Add(kBigramNext, t.lower, next);
  w->Add(kPrevWordShape, prev, t.short_shape);
  w->Add(kShapeNextWord, t.short_shape, next);
  w->Add(kFirstShape, i == 0, t.short_shape);
  w->Add(kLength, t.length);
  const std::string_view word = tokens[i];
  for (int k = 1; k <= kMaxAffix && k < t.length; ++k) {
    w->Add(kPrefix, k, HashBytes(word.substr(0, PrefixBytes(word, k))));
    w->Add(kSuffix, k, HashBytes(forms.lower.substr(forms.lower.size() - SuffixBytes(forms.lower, k))));
  }
}

void AddGazetteer(std::span<const TokenInfo> info, size_t i, SentenceWriter* w) {
  const TokenInfo& t = info[i];
  for (int c = 0; c < NerGazetteer::kMaxCategories; ++c) {
    const uint16_t bit = static_cast<uint16_t>(1u << c);
    if (t.gazetteer_begin & bit) {
      w->Add(kGazetteerBegin, c);
      w->Add(kGazetteerShape, c, t.short_shape);
    }
    if (t.gazetteer_inside & bit) w->Add(kGazetteerInside, c);
    if (i > 0 && ((info[i - 1].gazetteer_begin | info[i - 1].gazetteer_inside) & bit)) {
      w->Add(kGazetteerPrev, c);
    }
    if (i + 1 < info.size() && ((info[i + 1].gazetteer_begin | info[i + 1].gazetteer_inside) & bit)) {
      w->Add(kGazetteerNext, c);
    }
  }
}

void AddClusters(std::span<const TokenInfo> info, size_t i, SentenceWriter* w) {
  const uint32_t path = info[i].cluster;
  if (path != 0) {
    for (int bits : kClusterPrefixes) w->Add(kCluster, bits, NerClusters::Prefix(path, bits));
  }
  if (i > 0) w->Add(kClusterPrev, NerClusters::Prefix(info[i - 1].cluster, 6));
  if (i + 1 < info.size()) w->Add(kClusterNext, NerClusters::Prefix(info[i + 1].cluster, 6));
}

void AddDocument(const TokenInfo& t, uint64_t lower_hash, const NerDocumentContext& context,
                 SentenceWriter* w) {
  w->Add(kDocumentCasing, context.CasingMask(lower_hash), static_cast<uint64_t>(t.casing));
  if (t.casing == Casing::kLower) return;
  const uint8_t history = context.History(lower_hash);
  w->Add(kHistory, history);
  w->Add(kHistoryShape, history, t.short_shape);
}

}  // namespace

NerFeaturizer::NerFeaturizer(const NerGazetteer& gazetteer, const NerClusters& clusters,
                             int hash_bits)
    : gazetteer_(gazetteer), clusters_(clusters), hash_bits_(hash_bits) {
  assert(hash_bits >= 8 && hash_bits <= 30);
}

void NerFeaturizer::Extract(std::span<const std::string_view> tokens,
                            const NerDocumentContext& context, SentenceFeatures* out) const {
  const size_t n = tokens.size();
  std::vector<uint16_t> begin, inside;
  gazetteer_.Match(tokens, &begin, &inside);
  std::vector<TokenInfo> info(n);
  std::vector<WordForms> forms(n);
  out->lower_hashes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    AnalyzeWord(tokens[i], &forms[i]);
    const uint64_t lower = HashBytes(forms[i].lower);
    out->lower_hashes[i] = lower;
    info[i] = {HashBytes(tokens[i]), lower, HashBytes(forms[i].shape),
               HashBytes(forms[i].short_shape), begin[i], inside[i], clusters_.Find(tokens[i]),
               forms[i].casing, std::min(CodePoints(tokens[i]), kMaxLength)};
  }
  out->rows.clear();
  out->offsets.assign(1, 0);
  SentenceWriter writer(hash_bits_, out);
  for (size_t i = 0; i < n; ++i) {
    AddLocal(info, tokens, forms[i], i, &writer);
    AddGazetteer(info, i, &writer);
    AddClusters(info, i, &writer);
    AddDocument(info[i], out->lower_hashes[i], context, &writer);
    out->offsets.push_back(static_cast<uint32_t>(out->rows.size()));
  }
}

}  // namespace lede::nlp
