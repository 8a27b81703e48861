// libFuzzer target for HTML to article: any bytes, as an HTML page, must give an
// article or an error status, never a crash, and an article's text must respect
// the document limit and be valid UTF-8, its paragraphs inside it. Build with
// -DLEDE_FUZZ=ON and clang; run build/src/.../lede_extract_fuzz [corpus dir]
// (tests/fuzz/seeds.sh builds a corpus from ../shared/data).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/fuzz_checks.h"
#include "lede/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lede::Record record;
  record.uri = "https://fuzz.example/news/story.html";
  record.content_type = "text/html";
  record.body.assign(reinterpret_cast<const char*>(data), size);
  lede::ExtractOptions options;
  options.max_document_bytes = 256 << 10;  // small limits, so that the fuzzer reaches them
  options.max_dom_depth = 64;
  lede::Article article;
  lede::Status s = lede::ExtractArticle(record, options, &article);
  if (!s.ok()) return 0;
  if (article.text.size() > options.max_document_bytes || !lede::fuzzing::IsValidUtf8(article.text) ||
      !lede::fuzzing::IsValidUtf8(article.title)) {
    std::abort();
  }
  for (const lede::Span& paragraph : article.paragraphs) {
    if (paragraph.start > paragraph.end || paragraph.end > article.text.size()) std::abort();
  }
  return 0;
}
