"""The exceptions raised by the binding, one class per np_status."""

from __future__ import annotations

import enum
from typing import Dict, Optional, Type


class Status(enum.IntEnum):
    """The C library's ``np_status`` codes."""

    OK = 0
    NOMEM = 1
    UTF8 = 2
    NUL = 3
    LIMIT_LINE = 4
    LIMIT_INPUT = 5
    LIMIT_NODES = 6
    STATE = 7
    ARGUMENT = 8
    CALLBACK = 9
    ENCODING = 10


class NewsparseError(Exception):
    """Base class of every error the binding raises for a failed C call.

    Attributes:
        message: the library's description of what went wrong.
        line: 1-based input line of the offending byte, or 0 when the error
            is not tied to a place in the input.
        column: 1-based column, in characters of that line, of the
            offending byte, or 0 when the error is not tied to one.
        offset: 0-based byte offset of the offending byte in the input as
            fed (for ``str`` input: in its UTF-8 encoding).
        status: the :class:`Status` (``np_status``) code.
    """

    def __init__(self, message: str, *, status: int, line: int = 0, offset: int = 0,
                 column: int = 0) -> None:
        self.message = message
        self.line = int(line)
        self.column = int(column)
        self.offset = int(offset)
        try:
            self.status: "Status | int" = Status(status)
        except ValueError:
            self.status = int(status)
        super().__init__(message)

    def __str__(self) -> str:
        if self.line and self.column:
            return "%s (line %d, column %d, byte offset %d)" % (
                self.message, self.line, self.column, self.offset)
        if self.line:
            return "%s (line %d, byte offset %d)" % (self.message, self.line, self.offset)
        return self.message

    def __repr__(self) -> str:
        return "%s(%r, status=%s, line=%d, offset=%d)" % (
            type(self).__name__,
            self.message,
            getattr(self.status, "name", self.status),
            self.line,
            self.offset,
        )


class OutOfMemoryError(NewsparseError, MemoryError):
    """The C library could not allocate memory (NP_ERR_NOMEM)."""


class Utf8Error(NewsparseError, ValueError):
    """The input is not valid UTF-8 (NP_ERR_UTF8); see ``replace_invalid``."""


class NulByteError(NewsparseError, ValueError):
    """The input holds a NUL byte (NP_ERR_NUL); see ``replace_invalid``."""


class LimitError(NewsparseError):
    """A configured limit was exceeded (base of the three limit errors)."""


class LineTooLongError(LimitError):
    """A line or re-joined paragraph is longer than ``max_line_bytes`` (NP_ERR_LIMIT_LINE)."""


class InputTooLongError(LimitError):
    """The input is longer than ``max_input_bytes`` (NP_ERR_LIMIT_INPUT)."""


class TooManyNodesError(LimitError):
    """The tree would hold more than ``max_nodes`` nodes (NP_ERR_LIMIT_NODES)."""


class StateError(NewsparseError):
    """A call out of order, e.g. ``feed()`` after ``finish()`` (NP_ERR_STATE)."""


class ArgumentError(NewsparseError, ValueError):
    """The library rejected an argument or option (NP_ERR_ARGUMENT)."""


class UnsupportedFormatError(ArgumentError, NotImplementedError):
    """The loaded C library cannot render this output format (yet)."""


class CallbackError(NewsparseError):
    """An event callback or writer stopped the library (NP_ERR_CALLBACK).

    When the callback was the binding's own and a Python exception stopped
    it, that exception is raised instead of this one.
    """


class EncodingError(NewsparseError, ValueError):
    """The input could not be converted from the named encoding (NP_ERR_ENCODING)."""


_BY_STATUS: Dict[int, Type[NewsparseError]] = {
    Status.NOMEM: OutOfMemoryError,
    Status.UTF8: Utf8Error,
    Status.NUL: NulByteError,
    Status.LIMIT_LINE: LineTooLongError,
    Status.LIMIT_INPUT: InputTooLongError,
    Status.LIMIT_NODES: TooManyNodesError,
    Status.STATE: StateError,
    Status.ARGUMENT: ArgumentError,
    Status.CALLBACK: CallbackError,
    Status.ENCODING: EncodingError,
}


def error_for(status: int, message: Optional[str] = None, line: int = 0, offset: int = 0,
              column: int = 0) -> NewsparseError:
    """The exception object for a failed call."""
    from . import _lib  # late: keeps this module importable on its own

    if not message:
        message = _lib.status_string(status)
    cls = _BY_STATUS.get(status, NewsparseError)
    return cls(message, status=status, line=line, offset=offset, column=column)
