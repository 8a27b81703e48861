// The progress line a long command shows on a terminal: counts, rate and, when
// the input's size is known, how much of it is read and an estimate of the time left.
#ifndef LEDE_UTIL_PROGRESS_LINE_H_
#define LEDE_UTIL_PROGRESS_LINE_H_

#include <cstdint>
#include <string>

namespace lede {

struct ProgressCounts {
  double seconds = 0;         // since the start
  uint64_t documents = 0;     // read so far, failed ones included
  uint64_t added = 0;
  uint64_t existing = 0;
  uint64_t failed = 0;
  uint64_t bytes_read = 0;    // of the input
  uint64_t bytes_total = 0;   // the input's size; 0 when unknown (stdin)
};

// "1,234 documents  56 docs/s  27% of 45.6 MB  ETA 3m12s  1,200 added  30 already
// stored  4 failed": the share and ETA only when bytes_total is known, the ETA
// once something is read (time so far x bytes left / bytes read).
std::string ProgressLine(const ProgressCounts& counts);

// "42s", "3m12s", "2h05m" (whole seconds, rounded up).
std::string FormatDuration(double seconds);

}  // namespace lede

#endif  // LEDE_UTIL_PROGRESS_LINE_H_
