"""The node API: inputs accepted by parse(), node attributes, tree shape,
lifetime, rendering and library loading."""

from __future__ import annotations

import gc
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

import _support
from _support import newsparse

from newsparse import Document, Node, NodeType

SAMPLE = "为社会治理赋能 为幸福生活护航\n\n金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n保险业是经济活动的一部分，更在社会治理和民生保障领域发挥着重要作用。\n"


def first_page() -> str:
    pages = _support.corpus_pages()
    return pages[0] if pages else ""


class InputTypes(unittest.TestCase):
    def setUp(self):
        self.ref = newsparse.parse(SAMPLE.encode("utf-8")).to_json()

    def test_str_is_text(self):
        self.assertEqual(newsparse.parse(SAMPLE).to_json(), self.ref)

    def test_bytes_like(self):
        raw = SAMPLE.encode("utf-8")
        for data in (raw, bytearray(raw), memoryview(raw), memoryview(bytearray(raw))):
            with self.subTest(type=type(data).__name__):
                self.assertEqual(newsparse.parse(data).to_json(), self.ref)

    def test_bytearray_still_resizable_after_parse(self):
        ba = bytearray(SAMPLE.encode("utf-8"))
        newsparse.parse(ba)
        ba.extend(b"x")  # the exported buffer was released

    def test_path_like_and_file(self):
        with tempfile.TemporaryDirectory() as d:
            p = pathlib.Path(d) / "page.txt"
            p.write_bytes(SAMPLE.encode("utf-8"))
            self.assertEqual(newsparse.parse(p).to_json(), self.ref)
            with open(p, "rb") as f:
                self.assertEqual(newsparse.parse(f).to_json(), self.ref)
            # A plain str is text, never a file name.
            doc = newsparse.parse(str(p))
            self.assertIn(str(p), doc.to_json())
        self.assertEqual(newsparse.parse(io.BytesIO(SAMPLE.encode("utf-8"))).to_json(), self.ref)

    def test_empty_input(self):
        doc = newsparse.parse(b"")
        self.assertIsInstance(doc, Document)
        self.assertEqual(doc.type, NodeType.DOCUMENT)
        self.assertEqual(doc.articles, [])

    def test_bad_types(self):
        for bad in (None, 12, 3.5, object(), ["a"]):
            with self.subTest(bad=bad):
                with self.assertRaises(TypeError):
                    newsparse.parse(bad)  # type: ignore[arg-type]

    def test_bad_limits(self):
        with self.assertRaises(ValueError):
            newsparse.parse(SAMPLE, max_line_bytes=-1)
        with self.assertRaises(TypeError):
            newsparse.parse(SAMPLE, max_nodes="10")  # type: ignore[arg-type]
        with self.assertRaises(ValueError):
            newsparse.parse(SAMPLE, max_input_bytes=1 << 64)


class NodeApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        page = first_page()
        if not page:
            raise unittest.SkipTest("no corpus pages found")
        cls.pages = _support.corpus_pages()
        cls.doc = newsparse.parse(pathlib.Path(page))

    def test_node_type_names_match_c(self):
        from newsparse import _lib

        for i in range(1, _lib.NP_NODE_TYPE_COUNT):
            name = _lib.lib.np_node_type_name(i).decode()
            self.assertEqual(NodeType(name).value, name)
        self.assertEqual(NodeType.SECTION_HEAD, "section_head")
        self.assertEqual(str(NodeType.PARAGRAPH), "paragraph")

    def test_node_api_agrees_with_json(self):
        """Every attribute read through ctypes equals the C JSON renderer's
        output, on every corpus page (the dict built by walking the node API
        equals to_dict())."""
        for page in self.pages:
            with self.subTest(page=os.path.basename(page)):
                doc = newsparse.parse(pathlib.Path(page))
                self.assertEqual(doc._dict(), doc.to_dict())

    def test_tree_shape(self):
        doc = self.doc
        self.assertIsNone(doc.parent)
        self.assertEqual(doc.line, 0)
        self.assertEqual(doc.text, "")
        self.assertTrue(doc.articles)
        for node in doc.iter():
            for i, child in enumerate(node):
                self.assertEqual(child.parent, node)
                self.assertEqual(node[i], child)
            self.assertEqual(len(node), len(node.children))
            self.assertTrue(node)  # leaves are truthy
        art = max(doc.articles, key=len)
        self.assertGreaterEqual(len(art), 2)
        self.assertIs(art.type, NodeType.ARTICLE)
        self.assertEqual(art.document, doc)
        kids = art.children
        self.assertEqual(kids[0].next_sibling, kids[1])
        self.assertEqual(kids[1].previous_sibling, kids[0])
        self.assertIsNone(kids[0].previous_sibling)
        self.assertEqual(hash(kids[0]), hash(art.children[0]))
        self.assertNotEqual(kids[0], kids[1])

    def test_walk_matches_c_iter_and_python_walk(self):
        c_walk = [(e, n.type, n.line, n.text) for e, n in self.doc.walk()]
        py_walk = [(e, n.type, n.line, n.text) for e, n in newsparse.BaseNode.walk(self.doc)]
        self.assertEqual(c_walk, py_walk)
        self.assertEqual(c_walk[0][:2], ("enter", NodeType.DOCUMENT))
        self.assertEqual(c_walk[-1][:2], ("exit", NodeType.DOCUMENT))
        n_nodes = sum(1 for _ in self.doc.iter())
        self.assertEqual(len(c_walk), 2 * n_nodes)
        # The same object for a node's enter and exit.
        seen = {}
        for e, n in self.doc.walk():
            if e == "enter":
                seen[id(n)] = n
            else:
                self.assertIn(id(n), seen)

    def test_bylines_and_credits(self):
        found_byline = found_credit = False
        for page in self.pages:
            doc = newsparse.parse(pathlib.Path(page))
            for node in doc.iter():
                if node.type is NodeType.BYLINE:
                    found_byline = True
                    self.assertEqual(node.authors, [c.text for c in node.children])
                    self.assertTrue(all(isinstance(a, str) and a for a in node.authors))
                elif node.type is NodeType.CREDIT:
                    found_credit = True
                    self.assertIn(node.kind, ("photographer", "provided", "data"))
                    self.assertIsInstance(node.source, str)
                else:
                    self.assertEqual(node.authors, [])
                    if node.type is not NodeType.FURNITURE:
                        self.assertIsNone(node.kind)
                        self.assertIsNone(node.source)
        self.assertTrue(found_byline, "no byline in the corpus output")
        self.assertTrue(found_credit, "no credit in the corpus output")

    def test_iter_filters(self):
        paras = list(self.doc.iter("paragraph"))
        self.assertTrue(paras)
        self.assertTrue(all(p.type is NodeType.PARAGRAPH for p in paras))
        self.assertEqual(len(list(self.doc.iter(NodeType.PARAGRAPH, "figure"))),
                         len(paras) + len(list(self.doc.iter("figure"))))
        with self.assertRaises(ValueError):
            list(self.doc.iter("no_such_type"))

    def test_repr(self):
        r = repr(self.doc.articles[0])
        self.assertIn("article", r)

    def test_subtree_json(self):
        art = self.doc.articles[0]
        self.assertEqual(art.to_dict(), self.doc.to_dict()["children"][self.doc.children.index(art)])
        self.assertEqual(json.loads(art.to_json()), art.to_dict())
        self.assertEqual(art.to_json(compact=True).count("\n"), 0)
        self.assertTrue(self.doc.to_json().endswith("}\n"))


class Lifetime(unittest.TestCase):
    def test_node_outlives_document(self):
        doc = newsparse.parse(SAMPLE)
        node = list(doc.iter("paragraph"))[-1]
        text = node.text
        expect = doc.to_json()
        del doc
        gc.collect()
        # Allocate and free other trees so that freed memory would be reused.
        for _ in range(50):
            newsparse.parse(SAMPLE.replace("保险", "银行")).to_json()
        self.assertEqual(node.text, text)
        self.assertEqual(node.document.to_json(), expect)
        self.assertEqual(node.parent.parent.type, NodeType.DOCUMENT)

    def test_tree_freed_with_last_node(self):
        freed = []
        from newsparse import _nodes

        doc = newsparse.parse(SAMPLE)
        tree = doc._tree
        orig = tree._free
        tree._free = lambda p: (freed.append(p), orig(p))
        child = doc.articles[0]
        del doc
        gc.collect()
        self.assertEqual(freed, [])
        del child, tree
        gc.collect()
        self.assertEqual(len(freed), 1)
        self.assertIsInstance(_nodes._Tree, type)


class Rendering(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = newsparse.parse(SAMPLE)

    def test_json_and_outline(self):
        self.assertEqual(self.doc.to_dict(), json.loads(self.doc.to_json()))
        self.assertEqual(self.doc.render("json"), self.doc.to_json())
        self.assertIn("document", self.doc.to_outline())

    def test_optional_formats(self):
        """html, markdown and text render, or say clearly that this build
        cannot (NP_ERR_ARGUMENT)."""
        calls = {
            "html": lambda: self.doc.to_html(),
            "html fragment": lambda: self.doc.to_html(fragment=True),
            "markdown": lambda: self.doc.to_markdown(),
            "text": lambda: self.doc.to_text(),
            "text 40": lambda: self.doc.to_text(width=40),
        }
        for name, call in calls.items():
            with self.subTest(format=name):
                try:
                    out = call()
                except newsparse.UnsupportedFormatError as e:
                    self.assertIn("cannot render", str(e))
                    self.assertEqual(e.status, newsparse.Status.ARGUMENT)
                    self.assertIsInstance(e, newsparse.NewsparseError)
                    self.assertIsInstance(e, NotImplementedError)
                else:
                    self.assertIsInstance(out, str)
                    self.assertIn("金华保险业多措并举助力市域治理现代化", "".join(out.split()))

    def test_html_stylesheet(self):
        """stylesheet=: None the built-in <style>, a URL an escaped <link>,
        "" neither; a fragment has no style."""
        try:
            builtin = self.doc.to_html()
        except newsparse.UnsupportedFormatError:
            self.skipTest("this library has no HTML renderer")
        self.assertIn("<style>", builtin)
        linked = self.doc.to_html(stylesheet="a.css?x=1&y=2")
        self.assertIn('<link rel="stylesheet" href="a.css?x=1&amp;y=2">', linked)
        self.assertNotIn("<style", linked)
        bare = self.doc.render("html", stylesheet="")
        self.assertNotIn("<style", bare)
        self.assertNotIn("<link", bare)
        self.assertEqual(builtin.split("<body>")[1], bare.split("<body>")[1])
        self.assertNotIn("<link", self.doc.to_html(fragment=True, stylesheet="a.css"))

    def test_render_argument_checks(self):
        with self.assertRaises(ValueError):
            self.doc.render("pdf")
        with self.assertRaises(ValueError):
            self.doc.to_text(width=0)
        with self.assertRaises(ValueError):
            self.doc.render("text", width=-3)
        # one bad width, one message, whichever way it comes in
        messages = set()
        for call in (lambda: self.doc.to_text(width=-3), lambda: self.doc.render("text", width=-3)):
            with self.assertRaises(ValueError) as cm:
                call()
            messages.add(str(cm.exception))
        self.assertEqual(len(messages), 1, messages)


class Loading(unittest.TestCase):
    def _import_in_child(self, **env):
        code = "import newsparse; print(newsparse.LIBRARY_PATH)"
        return subprocess.run([sys.executable, "-c", code], env=_support.subprocess_env(**env),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)

    def test_version(self):
        self.assertEqual(newsparse.LIBRARY_VERSION.split(".")[0], "0")
        self.assertEqual(newsparse.library_version(), newsparse.LIBRARY_VERSION)

    def test_env_var_is_used(self):
        r = self._import_in_child()
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        self.assertEqual(os.path.realpath(r.stdout.decode().strip()),
                         os.path.realpath(newsparse.LIBRARY_PATH))

    def test_bad_env_var_is_a_clear_import_error(self):
        r = self._import_in_child(NEWSPARSE_LIBRARY="/nonexistent/libnewsparse.so.0")
        self.assertNotEqual(r.returncode, 0)
        err = r.stderr.decode()
        self.assertIn("ImportError", err)
        self.assertIn("NEWSPARSE_LIBRARY", err)

    def test_version_mismatch_is_an_import_error(self):
        from newsparse import _lib

        saved = _lib.EXPECTED_MAJOR
        _lib.EXPECTED_MAJOR = saved + 1
        try:
            with self.assertRaises(_lib._VersionMismatch):
                _lib._open(_lib.path)
        finally:
            _lib.EXPECTED_MAJOR = saved


if __name__ == "__main__":
    unittest.main()
