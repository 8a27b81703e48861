// The trafilatura evaluation body metric (adbar/trafilatura tests/eval_common.py):
// per page, each "with" snippet found in the extracted text is a true positive
// (else a false negative) and each "without" snippet found is a false positive
// (else a true negative). Whitespace runs are collapsed to one space on both sides
// before the substring test. Counts are summed over pages (micro average).
#ifndef LEDE_EVAL_SNIPPET_SCORE_H_
#define LEDE_EVAL_SNIPPET_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "eval/shingle_score.h"

namespace lede::eval {

// `text` with every run of Unicode white space replaced by one ' ' and the ends trimmed.
std::string CollapseWhitespace(std::string_view text);

// Not thread-safe.
class SnippetScorer {
 public:
  void Add(std::string_view text, const std::vector<std::string>& with,
           const std::vector<std::string>& without);
  size_t pages() const { return pages_; }
  // precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn); 0 when undefined.
  PrecisionRecall Result() const;

 private:
  size_t pages_ = 0;
  size_t tp_ = 0, fp_ = 0, fn_ = 0;
};

}  // namespace lede::eval

#endif  // LEDE_EVAL_SNIPPET_SCORE_H_
