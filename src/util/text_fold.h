// Folding names to match keys: accent-, case- and width-insensitive.
#ifndef LEDE_UTIL_TEXT_FOLD_H_
#define LEDE_UTIL_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace lede {

// Returns the match key of a UTF-8 name: compatibility-decomposed, combining marks
// removed, case-folded, letters without a decomposition mapped to ASCII (Đ -> d,
// Ł -> l, Ø -> o, Æ -> ae, ß -> ss), and runs of spaces, hyphens and dots folded to
// one space: "Salé" -> "sale", "ZÜRICH" -> "zurich", "Saint-Denis" -> "saint denis".
// Invalid UTF-8 bytes are dropped. Thread-safe.
std::string FoldForMatch(std::string_view utf8);

}  // namespace lede

#endif  // LEDE_UTIL_TEXT_FOLD_H_
