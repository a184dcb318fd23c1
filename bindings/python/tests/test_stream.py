"""Incremental parsing: chunked feeding, events, iterparse, callback errors."""

from __future__ import annotations

import io
import os
import pathlib
import unittest
from unittest import mock

import _support
from _support import newsparse

from newsparse import NodeSnapshot, NodeType, StateError

PAGES = _support.corpus_pages()


def read(page: str) -> bytes:
    with open(page, "rb") as f:
        return f.read()


def key(event, node):
    return (event, node.type, node.line, node.text, node.kind, node.source)


class CountingStream(io.RawIOBase):
    """A binary stream that records how many bytes have been read."""

    def __init__(self, data: bytes):
        self._f = io.BytesIO(data)
        self.consumed = 0

    def readable(self):
        return True

    def read(self, n=-1):
        b = self._f.read(n)
        self.consumed += len(b)
        return b


@unittest.skipUnless(PAGES, "no corpus pages found (set NEWSPARSE_CORPUS)")
class Chunked(unittest.TestCase):
    def test_one_byte_chunks_give_the_same_json(self):
        for page in PAGES:
            with self.subTest(page=os.path.basename(page)):
                data = read(page)
                ref = newsparse.parse(data).to_json()
                p = newsparse.Parser()
                for i in range(len(data)):
                    p.feed(data[i:i + 1])
                self.assertEqual(p.finish().to_json(), ref)

    def test_other_chunk_sizes(self):
        data = read(PAGES[0])
        ref = newsparse.parse(data).to_json()
        for size in (2, 3, 5, 7, 64, 4096, len(data)):
            with self.subTest(size=size):
                with newsparse.Parser() as p:
                    for i in range(0, len(data), size):
                        p.feed(memoryview(data)[i:i + size])
                    p.feed(b"")
                    self.assertEqual(p.finish().to_json(), ref)

    def test_events_equal_the_tree_walk(self):
        for page in PAGES:
            with self.subTest(page=os.path.basename(page)):
                data = read(page)
                walk = [key(e, n) for e, n in newsparse.parse(data).walk()]
                # Events while keeping the tree.
                p = newsparse.Parser(events=True)
                got = []
                for i in range(0, len(data), 1000):
                    p.feed(data[i:i + 1000])
                    got.extend(p.events())
                doc = p.finish()
                got.extend(p.events())
                self.assertEqual([key(e, n) for e, n in got], walk)
                self.assertEqual(list(p.events()), [])
                # The snapshot tree renders exactly like the C tree.
                root = got[0][1]
                self.assertIsInstance(root, NodeSnapshot)
                self.assertEqual(root.to_json(), doc.to_json())
                self.assertEqual(root.to_dict(), doc.to_dict())
                # Without the tree (NP_OPT_NO_TREE).
                p = newsparse.Parser(keep_tree=False)
                p.feed(data)
                self.assertIsNone(p.finish())
                self.assertEqual([key(e, n) for e, n in p.events()], walk)
                # iterparse, 1-byte chunks.
                with open(page, "rb") as f:
                    got = [key(e, n) for e, n in newsparse.iterparse(f, chunk_size=1)]
                self.assertEqual(got, walk)

    def test_iterparse_snapshots_are_complete(self):
        doc = newsparse.parse(pathlib.Path(PAGES[0]))
        expected_articles = [a.to_dict() for a in doc.articles]
        articles = []
        top = None
        for event, node in newsparse.iterparse(pathlib.Path(PAGES[0]), chunk_size=333):
            if event == "enter" and node.type is NodeType.DOCUMENT:
                top = node
            if event == "exit" and node.type is NodeType.ARTICLE:
                self.assertIs(node.parent, top)
                articles.append(node.to_dict())
        self.assertEqual(articles, expected_articles)
        # Bounded memory: the document snapshot keeps no top-level children.
        self.assertEqual(top.children, [])

    def test_iterparse_yields_before_the_input_ends(self):
        data = b"\n\n".join(read(p) for p in PAGES) * 2
        stream = CountingStream(data)
        it = newsparse.iterparse(stream, chunk_size=1024)
        seen_exit_of_article = None
        for event, node in it:
            if event == "exit" and node.type is NodeType.ARTICLE:
                seen_exit_of_article = stream.consumed
                break
        it.close()
        self.assertIsNotNone(seen_exit_of_article)
        self.assertLess(seen_exit_of_article, len(data) // 2,
                        "the first article was only delivered after %d of %d bytes"
                        % (seen_exit_of_article, len(data)))

    def test_iterparse_sources(self):
        data = read(PAGES[0])
        ref = [key(e, n) for e, n in newsparse.parse(data).walk()]
        for src in (data, bytearray(data), data.decode("utf-8"), pathlib.Path(PAGES[0]), io.BytesIO(data)):
            with self.subTest(src=type(src).__name__):
                self.assertEqual([key(e, n) for e, n in newsparse.iterparse(src)], ref)
        with self.assertRaises(TypeError):
            newsparse.iterparse(12345)  # type: ignore[arg-type]
        with self.assertRaises(ValueError):
            newsparse.iterparse(io.BytesIO(data), chunk_size=0)


class States(unittest.TestCase):
    def test_feed_after_finish(self):
        p = newsparse.Parser()
        p.feed("正文。\n")
        self.assertIsNotNone(p.finish())
        self.assertTrue(p.closed)
        with self.assertRaises(StateError):
            p.feed(b"x")
        with self.assertRaises(StateError):
            p.finish()

    def test_events_not_enabled(self):
        with self.assertRaises(StateError):
            newsparse.Parser().events()

    def test_closed_parser(self):
        p = newsparse.Parser()
        p.close()
        p.close()
        with self.assertRaises(StateError):
            p.feed(b"x")

    def test_errors_are_sticky(self):
        p = newsparse.Parser()
        p.feed(b"ok\n")
        with self.assertRaises(newsparse.NulByteError):
            p.feed(b"a\x00b")
            p.finish()
        with self.assertRaises(newsparse.NewsparseError):
            p.feed(b"more\n")
            p.finish()


class CallbackErrors(unittest.TestCase):
    """An exception inside the ctypes callback is caught, the callback stops
    the parser, and the exception is raised from feed()/finish()."""

    DATA = "标题\n\n正文第一段。\n\n正文第二段。\n".encode("utf-8") * 20

    def _run(self, exc, after=3):
        calls = {"n": 0}
        orig = NodeSnapshot._from_c.__func__

        def boom(cls, ptr):
            calls["n"] += 1
            if calls["n"] > after:
                raise exc
            return orig(cls, ptr)

        with mock.patch.object(NodeSnapshot, "_from_c", classmethod(boom)):
            p = newsparse.Parser(keep_tree=False)
            with self.assertRaises(type(exc)) as cm:
                p.feed(self.DATA)
                p.finish()
            self.assertIs(cm.exception, exc)
        # Stopped by the callback: no more input is accepted, and no crash.
        with self.assertRaises(newsparse.NewsparseError):
            p.feed(b"x\n")
            p.finish()
        p.close()

    def test_exception_in_callback(self):
        self._run(RuntimeError("boom"))

    def test_keyboard_interrupt_in_callback(self):
        self._run(KeyboardInterrupt())

    def test_memory_error_in_callback(self):
        self._run(MemoryError())

    def test_reentrant_feed_is_refused(self):
        p = newsparse.Parser(keep_tree=False)
        orig = NodeSnapshot._from_c.__func__

        def reenter(cls, ptr):
            p.feed(b"more\n")
            return orig(cls, ptr)

        with mock.patch.object(NodeSnapshot, "_from_c", classmethod(reenter)):
            with self.assertRaises(StateError):
                p.feed(self.DATA)
                p.finish()


if __name__ == "__main__":
    unittest.main()
