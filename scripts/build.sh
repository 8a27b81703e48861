#!/usr/bin/env bash
# Configures and builds lede in build/ (Release). Extra arguments go to cmake.
# LEDE_TARGETS (space-separated) builds only those targets (default: everything).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEDE_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DPython3_EXECUTABLE=/usr/bin/python3 "$@" >/dev/null
targets=()
for t in ${LEDE_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
