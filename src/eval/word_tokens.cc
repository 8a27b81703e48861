#include "eval/word_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace lede::eval {
namespace {

bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (c == '_') return true;
  return u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t start = -1;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (IsWordChar(c)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      tokens.push_back(text.substr(start, at - start));
      start = -1;
    }
  }
  if (start >= 0) tokens.push_back(text.substr(start));
  return tokens;
}

std::string FoldWords(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString normal =
      nfkc->normalize(icu::UnicodeString::fromUTF8(
                          icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                      status);
  if (U_FAILURE(status)) return {};
  std::string folded;
  normal.foldCase().toUTF8String(folded);
  std::string joined;
  for (std::string_view word : WordTokens(folded)) {
    if (!joined.empty()) joined.push_back(' ');
    joined.append(word);
  }
  return joined;
}

}  // namespace lede::eval
