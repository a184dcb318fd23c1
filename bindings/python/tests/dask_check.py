"""examples/python/dask_archive.py on the corpus, against the CLI (issue 15,
item 6).

The pages (the corpus, spread over nested directories, plus one file with
a NUL byte) are parsed twice: on the example's own LocalCluster of 2
processes, and on an existing cluster given with --scheduler.  Each run
must give, for every page, the articles of `newsparse -f json PAGE` in
page order in the JSON Lines partitions (files in sorted order), one row
per article in articles.csv (its line, headline, byline, paragraph count
and characters, computed here from the CLI's JSON), the bad file in
failures.tsv with its line, and exit status 1.  The two runs give the same
files.

Dask is Debian's (python3-dask, python3-distributed), importable by
/usr/bin/python3, which need not be the Python running this: the first of
NP_DASK_PYTHON, this interpreter, /usr/bin/python3 that imports
dask.distributed runs the example.  Exit 77 (skip) only when none does.
Run by ctest as python_dask with NEWSPARSE_LIBRARY, NEWSPARSE_CLI and
NEWSPARSE_CORPUS.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Any, Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
EXAMPLE = os.path.join(REPO, "examples", "python", "dask_archive.py")
TIMEOUT_S = 600

# Started with the Dask Python: an existing cluster for --scheduler; prints
# its address, then lives until its standard input closes.
CLUSTER = r"""
import sys
from dask.distributed import LocalCluster
with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as c:
    print(c.scheduler_address, flush=True)
    sys.stdin.read()
"""


def dask_python() -> Optional[str]:
    for py in (os.environ.get("NP_DASK_PYTHON"), sys.executable, "/usr/bin/python3"):
        if py and os.path.exists(py) and subprocess.run(
                [py, "-c", "import dask.distributed"], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0:
            return py
    return None


def fail(msg: str) -> None:
    raise AssertionError(msg)


def lay_out_pages(corpus: str, root: str) -> Dict[str, str]:
    """Copies the corpus pages under root in nested directories; returns
    {relative path: source page}."""
    pages = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    if len(pages) < 3:
        fail("too few corpus pages in %s" % corpus)
    layout = {}
    for i, page in enumerate(pages):
        rel = os.path.join(("a", "b/c", "b")[i % 3], os.path.basename(page))
        os.makedirs(os.path.join(root, os.path.dirname(rel)), exist_ok=True)
        shutil.copy(page, os.path.join(root, rel))
        layout[rel] = page
    with open(os.path.join(root, "a", "bad.txt"), "wb") as f:
        f.write("标题\n\n正文\x00。\n".encode("utf-8"))
    with open(os.path.join(root, "a", "notes.md"), "w") as f:
        f.write("not a page\n")
    return layout


def cli_articles(cli: str, page: str) -> List[Dict[str, Any]]:
    r = subprocess.run([cli, "-f", "json", page], stdout=subprocess.PIPE, timeout=TIMEOUT_S)
    if r.returncode != 0:
        fail("newsparse -f json %s exited %d" % (page, r.returncode))
    return [n for n in json.loads(r.stdout.decode("utf-8")).get("children", []) if n["type"] == "article"]


def expected_row(rel: str, art: Dict[str, Any]) -> Dict[str, str]:
    kids = art.get("children", [])
    paras = [c["text"] for c in kids if c["type"] == "paragraph"]
    first = lambda t: next((c["text"] for c in kids if c["type"] == t), "")  # noqa: E731
    return {"file": rel, "line": str(art.get("line", 0)), "headline": first("headline"),
            "byline": first("byline"), "paragraphs": str(len(paras)), "characters": str(sum(map(len, paras)))}


def run_example(py: str, pages: str, out: str, *extra: str) -> None:
    cmd = [py, EXAMPLE, pages, out] + list(extra)
    print("+", " ".join(cmd), flush=True)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    summary = [ln for ln in r.stderr.decode("utf-8", "replace").splitlines() if ln.startswith("dask_archive:")]
    print("  " + (summary[-1] if summary else r.stderr.decode("utf-8", "replace")[-2000:]))
    if r.returncode != 1:
        fail("expected exit status 1 (one bad file), got %d" % r.returncode)


def check_output(out: str, expected: Dict[str, List[Dict[str, Any]]]) -> None:
    parts = sorted(glob.glob(os.path.join(out, "articles", "part-*.jsonl")))
    if len(parts) < 2:
        fail("expected several partitions, got %d" % len(parts))
    got: Dict[str, List[Dict[str, Any]]] = {}
    order: List[str] = []
    for part in parts:
        with open(part, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if set(rec) != {"file", "node"}:
                    fail("a line is not {file, node}: %s" % line[:200])
                if not order or order[-1] != rec["file"]:
                    order.append(rec["file"])
                got.setdefault(rec["file"], []).append(rec["node"])
    want_order = [rel for rel in sorted(expected, key=lambda r: r.split(os.sep)) if expected[rel]]
    if order != want_order:
        fail("files in the partitions in the order %s, expected %s" % (order, want_order))
    for rel, arts in expected.items():
        if got.get(rel, []) != arts:
            fail("%s: the articles differ from `newsparse -f json`" % rel)
    with open(os.path.join(out, "articles.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    want_rows = [expected_row(rel, a) for rel in want_order for a in expected[rel]]
    if rows != want_rows:
        fail("articles.csv: %d rows, expected %d; first difference: %s" % (
            len(rows), len(want_rows), next(((r, w) for r, w in zip(rows, want_rows) if r != w), None)))
    with open(os.path.join(out, "failures.tsv"), encoding="utf-8") as f:
        failures = f.read().splitlines()
    if len(failures) != 1 or not failures[0].startswith(os.path.join("a", "bad.txt") + "\t") \
            or "line 3" not in failures[0]:
        fail("failures.tsv: %r" % failures)


def main() -> int:
    py = dask_python()
    if py is None:
        print("SKIPPED: dask.distributed is not importable (Debian: apt-get install python3-dask "
              "python3-distributed; scripts/setup.sh installs them)")
        return 77
    cli = os.environ.get("NEWSPARSE_CLI")
    if not cli or not os.access(cli, os.X_OK):
        fail("NEWSPARSE_CLI does not name the newsparse CLI")
    with tempfile.TemporaryDirectory() as tmp:
        pages = os.path.join(tmp, "pages")
        layout = lay_out_pages(os.environ["NEWSPARSE_CORPUS"], pages)
        expected = {rel: cli_articles(cli, page) for rel, page in layout.items()}
        print("%d pages, %d articles by the CLI" % (len(expected), sum(map(len, expected.values()))))

        print("== a LocalCluster of 2 processes")
        out1 = os.path.join(tmp, "out-local")
        run_example(py, pages, out1, "--workers", "2", "--files-per-partition", "2")
        check_output(out1, expected)

        print("== an existing cluster (--scheduler)")
        cluster = subprocess.Popen([py, "-c", CLUSTER], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            address = cluster.stdout.readline().decode("ascii").strip() if cluster.stdout else ""
            if not address.startswith("tcp://"):
                fail("the cluster did not start: %r" % address)
            out2 = os.path.join(tmp, "out-scheduler")
            run_example(py, pages, out2, "--scheduler", address, "--files-per-partition", "2")
            check_output(out2, expected)
        finally:
            if cluster.stdin:
                cluster.stdin.close()
            try:
                cluster.wait(timeout=60)
            except subprocess.TimeoutExpired:
                cluster.kill()
                cluster.wait()
    print("2 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
