// Compressing bytes with zlib.
#ifndef LEDE_UTIL_DEFLATE_H_
#define LEDE_UTIL_DEFLATE_H_

#include <string>
#include <string_view>

namespace lede {

// Window bits for Deflate: a gzip member, a zlib stream, raw deflate.
inline constexpr int kGzipWindowBits = 16 + 15;
inline constexpr int kZlibWindowBits = 15;
inline constexpr int kRawDeflateWindowBits = -15;

// Compresses `bytes` at zlib level 6 in the container `window_bits` selects
// (one of the constants above). Thread-safe.
std::string Deflate(std::string_view bytes, int window_bits);

}  // namespace lede

#endif  // LEDE_UTIL_DEFLATE_H_
