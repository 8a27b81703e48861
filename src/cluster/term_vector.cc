#include "cluster/term_vector.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace lede {
namespace {

// English function words and newswire fillers that say nothing about a story.
const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "and", "for", "that", "with", "was", "were", "are", "his", "her", "its", "their", "they",
      "this", "these", "those", "from", "has", "have", "had", "not", "but", "been", "which", "who",
      "whom", "will", "would", "can", "could", "should", "may", "might", "also", "than", "then",
      "there", "here", "when", "where", "what", "while", "about", "after", "before", "into", "over",
      "under", "said", "says", "say", "one", "two", "all", "any", "some", "more", "most", "other",
      "such", "only", "own", "same", "very", "just", "out", "off", "our", "you", "your", "she", "him",
      "them", "being", "did", "does", "doing", "because", "until", "against", "between", "through",
      "during", "above", "below", "again", "further", "once", "both", "each", "few", "nor", "too",
      "how", "why", "now", "per", "via", "since", "yet", "still", "many", "much", "made", "make",
      "told", "according", "reported", "including", "however", "another", "first", "last", "new",
      "year", "years", "time", "day", "days", "week", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "wikinews", "reuters", "mr", "mrs", "ms", "people"};
  return kWords;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

std::unordered_map<std::string, uint32_t> ContentWordCounts(std::string_view text) {
  std::unordered_map<std::string, uint32_t> counts;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t start = i;
    bool digits_only = true;
    while (i < text.size() && IsWordByte(text[i])) digits_only &= std::isdigit(static_cast<unsigned char>(text[i++])) != 0;
    if (i - start < 3 || digits_only) continue;
    std::string word(text.substr(start, i - start));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!StopWords().count(word)) ++counts[word];
  }
  return counts;
}

template <typename Key>
SparseVector<Key> UnitVector(SparseVector<Key> v, size_t keep) {
  if (keep > 0 && v.size() > keep) {
    std::nth_element(v.begin(), v.begin() + keep, v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    v.resize(keep);
  }
  std::sort(v.begin(), v.end());
  double norm = 0;
  for (const auto& [key, w] : v) norm += w * w;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& entry : v) entry.second /= norm;
  }
  return v;
}

template <typename Key>
double Cosine(const SparseVector<Key>& a, const SparseVector<Key>& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& e : a) na += e.second * e.second;
  for (const auto& e : b) nb += e.second * e.second;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double TfIdf(uint32_t count, uint64_t df, uint64_t documents) {
  if (count == 0) return 0;
  return (1 + std::log(static_cast<double>(count))) *
         (1 + std::log(static_cast<double>(documents + 1) / static_cast<double>(df + 1)));
}

template SparseVector<std::string> UnitVector(SparseVector<std::string>, size_t);
template SparseVector<int64_t> UnitVector(SparseVector<int64_t>, size_t);
template double Cosine(const SparseVector<std::string>&, const SparseVector<std::string>&);
template double Cosine(const SparseVector<int64_t>&, const SparseVector<int64_t>&);

}  // namespace lede
