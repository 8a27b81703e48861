// Helpers shared by the eval tests: where the data is, and running the Python
// reference scorers in ../shared/eval.
#ifndef LEDE_EVAL_TESTING_H_
#define LEDE_EVAL_TESTING_H_

#include <cstdio>
#include <fstream>
#include <string>

namespace lede::eval::testing {

inline std::string DataDir() { return std::string(LEDE_SHARED_DIR) + "/data"; }
inline std::string ReferenceScorer(const char* name) {
  return std::string(LEDE_SHARED_DIR) + "/eval/" + name;
}

// Runs `command` with /bin/sh and returns its standard output.
inline std::string RunCommand(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace lede::eval::testing

#endif  // LEDE_EVAL_TESTING_H_
