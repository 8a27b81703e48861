// Test support: the invariants every Document keeps, whatever its text.
#ifndef LEDE_NLP_TESTING_H_
#define LEDE_NLP_TESTING_H_

#include <string>
#include <string_view>

#include "lede/document.h"
#include "nlp/char_class.h"
#include "nlp/utf8.h"

namespace lede::nlp::testing {

// True when every code point of text[start, end) is white space (or, with
// `expect_space` false, none is).
inline bool AllSpace(std::string_view text, size_t start, size_t end, bool expect_space) {
  for (size_t pos = start; pos < end;) {
    char32_t cp;
    pos += DecodeUtf8(text, pos, &cp);
    if ((Classify(cp).cls == CharClass::kSpace) != expect_space) return false;
  }
  return true;
}

// Returns "" when the document's layers are well formed, else what is wrong:
// tokens are non-empty, ordered, hold no white space and are separated only by
// it; normalised forms lie in the arena; sentences tile the tokens in order and
// only their first tokens carry kTokenSentenceStart.
inline std::string InvariantError(const Document& doc) {
  const std::string_view text = doc.text();
  uint32_t last_end = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    const Token& token = doc.tokens()[i];
    const std::string at = "token " + std::to_string(i) + ": ";
    if (token.span.start >= token.span.end || token.span.end > text.size()) return at + "bad span";
    if (token.span.start < last_end) return at + "overlaps the one before";
    if (!AllSpace(text, last_end, token.span.start, true)) return at + "skips non-space text";
    if (!AllSpace(text, token.span.start, token.span.end, false)) return at + "holds white space";
    if (static_cast<uint32_t>(token.kind()) > static_cast<uint32_t>(TokenKind::kUrl)) {
      return at + "bad kind";
    }
    const bool normalized = token.has(kTokenNormalized);
    if (normalized &&
        (token.norm.start >= token.norm.end || token.norm.end > doc.norm_text().size())) {
      return at + "bad norm span";
    }
    last_end = token.span.end;
  }
  if (!AllSpace(text, last_end, text.size(), true)) return "text after the last token";
  uint32_t next = 0;
  for (const Sentence& sentence : doc.sentences()) {
    if (sentence.token_begin != next || sentence.token_end <= sentence.token_begin) {
      return "sentences do not tile the tokens at token " + std::to_string(next);
    }
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      if (doc.tokens()[i].has(kTokenSentenceStart) != (i == sentence.token_begin)) {
        return "kTokenSentenceStart wrong on token " + std::to_string(i);
      }
    }
    next = sentence.token_end;
  }
  if (next != doc.tokens().size()) return "tokens after the last sentence";
  return "";
}

}  // namespace lede::nlp::testing

#endif  // LEDE_NLP_TESTING_H_
