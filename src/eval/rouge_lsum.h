// ROUGE-LSum as the Fundus evaluation scores bodies (dobbersc/fundus-evaluation
// scorers.py: rouge_score's RougeScorer(["rougeLsum"], use_stemmer=False,
// split_summaries=True), best over the gold's optional-paragraph variants).
//
// Tokens: lower-cased, every run of characters other than [a-z0-9] is a separator
// (rouge_score's tokenizer). Texts are split into sentences, and each gold
// sentence's union-LCS with all predicted sentences counts hits, each token at most
// as often as it occurs on both sides (rouge_score 1.5.5 behaviour).
//
// Known difference: upstream splits sentences with NLTK's trained punkt model,
// which is not available here; SplitSentences is a rule-based approximation
// (see its comment). Per-article scores can therefore differ slightly.
#ifndef LEDE_EVAL_ROUGE_LSUM_H_
#define LEDE_EVAL_ROUGE_LSUM_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "eval/shingle_score.h"

namespace lede::eval {

// Sentences of `text`: a sentence ends after '.', '!' or '?' (and any closing quotes
// or brackets right after it) when whitespace follows and the next word does not
// start with a lower-case ASCII letter. Line breaks alone do not end a sentence
// (as with punkt). Returns views into `text`, never empty ones.
std::vector<std::string_view> SplitSentences(std::string_view text);

// rouge_score's tokens of `text` (see above).
std::vector<std::string> RougeTokens(std::string_view text);

// ROUGE-LSum of `prediction` against `reference` (whole texts).
// All zero when either side has no token.
PrecisionRecall RougeLsum(std::string_view reference, std::string_view prediction);

// Upstream's default limit on optional gold paragraphs: with more, only "all
// kept" and "all dropped" are tried instead of every subset.
inline constexpr size_t kMaxOptionalParagraphs = 4;

// The best (by F1, first on ties) ROUGE-LSum of `prediction` over the gold variants:
// a gold paragraph written "[...]" is optional; it is tried with and without
// (markers removed), paragraphs joined by a blank line.
PrecisionRecall BestRougeLsum(const std::vector<std::string>& gold_paragraphs,
                              std::string_view prediction);

// Accumulates articles; Result() averages precision, recall and F1 over them
// (the mean of per-article F1s, as the Fundus README tables). Not thread-safe.
class RougeScorer {
 public:
  // Adds one article and returns its (best) score.
  PrecisionRecall Add(const std::vector<std::string>& gold_paragraphs, std::string_view prediction);
  size_t pages() const { return pages_; }
  PrecisionRecall Result() const;  // all zero when no article was added

 private:
  size_t pages_ = 0;
  PrecisionRecall sum_;
};

}  // namespace lede::eval

#endif  // LEDE_EVAL_ROUGE_LSUM_H_
