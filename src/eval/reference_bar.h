// The bar lede is measured against on each development set: the best generic
// open-source extractor the set's README gives scores for. Where the set ships
// that tool's outputs (scrapinghub-aeb, fundus-eval), they are scored here with
// lede's own metric on this split; elsewhere the README's published figure is
// quoted (on the full upstream set, which this split is 60% of).
#ifndef LEDE_EVAL_REFERENCE_BAR_H_
#define LEDE_EVAL_REFERENCE_BAR_H_

#include <string>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "lede/status.h"

namespace lede::eval {

struct ReferenceBar {
  std::string tool;    // "trafilatura 2.0.0"
  std::string source;  // where the numbers come from
  SetScores scores;    // fields the tool has no figure for are not scored
};

// Fills *bar for `set`. Returns an error only when the shipped outputs of the
// tool cannot be read.
Status LoadReferenceBar(const DevSet& set, ReferenceBar* bar);

}  // namespace lede::eval

#endif  // LEDE_EVAL_REFERENCE_BAR_H_
