// Scoring one development set: predictions (from lede or from another tool) against
// the set's gold, with the set's body metric and the field metrics.
#ifndef LEDE_EVAL_SET_SCORE_H_
#define LEDE_EVAL_SET_SCORE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "eval/dev_set.h"

namespace lede::eval {

// What an extractor returned for one page. `failed` pages score as empty output.
struct Prediction {
  bool failed = false;
  std::string text;  // body, paragraphs separated by a blank line
  std::string title;
  std::vector<std::string> authors;
  std::string published;  // ISO 8601 date or date-time, or empty
};

// One score and the number of pages it was computed on (0 = the set has no gold
// for it, or the tool gave no value for that field).
struct FieldScore {
  double value = 0;
  size_t pages = 0;
  bool scored() const { return pages > 0; }
};

struct SetScores {
  size_t pages = 0;   // pages in the set
  size_t failed = 0;  // predictions marked failed
  FieldScore body;    // with the set's BodyMetric
  FieldScore title;   // exact match share (field_scores.h)
  FieldScore authors; // micro F1
  FieldScore date;    // F1
};

// Which fields to score; a tool that never outputs a field is not scored on it.
struct ScoredFields {
  bool body = true;
  bool title = true;
  bool authors = true;
  bool date = true;
};

// Scores predictions[i] against set.pages[i].
// REQUIRES: predictions.size() == set.pages.size().
SetScores ScorePredictions(const DevSet& set, const std::vector<Prediction>& predictions,
                           const ScoredFields& fields = {});

}  // namespace lede::eval

#endif  // LEDE_EVAL_SET_SCORE_H_
