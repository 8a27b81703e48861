// lede's analysis of the gold sets' texts, run in-process, as the predictions the
// geo and quote scorers take (code-point offsets, in `lede analyze` output order).
#ifndef LEDE_EVAL_ANALYZED_PREDICTIONS_H_
#define LEDE_EVAL_ANALYZED_PREDICTIONS_H_

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "eval/geo_score.h"
#include "eval/quote_score.h"
#include "knowledge/analyzer.h"

namespace lede::eval {

// Every mention of every geocoded location, location by location.
std::vector<PredictedPlace> PredictedPlaces(const AnalyzedArticle& analysis,
                                            const Gazetteer& gazetteer);

// Every quote with its speaker span.
std::vector<PredictedQuote> PredictedQuotes(const AnalyzedArticle& analysis);

// What an article's outlet tells the analysis besides the text (`lede eval geo
// --outlets`): the article's URL, and where the outlet's other articles are.
struct OutletContext {
  std::string url;
  OutletHome home;
};

// Analyses texts[i] (taken as-is, like `lede analyze --as-is`) for every i on up to
// `threads` threads and calls fn(i, analysis) from the worker; an article the
// analyzer rejects is reported on stderr with `name(i)` and given fn as an empty
// analysis. With `outlets` (one per text), outlets[i] is texts[i]'s URL and outlet
// home. REQUIRES: fn is safe to call concurrently for distinct i; outlets is empty
// or as long as texts.
void AnalyzeEach(const Analyzer& analyzer, std::span<const std::string* const> texts,
                 unsigned threads, const std::function<std::string(size_t)>& name,
                 const std::function<void(size_t, const AnalyzedArticle&)>& fn,
                 std::span<const OutletContext> outlets = {});

}  // namespace lede::eval

#endif  // LEDE_EVAL_ANALYZED_PREDICTIONS_H_
