#!/usr/bin/env bash
# Sets up, builds and runs every test: what CI runs (.ci/run). The test build is
# build-asan/ (clang-14, ASan and UBSan, the libFuzzer targets, no benchmarks): every
# test (unit, golden, end-to-end, Python, web) runs under the sanitizers, then each
# fuzz target for LEDE_FUZZ_SECONDS (default 60; 0 skips them), two at a time.
# Flags, costs and the measured CI time are in docs/ci.md.
#
# scripts/test.sh --release: the same tests against the optimised build in build/
# (scripts/build.sh, what scripts/demo.sh runs), without fuzzing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Prints the wall seconds so far and the CPU seconds (user, sys) of everything run
# so far (bash `times`, in this shell: its second line is the commands it ran):
# what docs/ci.md's cost estimates are made of.
phase() {
  echo "test.sh: $1 done after ${SECONDS} s; CPU so far (user sys), this shell then its commands:"
  times
}
"$root/scripts/setup.sh"
phase setup
if [ "${1:-}" = --release ]; then
  "$root/scripts/build.sh"
  cd "$root/build"
  exec ctest --output-on-failure -j "$(nproc)"
fi
export LEDE_BUILD_DIR=$root/build-asan
export CCACHE_SLOPPINESS=pch_defines,time_macros  # ccache caches what uses precompiled headers
"$root/scripts/build.sh" -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DLEDE_SANITIZE=address,undefined -DLEDE_FUZZ=ON -DLEDE_BUILD_BENCH=OFF \
  -DLEDE_FAST_TEST_BUILD=ON \
  -DCMAKE_C_FLAGS_RELEASE="-O1 -gline-tables-only -DNDEBUG" \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only -DNDEBUG" \
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld \
  -DCMAKE_MODULE_LINKER_FLAGS=-fuse-ld=lld
phase build
# Sanitizer reports name functions and lines.
ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)
export ASAN_SYMBOLIZER_PATH UBSAN_SYMBOLIZER_PATH=$ASAN_SYMBOLIZER_PATH
cd "$LEDE_BUILD_DIR"
ctest --output-on-failure -j "$(nproc)"
phase tests
seconds=${LEDE_FUZZ_SECONDS:-60}
if [ "$seconds" != 0 ]; then
  LEDE_FUZZ_BUILD_DIR=$LEDE_BUILD_DIR LEDE_FUZZ_JOBS=2 bash "$root/tests/fuzz/run_all.sh" "$seconds"
  phase fuzzing
fi
