#include "nlp/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "nlp/char_class.h"
#include "nlp/utf8.h"

namespace lede::nlp {
namespace {

// The ASCII replacement of a folded code point, or nullptr to keep it. "" drops it.
const char* Fold(char32_t cp) {
  if (cp < 0x80) return nullptr;
  if (IsDash(cp)) return "-";
  if (IsQuote(cp))
    return (cp >= 0x2018 && cp <= 0x201B) || cp == 0x2039 || cp == 0x203A ? "'" : "\"";
  if (cp == 0x02BC) return "'";
  if (cp == 0x2026) return "...";
  if (Classify(cp).cls == CharClass::kJoiner) return "";
  return nullptr;
}

// Replaces *text by its NFC form. Code points below U+0300 never compose with
// what precedes them, so texts without one need no work.
void ToNfc(std::string* text) {
  bool may_change = false;
  for (unsigned char c : *text) may_change |= c >= 0xCC;
  if (!may_change) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  std::string result;
  icu::StringByteSink<std::string> sink(&result);
  nfc->normalizeUTF8(0, icu::StringPiece(text->data(), static_cast<int32_t>(text->size())), sink,
                     nullptr, status);
  if (U_SUCCESS(status)) text->swap(result);
}

}  // namespace

bool AppendNormalized(std::string_view token, std::string* out) {
  std::string form;
  form.reserve(token.size());
  for (size_t pos = 0; pos < token.size();) {
    char32_t cp;
    const size_t length = DecodeUtf8(token, pos, &cp);
    const char* replacement = Fold(cp);
    if (replacement != nullptr) {
      form += replacement;
    } else {
      form.append(token.substr(pos, length));
    }
    pos += length;
  }
  ToNfc(&form);
  if (form.empty() || form == token) return false;
  out->append(form);
  return true;
}

}  // namespace lede::nlp
