#!/bin/sh
# scripts/test.sh - set up, build, and run every test with ctest.
# Exits with ctest's status.  CTEST_PARALLEL_LEVEL=N runs N tests at a time.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
sh "$ROOT/scripts/setup.sh"
BUILD_DIR=${NP_BUILD_DIR:-build}
case $BUILD_DIR in
/*) ;;
*) BUILD_DIR=$ROOT/$BUILD_DIR ;;
esac
cd "$BUILD_DIR"
exec ctest --output-on-failure
