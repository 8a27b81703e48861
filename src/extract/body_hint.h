// BodyHint: the article body as the page states it outside its layout (the
// JSON-LD "articleBody"), used to confirm or refute the page's text blocks.
//
// Matching is on words (runs of ASCII letters and digits or non-ASCII bytes,
// ASCII lower-cased): a block of four words or more is compared by its word
// 4-grams, a shorter one by its words. Immutable after construction; thread-compatible.
#ifndef LEDE_EXTRACT_BODY_HINT_H_
#define LEDE_EXTRACT_BODY_HINT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "extract/json_ld.h"

namespace lede {

// Returns the longest "articleBody" string of the page's JSON-LD blocks
// (<script type> holding "ld+json", read by ParseJsonLd), HTML references
// decoded, or "" if none. Never throws; blocks that are not JSON or are over a
// limit of `options` are skipped.
std::string FindJsonLdArticleBody(const HtmlDom& dom, const JsonLdOptions& options = {});

class BodyHint {
 public:
  enum class Verdict : uint8_t { kUnknown, kConfirmed, kRefuted };

  explicit BodyHint(std::string_view body);

  // Characters of the body other than whitespace.
  uint32_t chars() const { return chars_; }
  bool empty() const { return words_.empty(); }

  // kConfirmed when at least half of the block's 4-grams (or all its words, for
  // a block of fewer than four words) occur in the body; kRefuted when fewer
  // than a fifth do (or some word is missing); kUnknown in between.
  Verdict Judge(std::string_view block_text) const;

 private:
  std::vector<uint64_t> words_;   // sorted word hashes
  std::vector<uint64_t> grams_;   // sorted word 4-gram hashes
  uint32_t chars_ = 0;
};

// Splits `text` into word hashes (as BodyHint matches them).
std::vector<uint64_t> WordHashes(std::string_view text);

}  // namespace lede

#endif  // LEDE_EXTRACT_BODY_HINT_H_
