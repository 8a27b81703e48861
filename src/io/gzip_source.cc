#include "io/gzip_source.h"

#include <zlib.h>

#include <string>
#include <vector>

namespace lede::io {
namespace {

constexpr size_t kInputBufferBytes = 64 << 10;
constexpr int kGzipWindowBits = 16 + MAX_WBITS;
constexpr int kZlibWindowBits = MAX_WBITS;
constexpr int kRawWindowBits = -MAX_WBITS;

class InflateSource : public ByteSource {
 public:
  InflateSource(std::unique_ptr<ByteSource> compressed, Compression compression)
      : compressed_(std::move(compressed)), compression_(compression), input_(kInputBufferBytes) {}
  ~InflateSource() override {
    if (initialized_) inflateEnd(&zs_);
  }

  Status Read(char* buf, size_t n, size_t* got) override;

 private:
  Status FillInput();
  Status Start();
  Status Inflate(size_t* produced);
  // One step: refill the input or inflate some of it, adding the bytes made to *got.
  Status Step(size_t* got);

  std::unique_ptr<ByteSource> compressed_;
  Compression compression_;
  std::vector<char> input_;
  z_stream zs_{};
  bool initialized_ = false;
  bool in_member_ = false;  // inside a gzip member (or the deflate stream) not yet finished
  bool done_ = false;       // end of input reached cleanly, or after an error
  bool input_ended_ = false;
  Status error_;  // the error that ended the stream, returned once the bytes before it are read
};

Status InflateSource::FillInput() {
  size_t got = 0;
  Status s = compressed_->Read(input_.data(), input_.size(), &got);
  if (!s.ok()) return s;
  zs_.next_in = reinterpret_cast<Bytef*>(input_.data());
  zs_.avail_in = static_cast<uInt>(got);
  input_ended_ = got == 0;
  return Status::OK();
}

// Initializes zlib once the first bytes are known (for deflate: zlib or raw).
Status InflateSource::Start() {
  int window_bits = kGzipWindowBits;
  if (compression_ == Compression::kDeflate) {
    const auto* p = zs_.next_in;
    bool zlib_header =
        zs_.avail_in >= 2 && (p[0] & 0x0f) == Z_DEFLATED && ((p[0] << 8) | p[1]) % 31 == 0;
    window_bits = zlib_header ? kZlibWindowBits : kRawWindowBits;
  }
  if (inflateInit2(&zs_, window_bits) != Z_OK) return Status::IOError("zlib: out of memory");
  initialized_ = true;
  return Status::OK();
}

// Runs inflate over the buffered input; *produced bytes were written.
Status InflateSource::Inflate(size_t* produced) {
  uInt before = zs_.avail_out;
  in_member_ = true;
  int r = inflate(&zs_, Z_NO_FLUSH);
  *produced = before - zs_.avail_out;
  if (r == Z_STREAM_END) {
    in_member_ = false;
    if (compression_ == Compression::kDeflate) {
      done_ = true;
    } else {
      inflateReset(&zs_);
    }
    return Status::OK();
  }
  if (r == Z_OK || r == Z_BUF_ERROR) return Status::OK();
  return Status::Corruption(std::string("bad gzip data: ") +
                            (zs_.msg ? zs_.msg : "inflate failed"));
}

Status InflateSource::Step(size_t* got) {
  if (zs_.avail_in == 0) {
    Status s = FillInput();
    if (!s.ok()) return s;
    if (input_ended_) {
      done_ = true;
      return in_member_ ? Status::Corruption("truncated gzip member") : Status::OK();
    }
    if (!initialized_) {
      s = Start();
      if (!s.ok()) return s;
    }
  }
  size_t produced = 0;
  Status s = Inflate(&produced);
  *got += produced;
  return s;
}

Status InflateSource::Read(char* buf, size_t n, size_t* got) {
  *got = 0;
  zs_.next_out = reinterpret_cast<Bytef*>(buf);
  zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, UINT32_MAX));
  while (*got == 0 && !done_) {
    Status s = Step(got);
    if (!s.ok()) {
      done_ = true;
      error_ = std::move(s);
    }
  }
  // Bytes inflated before an error are delivered first; the error comes next call.
  return *got > 0 ? Status::OK() : error_;
}

}  // namespace

std::unique_ptr<ByteSource> NewInflateSource(std::unique_ptr<ByteSource> compressed,
                                             Compression compression) {
  return std::make_unique<InflateSource>(std::move(compressed), compression);
}

}  // namespace lede::io
