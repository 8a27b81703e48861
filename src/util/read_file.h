// Reading a whole (small) file, for tests and tools.
#ifndef LEDE_UTIL_READ_FILE_H_
#define LEDE_UTIL_READ_FILE_H_

#include <fstream>
#include <sstream>
#include <string>

namespace lede {

// Returns the bytes of the file at `path`, or "" when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace lede

#endif  // LEDE_UTIL_READ_FILE_H_
