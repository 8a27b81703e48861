#!/usr/bin/env bash
# Builds the libFuzzer targets (src/*/*_fuzz.cc; clang-14, ASan and UBSan) and runs
# each for SECONDS on its seed corpus (tests/fuzz/seeds.sh), JOBS at a time, with
# `nice`. The corpora grow in BUILD/corpus/TARGET, crashes land in
# BUILD/findings/TARGET/, logs in BUILD/fuzz-TARGET.log; the seeds are made once
# in BUILD/seeds (delete it to remake them). Prints per target its
# exit status, executions/s, libFuzzer's last status line (cov:, ft:, corp:) and
# the load average at its end. Exits 1 if a target crashed (its artifact's path
# is printed), 2 if the build failed.
# Usage: tests/fuzz/run_all.sh SECONDS [TARGET...]   (TARGET: extract, search, ...)
# Environment: LEDE_FUZZ_BUILD_DIR (default build-fuzz/; an existing tree is
# reused as configured, so CI can point it at its sanitizer build), LEDE_FUZZ_JOBS
# (targets run at once, default 1).
set -euo pipefail
seconds=${1:?usage: run_all.sh SECONDS [TARGET...]}
shift
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${LEDE_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
jobs=${LEDE_FUZZ_JOBS:-1}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for file in "$source_dir"/src/*/*_fuzz.cc; do targets+=("$(basename "$file" _fuzz.cc)"); done
fi
binaries=()
for target in "${targets[@]}"; do binaries+=("lede_${target}_fuzz"); done

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
    -DCMAKE_CXX_COMPILER=clang++-14 -DLEDE_FUZZ=ON -DLEDE_SANITIZE=address,undefined \
    -DLEDE_BUILD_TESTS=OFF -DLEDE_BUILD_BENCH=OFF -DLEDE_BUILD_WEB=OFF -DLEDE_BUILD_PYTHON=OFF \
    -DPython3_EXECUTABLE=/usr/bin/python3 > /dev/null
fi
nice cmake --build "$build" -j2 --target "${binaries[@]}" > "$build/fuzz-build.log" 2>&1 ||
  { tail -n 30 "$build/fuzz-build.log"; exit 2; }
[ -d "$build/seeds" ] || bash "$source_dir/tests/fuzz/seeds.sh" "$source_dir" "$build/seeds"

# Runs one target; prints its summary line (and its findings when it failed).
run_target() {
  local target=$1
  local binary corpus=$build/corpus/$target findings=$build/findings/$target log=$build/fuzz-$target.log
  binary=$(find "$build" -name "lede_${target}_fuzz" -type f -executable -print -quit)
  mkdir -p "$corpus" "$findings" "$build/seeds/$target"
  local result=0
  nice "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" "$build/seeds/$target" > "$log" 2>&1 || result=$?
  local line execs
  line=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  echo "$target: exit $result, ${execs:-?} exec/s, $line, load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$result" -ne 0 ]; then
    grep -m 5 -E 'ERROR|SUMMARY|artifact|runtime error' "$log"
    return 1
  fi
}

status=0
pids=()
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
