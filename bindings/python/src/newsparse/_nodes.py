"""Python objects for the nodes of a parsed page.

Two families share one interface (:class:`BaseNode`):

* :class:`Node` / :class:`Document` are views of a tree that lives in C
  memory.  Every attribute is read through ctypes when asked for, so they
  are cheap to create but each access costs a foreign call.  A node keeps the
  whole C tree alive: it holds a reference to the tree's owner object, which
  frees the tree (``np_document_free``) when the last Python object that uses
  it is gone.
* :class:`NodeSnapshot` is a plain Python copy made while the C node was
  alive (event streaming, :func:`newsparse.iterparse`), needed because with
  ``keep_tree=False`` the C nodes are freed as soon as their top-level node
  has been exited.
"""

from __future__ import annotations

import ctypes
import enum
import json
import re
from ctypes import byref, c_size_t, c_void_p
from typing import Any, Callable, Dict, FrozenSet, Generic, Iterable, Iterator, List, NamedTuple, Optional, Tuple, TypeVar, Union, cast

from . import _lib
from ._errors import UnsupportedFormatError, error_for

_C = _lib.lib

#: The event names yielded by :meth:`BaseNode.walk`, :meth:`Parser.events`
#: and :func:`iterparse`.
ENTER = "enter"
EXIT = "exit"


class NodeType(str, enum.Enum):
    """The type of a node; each value is its name in the JSON output.

    Being a ``str`` enum, a member compares equal to its JSON name:
    ``node.type == "paragraph"``.
    """

    DOCUMENT = "document"
    ARTICLE = "article"
    KICKER = "kicker"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    BYLINE = "byline"
    AUTHOR = "author"
    PARAGRAPH = "paragraph"
    SECTION_HEAD = "section_head"
    FIGURE = "figure"
    CAPTION = "caption"
    CREDIT = "credit"
    FURNITURE = "furniture"

    def __str__(self) -> str:  # "paragraph", not "NodeType.PARAGRAPH"
        return self.value


# np_node_type order in newsparse.h (index = C value), used when the library
# does not name a type.
_HEADER_ORDER = [None] + list(NodeType)

_TYPE_BY_INT: Dict[int, NodeType] = {}
for _i in range(1, _lib.NP_NODE_TYPE_COUNT):
    _tname = _C.np_node_type_name(_i)
    try:
        _TYPE_BY_INT[_i] = NodeType(_tname.decode("ascii")) if _tname else _HEADER_ORDER[_i]  # type: ignore[assignment]
    except (ValueError, UnicodeDecodeError):
        _TYPE_BY_INT[_i] = _HEADER_ORDER[_i]  # type: ignore[assignment]
del _i, _tname

# Types that the JSON output gives no "text" member (render_json.c: has_text).
_NO_TEXT = frozenset((NodeType.DOCUMENT, NodeType.ARTICLE, NodeType.FIGURE))

TypeSpec = Union[NodeType, str]


def _norm_types(types: Iterable[TypeSpec]) -> FrozenSet[NodeType]:
    # NodeType hashes by member name, not by value: normalise before using a set.
    return frozenset(NodeType(t) for t in types)


def _name(s: Optional[bytes]) -> str:
    return s.decode("utf-8", "replace") if s else ""


def _c_text(ptr: int) -> str:
    n = _C.np_node_get_text_len(ptr)
    if not n:
        return ""
    return ctypes.string_at(_C.np_node_get_text(ptr), n).decode("utf-8", "replace")


def _c_kind_source(ptr: int, ctype: int) -> Tuple[Optional[str], Optional[str]]:
    if ctype == _lib.NP_NODE_CREDIT:
        return _name(_C.np_credit_kind_name(_C.np_node_get_credit_kind(ptr))), _name(_C.np_node_get_source(ptr))
    if ctype == _lib.NP_NODE_FURNITURE:
        return _name(_C.np_furniture_kind_name(_C.np_node_get_furniture_kind(ptr))), _name(_C.np_node_get_source(ptr))
    return None, None


class Span(NamedTuple):
    """Where a node came from in the input as fed (the C ``np_span``):
    1-based lines, 0-based byte offsets, the end exclusive.  The same four
    numbers, in this order, as each element of the JSON ``"span"``."""

    start_line: int
    start_offset: int
    end_line: int
    end_offset: int


def _c_spans(ptr: int) -> Tuple[Span, ...]:
    out = []
    s = _lib.np_span()
    for i in range(int(_C.np_node_span_count(ptr))):
        _C.np_node_span(ptr, i, byref(s))
        out.append(Span(int(s.start_line), int(s.start_offset), int(s.end_line), int(s.end_offset)))
    return tuple(out)


def _c_src(ptr: int) -> Optional[str]:
    src = _name(_C.np_node_get_src(ptr))
    return src if src else None


#: The node class of one family: Node for views of the C tree, NodeSnapshot
#: for Python copies; what children, articles, headline... are typed as.
_N = TypeVar("_N", bound="BaseNode[Any]")


class BaseNode(Generic[_N]):
    """The interface shared by :class:`Node` (a view of the C tree) and
    :class:`NodeSnapshot` (a Python copy); ``_N`` is the family's node class,
    so that ``doc.articles[0].headline`` is typed ``Optional[Node]``.

    Every node has ``type`` (:class:`NodeType`), ``text`` (``""`` for the
    document, articles and figures), ``line`` (1-based source line where the
    text starts; 0 for the document and for authors), ``kind`` and
    ``source`` (credits and page furniture; ``None`` on other nodes),
    ``children`` (a list), ``parent`` (``None`` for the root),
    ``replaced`` (True when the text holds U+FFFD for invalid input),
    ``src`` (a figure's picture path from a Markdown image line; ``None``
    otherwise) and ``spans`` (a tuple of :class:`Span`: one for each line
    the text was taken from; ``span`` spans them all).  Iterating over a
    node iterates over its children.

    A node pickles as the JSON of its subtree and unpickles as a
    :class:`NodeSnapshot` tree (the C tree cannot cross processes), so a
    :class:`Document` can return from a process pool.
    """

    __slots__ = ()

    # Provided by subclasses (as properties or slots):
    type: NodeType
    text: str
    line: int
    kind: Optional[str]
    source: Optional[str]
    replaced: bool
    src: Optional[str]
    spans: Tuple[Span, ...]

    @property
    def span(self) -> Optional[Span]:
        """From the start of the first span to the end of the last; ``None``
        when the node has no span."""
        spans = self.spans
        if not spans:
            return None
        first, last = spans[0], spans[-1]
        return Span(first.start_line, first.start_offset, last.end_line, last.end_offset)

    @property
    def children(self) -> List[_N]:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def parent(self) -> Optional[_N]:  # pragma: no cover - overridden
        raise NotImplementedError

    def __iter__(self) -> Iterator[_N]:
        return iter(self.children)

    def __len__(self) -> int:
        return len(self.children)

    def __bool__(self) -> bool:  # a leaf is still a node, not "empty"
        return True

    def __getitem__(self, index: int) -> _N:
        return self.children[index]

    @property
    def authors(self) -> List[str]:
        """For a byline: the names of its authors, in order; ``[]`` otherwise."""
        if self.type is not NodeType.BYLINE:
            return []
        return [c.text for c in self.children if c.type is NodeType.AUTHOR]

    def _kids(self, t: NodeType) -> List[_N]:
        return [c for c in self.children if c.type is t]

    def _first(self, t: NodeType) -> Optional[_N]:
        return next((c for c in self.children if c.type is t), None)

    @property
    def articles(self) -> List[_N]:
        """The article children of this node (for the document: its articles in page order)."""
        return self._kids(NodeType.ARTICLE)

    @property
    def figures(self) -> List[_N]:
        """The figure children (for the document: figures that belong to the
        page rather than to an article)."""
        return self._kids(NodeType.FIGURE)

    @property
    def credits(self) -> List[_N]:
        """The credit children (for the document: ``本版图片由…提供``)."""
        return self._kids(NodeType.CREDIT)

    @property
    def furniture(self) -> List[_N]:
        """The page furniture children."""
        return self._kids(NodeType.FURNITURE)

    @property
    def paragraphs(self) -> List[_N]:
        """The paragraph children (of an article, in order)."""
        return self._kids(NodeType.PARAGRAPH)

    @property
    def kicker(self) -> Optional[_N]:
        """An article's first kicker (引题), or ``None``."""
        return self._first(NodeType.KICKER)

    @property
    def headline(self) -> Optional[_N]:
        """An article's first headline (主题), or ``None`` (an article
        continued from another page has none)."""
        return self._first(NodeType.HEADLINE)

    @property
    def subheadline(self) -> Optional[_N]:
        """An article's first subheadline (副题), or ``None``."""
        return self._first(NodeType.SUBHEADLINE)

    @property
    def byline(self) -> Optional[_N]:
        """An article's first byline, or ``None``."""
        return self._first(NodeType.BYLINE)

    @property
    def caption(self) -> Optional[_N]:
        """A figure's caption, or ``None``."""
        return self._first(NodeType.CAPTION)

    def __reduce__(self) -> Tuple[Callable[[str], "NodeSnapshot"], Tuple[str]]:
        return restore, (self.to_json(compact=True),)

    def to_json(self, *, compact: bool = False) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def walk(self) -> Iterator[Tuple[str, _N]]:
        """Yield ``("enter", node)`` and ``("exit", node)`` for this node and
        every descendant, in document order (the order of the C event
        callback and of ``np_iter``)."""
        me = cast(_N, self)  # a family's nodes are all of its class
        stack: List[Tuple[_N, Iterator[_N]]] = [(me, iter(self.children))]
        yield ENTER, me
        while stack:
            node, kids = stack[-1]
            child = next(kids, None)
            if child is None:
                stack.pop()
                yield EXIT, node
            else:
                yield ENTER, child
                stack.append((child, iter(child.children)))

    def iter(self, *types: TypeSpec) -> Iterator[_N]:
        """Yield this node and its descendants in document order, only those of
        the given types if any are given (``doc.iter("figure")``)."""
        wanted = _norm_types(types)
        for event, node in self.walk():
            if event == ENTER and (not wanted or node.type in wanted):
                yield node

    def _dict(self) -> Dict[str, Any]:
        """The JSON object of this subtree, built in Python with the members
        and rules of the C renderer (render_json.c)."""
        d: Dict[str, Any] = {"type": self.type.value if isinstance(self.type, NodeType) else str(self.type)}
        if self.line:
            d["line"] = self.line
        if self.type not in _NO_TEXT:
            d["text"] = self.text
        if self.replaced:
            d["replaced"] = True
        if self.type is NodeType.CREDIT:
            d["kind"] = self.kind or ""
            d["source"] = self.source or ""
        elif self.type is NodeType.FURNITURE:
            d["kind"] = self.kind or ""
            if self.source:
                d["source"] = self.source
        elif self.type is NodeType.FIGURE and self.src:
            d["src"] = self.src
        if self.spans:
            d["span"] = [list(s) for s in self.spans]
        kids = self.children
        if kids:
            d["children"] = [k._dict() for k in kids]
        return d

    def __repr__(self) -> str:
        parts = ["<%s.%s %s" % (__package__, type(self).__name__, self.type)]
        if self.line:
            parts.append("line=%d" % self.line)
        text = self.text
        if text:
            parts.append("text=%r" % (text if len(text) <= 24 else text[:23] + "\u2026"))
        if self.kind is not None:
            parts.append("kind=%r source=%r" % (self.kind, self.source))
        n = len(self.children)
        if n:
            parts.append("children=%d" % n)
        return " ".join(parts) + ">"


class _Tree:
    """Owns one C document; frees it when the last node using it is gone."""

    __slots__ = ("ptr", "_free")

    def __init__(self, ptr: int) -> None:
        self.ptr: Optional[int] = ptr
        self._free = _C.np_document_free  # bound now: module globals may be gone at exit

    def __del__(self) -> None:
        ptr, self.ptr = self.ptr, None
        if ptr:
            self._free(ptr)


_FORMATS = {
    "json": _lib.NP_FORMAT_JSON,
    "outline": _lib.NP_FORMAT_OUTLINE,
    "html": _lib.NP_FORMAT_HTML,
    "markdown": _lib.NP_FORMAT_MARKDOWN,
    "text": _lib.NP_FORMAT_TEXT,
}


def _check_width(width: object, allow_default: bool) -> None:
    """One check and one message for a bad width, from render() and to_text()
    alike (0 asks render() for the default, 72)."""
    if (not isinstance(width, int) or isinstance(width, bool) or width > 0x7FFFFFFF
            or width < (0 if allow_default else 1)):
        raise ValueError("width must be a positive int of display columns (at most 2147483647), "
                         "not %r" % (width,))


def _render(ptr: int, fmt: str, flags: int, width: int, stylesheet: Optional[str] = None) -> str:
    try:
        code = _FORMATS[fmt]
    except KeyError:
        raise ValueError("unknown format %r (one of %s)" % (fmt, ", ".join(_FORMATS))) from None
    _check_width(width, allow_default=True)
    opts = _lib.np_render_options()
    _C.np_render_options_init(byref(opts))
    opts.flags = flags
    opts.width = width
    if stylesheet is not None:
        opts.stylesheet = stylesheet.encode("utf-8")
    out = c_void_p()
    n = c_size_t()
    status = _C.np_render_string(ptr, code, byref(opts), byref(out), byref(n))
    try:
        if status != _lib.NP_OK:
            if status == _lib.NP_ERR_ARGUMENT:
                raise UnsupportedFormatError(
                    "libnewsparse %s cannot render %s: np_render_string returned "
                    "NP_ERR_ARGUMENT (%s)" % (_lib.version_string(), fmt, _lib.status_string(status)),
                    status=status,
                )
            raise error_for(status)
        if not out.value:
            return ""
        return ctypes.string_at(out.value, n.value).decode("utf-8", "replace")
    finally:
        if out.value:
            _C.np_free(out)


def _wrap(tree: _Tree, ptr: int) -> "Node":
    if _C.np_node_get_type(ptr) == _lib.NP_NODE_DOCUMENT:
        return Document(tree, ptr)
    return Node(tree, ptr)


class Node(BaseNode["Node"]):
    """A node of a parsed page, read from the C tree on each access.

    Nodes are created on demand: two ``Node`` objects for the same C node
    compare equal (``==``) and hash alike, but need not be the same object.
    A node keeps its whole tree alive, so it stays valid after the
    :class:`Document` it came from has been dropped.

    Walking a large tree node by node costs several ctypes calls per node;
    for bulk work :meth:`to_dict` (rendered in C, parsed by :mod:`json`) is
    much faster.
    """

    __slots__ = ("_tree", "_ptr")

    def __init__(self, tree: _Tree, ptr: int) -> None:
        self._tree = tree
        self._ptr = ptr

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Node):
            return self._ptr == other._ptr and self._tree is other._tree
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self) -> int:
        return hash((id(self._tree), self._ptr))

    # --- attributes ------------------------------------------------------

    @property
    def type(self) -> NodeType:  # type: ignore[override]
        """The node's :class:`NodeType`."""
        return _TYPE_BY_INT[_C.np_node_get_type(self._ptr)]

    @property
    def text(self) -> str:  # type: ignore[override]
        """The node's text (``""`` for the document, articles and figures)."""
        return _c_text(self._ptr)

    @property
    def line(self) -> int:  # type: ignore[override]
        """1-based source line where the node's text starts (an article: its
        first line); 0 for the document and for authors."""
        return int(_C.np_node_get_line(self._ptr))

    @property
    def page(self) -> Optional[int]:
        """In an issue (:func:`parse_issue`): the page the node stands on;
        None for a node of a single page."""
        return int(_C.np_node_get_page(self._ptr)) or None

    @property
    def continues_to(self) -> Optional[Dict[str, Any]]:
        """For an article closed by a jump line (（下转第四版）): {"number": 4}
        (with "label" when printed with a letter or leading zero); else None."""
        return _page_ref(_C.np_article_get_continues_to(self._ptr))

    @property
    def continued_from(self) -> Optional[Dict[str, Any]]:
        """For an article opened by a jump line (（上接A01版）): {"number": 1,
        "label": "A01"}; else None."""
        return _page_ref(_C.np_article_get_continued_from(self._ptr))

    @property
    def spans(self) -> Tuple[Span, ...]:  # type: ignore[override]
        """The node's source spans (see :class:`Span`): one for each line its
        text was taken from, in order; one for an article, a figure and the
        document."""
        return _c_spans(self._ptr)

    @property
    def kind(self) -> Optional[str]:  # type: ignore[override]
        """For a credit: ``"photographer"``, ``"provided"`` or ``"data"``; for
        page furniture its kind (``"page_number"``, ``"jump_to"``...);
        ``None`` for other nodes."""
        return _c_kind_source(self._ptr, _C.np_node_get_type(self._ptr))[0]

    @property
    def source(self) -> Optional[str]:  # type: ignore[override]
        """For a credit: who took or provided the picture or data (several
        people joined with ``、``); for a jump line: the page it points to;
        ``None`` for other nodes."""
        return _c_kind_source(self._ptr, _C.np_node_get_type(self._ptr))[1]

    @property
    def src(self) -> Optional[str]:  # type: ignore[override]
        """For a figure marked by a Markdown image line: the picture's path;
        ``None`` otherwise."""
        return _c_src(self._ptr)

    @property
    def replaced(self) -> bool:  # type: ignore[override]
        """True if the text holds U+FFFD for invalid input bytes."""
        return bool(_C.np_node_get_flags(self._ptr) & _lib.NP_NODE_FLAG_REPLACED)

    @property
    def children(self) -> List["Node"]:
        """The child nodes, in order (a new list on each access)."""
        out: List[Node] = []
        tree = self._tree
        p = _C.np_node_first_child(self._ptr)
        while p:
            out.append(Node(tree, p))  # children are never the document
            p = _C.np_node_next(p)
        return out

    def __len__(self) -> int:
        n = 0
        p = _C.np_node_first_child(self._ptr)
        while p:
            n += 1
            p = _C.np_node_next(p)
        return n

    @property
    def parent(self) -> Optional["Node"]:
        """The parent node; ``None`` for the document."""
        p = _C.np_node_parent(self._ptr)
        return _wrap(self._tree, p) if p else None

    @property
    def next_sibling(self) -> Optional["Node"]:
        """The next sibling, or ``None``."""
        p = _C.np_node_next(self._ptr)
        return Node(self._tree, p) if p else None

    @property
    def previous_sibling(self) -> Optional["Node"]:
        """The previous sibling, or ``None``."""
        p = _C.np_node_previous(self._ptr)
        return Node(self._tree, p) if p else None

    @property
    def document(self) -> "Document":
        """The document this node belongs to."""
        p = self._ptr
        while True:
            up = _C.np_node_parent(p)
            if not up:
                return Document(self._tree, p)
            p = up

    def walk(self) -> Iterator[Tuple[str, "Node"]]:
        """Yield ``("enter", node)`` and ``("exit", node)`` for this node and
        every descendant in document order, walked in C with ``np_iter``.
        The same object is yielded for a node's enter and exit."""
        it = _lib.np_iter()
        ref = byref(it)
        _C.np_iter_init(ref, self._ptr)
        tree = self._tree
        open_nodes: Dict[int, Node] = {}
        while True:
            ev = _C.np_iter_next(ref)
            if ev == _lib.NP_EVENT_ENTER:
                p = _C.np_iter_get_node(ref)
                node = _wrap(tree, p)
                open_nodes[p] = node
                yield ENTER, node
            elif ev == _lib.NP_EVENT_EXIT:
                p = _C.np_iter_get_node(ref)
                node = open_nodes.pop(p) if p in open_nodes else _wrap(tree, p)
                yield EXIT, node
            else:
                return

    # --- output ----------------------------------------------------------

    def render(self, format: str = "json", *, compact: bool = False, fragment: bool = False,
               furniture: bool = False, width: int = 0, stylesheet: Optional[str] = None) -> str:
        """Render this subtree with the C renderer (``np_render_string``).

        Args:
            format: ``"json"``, ``"outline"``, ``"html"``, ``"markdown"`` or ``"text"``.
            compact: JSON on one line (NP_RENDER_COMPACT).
            fragment: HTML without the document wrapper (NP_RENDER_FRAGMENT).
            furniture: include page furniture (NP_RENDER_FURNITURE; JSON always does).
            width: text width in display columns, CJK counting two; 0 = 72.
            stylesheet: HTML documents: None = the built-in style, ``""`` = no
                style, otherwise the URL of a stylesheet to link instead.

        Raises:
            UnsupportedFormatError: the loaded library cannot render ``format``.
        """
        flags = ((_lib.NP_RENDER_COMPACT if compact else 0)
                 | (_lib.NP_RENDER_FRAGMENT if fragment else 0)
                 | (_lib.NP_RENDER_FURNITURE if furniture else 0))
        return _render(self._ptr, format, flags, width, stylesheet)

    def to_json(self, *, compact: bool = False) -> str:
        """The newsparse-json/1 text of this subtree, rendered in C: for the
        document it is byte for byte what ``newsparse --format json`` prints
        for the same page (pretty, with a final newline; ``compact=True``
        gives one line without a newline)."""
        return self.render("json", compact=compact)

    def to_dict(self) -> Dict[str, Any]:
        """This subtree as plain dicts and lists: ``json.loads(self.to_json())``.

        Rendered in C and parsed by :mod:`json`, this is the fast way to get
        at a whole tree."""
        d: Dict[str, Any] = json.loads(self.render("json", compact=True))
        return d

    def to_outline(self) -> str:
        """An indented tree for people (NP_FORMAT_OUTLINE)."""
        return self.render("outline")

    def to_html(self, *, fragment: bool = False, furniture: bool = False,
                stylesheet: Optional[str] = None) -> str:
        """HTML5 (NP_FORMAT_HTML); ``fragment=True`` leaves out the
        ``<!DOCTYPE>``/``<html>``/``<body>`` wrapper.  ``stylesheet``: None =
        the built-in ``<style>``, ``""`` = none, else a URL to ``<link>``.

        Raises:
            UnsupportedFormatError: the loaded library has no HTML renderer.
        """
        return self.render("html", fragment=fragment, furniture=furniture, stylesheet=stylesheet)

    def to_markdown(self, *, furniture: bool = False) -> str:
        """CommonMark (NP_FORMAT_MARKDOWN).

        Raises:
            UnsupportedFormatError: the loaded library has no Markdown renderer.
        """
        return self.render("markdown", furniture=furniture)

    def to_text(self, width: int = 72, *, furniture: bool = False) -> str:
        """Plain text wrapped at ``width`` display columns, CJK characters
        counting two (NP_FORMAT_TEXT).

        Raises:
            UnsupportedFormatError: the loaded library has no text renderer.
        """
        _check_width(width, allow_default=False)
        return self.render("text", width=width, furniture=furniture)


def _page_record(page: int) -> Optional[Dict[str, Any]]:
    """A C np_page as a dict with the members of the JSON "page" (values
    not printed left out)."""
    if not page:
        return None
    out: Dict[str, Any] = {}
    for key in ("paper", "date", "weekday", "number", "label", "name"):
        v = getattr(_C, "np_page_get_" + key)(page)
        if v:
            out[key] = v if key == "number" else v.decode("utf-8")
    editors = []
    for i in range(_C.np_page_get_editor_count(page)):
        names = [_C.np_page_get_editor_name(page, i, j).decode("utf-8")
                 for j in range(_C.np_page_get_editor_name_count(page, i))]
        editors.append({"role": _C.np_page_get_editor_role(page, i).decode("utf-8"), "names": names})
    if editors:
        out["editors"] = editors
    return out


def _page_ref(ref: Any) -> Optional[Dict[str, Any]]:
    if not ref.number:
        return None
    out: Dict[str, Any] = {"number": int(ref.number)}
    if ref.label:
        out["label"] = ref.label.decode("ascii")
    return out


_LINK_STATUS = ("joined", "ambiguous", "unmatched")


class Document(Node):
    """The root of a parsed page (type ``document``).

    Its children are the articles in page order, then figures that belong to
    no article (photo news) and page-level credits; page furniture (page
    numbers, dates, editor lines, jump lines) appears as ``furniture`` nodes.
    """

    __slots__ = ()


    @property
    def page(self) -> Optional[Dict[str, Any]]:  # type: ignore[override]
        """The page record, as the JSON "page": {"paper", "date" (ISO 8601),
        "weekday", "number", "label", "name", "editors": [{"role", "names"}]},
        only what the page prints; None for an issue (see :attr:`pages`)."""
        return _page_record(_C.np_document_get_page(self._ptr))

    @property
    def pages(self) -> List[Dict[str, Any]]:
        """An issue's page records in page order, each with its "page" key
        (printed number, or position where none is printed); [] for a page."""
        out = []
        for i in range(_C.np_issue_get_page_count(self._ptr)):
            rec = {"page": int(_C.np_issue_get_page_key(self._ptr, i))}
            rec.update(_page_record(_C.np_issue_get_page(self._ptr, i)) or {})
            out.append(rec)
        return out

    @property
    def links(self) -> List[Dict[str, Any]]:
        """An issue's jumps: {"status": "joined" | "ambiguous" | "unmatched",
        "from": {"page", "line"}, "to": {"page", "line"?}, "candidates"}."""
        out = []
        for i in range(_C.np_issue_get_link_count(self._ptr)):
            l = _C.np_issue_get_link(self._ptr, i).contents
            to = {"page": int(l.to_page)}
            if l.to_line:
                to["line"] = int(l.to_line)
            out.append({"status": _LINK_STATUS[l.status], "from": {"page": int(l.from_page), "line": int(l.from_line)},
                        "to": to, "candidates": int(l.candidates)})
        return out


class NodeSnapshot(BaseNode["NodeSnapshot"]):
    """A plain Python copy of a node, made in the parser's event callback.

    Yielded by :meth:`Parser.events` and :func:`iterparse`.  The scalar
    attributes are copied from the C node when it is entered and refreshed
    when it is exited; ``children`` grows as the children's events arrive, so
    a node is complete once its ``"exit"`` event has been seen.  Snapshots
    never touch C memory, so they stay valid after the C nodes are freed.

    With ``keep_tree=False`` the document snapshot does not collect its
    top-level children (that would hold the whole page in memory); the
    top-level nodes still have it as their ``parent``.

    :meth:`to_dict` and :meth:`to_json` are built in Python with the same
    members and layout as the C JSON renderer.
    """

    __slots__ = ("type", "text", "line", "kind", "source", "replaced", "src", "spans", "_children", "_parent", "_ptr")

    def __init__(self, type: NodeType, text: str = "", line: int = 0, kind: Optional[str] = None,
                 source: Optional[str] = None, replaced: bool = False,
                 parent: Optional["NodeSnapshot"] = None, src: Optional[str] = None) -> None:
        self.type = type
        self.text = text
        self.line = line
        self.kind = kind
        self.source = source
        self.replaced = replaced
        self.src = src
        self.spans: Tuple[Span, ...] = ()
        self._children: List[NodeSnapshot] = []
        self._parent = parent
        self._ptr = 0

    @classmethod
    def _from_c(cls, ptr: int) -> "NodeSnapshot":
        s = cls(NodeType.DOCUMENT)
        s._ptr = ptr
        s._refresh()
        return s

    def _refresh(self) -> None:
        p = self._ptr
        ctype = _C.np_node_get_type(p)
        self.type = _TYPE_BY_INT[ctype]
        self.text = _c_text(p)
        self.line = int(_C.np_node_get_line(p))
        self.kind, self.source = _c_kind_source(p, ctype)
        self.replaced = bool(_C.np_node_get_flags(p) & _lib.NP_NODE_FLAG_REPLACED)
        self.src = _c_src(p)
        self.spans = _c_spans(p)

    @property
    def children(self) -> List["NodeSnapshot"]:
        """The children seen so far (complete once this node has exited)."""
        return self._children

    @property
    def parent(self) -> Optional["NodeSnapshot"]:
        """The parent snapshot, or ``None`` for the root."""
        return self._parent

    def to_dict(self) -> Dict[str, Any]:
        """This subtree as the dicts of the JSON contract (built in Python)."""
        return self._dict()

    def to_json(self, *, compact: bool = False) -> str:
        """This subtree as newsparse-json/1 text, laid out like the C renderer
        (``indent=2`` and a final newline, or one line when ``compact``)."""
        if compact:
            text = json.dumps(self._dict(), ensure_ascii=False, separators=(",", ":"))
        else:
            text = json.dumps(self._dict(), ensure_ascii=False, indent=2) + "\n"
        # as the C renderer: DEL, C1 and bidi controls as \uXXXX (they occur
        # only inside strings, so the substitution cannot touch the layout)
        return _UNSAFE_JSON.sub(lambda m: "\\u%04x" % ord(m.group()), text)


# ---------------------------------------------------------------------------
# Unpickling: a node travels as the compact JSON of its subtree (rendered in
# C for a Node, so it is also smaller than a pickled object graph) and comes
# back as a NodeSnapshot tree.

# The members NodeSnapshot keeps as attributes; any other member of the JSON
# (one a newer library adds) is kept as it was and written back in place.
_KNOWN = frozenset(("type", "line", "text", "replaced", "kind", "source", "src", "children"))


class _Restored(NodeSnapshot):
    """A NodeSnapshot that also keeps the JSON members it has no attribute
    for, and the order of the members, so that to_dict() and to_json() give
    back exactly what was pickled."""

    __slots__ = ("_extra", "_order")
    _extra: Dict[str, Any]
    _order: List[str]

    def _dict(self) -> Dict[str, Any]:
        d = super()._dict()
        d.update(self._extra)
        return {k: d[k] for k in self._order if k in d}


def _build(d: Dict[str, Any], parent: Optional[NodeSnapshot]) -> NodeSnapshot:
    node = _Restored(NodeType(d["type"]), d.get("text", ""), d.get("line", 0), d.get("kind"),
                     d.get("source"), bool(d.get("replaced", False)), parent, d.get("src"))
    node._extra = {k: v for k, v in d.items() if k not in _KNOWN}
    node._order = list(d)
    kids: List[NodeSnapshot] = node._children
    for c in d.get("children", ()):
        kids.append(_build(c, node))
    return node


def restore(text: str) -> NodeSnapshot:
    """The snapshot tree of a pickled node (its compact JSON)."""
    return _build(json.loads(text), None)


#: What the C JSON renderer escapes beyond json.dumps(ensure_ascii=False).
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


__all__ = ["ENTER", "EXIT", "NodeType", "BaseNode", "Node", "Document", "NodeSnapshot", "Span"]
