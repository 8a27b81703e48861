#include "io/http_response.h"

#include <strings.h>

#include <cctype>
#include <charconv>
#include <vector>

#include "io/byte_source.h"
#include "io/gzip_source.h"
#include "io/sniff.h"

namespace lede::io {
namespace {

constexpr size_t kInflateChunkBytes = 64 << 10;

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// Splits "a, b,c" into trimmed, non-empty tokens.
std::vector<std::string_view> SplitTokens(std::string_view list) {
  std::vector<std::string_view> tokens;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view token = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front())))
      token.remove_prefix(1);
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
      token.remove_suffix(1);
    if (!token.empty()) tokens.push_back(token);
  }
  return tokens;
}

// Parses a hexadecimal chunk size at the start of `line` (extensions after ';' ignored).
bool ParseChunkSize(std::string_view line, uint64_t* size) {
  line = TrimLineEnd(line.substr(0, line.find(';')));
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty()) return false;
  auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), *size, 16);
  return ec == std::errc() && end == line.data() + line.size();
}

// Removes chunked transfer-encoding. Returns false if `raw` does not start with a
// chunk-size line. A body cut inside a chunk keeps the bytes that are there.
bool Dechunk(std::string_view raw, std::string* out) {
  out->clear();
  bool first = true;
  while (!raw.empty()) {
    size_t nl = raw.find('\n');
    uint64_t size = 0;
    if (!ParseChunkSize(raw.substr(0, nl), &size)) return !first;
    first = false;
    if (nl == std::string_view::npos || size == 0) break;
    raw.remove_prefix(nl + 1);
    size_t take = std::min<uint64_t>(size, raw.size());
    out->append(raw.substr(0, take));
    raw.remove_prefix(take);
    if (raw.starts_with("\r\n"))
      raw.remove_prefix(2);
    else if (raw.starts_with("\n"))
      raw.remove_prefix(1);
  }
  return !first;
}

Status Inflate(std::string_view raw, Compression compression, uint64_t max_bytes,
               std::string* out) {
  auto source = NewInflateSource(NewMemorySource(raw), compression);
  out->clear();
  std::vector<char> chunk(kInflateChunkBytes);
  for (;;) {
    size_t got = 0;
    Status s = source->Read(chunk.data(), chunk.size(), &got);
    if (!s.ok()) return s;
    if (got == 0) return Status::OK();
    out->append(chunk.data(), got);
    if (max_bytes && out->size() > max_bytes) {
      return Status::TooLarge("decoded body larger than max_document_bytes (" +
                              std::to_string(max_bytes) + ")");
    }
  }
}

// Removes one content-encoding from *body.
Status RemoveContentEncoding(std::string_view coding, uint64_t max_bytes, std::string* body) {
  if (EqualsNoCase(coding, "identity")) return Status::OK();
  bool gzip = EqualsNoCase(coding, "gzip") || EqualsNoCase(coding, "x-gzip");
  bool deflate = EqualsNoCase(coding, "deflate");
  std::string_view head = std::string_view(*body).substr(0, kSniffBytes);
  bool stored_decoded = !LooksBinary(head);
  if (gzip && !body->starts_with("\x1F\x8B")) return Status::OK();
  if (!gzip && !deflate) {
    if (stored_decoded) return Status::OK();
    return Status::NotSupported("content-encoding '" + std::string(coding) + "'");
  }
  std::string decoded;
  Status s = Inflate(*body, gzip ? Compression::kGzip : Compression::kDeflate, max_bytes, &decoded);
  if (s.code() == Status::Code::kCorruption && deflate && stored_decoded) return Status::OK();
  if (!s.ok()) return s;
  *body = std::move(decoded);
  return Status::OK();
}

}  // namespace

Status ParseHttpHead(std::string_view head, HttpHead* out) {
  size_t nl = head.find('\n');
  std::string_view status_line = TrimLineEnd(head.substr(0, nl));
  size_t space = status_line.find(' ');
  std::string_view code =
      space == std::string_view::npos ? std::string_view() : status_line.substr(space + 1, 3);
  bool code_ok = code.size() == 3 && std::isdigit(static_cast<unsigned char>(code[0])) &&
                 std::isdigit(static_cast<unsigned char>(code[1])) &&
                 std::isdigit(static_cast<unsigned char>(code[2])) &&
                 (status_line.size() == space + 4 || status_line[space + 4] == ' ');
  if (!status_line.starts_with("HTTP/") || !code_ok) {
    return Status::Corruption("bad HTTP status line '" + std::string(status_line.substr(0, 80)) +
                              "'");
  }
  out->status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  out->fields = ParseHeaderFields(nl == std::string_view::npos ? "" : head.substr(nl + 1));
  return Status::OK();
}

Status DecodeHttpBody(const HeaderFields& fields, uint64_t max_bytes, std::string* body) {
  bool chunked = false;
  for (std::string_view coding : SplitTokens(FindField(fields, "Transfer-Encoding"))) {
    chunked |= EqualsNoCase(coding, "chunked");
  }
  std::string dechunked;
  if (chunked && Dechunk(*body, &dechunked)) *body = std::move(dechunked);
  std::vector<std::string_view> codings = SplitTokens(FindField(fields, "Content-Encoding"));
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    Status s = RemoveContentEncoding(*it, max_bytes, body);
    if (!s.ok()) return s;
  }
  if (max_bytes && body->size() > max_bytes) {
    return Status::TooLarge("body larger than max_document_bytes (" + std::to_string(max_bytes) +
                            ")");
  }
  return Status::OK();
}

}  // namespace lede::io
