#!/usr/bin/env python3
"""np2csv: list every figure of newspaper pages as CSV, with its caption and credit.

    python3 examples/python/np2csv.py PAGE.txt [PAGE.txt ...] [-o figures.csv]

One row per figure: the page file, the article it belongs to (its number
on the page and its headline; empty for photo news that belongs to the
page), the figure's line, caption, and credit (kind, source, text).

Written with the newsparse Python binding (bindings/python).  Run from a
source checkout it finds the binding and a built library by itself; else
install the binding (`pip install ./bindings/python`) and point
NEWSPARSE_LIBRARY at libnewsparse.so.0 if it is not installed system-wide.
"""

from __future__ import annotations

import argparse
import csv
import os
import pathlib
import sys
from typing import Iterator, List, Optional

try:
    import newsparse
except ImportError:  # running from a source checkout
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python", "src"))
    import newsparse

FIELDS = ["page", "article", "headline", "line", "caption", "credit_kind", "credit_source", "credit"]


def headline_of(article: newsparse.BaseNode) -> str:
    for child in article:
        if child.type is newsparse.NodeType.HEADLINE:
            return child.text
    return ""


def figure_rows(page: str) -> Iterator[List[str]]:
    doc = newsparse.parse(pathlib.Path(page))
    name = os.path.basename(page)
    number = 0
    for top in doc:
        if top.type is newsparse.NodeType.ARTICLE:
            number += 1
            scope, headline = str(number), headline_of(top)
            figures = [n for n in top.iter(newsparse.NodeType.FIGURE)]
        elif top.type is newsparse.NodeType.FIGURE:
            scope, headline, figures = "page", "", [top]
        else:
            continue
        for fig in figures:
            caption: Optional[newsparse.BaseNode] = None
            credit: Optional[newsparse.BaseNode] = None
            for part in fig:
                if part.type is newsparse.NodeType.CAPTION:
                    caption = part
                elif part.type is newsparse.NodeType.CREDIT:
                    credit = part
            yield [
                name,
                scope,
                headline,
                str(fig.line),
                caption.text if caption else "",
                (credit.kind or "") if credit else "",
                (credit.source or "") if credit else "",
                credit.text if credit else "",
            ]


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="List the figures of newspaper pages as CSV.")
    ap.add_argument("pages", nargs="+", help="page text files (UTF-8)")
    ap.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    args = ap.parse_args(argv)
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    status = 0
    try:
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for page in args.pages:
            try:
                for row in figure_rows(page):
                    writer.writerow(row)
            except (OSError, newsparse.NewsparseError) as e:
                print("np2csv: %s: %s" % (page, e), file=sys.stderr)
                status = 1
    finally:
        if out is not sys.stdout:
            out.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
