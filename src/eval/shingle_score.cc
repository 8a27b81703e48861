#include "eval/shingle_score.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/word_tokens.h"

namespace lede::eval {
namespace {

constexpr size_t kShingleSize = 4;

// Shingles keyed by their tokens joined with a space (tokens never hold one).
std::unordered_map<std::string, long> Shingles(std::string_view text) {
  std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, long> counts;
  if (tokens.empty()) return counts;
  const size_t starts = tokens.size() >= kShingleSize ? tokens.size() - kShingleSize + 1 : 1;
  for (size_t i = 0; i < starts; ++i) {
    std::string key(tokens[i]);
    for (size_t j = i + 1; j < std::min(tokens.size(), i + kShingleSize); ++j) {
      key.push_back(' ');
      key.append(tokens[j]);
    }
    ++counts[key];
  }
  return counts;
}

}  // namespace

ShingleCounts CountShingles(std::string_view gold, std::string_view pred) {
  std::unordered_map<std::string, long> g = Shingles(gold);
  std::unordered_map<std::string, long> p = Shingles(pred);
  ShingleCounts counts;
  for (const auto& [key, n] : g) {
    auto it = p.find(key);
    const long m = it == p.end() ? 0 : it->second;
    counts.tp += std::min(n, m);
    counts.fn += std::max(0L, n - m);
  }
  for (const auto& [key, m] : p) {
    auto it = g.find(key);
    counts.fp += std::max(0L, m - (it == g.end() ? 0 : it->second));
  }
  return counts;
}

void ShingleScorer::Add(std::string_view gold, std::string_view pred) {
  ++pages_;
  const ShingleCounts c = CountShingles(gold, pred);
  const bool perfect = c.fp == 0 && c.fn == 0;
  if (c.tp + c.fp > 0) {
    precision_sum_ += perfect ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fp);
    ++precision_pages_;
  }
  if (c.tp + c.fn > 0) {
    recall_sum_ += perfect ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fn);
    ++recall_pages_;
  }
}

PrecisionRecall ShingleScorer::Result() const {
  PrecisionRecall r;
  r.precision = precision_pages_ ? precision_sum_ / precision_pages_ : 0.0;
  r.recall = recall_pages_ ? recall_sum_ / recall_pages_ : 0.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

}  // namespace lede::eval
