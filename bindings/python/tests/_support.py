"""Shared helpers for the binding's tests (plain unittest, no third-party deps).

Environment (all optional; ctest sets them):
  NEWSPARSE_LIBRARY   the shared library to test (else the binding's own lookup)
  NEWSPARSE_CLI       the newsparse command-line tool (else build*/newsparse)
  NEWSPARSE_CORPUS    the folder of NNN.txt / NNN.json pages
                      (else tests/corpus in the repo, else ../shared/corpus)
  NEWSPARSE_TEST_INSTALLED=1  test the installed package instead of src/
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Any, Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING = os.path.dirname(HERE)
SRC = os.path.join(BINDING, "src")
REPO = os.path.dirname(os.path.dirname(BINDING))

if os.environ.get("NEWSPARSE_TEST_INSTALLED") != "1" and SRC not in sys.path:
    sys.path.insert(0, SRC)

import newsparse  # noqa: E402


def corpus_dir() -> Optional[str]:
    env = os.environ.get("NEWSPARSE_CORPUS")
    if env:
        return env
    for cand in (os.path.join(REPO, "tests", "corpus"), os.path.join(os.path.dirname(REPO), "shared", "corpus")):
        if glob.glob(os.path.join(cand, "*.txt")):
            return cand
    return None


def corpus_pages() -> List[str]:
    """Paths of the corpus pages (NNN.txt), sorted."""
    d = corpus_dir()
    return sorted(glob.glob(os.path.join(d, "*.txt"))) if d else []


def expected_path(page: str) -> Optional[str]:
    p = page[:-4] + ".json"
    return p if os.path.exists(p) else None


def _is_cli(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def cli_path() -> Optional[str]:
    """The newsparse executable, preferring the one built beside the library."""
    env = os.environ.get("NEWSPARSE_CLI")
    if env:
        return env if _is_cli(env) else None
    cands = [os.path.join(os.path.dirname(os.path.abspath(newsparse.LIBRARY_PATH)), "newsparse")]
    cands += sorted(glob.glob(os.path.join(REPO, "build*", "newsparse")), key=os.path.getmtime, reverse=True)
    for c in cands:
        if _is_cli(c):
            return c
    return None


def run_cli(cli: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([cli] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)


SCORED = ("type", "line", "text", "kind", "source")


def project(node: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """A JSON node reduced to the scored fields (type, line, text, kind,
    source, children); furniture is dropped (the expected trees have none)."""
    if node.get("type") == "furniture":
        return None
    out = {k: node[k] for k in SCORED if k in node}
    kids = [project(k) for k in node.get("children", [])]
    kids = [k for k in kids if k is not None]
    if kids:
        out["children"] = kids
    return out


def statm_rss_bytes() -> Optional[int]:
    """Resident set size from /proc/self/statm, or None where there is no /proc."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def subprocess_env(**extra: str) -> Dict[str, str]:
    """The environment for a child Python that must import the same binding."""
    env = dict(os.environ)
    env["NEWSPARSE_LIBRARY"] = os.path.abspath(newsparse.LIBRARY_PATH) if os.path.exists(
        newsparse.LIBRARY_PATH) else env.get("NEWSPARSE_LIBRARY", "")
    if os.environ.get("NEWSPARSE_TEST_INSTALLED") != "1":
        env["PYTHONPATH"] = SRC + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def mypy_strict(*args: str, code: Optional[str] = None) -> Optional[str]:
    """What ``mypy --strict`` says of args (files), or of code (the lines of
    a snippet.py), against this binding's sources; None when mypy is not
    installed."""
    mypy = shutil.which("mypy")
    if mypy is None:
        return None
    env = dict(os.environ, MYPYPATH=SRC)
    with tempfile.TemporaryDirectory() as tmp:
        files = list(args)
        if code is not None:
            files.append(os.path.join(tmp, "snippet.py"))
            with open(files[-1], "w", encoding="utf-8") as f:
                f.write(code)
        cache = os.path.join(tmp, "cache")
        return subprocess.run([mypy, "--strict", "--no-error-summary", "--cache-dir", cache] + files,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                              timeout=600).stdout.decode("utf-8", "replace")
