"""Invalid input: the right exception, line and byte offset; never a crash."""

from __future__ import annotations

import random
import unittest

import _support
from _support import newsparse

from newsparse import NulByteError, Utf8Error

GOOD1 = "第一行正文内容。".encode("utf-8")  # 8 CJK chars = 24 bytes
GOOD2 = "第二行 ASCII text。".encode("utf-8")

# (name, input bytes, exception, line, offset) -- offsets are 0-based byte
# offsets of the offending byte in the input, lines 1-based.
CASES = [
    ("nul first byte", b"\x00abc\n", NulByteError, 1, 0),
    ("nul in line 1", GOOD1 + b"\x00\n", NulByteError, 1, len(GOOD1)),
    ("nul in line 3", GOOD1 + b"\n\n" + GOOD2 + b"\x00tail\n", NulByteError, 3, len(GOOD1) + 2 + len(GOOD2)),
    ("nul after CRLF", GOOD1 + b"\r\n\r\nab\x00\r\n", NulByteError, 3, len(GOOD1) + 4 + 2),
    ("nul last byte", GOOD1 + b"\n" + GOOD2 + b"\x00", NulByteError, 2, len(GOOD1) + 1 + len(GOOD2)),
    ("0xff first byte", b"\xffabc\n", Utf8Error, 1, 0),
    ("0xff in line 2", GOOD1 + b"\n" + b"ab\xffcd\n", Utf8Error, 2, len(GOOD1) + 1 + 2),
    ("lone continuation in line 5", b"a\n\nb\n\n" + GOOD1 + b"\x80\n", Utf8Error, 5, 6 + len(GOOD1)),
    ("0xfe after CRLF", GOOD1 + b"\r\n" + GOOD2 + b"\r\n\xfe\r\n", Utf8Error, 3, len(GOOD1) + 2 + len(GOOD2) + 2),
    ("0xff after lone CR", b"a\rb\r\xff", Utf8Error, 3, 4),
    ("0xc0 after BOM", b"\xef\xbb\xbfab\n\xc0\xaf\n", Utf8Error, 2, 6),
]


class InvalidInput(unittest.TestCase):
    def check(self, exc_type, line, offset, raiser):
        with self.assertRaises(exc_type) as cm:
            raiser()
        e = cm.exception
        self.assertIsInstance(e, newsparse.NewsparseError)
        self.assertIsInstance(e, ValueError)
        self.assertEqual((e.line, e.offset), (line, offset), "message: %s" % e.message)
        self.assertTrue(e.message)
        self.assertIn("line %d" % line, str(e))
        return e

    def test_parse(self):
        for name, data, exc, line, offset in CASES:
            with self.subTest(case=name):
                e = self.check(exc, line, offset, lambda: newsparse.parse(data))
                expect = newsparse.Status.NUL if exc is NulByteError else newsparse.Status.UTF8
                self.assertEqual(e.status, expect)

    def test_parser_whole(self):
        for name, data, exc, line, offset in CASES:
            with self.subTest(case=name):
                def run():
                    p = newsparse.Parser()
                    p.feed(data)
                    p.finish()
                self.check(exc, line, offset, run)

    def test_parser_one_byte_chunks(self):
        for name, data, exc, line, offset in CASES:
            with self.subTest(case=name):
                def run():
                    p = newsparse.Parser(keep_tree=False)
                    for i in range(len(data)):
                        p.feed(data[i:i + 1])
                    p.finish()
                self.check(exc, line, offset, run)

    def test_iterparse(self):
        for name, data, exc, line, offset in CASES:
            with self.subTest(case=name):
                self.check(exc, line, offset, lambda: list(newsparse.iterparse(data, chunk_size=3)))

    def test_truncated_sequence_at_end(self):
        data = GOOD1 + b"\n" + "中".encode("utf-8")[:2]
        with self.assertRaises(Utf8Error) as cm:
            newsparse.parse(data)
        self.assertEqual(cm.exception.line, 2)
        self.assertIn(cm.exception.offset, (len(GOOD1) + 1, len(GOOD1) + 2))

    def test_column_and_bytes(self):
        # a CJK sequence cut by ASCII: column in characters, the bytes in hex
        with self.assertRaises(Utf8Error) as cm:
            newsparse.parse("正文\n\n".encode("utf-8") + "中文ab".encode("utf-8") + b"\xe4\xb8cd\n")
        e = cm.exception
        self.assertEqual((e.line, e.column), (3, 5))
        self.assertIn("(bytes 0xE4 0xB8)", e.message)
        self.assertIn("line 3, column 5", str(e))

    def test_surrogate_in_str(self):
        with self.assertRaises(Utf8Error) as cm:
            newsparse.parse("正文\n\nab\ud800cd\n")
        self.assertEqual(cm.exception.line, 3)
        self.assertEqual(cm.exception.offset, len("正文\n\nab".encode("utf-8")))

    def test_snapshot_json_escapes_controls(self):
        # snapshots built in Python write what the C renderer writes
        data = "标题\u202e反转\n\n正文\u009b[31m与\x7f。\n"
        p = newsparse.Parser(events=True)
        p.feed(data)
        tree = p.finish()
        root = next(iter(p.events()))[1]
        self.assertIn("\\u202e", tree.to_json())
        self.assertEqual(root.to_json(), tree.to_json())
        self.assertEqual(root.to_json(compact=True), tree.to_json(compact=True))

    def test_replace_invalid(self):
        data = GOOD1 + b"\xff\xfe" + GOOD1 + b"\x00" + b"\n"
        doc = newsparse.parse(data, replace_invalid=True)
        texts = [n for n in doc.iter() if "\ufffd" in n.text]
        self.assertTrue(texts, doc.to_json())
        self.assertTrue(all(n.replaced for n in texts))
        self.assertNotIn("\x00", doc.to_json())
        p = newsparse.Parser(replace_invalid=True)
        for i in range(len(data)):
            p.feed(data[i:i + 1])
        self.assertEqual(p.finish().to_json(), doc.to_json())
        # The JSON says so, and snapshots (built in Python) say it alike.
        self.assertIn('"replaced": true', doc.to_json())
        p = newsparse.Parser(replace_invalid=True, events=True)
        p.feed(data)
        tree = p.finish()
        root = next(iter(p.events()))[1]
        self.assertEqual(root.to_json(), tree.to_json())


class Limits(unittest.TestCase):
    def test_line_limit(self):
        with self.assertRaises(newsparse.LineTooLongError) as cm:
            newsparse.parse("短行。\n\n" + "很长的一行。" * 100 + "\n", max_line_bytes=64)
        self.assertIsInstance(cm.exception, newsparse.LimitError)
        self.assertEqual(cm.exception.status, newsparse.Status.LIMIT_LINE)

    def test_input_limit(self):
        with self.assertRaises(newsparse.InputTooLongError):
            newsparse.parse("正文。\n" * 100, max_input_bytes=50)

    def test_node_limit(self):
        with self.assertRaises(newsparse.TooManyNodesError):
            newsparse.parse("正文第一段。\n\n" * 50, max_nodes=5)


class NeverCrashes(unittest.TestCase):
    def test_random_bytes(self):
        rng = random.Random(1234)
        alphabet = [b"\x00", b"\n", b"\r", b"\r\n", b" ", b"\xe3\x80\x80", b"\xff", b"\x80", b"\xe4",
                    "中".encode(), "。".encode(), "■ ".encode(), "摄".encode(), b"#", b"**", b"a"]
        for i in range(300):
            data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
            for replace in (False, True):
                try:
                    doc = newsparse.parse(data, replace_invalid=replace)
                except newsparse.NewsparseError as e:
                    self.assertFalse(replace and isinstance(e, (Utf8Error, NulByteError)), repr(data))
                    self.assertGreaterEqual(e.line, 0)
                else:
                    doc.to_dict()
                    list(doc.walk())


if __name__ == "__main__":
    unittest.main()
