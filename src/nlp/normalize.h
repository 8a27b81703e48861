// The normalised form of a token, for features and lookups (offsets stay on the
// original text; only this form changes).
#ifndef LEDE_NLP_NORMALIZE_H_
#define LEDE_NLP_NORMALIZE_H_

#include <string>
#include <string_view>

namespace lede::nlp {

// Appends the normalised form of `token` to *out and returns true when it differs
// from `token`; otherwise leaves *out as it was and returns false. The form is:
// curly and angle quotes and apostrophes folded to ' and ", hyphens, dashes and
// minus signs to "-", "…" to "...", soft hyphens and zero-width joiners dropped,
// then Unicode NFC. Case is kept. Invalid UTF-8 bytes are copied unchanged. A
// token that would normalise to nothing (a lone zero-width joiner) keeps its text.
// Thread-safe.
bool AppendNormalized(std::string_view token, std::string* out);

}  // namespace lede::nlp

#endif  // LEDE_NLP_NORMALIZE_H_
