#!/usr/bin/env python3
"""headlines: the articles of newspaper pages, one line each.

    python3 examples/python/headlines.py [-j N] PAGE.txt|DIR ...

Prints, per article, the file, the article's number on the page, its
headline (or "-" for an article continued from another page), its authors
and its number of paragraphs (with -1: only the first article's headline); a file that fails is reported on standard
error and the others go on (exit status 1).  Pages in GB18030 or UTF-16
are detected as the CLI does.  Files are parsed with
newsparse.parse_files on N threads, in the order given.

Typed for `mypy --strict` (bindings/python/tests/test_package.py checks):
``doc.articles[0].headline`` is an ``Optional[newsparse.Node]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Iterator, List

try:
    import newsparse
except ImportError:  # running from a source checkout
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python", "src"))
    import newsparse


def pages(args: List[str]) -> Iterator[str]:
    """The files named, directories walked for *.txt in sorted order."""
    for arg in args:
        if not os.path.isdir(arg):
            yield arg
            continue
        for root, dirs, files in os.walk(arg):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".txt"):
                    yield os.path.join(root, name)


def first_headline(doc: newsparse.Document) -> str:
    """The headline of the page's first article ("" without one)."""
    if doc.articles and doc.articles[0].headline is not None:
        return doc.articles[0].headline.text
    return ""


def lines(path: str, doc: newsparse.Document) -> Iterator[str]:
    for number, article in enumerate(doc.articles, 1):
        headline = article.headline
        byline = article.byline
        authors = "、".join(byline.authors) if byline is not None else ""
        yield "%s\t%d\t%s\t%s\t%d" % (path, number, headline.text if headline else "-", authors,
                                      len(article.paragraphs))


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-j", "--workers", type=int, default=None, help="threads (default: CPUs)")
    ap.add_argument("-1", "--first", action="store_true", help="only the first article's headline per file")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args(argv)
    failed = 0
    for result in newsparse.parse_files(pages(args.paths), workers=args.workers):
        if result.document is None:
            print("%s: %s" % (result.path, result.error), file=sys.stderr)
            failed += 1
            continue
        if args.first:
            print("%s\t%s" % (result.path, first_headline(result.document)))
            continue
        for line in lines(result.path, result.document):
            print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
