#!/usr/bin/env bash
# scripts/ci-robust.sh - the robustness jobs of CI: sanitizers, valgrind,
# ThreadSanitizer and bounded fuzzing.
#
#     scripts/ci-robust.sh [JOB...]        (default: every job, in this order)
#
# Jobs (each builds its own tree under $NP_CI_BUILD_ROOT, default the
# source root, as build-ci-*):
#   asan_ubsan  gcc, -DNP_SANITIZE=address,undefined (UBSan halts on the
#               first report) and -DNP_NO_SIMD=ON, so that the portable
#               scalar paths pass the whole ctest suite too (the test job
#               and the other jobs build the SSE2 paths); all but the
#               timing test (label timing), which times Release code only
#   valgrind    a plain RelWithDebInfo build; every ctest test that is a
#               compiled program runs under valgrind (memcheck, leak check,
#               errors for definite and indirect leaks), and so does the CLI
#               on every page of tests/corpus and tests/pages in every format;
#               tests written in Python or sh are not run here (they run in
#               asan_ubsan and in the normal suite)
#   tsan        gcc, -DNP_SANITIZE=thread, the threads test (8 threads
#               parsing different pages at once, 20 rounds) and cli_archive
#               (newsparse -j 2, 3, 4)
#   fuzz        clang + libFuzzer (-DNP_BUILD_FUZZ=ON): each of the five
#               harnesses for $NP_CI_FUZZ_SECONDS (default 40) seconds,
#               starting from the saved corpus tests/fuzz/corpus/HARNESS
#               (which ctest also replays in the normal suite)
# A job fails on any error; the script runs every job asked for and exits 1
# if any failed.  Missing tools are installed with apt-get when run as root
# (clang, the clang runtime for libFuzzer, valgrind, cmake, gcc, libunistring,
# cmocka, pkg-config, python3).  About 12-15 minutes on 2 cores.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DEBIAN_FRONTEND=noninteractive
BUILD_ROOT=${NP_CI_BUILD_ROOT:-$ROOT}
JOBS=$(nproc 2>/dev/null || echo 2)
FUZZ_SECONDS=${NP_CI_FUZZ_SECONDS:-40}
FAILED=()

# ---------------------------------------------------------------------------
# Dependencies
# ---------------------------------------------------------------------------
installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install_deps() {
    local want="cmake make gcc libc6-dev pkg-config python3 libunistring-dev libcmocka-dev valgrind clang"
    command -v dpkg-query >/dev/null 2>&1 || { echo "== deps: no dpkg; assuming the tools are there"; return 0; }
    local missing="" p
    for p in $want; do
        installed "$p" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "ci-robust: missing packages:$missing (run as root, or apt-get install them)"
            return 1
        fi
        echo "== deps: apt-get install$missing"
        apt-get update -qq </dev/null
        # shellcheck disable=SC2086 # one word a package
        apt-get install -y -qq --no-install-recommends $missing </dev/null >/dev/null
    fi
    # libFuzzer ships with the clang runtime package of clang's version
    local major
    major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
    if [ -n "$major" ] && ! installed "libclang-rt-$major-dev" &&
        ! ls /usr/lib/llvm-"$major"/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            echo "== deps: apt-get install libclang-rt-$major-dev"
            apt-get update -qq </dev/null
            apt-get install -y -qq --no-install-recommends "libclang-rt-$major-dev" </dev/null >/dev/null ||
                echo "== deps: libclang-rt-$major-dev not available; hoping clang has libFuzzer"
        fi
    fi
    echo "== deps: $(gcc --version | head -n 1); $(clang --version | head -n 1); $(valgrind --version)"
}

# ---------------------------------------------------------------------------
# Jobs
# ---------------------------------------------------------------------------

# job NAME: run job_NAME with a banner, its time, and its result.
job() {
    local name=$1 rc=0 start=$SECONDS
    echo
    echo "=================================================================="
    echo "== ci-robust job: $name"
    echo "=================================================================="
    set +e
    (set -euo pipefail; "job_$name")
    rc=$?
    set -e
    if [ "$rc" -eq 0 ]; then
        echo "== ci-robust job $name: PASSED in $((SECONDS - start)) s"
    else
        echo "== ci-robust job $name: FAILED (exit status $rc) after $((SECONDS - start)) s"
        FAILED+=("$name")
    fi
}

configure_build() {
    local dir=$1
    shift
    echo "== configure $dir: $*"
    cmake -S "$ROOT" -B "$dir" -DNP_BUILD_EXAMPLES=OFF "$@" >"$dir/configure.log" 2>&1 ||
        { cat "$dir/configure.log"; return 1; }
    echo "== build $dir"
    cmake --build "$dir" --parallel "$JOBS" >"$dir/build.log" 2>&1 ||
        { tail -n 80 "$dir/build.log"; return 1; }
}

# (a) AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite.
job_asan_ubsan() {
    local b=$BUILD_ROOT/build-ci-asan
    mkdir -p "$b"
    configure_build "$b" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNP_SANITIZE=address,undefined -DNP_NO_SIMD=ON
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    # linearity_timing (label timing) times the code: under the sanitizers it
    # would time their bookkeeping; it runs in the Release test job.
    (cd "$b" && ctest --output-on-failure --parallel "$JOBS" --timeout 1500 -LE timing)
}

# (b) valgrind: every compiled test program, and the CLI on every page.
job_valgrind() {
    local b=$BUILD_ROOT/build-ci-valgrind
    mkdir -p "$b"
    # the chunk tests split pages at every Nth byte: every byte is O(n^2),
    # far too slow under valgrind
    configure_build "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNP_TEST_SPLIT_FIRST=97 \
        -DNP_TEST_SPLIT_STEP=97 -DNP_TEST_SPLIT_PAGES=97
    local vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --track-fds=no"
    (cd "$b" && ctest --show-only=json-v1) >"$b/tests.json"
    VG="$vg" JOBS="$JOBS" python3 - "$b/tests.json" "$b" "$ROOT" <<'PY'
import concurrent.futures, glob, json, os, shlex, subprocess, sys, time

tests_json, build, root = sys.argv[1:4]
vg = shlex.split(os.environ["VG"])
jobs = int(os.environ.get("JOBS", "2"))

def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False

runs, skipped = [], []
for t in json.load(open(tests_json))["tests"]:
    cmd = t.get("command") or []
    props = {p["name"]: p["value"] for p in t.get("properties", [])}
    # programs built here only (not sh, python or cmake running a script);
    # not the timing test, which would take an hour and time valgrind
    if "timing" in (props.get("LABELS") or []):
        skipped.append(t["name"])
        continue
    if not cmd or not is_elf(cmd[0]) or not os.path.realpath(cmd[0]).startswith(os.path.realpath(build) + os.sep):
        skipped.append(t["name"])
        continue
    env = dict(os.environ)
    for kv in props.get("ENVIRONMENT", []):
        k, _, v = kv.partition("=")
        env[k] = v
    runs.append((t["name"], cmd, props.get("WORKING_DIRECTORY", build), env))

# the CLI on every page, in every format it has
cli = os.path.join(build, "newsparse")
formats = [f for f in ("json", "jsonl", "outline", "html", "markdown", "text")
           if subprocess.run([cli, "--format", f, os.devnull], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL).returncode == 0]
pages = sorted(glob.glob(os.path.join(root, "tests/corpus/*.txt")) + glob.glob(os.path.join(root, "tests/pages/*.txt")))
for f in formats:
    runs.append(("cli --format %s (%d pages)" % (f, len(pages)), [cli, "--format", f] + pages, build, dict(os.environ)))

def run(item):
    name, cmd, cwd, env = item
    start = time.time()
    p = subprocess.run(vg + cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=1800)
    return name, p.returncode, time.time() - start, p.stdout.decode("utf-8", "replace")

failed = []
with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
    for name, rc, secs, out in ex.map(run, runs):
        status = "ok" if rc == 0 else ("VALGRIND ERRORS" if rc == 99 else "FAILED (exit %d)" % rc)
        print("valgrind: %-40s %-16s %6.1f s" % (name, status, secs), flush=True)
        if rc != 0:
            failed.append(name)
            print(out[-6000:])
print("valgrind: not programs built here (scripts), left to the other jobs: " + ", ".join(skipped))
print("valgrind: %d passed, %d failed" % (len(runs) - len(failed), len(failed)))
sys.exit(1 if failed else 0)
PY
}

# (c) ThreadSanitizer: the threads test.
job_tsan() {
    local b=$BUILD_ROOT/build-ci-tsan
    mkdir -p "$b"
    echo "== configure $b"
    cmake -S "$ROOT" -B "$b" -DNP_BUILD_EXAMPLES=OFF -DCMAKE_C_COMPILER=gcc \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNP_SANITIZE=thread >"$b/configure.log" 2>&1 ||
        { cat "$b/configure.log"; return 1; }
    cmake --build "$b" --parallel "$JOBS" --target test_robust_threads newsparse_cli >"$b/build.log" 2>&1 ||
        { tail -n 80 "$b/build.log"; return 1; }
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:history_size=4
    # cli_archive: newsparse -j 2, 3 and 4 (worker threads, the reorder window).
    (cd "$b" && ctest --output-on-failure -R '^(robust_threads|cli_archive)$' --timeout 900)
}

# (d) bounded fuzzing with clang and libFuzzer, from the saved corpus (run.sh
# copies tests/fuzz/corpus/HARNESS into each working corpus).
job_fuzz() {
    local b=$BUILD_ROOT/build-ci-fuzz
    mkdir -p "$b"
    echo "== configure $b"
    cmake -S "$ROOT" -B "$b" -DCMAKE_C_COMPILER=clang -DNP_BUILD_FUZZ=ON -DNP_BUILD_TESTS=OFF \
        -DNP_BUILD_EXAMPLES=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$b/configure.log" 2>&1 ||
        { cat "$b/configure.log"; return 1; }
    cmake --build "$b" --parallel "$JOBS" --target fuzz >"$b/build.log" 2>&1 ||
        { tail -n 80 "$b/build.log"; return 1; }
    rm -rf "$b/fuzz-work"
    NP_FUZZ_WORK="$b/fuzz-work" NP_FUZZ_NICE="${NP_FUZZ_NICE:-0}" \
        "$ROOT/tests/fuzz/run.sh" "$b" "$FUZZ_SECONDS" fuzz_parse fuzz_tree fuzz_render fuzz_api fuzz_cost
}

# ---------------------------------------------------------------------------
ALL="asan_ubsan valgrind tsan fuzz"
WANT=${*:-$ALL}
for j in $WANT; do
    case " $ALL " in
    *" $j "*) ;;
    *) echo "ci-robust: unknown job $j (jobs: $ALL)" >&2; exit 2 ;;
    esac
done

start=$SECONDS
job_deps() { install_deps; }
job deps
if [ "${#FAILED[@]}" -eq 0 ]; then
    for j in $WANT; do
        job "$j"
    done
fi
echo
echo "== ci-robust: $((SECONDS - start)) s in all"
if [ "${#FAILED[@]}" -ne 0 ]; then
    echo "ci-robust FAILED: ${FAILED[*]}"
    exit 1
fi
echo "ci-robust PASSED: deps $WANT"
