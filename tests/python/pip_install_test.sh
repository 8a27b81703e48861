#!/usr/bin/env bash
# The package CMake assembles in build/python installs with pip without network
# (docs/python.md), into a virtual environment that sees Debian's packages, and works
# there from any folder: extraction, the store, and the Dask runner's module.
# Usage: pip_install_test.sh PYTHON PACKAGE_DIR (build/python)
set -euo pipefail
python=$1 package=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$package" "$tmp/package"  # pip writes build files beside the sources
"$python" -m venv --system-site-packages "$tmp/env"
"$tmp/env/bin/pip" install --quiet --no-build-isolation --no-index "$tmp/package"
cd "$tmp"
PYTHONPATH= "$tmp/env/bin/python" - <<'PY'
import os
import lede, lede.dask
assert lede.__file__.startswith(os.getcwd() + '/env/'), lede.__file__
page = b'<html><head><title>Rain in Rabat</title></head><body><article><p>' + \
    b'Heavy rain fell on Rabat on Monday, the weather office said. ' * 4 + b'</p></article></body></html>'
article = lede.extract(page, url='https://example.org/rain')
assert article['title'] == 'Rain in Rabat', article
with open('rain.html', 'wb') as f:
    f.write(page)
report = lede.ingest(['rain.html'], 'pip.db')
assert report['added'] == 1, report
with lede.Store('pip.db', read_only=True) as store:
    assert store.search('rain')['hits'][0]['title'] == 'Rain in Rabat'
print('pip install: ok,', lede.__file__)
PY
