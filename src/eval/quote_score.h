// The direct-quote score of ../shared/eval/quote_eval.py on PolNeAR: a gold direct
// quote is found when one predicted quote covers at least half of it; its speaker is
// right when that prediction's speaker span overlaps the gold Source. A predicted
// quote is correct when it overlaps any gold Content (direct or indirect); the
// reference reads only a Content's first fragment, so a quote continuing one after
// its attribution ("“A,” X said. “B.”") also gets a score over every fragment.
#ifndef LEDE_EVAL_QUOTE_SCORE_H_
#define LEDE_EVAL_QUOTE_SCORE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "eval/polnear_gold.h"

namespace lede::eval {

// A quote lede found, in code points.
struct PredictedQuote {
  CharSpan text;
  std::optional<CharSpan> speaker;
};

struct QuoteCounts {
  size_t articles = 0;
  size_t predicted = 0;          // predicted quotes
  size_t predicted_correct = 0;  // predicted quotes overlapping a gold Content's first fragment
  size_t predicted_in_content = 0;  // predicted quotes overlapping any fragment of a gold Content
  size_t gold_direct = 0;        // gold direct quotes
  size_t found = 0;              // gold direct quotes covered at least half by a prediction
  size_t with_source = 0;        // found ones whose gold has a Source
  size_t speaker_right = 0;      // ... and the prediction's speaker span overlaps it

  double precision() const { return predicted == 0 ? 0 : double(predicted_correct) / predicted; }
  double precision_all_fragments() const {
    return predicted == 0 ? 0 : double(predicted_in_content) / predicted;
  }
  double recall() const { return gold_direct == 0 ? 0 : double(found) / gold_direct; }
  double speaker_accuracy() const {
    return with_source == 0 ? 0 : double(speaker_right) / with_source;
  }
  void Add(const QuoteCounts& other);
};

// A mistake `lede eval quotes --errors` lists.
struct QuoteError {
  enum class Kind {
    kMissed,         // a gold direct quote no prediction covers half of
    kWrongSpeaker,   // found, but its speaker span misses the gold Source
    kFalsePositive,  // a prediction overlapping no gold Content's first fragment
  } kind = Kind::kMissed;
  int64_t gold = -1;       // index into the gold attributions, or -1
  int64_t predicted = -1;  // index into the predictions, or -1
};

// Scores one article; the first prediction (in output order) covering a gold quote
// is its match. When `errors` is not null, each mistake is appended to it: false
// positives first, in prediction order, then misses and wrong speakers in gold order.
QuoteCounts ScoreQuoteArticle(std::span<const GoldAttribution> gold,
                              std::span<const PredictedQuote> predicted,
                              std::vector<QuoteError>* errors = nullptr);

}  // namespace lede::eval

#endif  // LEDE_EVAL_QUOTE_SCORE_H_
