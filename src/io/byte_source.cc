#include "io/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lede::io {
namespace {

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {
    struct stat st;
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      const off_t position = ::lseek(fd_, 0, SEEK_CUR);
      if (position >= 0 && position < st.st_size) remaining_ = st.st_size - position;
    }
  }
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }

  Status Read(char* buf, size_t n, size_t* got) override {
    *got = 0;
    ssize_t r;
    do {
      r = ::read(fd_, buf, n);
    } while (r < 0 && errno == EINTR);
    if (r < 0) return Status::IOError(name_ + ": read failed: " + std::strerror(errno));
    *got = static_cast<size_t>(r);
    remaining_ -= std::min<uint64_t>(remaining_, *got);
    return Status::OK();
  }

  uint64_t RemainingHint() const override { return remaining_; }

 private:
  int fd_;
  bool owned_;
  std::string name_;
  uint64_t remaining_ = 0;  // of a regular file; 0 for pipes and terminals
};

class MemorySource : public ByteSource {
 public:
  MemorySource(std::string_view bytes, size_t max_piece) : rest_(bytes), max_piece_(max_piece) {}

  Status Read(char* buf, size_t n, size_t* got) override {
    *got = std::min({n, rest_.size(), max_piece_ ? max_piece_ : n});
    std::memcpy(buf, rest_.data(), *got);
    rest_.remove_prefix(*got);
    return Status::OK();
  }

  uint64_t RemainingHint() const override { return rest_.size(); }

 private:
  std::string_view rest_;
  size_t max_piece_;
};

}  // namespace

std::unique_ptr<ByteSource> NewFdSource(int fd, bool owned, std::string name) {
  return std::make_unique<FdSource>(fd, owned, std::move(name));
}

Status OpenFileSource(const std::string& path, std::unique_ptr<ByteSource>* source) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    int err = errno;
    std::string reason = std::strerror(err);
    if (err == ENOENT) return Status::NotFound(path + ": " + reason);
    return Status::IOError(path + ": cannot open: " + reason);
  }
  *source = NewFdSource(fd, /*owned=*/true, path);
  return Status::OK();
}

std::unique_ptr<ByteSource> NewMemorySource(std::string_view bytes, size_t max_piece) {
  return std::make_unique<MemorySource>(bytes, max_piece);
}

}  // namespace lede::io
