#include "eval/page_file.h"

#include <memory>

#include "io/byte_source.h"
#include "io/gzip_source.h"

namespace lede::eval {
namespace {

Status ReadAll(io::ByteSource* source, std::string* bytes) {
  char buffer[1 << 16];
  for (;;) {
    size_t got = 0;
    Status s = source->Read(buffer, sizeof buffer, &got);
    if (!s.ok()) return s;
    if (got == 0) return Status::OK();
    bytes->append(buffer, got);
  }
}

// Python's json module writes NaN / Infinity / -Infinity for floats it cannot
// represent (htmldate-eval's MediaCloud gold has "date": NaN); they become null.
std::string PythonJsonToJson(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size()) {
        out.push_back(text[++i]);
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    in_string = c == '"';
    bool replaced = false;
    for (std::string_view word : {"NaN", "-Infinity", "Infinity"}) {
      if (text.substr(i, word.size()) == word) {
        out += "null";
        i += word.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(c);
  }
  return out;
}

}  // namespace

Status ReadMaybeGzipped(const std::string& path, std::string* bytes) {
  bytes->clear();
  std::unique_ptr<io::ByteSource> file;
  Status s = io::OpenFileSource(path, &file);
  if (s.ok()) s = ReadAll(file.get(), bytes);
  if (!s.ok()) return s;
  if (bytes->size() < 2 || (*bytes)[0] != '\x1f' || (*bytes)[1] != '\x8b') return Status::OK();
  std::string compressed = std::move(*bytes);
  bytes->clear();
  auto inflater = io::NewInflateSource(io::NewMemorySource(compressed), io::Compression::kGzip);
  s = ReadAll(inflater.get(), bytes);
  if (!s.ok()) return Status::Corruption(path + ": " + s.message());
  return Status::OK();
}

Status ReadJsonFile(const std::string& path, nlohmann::json* value) {
  std::string bytes;
  Status s = ReadMaybeGzipped(path, &bytes);
  if (!s.ok()) return s;
  *value = nlohmann::json::parse(PythonJsonToJson(bytes), nullptr, /*allow_exceptions=*/false);
  if (value->is_discarded()) return Status::Corruption(path + ": not valid JSON");
  return Status::OK();
}

}  // namespace lede::eval
