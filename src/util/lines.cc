#include "util/lines.h"

#include <zlib.h>

namespace lede {

Status ForEachLine(const std::string& path,
                   const std::function<Status(std::string_view line, uint64_t number)>& fn) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::NotFound(path + ": cannot open");
  gzbuffer(file, 1 << 16);
  std::string line;
  char chunk[1 << 14];
  Status status;
  uint64_t number = 0;
  while (status.ok() && gzgets(file, chunk, sizeof chunk) != nullptr) {
    line.append(chunk);
    if (line.back() != '\n' && !gzeof(file)) continue;
    if (line.back() == '\n') line.pop_back();
    status = fn(line, ++number);
    line.clear();
  }
  int err = Z_OK;
  const char* message = gzerror(file, &err);
  if (status.ok() && err != Z_OK && err != Z_STREAM_END) {
    status = Status::Corruption(path + ": " + message);
  }
  gzclose(file);
  return status;
}

std::vector<std::string_view> SplitFields(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t end = line.find(separator, start);
    if (end == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
}

size_t SplitFields(std::string_view line, char separator, std::span<std::string_view> fields) {
  size_t count = 0;
  size_t start = 0;
  while (true) {
    const size_t end = line.find(separator, start);
    if (count < fields.size()) fields[count] = line.substr(start, end == std::string_view::npos ? end : end - start);
    ++count;
    if (end == std::string_view::npos) return count;
    start = end + 1;
  }
}

}  // namespace lede
