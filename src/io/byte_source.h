// ByteSource: the bottom of the reader stack, a sequence of bytes read in pieces
// from a file descriptor (a file, stdin) or from memory.
#ifndef LEDE_IO_BYTE_SOURCE_H_
#define LEDE_IO_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::io {

// Not thread-safe.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf and sets *got to the number read; *got == 0 with
  // an OK status means the end of input. REQUIRES: n > 0.
  virtual Status Read(char* buf, size_t n, size_t* got) = 0;
  // How many bytes are left to read, when the source knows (a regular file: its
  // size at opening minus the bytes read so far), else 0. A hint for sizing
  // buffers only: the bytes actually read may differ (a file that grows).
  virtual uint64_t RemainingHint() const { return 0; }
};

// Reads from an open file descriptor; closes it on destruction only if `owned`.
// `name` is used in error messages.
std::unique_ptr<ByteSource> NewFdSource(int fd, bool owned, std::string name);

// Opens a regular file for reading. Returns kNotFound if it does not exist,
// kIOError if it cannot be opened.
Status OpenFileSource(const std::string& path, std::unique_ptr<ByteSource>* source);

// Reads from memory, at most max_piece bytes per Read (0 = no limit; small pieces
// put every parser boundary at a buffer refill somewhere, for tests).
// REQUIRES: `bytes` outlives the source.
std::unique_ptr<ByteSource> NewMemorySource(std::string_view bytes, size_t max_piece = 0);

}  // namespace lede::io

#endif  // LEDE_IO_BYTE_SOURCE_H_
