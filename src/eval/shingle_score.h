// The article-extraction-benchmark body metric (scrapinghub/article-extraction-benchmark
// evaluate.py; the same formula is newspaper4k's NAEB "corpus" score).
//
// Per page: multisets of 4-gram shingles of `\w+` tokens of gold and prediction;
// tp = shared shingles, fp = extra predicted, fn = missing gold. Precision is
// averaged over the pages with tp+fp > 0 and recall over those with tp+fn > 0
// (a page with fp = fn = 0 scores 1 for both); F1 = 2PR/(P+R) of the averages.
//
// Note: shared/eval/aeb_score.py instead counts an empty prediction as precision 0
// (and an empty gold as recall 0). Upstream skips such pages, and the scores the
// data READMEs quote (justext 0.794, goose3 0.908 on the AEB split) follow upstream.
#ifndef LEDE_EVAL_SHINGLE_SCORE_H_
#define LEDE_EVAL_SHINGLE_SCORE_H_

#include <cstddef>
#include <string_view>

namespace lede::eval {

// Shingle counts of one page.
struct ShingleCounts {
  size_t tp = 0;
  size_t fp = 0;
  size_t fn = 0;
};

// Counts the 4-gram shingles of `pred` against `gold`. A text with fewer than four
// tokens (but at least one) has one shorter shingle, as upstream.
ShingleCounts CountShingles(std::string_view gold, std::string_view pred);

// Precision, recall and F1, each in [0, 1].
struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Accumulates pages and gives the page-averaged score. Not thread-safe.
class ShingleScorer {
 public:
  void Add(std::string_view gold, std::string_view pred);
  size_t pages() const { return pages_; }
  // All zero when no page was added.
  PrecisionRecall Result() const;

 private:
  size_t pages_ = 0;
  double precision_sum_ = 0;
  size_t precision_pages_ = 0;
  double recall_sum_ = 0;
  size_t recall_pages_ = 0;
};

}  // namespace lede::eval

#endif  // LEDE_EVAL_SHINGLE_SCORE_H_
