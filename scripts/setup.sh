#!/bin/sh
# scripts/setup.sh - install the build dependencies and build into build/.
#
# As root on Debian/Ubuntu, installs whatever of the packages below is
# missing with apt-get; as another user, prints the apt-get line to run and
# exits 1 if something is missing.  Then configures and builds.
#
# Environment (all optional):
#   NP_BUILD_DIR       build directory               (default: build)
#   NP_BUILD_TYPE      CMAKE_BUILD_TYPE              (default: Release)
#   NP_WERROR          ON to build with -Werror      (default: OFF)
#   NP_SANITIZE        e.g. address,undefined        (default: none)
#   NP_CMAKE_ARGS      more arguments for cmake's configure step
#   NP_EXTRA_PACKAGES  more Debian packages to install
#   NP_SKIP_DEPS=1     do not check or install packages
#
# Everything it prints goes to stderr, so that scripts/sample.sh's standard
# output is the parser's alone.
set -eu
exec 1>&2

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# The Python binding's tests: pip and venv (install checks), mypy (type
# hints), dask and distributed (examples/python/dask_archive.py).
PY_TEST_PACKAGES="python3-pip python3-venv mypy python3-dask python3-distributed"
PACKAGES="cmake make gcc libc6-dev pkg-config python3 python3-html5lib man-db libunistring-dev libcmocka-dev libcmark-dev cmark-gfm libmd4c-dev libsqlite3-dev $PY_TEST_PACKAGES ${NP_EXTRA_PACKAGES:-}"

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

if [ "${NP_SKIP_DEPS:-0}" != 1 ]; then
    if command -v dpkg-query >/dev/null 2>&1; then
        MISSING=
        for p in $PACKAGES; do
            installed "$p" || MISSING="$MISSING $p"
        done
        if [ -n "$MISSING" ]; then
            if [ "$(id -u)" = 0 ]; then
                echo "== setup: installing$MISSING"
                export DEBIAN_FRONTEND=noninteractive
                LOG=$(mktemp "${TMPDIR:-/tmp}/np-apt.XXXXXX")
                # shellcheck disable=SC2086 # one word a package
                if ! { apt-get update -qq &&
                    apt-get install -y -qq --no-install-recommends $MISSING; } \
                    </dev/null >"$LOG" 2>&1; then
                    cat "$LOG"
                    rm -f "$LOG"
                    echo "setup: apt-get failed"
                    exit 1
                fi
                rm -f "$LOG"
            else
                echo "setup: missing packages:$MISSING"
                echo "install them with:"
                echo "    sudo apt-get install -y$MISSING"
                exit 1
            fi
        else
            echo "== setup: build dependencies present"
        fi
    else
        echo "== setup: no dpkg here; make sure a C11 compiler, cmake >= 3.16, pkg-config,"
        echo "   libunistring and cmocka are installed"
    fi
fi

BUILD_DIR=${NP_BUILD_DIR:-build}
JOBS=$(nproc 2>/dev/null || echo 2)

echo "== setup: configure $BUILD_DIR (${NP_BUILD_TYPE:-Release}, NP_WERROR=${NP_WERROR:-OFF}, NP_SANITIZE=${NP_SANITIZE:-})"
# shellcheck disable=SC2086 # NP_CMAKE_ARGS is a list of arguments
cmake -S "$ROOT" -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE="${NP_BUILD_TYPE:-Release}" \
    -DNP_WERROR="${NP_WERROR:-OFF}" \
    -DNP_SANITIZE="${NP_SANITIZE:-}" \
    ${NP_CMAKE_ARGS:-}

echo "== setup: build $BUILD_DIR"
cmake --build "$BUILD_DIR" --parallel "$JOBS"
