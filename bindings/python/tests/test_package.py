"""Encodings, pickling, parse_files and the type hints (issue 15, item 5)."""

from __future__ import annotations

import concurrent.futures
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import unittest

import _support
from _support import newsparse
import newsparse._pickle  # noqa: E402 - after _support has set the path

PAGES = _support.corpus_pages()
EXAMPLE = os.path.join(_support.REPO, "examples", "python", "headlines.py")


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _parse_in_child(path):
    """Runs in a worker process: the Document travels back pickled."""
    return newsparse.parse(_read(path))


def _article_in_child(path):
    return newsparse.parse(_read(path)).articles[-1]


def _big_page():
    """A real page repeated past the 64 KiB that detection looks at."""
    text = _read(PAGES[0]).decode("utf-8")
    reps = newsparse._encoding.DETECT_PREFIX // len(text.encode("utf-8")) + 2
    return "\n\n\n".join([text] * reps)


@unittest.skipUnless(PAGES, "no corpus")
class Encodings(unittest.TestCase):
    def setUp(self):
        self.utf8 = _read(PAGES[0])
        self.text = self.utf8.decode("utf-8")
        self.expected = newsparse.parse(self.utf8).to_json()
        self.with_bom = newsparse.parse(b"\xef\xbb\xbf" + self.utf8).to_json()

    def check_all_ways(self, raw, name, expected=None):
        # spans count the converted text: detection (UTF-16LE, UTF-32LE) keeps
        # a byte order mark as U+FEFF, the name "UTF-16" consumes it
        named = self.expected
        expected = expected or self.expected
        self.assertNotEqual(raw, self.utf8)
        self.assertEqual(newsparse.parse(raw).to_json(), expected, "parse, detected")
        self.assertEqual(newsparse.parse(raw, encoding=name).to_json(), named, "parse, named")
        for size in (1, 7, 4096):
            p = newsparse.Parser()
            for i in range(0, len(raw), size):
                p.feed(raw[i:i + size])
            self.assertEqual(p.finish().to_json(), expected, "Parser, %d-byte chunks" % size)
        self.assertEqual([(e, n.type, n.text) for e, n in newsparse.iterparse(raw, chunk_size=100)],
                         [(e, n.type, n.text) for e, n in newsparse.iterparse(self.utf8)])

    def test_gb18030(self):
        self.check_all_ways(self.text.encode("gb18030"), "GB18030")

    def test_utf16_with_bom(self):
        raw = self.text.encode("utf-16")  # with a byte order mark
        self.assertIn(raw[:2], (b"\xff\xfe", b"\xfe\xff"))
        self.check_all_ways(raw, "UTF-16", self.with_bom)

    def test_utf32_with_bom(self):
        self.assertEqual(newsparse.parse(self.text.encode("utf-32")).to_json(), self.with_bom)

    def test_same_as_cli(self):
        cli = _support.cli_path()
        if cli is None:
            self.skipTest("no CLI")
        with tempfile.TemporaryDirectory() as tmp:
            for codec in ("gb18030", "utf-16"):
                path = os.path.join(tmp, codec + ".txt")
                with open(path, "wb") as f:
                    f.write(self.text.encode(codec))
                r = _support.run_cli(cli, "-f", "json", path)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stdout.decode("utf-8"), newsparse.parse(_read(path)).to_json(), codec)

    def test_big_gb18030_page(self):
        text = _big_page()
        expected = newsparse.parse(text).to_json()
        raw = text.encode("gb18030")
        p = newsparse.Parser()
        for i in range(0, len(raw), 1000):
            p.feed(raw[i:i + 1000])
        self.assertEqual(p.finish().to_json(), expected)

    def test_utf8_streams_after_the_prefix(self):
        raw = _big_page().encode("utf-8")
        p = newsparse.Parser(keep_tree=False)
        seen_before_finish = 0
        for i in range(0, len(raw), 1000):
            p.feed(raw[i:i + 1000])
            seen_before_finish += len(list(p.events()))
        p.finish()
        self.assertGreater(seen_before_finish, 0, "UTF-8 input held back past the detection prefix")

    def test_wrong_encoding_named(self):
        with self.assertRaises(newsparse.Utf8Error) as cm:
            newsparse.parse(self.text.encode("gb18030"), encoding="UTF-8")
        self.assertGreater(cm.exception.line, 0)
        with self.assertRaises(newsparse.EncodingError):
            newsparse.parse(b"\x81\x30" + b"\n", encoding="GB18030")  # a cut 4-byte sequence
        with self.assertRaises(newsparse.ArgumentError):
            newsparse.parse(self.utf8, encoding="NO-SUCH-ENCODING")

    def test_invalid_utf8_still_reported_where(self):
        at = self.utf8.index(b"\n", 100) + 1  # the start of a line
        bad = self.utf8[:at] + b"\xff" + self.utf8[at:]
        with self.assertRaises(newsparse.Utf8Error) as cm:
            newsparse.parse(bad)
        self.assertEqual(cm.exception.offset, at)

    def test_str_takes_no_encoding(self):
        with self.assertRaises(TypeError):
            newsparse.parse(self.text, encoding="GB18030")
        self.assertEqual(newsparse.parse(self.text).to_json(), self.expected)


@unittest.skipUnless(PAGES, "no corpus")
class Pickling(unittest.TestCase):
    def test_round_trip_in_process(self):
        for page in PAGES:
            doc = newsparse.parse(_read(page))
            back = pickle.loads(pickle.dumps(doc))
            self.assertIsInstance(back, newsparse.NodeSnapshot)
            self.assertEqual(back.to_dict(), doc.to_dict(), page)
            self.assertEqual(back.to_json(), doc.to_json(), page)
            self.assertEqual(pickle.loads(pickle.dumps(back)).to_json(), doc.to_json(), "pickled twice")
            a, b = doc.articles[0], back.articles[0]
            self.assertEqual((b.headline.text, b.byline.authors, len(b.paragraphs)),
                             (a.headline.text, a.byline.authors, len(a.paragraphs)))
            self.assertIs(b.headline.parent, b)

    def test_through_a_process_pool(self):
        with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
            docs = list(pool.map(_parse_in_child, PAGES))
            articles = list(pool.map(_article_in_child, PAGES))
        for page, doc, art in zip(PAGES, docs, articles):
            here = newsparse.parse(_read(page))
            self.assertEqual(doc.to_json(), here.to_json(), page)
            self.assertEqual(art.to_dict(), here.articles[-1].to_dict(), page)

    def test_members_unknown_to_snapshots_survive(self):
        text = '{"type":"document","children":[{"type":"article","line":3,"span":[3,9],"children":[]}]}'
        back = newsparse._pickle.restore(text)
        self.assertEqual(back.to_json(compact=True), text.replace(',"children":[]', ""))


@unittest.skipUnless(PAGES, "no corpus")
class ParseFiles(unittest.TestCase):
    def test_corpus_equals_one_by_one(self):
        expected = [newsparse.parse(_read(p)).to_json() for p in PAGES]
        for workers in (1, 2, 3):
            results = list(newsparse.parse_files(PAGES * 5, workers=workers))
            self.assertEqual([r.path for r in results], PAGES * 5)
            self.assertTrue(all(r.ok for r in results))
            self.assertEqual([r.document.to_json() for r in results], expected * 5, "workers=%d" % workers)

    def test_failures_are_reported_in_place(self):
        with tempfile.TemporaryDirectory() as tmp:
            nul = os.path.join(tmp, "nul.txt")
            with open(nul, "wb") as f:
                f.write("标题\n\n正文\x00。\n".encode("utf-8"))
            gb = os.path.join(tmp, "gb.txt")
            shutil.copy(PAGES[1], gb)
            with open(gb, "wb") as f:
                f.write(_read(PAGES[1]).decode("utf-8").encode("gb18030"))
            missing = os.path.join(tmp, "missing.txt")
            paths = [PAGES[0], missing, nul, gb, PAGES[2]]
            results = list(newsparse.parse_files(iter(paths), workers=2))
        self.assertEqual([r.path for r in results], paths)
        self.assertEqual([r.ok for r in results], [True, False, False, True, True])
        self.assertIsInstance(results[1].error, FileNotFoundError)
        self.assertIsInstance(results[2].error, newsparse.NulByteError)
        self.assertEqual(results[2].error.line, 3)
        self.assertIsNone(results[2].document)
        self.assertEqual(results[3].document.to_json(), newsparse.parse(_read(PAGES[1])).to_json())

    def test_bad_workers(self):
        with self.assertRaises(ValueError):
            list(newsparse.parse_files(PAGES, workers=0))


@unittest.skipUnless(PAGES, "no corpus")
class HeadlinesExample(unittest.TestCase):
    def test_run(self):
        corpus = os.path.dirname(PAGES[0])
        missing = os.path.join(corpus, "no-such-page.txt")
        r = subprocess.run([sys.executable, EXAMPLE, "-j", "2", corpus, missing], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=_support.subprocess_env(), timeout=600)
        self.assertEqual(r.returncode, 1)
        self.assertIn("no-such-page.txt", r.stderr.decode("utf-8"))
        want = []
        for page in PAGES:
            doc = newsparse.parse(_read(page))
            for n, art in enumerate(doc.articles, 1):
                head = art.headline
                want.append("%s\t%d\t%s\t%s\t%d" % (page, n, head.text if head else "-",
                                                     "、".join(art.byline.authors) if art.byline else "",
                                                     sum(1 for c in art.to_dict().get("children", [])
                                                         if c["type"] == "paragraph")))
        self.assertEqual(r.stdout.decode("utf-8").splitlines(), want)


class Types(unittest.TestCase):
    def mypy(self, *args, code=None):
        out = _support.mypy_strict(*args, code=code)
        if out is None:
            self.skipTest("mypy is not installed (Debian: apt-get install mypy)")
        return out

    def test_example_passes_mypy_strict(self):
        out = self.mypy(EXAMPLE)
        self.assertEqual(out.strip(), "", out)

    def test_headline_is_optional_node(self):
        out = self.mypy(code="import newsparse\n"
                             "doc = newsparse.parse('x')\n"
                             "reveal_type(doc.articles[0].headline)\n"
                             "reveal_type(newsparse.parse_files(['a']))\n"
                             "doc.articles[0].headline.text\n")
        self.assertIn('Revealed type is "Union[newsparse._nodes.Node, None]"', out)
        self.assertIn("fallback=newsparse._batch.FileResult]]", out)
        self.assertIn('Item "None" of "Optional[Node]" has no attribute "text"', out)
        self.assertEqual(out.count("error:"), 1, out)


if __name__ == "__main__":
    unittest.main()
