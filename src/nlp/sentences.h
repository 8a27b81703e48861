// Sentence splitting over tokens.
#ifndef LEDE_NLP_SENTENCES_H_
#define LEDE_NLP_SENTENCES_H_

#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede::nlp {

// Splits the tokens of `text` (as Tokenize made them) into sentences. A sentence ends
//  - before a paragraph (blank line), and at a line break unless the line ends in a
//    comma or dash or the next starts in lower case; in hard-wrapped text (lines
//    all under 100 bytes) only after a short line (a headline, a byline);
//  - after ".", "!", "?", "..." and the closing quotes and brackets that follow them,
//    when the next token does not start in lower case ("“Why?” he asked" is one);
//  - after an abbreviation that can end one ("Inc.", "U.S.") when a word that
//    usually starts a sentence follows ("The", "He"); never after a title or
//    initial ("Mr.", "Gen.", "J.");
//  - when it reaches options.max_sentence_tokens.
// Every token belongs to exactly one sentence. Sets kTokenSentenceStart on each
// sentence's first token and clears it elsewhere; clears and fills *sentences.
// Thread-safe.
void SplitSentences(std::string_view text, const SentenceOptions& options,
                    std::vector<Token>* tokens, std::vector<Sentence>* sentences);

}  // namespace lede::nlp

#endif  // LEDE_NLP_SENTENCES_H_
