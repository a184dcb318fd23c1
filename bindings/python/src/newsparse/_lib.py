"""Finding, loading and declaring the C library (libnewsparse) through ctypes.

Nothing here is public API.  The library is looked up, in this order:

1. the environment variable ``NEWSPARSE_LIBRARY`` (the full path of the
   shared library; if it is set and cannot be loaded, import fails);
2. a copy next to this package (``newsparse/libnewsparse.so.0``), which
   ``pip install ./bindings/python`` bundles by default;
3. the path recorded in ``newsparse/_where.py`` when the wheel was built
   with ``--config-settings bundle-library=no``;
4. the CMake build trees of a source checkout: walking up from this
   package's directory to the repository root, every ``build*/`` directory
   (most recently built first), for ``PYTHONPATH=bindings/python/src``;
5. ``pkg-config --variable=libdir newsparse``;
6. ``ctypes.util.find_library("newsparse")`` (the dynamic linker's cache).

The versioned soname (``libnewsparse.so.0`` on Linux) is preferred; the
major version reported by ``np_version()`` must equal :data:`EXPECTED_MAJOR`.
"""

from __future__ import annotations

import ctypes
import os
import sys
from ctypes import (
    CFUNCTYPE,
    POINTER,
    Structure,
    c_char,
    c_char_p,
    c_int,
    c_size_t,
    c_uint,
    c_ubyte,
    c_uint64,
    c_void_p,
)
from typing import Iterator, List, Optional, Tuple

from . import _find

#: The major version of the C API this binding was written for (NP_VERSION_MAJOR).
EXPECTED_MAJOR = 0

_HERE = os.path.dirname(os.path.abspath(__file__))

_SONAMES = _find.SONAMES

# ----------------------------------------------------------------------------
# C declarations (mirror include/newsparse.h)
# ----------------------------------------------------------------------------

# np_status
NP_OK = 0
NP_ERR_NOMEM = 1
NP_ERR_UTF8 = 2
NP_ERR_NUL = 3
NP_ERR_LIMIT_LINE = 4
NP_ERR_LIMIT_INPUT = 5
NP_ERR_LIMIT_NODES = 6
NP_ERR_STATE = 7
NP_ERR_ARGUMENT = 8
NP_ERR_CALLBACK = 9
NP_ERR_ENCODING = 10

# np_event_type
NP_EVENT_NONE = 0
NP_EVENT_DONE = 1
NP_EVENT_ENTER = 2
NP_EVENT_EXIT = 3

# np_node_type
NP_NODE_DOCUMENT = 1
NP_NODE_BYLINE = 6
NP_NODE_AUTHOR = 7
NP_NODE_CREDIT = 12
NP_NODE_FURNITURE = 13
NP_NODE_TYPE_COUNT = 14

# options and render flags
NP_OPT_NO_TREE = 1
NP_OPT_REPLACE_INVALID = 2
NP_RENDER_COMPACT = 1
NP_RENDER_FRAGMENT = 2
NP_RENDER_FURNITURE = 4

# np_format
NP_FORMAT_JSON = 0
NP_FORMAT_OUTLINE = 1
NP_FORMAT_HTML = 2
NP_FORMAT_MARKDOWN = 3
NP_FORMAT_TEXT = 4

NP_NODE_FLAG_REPLACED = 1

# np_parser_set_window: the blocks a decision may wait for
NP_DEFAULT_WINDOW = 16
NP_MAX_WINDOW = 64

#: int (*np_event_fn)(np_event_type, const np_node *, void *)
EVENT_FN = CFUNCTYPE(c_int, c_int, c_void_p, c_void_p)


class np_error(Structure):
    _fields_ = [
        ("status", c_int),
        ("line", c_size_t),
        ("offset", c_uint64),
        ("message", c_char * 160),
        # appended in 0.1 (issue 16): the older fields keep their offsets
        ("column", c_size_t),
        ("bytes", c_ubyte * 4),
        ("byte_count", c_ubyte),
    ]


class np_options(Structure):
    _fields_ = [
        ("flags", c_uint),
        ("on_event", EVENT_FN),
        ("userdata", c_void_p),
        ("allocator", c_void_p),
        ("max_line_bytes", c_size_t),
        ("max_input_bytes", c_uint64),
        ("max_nodes", c_size_t),
        ("on_trace", c_void_p),
        ("trace_userdata", c_void_p),
    ]


class np_render_options(Structure):
    _fields_ = [("flags", c_uint), ("width", c_int), ("stylesheet", c_char_p)]


class np_span(Structure):
    _fields_ = [
        ("start_line", c_size_t),
        ("end_line", c_size_t),
        ("start_offset", c_uint64),
        ("end_offset", c_uint64),
    ]


class np_iter(Structure):
    _fields_ = [("_root", c_void_p), ("_node", c_void_p), ("_event", c_int)]


class np_page_ref(Structure):
    _fields_ = [("number", c_uint), ("label", ctypes.c_char * 8)]


class np_link(Structure):
    _fields_ = [("status", c_int), ("from_page", c_uint), ("from_line", c_size_t),
                ("to_page", c_uint), ("to_line", c_size_t), ("candidates", c_size_t)]


# (name, restype, argtypes)
_PROTOTYPES: List[Tuple[str, object, List[object]]] = [
    ("np_version", c_int, []),
    ("np_version_string", c_char_p, []),
    ("np_status_string", c_char_p, [c_int]),
    ("np_free", None, [c_void_p]),
    ("np_node_get_type", c_int, [c_void_p]),
    ("np_node_type_name", c_char_p, [c_int]),
    ("np_node_get_text", c_void_p, [c_void_p]),
    ("np_node_get_text_len", c_size_t, [c_void_p]),
    ("np_node_get_line", c_size_t, [c_void_p]),
    ("np_node_parent", c_void_p, [c_void_p]),
    ("np_node_first_child", c_void_p, [c_void_p]),
    ("np_node_last_child", c_void_p, [c_void_p]),
    ("np_node_next", c_void_p, [c_void_p]),
    ("np_node_previous", c_void_p, [c_void_p]),
    ("np_node_get_credit_kind", c_int, [c_void_p]),
    ("np_credit_kind_name", c_char_p, [c_int]),
    ("np_node_get_furniture_kind", c_int, [c_void_p]),
    ("np_furniture_kind_name", c_char_p, [c_int]),
    ("np_node_get_source", c_char_p, [c_void_p]),
    ("np_node_get_src", c_char_p, [c_void_p]),
    ("np_node_get_flags", c_uint, [c_void_p]),
    ("np_node_span_count", c_size_t, [c_void_p]),
    ("np_node_span", c_int, [c_void_p, c_size_t, POINTER(np_span)]),
    ("np_document_free", None, [c_void_p]),
    ("np_iter_init", None, [POINTER(np_iter), c_void_p]),
    ("np_iter_next", c_int, [POINTER(np_iter)]),
    ("np_iter_get_node", c_void_p, [POINTER(np_iter)]),
    ("np_iter_get_event", c_int, [POINTER(np_iter)]),
    ("np_options_init", None, [POINTER(np_options)]),
    ("np_parser_new", c_void_p, [POINTER(np_options)]),
    ("np_parser_set_window", c_int, [c_void_p, c_size_t]),
    ("np_parser_feed", c_int, [c_void_p, c_char_p, c_size_t]),
    ("np_parser_finish", c_int, [c_void_p, POINTER(c_void_p)]),
    ("np_parser_error", POINTER(np_error), [c_void_p]),
    ("np_parser_free", None, [c_void_p]),
    ("np_parse", c_int, [c_char_p, c_size_t, POINTER(np_options), POINTER(c_void_p), POINTER(np_error)]),
    ("np_render_options_init", None, [POINTER(np_render_options)]),
    ("np_render_string", c_int, [c_void_p, c_int, POINTER(np_render_options), POINTER(c_void_p), POINTER(c_size_t)]),
    ("np_format_name", c_char_p, [c_int]),
    ("np_detect_encoding", c_char_p, [c_char_p, c_size_t]),
    ("np_convert_to_utf8", c_int, [c_char_p, c_char_p, c_size_t, POINTER(c_void_p), POINTER(c_size_t)]),
    ("np_document_get_page", c_void_p, [c_void_p]),
    ("np_page_get_paper", c_char_p, [c_void_p]),
    ("np_page_get_date", c_char_p, [c_void_p]),
    ("np_page_get_weekday", c_char_p, [c_void_p]),
    ("np_page_get_number", c_uint, [c_void_p]),
    ("np_page_get_label", c_char_p, [c_void_p]),
    ("np_page_get_name", c_char_p, [c_void_p]),
    ("np_page_get_editor_count", c_size_t, [c_void_p]),
    ("np_page_get_editor_role", c_char_p, [c_void_p, c_size_t]),
    ("np_page_get_editor_name_count", c_size_t, [c_void_p, c_size_t]),
    ("np_page_get_editor_name", c_char_p, [c_void_p, c_size_t, c_size_t]),
    ("np_article_get_continues_to", np_page_ref, [c_void_p]),
    ("np_article_get_continued_from", np_page_ref, [c_void_p]),
    ("np_node_get_page", c_uint, [c_void_p]),
    ("np_issue", c_int, [POINTER(c_void_p), c_size_t, POINTER(c_void_p)]),
    ("np_issue_get_page_count", c_size_t, [c_void_p]),
    ("np_issue_get_page", c_void_p, [c_void_p, c_size_t]),
    ("np_issue_get_page_key", c_uint, [c_void_p, c_size_t]),
    ("np_issue_get_link_count", c_size_t, [c_void_p]),
    ("np_issue_get_link", POINTER(np_link), [c_void_p, c_size_t]),
]


def _declare(lib: ctypes.CDLL) -> None:
    missing = []
    for name, restype, argtypes in _PROTOTYPES:
        try:
            fn = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            continue
        fn.restype = restype
        fn.argtypes = argtypes
    if missing:
        raise OSError("the library does not export: " + ", ".join(missing))


# ----------------------------------------------------------------------------
# Lookup
# ----------------------------------------------------------------------------


def _recorded() -> Optional[str]:
    """The library path written into _where.py by the wheel build, if any."""
    try:
        from . import _where  # type: ignore[attr-defined]
    except ImportError:
        return None
    path = getattr(_where, "LIBRARY", None)
    return path if isinstance(path, str) and path else None


def candidates() -> Iterator[Tuple[str, str]]:
    """(how it was found, path or name) in lookup order, env var excluded;
    lazy, so that pkg-config runs only when nothing before it was usable."""
    bundled = _find.in_dir(_HERE)
    if bundled:
        yield "next to the package", bundled
    recorded = _recorded()
    if recorded:
        yield "recorded at install", recorded
    for p in _find.build_tree(os.path.dirname(_HERE)):
        yield "build tree", p
    found = _find.pkg_config()
    if found:
        yield "pkg-config", found
    name = _find.system()
    if name:
        yield "find_library", name


def _missing_runtime(path: str) -> Optional[str]:
    """The sanitizer runtime path needs and the process lacks, if any."""
    needed = _find.sanitizer_runtimes(path)
    if not needed:
        return None
    try:
        with open("/proc/self/maps") as f:
            maps = f.read()
    except OSError:
        return None
    for rt in needed:
        if rt not in maps:
            return rt
    return None


def _open(path: str) -> ctypes.CDLL:
    rt = _missing_runtime(path)
    if rt:
        raise OSError("built with a sanitizer: load it with %s preloaded (LD_PRELOAD=$(cc "
                      "-print-file-name=%s))" % (rt, rt))
    lib = ctypes.CDLL(path)
    _declare(lib)
    version = lib.np_version()
    major = (version >> 16) & 0xFF
    if major != EXPECTED_MAJOR:
        vs = lib.np_version_string()
        raise _VersionMismatch(
            "%s is libnewsparse %s (major version %d), but this binding needs major "
            "version %d" % (path, vs.decode("ascii", "replace") if vs else "?", major, EXPECTED_MAJOR)
        )
    return lib


class _VersionMismatch(Exception):
    pass


def load() -> Tuple[ctypes.CDLL, str]:
    """Load the library; raise ImportError saying what was tried."""
    env = os.environ.get("NEWSPARSE_LIBRARY")
    if env:
        try:
            return _open(env), env
        except (OSError, _VersionMismatch) as e:
            raise ImportError(
                "newsparse: cannot use the library named by NEWSPARSE_LIBRARY=%s: %s" % (env, e)
            ) from None
    tried: List[str] = []
    mismatch: Optional[str] = None
    for how, path in candidates():
        try:
            return _open(path), path
        except _VersionMismatch as e:
            mismatch = mismatch or str(e)
            tried.append("%s (%s): %s" % (path, how, e))
        except OSError as e:
            tried.append("%s (%s): %s" % (path, how, e))
    if mismatch:
        raise ImportError("newsparse: incompatible C library: " + mismatch)
    msg = "newsparse: cannot find the C library libnewsparse (%s)." % _SONAMES[0]
    if tried:
        msg += " Tried:\n  " + "\n  ".join(tried)
    msg += (
        "\nBuild it with `cmake -B build && cmake --build build` in the source tree, "
        "then `pip install ./bindings/python` (which bundles it), or set NEWSPARSE_LIBRARY "
        "to the full path of %s, or install it where pkg-config or the dynamic linker "
        "finds it." % _SONAMES[0]
    )
    raise ImportError(msg)


lib, path = load()


def status_string(status: int) -> str:
    s: Optional[bytes] = lib.np_status_string(status)
    return s.decode("utf-8", "replace") if s else "unknown status %d" % status


def version_string() -> str:
    s: Optional[bytes] = lib.np_version_string()
    return s.decode("ascii", "replace") if s else ""
