// Reader throughput: lede's OpenInputs over each input, against a floor that
// only moves the same bytes (zlib's gzread for gzip, which also reads multi-member
// files, and read(2) otherwise). Inputs: bench/make_io_workload.py.
// Usage: io_bench FILE...   Prints one row per file, best of 3 runs.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "lede/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Run {
  double seconds = 1e9;
  uint64_t bytes = 0;  // decoded bytes delivered
  uint64_t records = 0;
};

Run ReadWithLede(const std::string& path) {
  Run run;
  auto start = Clock::now();
  auto reader = lede::OpenInputs({path});
  lede::Record record;
  lede::Status error;
  lede::ReadOutcome outcome;
  while ((outcome = reader->Next(&record, &error)) != lede::ReadOutcome::kEnd) {
    if (outcome == lede::ReadOutcome::kRecord) {
      ++run.records;
      run.bytes += record.body.size();
    }
  }
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return run;
}

// gzread passes plain files through unchanged, so it is the floor for both kinds.
Run ReadWithZlib(const std::string& path) {
  Run run;
  auto start = Clock::now();
  gzFile file = gzopen(path.c_str(), "rb");
  gzbuffer(file, 64 << 10);
  std::vector<char> buf(64 << 10);
  int got;
  while ((got = gzread(file, buf.data(), buf.size())) > 0) run.bytes += got;
  gzclose(file);
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return run;
}

template <typename Fn>
Run Best(Fn fn, const std::string& path) {
  Run best;
  for (int i = 0; i < 3; ++i) {
    Run run = fn(path);
    if (run.seconds < best.seconds) best = run;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("%-28s %8s %10s %12s %12s %14s\n", "input", "records", "lede s", "lede MB/s",
              "floor MB/s", "MB/s of text");
  for (int i = 1; i < argc; ++i) {
    std::string path = argv[i];
    Run lede = Best(ReadWithLede, path);
    Run floor = Best(ReadWithZlib, path);
    std::string name = path.substr(path.find_last_of('/') + 1);
    // MB/s over the uncompressed input bytes, so gzip and plain rows compare.
    std::printf("%-28s %8llu %10.3f %12.0f %12.0f %14.0f\n", name.c_str(),
                static_cast<unsigned long long>(lede.records), lede.seconds,
                floor.bytes / 1e6 / lede.seconds, floor.bytes / 1e6 / floor.seconds,
                lede.bytes / 1e6 / lede.seconds);
  }
}
