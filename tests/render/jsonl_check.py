#!/usr/bin/env python3
"""jsonl_check.py - `newsparse -f jsonl` gives the same nodes as `-f json`.

    jsonl_check.py --cli NEWSPARSE PAGE.txt...

For each page, the lines of `-f jsonl` (written from events, with
NP_OPT_NO_TREE) must be, in order, the top-level nodes of the `-f json`
document (the kept tree): each article with all its children and their
content, each page figure, credit and furniture line.  A line wrapped as
{"file": ..., "node": ...} is unwrapped first.  Prints one line per page
that differs and a summary; exits 1 if any page differs.
"""
import argparse
import json
import subprocess
import sys


def run(cli, fmt, page):
    out = subprocess.run([cli, "-f", fmt, page], check=True, stdout=subprocess.PIPE).stdout
    return out.decode("utf-8")


def jsonl_nodes(text):
    nodes = []
    for line in text.splitlines():
        obj = json.loads(line)
        if "node" in obj and "type" not in obj:
            obj = obj["node"]
        nodes.append(obj)
    return nodes


def first_difference(a, b, path="$"):
    """Where two JSON values first differ, as a path, or None."""
    if type(a) is not type(b):
        return path
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return "%s.%s" % (path, k)
            d = first_difference(a[k], b[k], "%s.%s" % (path, k))
            if d:
                return d
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, "%s[%d]" % (path, i))
            if d:
                return d
        return None if len(a) == len(b) else "%s (length %d vs %d)" % (path, len(a), len(b))
    return None if a == b else path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("pages", nargs="+")
    args = ap.parse_args()
    bad = articles = nodes = 0
    for page in args.pages:
        tree = json.loads(run(args.cli, "json", page))
        want = tree.get("children", [])
        got = jsonl_nodes(run(args.cli, "jsonl", page))
        d = first_difference(want, got)
        if d:
            bad += 1
            print("FAIL %s: jsonl differs from json at %s" % (page, d))
            continue
        articles += sum(1 for n in want if n["type"] == "article")
        nodes += len(want)
        # an article without children in jsonl is the bug this test is for
        empty = [n for n in got if n["type"] == "article" and not n.get("children")]
        if empty:
            bad += 1
            print("FAIL %s: %d articles without children" % (page, len(empty)))
    print("%d pages, %d top-level nodes, %d articles; %d pages differ" % (len(args.pages), nodes, articles, bad))
    if articles == 0:
        print("FAIL: no articles at all")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
