// Tokenisation: text -> tokens with UTF-8 byte offsets into that text.
#ifndef LEDE_NLP_TOKENIZER_H_
#define LEDE_NLP_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede::nlp {

// Splits `text` into tokens, news-style (PTB / Universal Dependencies conventions):
//  - words keep inner hyphens ("anti-terrorism"; split with options.split_hyphens),
//    inner apostrophes ("O'Brien") and inner periods ("U.S.", "dresscod.com");
//  - clitics are split off: "Morocco’s" -> "Morocco" "’s", "don't" -> "do" "n't",
//    "cannot" -> "can" "not"; a final apostrophe ("girls’") is its own token;
//  - numbers keep their separators: "1,664", "3.5", "10:30", "7/21/2017";
//  - abbreviations keep their period: "Mr.", "Gen.", "Jan.", "U.S.", "J.", "No. 5";
//  - URLs and e-mail addresses are one token; punctuation is one token per mark,
//    except runs of the same kind ("...", "?!", "--", "***");
//  - whitespace (Unicode spaces, zero-width space, controls) separates tokens and
//    sets kTokenSpaceBefore / kTokenLineStart / kTokenParagraphStart.
// Every token gets its TokenKind and shape flags. Tokens with non-ASCII bytes get a
// normalised form (see AppendNormalized) appended to *norm_text when it differs.
// Clears *tokens and *norm_text first. Never fails: invalid UTF-8 bytes become
// one-byte symbol tokens. Thread-safe.
// REQUIRES: text.size() < 2^30 (so that offsets and norm_text fit 32 bits).
void Tokenize(std::string_view text, const TokenizeOptions& options, std::vector<Token>* tokens,
              std::string* norm_text);

}  // namespace lede::nlp

#endif  // LEDE_NLP_TOKENIZER_H_
