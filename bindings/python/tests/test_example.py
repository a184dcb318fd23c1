"""examples/python/np2csv.py run on a corpus page."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import tempfile
import unittest

import _support
from _support import newsparse

SCRIPT = os.path.join(_support.REPO, "examples", "python", "np2csv.py")
PAGES = _support.corpus_pages()


def figures_from_json(page):
    """The expected rows, computed independently from to_dict()."""
    with open(page, "rb") as f:
        tree = newsparse.parse(f.read()).to_dict()
    rows = []
    number = 0
    for top in tree.get("children", []):
        if top["type"] == "article":
            number += 1
            scope = str(number)
            head = next((c["text"] for c in top.get("children", []) if c["type"] == "headline"), "")
            stack = list(reversed(top.get("children", [])))
            figs = []
            while stack:
                n = stack.pop()
                if n["type"] == "figure":
                    figs.append(n)
                stack.extend(reversed(n.get("children", [])))
        elif top["type"] == "figure":
            scope, head, figs = "page", "", [top]
        else:
            continue
        for f in figs:
            cap = next((c for c in f.get("children", []) if c["type"] == "caption"), None)
            cr = next((c for c in f.get("children", []) if c["type"] == "credit"), None)
            rows.append([os.path.basename(page), scope, head, str(f.get("line", 0)),
                         cap["text"] if cap else "", cr["kind"] if cr else "",
                         cr["source"] if cr else "", cr["text"] if cr else ""])
    return rows


@unittest.skipUnless(os.path.exists(SCRIPT), "examples/python/np2csv.py not found")
@unittest.skipUnless(PAGES, "no corpus pages found (set NEWSPARSE_CORPUS)")
class Np2Csv(unittest.TestCase):
    def test_figures_csv(self):
        page = PAGES[0]
        r = subprocess.run([sys.executable, SCRIPT, page], env=_support.subprocess_env(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr.decode("utf-8", "replace"))
        rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"))))
        self.assertEqual(rows[0][:4], ["page", "article", "headline", "line"])
        self.assertEqual(rows[1:], figures_from_json(page))

    def test_output_file_and_errors(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "f.csv")
            bad = os.path.join(d, "bad.txt")
            with open(bad, "wb") as f:
                f.write(b"abc\n\xff\n")
            r = subprocess.run([sys.executable, SCRIPT, "-o", out] + PAGES + [bad],
                               env=_support.subprocess_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
            self.assertEqual(r.returncode, 1)
            self.assertIn("bad.txt", r.stderr.decode("utf-8", "replace"))
            with open(out, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(rows[1:], [row for p in PAGES for row in figures_from_json(p)])


if __name__ == "__main__":
    unittest.main()
