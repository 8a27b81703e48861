// Metadata metrics, as shared/eval/eval_fields.py computes them:
//  - title: exact match after FoldWords (NFKC, case fold, \w+ tokens), share of pages;
//  - authors: sets of FoldWords'd names per page, micro-averaged F1 over pages;
//  - date: the first 10 characters (YYYY-MM-DD) of the prediction against the gold
//    day; a wrong day is a false positive, no date a false negative;
//    F1 = 2tp/(2tp+fp+fn) (htmldate's evaluation.py).
// Only pages with a gold value are added. Not thread-safe.
#ifndef LEDE_EVAL_FIELD_SCORES_H_
#define LEDE_EVAL_FIELD_SCORES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::eval {

class TitleScorer {
 public:
  void Add(std::string_view gold, std::string_view pred);
  size_t pages() const { return pages_; }
  double Result() const;  // share of exact matches; 0 when no page

 private:
  size_t pages_ = 0, matches_ = 0;
};

class AuthorScorer {
 public:
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& pred);
  size_t pages() const { return pages_; }
  double Result() const;  // micro F1; 0 when nothing matched

 private:
  size_t pages_ = 0, tp_ = 0, fp_ = 0, fn_ = 0;
};

class DateScorer {
 public:
  // `gold` is "YYYY-MM-DD..."; `pred` any ISO 8601 date or date-time, or empty.
  void Add(std::string_view gold, std::string_view pred);
  size_t pages() const { return pages_; }
  double Result() const;  // F1; 0 when no page

 private:
  size_t pages_ = 0, tp_ = 0, fp_ = 0, fn_ = 0;
};

// Splits a byline as the gold sets write several names in one string:
// at ';', ',', '&', '|', '/' and the words "and", "und", "et", "y". Empty parts dropped.
std::vector<std::string> SplitByline(std::string_view byline);

}  // namespace lede::eval

#endif  // LEDE_EVAL_FIELD_SCORES_H_
