"""Where libnewsparse may be: shared by the import-time lookup (_lib.py)
and the wheel build (backend/newsparse_build.py, which loads this file by
path, so it must import nothing from the package and load no library).

Nothing here is public API.
"""

from __future__ import annotations

import ctypes.util
import glob
import os
import subprocess
import sys
from typing import List, Optional

if sys.platform == "darwin":
    SONAMES = ["libnewsparse.0.dylib", "libnewsparse.dylib"]
elif sys.platform == "win32":
    SONAMES = ["newsparse.dll", "libnewsparse.dll", "libnewsparse-0.dll"]
else:
    SONAMES = ["libnewsparse.so.0", "libnewsparse.so"]

# Where a CMake build tree may put the library, relative to build*/.
_BUILD_SUBDIRS = ["", "lib", "src", "Release", "Debug", "RelWithDebInfo"]

# pkg-config answers in milliseconds; a hung one must not hang the import.
_PKG_CONFIG_TIMEOUT_S = 10


# Sanitizer runtimes that must be loaded before anything else: a library
# linked with one aborts the whole process when dlopen()ed without it.
_FIRST_RUNTIMES = (b"libasan.so", b"libhwasan.so", b"libtsan.so")


def sanitizer_runtimes(path: str) -> List[str]:
    """The sanitizer runtimes the library at path needs (Linux only)."""
    if not sys.platform.startswith("linux") or not os.path.isfile(path):
        return []
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    return [rt.decode() for rt in _FIRST_RUNTIMES if rt in data]


def in_dir(directory: str) -> Optional[str]:
    """The library in directory (the versioned name first), or None."""
    for soname in SONAMES:
        cand = os.path.join(directory, soname)
        if os.path.isfile(cand):
            return cand
    return None


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


def build_tree(start: str) -> List[str]:
    """Shared libraries in build*/ directories from start up to the root of
    the source checkout start is in, the most recently built first in each
    directory level; none when start is not inside a checkout."""
    root = _repo_root(start)
    if root is None:
        return []
    found: List[str] = []
    path = start
    while True:
        libs = []
        for d in glob.glob(os.path.join(path, "build*")):
            if not os.path.isdir(d):
                continue
            for sub in _BUILD_SUBDIRS:
                lib = in_dir(os.path.join(d, sub))
                if lib:
                    libs.append(lib)
                    break
        libs.sort(key=os.path.getmtime, reverse=True)
        found.extend(libs)
        if path == root:
            break
        path = os.path.dirname(path)
    return found


def pkg_config() -> Optional[str]:
    """The library in `pkg-config --variable=libdir newsparse`, or None."""
    try:
        r = subprocess.run(["pkg-config", "--variable=libdir", "newsparse"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, timeout=_PKG_CONFIG_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return None
    libdir = r.stdout.decode("utf-8", "replace").strip()
    if r.returncode != 0 or not libdir:
        return None
    return in_dir(libdir)


def system() -> Optional[str]:
    """What the dynamic linker's cache knows (ctypes.util.find_library)."""
    return ctypes.util.find_library("newsparse")
