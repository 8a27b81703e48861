#include "util/data_dir.h"

#include <cstdlib>

#ifndef LEDE_DATA_DIR
#error "LEDE_DATA_DIR must be defined by the build"
#endif

namespace lede {

std::string DataPath(std::string_view relative) {
  const char* env = std::getenv("LEDE_DATA_DIR");
  std::string dir = env != nullptr && *env != '\0' ? env : LEDE_DATA_DIR;
  return dir + "/" + std::string(relative);
}

}  // namespace lede
