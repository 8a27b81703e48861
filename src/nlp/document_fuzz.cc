// libFuzzer target for tokens and sentences: any bytes must give a Document whose
// layers keep their invariants (nlp/testing.h), with small limits so that the
// fuzzer reaches them, and with both hyphen styles. Build with -DLEDE_FUZZ=ON and
// clang; run build/lede_document_fuzz [corpus dir], seeded with tests/golden/tokenize.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "lede/document.h"
#include "nlp/testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lede::DocumentOptions options;
  options.max_text_bytes = 1 << 20;
  options.tokenize.max_token_bytes = 16;
  options.tokenize.split_hyphens = size > 0 && (data[0] & 1);
  options.sentences.max_sentence_tokens = 8;
  lede::Article article;
  article.text.assign(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<lede::Document> doc;
  if (!lede::Document::Create(std::move(article), options, &doc).ok()) return 0;
  const std::string error = lede::nlp::testing::InvariantError(*doc);
  if (!error.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
