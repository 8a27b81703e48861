// LimitNesting: a linear pre-pass that caps element nesting before HTML parsing.
//
// HTML5 tree builders take time quadratic in nesting depth (about 10 s per 100k
// unclosed elements), so depth must be bounded before the parser sees the input.
// This is a light tokenizer (comments, raw-text elements, quoted attributes and
// void elements understood; elements whose end tag is optional not counted) that
// drops start tags opened deeper than the limit together with their end tags, so
// their content is flattened into the ancestor at the limit.
#ifndef LEDE_EXTRACT_HTML_NESTING_H_
#define LEDE_EXTRACT_HTML_NESTING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace lede {

// Returns true and writes the rewritten document to *out when some tags had to be
// dropped to keep nesting at most `max_depth` levels; returns false (and leaves
// *out alone) when `html` is within the limit. max_depth 0 = no limit.
// REQUIRES: out != nullptr.
bool LimitNesting(std::string_view html, uint32_t max_depth, std::string* out);

}  // namespace lede

#endif  // LEDE_EXTRACT_HTML_NESTING_H_
