#!/bin/sh
# scripts/sample.sh - set up, build, and parse the bundled sample page
# (tests/corpus/001.txt) into an outline.  The build log goes to stderr,
# the outline to stdout.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
sh "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec "${NP_BUILD_DIR:-build}/newsparse" --format outline tests/corpus/001.txt
