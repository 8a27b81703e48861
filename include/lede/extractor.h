// Extraction: Record (raw bytes) -> Article (clean text and metadata).
#ifndef LEDE_EXTRACTOR_H_
#define LEDE_EXTRACTOR_H_

#include <cstdint>

#include "lede/article.h"
#include "lede/record.h"
#include "lede/status.h"

namespace lede {

// Every limit extraction enforces. 0 = no limit.
struct ExtractOptions {
  // Documents larger than this (after decoding) are rejected with kTooLarge.
  uint64_t max_document_bytes = 16u << 20;
  // Elements nested deeper than this are flattened into their ancestor at this depth
  // (HTML tree builders are quadratic in depth).
  uint32_t max_dom_depth = 512;
};

// Extracts the article from one record. Thread-safe: may be called concurrently
// from many threads (each thread keeps its own parser state).
// Returns kEmpty when no article text was found, kTooLarge over a limit,
// kCorruption when the payload cannot be decoded at all. On error *article is
// left with whatever metadata was found (its url at least).
Status ExtractArticle(const Record& record, const ExtractOptions& options, Article* article);

}  // namespace lede

#endif  // LEDE_EXTRACTOR_H_
