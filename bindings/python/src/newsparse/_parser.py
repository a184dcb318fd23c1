"""parse(), Parser and iterparse(): feeding input to the C parser."""

from __future__ import annotations

import ctypes
import io
import os
from collections import deque
from ctypes import byref, c_void_p
from typing import IO, Any, Deque, Iterator, List, NoReturn, Optional, Tuple, Union

from . import _encoding, _lib
from ._errors import NewsparseError, OutOfMemoryError, StateError, error_for
from ._nodes import ENTER, EXIT, Document, NodeSnapshot, NodeType, _Tree

_C = _lib.lib
_SIZE_MAX = (1 << (8 * ctypes.sizeof(ctypes.c_size_t))) - 1
_U64_MAX = (1 << 64) - 1

#: What :func:`parse` and :meth:`Parser.feed` accept as input data.
Data = Union[str, bytes, bytearray, memoryview]
#: What :func:`parse` accepts: data, a path-like object or a binary file.
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[Any]", IO[bytes]]


def _limit(name: str, value: Optional[int], maximum: int) -> int:
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("%s must be an int or None, not %s" % (name, type(value).__name__))
    if value < 0 or value > maximum:
        raise ValueError("%s out of range: %d" % (name, value))
    return value


def _window(window: Optional[int]) -> int:
    """The np_parser_set_window argument for ``window=``: 0 (the library's
    default) for None; checked here, so that a bad value raises before any
    C call."""
    if window is None:
        return 0
    if not isinstance(window, int) or isinstance(window, bool):
        raise TypeError("window must be an int or None, not %s" % type(window).__name__)
    if window < 1 or window > _lib.NP_MAX_WINDOW:
        raise ValueError("window must be from 1 to %d, or None for the default (%d), not %d"
                         % (_lib.NP_MAX_WINDOW, _lib.NP_DEFAULT_WINDOW, window))
    return window


def _new_parser(opts: _lib.np_options, window: int) -> int:
    """A C parser with its window set (before any input)."""
    p = _C.np_parser_new(byref(opts))
    if not p:
        raise OutOfMemoryError("np_parser_new failed: out of memory", status=_lib.NP_ERR_NOMEM)
    status = _C.np_parser_set_window(p, window)
    if status != _lib.NP_OK:
        # the window is in range (_window) and no input has come: only
        # memory can fail it
        _C.np_parser_free(p)
        raise error_for(status, "np_parser_set_window failed: %s" % _lib.status_string(status), 0, 0)
    return int(p)


def _parse_buffer(buf: Any, n: int, opts: _lib.np_options, window: int) -> Document:
    """np_parse with a window: a parser fed the whole buffer at once."""
    p = _new_parser(opts, window)
    doc = c_void_p()
    try:
        status = _C.np_parser_feed(p, buf, n)
        if status == _lib.NP_OK:
            status = _C.np_parser_finish(p, byref(doc))
        if status != _lib.NP_OK:
            if doc.value:  # not expected, but never leak
                _C.np_document_free(doc)
            err = _C.np_parser_error(p).contents
            raise error_for(status, err.message.decode("utf-8", "replace"), err.line, err.offset,
                            err.column)
    finally:
        _C.np_parser_free(p)
    if not doc.value:
        raise NewsparseError("np_parser_finish returned no document", status=_lib.NP_ERR_STATE)
    return Document(_Tree(doc.value), doc.value)


def _options(*, keep_tree: bool, replace_invalid: bool, max_line_bytes: Optional[int],
             max_input_bytes: Optional[int], max_nodes: Optional[int]) -> _lib.np_options:
    opts = _lib.np_options()
    _C.np_options_init(byref(opts))
    flags = 0
    if not keep_tree:
        flags |= _lib.NP_OPT_NO_TREE
    if replace_invalid:
        flags |= _lib.NP_OPT_REPLACE_INVALID
    opts.flags = flags
    opts.max_line_bytes = _limit("max_line_bytes", max_line_bytes, _SIZE_MAX)
    opts.max_input_bytes = _limit("max_input_bytes", max_input_bytes, _U64_MAX)
    opts.max_nodes = _limit("max_nodes", max_nodes, _SIZE_MAX)
    return opts


def _buffer(data: Data) -> Tuple[Any, int]:
    """(argument for a const char * parameter, length) without copying bytes."""
    if isinstance(data, bytes):
        return data, len(data)
    if isinstance(data, str):
        # surrogatepass: a lone surrogate becomes bytes the C side reports as
        # invalid UTF-8 (or replaces), instead of a UnicodeEncodeError here.
        b = data.encode("utf-8", "surrogatepass")
        return b, len(b)
    try:
        mv = memoryview(data)
    except TypeError:
        raise TypeError("expected str or a bytes-like object, not %s" % type(data).__name__) from None
    if mv.nbytes == 0:
        return b"", 0
    if not mv.readonly and mv.c_contiguous:
        flat = mv.cast("B") if mv.format != "B" or mv.ndim != 1 else mv
        return (ctypes.c_char * flat.nbytes).from_buffer(flat), flat.nbytes
    b = mv.tobytes()
    return b, len(b)


def _read_source(source: Source) -> Data:
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        return source
    if isinstance(source, os.PathLike):
        with open(os.fspath(source), "rb") as f:
            return f.read()
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("read() returned %s, not bytes" % type(data).__name__)
        return data
    try:
        memoryview(source)  # type: ignore[arg-type]  # any other buffer object
    except TypeError:
        raise TypeError(
            "parse() needs str (text), a bytes-like object, a path-like object or a "
            "binary file, not %s" % type(source).__name__
        ) from None
    return source  # type: ignore[return-value]


def _utf8_input(raw: Data, encoding: Optional[str]) -> Tuple[Any, int]:
    """The buffer to parse: raw as it is, or converted to UTF-8 from the
    encoding given or detected (see _encoding)."""
    encoding = _encoding.check_name(encoding)
    if isinstance(raw, str):
        if encoding is not None:
            raise TypeError("encoding= applies to bytes; a str is already text")
        return _buffer(raw)
    buf, n = _buffer(raw)
    enc = _encoding.resolve(encoding, buf, n)
    if enc is None:
        return buf, n
    out = _encoding.to_utf8(enc, buf, n)
    return out, len(out)


def parse(data: Source, *, encoding: Optional[str] = None, replace_invalid: bool = False,
          max_line_bytes: Optional[int] = None, max_input_bytes: Optional[int] = None,
          max_nodes: Optional[int] = None, window: Optional[int] = None) -> Document:
    """Parse one whole page and return its :class:`Document`.

    Args:
        data: the page.  A ``str`` is the page's *text* (encoded as UTF-8
            before parsing); ``bytes``, ``bytearray`` and ``memoryview`` are
            the raw UTF-8 bytes; an ``os.PathLike`` (e.g. ``pathlib.Path``)
            names a file to read; an object with ``read()`` is read to the end.
            A plain ``str`` is never taken as a file name: use
            ``pathlib.Path(name)``.
        encoding: the encoding of byte input, as the CLI's ``-e``
            (``"GB18030"``, ``"GBK"``, ``"BIG5"``, ``"UTF-16"``, any name
            iconv knows; a UTF-8 name only checks).  ``None`` (the default)
            detects it as the CLI does, from the first 64 KiB: UTF-8 is
            parsed as it is, GB18030 (clearly Chinese text that is not
            UTF-8) and UTF-16/UTF-32 with a byte order mark are converted
            first.  Error lines and offsets then refer to the UTF-8 text.
            Not allowed with ``str`` input, which is text already.
        replace_invalid: replace invalid UTF-8 and NUL bytes with U+FFFD
            instead of raising (NP_OPT_REPLACE_INVALID).
        max_line_bytes: longest line or re-joined paragraph (None: the
            library's default, 64 MiB).
        max_input_bytes: longest input (None: no limit).
        max_nodes: most nodes in the tree (None: no limit).
        window: how many blocks a decision may wait for while the readings
            of the page are weighed together (np_parser_set_window, the
            CLI's ``--window``): 1 to 64; None (the default) is the
            library's default, 16.  The window can change the tree: a
            section head that only the story's next head tells from the
            first clause of a paragraph is read as a paragraph when the
            window is too small to reach that head.

    Raises:
        Utf8Error, NulByteError: invalid input (``.line`` and ``.offset``
            say where).
        EncodingError: the input is not valid in its (named or detected)
            encoding; ArgumentError: iconv does not know the encoding.
        LimitError: a limit was exceeded.
        OutOfMemoryError: the C library ran out of memory.
        TypeError, ValueError: bad arguments (a window out of range is a
            ValueError, raised before anything is read or parsed).
    """
    win = _window(window)
    opts = _options(keep_tree=True, replace_invalid=replace_invalid, max_line_bytes=max_line_bytes,
                    max_input_bytes=max_input_bytes, max_nodes=max_nodes)
    raw = _read_source(data)
    buf, n = _utf8_input(raw, encoding)
    try:
        return _parse_buffer(buf, n, opts, win)
    finally:
        del buf  # release an exported bytearray buffer at once


def parse_issue(paths: List[Source], **kwargs: Any) -> Document:
    """Parse the pages of one issue (paths, bytes or anything :func:`parse`
    takes, in any order) and stitch them (np_issue): one
    :class:`Document` whose articles continued across pages are one
    article; every node has ``.page``, the document ``.pages`` and
    ``.links``.  Keyword arguments (``encoding``, ``window``, ...) go to
    :func:`parse`, for every page."""
    docs = [parse(p if not isinstance(p, str) else _os_path(p), **kwargs) for p in paths]
    if not docs:
        raise ValueError("parse_issue needs at least one page")
    arr = (c_void_p * len(docs))(*[d._ptr for d in docs])
    out = c_void_p()
    status = _C.np_issue(arr, len(docs), byref(out))
    if status != _lib.NP_OK or not out.value:
        raise error_for(status, "np_issue failed", 0, 0)
    return Document(_Tree(out.value), out.value)


def _os_path(p: str) -> Any:
    """A str path names a file here (parse takes a str as the page's text)."""
    import pathlib
    return pathlib.Path(p)


class _EventSink:
    """The Python side of the C event callback: builds snapshots, queues events.

    Kept apart from Parser so that the ctypes callback (which refers to this
    object) does not make a reference cycle with the parser.
    """

    __slots__ = ("queue", "stack", "error", "keep_top")

    def __init__(self, keep_top: bool) -> None:
        self.queue: Deque[Tuple[str, NodeSnapshot]] = deque()
        self.stack: List[NodeSnapshot] = []
        self.error: Optional[BaseException] = None
        self.keep_top = keep_top

    def __call__(self, event: int, ptr: Optional[int], userdata: Optional[int]) -> int:
        # Anything raised here would be printed and swallowed by ctypes; catch
        # it, keep it for the caller of feed()/finish(), and stop the parser.
        try:
            if not ptr:
                return 0
            stack = self.stack
            if event == _lib.NP_EVENT_ENTER:
                snap = NodeSnapshot._from_c(ptr)
                if stack:
                    parent = stack[-1]
                    snap._parent = parent
                    if self.keep_top or parent.type is not NodeType.DOCUMENT:
                        parent._children.append(snap)
                stack.append(snap)
                self.queue.append((ENTER, snap))
            elif event == _lib.NP_EVENT_EXIT:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i]._ptr == ptr:
                        snap = stack[i]
                        del stack[i:]
                        break
                else:  # an exit without an enter: still report it
                    snap = NodeSnapshot._from_c(ptr)
                snap._refresh()
                snap._ptr = 0  # C memory may be reused from here on
                self.queue.append((EXIT, snap))
            return 0
        except BaseException as e:  # noqa: B902 - includes KeyboardInterrupt, re-raised later
            if self.error is None:
                self.error = e
            return 1


class Parser:
    """An incremental parser: :meth:`feed` chunks of any size, then :meth:`finish`.

    Args:
        replace_invalid: replace invalid UTF-8 and NUL with U+FFFD instead of
            raising (NP_OPT_REPLACE_INVALID).
        keep_tree: build the tree and return it from :meth:`finish`.  With
            ``False`` (NP_OPT_NO_TREE) only events are produced and memory
            stays bounded: the C nodes are freed once their top-level node has
            been exited.
        max_line_bytes, max_input_bytes, max_nodes: limits, as for :func:`parse`.
        window: as for :func:`parse` (1 to 64; None: the default, 16).
            Events come at most ``window`` + 7 non-blank lines after the
            line they are about.
        events: queue ``(event, node)`` pairs for :meth:`events`.  Defaults
            to ``not keep_tree``.  The nodes of events are always
            :class:`NodeSnapshot` copies made in the C callback.
        encoding: as for :func:`parse`.  By default the first 64 KiB are
            held back until detection has seen them (or until
            :meth:`finish`); UTF-8 then streams as it comes, while GB18030,
            UTF-16 and UTF-32 input, like input in a named encoding other
            than UTF-8, is held whole and converted by :meth:`finish`.
            Feeding a ``str`` first means UTF-8 text: no detection.

    The result does not depend on how the input is cut into chunks (a chunk
    may end inside a UTF-8 sequence or a CRLF).  A parser is not
    thread-safe; use one per thread.  It is a context manager: leaving the
    ``with`` block frees the C parser.

    Raises (from :meth:`feed` and :meth:`finish`):
        NewsparseError subclasses with ``.line``/``.offset`` from
        ``np_parser_error()``; an exception raised while handling an event
        is re-raised as it was.  After an error the parser refuses more input.
    """

    def __init__(self, replace_invalid: bool = False, keep_tree: bool = True,
                 max_line_bytes: Optional[int] = None, max_input_bytes: Optional[int] = None,
                 max_nodes: Optional[int] = None, *, events: Optional[bool] = None,
                 encoding: Optional[str] = None, window: Optional[int] = None) -> None:
        self._p: Optional[int] = None
        win = _window(window)
        self._encoding = _encoding.check_name(encoding)
        # "detect": holding the prefix back; "stream": feeding as it comes;
        # "whole": holding everything for one conversion at finish().
        self._mode = "detect" if encoding is None else "stream" if _encoding.is_utf8(encoding) else "whole"
        self._pending = bytearray()
        self._free = _C.np_parser_free  # bound now: module globals may be gone at exit
        self._keep_tree = bool(keep_tree)
        self._busy = False
        self._finished = False
        if events is None:
            events = not self._keep_tree
        self._opts = _options(keep_tree=self._keep_tree, replace_invalid=replace_invalid,
                              max_line_bytes=max_line_bytes, max_input_bytes=max_input_bytes,
                              max_nodes=max_nodes)
        self._sink: Optional[_EventSink] = None
        self._callback = None
        if events:
            self._sink = _EventSink(keep_top=self._keep_tree)
            self._callback = _lib.EVENT_FN(self._sink)
            self._opts.on_event = self._callback
        self._p = _new_parser(self._opts, win)

    # --- lifetime ------------------------------------------------------

    def close(self) -> None:
        """Free the C parser.  Safe to call more than once; queued events stay."""
        p, self._p = self._p, None
        if p:
            self._free(p)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass

    def __enter__(self) -> "Parser":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- input -----------------------------------------------------------

    def _live(self, what: str) -> int:
        if self._busy:
            raise StateError("%s() called from inside an event handler" % what, status=_lib.NP_ERR_STATE)
        if self._finished:
            raise StateError("%s() after finish()" % what, status=_lib.NP_ERR_STATE)
        if self._p is None:
            raise StateError("%s() on a closed parser" % what, status=_lib.NP_ERR_STATE)
        return self._p

    def _fail(self, status: int) -> NoReturn:
        sink = self._sink
        if sink is not None and sink.error is not None:
            e, sink.error = sink.error, None
            raise e
        err = _C.np_parser_error(self._p).contents
        raise error_for(status, err.message.decode("utf-8", "replace"), err.line, err.offset,
                        err.column)

    def _route(self, data: Data) -> Optional[Data]:
        """What to feed the C parser now, holding input back while the
        encoding is undecided or a conversion is to come."""
        if self._mode == "stream":
            return data
        if isinstance(data, str):
            if self._mode == "detect" and not self._pending:
                self._mode = "stream"
                return data
            if self._mode == "whole":
                raise TypeError("a str cannot be fed to a parser converting from %s" % self._encoding)
            data = data.encode("utf-8", "surrogatepass")
        try:
            self._pending += memoryview(data).cast("B") if memoryview(data).c_contiguous else bytes(data)
        except TypeError:
            raise TypeError("expected str or a bytes-like object, not %s" % type(data).__name__) from None
        if self._mode == "detect" and len(self._pending) >= _encoding.DETECT_PREFIX:
            return self._decide()
        return None

    def _decide(self) -> Optional[Data]:
        """Ends detection: the held bytes to feed now if they are UTF-8."""
        found = _encoding.resolve(None, bytes(self._pending), len(self._pending))
        if found is None:
            self._mode = "stream"
            held, self._pending = bytes(self._pending), bytearray()
            return held
        self._mode, self._encoding = "whole", found
        return None

    def _drain(self) -> Optional[Data]:
        """At finish(): the held input, converted if need be."""
        if self._mode == "detect":
            ready = self._decide()
            if ready is not None or self._mode == "stream":
                return ready
        if self._mode != "whole":
            return None
        held, self._pending = bytes(self._pending), bytearray()
        assert self._encoding is not None
        try:
            return _encoding.to_utf8(self._encoding, held, len(held))
        except NewsparseError:
            self.close()  # the parser refuses more input, as after any error
            raise

    def feed(self, data: Data) -> None:
        """Parse the next chunk of input (bytes-like; a ``str`` is encoded as
        UTF-8); input may be held back, see ``encoding``."""
        p = self._live("feed")
        ready = self._route(data)
        if ready is not None:
            self._feed_now(p, ready)

    def _feed_now(self, p: int, data: Data) -> None:
        buf, n = _buffer(data)
        self._busy = True
        try:
            status = _C.np_parser_feed(p, buf, n)
        finally:
            self._busy = False
            del buf
        if status != _lib.NP_OK:
            self._fail(status)

    def finish(self) -> Optional[Document]:
        """End the input.  Returns the :class:`Document`, or ``None`` when the
        parser was made with ``keep_tree=False``.  Frees the C parser."""
        p = self._live("finish")
        rest = self._drain()
        if rest:
            self._feed_now(p, rest)
        doc = c_void_p()
        self._busy = True
        try:
            status = _C.np_parser_finish(p, byref(doc))
        finally:
            self._busy = False
        if status != _lib.NP_OK:
            if doc.value:
                _C.np_document_free(doc)
            self._fail(status)
        self._finished = True
        self.close()
        if not doc.value:
            return None
        document = Document(_Tree(doc.value), doc.value)
        return document if self._keep_tree else None

    # --- events ----------------------------------------------------------

    def events(self) -> Iterator[Tuple[str, NodeSnapshot]]:
        """Yield the ``("enter"|"exit", node)`` pairs that the C callback has
        queued since the last call, removing them from the queue.

        Nodes are :class:`NodeSnapshot` objects (plain Python copies), valid
        whatever happens to the C nodes; a node's ``children`` are complete
        once its ``"exit"`` has been yielded.

        Raises:
            StateError: the parser was made with ``events=False`` (the default
                when ``keep_tree`` is True).
        """
        sink = self._sink
        if sink is None:
            raise StateError("this parser does not queue events: create it with events=True "
                             "or keep_tree=False", status=_lib.NP_ERR_STATE)
        return _drain(sink.queue)

    @property
    def closed(self) -> bool:
        """True once the C parser has been freed (after finish() or close())."""
        return self._p is None


def _drain(queue: Deque[Tuple[str, NodeSnapshot]]) -> Iterator[Tuple[str, NodeSnapshot]]:
    while queue:
        yield queue.popleft()


def iterparse(source: Union[IO[bytes], "os.PathLike[Any]", Data], chunk_size: int = 65536, *,
              replace_invalid: bool = False, max_line_bytes: Optional[int] = None,
              max_input_bytes: Optional[int] = None, max_nodes: Optional[int] = None,
              window: Optional[int] = None) -> Iterator[Tuple[str, NodeSnapshot]]:
    """Parse a page as it is read, yielding ``("enter"|"exit", node)`` pairs.

    Reads ``chunk_size`` bytes at a time from ``source`` (a binary file-like
    object; an ``os.PathLike`` is opened and closed here; ``str`` and
    bytes-like objects are parsed from memory), feeds each chunk and yields
    the events it produced, so events arrive while input is still coming in.

    The parser keeps no tree (NP_OPT_NO_TREE): the C nodes are freed after
    their top-level node exits, so the yielded nodes are
    :class:`NodeSnapshot` objects -- plain Python copies with ``type``,
    ``text``, ``line``, ``kind``, ``source`` and ``children`` built up as the
    events arrive (complete at the node's ``"exit"``).  The document
    snapshot does not collect its top-level children, so memory stays
    bounded however long the input; keep the nodes you need yourself.
    ``replace_invalid``, the limits and ``window`` are as for :func:`parse`.

    Raises:
        NewsparseError subclasses as :meth:`Parser.feed` (they surface from
        the iteration, after the events that preceded the error).
    """
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise ValueError("chunk_size must be a positive int, not %r" % (chunk_size,))
    _window(window)  # a bad window raises here, before the source is opened
    close_after = False
    if isinstance(source, str):
        stream: Any = io.BytesIO(source.encode("utf-8", "surrogatepass"))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        stream = io.BytesIO(source)
    elif isinstance(source, os.PathLike):
        stream = open(os.fspath(source), "rb")
        close_after = True
    elif callable(getattr(source, "read", None)):
        stream = source
    else:
        raise TypeError("iterparse() needs a binary file-like object, a path-like object, "
                        "str or bytes, not %s" % type(source).__name__)
    return _iterparse(stream, close_after, chunk_size,
                      Parser(replace_invalid=replace_invalid, keep_tree=False,
                             max_line_bytes=max_line_bytes, max_input_bytes=max_input_bytes,
                             max_nodes=max_nodes, events=True, window=window))


def _iterparse(stream: Any, close_after: bool, chunk_size: int,
               parser: Parser) -> Iterator[Tuple[str, NodeSnapshot]]:
    try:
        while True:
            chunk = stream.read(chunk_size)
            if not chunk:
                break
            parser.feed(chunk)
            yield from parser.events()
        parser.finish()
        yield from parser.events()
    finally:
        parser.close()
        if close_after:
            stream.close()
