"""Source spans from Python: node.spans / node.span say where a node's text is."""

from __future__ import annotations

import pathlib
import re
import unittest

import _support
from _support import newsparse

from newsparse import NodeType, Span

PAGES = _support.corpus_pages()
ALNUM = re.compile(r"[0-9A-Za-z]")
SPACED = (NodeType.SECTION_HEAD, NodeType.BYLINE)


def joined(data: bytes, node) -> str:
    """The bytes at the node's spans, joined as the parser joins its lines."""
    out = ""
    for i, s in enumerate(node.spans):
        piece = data[s.start_offset:s.end_offset].decode("utf-8")
        if i and (node.type in SPACED or (out and piece and ALNUM.match(out[-1]) and ALNUM.match(piece[0]))):
            out += " "
        out += piece
    return out


class Spans(unittest.TestCase):
    def test_spans_give_the_text(self):
        """On every corpus page the spans of every paragraph, title line,
        caption, credit and furniture line give its text, and the node view
        and the event snapshots agree."""
        multi = 0
        for page in PAGES:
            data = pathlib.Path(page).read_bytes()
            doc = newsparse.parse(data)
            self.assertEqual(doc.span, Span(1, 0, doc.span.end_line, len(data)))
            for node in doc.iter():
                self.assertTrue(node.spans, node)
                self.assertIsInstance(node.spans[0], Span)
                if node.type in (NodeType.DOCUMENT, NodeType.ARTICLE, NodeType.FIGURE, NodeType.AUTHOR):
                    continue
                self.assertEqual(joined(data, node), node.text, (page, node))
                self.assertEqual(node.spans[0].start_line, node.line)
                multi += len(node.spans) > 1
            snaps = [n.spans for ev, n in newsparse.iterparse(data) if ev == "exit"]
            views = [n.spans for ev, n in doc.walk() if ev == "exit"]
            self.assertEqual(snaps, views)
            self.assertGreater(len(views), 20)
        self.assertGreater(multi, 0)  # some paragraph was re-joined

    def test_json_member(self):
        doc = newsparse.parse(pathlib.Path(PAGES[0]))
        art = doc.articles[0]
        self.assertEqual(art.to_dict()["span"], [list(s) for s in art.spans])
        span = art.span
        assert span is not None
        self.assertLessEqual(span.start_offset, span.end_offset)


if __name__ == "__main__":
    unittest.main()
