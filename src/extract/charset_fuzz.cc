// libFuzzer target for charset decoding and language identification: any bytes,
// under any declared charset, must decode to valid UTF-8 without NULs, and
// DetectLanguage must take whatever DecodeToUtf8 gives. Build with -DLEDE_FUZZ=ON
// and clang; run build/.../lede_charset_fuzz [corpus dir].
#include <unicode/ustring.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "extract/charset.h"
#include "extract/fuzz_checks.h"
#include "extract/language.h"

namespace {

// Bits 0-3 of the first input byte pick the Content-Type, bit 7 whether the
// bytes are HTML.
constexpr std::string_view kContentTypes[] = {
    "",
    "text/html; charset=utf-8",
    "text/html; charset=windows-1252",
    "text/html; charset=shift_jis",
    "text/html; charset=euc-jp",
    "text/html; charset=iso-2022-jp",
    "text/html; charset=gb18030",
    "text/html; charset=big5",
    "text/html; charset=euc-kr",
    "text/html; charset=utf-16le",
    "text/html; charset=utf-16be",
    "text/html; charset=utf-32le",
    "text/html; charset=hz-gb-2312",
    "text/html; charset=iso-2022-kr",
    "text/html; charset=koi8-r",
    "text/html; charset=\"",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t selector = data[0];
  // The second byte is the length of the language hint that follows it.
  const std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::string_view hint = rest.substr(0, data[1] % 32);
  const std::string_view bytes = rest.substr(hint.size());
  const std::string_view content_type = kContentTypes[selector % std::size(kContentTypes)];
  const bool is_html = (selector & 0x80) != 0;
  const lede::DecodedText decoded = lede::DecodeToUtf8(bytes, content_type, is_html);
  if (!lede::fuzzing::IsValidUtf8(decoded.utf8) || decoded.utf8.find('\0') != std::string::npos ||
      lede::CanonicalCharset(decoded.charset) != decoded.charset) {
    std::abort();
  }
  const std::string language = lede::DetectLanguage(decoded.utf8, hint);
  if (!language.empty() && language.size() != 2) std::abort();
  return 0;
}
