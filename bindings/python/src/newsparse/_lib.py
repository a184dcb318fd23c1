"""Finding, loading and declaring the C library (libnewsparse) through ctypes.

Nothing here is public API.  The library is looked up, in this order:

1. the environment variable ``NEWSPARSE_LIBRARY`` (the full path of the
   shared library; if it is set and cannot be loaded, import fails);
2. a copy next to this package (``newsparse/libnewsparse.so.0``);
3. the CMake build trees of a source checkout: walking up from this
   package's directory to the repository root, every ``build*/`` directory
   (most recently built first);
4. ``ctypes.util.find_library("newsparse")`` (an installed library).

The versioned soname (``libnewsparse.so.0`` on Linux) is preferred; the
major version reported by ``np_version()`` must equal :data:`EXPECTED_MAJOR`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
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
from typing import List, Optional, Tuple

#: The major version of the C API this binding was written for (NP_VERSION_MAJOR).
EXPECTED_MAJOR = 0

_HERE = os.path.dirname(os.path.abspath(__file__))

if sys.platform == "darwin":
    _SONAMES = ["libnewsparse.0.dylib", "libnewsparse.dylib"]
elif sys.platform == "win32":
    _SONAMES = ["newsparse.dll", "libnewsparse.dll", "libnewsparse-0.dll"]
else:
    _SONAMES = ["libnewsparse.so.0", "libnewsparse.so"]

# Where a CMake build tree may put the library, relative to build*/.
_BUILD_SUBDIRS = ["", "lib", "src", "Release", "Debug", "RelWithDebInfo"]

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
    _fields_ = [("flags", c_uint), ("width", c_int)]


class np_iter(Structure):
    _fields_ = [("_root", c_void_p), ("_node", c_void_p), ("_event", c_int)]


# (name, restype, argtypes)
_PROTOTYPES: List[Tuple[str, object, list]] = [
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
    ("np_node_get_flags", c_uint, [c_void_p]),
    ("np_document_free", None, [c_void_p]),
    ("np_iter_init", None, [POINTER(np_iter), c_void_p]),
    ("np_iter_next", c_int, [POINTER(np_iter)]),
    ("np_iter_get_node", c_void_p, [POINTER(np_iter)]),
    ("np_iter_get_event", c_int, [POINTER(np_iter)]),
    ("np_options_init", None, [POINTER(np_options)]),
    ("np_parser_new", c_void_p, [POINTER(np_options)]),
    ("np_parser_feed", c_int, [c_void_p, c_char_p, c_size_t]),
    ("np_parser_finish", c_int, [c_void_p, POINTER(c_void_p)]),
    ("np_parser_error", POINTER(np_error), [c_void_p]),
    ("np_parser_free", None, [c_void_p]),
    ("np_parse", c_int, [c_char_p, c_size_t, POINTER(np_options), POINTER(c_void_p), POINTER(np_error)]),
    ("np_render_options_init", None, [POINTER(np_render_options)]),
    ("np_render_string", c_int, [c_void_p, c_int, POINTER(np_render_options), POINTER(c_void_p), POINTER(c_size_t)]),
    ("np_format_name", c_char_p, [c_int]),
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


def _is_repo_root(path: str) -> bool:
    return os.path.exists(os.path.join(path, ".git")) or os.path.isfile(
        os.path.join(path, "include", "newsparse.h")
    )


def _repo_root(start: str) -> Optional[str]:
    path = start
    while True:
        if _is_repo_root(path):
            return path
        parent = os.path.dirname(path)
        if parent == path:
            return None
        path = parent


def _build_tree_candidates(start: str) -> List[str]:
    """Shared libraries in build*/ directories from start up to the repo root
    (none when the package is not inside a source checkout)."""
    root = _repo_root(start)
    if root is None:
        return []
    found: List[str] = []
    path = start
    while True:
        dirs = [d for d in glob.glob(os.path.join(path, "build*")) if os.path.isdir(d)]
        libs: List[str] = []
        for d in dirs:
            for sub in _BUILD_SUBDIRS:
                for soname in _SONAMES:
                    cand = os.path.join(d, sub, soname) if sub else os.path.join(d, soname)
                    if os.path.isfile(cand):
                        libs.append(cand)
                        break  # the versioned name wins within one directory
        # The most recently built library first.
        libs.sort(key=lambda p: os.path.getmtime(p), reverse=True)
        found.extend(libs)
        if path == root:
            break
        path = os.path.dirname(path)
    return found


def candidates() -> List[Tuple[str, str]]:
    """(how it was found, path or name) in lookup order, env var excluded."""
    out: List[Tuple[str, str]] = []
    for soname in _SONAMES:
        p = os.path.join(_HERE, soname)
        if os.path.isfile(p):
            out.append(("next to the package", p))
    for p in _build_tree_candidates(os.path.dirname(_HERE)):
        out.append(("build tree", p))
    name = ctypes.util.find_library("newsparse")
    if name:
        out.append(("find_library", name))
    return out


# Sanitizer runtimes that must be loaded before anything else: a library
# linked with one aborts the whole process when dlopen()ed without it.
_FIRST_RUNTIMES = (b"libasan.so", b"libhwasan.so", b"libtsan.so")


def _missing_runtime(path: str) -> Optional[str]:
    """The sanitizer runtime path needs and the process lacks, if any."""
    if not sys.platform.startswith("linux") or not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as f:
            data = f.read()
        needed = [rt.decode() for rt in _FIRST_RUNTIMES if rt in data]
        if not needed:
            return None
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
        "set NEWSPARSE_LIBRARY to the full path of %s, copy it next to the package, "
        "or install it where the dynamic linker finds it." % _SONAMES[0]
    )
    raise ImportError(msg)


lib, path = load()


def status_string(status: int) -> str:
    s = lib.np_status_string(status)
    return s.decode("utf-8", "replace") if s else "unknown status %d" % status


def version_string() -> str:
    s = lib.np_version_string()
    return s.decode("ascii", "replace") if s else ""
