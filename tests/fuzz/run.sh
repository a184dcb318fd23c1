#!/bin/sh
# tests/fuzz/run.sh - run libFuzzer harnesses for a fixed time each.
#
#     tests/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]
#
# BUILD_DIR is a build tree configured with -DNP_BUILD_FUZZ=ON and clang (or
# its tests/fuzz folder); HARNESS defaults to all five (fuzz_parse fuzz_tree
# fuzz_render fuzz_api fuzz_cost), run one after the other, each for SECONDS.
#
# Each harness gets a working folder $NP_FUZZ_WORK/HARNESS (default
# BUILD_DIR/tests/fuzz/work) holding:
#   corpus/     the seed corpus (tests/fuzz/seeds/, the saved corpus
#               tests/fuzz/corpus/HARNESS/ and every page of tests/corpus/
#               and tests/pages/ behind a few control headers), plus
#               whatever libFuzzer adds; kept between runs (tests/fuzz/grow.sh
#               merges what is new into the saved corpus)
#   artifacts/  crash-*, leak-*, timeout-*, oom-* inputs
#   log         libFuzzer's output
# A line "== HARNESS: N runs, cov C, ft F, corpus K, T s, cpu C s, status S" sums up
# each run.  The script exits non-zero if any harness failed (a crash, a
# leak, a timeout, or a broken check): copy the artifact into
# tests/fuzz/regressions/HARNESS/ (with a name not starting with crash-,
# which .gitignore hides) so that ctest replays it.
#
# Environment: NP_FUZZ_WORK (working folder), NP_FUZZ_NICE (default 10),
# NP_FUZZ_ARGS (more libFuzzer arguments), NP_FUZZ_MAX_LEN (default 32768).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS [HARNESS...]" >&2
    exit 2
fi
BUILD=$1
SECONDS_EACH=$2
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=harness_dir.sh
. "$HERE/harness_dir.sh"
WORK=${NP_FUZZ_WORK:-$BIN/work}
HARNESSES=${*:-fuzz_parse fuzz_tree fuzz_render fuzz_api fuzz_cost}

# The seed corpus: crafted inputs, and the pages behind control headers
# (see tests/fuzz/fuzz_common.h): plain, events with one-byte feeds, no tree
# with random chunks, and replace-invalid with random chunks.
make_seeds() {
    dir=$1
    mkdir -p "$dir"
    cp "$HERE"/seeds/* "$dir"/
    # the saved corpus of this harness: where the last runs got to
    if [ -d "$HERE/corpus/$2" ]; then
        find "$HERE/corpus/$2" -type f -exec cp {} "$dir"/ \;
    fi
    for page in "$ROOT"/tests/corpus/*.txt "$ROOT"/tests/pages/*.txt; do
        [ -f "$page" ] || continue
        base=$(basename "$(dirname "$page")")-$(basename "$page" .txt)
        n=0
        # octal escapes: plain; events, one-byte feeds; no tree, events,
        # chunks of 1-16; replace-invalid, chunks of 1-512; events, chunks
        # of 1-4096
        for hdr in '\000\000\000' '\060\000\000' '\221\052\000' '\242\007\000' '\360\023\000'; do
            n=$((n + 1))
            { printf "$hdr"; cat "$page"; } >"$dir/page-$base-$n"
        done
    done
}

FAILED=
for h in $HARNESSES; do
    exe=$BIN/$h
    if [ ! -x "$exe" ]; then
        echo "run.sh: no harness $exe" >&2
        exit 2
    fi
    w=$WORK/$h
    mkdir -p "$w/corpus" "$w/artifacts"
    make_seeds "$w/corpus" "$h"
    start=$(date +%s)
    rc=0
    # GNU time, where there is one, adds the CPU time to the log
    timer=
    if [ -x /usr/bin/time ]; then
        timer="/usr/bin/time -f cpu_seconds:%U+%S"
    fi
    # shellcheck disable=SC2086 # NP_FUZZ_ARGS and timer are lists of words
    $timer nice -n "${NP_FUZZ_NICE:-10}" "$exe" "$w/corpus" \
        -max_total_time="$SECONDS_EACH" \
        -max_len="${NP_FUZZ_MAX_LEN:-32768}" \
        -timeout=20 -rss_limit_mb=2560 \
        -dict="$HERE/newsparse.dict" \
        -artifact_prefix="$w/artifacts/" \
        -print_final_stats=1 \
        ${NP_FUZZ_ARGS:-} >"$w/log" 2>&1 || rc=$?
    end=$(date +%s)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$w/log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$w/log" | tail -n 1 || true)
    cov=$(printf '%s\n' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(printf '%s\n' "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(printf '%s\n' "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    cpu=$(sed -n 's/^cpu_seconds:\([0-9.]*\)+\([0-9.]*\)$/\1 \2/p' "$w/log" | awk '{printf "%.0f", $1 + $2}')
    echo "== $h: ${runs:-?} runs, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, $((end - start)) s, cpu ${cpu:-?} s, status $rc"
    if [ "$rc" -ne 0 ]; then
        FAILED="$FAILED $h"
        echo "---- $h failed; the end of $w/log:"
        tail -n 60 "$w/log"
        ls -l "$w/artifacts"
    fi
done
if [ -n "$FAILED" ]; then
    echo "run.sh: failed:$FAILED"
    exit 1
fi
