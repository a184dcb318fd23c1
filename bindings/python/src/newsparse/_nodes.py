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
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

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
    _name = _C.np_node_type_name(_i)
    try:
        _TYPE_BY_INT[_i] = NodeType(_name.decode("ascii")) if _name else _HEADER_ORDER[_i]  # type: ignore[assignment]
    except (ValueError, UnicodeDecodeError):
        _TYPE_BY_INT[_i] = _HEADER_ORDER[_i]  # type: ignore[assignment]
del _i, _name

# Types that the JSON output gives no "text" member (render_json.c: has_text).
_NO_TEXT = frozenset((NodeType.DOCUMENT, NodeType.ARTICLE, NodeType.FIGURE))

TypeSpec = Union[NodeType, str]


def _norm_types(types: Iterable[TypeSpec]) -> frozenset:
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


class BaseNode:
    """The interface shared by :class:`Node` (a view of the C tree) and
    :class:`NodeSnapshot` (a Python copy).

    Every node has ``type`` (:class:`NodeType`), ``text`` (``""`` for the
    document, articles and figures), ``line`` (1-based source line where the
    text starts; 0 for the document and for authors), ``kind`` and
    ``source`` (credits and page furniture; ``None`` on other nodes),
    ``children`` (a list), ``parent`` (``None`` for the root) and
    ``replaced`` (True when the text holds U+FFFD for invalid input).
    Iterating over a node iterates over its children.
    """

    __slots__ = ()

    # Provided by subclasses (as properties or slots):
    type: NodeType
    text: str
    line: int
    kind: Optional[str]
    source: Optional[str]
    replaced: bool

    @property
    def children(self) -> List["BaseNode"]:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def parent(self) -> Optional["BaseNode"]:  # pragma: no cover - overridden
        raise NotImplementedError

    def __iter__(self) -> Iterator["BaseNode"]:
        return iter(self.children)

    def __len__(self) -> int:
        return len(self.children)

    def __bool__(self) -> bool:  # a leaf is still a node, not "empty"
        return True

    def __getitem__(self, index: int) -> "BaseNode":
        return self.children[index]

    @property
    def authors(self) -> List[str]:
        """For a byline: the names of its authors, in order; ``[]`` otherwise."""
        if self.type is not NodeType.BYLINE:
            return []
        return [c.text for c in self.children if c.type is NodeType.AUTHOR]

    @property
    def articles(self) -> List["BaseNode"]:
        """The article children of this node (for the document: its articles in page order)."""
        return [c for c in self.children if c.type is NodeType.ARTICLE]

    def walk(self) -> Iterator[Tuple[str, "BaseNode"]]:
        """Yield ``("enter", node)`` and ``("exit", node)`` for this node and
        every descendant, in document order (the order of the C event
        callback and of ``np_iter``)."""
        stack: List[Tuple[BaseNode, Iterator[BaseNode]]] = [(self, iter(self.children))]
        yield ENTER, self
        while stack:
            node, kids = stack[-1]
            child = next(kids, None)
            if child is None:
                stack.pop()
                yield EXIT, node
            else:
                yield ENTER, child
                stack.append((child, iter(child.children)))

    def iter(self, *types: TypeSpec) -> Iterator["BaseNode"]:
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
        self.ptr = ptr
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


def _render(ptr: int, fmt: str, flags: int, width: int) -> str:
    try:
        code = _FORMATS[fmt]
    except KeyError:
        raise ValueError("unknown format %r (one of %s)" % (fmt, ", ".join(_FORMATS))) from None
    _check_width(width, allow_default=True)
    opts = _lib.np_render_options()
    _C.np_render_options_init(byref(opts))
    opts.flags = flags
    opts.width = width
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


class Node(BaseNode):
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
    def replaced(self) -> bool:  # type: ignore[override]
        """True if the text holds U+FFFD for invalid input bytes."""
        return bool(_C.np_node_get_flags(self._ptr) & _lib.NP_NODE_FLAG_REPLACED)

    @property
    def children(self) -> List["BaseNode"]:
        """The child nodes, in order (a new list on each access)."""
        out: List[BaseNode] = []
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

    def walk(self) -> Iterator[Tuple[str, "BaseNode"]]:
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
                node = open_nodes.pop(p, None) or _wrap(tree, p)
                yield EXIT, node
            else:
                return

    # --- output ----------------------------------------------------------

    def render(self, format: str = "json", *, compact: bool = False, fragment: bool = False,
               furniture: bool = False, width: int = 0) -> str:
        """Render this subtree with the C renderer (``np_render_string``).

        Args:
            format: ``"json"``, ``"outline"``, ``"html"``, ``"markdown"`` or ``"text"``.
            compact: JSON on one line (NP_RENDER_COMPACT).
            fragment: HTML without the document wrapper (NP_RENDER_FRAGMENT).
            furniture: include page furniture (NP_RENDER_FURNITURE; JSON always does).
            width: text width in display columns, CJK counting two; 0 = 72.

        Raises:
            UnsupportedFormatError: the loaded library cannot render ``format``.
        """
        flags = ((_lib.NP_RENDER_COMPACT if compact else 0)
                 | (_lib.NP_RENDER_FRAGMENT if fragment else 0)
                 | (_lib.NP_RENDER_FURNITURE if furniture else 0))
        return _render(self._ptr, format, flags, width)

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
        return json.loads(self.render("json", compact=True))

    def to_outline(self) -> str:
        """An indented tree for people (NP_FORMAT_OUTLINE)."""
        return self.render("outline")

    def to_html(self, *, fragment: bool = False, furniture: bool = False) -> str:
        """HTML5 (NP_FORMAT_HTML); ``fragment=True`` leaves out the
        ``<!DOCTYPE>``/``<html>``/``<body>`` wrapper.

        Raises:
            UnsupportedFormatError: the loaded library has no HTML renderer.
        """
        return self.render("html", fragment=fragment, furniture=furniture)

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


class Document(Node):
    """The root of a parsed page (type ``document``).

    Its children are the articles in page order, then figures that belong to
    no article (photo news) and page-level credits; page furniture (page
    numbers, dates, editor lines, jump lines) appears as ``furniture`` nodes.
    """

    __slots__ = ()

    @property
    def figures(self) -> List[BaseNode]:
        """Figures that belong to the page rather than to an article."""
        return [c for c in self.children if c.type is NodeType.FIGURE]

    @property
    def credits(self) -> List[BaseNode]:
        """Credits that belong to the page (``本版图片由…提供``)."""
        return [c for c in self.children if c.type is NodeType.CREDIT]

    @property
    def furniture(self) -> List[BaseNode]:
        """Page furniture nodes directly under the document."""
        return [c for c in self.children if c.type is NodeType.FURNITURE]


class NodeSnapshot(BaseNode):
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

    __slots__ = ("type", "text", "line", "kind", "source", "replaced", "_children", "_parent", "_ptr")

    def __init__(self, type: NodeType, text: str = "", line: int = 0, kind: Optional[str] = None,
                 source: Optional[str] = None, replaced: bool = False,
                 parent: Optional["NodeSnapshot"] = None) -> None:
        self.type = type
        self.text = text
        self.line = line
        self.kind = kind
        self.source = source
        self.replaced = replaced
        self._children: List[BaseNode] = []
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

    @property
    def children(self) -> List[BaseNode]:
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


#: What the C JSON renderer escapes beyond json.dumps(ensure_ascii=False).
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


__all__ = ["ENTER", "EXIT", "NodeType", "BaseNode", "Node", "Document", "NodeSnapshot"]
