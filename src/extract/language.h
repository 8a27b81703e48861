// Language identification of article text, with CLD2.
#ifndef LEDE_EXTRACT_LANGUAGE_H_
#define LEDE_EXTRACT_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

struct LanguageOptions {
  // CLD2 reads only this many leading bytes of the text (cut back to a
  // character boundary). It runs at about 4 MB/s on news text; on 496 news
  // articles the first 4 KiB gave the same answer as the whole text, and on the
  // 491 benchmark pages (bench/extract) the first 2 KiB the same as 4 KiB.
  // 0 = the whole text.
  size_t sample_bytes = 2048;
};

// Returns the ISO 639-1 code ("en", "zh", "he") of the main language of
// `utf8_text`, which is plain text (not HTML), or "" when unknown.
//
// `hint` is what the page says about itself: its lang attribute or its
// Content-Language ("fr-CA", "en, de"), or "". It boosts that language in
// CLD2, and it is the answer when the text is too short or too mixed for a
// reliable result but does not point to another language (so "Breaking news"
// with hint "en" is "en", and with no hint ""). A reliable result from the text
// always wins over the hint.
//
// Languages without a two-letter code, and script-only results, give "".
// Invalid UTF-8 gives "" (or the hint). Thread-safe.
std::string DetectLanguage(std::string_view utf8_text, std::string_view hint,
                           const LanguageOptions& options = LanguageOptions());

}  // namespace lede

#endif  // LEDE_EXTRACT_LANGUAGE_H_
