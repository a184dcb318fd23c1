#!/bin/sh
# tests/install/run.sh BUILD_DIR
#
# Install the tree built in BUILD_DIR into a scratch prefix, then build
# tests/install/consumer.c against the installed copy three ways and run it:
#   1. pkg-config, shared library (run with LD_LIBRARY_PATH)
#   2. pkg-config --static, static library (no libnewsparse.so needed), with
#      the README's -Wl,-Bstatic line; the README's C snippet with and
#      without -Wl,-rpath
#   3. a CMake project with find_package(newsparse), shared and static
# Also checks the installed files and that libnewsparse.so exports only np_*.
#
# Environment: CC (default cc), CMAKE_COMMAND (default cmake), NP_SANITIZE
# (the build's sanitizers, e.g. address,undefined: the consumers need them too),
# KEEP_TMP=1 to keep the scratch directory.  Registered in ctest as
# install_consumer.
set -eu

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-cc}
CMAKE=${CMAKE_COMMAND:-cmake}
SAN=
if [ -n "${NP_SANITIZE:-}" ]; then
    SAN="-fsanitize=$NP_SANITIZE -fno-omit-frame-pointer"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/np-install.XXXXXX")
if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "scratch directory kept: $TMP"
else
    trap 'rm -rf "$TMP"' EXIT
fi
PREFIX=$TMP/prefix

fail() {
    echo "install_consumer: FAIL: $*" >&2
    exit 1
}

step() {
    echo "== $*"
}

# ---------------------------------------------------------------------------
step "install $BUILD into $PREFIX"
"$CMAKE" --install "$BUILD" --prefix "$PREFIX" >"$TMP/install.log" 2>&1 || {
    cat "$TMP/install.log" >&2
    fail "cmake --install"
}

# GNUInstallDirs may have chosen lib, lib64 or lib/<multiarch>.
PC=$(find "$PREFIX" -path '*/pkgconfig/newsparse.pc' | head -n 1)
[ -n "$PC" ] || fail "newsparse.pc was not installed"
PCDIR=$(dirname "$PC")
LIBDIR=$(dirname "$PCDIR")
echo "libdir: $LIBDIR"

[ -f "$PREFIX/include/newsparse.h" ] || fail "include/newsparse.h was not installed"
[ -f "$LIBDIR/libnewsparse.a" ] || fail "libnewsparse.a was not installed"
[ -e "$LIBDIR/libnewsparse.so" ] || fail "libnewsparse.so was not installed"
[ -e "$LIBDIR/libnewsparse.so.0" ] || fail "libnewsparse.so.0 (SONAME link) was not installed"
[ -f "$LIBDIR/cmake/newsparse/newsparseConfig.cmake" ] || fail "newsparseConfig.cmake was not installed"
[ -f "$LIBDIR/cmake/newsparse/newsparseConfigVersion.cmake" ] || fail "newsparseConfigVersion.cmake was not installed"
if [ -x "$BUILD/newsparse" ]; then
    [ -x "$PREFIX/bin/newsparse" ] || fail "the newsparse CLI was not installed"
fi
if grep -rq -- "$BUILD" "$LIBDIR/cmake/newsparse" "$PC"; then
    fail "installed package files name the build directory"
fi

VERSION=$(sed -n 's/^#define NP_VERSION_STRING "\(.*\)"$/\1/p' "$PREFIX/include/newsparse.h")
[ -n "$VERSION" ] || fail "no NP_VERSION_STRING in the installed header"
EXPECT="consumer ok: version $VERSION,"
echo "version: $VERSION"

check_output() { # name file
    if ! grep -q "^$EXPECT" "$2"; then
        echo "--- output of $1:" >&2
        cat "$2" >&2
        fail "$1 did not print '$EXPECT ...'"
    fi
    echo "$1: $(cat "$2")"
}

not_needed() { # name binary: the binary must not need libnewsparse.so
    if command -v readelf >/dev/null 2>&1; then
        if readelf -d "$2" | grep -q 'NEEDED.*libnewsparse'; then
            fail "$1 is linked to libnewsparse.so, expected the static library"
        fi
    fi
}

# ---------------------------------------------------------------------------
step "exported symbols of libnewsparse.so"
if command -v nm >/dev/null 2>&1; then
    nm -D --defined-only "$LIBDIR/libnewsparse.so" | awk 'NF >= 3 && $2 ~ /^[TDBRVW]$/ { print $3 }' \
        >"$TMP/symbols"
    [ -s "$TMP/symbols" ] || fail "libnewsparse.so exports nothing"
    if grep -v '^np_' "$TMP/symbols" >"$TMP/bad_symbols"; then
        cat "$TMP/bad_symbols" >&2
        fail "libnewsparse.so exports symbols outside np_*"
    fi
    for sym in np_version np_parse np_iter_next np_document_free; do
        grep -qx "$sym" "$TMP/symbols" || fail "libnewsparse.so does not export $sym"
    done
    echo "$(wc -l <"$TMP/symbols") symbols, all np_*"
else
    echo "nm not found: skipped"
fi

# ---------------------------------------------------------------------------
export PKG_CONFIG_PATH="$PCDIR${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
command -v pkg-config >/dev/null 2>&1 || fail "pkg-config is not installed"
step "pkg-config newsparse ($(pkg-config --modversion newsparse))"
[ "$(pkg-config --modversion newsparse)" = "$VERSION" ] || fail "pkg-config --modversion is not $VERSION"
CFLAGS_PC=$(pkg-config --cflags newsparse)
LIBS_PC=$(pkg-config --libs newsparse)
echo "cflags: $CFLAGS_PC"
echo "libs:   $LIBS_PC"

step "pkg-config, shared library"
# shellcheck disable=SC2086 # word splitting of flags is intended
$CC -std=c11 -Wall -Wextra -Werror $SAN $CFLAGS_PC "$HERE/consumer.c" -o "$TMP/pc_shared" $LIBS_PC
readelf -d "$TMP/pc_shared" 2>/dev/null | grep -q 'NEEDED.*libnewsparse\.so\.0' ||
    fail "pc_shared is not linked to libnewsparse.so.0"
LD_LIBRARY_PATH="$LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$TMP/pc_shared" >"$TMP/out" ||
    fail "pc_shared exited with status $?"
check_output pc_shared "$TMP/out"

step "pkg-config --static, static library (the README's command)"
CFLAGS_STATIC=$(pkg-config --cflags --static newsparse)
LIBS_STATIC=$(pkg-config --libs --static newsparse)
echo "cflags: $CFLAGS_STATIC"
echo "libs:   $LIBS_STATIC"
case " $LIBS_STATIC " in
*" -lnewsparse "*"-lunistring "*) ;;
*) fail "pkg-config --static --libs does not list -lnewsparse then -lunistring" ;;
esac
# -Wl,-Bstatic makes the linker take libnewsparse.a (and libunistring.a)
# over the .so beside it; -Wl,-Bdynamic gives libc back its shared library.
# shellcheck disable=SC2086
$CC -std=c11 -Wall -Wextra -Werror $SAN $CFLAGS_STATIC "$HERE/consumer.c" -o "$TMP/pc_static" \
    -Wl,-Bstatic $LIBS_STATIC -Wl,-Bdynamic
not_needed pc_static "$TMP/pc_static"
if readelf -d "$TMP/pc_static" 2>/dev/null | grep -q 'NEEDED.*libunistring'; then
    fail "pc_static needs libunistring.so, expected libunistring.a"
fi
"$TMP/pc_static" >"$TMP/out" || fail "pc_static exited with status $?"
check_output pc_static "$TMP/out"

# ---------------------------------------------------------------------------
# The README's C snippet built against this non-standard prefix, as the
# README says: without an rpath the loader does not find libnewsparse.so.0;
# LD_LIBRARY_PATH or -Wl,-rpath make it start.
README=$HERE/../../README.md
if [ -f "$README" ]; then
    step "the README's C snippet against $PREFIX"
    awk '/^```c$/ { on = 1; next } on && /^```$/ { exit } on' "$README" >"$TMP/prog.c"
    grep -q 'np_parse' "$TMP/prog.c" || fail "no C snippet with np_parse in $README"
    # shellcheck disable=SC2086
    $CC $SAN "$TMP/prog.c" -o "$TMP/prog" $(pkg-config --cflags --libs newsparse)
    if env -u LD_LIBRARY_PATH "$TMP/prog" >"$TMP/out" 2>"$TMP/err"; then
        fail "the snippet started without LD_LIBRARY_PATH or rpath (is $LIBDIR a system directory?)"
    fi
    grep -q 'libnewsparse.so.0' "$TMP/err" || fail "unexpected failure: $(cat "$TMP/err")"
    echo "without rpath: $(head -n 1 "$TMP/err")"
    LD_LIBRARY_PATH="$LIBDIR" "$TMP/prog" >"$TMP/out" || fail "the snippet failed with LD_LIBRARY_PATH"
    grep -q '^  article' "$TMP/out" || fail "the snippet printed no article: $(cat "$TMP/out")"
    # shellcheck disable=SC2086
    $CC $SAN "$TMP/prog.c" -o "$TMP/prog_rpath" $(pkg-config --cflags --libs newsparse) \
        -Wl,-rpath,"$(pkg-config --variable=libdir newsparse)"
    env -u LD_LIBRARY_PATH "$TMP/prog_rpath" >"$TMP/out" || fail "the snippet built with -Wl,-rpath failed"
    grep -q '^  article' "$TMP/out" || fail "the rpath build printed no article"
    echo "with LD_LIBRARY_PATH and with -Wl,-rpath: $(head -n 1 "$TMP/out")"
fi

# ---------------------------------------------------------------------------
step "CMake find_package(newsparse)"
"$CMAKE" -S "$HERE" -B "$TMP/cmake-build" \
    -DCMAKE_PREFIX_PATH="$PREFIX" \
    -DCMAKE_C_COMPILER="$CC" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="$SAN" \
    -DNP_EXPECT_VERSION="$VERSION" >"$TMP/cmake-configure.log" 2>&1 || {
    cat "$TMP/cmake-configure.log" >&2
    fail "configuring the find_package consumer"
}
grep 'found newsparse' "$TMP/cmake-configure.log" || true
"$CMAKE" --build "$TMP/cmake-build" >"$TMP/cmake-build.log" 2>&1 || {
    cat "$TMP/cmake-build.log" >&2
    fail "building the find_package consumer"
}
# consumer_shared finds libnewsparse.so through the build RPATH CMake gives it.
"$TMP/cmake-build/consumer_shared" >"$TMP/out" || fail "cmake consumer_shared exited with status $?"
check_output cmake_shared "$TMP/out"
not_needed cmake_static "$TMP/cmake-build/consumer_static"
"$TMP/cmake-build/consumer_static" >"$TMP/out" || fail "cmake consumer_static exited with status $?"
check_output cmake_static "$TMP/out"

echo "install_consumer: all passed"
