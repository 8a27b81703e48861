// HTTP responses as archived in WARC and ARC records: the status line and
// headers, and the body with its transfer- and content-encodings removed.
#ifndef LEDE_IO_HTTP_RESPONSE_H_
#define LEDE_IO_HTTP_RESPONSE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "io/header_fields.h"
#include "lede/status.h"

namespace lede::io {

struct HttpHead {
  int status = 0;       // the status code, e.g. 200
  HeaderFields fields;  // the response headers
};

// Parses `head`, the status line and header lines of a response up to and
// including the empty line. Returns kCorruption when the status line is not
// "HTTP/<version> <3-digit code>[ reason]" (an empty reason is fine).
Status ParseHttpHead(std::string_view head, HttpHead* out);

// Decodes the raw response body in *body in place: "chunked" transfer-encoding, then the
// "gzip", "x-gzip" and "deflate" content-encodings. Archivers often store bodies
// already decoded while keeping the headers, so a body that is not in the
// encoding its header names (not chunked; no gzip magic; not inflatable but not
// binary either) is kept as it is. Other encodings ("br", "zstd", ...) on a binary
// body are kNotSupported; a body in a bad encoding is kCorruption; a decoded body
// over max_bytes (0 = no limit) is kTooLarge.
Status DecodeHttpBody(const HeaderFields& fields, uint64_t max_bytes, std::string* body);

}  // namespace lede::io

#endif  // LEDE_IO_HTTP_RESPONSE_H_
