#include "eval/rouge_lsum.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace lede::eval {
namespace {

bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// Closing quotes in UTF-8 (’ ” »), which may follow the full stop.
size_t CloserLength(std::string_view s) {
  for (std::string_view q : {"\xE2\x80\x99", "\xE2\x80\x9D", "\xC2\xBB"}) {
    if (s.substr(0, q.size()) == q) return q.size();
  }
  return !s.empty() && IsCloser(s[0]) ? 1 : 0;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

using Sentence = std::vector<int>;  // token ids

std::vector<Sentence> TokenizedSentences(std::string_view text,
                                         std::unordered_map<std::string, int>* ids) {
  std::vector<Sentence> sentences;
  for (std::string_view s : SplitSentences(text)) {
    Sentence ids_of_s;
    for (const std::string& token : RougeTokens(s)) {
      ids_of_s.push_back(ids->emplace(token, static_cast<int>(ids->size())).first->second);
    }
    sentences.push_back(std::move(ids_of_s));
  }
  return sentences;
}

// Indices into `ref` of one longest common subsequence with `can`, chosen as
// rouge_score's _backtrack_norec does. The table is filled through raw row
// pointers into a per-thread buffer: this is the scorer's inner loop, and under
// ASan at -O1 an accessor lambda and a fresh table per sentence pair cost ~3x.
std::vector<size_t> LcsIndices(const Sentence& ref, const Sentence& can) {
  thread_local std::vector<int> table;
  const size_t m = ref.size(), n = can.size(), width = n + 1;
  table.resize((m + 1) * width);
  int* t = table.data();
  std::fill(t, t + width, 0);
  for (size_t i = 1; i <= m; ++i) {
    const int* up = t + (i - 1) * width;
    int* row = t + i * width;
    const int token = ref[i - 1];
    row[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      row[j] = token == can[j - 1] ? up[j - 1] + 1 : (up[j] > row[j - 1] ? up[j] : row[j - 1]);
    }
  }
  std::vector<size_t> lcs;
  for (size_t i = m, j = n; i > 0 && j > 0;) {
    if (ref[i - 1] == can[j - 1]) {
      lcs.push_back(i - 1);
      --i;
      --j;
    } else if (t[i * width + j - 1] > t[(i - 1) * width + j]) {
      --j;
    } else {
      --i;
    }
  }
  return lcs;
}

size_t TokenCount(const std::vector<Sentence>& sentences) {
  size_t n = 0;
  for (const Sentence& s : sentences) n += s.size();
  return n;
}

std::unordered_map<int, long> TokenCounts(const std::vector<Sentence>& sentences) {
  std::unordered_map<int, long> counts;
  for (const Sentence& s : sentences) {
    for (int t : s) ++counts[t];
  }
  return counts;
}

// Each paragraph with its "[...]" optional marker removed.
std::vector<std::string> WithoutMarkers(const std::vector<std::string>& paragraphs) {
  std::vector<std::string> out;
  for (const std::string& p : paragraphs) {
    const bool optional = p.size() >= 2 && p.front() == '[' && p.back() == ']';
    out.push_back(optional ? p.substr(1, p.size() - 2) : p);
  }
  return out;
}

std::string JoinKept(const std::vector<std::string>& paragraphs, const std::vector<bool>& drop) {
  std::string text;
  bool first = true;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (drop[i]) continue;
    if (!first) text += "\n\n";
    text += paragraphs[i];
    first = false;
  }
  return text;
}

// Drop masks in more_itertools.powerset order (by subset size, then lexicographic),
// or only "none" and "all" above kMaxOptionalParagraphs.
std::vector<std::vector<bool>> DropMasks(const std::vector<std::string>& paragraphs) {
  std::vector<size_t> optional;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    if (p.size() >= 2 && p.front() == '[' && p.back() == ']') optional.push_back(i);
  }
  std::vector<std::vector<bool>> masks;
  const size_t k = optional.size();
  if (k > kMaxOptionalParagraphs) {
    masks.emplace_back(paragraphs.size(), false);
    masks.emplace_back(paragraphs.size(), false);
    for (size_t i : optional) masks.back()[i] = true;
    return masks;
  }
  for (size_t size = 0; size <= k; ++size) {
    std::vector<bool> choose(k, false);
    std::fill(choose.begin(), choose.begin() + size, true);
    do {
      std::vector<bool> mask(paragraphs.size(), false);
      for (size_t j = 0; j < k; ++j) mask[optional[j]] = choose[j];
      masks.push_back(std::move(mask));
    } while (std::prev_permutation(choose.begin(), choose.end()));
  }
  return masks;
}

// Union-LCS positions of each reference sentence against all predicted sentences;
// the gold variants of one article share most sentences, so they are kept.
using UnionCache = std::map<Sentence, std::vector<size_t>>;

const std::vector<size_t>& UnionLcs(const Sentence& r, const std::vector<Sentence>& can,
                                    UnionCache* cache) {
  auto [it, inserted] = cache->try_emplace(r);
  if (!inserted) return it->second;
  std::set<size_t> united;
  for (const Sentence& c : can) {
    for (size_t i : LcsIndices(r, c)) united.insert(i);
  }
  it->second.assign(united.begin(), united.end());
  return it->second;
}

// rouge_score's _summary_level_lcs.
PrecisionRecall SummaryLevelLcs(const std::vector<Sentence>& ref, const std::vector<Sentence>& can,
                                UnionCache* cache) {
  const size_t m = TokenCount(ref), n = TokenCount(can);
  PrecisionRecall score;
  if (m == 0 || n == 0) return score;
  std::unordered_map<int, long> ref_left = TokenCounts(ref), can_left = TokenCounts(can);
  size_t hits = 0;
  for (const Sentence& r : ref) {
    for (size_t i : UnionLcs(r, can, cache)) {
      long& in_can = can_left[r[i]];
      long& in_ref = ref_left[r[i]];
      if (in_can > 0 && in_ref > 0) {
        ++hits;
        --in_can;
        --in_ref;
      }
    }
  }
  score.precision = static_cast<double>(hits) / n;
  score.recall = static_cast<double>(hits) / m;
  if (hits > 0) score.f1 = 2 * score.precision * score.recall / (score.precision + score.recall);
  return score;
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsSentenceEnd(text[i])) continue;
    size_t end = i + 1;
    while (end < text.size() && IsSentenceEnd(text[end])) ++end;
    for (size_t len; (len = CloserLength(text.substr(end))) > 0;) end += len;
    size_t next = end;
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (next == end || next == text.size() || IsLowerAscii(text[next])) continue;
    std::string_view s = Trimmed(text.substr(start, end - start));
    if (!s.empty()) sentences.push_back(s);
    start = next;
    i = next - 1;
  }
  std::string_view last = Trimmed(text.substr(std::min(start, text.size())));
  if (!last.empty()) sentences.push_back(last);
  return sentences;
}

std::vector<std::string> RougeTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (IsLowerAscii(lower) || (lower >= '0' && lower <= '9')) {
      current.push_back(lower);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

PrecisionRecall RougeLsum(std::string_view reference, std::string_view prediction) {
  return BestRougeLsum({std::string(reference)}, prediction);
}

PrecisionRecall BestRougeLsum(const std::vector<std::string>& gold_paragraphs,
                              std::string_view prediction) {
  std::unordered_map<std::string, int> ids;
  const std::vector<Sentence> can = TokenizedSentences(prediction, &ids);
  const std::vector<std::string> plain = WithoutMarkers(gold_paragraphs);
  UnionCache cache;
  PrecisionRecall best;
  bool first = true;
  for (const std::vector<bool>& drop : DropMasks(gold_paragraphs)) {
    const std::vector<Sentence> ref = TokenizedSentences(JoinKept(plain, drop), &ids);
    PrecisionRecall s = SummaryLevelLcs(ref, can, &cache);
    if (first || s.f1 > best.f1) best = s;
    first = false;
  }
  return best;
}

PrecisionRecall RougeScorer::Add(const std::vector<std::string>& gold_paragraphs,
                                 std::string_view prediction) {
  PrecisionRecall s = BestRougeLsum(gold_paragraphs, prediction);
  ++pages_;
  sum_.precision += s.precision;
  sum_.recall += s.recall;
  sum_.f1 += s.f1;
  return s;
}

PrecisionRecall RougeScorer::Result() const {
  if (pages_ == 0) return {};
  return {sum_.precision / pages_, sum_.recall / pages_, sum_.f1 / pages_};
}

}  // namespace lede::eval
