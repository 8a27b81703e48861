// GzipSource: a ByteSource that inflates another one. For gzip it reads a
// series of members as one stream (WARC.gz has one member per record; a whole
// file in one member works the same), resetting zlib at each member's end.
#ifndef LEDE_IO_GZIP_SOURCE_H_
#define LEDE_IO_GZIP_SOURCE_H_

#include <memory>

#include "io/byte_source.h"

namespace lede::io {

enum class Compression {
  kGzip,     // RFC 1952, any number of members back to back
  kDeflate,  // HTTP "deflate": a zlib (RFC 1950) stream, or raw RFC 1951 as sent by some servers
};

// Reads `compressed` and returns the inflated bytes. Errors are kCorruption:
// "truncated gzip member" when the input ends inside a member, "bad gzip data"
// (with zlib's reason) for an invalid stream or bytes after a member that do not
// start another one. Errors of `compressed` itself are passed on unchanged.
std::unique_ptr<ByteSource> NewInflateSource(std::unique_ptr<ByteSource> compressed,
                                             Compression compression);

}  // namespace lede::io

#endif  // LEDE_IO_GZIP_SOURCE_H_
