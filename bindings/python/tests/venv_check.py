"""`pip install ./bindings/python` into a venv imports with no environment
variable, wherever the library is (issue 15, item 5):

1. only built in the tree: a checkout whose build/ holds the library; the
   wheel bundles it, and the checkout is deleted before the import;
2. installed in a custom prefix (cmake --install BUILD --prefix P), the
   binding copied out of any checkout, PKG_CONFIG_PATH naming P at install
   time only: the wheel bundles P's library;
3. the same with --config-settings bundle-library=no: the wheel records
   P's library path, and the import loads it from P.

Each import runs with an environment of PATH and HOME only (plus a
sanitizer's LD_PRELOAD/ASAN_OPTIONS when the build has one) and parses a
corpus page into the tree this process gets.  Exit 77 (skip) when pip or
venv is not available.  Run by ctest as python_venv, with
NEWSPARSE_LIBRARY, NEWSPARSE_BUILD_DIR, CMAKE_COMMAND, NEWSPARSE_CORPUS.
"""

from __future__ import annotations

import filecmp
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(BINDING))
KEEP_ENV = ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS")

CHILD = r"""
import json, os, sys
import newsparse
venv, want_under, page, expected = sys.argv[1:5]
real = lambda p: os.path.realpath(p)
assert real(newsparse.__file__).startswith(real(venv)), newsparse.__file__
assert real(newsparse.LIBRARY_PATH).startswith(real(want_under)), (newsparse.LIBRARY_PATH, want_under)
with open(page, "rb") as f:
    doc = newsparse.parse(f.read())
with open(expected, encoding="utf-8") as f:
    assert doc.to_json() == f.read(), "a different tree"
print("  imported from", newsparse.LIBRARY_PATH, "- %d articles" % len(doc.articles))
"""


def clean_env(home: str) -> Dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": home}
    env.update({k: os.environ[k] for k in KEEP_ENV if k in os.environ})
    return env


def run(cmd: List[str], **kw: object) -> None:
    print("+", " ".join("<check>" if arg == CHILD else arg for arg in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def copy_binding(dest: str) -> None:
    shutil.copytree(BINDING, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.so*"))


class Checker:
    def __init__(self, tmp: str) -> None:
        self.tmp = tmp
        self.page = sorted(glob.glob(os.path.join(os.environ.get("NEWSPARSE_CORPUS", ""), "*.txt")))[0]
        sys.path.insert(0, os.path.join(BINDING, "src"))
        import newsparse  # the library ctest names, for the expected tree

        with open(self.page, "rb") as f:
            tree = newsparse.parse(f.read()).to_json()
        self.expected = os.path.join(tmp, "expected.json")
        with open(self.expected, "w", encoding="utf-8") as f:
            f.write(tree)

    def install(self, name: str, source: str, extra_env: Dict[str, str], *args: str) -> str:
        venv = os.path.join(self.tmp, name)
        run([sys.executable, "-m", "venv", "--without-pip", venv])
        env = clean_env(self.tmp)
        env.update(extra_env)
        env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        run([sys.executable, "-m", "pip", "--python", os.path.join(venv, "bin", "python"), "install",
             "--no-index", "--no-deps", "--quiet"] + list(args) + [source], env=env, cwd=self.tmp)
        return venv

    def check_import(self, venv: str, want_under: str) -> None:
        run([os.path.join(venv, "bin", "python"), "-B", "-c", CHILD, venv, want_under, self.page, self.expected],
            env=clean_env(self.tmp), cwd=self.tmp)


def bundled(venv: str) -> str:
    found = glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "newsparse", "libnewsparse.so.0"))
    if not found:
        raise AssertionError("no library bundled in " + venv)
    return found[0]


def main() -> int:
    lib = os.environ["NEWSPARSE_LIBRARY"]
    build = os.environ["NEWSPARSE_BUILD_DIR"]
    cmake = os.environ.get("CMAKE_COMMAND", "cmake")
    if subprocess.run([sys.executable, "-m", "pip", "--version"], stdout=subprocess.DEVNULL).returncode != 0:
        print("pip is not available: skipped")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        check = Checker(tmp)

        print("== 1. built in the tree only")
        checkout = os.path.join(tmp, "checkout")
        os.makedirs(os.path.join(checkout, "include"))
        shutil.copy(os.path.join(REPO, "include", "newsparse.h"), os.path.join(checkout, "include"))
        os.makedirs(os.path.join(checkout, "build"))
        shutil.copy(lib, os.path.join(checkout, "build", "libnewsparse.so.0"))
        copy_binding(os.path.join(checkout, "bindings", "python"))
        venv = check.install("venv-tree", os.path.join(checkout, "bindings", "python"), {})
        shutil.rmtree(checkout)
        check.check_import(venv, venv)

        print("== 2. a custom prefix, found with pkg-config at install time")
        prefix = os.path.join(tmp, "prefix")
        run([cmake, "--install", build, "--prefix", prefix], stdout=subprocess.DEVNULL)
        pcs = glob.glob(os.path.join(prefix, "**", "pkgconfig", "newsparse.pc"), recursive=True)
        libdir = os.path.dirname(os.path.dirname(pcs[0]))
        pkg = os.path.join(tmp, "pkg")
        copy_binding(pkg)
        pc_env = {"PKG_CONFIG_PATH": os.path.dirname(pcs[0])}
        venv = check.install("venv-prefix", pkg, pc_env)
        if not filecmp.cmp(bundled(venv), os.path.join(libdir, "libnewsparse.so.0"), shallow=False):
            raise AssertionError("the bundled library is not the prefix's")
        check.check_import(venv, venv)

        print("== 3. a custom prefix, recorded (bundle-library=no)")
        venv = check.install("venv-recorded", pkg, pc_env, "--config-settings", "bundle-library=no")
        if glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "newsparse", "libnewsparse.so*")):
            raise AssertionError("bundle-library=no bundled the library")
        check.check_import(venv, prefix)
    print("3 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
