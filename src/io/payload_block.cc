#include "io/payload_block.h"

#include <algorithm>

#include "io/http_response.h"
#include "io/sniff.h"

namespace lede::io {
namespace {

// The part of a block read so far and how much of it is left in the stream.
struct Partial {
  std::string bytes;
  uint64_t left = 0;
};

// Reads n more bytes of the block (or all that is left) into part->bytes.
bool ReadMore(Stream* stream, uint64_t n, Partial* part, Status* error) {
  n = std::min(n, part->left);
  uint64_t got = stream->Read(n, &part->bytes);
  part->left -= got;
  if (got == n) return true;
  *error = TruncatedBlockError(*stream);
  return false;
}

// Drops the rest of the block; an early end of input is an error.
ReadOutcome SkipRest(Stream* stream, Partial* part, Status* error, ReadOutcome outcome) {
  uint64_t got = stream->Skip(part->left);
  if (got < part->left) {
    part->left -= got;
    *error = TruncatedBlockError(*stream);
    return ReadOutcome::kError;
  }
  part->left = 0;
  return outcome;
}

std::string TooLargeMessage(uint64_t bytes, uint64_t limit) {
  return "payload of " + std::to_string(bytes) + " bytes is larger than max_document_bytes (" +
         std::to_string(limit) + ")";
}

// Reads the HTTP head into part->bytes; *head_end is where the body starts.
// False, with *error set and the block consumed, when there is no head within
// max_header_bytes or the input ends.
bool ReadHead(Stream* stream, uint64_t max_header_bytes, Partial* part, size_t* head_end,
              Status* error) {
  uint64_t probe = kSniffBytes;
  for (;;) {
    uint64_t want = max_header_bytes ? std::min(probe, max_header_bytes) : probe;
    if (want > part->bytes.size() && !ReadMore(stream, want - part->bytes.size(), part, error)) {
      return false;
    }
    *head_end = FindHeaderEnd(part->bytes);
    if (*head_end != std::string::npos) return true;
    if (part->left == 0) {  // a head with no empty line and no body
      *head_end = part->bytes.size();
      return true;
    }
    if (max_header_bytes && part->bytes.size() >= max_header_bytes) {
      *error = Status::Corruption("HTTP header larger than max_header_bytes (" +
                                  std::to_string(max_header_bytes) + ")");
      SkipRest(stream, part, error, ReadOutcome::kError);
      return false;
    }
    probe *= 2;
  }
}

}  // namespace

Status TruncatedBlockError(const Stream& stream) {
  if (!stream.status().ok()) return stream.status();
  return Status::Corruption("truncated record: the input ends inside its block");
}

ReadOutcome ReadPayloadBlock(Stream* stream, const BlockInfo& info, const InputContext& context,
                             Record* record, Status* error) {
  const ReaderOptions& options = *context.options;
  Partial part;
  part.left = info.length;
  size_t body_start = 0;
  HttpHead head;
  if (info.http) {
    if (!ReadHead(stream, options.max_header_bytes, &part, &body_start, error)) {
      return ReadOutcome::kError;
    }
    *error = ParseHttpHead(std::string_view(part.bytes).substr(0, body_start), &head);
    if (!error->ok()) return SkipRest(stream, &part, error, ReadOutcome::kError);
    if (head.status < 200 || head.status > 299) {
      ++context.stats->skipped["http_not_ok"];
      return SkipRest(stream, &part, error, ReadOutcome::kEnd);
    }
    record->content_type = FindField(head.fields, "Content-Type");
  } else {
    record->content_type = info.content_type;
  }
  if (!ReadMore(stream, kSniffBytes, &part, error)) return ReadOutcome::kError;
  std::string_view sniff = std::string_view(part.bytes).substr(body_start, kSniffBytes);
  if (sniff.empty()) {
    ++context.stats->skipped["empty"];
    return ReadOutcome::kEnd;
  }
  if (!info.always_text && !IsHtmlPayload(record->content_type, sniff)) {
    ++context.stats->skipped["not_html"];
    return SkipRest(stream, &part, error, ReadOutcome::kEnd);
  }
  uint64_t body_bytes = part.bytes.size() - body_start + part.left;
  if (options.max_document_bytes && body_bytes > options.max_document_bytes) {
    *error = Status::TooLarge(TooLargeMessage(body_bytes, options.max_document_bytes));
    return SkipRest(stream, &part, error, ReadOutcome::kError);
  }
  if (!ReadMore(stream, part.left, &part, error)) return ReadOutcome::kError;
  record->kind = info.always_text ? PayloadKind::kText : PayloadKind::kHtml;
  part.bytes.erase(0, body_start);
  record->body = std::move(part.bytes);
  if (!info.http) return ReadOutcome::kRecord;
  record->http_headers = std::move(head.fields);
  *error = DecodeHttpBody(record->http_headers, options.max_document_bytes, &record->body);
  return error->ok() ? ReadOutcome::kRecord : ReadOutcome::kError;
}

}  // namespace lede::io
