#include "crawl/warc_writer.h"

#include <openssl/sha.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>

#include "feed/feed_date.h"

namespace lede::crawl {
namespace {

std::string Base32(const unsigned char* data, size_t n) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  while (out.size() % 8 != 0) out += '=';
  return out;
}

// One gzip member holding `data`.
std::string GzipMember(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Timestamp14(int64_t seconds) {
  std::string iso = FormatUtc(seconds);  // YYYY-MM-DDTHH:MM:SSZ
  std::string out;
  for (char c : iso) {
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

std::string RecordHeader(std::string_view type, const std::string& id, const std::string& date,
                         const std::string& url, std::string_view content_type, size_t length) {
  std::string h = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\nWARC-Record-ID: " + id +
                  "\r\nWARC-Date: " + date + "\r\n";
  if (!url.empty()) h += "WARC-Target-URI: " + url + "\r\n";
  h += "Content-Type: " + std::string(content_type) + "\r\n";
  h += "Content-Length: " + std::to_string(length) + "\r\n";
  return h;
}

}  // namespace

std::string WarcSha1Digest(std::string_view bytes) {
  unsigned char digest[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  return "sha1:" + Base32(digest, sizeof digest);
}

std::string NewWarcRecordId() {
  static thread_local std::mt19937_64 random(std::random_device{}());
  uint64_t hi = random(), lo = random();
  hi = (hi & ~0xF000ull) | 0x4000ull;        // version 4
  lo = (lo & ~(3ull << 62)) | (2ull << 62);  // variant 10
  char buf[64];
  std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>",
                static_cast<unsigned>(hi >> 32), static_cast<unsigned>((hi >> 16) & 0xFFFF),
                static_cast<unsigned>(hi & 0xFFFF), static_cast<unsigned>(lo >> 48),
                static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
  return buf;
}

WarcWriter::WarcWriter(WarcWriterOptions options, std::function<void(const std::string&)> on_closed)
    : options_(std::move(options)), on_closed_(std::move(on_closed)) {}

WarcWriter::~WarcWriter() { Close(); }

Status WarcWriter::Open() {
  const int64_t now = std::time(nullptr);
  char name[128];
  std::snprintf(name, sizeof name, "%s-%s-%d-%05u.warc.gz", options_.prefix.c_str(),
                Timestamp14(now).c_str(), static_cast<int>(getpid()), sequence_++);
  final_path_ = options_.directory + "/" + name;
  open_path_ = final_path_ + ".open";
  file_ = std::fopen(open_path_.c_str(), "wb");
  if (file_ == nullptr) {
    Status s = Status::IOError("cannot create " + open_path_ + ": " + std::strerror(errno));
    open_path_.clear();
    return s;
  }
  file_bytes_ = 0;
  opened_at_ = now;
  const std::string info = "software: " + options_.software +
                           "\r\nformat: WARC File Format 1.1\r\n"
                           "conformsTo: http://iipc.github.io/warc-specifications/specifications/"
                           "warc-format/warc-1.1/\r\n";
  std::string header = RecordHeader("warcinfo", NewWarcRecordId(), FormatUtc(now), "",
                                    "application/warc-fields", info.size());
  header += "WARC-Filename: " + std::string(name) + "\r\n";
  return WriteRecord(header, info);
}

Status WarcWriter::WriteRecord(const std::string& header, std::string_view block) {
  std::string record = header;
  record += "\r\n";
  record.append(block);
  record += "\r\n\r\n";
  const std::string member = GzipMember(record);
  if (std::fwrite(member.data(), 1, member.size(), file_) != member.size()) {
    Status s = Status::IOError("cannot write " + open_path_ + ": " + std::strerror(errno));
    std::fclose(file_);
    file_ = nullptr;
    open_path_.clear();
    return s;
  }
  file_bytes_ += member.size();
  return Status::OK();
}

bool WarcWriter::Full() const {
  return (options_.max_file_bytes != 0 && file_bytes_ >= options_.max_file_bytes) ||
         (options_.max_file_seconds != 0 && std::time(nullptr) - opened_at_ >= options_.max_file_seconds);
}

Status WarcWriter::Write(const HttpExchange& exchange) {
  if (file_ != nullptr && Full()) {
    Status s = Close();
    if (!s.ok()) return s;
  }
  if (file_ == nullptr) {
    Status s = Open();
    if (!s.ok()) return s;
  }
  const std::string date = FormatUtc(exchange.fetched_at);
  const std::string response_id = NewWarcRecordId();
  const std::string response_block = exchange.response_head + exchange.response_body;
  std::string header = RecordHeader("response", response_id, date, exchange.url,
                                    "application/http;msgtype=response", response_block.size());
  if (!exchange.ip_address.empty()) header += "WARC-IP-Address: " + exchange.ip_address + "\r\n";
  header += "WARC-Block-Digest: " + WarcSha1Digest(response_block) + "\r\n";
  header += "WARC-Payload-Digest: " + WarcSha1Digest(exchange.response_body) + "\r\n";
  Status s = WriteRecord(header, response_block);
  if (!s.ok()) return s;
  header = RecordHeader("request", NewWarcRecordId(), date, exchange.url,
                        "application/http;msgtype=request", exchange.request_head.size());
  header += "WARC-Concurrent-To: " + response_id + "\r\n";
  header += "WARC-Block-Digest: " + WarcSha1Digest(exchange.request_head) + "\r\n";
  return WriteRecord(header, exchange.request_head);
}

Status WarcWriter::Close() {
  if (file_ == nullptr) return Status::OK();
  const bool flushed = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  std::fclose(file_);
  file_ = nullptr;
  std::string open_path = std::move(open_path_);
  open_path_.clear();
  if (!flushed || std::rename(open_path.c_str(), final_path_.c_str()) != 0) {
    return Status::IOError("cannot close " + open_path + ": " + std::strerror(errno));
  }
  if (on_closed_) on_closed_(final_path_);
  return Status::OK();
}

}  // namespace lede::crawl
