// Reading the development sets' files, which are stored plain or gzip-compressed.
#ifndef LEDE_EVAL_PAGE_FILE_H_
#define LEDE_EVAL_PAGE_FILE_H_

#include <string>

#include <nlohmann/json.hpp>

#include "lede/status.h"

namespace lede::eval {

// Reads the whole file at `path` into *bytes, gunzipping it if it is gzip data
// (found from its magic bytes, not its name). Returns NotFound when the file is
// missing, Corruption on a damaged gzip stream.
Status ReadMaybeGzipped(const std::string& path, std::string* bytes);

// Reads and parses a JSON file (plain or gzipped) as Python's json module writes
// it: bare NaN, Infinity and -Infinity are read as null. Corruption names the file
// on a parse error.
Status ReadJsonFile(const std::string& path, nlohmann::json* value);

}  // namespace lede::eval

#endif  // LEDE_EVAL_PAGE_FILE_H_
