// Word tokens as the reference scorers see them (Python's `re.findall(r"\w+")`).
#ifndef LEDE_EVAL_WORD_TOKENS_H_
#define LEDE_EVAL_WORD_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede::eval {

// Returns the maximal runs of word characters in `text` (UTF-8), as views into it.
// A word character is what Python 3's `\w` matches in a str pattern: a letter
// (general category L*), a character with a numeric type, or '_'. Combining marks
// are not word characters (as in Python). Invalid UTF-8 bytes separate words.
std::vector<std::string_view> WordTokens(std::string_view text);

// Returns `text` normalised for comparing titles and names, as eval_fields.py's
// norm(): NFKC, full case folding, then the word tokens joined by one space.
std::string FoldWords(std::string_view text);

}  // namespace lede::eval

#endif  // LEDE_EVAL_WORD_TOKENS_H_
