// The text of a small, well-formed HTML fragment, such as Readability's expected
// output in readability-pages (gold, not web input: parsed with libxml2).
#ifndef LEDE_EVAL_HTML_TEXT_H_
#define LEDE_EVAL_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace lede::eval {

// Returns the text of `html` (UTF-8) with entities decoded, scripts and styles
// dropped, and a blank line between block elements (p, div, li, h1-h6, tr, ...);
// inline elements add no space. The tree is walked iteratively.
std::string HtmlFragmentText(std::string_view html);

}  // namespace lede::eval

#endif  // LEDE_EVAL_HTML_TEXT_H_
