// WarcWriter: HTTP exchanges as WARC 1.1 records in rotating .warc.gz files.
//
// Each file starts with a warcinfo record; each exchange becomes a response
// record and a request record (WARC-Concurrent-To the response), each its own
// gzip member, so any reader can seek to a record. A file is written under
// NAME.warc.gz.open and renamed to NAME.warc.gz when closed: a file under the
// final name is always complete. Files rotate once they reach max_file_bytes or
// have been open max_file_seconds (checked when a record comes).
//
// Thread-compatible: one writer per thread, or external locking.
#ifndef LEDE_CRAWL_WARC_WRITER_H_
#define LEDE_CRAWL_WARC_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::crawl {

struct WarcWriterOptions {
  std::string directory;                 // where the files go (must exist)
  std::string prefix = "lede";           // file names: PREFIX-YYYYMMDDhhmmss-PID-NNNNN.warc.gz
  uint64_t max_file_bytes = 1ull << 30;  // rotate once a file reaches this size (0 = never)
  int64_t max_file_seconds = 60;         // rotate once a file is this old (0 = never)
  std::string software = "lede";         // the warcinfo "software" field
};

// One HTTP request and the response to it, as sent and received.
struct HttpExchange {
  std::string url;
  int64_t fetched_at = 0;     // seconds since the epoch (UTC)
  std::string ip_address;     // the server's address, or empty
  std::string request_head;   // request line and headers, ending in an empty line
  std::string response_head;  // status line and headers, ending in an empty line
  std::string response_body;  // as received: transfer- and content-encodings kept
};

class WarcWriter {
 public:
  // `on_closed` (may be empty) is called with the final path of every file closed.
  WarcWriter(WarcWriterOptions options, std::function<void(const std::string& path)> on_closed);
  ~WarcWriter();  // closes the open file
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Appends the response and request records of `exchange`, opening a file when
  // none is open and rotating first when the current one is full. kIOError when
  // a write fails (the open file is then abandoned under its .open name).
  Status Write(const HttpExchange& exchange);

  // Closes and renames the open file, if any (then calls on_closed).
  Status Close();

  // The path of the file being written, or "" when none is open.
  const std::string& open_path() const { return open_path_; }

 private:
  Status Open();
  bool Full() const;
  Status WriteRecord(const std::string& header, std::string_view block);

  const WarcWriterOptions options_;
  const std::function<void(const std::string&)> on_closed_;
  std::FILE* file_ = nullptr;
  std::string open_path_;
  std::string final_path_;
  uint64_t file_bytes_ = 0;
  int64_t opened_at_ = 0;  // seconds since the epoch
  uint32_t sequence_ = 0;
};

// "sha1:" + the RFC 4648 base32 SHA-1 of `bytes`, as WARC digests are written.
std::string WarcSha1Digest(std::string_view bytes);

// A fresh "<urn:uuid:...>" record id (random, version 4).
std::string NewWarcRecordId();

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_WARC_WRITER_H_
