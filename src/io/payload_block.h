// Payload blocks: the bytes of one WARC or ARC record after its own header,
// holding either an HTTP response or a bare payload. Reading one decides whether
// it is a document (HTML, or text for WET conversions) and decodes it, reading
// no more than the limits allow.
#ifndef LEDE_IO_PAYLOAD_BLOCK_H_
#define LEDE_IO_PAYLOAD_BLOCK_H_

#include <cstdint>
#include <string>

#include "io/format_reader.h"
#include "io/stream.h"
#include "lede/reader.h"
#include "lede/record.h"

namespace lede::io {

struct BlockInfo {
  uint64_t length = 0;       // bytes in the block, from the record header
  bool http = false;         // the block is an HTTP response (status line and headers first)
  bool always_text = false;  // a bare payload that is text whatever its type (WET conversion)
  std::string content_type;  // the record header's type for a bare payload
};

// Reads exactly info.length bytes from *stream (fewer only if it ends: then
// kError, "truncated record", or the stream's own error). Bytes of skipped or
// too-large blocks are dropped, not buffered. An HTTP head must end within
// max_header_bytes; a body longer than max_document_bytes (before or after
// decoding) is kTooLarge.
// Returns kRecord (record->body, kind, content_type and http_headers are set),
// kError (*error says why), or kEnd when the block is not a document: it is then
// counted in context.stats->skipped ("not_html", "http_not_ok", "empty") and the caller
// goes on with the next record.
ReadOutcome ReadPayloadBlock(Stream* stream, const BlockInfo& info, const InputContext& context,
                             Record* record, Status* error);

// The error for a block cut short: the stream's own error if it failed, else
// kCorruption "truncated record".
Status TruncatedBlockError(const Stream& stream);

}  // namespace lede::io

#endif  // LEDE_IO_PAYLOAD_BLOCK_H_
