// The web UI's built files, served from one folder: no path leaves it (no
// "..", no absolute paths, no symlinks pointing outside), Content-Type by
// extension, ETag + 304, gzip for text when the client accepts it, and
// index.html for every other path (the UI's history routing, docs/api.md).
//
// Thread-safe: Serve may be called from many threads at once.
#ifndef LEDE_SERVER_STATIC_FILES_H_
#define LEDE_SERVER_STATIC_FILES_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "lede/status.h"
#include "server/http.h"

namespace lede::server {

// Sets *file to the regular file that the decoded URL `path` names under
// `root` (an absolute, canonical folder), following symlinks only while they
// stay under root; "/" and folders name their index.html. kInvalidArgument
// when the path holds a ".." segment, a backslash or a NUL byte; kNotFound
// when there is no such file under root.
Status ResolveStaticPath(const std::filesystem::path& root, std::string_view path,
                         std::filesystem::path* file);

// The Content-Type for a file name by its extension
// ("application/octet-stream" when unknown).
std::string_view ContentTypeFor(const std::filesystem::path& file);

class StaticFiles {
 public:
  // Serves the files under `root`. An empty or missing root means the UI was
  // not built: every page then answers a short HTML page saying so. Files
  // larger than `max_file_bytes` are answered 500 (0 = no limit).
  StaticFiles(const std::string& root, uint64_t max_file_bytes);

  // The response to a GET of the decoded URL `path` (outside /api/).
  Response Serve(const Request& request, std::string_view path);

  // True when the UI's folder exists.
  bool has_ui() const { return !root_.empty(); }

 private:
  Response ServeFile(const Request& request, const std::filesystem::path& file);
  // The gzip form of `bytes`, compressed once per file version (`etag`).
  std::string Gzipped(const std::string& key, const std::string& bytes);

  std::filesystem::path root_;  // canonical; empty when there is no UI
  uint64_t max_file_bytes_;
  std::mutex gzip_mutex_;
  std::map<std::string, std::string> gzip_cache_;  // "path etag" -> gzip bytes
  uint64_t gzip_cache_bytes_ = 0;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_STATIC_FILES_H_
