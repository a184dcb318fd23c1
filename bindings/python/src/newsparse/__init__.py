"""newsparse: parse the plain text of printed Chinese newspaper pages.

A ctypes binding of the C library libnewsparse (no compiler needed on the
user's side, only the shared library ``libnewsparse.so.0``).

Quick start::

    import newsparse, pathlib

    doc = newsparse.parse(pathlib.Path("page.txt"))   # or parse(text) / parse(raw_bytes)
    for article in doc.articles:
        for node in article:
            print(node.type, node.line, node.text)
    tree = doc.to_dict()          # fast: rendered in C, loaded with json
    print(doc.to_json())          # what `newsparse --format json page.txt` prints
    print(doc.articles[0].headline)   # Optional[Node]: None when it has none

    gb = newsparse.parse(raw_gb18030_bytes)           # detected as the CLI does
    for r in newsparse.parse_files(paths, workers=4): # threads, input order
        print(r.path, r.document.to_dict() if r.ok else r.error)

    with open("page.txt", "rb") as f:                 # streaming
        for event, node in newsparse.iterparse(f):
            if event == "exit" and node.type == "paragraph":
                print(node.text)

See README.md for the full API and which path to use when.
"""

from __future__ import annotations

from . import _lib
from ._errors import (
    ArgumentError,
    CallbackError,
    EncodingError,
    InputTooLongError,
    LimitError,
    LineTooLongError,
    NewsparseError,
    NulByteError,
    OutOfMemoryError,
    StateError,
    Status,
    TooManyNodesError,
    UnsupportedFormatError,
    Utf8Error,
)
from ._nodes import ENTER, EXIT, BaseNode, Document, Node, NodeSnapshot, NodeType, Span
from ._parser import Parser, iterparse, parse, parse_issue
from ._batch import FileResult, parse_files

#: The version of this Python package.
__version__ = "0.1.0"

#: The version of the loaded C library, "MAJOR.MINOR.PATCH".
LIBRARY_VERSION: str = _lib.version_string()

#: The path (or name) the C library was loaded from.
LIBRARY_PATH: str = _lib.path


def library_version() -> str:
    """The version of the loaded C library, e.g. ``"0.1.0"``."""
    return LIBRARY_VERSION


__all__ = [
    "parse_issue",
    "parse",
    "parse_files",
    "FileResult",
    "Parser",
    "iterparse",
    "BaseNode",
    "Node",
    "Document",
    "NodeSnapshot",
    "NodeType",
    "Span",
    "ENTER",
    "EXIT",
    "Status",
    "NewsparseError",
    "OutOfMemoryError",
    "Utf8Error",
    "NulByteError",
    "LimitError",
    "LineTooLongError",
    "InputTooLongError",
    "TooManyNodesError",
    "StateError",
    "ArgumentError",
    "UnsupportedFormatError",
    "CallbackError",
    "EncodingError",
    "LIBRARY_VERSION",
    "LIBRARY_PATH",
    "library_version",
    "__version__",
]
