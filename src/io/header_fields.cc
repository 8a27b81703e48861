#include "io/header_fields.h"

#include <strings.h>

namespace lede::io {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view TrimLineEnd(std::string_view line) {
  while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

HeaderFields ParseHeaderFields(std::string_view block) {
  HeaderFields fields;
  while (!block.empty()) {
    size_t nl = block.find('\n');
    std::string_view line = TrimLineEnd(block.substr(0, nl));
    block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
    if (line.empty()) continue;
    if (IsBlank(line.front())) {
      if (!fields.empty()) fields.back().second.append(" ").append(Trim(line));
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    fields.emplace_back(std::string(Trim(line.substr(0, colon))),
                        std::string(Trim(line.substr(colon + 1))));
  }
  return fields;
}

std::string_view FindField(const HeaderFields& fields, std::string_view name) {
  for (const auto& [field, value] : fields) {
    if (field.size() == name.size() && strncasecmp(field.data(), name.data(), name.size()) == 0) {
      return value;
    }
  }
  return {};
}

size_t FindHeaderEnd(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) return std::string_view::npos;
    if (TrimLineEnd(bytes.substr(pos, nl - pos)).empty()) return nl + 1;
    pos = nl + 1;
  }
  return std::string_view::npos;
}

}  // namespace lede::io
