# tests/fuzz/harness_dir.sh - sourced by run.sh and grow.sh: sets BIN to the
# folder of BUILD that holds the harnesses (BUILD itself or its tests/fuzz),
# or exits 2 saying how to configure one.
if [ -x "$BUILD/tests/fuzz/fuzz_parse" ]; then
    BIN=$BUILD/tests/fuzz
elif [ -x "$BUILD/fuzz_parse" ]; then
    BIN=$BUILD
else
    echo "$(basename "$0"): no fuzz_parse in $BUILD or $BUILD/tests/fuzz (configure with -DNP_BUILD_FUZZ=ON)" >&2
    exit 2
fi
BIN=$(cd "$BIN" && pwd)
