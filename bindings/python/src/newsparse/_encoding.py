"""Input encodings, as the CLI handles them (cli/newsparse.c feed_input).

Without ``encoding=``, the first :data:`DETECT_PREFIX` bytes go to
``np_detect_encoding``: UTF-8 (and what is neither UTF-8 nor another
encoding it recognises) is parsed as it is, so invalid UTF-8 is reported
with its line and byte; GB18030, UTF-16 and UTF-32 (by byte order mark)
are read whole and converted with ``np_convert_to_utf8``.  With
``encoding=`` the input is converted from that encoding (UTF-8 names only
check).  Nothing here is public API.
"""

from __future__ import annotations

import ctypes
from ctypes import byref, c_size_t, c_void_p
from typing import Any, Optional

from . import _lib
from ._errors import NewsparseError, error_for

_C = _lib.lib

#: How much of the input detection looks at: the CLI's DETECT_PREFIX (64 KiB).
DETECT_PREFIX = 64 << 10

# cli/newsparse.c is_utf8_name: the names that mean "no conversion".
_UTF8_NAMES = frozenset(("UTF-8", "UTF8", "utf-8", "utf8"))


def is_utf8(name: str) -> bool:
    return name in _UTF8_NAMES


def check_name(encoding: Optional[str]) -> Optional[str]:
    """encoding as given, after checking that it is a str or None."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("encoding must be a str or None, not %s" % type(encoding).__name__)
    if encoding is not None and not encoding:
        raise ValueError("encoding must not be empty")
    return encoding


def detect(prefix: Any, n: int) -> Optional[str]:
    """np_detect_encoding on the first n bytes of a buffer: "UTF-8",
    "GB18030", "UTF-16LE"/"BE", "UTF-32LE"/"BE", or None (report the input
    as invalid UTF-8)."""
    name = _C.np_detect_encoding(prefix, n)
    return name.decode("ascii") if name else None


def to_utf8(encoding: str, data: Any, n: int) -> bytes:
    """n bytes of data in encoding, converted to UTF-8 by the library.

    Raises:
        EncodingError: a byte sequence is invalid in that encoding.
        ArgumentError: the system's iconv does not know the encoding.
    """
    out = c_void_p()
    out_len = c_size_t()
    status = _C.np_convert_to_utf8(encoding.encode("ascii", "replace"), data, n, byref(out), byref(out_len))
    try:
        if status == _lib.NP_ERR_ARGUMENT:
            raise error_for(status, "unknown encoding %s" % encoding)
        if status == _lib.NP_ERR_ENCODING:
            raise error_for(status, "the input is not valid %s" % encoding)
        if status != _lib.NP_OK:
            raise error_for(status)
        if not out.value:
            raise NewsparseError("np_convert_to_utf8 returned no string", status=_lib.NP_ERR_STATE)
        return ctypes.string_at(out.value, out_len.value)
    finally:
        if out.value:
            _C.np_free(out)


def resolve(encoding: Optional[str], data: Any, n: int) -> Optional[str]:
    """The encoding to convert the whole input from, or None when it is to
    be parsed as it is (UTF-8, or invalid input the parser will report)."""
    if encoding is None:
        found = detect(data, min(n, DETECT_PREFIX))
        return None if found is None or is_utf8(found) else found
    return None if is_utf8(encoding) else encoding
