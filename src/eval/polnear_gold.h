// PolNeAR attributions (shared/data/polnear, BRAT standoff), read as
// ../shared/eval/quote_eval.py reads them.
#ifndef LEDE_EVAL_POLNEAR_GOLD_H_
#define LEDE_EVAL_POLNEAR_GOLD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::eval {

// [start, end) in code points of the article text.
struct CharSpan {
  size_t start = 0, end = 0;
};

// One attribution relation (an `E` line with a Content role).
struct GoldAttribution {
  CharSpan content;               // direct or indirect speech, belief, intention: the first
                                  // fragment of a discontinuous span (as quote_eval.py reads it)
  std::vector<CharSpan> content_fragments;  // every fragment ("“A,” X said. “B.”" has two)
  std::optional<CharSpan> source; // the speaker; absent for Attribution-no-source
  bool direct = false;            // the content starts (after white space) with a quotation mark
};

struct PolnearArticle {
  std::string name;  // the text file's name without ".txt"
  std::string text;  // UTF-8
  std::vector<GoldAttribution> attributions;
};

// Reads the articles among the first `max_articles` of `dir`/text (sorted by name)
// that have an annotation file in `dir`/attributions (the first `<name>_*.ann` by
// name), in name order; appends them to *articles. Returns kNotFound naming
// the folder or file that is missing, kCorruption naming the .ann file and line.
Status LoadPolnear(const std::string& dir, size_t max_articles,
                   std::vector<PolnearArticle>* articles);

// Parses one .ann file's contents against its article text. `path` names it in errors.
Status ParseAttributions(const std::string& path, std::string_view ann, std::string_view text,
                         std::vector<GoldAttribution>* attributions);

}  // namespace lede::eval

#endif  // LEDE_EVAL_POLNEAR_GOLD_H_
