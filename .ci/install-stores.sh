#!/usr/bin/env bash
# Install the SPARQL stores that tests/test_push_stores.py talks to, on a fresh Debian machine.
# Called from .ci/run before the tests. Idempotent: does nothing when they are already there.
#  - Virtuoso 7: Debian's virtuoso-opensource (the tests start their own virtuoso-t on
#    loopback ports with a throw-away database; the system service is not needed, so it is
#    stopped again: Debian starts it on all interfaces).
#  - Oxigraph server: the `oxigraph` wheel of the [test] extra (pip), no system package.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install-stores: not root and no passwordless sudo; Virtuoso tests will skip" >&2
  fi
fi

if ! command -v virtuoso-t >/dev/null 2>&1 && [ ! -x /usr/bin/virtuoso-t ]; then
  if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
    $SUDO apt-get update -qq
    # RUNLEVEL=1: invoke-rc.d does not start the service while installing
    $SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq virtuoso-opensource >/dev/null
    $SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import shutil, sys, pathlib; sys.exit(0 if shutil.which("oxigraph") or pathlib.Path(sys.executable).with_name("oxigraph").is_file() else 1)'; then
  "$PYTHON" -m pip install --quiet --disable-pip-version-check -e '.[test]'
fi

if command -v virtuoso-t >/dev/null 2>&1 || [ -x /usr/bin/virtuoso-t ]; then
  echo "install-stores: virtuoso-t ready"
else
  echo "install-stores: virtuoso-t missing; Virtuoso tests will skip" >&2
fi
"$PYTHON" -c 'import shutil, sys, pathlib; print("install-stores: oxigraph", shutil.which("oxigraph") or pathlib.Path(sys.executable).with_name("oxigraph"))'
