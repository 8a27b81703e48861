#include "io/stream.h"

#include <algorithm>
#include <cstring>

namespace lede::io {
namespace {
constexpr size_t kChunkBytes = 64 << 10;
}  // namespace

Stream::Stream(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

const Status& Stream::status() const {
  static const Status kOk;
  return buffered().empty() ? status_ : kOk;
}

bool Stream::Fill() {
  if (ended_) return false;
  if (buffer_.size() - end_ < kChunkBytes) {  // make room: drop consumed bytes, then grow
    std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
    if (buffer_.size() - end_ < kChunkBytes) buffer_.resize(end_ + kChunkBytes);
  }
  size_t got = 0;
  Status s = source_->Read(buffer_.data() + end_, buffer_.size() - end_, &got);
  end_ += got;
  if (!s.ok()) {
    status_ = std::move(s);
    ended_ = true;
  }
  if (got == 0) ended_ = true;
  return got > 0;
}

std::string_view Stream::Peek(size_t n) {
  while (buffered().size() < n && Fill()) {
  }
  return buffered().substr(0, n);
}

LineRead Stream::ReadLine(uint64_t max_bytes, std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;
  for (;;) {
    if (buffered().empty() && !Fill()) break;
    any = true;
    std::string_view chunk = buffered();
    const char* nl = static_cast<const char*>(std::memchr(chunk.data(), '\n', chunk.size()));
    size_t take = nl ? static_cast<size_t>(nl - chunk.data()) : chunk.size();
    size_t room = max_bytes == 0 ? take : std::min<uint64_t>(take, max_bytes - line->size());
    line->append(chunk.data(), room);
    too_long |= room < take;
    Consume(nl ? take + 1 : take);
    if (nl) break;
  }
  if (!any) return LineRead::kEnd;
  return too_long ? LineRead::kTooLong : LineRead::kLine;
}

uint64_t Stream::Take(uint64_t n, std::string* out) {
  uint64_t done = 0;
  if (out && buffered().size() < n && n - buffered().size() >= kChunkBytes) {
    return TakeUnbuffered(n, out);
  }
  while (done < n) {
    if (buffered().empty() && !Fill()) break;
    size_t take = std::min<uint64_t>(n - done, buffered().size());
    if (out) out->append(buffered().data(), take);
    Consume(take);
    done += take;
  }
  return done;
}

bool Stream::SkipBlankLines() {
  for (;;) {
    std::string_view next = Peek(1);
    if (next.empty()) return false;
    if (next[0] != '\n' && next[0] != '\r') return true;
    Consume(1);
  }
}

// For long reads: copies what is buffered, then reads the rest straight into
// *out, growing it as bytes arrive (n may be far more than the input holds).
// When the source knows how much is left (a file), *out grows once, to that
// and one byte more, where the read that finds the end lands.
uint64_t Stream::TakeUnbuffered(uint64_t n, std::string* out) {
  const size_t base = out->size();
  uint64_t done = buffered().size();
  out->append(buffered());
  Consume(done);
  while (done < n && !ended_) {
    if (out->size() == base + done) {
      const uint64_t remaining = source_->RemainingHint();
      const uint64_t room = remaining != 0 ? remaining + 1 : std::max<uint64_t>(done, kChunkBytes);
      out->resize(base + done + std::min<uint64_t>(n - done, room));
    }
    size_t got = 0;
    Status s = source_->Read(out->data() + base + done, out->size() - base - done, &got);
    done += got;
    offset_ += got;
    bool failed = !s.ok();
    if (failed) status_ = std::move(s);
    if (failed || got == 0) ended_ = true;
  }
  out->resize(base + done);
  return done;
}

Status Stream::Read(char* buf, size_t n, size_t* got) {
  *got = 0;
  if (buffered().empty() && !Fill()) return status();
  *got = std::min(n, buffered().size());
  std::memcpy(buf, buffered().data(), *got);
  Consume(*got);
  return Status::OK();
}

}  // namespace lede::io
