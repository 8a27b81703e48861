// Checks the extract fuzz targets share. For fuzz targets only.
#ifndef LEDE_EXTRACT_FUZZ_CHECKS_H_
#define LEDE_EXTRACT_FUZZ_CHECKS_H_

#include <unicode/ustring.h>

#include <cstdint>
#include <string_view>

namespace lede::fuzzing {

// Whether `s` is well-formed UTF-8 (ICU's converter finds no invalid sequence).
inline bool IsValidUtf8(std::string_view s) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &error);
  return error != U_INVALID_CHAR_FOUND && error != U_ILLEGAL_ARGUMENT_ERROR;
}

}  // namespace lede::fuzzing

#endif  // LEDE_EXTRACT_FUZZ_CHECKS_H_
