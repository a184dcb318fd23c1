#!/bin/sh
# tests/fuzz/grow.sh - grow the saved fuzz corpus from a longer run.
#
#     tests/fuzz/grow.sh WORKDIR [BUILD_DIR]
#
# WORKDIR is a run.sh working folder (NP_FUZZ_WORK): WORKDIR/HARNESS/corpus
# for each harness that ran.  Each one is merged into the saved corpus
# tests/fuzz/corpus/HARNESS with libFuzzer's -merge=1, which adds an input
# only when it brings coverage the saved corpus does not have, so the
# corpus grows by new coverage only.  WORKDIR is only read (a run may still
# be going on in it): each corpus is copied to a temporary folder first,
# where libFuzzer's logs go too.  BUILD_DIR (default build-fuzz) is a clang
# build configured with -DNP_BUILD_FUZZ=ON that holds the harnesses.  Prints, per harness,
# the files and bytes before and after.  Commit what it adds; ctest replays
# it (replay_fuzz_HARNESS) and run.sh starts from it.
#
# Coverage here is edges (-use_counters=0: how often an edge runs does not
# count), and inputs are cut to NP_FUZZ_GROW_MAX_LEN bytes (default 4096)
# as they are merged: both keep the corpus to a few MB (the counters and
# the 32 KB inputs of a 30-minute run would add 6 MB to fuzz_parse alone);
# the coverage counted is that of the cut inputs.  Environment: NP_FUZZ_NICE (default 10), NP_FUZZ_GROW_MAX_LEN.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 WORKDIR [BUILD_DIR]" >&2
    exit 2
fi
WORK=$1
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${2:-$ROOT/build-fuzz}
# shellcheck source=harness_dir.sh
. "$HERE/harness_dir.sh"

# files and bytes of a folder
count() {
    n=$(find "$1" -type f | wc -l)
    b=$(find "$1" -type f -exec cat {} + | wc -c)
    echo "$n files, $b bytes"
}

# logs go here, not into WORKDIR, which a run may still be writing
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/np-grow.XXXXXX")
grown=0
for dir in "$WORK"/*/corpus; do
    [ -d "$dir" ] || continue
    h=$(basename "$(dirname "$dir")")
    exe=$BIN/$h
    if [ ! -x "$exe" ]; then
        echo "grow.sh: no harness $exe for $dir; skipped" >&2
        continue
    fi
    saved=$HERE/corpus/$h
    mkdir -p "$saved"
    before=$(count "$saved")
    # a snapshot: a run going on removes inputs it has reduced, which would
    # stop the merge halfway
    mkdir -p "$LOGS/$h"
    find "$dir" -maxdepth 1 -type f -exec cp {} "$LOGS/$h"/ \; 2>/dev/null || true
    offered=$(count "$LOGS/$h")
    nice -n "${NP_FUZZ_NICE:-10}" "$exe" -merge=1 -use_counters=0 \
        -max_len="${NP_FUZZ_GROW_MAX_LEN:-4096}" \
        -timeout=20 -rss_limit_mb=2560 "$saved" "$LOGS/$h" >"$LOGS/$h.log" 2>&1 || {
        echo "grow.sh: merging $dir failed; the end of $LOGS/$h.log:" >&2
        tail -n 20 "$LOGS/$h.log" >&2
        exit 1
    }
    echo "== $h: saved $before; offered $offered; now $(count "$saved")"
    grown=$((grown + 1))
done
if [ "$grown" -eq 0 ]; then
    echo "grow.sh: no HARNESS/corpus folder in $WORK" >&2
    exit 1
fi
