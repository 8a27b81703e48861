#include "util/progress_line.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lede {
namespace {

// 1234567 -> "1,234,567".
std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Printf(const char* format, double value) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), format, value);
  return buf;
}

// "812 KB", "45.6 MB", "3.2 GB".
std::string Bytes(uint64_t n) {
  if (n < 1000000) return Printf("%.0f KB", n / 1e3);
  if (n < 1000000000) return Printf("%.1f MB", n / 1e6);
  return Printf("%.1f GB", n / 1e9);
}

}  // namespace

std::string FormatDuration(double seconds) {
  const uint64_t s = seconds > 0 ? static_cast<uint64_t>(std::ceil(seconds)) : 0;
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof(buf), "%llus", static_cast<unsigned long long>(s));
  else if (s < 3600) std::snprintf(buf, sizeof(buf), "%llum%02llus", static_cast<unsigned long long>(s / 60),
                                   static_cast<unsigned long long>(s % 60));
  else std::snprintf(buf, sizeof(buf), "%lluh%02llum", static_cast<unsigned long long>(s / 3600),
                     static_cast<unsigned long long>(s / 60 % 60));
  return buf;
}

std::string ProgressLine(const ProgressCounts& c) {
  std::string line = Grouped(c.documents) + " documents  " +
                     Printf("%.0f", c.seconds > 0 ? c.documents / c.seconds : 0.0) + " docs/s";
  if (c.bytes_total > 0) {
    const uint64_t read = std::min(c.bytes_read, c.bytes_total);
    line += Printf("  %.0f%%", 100.0 * read / c.bytes_total) + " of " + Bytes(c.bytes_total);
    if (read > 0) line += "  ETA " + FormatDuration(c.seconds * (c.bytes_total - read) / read);
  }
  line += "  " + Grouped(c.added) + " added  " + Grouped(c.existing) + " already stored  " + Grouped(c.failed) +
          " failed";
  return line;
}

}  // namespace lede
