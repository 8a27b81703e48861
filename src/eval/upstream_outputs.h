// Other extractors' outputs that ship with two development sets: the article-
// extraction-benchmark's outputs/<tool>.json and the Fundus evaluation's
// extractions/<tool>.json. Scoring them with lede's metrics reproduces the scores
// the sets' READMEs quote, and gives the bar printed beside lede's.
#ifndef LEDE_EVAL_UPSTREAM_OUTPUTS_H_
#define LEDE_EVAL_UPSTREAM_OUTPUTS_H_

#include <string>
#include <vector>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "lede/status.h"

namespace lede::eval {

// Fills *predictions (one per set.pages entry, in order) with `tool`'s output for
// set "scrapinghub-aeb" or "fundus-eval" (body text only; Fundus paragraphs joined by
// a blank line). A page the tool has no output for is an empty, failed prediction.
// Returns NotSupported for other sets, NotFound when the tool has no output file.
Status LoadUpstreamPredictions(const DevSet& set, const std::string& tool,
                               std::vector<Prediction>* predictions);

}  // namespace lede::eval

#endif  // LEDE_EVAL_UPSTREAM_OUTPUTS_H_
