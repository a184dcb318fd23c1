"""A small PEP 517 / PEP 660 build backend for the newsparse binding.

It uses only the standard library, so ``pip install ./bindings/python``
works offline, with or without ``--no-build-isolation``, on a machine that
has neither the ``wheel`` package nor access to PyPI (setuptools cannot
build a wheel without ``wheel``).  The package is pure Python; the wheel it
makes is ``py3-none-any`` unless a shared library is bundled:

* a ``libnewsparse.so*`` / ``.dylib`` / ``.dll`` already copied into
  ``src/newsparse/`` is included;
* ``pip install --config-settings bundle-library=/path/libnewsparse.so.0 .``
  (or the environment variable ``NEWSPARSE_BUNDLE_LIBRARY``) copies that
  file into the wheel as ``newsparse/libnewsparse.so.0``;
* by default the library is found and bundled the same way: the most
  recently built ``build*/libnewsparse.so.0`` of the source checkout this
  directory is in, else the one in ``pkg-config --variable=libdir
  newsparse`` (a system prefix, or a custom prefix on PKG_CONFIG_PATH);
* ``bundle-library=no`` bundles nothing and records the path that would
  have been bundled in ``newsparse/_where.py`` instead (the import then
  loads the library from there); with nothing found the wheel is pure and
  the import looks the library up (see ``newsparse/_lib.py``).

A wheel with a library is tagged for this platform.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import os
import re
import sysconfig
import tarfile
import time
import zipfile
from typing import Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = "newsparse"
PKG_DIR = os.path.join(ROOT, "src", PKG)
_LIB_RE = re.compile(r"^(lib)?newsparse([.-]\d+)?\.(so(\.\d+)*|dylib|dll)$|^libnewsparse\.\d+\.dylib$")
_EPOCH = (1980, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# Metadata from pyproject.toml ([project] table, simple string values)
# --------------------------------------------------------------------------

def _project() -> Dict[str, str]:
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    if not m:
        raise RuntimeError("pyproject.toml has no [project] table")
    values = dict(re.findall(r'^([A-Za-z0-9_-]+)\s*=\s*"([^"]*)"\s*$', m.group(1), re.M))
    for key in ("name", "version"):
        if key not in values:
            raise RuntimeError("pyproject.toml [project] lacks %s" % key)
    return values


def _dist_name() -> Tuple[str, str]:
    p = _project()
    return re.sub(r"[-_.]+", "_", p["name"]).lower(), p["version"]


def _metadata() -> str:
    p = _project()
    lines = [
        "Metadata-Version: 2.1",
        "Name: %s" % p["name"],
        "Version: %s" % p["version"],
    ]
    if "description" in p:
        lines.append("Summary: %s" % p["description"])
    if "requires-python" in p:
        lines.append("Requires-Python: %s" % p["requires-python"])
    readme = os.path.join(ROOT, "README.md")
    body = ""
    if os.path.exists(readme):
        lines.append("Description-Content-Type: text/markdown")
        with open(readme, encoding="utf-8") as f:
            body = f.read()
    return "\n".join(lines) + "\n\n" + body


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------

def _package_files() -> List[Tuple[str, str]]:
    """(path on disk, path in the wheel) of the package."""
    out = []
    for dirpath, dirnames, filenames in os.walk(PKG_DIR):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".typed", ".pyi")) or _LIB_RE.match(name):
                full = os.path.join(dirpath, name)
                out.append((full, os.path.relpath(full, os.path.dirname(PKG_DIR)).replace(os.sep, "/")))
    return out


_NO = ("no", "none", "false", "0", "off")


def _find_module():
    """newsparse/_find.py, loaded by path: importing the package would load
    the very library this build is looking for."""
    spec = importlib.util.spec_from_file_location("_newsparse_find", os.path.join(PKG_DIR, "_find.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _found_library() -> Optional[str]:
    """The library of this checkout's build tree (one built without a
    sanitizer first: it loads without LD_PRELOAD), else pkg-config's."""
    find = _find_module()
    built = find.build_tree(ROOT)
    plain = [p for p in built if not find.sanitizer_runtimes(p)]
    return (plain or built or [None])[0] or find.pkg_config()


def _library_choice(config_settings: Optional[dict]) -> Tuple[Optional[str], Optional[str]]:
    """(library to bundle, library path to record): see the module doc."""
    setting = (config_settings or {}).get("bundle-library") or os.environ.get("NEWSPARSE_BUNDLE_LIBRARY")
    if setting and setting.lower() in _NO:
        return None, _found_library()
    if setting:
        if not os.path.isfile(setting):
            raise RuntimeError("bundle-library: no such file: %s" % setting)
        return setting, None
    if any(_LIB_RE.match(name) for name in os.listdir(PKG_DIR)):
        return None, None  # a copy placed in src/newsparse/ is bundled as it is
    return _found_library(), None


def _bundled_library(config_settings: Optional[dict]) -> Optional[str]:
    return _library_choice(config_settings)[0]


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Wheel:
    def __init__(self, path: str) -> None:
        self.zf = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.records: List[str] = []

    def add(self, arcname: str, data: bytes, executable: bool = False) -> None:
        info = zipfile.ZipInfo(arcname, date_time=_EPOCH)
        info.external_attr = (0o755 if executable else 0o644) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zf.writestr(info, data)
        self.records.append("%s,%s,%d" % (arcname, _record_hash(data), len(data)))

    def close(self, dist_info: str) -> None:
        record = dist_info + "/RECORD"
        self.records.append(record + ",,")
        info = zipfile.ZipInfo(record, date_time=_EPOCH)
        info.external_attr = 0o644 << 16
        self.zf.writestr(info, "\n".join(self.records) + "\n")
        self.zf.close()


def _platform_tag() -> str:
    return re.sub(r"[-.]", "_", sysconfig.get_platform())


def _dist_info_files(tag: str, purelib: bool) -> Dict[str, bytes]:
    wheel = "Wheel-Version: 1.0\nGenerator: newsparse_build\nRoot-Is-Purelib: %s\nTag: %s\n" % (
        "true" if purelib else "false", tag)
    return {
        "METADATA": _metadata().encode("utf-8"),
        "WHEEL": wheel.encode("ascii"),
        "top_level.txt": (PKG + "\n").encode("ascii"),
    }


def _build(wheel_directory: str, config_settings: Optional[dict], editable: bool) -> str:
    name, version = _dist_name()
    files = [] if editable else _package_files()
    extra, recorded = (None, None) if editable else _library_choice(config_settings)
    native = extra is not None or any(_LIB_RE.match(os.path.basename(a)) for _, a in files)
    tag = "py3-none-" + _platform_tag() if native else "py3-none-any"
    filename = "%s-%s-%s.whl" % (name, version, tag)
    dist_info = "%s-%s.dist-info" % (name, version)
    wheel = _Wheel(os.path.join(wheel_directory, filename))
    try:
        if editable:
            wheel.add("__editable__.%s.pth" % name, (os.path.join(ROOT, "src") + "\n").encode("utf-8"))
        for full, arc in files:
            with open(full, "rb") as f:
                wheel.add(arc, f.read(), executable=bool(_LIB_RE.match(os.path.basename(arc))))
        if recorded:
            wheel.add("%s/_where.py" % PKG, ("# Written by the wheel build (bundle-library=no).\n"
                                              "LIBRARY = %r\n" % os.path.abspath(recorded)).encode("utf-8"))
        if extra:
            base = os.path.basename(extra)
            arc = base if base.endswith((".dylib", ".dll")) else "libnewsparse.so.0"
            with open(extra, "rb") as f:
                wheel.add("%s/%s" % (PKG, arc), f.read(), executable=True)
        for fname, data in _dist_info_files(tag, not native).items():
            wheel.add("%s/%s" % (dist_info, fname), data)
    finally:
        wheel.close(dist_info)
    return filename


# --------------------------------------------------------------------------
# PEP 517 / PEP 660 hooks
# --------------------------------------------------------------------------

def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    name, version = _dist_name()
    dist_info = "%s-%s.dist-info" % (name, version)
    path = os.path.join(metadata_directory, dist_info)
    os.makedirs(path, exist_ok=True)
    native = _bundled_library(config_settings) is not None or any(
        _LIB_RE.match(os.path.basename(a)) for _, a in _package_files())
    tag = "py3-none-" + _platform_tag() if native else "py3-none-any"
    for fname, data in _dist_info_files(tag, not native).items():
        with open(os.path.join(path, fname), "wb") as f:
            f.write(data)
    return dist_info


def prepare_metadata_for_build_editable(metadata_directory, config_settings=None):
    return prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=False)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=True)


def build_sdist(sdist_directory, config_settings=None):
    name, version = _dist_name()
    base = "%s-%s" % (name, version)
    filename = base + ".tar.gz"
    members: List[Tuple[str, bytes]] = []
    for rel in ("pyproject.toml", "README.md", "CMakeLists.txt"):
        full = os.path.join(ROOT, rel)
        if os.path.exists(full):
            with open(full, "rb") as f:
                members.append((rel, f.read()))
    for top in ("backend", "src", "tests"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for fname in sorted(filenames):
                if fname.endswith((".pyc", ".pyo")) or _LIB_RE.match(fname):
                    continue
                full = os.path.join(dirpath, fname)
                with open(full, "rb") as f:
                    members.append((os.path.relpath(full, ROOT).replace(os.sep, "/"), f.read()))
    members.append(("PKG-INFO", _metadata().encode("utf-8")))
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tf:
        for rel, data in members:
            info = tarfile.TarInfo("%s/%s" % (base, rel))
            info.size = len(data)
            info.mtime = mtime
            info.mode = 0o644
            tf.addfile(info, io.BytesIO(data))
    return filename
