#include "extract/language.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <climits>

namespace lede {
namespace {

// CLD2's code as ISO 639-1, or "" if it has none.
std::string Iso639_1(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE) return "";
  std::string_view code = CLD2::LanguageCode(language);
  code = code.substr(0, code.find('-'));  // "zh-Hant" -> "zh", "sr-ME" -> "sr"
  if (code.size() != 2 || code == "xx") return "";  // "haw", "xx-Latn" (a script)
  // CLD2 keeps the withdrawn codes.
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  return std::string(code);
}

// The language of the first item of a lang attribute or Content-Language value
// ("EN_us, fr" -> ENGLISH). CLD2 knows lowercase, hyphenated tags only.
CLD2::Language HintLanguage(std::string_view hint) {
  std::string_view first = hint.substr(0, hint.find(','));
  const size_t begin = first.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return CLD2::UNKNOWN_LANGUAGE;
  first = first.substr(begin, first.find_last_not_of(" \t") + 1 - begin);
  std::string tag(first);
  for (char& c : tag) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c == '_') c = '-';
  }
  return CLD2::GetLanguageFromName(tag.c_str());
}

// The first `limit` bytes of `text`, cut back to the start of a character.
std::string_view Sample(std::string_view text, size_t limit) {
  if (limit == 0 || text.size() <= limit) return text;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::string DetectLanguage(std::string_view utf8_text, std::string_view hint,
                           const LanguageOptions& options) {
  const std::string_view sample = Sample(utf8_text, options.sample_bytes);
  const std::string content_language(hint);
  const CLD2::Language hinted = HintLanguage(hint);
  const CLD2::CLDHints hints = {content_language.c_str(), nullptr, CLD2::UNKNOWN_ENCODING,
                                hinted};
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix_bytes = 0;
  bool reliable = false;
  const CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(std::min<size_t>(sample.size(), INT_MAX)),
      /*is_plain_text=*/true, &hints, /*flags=*/0, top3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix_bytes);
  if (reliable && !Iso639_1(found).empty()) return Iso639_1(found);
  if (found == hinted || found == CLD2::UNKNOWN_LANGUAGE) return Iso639_1(hinted);
  return "";
}

}  // namespace lede
