#include "util/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace lede {
namespace {

// Letters that NFKD leaves alone but readers take as their base letter.
const char* AsciiForUndecomposable(UChar32 c) {
  switch (c) {
    case U'đ': case U'Đ': return "d";
    case U'ł': case U'Ł': return "l";
    case U'ø': case U'Ø': return "o";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'ı': return "i";
    case U'þ': case U'Þ': return "th";
    case U'ð': case U'Ð': return "d";
    default: return nullptr;
  }
}

bool IsSeparator(UChar32 c) {
  return c == ' ' || c == '-' || c == '.' || c == 0x2010 || c == 0x2011 || c == 0x2013 ||
         c == 0x00A0 || c == '\t' || c == '\n';
}

// Appends `c` to `kept` unless it is a combining mark, as one space if it is a
// separator (none at the start, never two in a row), as its ASCII letters if
// NFKD leaves it undecomposed. The caller case-folds `kept` as a whole (folding
// is per character, so this equals folding each one).
void AppendKept(UChar32 c, icu::UnicodeString* kept) {
  if (IsSeparator(c)) {
    if (!kept->isEmpty() && kept->charAt(kept->length() - 1) != u' ') kept->append(u' ');
    return;
  }
  if (u_charType(c) == U_NON_SPACING_MARK) return;
  if (const char* ascii = AsciiForUndecomposable(c)) {
    kept->append(icu::UnicodeString(ascii, -1, icu::UnicodeString::kInvariant));
    return;
  }
  kept->append(c);
}

bool IsPlainAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

void TrimTrailingSpace(std::string* s) {
  while (!s->empty() && s->back() == ' ') s->pop_back();
}

}  // namespace

std::string FoldForMatch(std::string_view utf8) {
  std::string out;
  if (IsPlainAscii(utf8)) {  // fast path: most names, written in place
    out.resize(utf8.size());
    char* folded = out.data();
    size_t n = 0;
    for (unsigned char c : utf8) {
      if (!IsSeparator(c)) {
        folded[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      } else if (n > 0 && folded[n - 1] != ' ') {
        folded[n++] = ' ';
      }
    }
    out.resize(n);
    TrimTrailingSpace(&out);
    return out;
  }
  out.reserve(utf8.size());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = nfkd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size())), status);
  if (U_FAILURE(status)) return out;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c != 0xFFFD) AppendKept(c, &kept);
  }
  kept.foldCase().toUTF8String(out);
  TrimTrailingSpace(&out);
  return out;
}

}  // namespace lede
