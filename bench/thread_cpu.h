// The CPU time of the calling thread: latency without the other tenants of a
// shared machine. For benchmarks only.
#ifndef LEDE_BENCH_THREAD_CPU_H_
#define LEDE_BENCH_THREAD_CPU_H_

#include <time.h>

namespace lede::bench {

// Returns the CPU seconds the calling thread has used.
inline double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Returns the CPU milliseconds the calling thread has used.
inline double ThreadCpuMs() { return ThreadCpuSeconds() * 1e3; }

}  // namespace lede::bench

#endif  // LEDE_BENCH_THREAD_CPU_H_
