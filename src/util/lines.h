// Reading data files line by line (lexicons, gazetteers), gzip or plain.
#ifndef LEDE_UTIL_LINES_H_
#define LEDE_UTIL_LINES_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// Calls fn(line, line_number) for every line of `path` (gzip-compressed or plain),
// without the newline; line numbers start at 1. Stops at the first non-ok Status
// fn returns and returns it. Returns kNotFound when the file cannot be opened and
// kCorruption (naming the file) when decompression fails.
Status ForEachLine(const std::string& path,
                   const std::function<Status(std::string_view line, uint64_t number)>& fn);

// Splits a line at every `separator` (empty fields kept).
std::vector<std::string_view> SplitFields(std::string_view line, char separator);

// The same without allocating: stores the first fields.size() fields in `fields`
// and returns how many fields the line has (which may be more).
size_t SplitFields(std::string_view line, char separator, std::span<std::string_view> fields);

}  // namespace lede

#endif  // LEDE_UTIL_LINES_H_
