"""Install the binding with pip, offline, into a scratch directory and use the
installed copy.  Exit 77 (skip) when pip is not available.

Run by ctest as python_install; by hand: python3 bindings/python/tests/install_check.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

BINDING = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r"""
import os, sys
import newsparse
site = sys.argv[1]
assert os.path.realpath(newsparse.__file__).startswith(os.path.realpath(site)), newsparse.__file__
assert os.path.exists(os.path.join(os.path.dirname(newsparse.__file__), "py.typed"))
doc = newsparse.parse("标题\n\n正文。\n")
assert doc.to_dict()["type"] == "document"
print("installed newsparse", newsparse.__version__, "using", newsparse.LIBRARY_PATH)
"""


def main() -> int:
    py = sys.executable
    if subprocess.run([py, "-m", "pip", "--version"], stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL).returncode != 0:
        print("pip is not available: skipped")
        return 77
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        for label, extra in (("--no-build-isolation", ["--no-build-isolation"]), ("isolated build", [])):
            site = os.path.join(tmp, "site-" + str(len(extra)))
            cmd = [py, "-m", "pip", "install", "--no-index", "--no-deps", "--quiet",
                   "--target", site] + extra + [BINDING]
            print("+", " ".join(cmd), flush=True)
            r = subprocess.run(cmd, env=env, cwd=tmp)
            if r.returncode != 0:
                print("FAILED: pip install (%s) exited %d" % (label, r.returncode))
                return 1
            child_env = dict(env, PYTHONPATH=site)
            r = subprocess.run([py, "-B", "-c", CHILD, site], env=child_env, cwd=tmp)
            if r.returncode != 0:
                print("FAILED: the installed package (%s) does not work" % label)
                return 1
    print("2 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
