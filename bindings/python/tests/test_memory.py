"""Resident memory stays flat over many parses (every C string and tree is
freed).  Set NEWSPARSE_RSS_ITERATIONS to change the 10,000 parses."""

from __future__ import annotations

import gc
import os
import time
import unittest

import _support
from _support import newsparse

PAGES = _support.corpus_pages()
ITERATIONS = int(os.environ.get("NEWSPARSE_RSS_ITERATIONS", "10000"))
WARMUP = 500
LIMIT = 2 * 1024 * 1024  # allowed growth in bytes


def rss() -> int:
    gc.collect()
    value = _support.statm_rss_bytes()
    assert value is not None
    return value


@unittest.skipIf(os.environ.get("NEWSPARSE_SKIP_RSS") == "1", "NEWSPARSE_SKIP_RSS=1 (sanitizer build)")
@unittest.skipIf(_support.statm_rss_bytes() is None, "no /proc/self/statm on this system")
@unittest.skipUnless(PAGES, "no corpus pages found (set NEWSPARSE_CORPUS)")
class ResidentMemory(unittest.TestCase):
    def setUp(self):
        with open(PAGES[0], "rb") as f:
            self.data = f.read()

    def check_flat(self, name, work, iterations):
        for _ in range(min(WARMUP, iterations)):
            work()
        before = rss()
        t0 = time.perf_counter()
        for _ in range(iterations):
            work()
        elapsed = time.perf_counter() - t0
        growth = rss() - before
        print("\n  %s: %d runs in %.1f s, RSS %+.1f KiB" % (name, iterations, elapsed, growth / 1024.0),
              end=" ", flush=True)
        self.assertLess(growth, LIMIT, "%s: RSS grew by %d bytes over %d runs" % (name, growth, iterations))

    def test_parse_10000_times(self):
        data = self.data

        def work():
            doc = newsparse.parse(data)
            doc.to_json()                   # a C string freed with np_free
            doc.articles[0].children[0].text
        self.check_flat("parse + to_json", work, ITERATIONS)

    def test_nodes_outliving_documents(self):
        data = self.data

        def work():
            node = newsparse.parse(data).articles[-1]
            node.to_json(compact=True)
            node.parent.text
        self.check_flat("held nodes", work, max(ITERATIONS // 5, 1))

    def test_streaming(self):
        data = self.data

        def work():
            for _ in newsparse.iterparse(data, chunk_size=4096):
                pass
        self.check_flat("iterparse", work, max(ITERATIONS // 10, 1))

    def test_errors(self):
        bad = self.data[:5000] + b"\xff" + self.data[5000:]

        def work():
            try:
                newsparse.parse(bad)
            except newsparse.Utf8Error:
                pass
        self.check_flat("Utf8Error", work, max(ITERATIONS // 5, 1))


if __name__ == "__main__":
    unittest.main()
