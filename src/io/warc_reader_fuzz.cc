// libFuzzer target for the readers: any bytes, sniffed and read as they come
// (WARC, ARC, JSONL, gzip, HTML, text), must not crash, must respect the limits,
// and must give the same records and errors whether the bytes arrive whole or
// in small pieces. Build with -DLEDE_FUZZ=ON and clang; run
// build/lede_warc_reader_fuzz [corpus dir], seeded with ../shared/data/warc-samples.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/testing.h"

namespace {

// Small limits, so that the fuzzer reaches them.
lede::ReaderOptions FuzzOptions() {
  lede::ReaderOptions options;
  options.max_document_bytes = 64 << 10;
  options.max_header_bytes = 2 << 10;
  return options;
}

bool SameResults(const lede::io::testing::ReadResult& a, const lede::io::testing::ReadResult& b) {
  if (a.records.size() != b.records.size() || a.errors.size() != b.errors.size()) return false;
  for (size_t i = 0; i < a.records.size(); ++i) {
    if (a.records[i].body != b.records[i].body || a.records[i].uri != b.records[i].uri ||
        a.records[i].index != b.records[i].index) {
      return false;
    }
  }
  for (size_t i = 0; i < a.errors.size(); ++i) {
    if (a.errors[i].ToString() != b.errors[i].ToString()) return false;
  }
  return a.stats.skipped == b.stats.skipped;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using lede::io::NewMemorySource;
  using lede::io::testing::ReadSource;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const lede::ReaderOptions options = FuzzOptions();
  auto whole = ReadSource(NewMemorySource(bytes), options);
  for (const lede::Record& record : whole.records) {
    if (record.body.size() > options.max_document_bytes) std::abort();
  }
  // One byte at a time up to 8 KiB of input; beyond, at most ~4096 pieces per
  // input (the byte-wise oracle on a 256 KiB seed ran at 7 executions/s).
  const size_t max_piece = std::max<size_t>(1, size / 4096);
  auto trickled = ReadSource(NewMemorySource(bytes, max_piece), options);
  if (!SameResults(whole, trickled)) std::abort();
  return 0;
}
