#include "server/static_files.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "server/json_response.h"
#include "util/deflate.h"
#include "util/read_file.h"

namespace lede::server {
namespace fs = std::filesystem;
namespace {

// Compressed files kept in memory at most (older versions are not evicted:
// the cache only fills until it holds this much, then stops adding).
constexpr uint64_t kGzipCacheBytes = 32 << 20;
// Files smaller than this are sent as they are: gzip would save too little.
constexpr uint64_t kGzipMinBytes = 1024;

constexpr std::string_view kNotBuiltPage =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>lede</title></head>"
    "<body><h1>lede</h1><p>The web UI was not built: run <code>scripts/build.sh</code> (it builds "
    "web/ into build/web) or pass <code>--web-dir</code>. The JSON API is served under "
    "<a href=\"/api/stats\">/api/</a>; <a href=\"/api/openapi.json\">/api/openapi.json</a> "
    "describes it.</p></body></html>\n";

bool IsUnder(const fs::path& file, const fs::path& root) {
  auto [root_end, file_at] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return root_end == root.end();
}

bool IsCompressible(std::string_view content_type) {
  return content_type.starts_with("text/") ||
         content_type.find("javascript") != std::string_view::npos ||
         content_type.find("json") != std::string_view::npos ||
         content_type.find("svg") != std::string_view::npos;
}

bool AcceptsGzip(const Request& request) {
  auto accept = request[http::field::accept_encoding];
  size_t at = accept.find("gzip");
  if (at == std::string_view::npos) return false;
  auto rest = accept.substr(at + 4);
  rest = rest.substr(0, rest.find(','));
  return rest.find("q=0") == std::string_view::npos || rest.find("q=0.") != std::string_view::npos;
}

std::string EntityTag(const fs::path& file, uintmax_t size) {
  std::error_code ec;
  auto modified = fs::last_write_time(file, ec).time_since_epoch().count();
  char tag[64];
  std::snprintf(tag, sizeof(tag), "\"%jx-%llx\"", size, static_cast<unsigned long long>(modified));
  return tag;
}

Response HtmlResponse(const Request& request, http::status status, std::string_view html) {
  Response response{status, request.version()};
  response.set(http::field::content_type, "text/html; charset=utf-8");
  response.keep_alive(request.keep_alive());
  response.body() = html;
  response.prepare_payload();
  return response;
}

}  // namespace

Status ResolveStaticPath(const fs::path& root, std::string_view path, fs::path* file) {
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("path holds a backslash or a NUL byte");
  }
  fs::path candidate = root;
  while (!path.empty()) {
    size_t slash = path.find('/');
    std::string_view segment = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (segment == "..") return Status::InvalidArgument("path leaves the web folder ('..')");
    if (!segment.empty() && segment != ".") candidate /= segment;
  }
  std::error_code ec;
  if (fs::is_directory(candidate, ec)) candidate /= "index.html";
  fs::path real = fs::canonical(candidate, ec);
  if (ec || !IsUnder(real, root) || !fs::is_regular_file(real, ec)) {
    return Status::NotFound("no file " + candidate.string());
  }
  *file = real;
  return Status::OK();
}

std::string_view ContentTypeFor(const fs::path& file) {
  static const std::map<std::string, std::string_view> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".wasm", "application/wasm"},
      {".webmanifest", "application/manifest+json"}};
  auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const std::string& root, uint64_t max_file_bytes)
    : max_file_bytes_(max_file_bytes) {
  std::error_code ec;
  if (!root.empty() && fs::is_directory(root, ec)) root_ = fs::canonical(root, ec);
}

Response StaticFiles::Serve(const Request& request, std::string_view path) {
  if (root_.empty()) return HtmlResponse(request, http::status::ok, kNotBuiltPage);
  fs::path file;
  Status s = ResolveStaticPath(root_, path, &file);
  if (s.code() == Status::Code::kInvalidArgument) return StatusResponse(request, s);
  if (s.ok()) return ServeFile(request, file);
  // History routing: the UI's own routes are answered by its index.html.
  if (ResolveStaticPath(root_, "/", &file).ok()) return ServeFile(request, file);
  return HtmlResponse(request, http::status::ok, kNotBuiltPage);
}

Response StaticFiles::ServeFile(const Request& request, const fs::path& file) {
  std::error_code ec;
  uintmax_t size = fs::file_size(file, ec);
  if (ec)
    return StatusResponse(request, Status::IOError("cannot read " + file.filename().string()));
  if (max_file_bytes_ > 0 && size > max_file_bytes_) {
    return StatusResponse(request, Status::IOError(file.filename().string() +
                                                   " is larger than --max-static-file-bytes"));
  }
  std::string tag = EntityTag(file, size);
  std::string_view type = ContentTypeFor(file);
  Response response{http::status::ok, request.version()};
  response.keep_alive(request.keep_alive());
  response.set(http::field::etag, tag);
  response.set(http::field::cache_control, "no-cache");
  if (IsCompressible(type)) response.set(http::field::vary, "Accept-Encoding");
  if (request[http::field::if_none_match] == tag) {
    response.result(http::status::not_modified);
    return response;
  }
  response.set(http::field::content_type, type);
  response.body() = ReadFile(file.string());
  if (IsCompressible(type) && response.body().size() >= kGzipMinBytes && AcceptsGzip(request)) {
    response.body() = Gzipped(file.string() + " " + tag, response.body());
    response.set(http::field::content_encoding, "gzip");
  }
  response.prepare_payload();
  return response;
}

std::string StaticFiles::Gzipped(const std::string& key, const std::string& bytes) {
  {
    std::lock_guard lock(gzip_mutex_);
    auto it = gzip_cache_.find(key);
    if (it != gzip_cache_.end()) return it->second;
  }
  std::string gzipped = Deflate(bytes, kGzipWindowBits);
  std::lock_guard lock(gzip_mutex_);
  if (gzip_cache_bytes_ + gzipped.size() <= kGzipCacheBytes &&
      gzip_cache_.emplace(key, gzipped).second) {
    gzip_cache_bytes_ += gzipped.size();
  }
  return gzipped;
}

}  // namespace lede::server
