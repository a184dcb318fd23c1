#!/bin/sh
# same_output.sh - check that a refactoring leaves the parser's output byte
# for byte the same.  Runs `newsparse --format json` and `--format text` on
# every page of the page sets (tests/corpus, tests/pages, tests/pages-open,
# tests/pages-real, all batches) and of any further directories named,
# saves each output under OUTDIR, and, given a baseline directory saved the
# same way from the untouched build, compares the two file by file.
#
#   tests/tools/same_output.sh BIN OUTDIR [BASEDIR|- [DIR...]]
#
# Prints the number of outputs compared; exits 1 when any differs (listing
# the files that do), 0 when all are identical.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 BIN OUTDIR [BASEDIR|- [DIR...]]" >&2; exit 2; }
bin=$1 out=$2 base=${3--}
shift 2
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"
mkdir -p "$out"
n=0
for dir in "$root/tests/corpus" "$root/tests/pages" "$root/tests/pages-open" \
           "$root/tests/pages-real" "$@"; do
    [ -d "$dir" ] || continue
    for f in $(find "$dir" -name '*.txt' | LC_ALL=C sort); do
        case $f in "$root"/*) rel=${f#"$root"/} ;; *) rel=extra/$f ;; esac
        key=$(printf '%s' "$rel" | tr '/' '_')
        for fmt in json text; do
            "$bin" --format "$fmt" "$f" >"$out/$key.$fmt" 2>"$out/$key.$fmt.err" \
                || echo "exit $?" >>"$out/$key.$fmt.err"
            n=$((n + 1))
        done
    done
done
echo "$n outputs written to $out"
[ "$base" != - ] || exit 0
if diff -r -q "$base" "$out"; then
    echo "identical: $n outputs ($((n / 2)) pages x json, text) match $base"
else
    echo "DIFFERENT from $base" >&2
    exit 1
fi
