#!/bin/sh
# tests/render/update-golden.sh - remake the renderer goldens in
# tests/render/golden/ (NAME.html, NAME.md, NAME.txt for every page of
# tests/corpus, tests/pages and tests/render/escape.txt) with the newsparse
# built in BUILD_DIR (default: build).  The pages' HTML goldens are the body
# only (--fragment); escape.html keeps the whole document.
#
# Run it when the parser's decisions or a renderer change on purpose, then
# read `git diff tests/render/golden` before committing: the goldens are
# only worth what that reading is.
#
#     sh tests/render/update-golden.sh [BUILD_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${1:-build}
case $BUILD_DIR in
/*) ;;
*) BUILD_DIR=$ROOT/$BUILD_DIR ;;
esac
CLI=$BUILD_DIR/newsparse
if [ ! -x "$CLI" ]; then
    echo "update-golden: $CLI not found; build first (cmake --build $BUILD_DIR)" >&2
    exit 1
fi
exec python3 "$ROOT/tests/render/render_checks.py" golden --update --cli "$CLI" \
    --golden "$ROOT/tests/render/golden" \
    "$ROOT"/tests/corpus/*.txt "$ROOT"/tests/pages/*.txt "$ROOT/tests/render/escape.txt"
