// Running lede's extractor over a development set, in-process.
#ifndef LEDE_EVAL_PREDICT_H_
#define LEDE_EVAL_PREDICT_H_

#include <cstdint>
#include <vector>

#include "eval/dev_set.h"
#include "eval/set_score.h"
#include "lede/extractor.h"

namespace lede::eval {

struct PredictOptions {
  unsigned threads = 1;    // worker threads (at least 1)
  ExtractOptions extract;  // limits passed to ExtractArticle
};

struct PredictRun {
  std::vector<Prediction> predictions;  // one per set.pages entry, in order
  double seconds = 0;                   // wall time of extraction (files read beforehand)
  uint64_t bytes = 0;                   // page bytes extracted (after gunzip)
};

// Reads every page file (gunzipped), builds a Record {source = path, uri = the
// gold's URL or file:// + path, kind = HTML}, and calls ExtractArticle on `threads`
// threads. A page that cannot be read or extracted is a failed prediction carrying
// whatever metadata the extractor found.
PredictRun PredictSet(const DevSet& set, const PredictOptions& options);

}  // namespace lede::eval

#endif  // LEDE_EVAL_PREDICT_H_
