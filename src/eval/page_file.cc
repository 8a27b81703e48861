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
  *value = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (value->is_discarded()) return Status::Corruption(path + ": not valid JSON");
  return Status::OK();
}

}  // namespace lede::eval
