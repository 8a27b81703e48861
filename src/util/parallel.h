// ParallelFor: run fn(i) for i in [0, n) on up to `threads` threads.
#ifndef LEDE_UTIL_PARALLEL_H_
#define LEDE_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace lede {

// Calls fn(i) exactly once for every i in [0, n), spreading the calls over up to
// `threads` threads (the calling thread is one of them). Returns when all are done.
// REQUIRES: fn is safe to call concurrently for distinct i.
template <typename Fn>
void ParallelFor(size_t n, unsigned threads, Fn&& fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  unsigned extra = std::min<size_t>(threads > 0 ? threads - 1 : 0, n > 0 ? n - 1 : 0);
  std::vector<std::thread> pool;
  pool.reserve(extra);
  for (unsigned t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace lede

#endif  // LEDE_UTIL_PARALLEL_H_
