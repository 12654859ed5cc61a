#!/usr/bin/env bash
# Install everything the test suite needs, then run it.
# Python packages come from the [test] extra; the browser (viewer tests) and
# Virtuoso (push tests) are Debian packages, installed when missing and when we
# can (root, or passwordless sudo). Tests that need a missing binary skip and say why.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e '.[test]'
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi nanum || need+=(fonts-nanum)   # Korean glyphs in viewer screenshots
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  if $SUDO true 2>/dev/null; then
    $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
      || echo "tests/run.sh: could not install ${need[*]}; their tests will skip" >&2
  else
    echo "tests/run.sh: ${need[*]} missing and not root; their tests will skip" >&2
  fi
fi
# the triple stores of the push tests (Virtuoso from Debian, installed without starting its service)
PYTHON=python bash .ci/install-stores.sh || echo "tests/run.sh: store install failed; push tests will skip" >&2
exec python -m pytest -q "$@"
