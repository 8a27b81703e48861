// Sniffing: what a run of bytes is, from its first bytes (and a Content-Type
// when there is one), never from a file name.
#ifndef LEDE_IO_SNIFF_H_
#define LEDE_IO_SNIFF_H_

#include <cstddef>
#include <string_view>

namespace lede::io {

// How many leading bytes the sniffers look at; pass at least this many when the
// input has them.
constexpr size_t kSniffBytes = 4096;

enum class InputFormat {
  kGzip,    // gzip magic: inflate, then sniff again
  kWarc,    // "WARC/" version line, after blank lines if any (WARC, WET and WAT files)
  kArc,     // "filedesc://" ARC file header
  kJsonl,   // JSON Lines: first non-blank byte is '{'
  kHtml,    // markup that looks like an HTML document
  kText,    // anything else that is not binary
  kBinary,  // images, PDFs, archives, bytes with NULs: not a document lede reads
};

// Returns the format of an input whose first bytes are `head`.
InputFormat SniffFormat(std::string_view head);

// True if `head` starts like an HTML document (after a BOM and white space) or
// shows an <html>, <head>, <body> or HTML doctype tag near its start.
bool LooksLikeHtml(std::string_view head);

// True if `head` starts with a known binary magic number (PDF, images, archives,
// fonts, media) or holds a NUL byte (text in UTF-16 with a BOM is not binary).
bool LooksBinary(std::string_view head);

// True if an HTTP/WARC payload is HTML: its Content-Type says HTML, or says
// nothing specific (empty, application/octet-stream, text/plain, unknown) and the
// payload's first bytes `head` look like HTML.
bool IsHtmlPayload(std::string_view content_type, std::string_view head);

}  // namespace lede::io

#endif  // LEDE_IO_SNIFF_H_
