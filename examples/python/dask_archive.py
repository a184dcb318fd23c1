#!/usr/bin/env python3
"""dask_archive: parse a folder of newspaper pages on a Dask cluster.

    python3 examples/python/dask_archive.py PAGES_DIR OUT_DIR
            [--workers N] [--scheduler ADDRESS] [--files-per-partition N]

Every *.txt under PAGES_DIR (recursively, in sorted order) is parsed with
the newsparse binding on the workers of a Dask distributed cluster: by
default a LocalCluster of N worker processes (one thread each) started
here, or with --scheduler an existing cluster (``tcp://host:8786``).  The
files are cut into partitions of consecutive files; each partition is one
task, and writes

  OUT_DIR/articles/part-NNNNN.jsonl   one line per article, in page order:
                                      {"file": "<path under PAGES_DIR>",
                                       "node": <the article, newsparse-json/1>}

and returns its rows of the article table, which this process writes as

  OUT_DIR/articles.csv                file, line, headline, byline,
                                      paragraphs, characters

(CSV: one row per article; ``line`` is the article's first line,
``headline`` its first headline or empty, ``byline`` its first byline's
text, ``paragraphs`` the number of its paragraphs and ``characters`` the
characters of their text).  CSV because Debian's Dask has no Parquet
engine (pyarrow is not packaged); with pandas and pyarrow installed,
``pandas.read_csv`` + ``to_parquet`` is one line.

Only articles go to the JSON Lines (photo news figures and page furniture
outside an article do not).  A file that cannot be read or parsed is
listed in OUT_DIR/failures.tsv (file, error) and does not stop the others;
the exit status is then 1.

Each worker imports newsparse: installed (``pip install
./bindings/python``), or from this checkout, whose path is passed to the
tasks.  With --scheduler, the workers must see PAGES_DIR and OUT_DIR at the
same paths (a shared file system) and have newsparse installed.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
import time
from typing import Any, Dict, Iterator, List, Sequence, Tuple

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python", "src")
FIELDS = ["file", "line", "headline", "byline", "paragraphs", "characters"]
# Partitions per worker when --files-per-partition is not given: several,
# so that a slow partition does not leave the other workers idle at the end.
PARTITIONS_PER_WORKER = 4


def page_files(root: str) -> List[str]:
    """The *.txt files under root, as paths relative to it, sorted as the
    walk meets them (directories and names in sorted order)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".txt"):
                out.append(os.path.relpath(os.path.join(dirpath, name), root))
    return out


def partitions(files: Sequence[str], size: int) -> List[List[str]]:
    return [list(files[i:i + size]) for i in range(0, len(files), size)]


def article_row(rel: str, art: Dict[str, Any]) -> Dict[str, Any]:
    """One row of the article table from an article's newsparse-json/1 dict."""
    kids = art.get("children", [])
    head = next((c.get("text", "") for c in kids if c["type"] == "headline"), "")
    byline = next((c.get("text", "") for c in kids if c["type"] == "byline"), "")
    paras = [c.get("text", "") for c in kids if c["type"] == "paragraph"]
    return {"file": rel, "line": art.get("line", 0), "headline": head, "byline": byline,
            "paragraphs": len(paras), "characters": sum(len(p) for p in paras)}


def parse_partition(index: int, root: str, files: List[str], out_dir: str,
                    src: str) -> Tuple[List[Dict[str, Any]], List[Tuple[str, str]]]:
    """A task: parse files (relative to root), write part-<index>.jsonl,
    return (table rows, failures)."""
    try:
        import newsparse
    except ImportError:  # a worker of a LocalCluster started from a checkout
        sys.path.insert(0, src)
        import newsparse
    rows: List[Dict[str, Any]] = []
    failures: List[Tuple[str, str]] = []
    path = os.path.join(out_dir, "articles", "part-%05d.jsonl" % index)
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        for rel in files:
            try:
                tree = newsparse.parse(newsparse_path(root, rel)).to_dict()
            except (OSError, newsparse.NewsparseError) as e:
                failures.append((rel, str(e)))
                continue
            for node in tree.get("children", []):
                if node["type"] != "article":
                    continue
                out.write(json.dumps({"file": rel, "node": node}, ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
                rows.append(article_row(rel, node))
    os.replace(path + ".tmp", path)  # a partition is there whole or not at all
    return rows, failures


def newsparse_path(root: str, rel: str) -> Any:
    import pathlib

    return pathlib.Path(root, rel)  # parse() reads a path-like object, never a str


@contextlib.contextmanager
def client_for(args: argparse.Namespace) -> Iterator[Any]:
    """A Client of the cluster at --scheduler, or of a LocalCluster of
    --workers processes that is closed on leaving."""
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        with Client(args.scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def write_outputs(out_dir: str, results: List[Tuple[List[Dict[str, Any]], List[Tuple[str, str]]]]) -> int:
    """Writes the table and the failures; returns the number of failures."""
    failures = [f for _, fs in results for f in fs]
    with open(os.path.join(out_dir, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for rows, _ in results:
            w.writerows(rows)
    with open(os.path.join(out_dir, "failures.tsv"), "w", encoding="utf-8") as f:
        for rel, err in failures:
            f.write("%s\t%s\n" % (rel, err.replace("\t", " ").replace("\n", " ")))
    return len(failures)


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages")
    ap.add_argument("out")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--scheduler", help="address of an existing Dask scheduler")
    ap.add_argument("--files-per-partition", type=int, default=0,
                    help="files per partition (default: about %d partitions per worker)" % PARTITIONS_PER_WORKER)
    args = ap.parse_args(argv)
    files = page_files(args.pages)
    if not files:
        print("dask_archive: no *.txt under %s" % args.pages, file=sys.stderr)
        return 2
    os.makedirs(os.path.join(args.out, "articles"), exist_ok=True)
    start = time.monotonic()
    with client_for(args) as client:
        ready = time.monotonic()
        nworkers = max(1, len(client.scheduler_info()["workers"]))
        size = args.files_per_partition or -(-len(files) // (nworkers * PARTITIONS_PER_WORKER))
        parts = partitions(files, size)
        root, out, src = os.path.abspath(args.pages), os.path.abspath(args.out), os.path.abspath(SRC)
        futures = [client.submit(parse_partition, i, root, p, out, src, pure=False) for i, p in enumerate(parts)]
        results = client.gather(futures)
        failed = write_outputs(args.out, results)
        seconds = max(time.monotonic() - ready, 1e-9)  # the parse, without the cluster's start
    articles = sum(len(rows) for rows, _ in results)
    print("dask_archive: %d files, %d articles, %d failures, %d partitions on %d workers: cluster ready "
          "in %.1f s, parsed in %.2f s (%.0f pages/s)" % (len(files), articles, failed, len(parts), nworkers,
                                                         ready - start, seconds, len(files) / seconds),
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
