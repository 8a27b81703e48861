// Header fields: the "Name: value" lines shared by WARC record headers and HTTP
// response headers.
#ifndef LEDE_IO_HEADER_FIELDS_H_
#define LEDE_IO_HEADER_FIELDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::io {

// Fields in the order sent, names as sent.
using HeaderFields = std::vector<std::pair<std::string, std::string>>;

// Parses a block of header lines, each ending in "\n", "\r\n" or "\r\r\n" (all
// seen in real archives). Values are trimmed; a line starting with a space or tab
// continues the previous value; lines without a colon are ignored.
HeaderFields ParseHeaderFields(std::string_view block);

// The value of the first field named `name` (ASCII case-insensitive), or "".
std::string_view FindField(const HeaderFields& fields, std::string_view name);

// Strips trailing "\r" bytes (the "\n" is already gone).
std::string_view TrimLineEnd(std::string_view line);

// Returns the offset just past the first empty line of `bytes` (the end of a
// header block), or npos if there is none.
size_t FindHeaderEnd(std::string_view bytes);

}  // namespace lede::io

#endif  // LEDE_IO_HEADER_FIELDS_H_
