"""window=: the decoder's window (np_parser_set_window) wherever the
binding makes a parser -- parse, Parser, iterparse, parse_files,
parse_issue -- on a real page whose tree it changes.

tests/pages-real/b5/r24 has three parallel section heads (科技铸“芯”，夯实
大国粮仓之基 / ...).  Each reads alone as the first clause of a paragraph;
only the next head, eight lines on, says what the first is.  So with the
default window they are heads, and with window=1 paragraphs.
"""

from __future__ import annotations

import os
import pathlib
import re
import tempfile
import unittest
from typing import Any, Iterable, List

import _support
from _support import newsparse

from newsparse import NodeType

R24 = pathlib.Path(_support.REPO, "tests", "pages-real", "b5", "r24.txt")
HEADS = ["科技铸“芯”，夯实大国粮仓之基", "智慧提“效”，驱动耕作方式变革", "创新延“链”，拓宽食物供给版图"]
HEADER = os.path.join(_support.REPO, "include", "newsparse.h")


def heads(doc: Any) -> List[str]:
    return [n.text for n in doc.iter(NodeType.SECTION_HEAD)]


def snapshot_heads(events: Iterable[Any]) -> List[str]:
    return [n.text for ev, n in events if ev == "exit" and n.type is NodeType.SECTION_HEAD]


@unittest.skipUnless(R24.exists(), "tests/pages-real/b5/r24.txt not found")
class Window(unittest.TestCase):
    def setUp(self) -> None:
        self.wide = newsparse.parse(R24)
        self.narrow = newsparse.parse(R24, window=1)

    def test_parse_default_window_reads_heads(self) -> None:
        self.assertEqual([h for h in HEADS if h in heads(self.wide)], HEADS)

    def test_parse_window_one_reads_paragraphs(self) -> None:
        self.assertEqual([h for h in HEADS if h in heads(self.narrow)], [])
        paras = [p.text for a in self.narrow.articles for p in a.paragraphs]
        for h in HEADS:
            self.assertTrue(any(p.startswith(h) for p in paras), h)

    def test_none_and_the_default_are_the_same(self) -> None:
        ref = self.wide.to_json()
        for w in (None, newsparse._lib.NP_DEFAULT_WINDOW, newsparse._lib.NP_MAX_WINDOW):
            with self.subTest(window=w):
                self.assertEqual(newsparse.parse(R24, window=w).to_json(), ref)

    def test_parser_in_chunks(self) -> None:
        data = R24.read_bytes()
        for w, want in ((1, self.narrow), (None, self.wide)):
            with self.subTest(window=w):
                p = newsparse.Parser(window=w)
                for i in range(0, len(data), 97):
                    p.feed(data[i:i + 97])
                doc = p.finish()
                assert doc is not None
                self.assertEqual(doc.to_json(), want.to_json())

    def test_parser_events_without_tree(self) -> None:
        with newsparse.Parser(keep_tree=False, window=1) as p:
            p.feed(R24.read_bytes())
            self.assertIsNone(p.finish())
            self.assertFalse(set(HEADS) & set(snapshot_heads(p.events())))

    def test_iterparse(self) -> None:
        self.assertFalse(set(HEADS) & set(snapshot_heads(newsparse.iterparse(R24, window=1))))
        self.assertEqual(set(HEADS) & set(snapshot_heads(newsparse.iterparse(R24))), set(HEADS))

    def test_parse_files(self) -> None:
        paths = [R24, R24, str(R24)]
        for workers in (1, 2):
            with self.subTest(workers=workers):
                results = list(newsparse.parse_files(paths, workers=workers, window=1))
                self.assertTrue(all(r.ok for r in results), [r.error for r in results])
                for r in results:
                    assert r.document is not None
                    self.assertEqual(r.document.to_json(), self.narrow.to_json())

    def test_parse_issue(self) -> None:
        self.assertEqual(set(HEADS) & set(heads(newsparse.parse_issue([R24]))), set(HEADS))
        self.assertFalse(set(HEADS) & set(heads(newsparse.parse_issue([R24], window=1))))

    def test_same_as_the_cli(self) -> None:
        cli = _support.cli_path()
        if cli is None:
            self.skipTest("the newsparse CLI is not built")
        r = _support.run_cli(cli, "--format", "json", "--window", "1", str(R24))
        if r.returncode == 2 and b"--window" in r.stderr:
            self.skipTest("this CLI has no --window")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode("utf-8"), self.narrow.to_json())


class BadWindow(unittest.TestCase):
    """A bad window raises before the C library (or the file) is touched."""

    MISSING = pathlib.Path(tempfile.gettempdir(), "newsparse-no-such-page.txt")

    def test_out_of_range_is_value_error(self) -> None:
        for w in (0, -1, newsparse._lib.NP_MAX_WINDOW + 1, 1 << 70):
            with self.subTest(window=w):
                with self.assertRaisesRegex(ValueError, r"window must be from 1 to 64, or None"):
                    newsparse.parse("x", window=w)
                with self.assertRaises(ValueError):
                    newsparse.Parser(window=w)
                # before the source is read: not FileNotFoundError
                with self.assertRaises(ValueError):
                    newsparse.parse(self.MISSING, window=w)
                with self.assertRaises(ValueError):
                    newsparse.iterparse(self.MISSING, window=w)
                with self.assertRaises(ValueError):
                    next(newsparse.parse_files([self.MISSING], window=w))
                with self.assertRaises(ValueError):
                    newsparse.parse_issue([self.MISSING], window=w)

    def test_not_an_int_is_type_error(self) -> None:
        for w in ("16", 1.0, True):
            with self.subTest(window=w):
                with self.assertRaisesRegex(TypeError, "window must be an int or None"):
                    newsparse.parse("x", window=w)  # type: ignore[arg-type]
                with self.assertRaises(TypeError):
                    newsparse.Parser(window=w)  # type: ignore[arg-type]

    def test_limits_match_the_header(self) -> None:
        if not os.path.exists(HEADER):
            self.skipTest("include/newsparse.h not found")
        with open(HEADER, encoding="utf-8") as f:
            text = f.read()
        for name in ("NP_DEFAULT_WINDOW", "NP_MAX_WINDOW"):
            m = re.search(r"#define %s (\d+)" % name, text)
            assert m is not None, name
            self.assertEqual(getattr(newsparse._lib, name), int(m.group(1)), name)


class Types(unittest.TestCase):
    def test_window_is_optional_int_for_mypy(self) -> None:
        out = _support.mypy_strict(code="import newsparse\n"
                                        "newsparse.parse('x', window=1)\n"
                                        "newsparse.parse('x', window=None)\n"
                                        "newsparse.Parser(window=8).finish()\n"
                                        "list(newsparse.iterparse(b'x', window=2))\n"
                                        "list(newsparse.parse_files(['a'], window=3))\n"
                                        "newsparse.parse('x', window='16')\n")
        if out is None:
            self.skipTest("mypy is not installed (Debian: apt-get install mypy)")
        self.assertEqual(out.count("error:"), 1, out)
        self.assertIn(':7: error: Argument "window" to "parse" has incompatible type "str"', out)


if __name__ == "__main__":
    unittest.main()
