#include "eval/quote_score.h"

#include <algorithm>

namespace lede::eval {
namespace {

bool Overlaps(CharSpan a, CharSpan b) { return a.start < b.end && b.start < a.end; }

// quote_eval.py: min(ge, pe) - max(gs, ps) >= 0.5 * (ge - gs).
bool CoversHalf(CharSpan prediction, CharSpan gold) {
  const double shared = double(std::min(gold.end, prediction.end)) -
                        double(std::max(gold.start, prediction.start));
  return shared >= 0.5 * (double(gold.end) - double(gold.start));
}

}  // namespace

void QuoteCounts::Add(const QuoteCounts& other) {
  articles += other.articles;
  predicted += other.predicted;
  predicted_correct += other.predicted_correct;
  predicted_in_content += other.predicted_in_content;
  gold_direct += other.gold_direct;
  found += other.found;
  with_source += other.with_source;
  speaker_right += other.speaker_right;
}

QuoteCounts ScoreQuoteArticle(std::span<const GoldAttribution> gold,
                              std::span<const PredictedQuote> predicted,
                              std::vector<QuoteError>* errors) {
  auto report = [errors](QuoteError::Kind kind, int64_t g, int64_t p) {
    if (errors != nullptr) errors->push_back({kind, g, p});
  };
  QuoteCounts counts;
  counts.articles = 1;
  counts.predicted = predicted.size();
  for (size_t i = 0; i < predicted.size(); ++i) {
    const PredictedQuote& p = predicted[i];
    const bool correct = std::any_of(gold.begin(), gold.end(), [&](const GoldAttribution& g) {
      return Overlaps(p.text, g.content);
    });
    counts.predicted_correct += correct;
    if (!correct) report(QuoteError::Kind::kFalsePositive, -1, i);
    counts.predicted_in_content += std::any_of(gold.begin(), gold.end(), [&](const GoldAttribution& g) {
      return std::any_of(g.content_fragments.begin(), g.content_fragments.end(),
                         [&](CharSpan f) { return Overlaps(p.text, f); });
    });
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldAttribution& g = gold[i];
    if (!g.direct) continue;
    ++counts.gold_direct;
    const auto match = std::find_if(predicted.begin(), predicted.end(),
                                    [&](const PredictedQuote& p) { return CoversHalf(p.text, g.content); });
    if (match == predicted.end()) {
      report(QuoteError::Kind::kMissed, i, -1);
      continue;
    }
    ++counts.found;
    if (!g.source) continue;
    ++counts.with_source;
    const bool right = match->speaker && Overlaps(*match->speaker, *g.source);
    counts.speaker_right += right;
    if (!right) report(QuoteError::Kind::kWrongSpeaker, i, match - predicted.begin());
  }
  return counts;
}

}  // namespace lede::eval
