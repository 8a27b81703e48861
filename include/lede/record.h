// Record: one document as a reader yields it, before extraction.
#ifndef LEDE_RECORD_H_
#define LEDE_RECORD_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lede {

// What the payload of a Record is, as found from its content (not only its name).
enum class PayloadKind {
  kHtml,     // HTML (or XHTML) bytes in any charset
  kText,     // plain text (a WET conversion record, a .txt file, JSONL "text")
};

struct Record {
  // Where the record came from, for error messages: the file path ("-" for stdin).
  std::string source;
  // 0-based position of the record in its source: WARC record number, JSONL line
  // number minus one, 0 for single-document files.
  uint64_t index = 0;

  // The document's URL: WARC-Target-URI, JSONL "url", or "file://" + absolute path.
  std::string uri;
  // When it was fetched (WARC-Date), ISO 8601, or empty.
  std::string fetched_at;
  // The HTTP Content-Type header value (or WARC Content-Type for resources), or empty.
  std::string content_type;
  // HTTP response headers, in order, names as sent; empty when there was no HTTP layer.
  std::vector<std::pair<std::string, std::string>> http_headers;

  PayloadKind kind = PayloadKind::kHtml;
  // The payload: HTTP transfer- and content-encodings already decoded. Raw bytes
  // in the document's own charset (extraction converts to UTF-8).
  std::string body;

  // Metadata supplied by the container itself (JSONL "title", "published"); empty if none.
  // Extraction prefers these to what it finds in the payload.
  std::string title_hint;
  std::string published_hint;
};

}  // namespace lede

#endif  // LEDE_RECORD_H_
