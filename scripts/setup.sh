#!/usr/bin/env bash
# Installs everything lede needs to build and test from Debian 12's packages.
# Idempotent; run as root on a fresh machine. Nothing else is downloaded.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache git
  libmodest-dev libxml2-dev libicu-dev libuchardet-dev libcld2-dev
  libsqlite3-dev sqlite3 libvectorscan-dev libre2-dev
  libsimdjson-dev nlohmann-json3-dev zlib1g-dev
  libcli11-dev libboost-dev libcurl4-openssl-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev python3-dask python3-distributed python3-readability python3-jsonschema
  python3-pip python3-setuptools python3-wheel python3-venv
  wrk hyperfine
  clang-14 libclang-rt-14-dev  # libFuzzer targets and sanitizer builds (docs/fuzzing.md)
  lld-14 llvm-14  # the test build links with lld; llvm-symbolizer-14 names lines in reports (docs/ci.md)
  chromium  # the web UI's end-to-end tests drive it (playwright-core, web/e2e/)
)
# The machine's Node.js (with its own npm) is used when present; otherwise Debian's.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing packages: ${missing[*]}; run as root to install them" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
