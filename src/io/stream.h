// Stream: a buffered ByteSource with the reads that record parsers need: peek,
// lines, exact lengths, skips. Memory is one buffer plus the longest line or
// block asked for.
#ifndef LEDE_IO_STREAM_H_
#define LEDE_IO_STREAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/byte_source.h"
#include "lede/status.h"

namespace lede::io {

// The outcome of Stream::ReadLine.
enum class LineRead {
  kLine,     // a whole line (or the last bytes before the end of input)
  kTooLong,  // the line was longer than the limit: its first max_bytes are kept, the rest dropped
  kEnd,      // no bytes left (or a read failed: see status())
};

// A read error is sticky: the stream ends where the error happened, and status()
// reports it once the bytes before it are consumed. Also a ByteSource itself (buffered bytes
// first), so a sniffed stream can be handed to a decompressor without losing what was peeked. Not
// thread-safe.
class Stream : public ByteSource {
 public:
  explicit Stream(std::unique_ptr<ByteSource> source);

  // Returns up to n of the next bytes without consuming them (fewer only at the end).
  std::string_view Peek(size_t n);
  // True when no byte is left (or a read failed).
  bool AtEnd() { return Peek(1).empty(); }
  // Reads the next line into *line without its "\n" (a "\r" before it is kept).
  // max_bytes: longest line kept (0 = no limit).
  LineRead ReadLine(uint64_t max_bytes, std::string* line);
  // Appends up to n bytes to *out; returns how many (fewer only at the end).
  uint64_t Read(uint64_t n, std::string* out) { return Take(n, out); }
  // Drops up to n bytes; returns how many (fewer only at the end).
  uint64_t Skip(uint64_t n) { return Take(n, nullptr); }
  // Drops empty lines (any run of "\r" and "\n"); false if nothing else is left.
  bool SkipBlankLines();
  // Bytes consumed so far.
  uint64_t offset() const { return offset_; }
  // OK, or the first read error once the bytes read before it are consumed.
  const Status& status() const;

  Status Read(char* buf, size_t n, size_t* got) override;

 private:
  // Reads more bytes into the buffer; false at the end or on error.
  bool Fill();
  // Consumes up to n bytes, appending them to *out unless out is null.
  uint64_t Take(uint64_t n, std::string* out);
  uint64_t TakeUnbuffered(uint64_t n, std::string* out);
  std::string_view buffered() const {
    return std::string_view(buffer_.data() + start_, end_ - start_);
  }
  void Consume(size_t n) {
    start_ += n;
    offset_ += n;
  }

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;  // bytes read are [start_, end_); the rest is room for more
  size_t start_ = 0;
  size_t end_ = 0;
  uint64_t offset_ = 0;
  bool ended_ = false;
  Status status_;  // the read error, if any
};

}  // namespace lede::io

#endif  // LEDE_IO_STREAM_H_
