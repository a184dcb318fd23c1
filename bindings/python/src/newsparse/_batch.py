"""parse_files(): many pages on a pool of threads."""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Deque, Iterable, Iterator, NamedTuple, Optional, Union

from ._errors import NewsparseError
from ._nodes import Document
from ._parser import _window, parse

#: Pages queued per worker ahead of the one being yielded: enough to keep
#: every thread busy while the caller works on a result, few enough that
#: memory holds a few pages per worker, not the whole batch.
_AHEAD_PER_WORKER = 4

PathArg = Union[str, "os.PathLike[Any]"]


class FileResult(NamedTuple):
    """The outcome of one file of :func:`parse_files`: ``document`` when it
    parsed, else ``error`` (the :class:`OSError` or :class:`NewsparseError`
    it raised, with its line and offset)."""

    path: str
    document: Optional[Document]
    error: Optional[Exception]

    @property
    def ok(self) -> bool:
        """True when the file parsed."""
        return self.error is None


def _one(path: str, options: Any) -> FileResult:
    try:
        with open(path, "rb") as f:
            data = f.read()
        return FileResult(path, parse(data, **options), None)
    except (OSError, NewsparseError) as e:
        return FileResult(path, None, e)


def parse_files(paths: Iterable[PathArg], *, workers: Optional[int] = None, encoding: Optional[str] = None,
                replace_invalid: bool = False, max_line_bytes: Optional[int] = None,
                max_input_bytes: Optional[int] = None, max_nodes: Optional[int] = None,
                window: Optional[int] = None) -> Iterator[FileResult]:
    """Parse many files on ``workers`` threads; yield one :class:`FileResult`
    per path, in the order of ``paths``.

    Threads, not processes: :func:`parse` spends its time in one call into
    the C library, which releases the GIL, so threads scale without copying
    documents between processes (and a :class:`Document` stays a view of
    its C tree).  At most ``4 * workers`` files are read ahead of the one
    yielded, so a batch of any size runs in bounded memory.  A file that
    cannot be read or parsed does not stop the batch: its result has
    ``document=None`` and the exception in ``error``; other exceptions
    (bad arguments) are raised.

    Args:
        paths: file names (``str`` or path-like); an iterable is consumed
            lazily.
        workers: threads; ``None`` means ``os.cpu_count()``; 1 parses in the
            calling thread.
        encoding, replace_invalid, max_line_bytes, max_input_bytes,
            max_nodes, window: as for :func:`parse`, for every file.

    Raises:
        ValueError: a bad ``workers`` or ``window``, before any file is read
            (at the first ``next()``, as this is a generator).
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError("workers must be a positive int or None, not %r" % (workers,))
    _window(window)  # else every file would fail with the same ValueError
    options = dict(encoding=encoding, replace_invalid=replace_invalid, max_line_bytes=max_line_bytes,
                   max_input_bytes=max_input_bytes, max_nodes=max_nodes, window=window)
    names = (os.fspath(p) for p in paths)
    if workers == 1:
        for name in names:
            yield _one(name, options)
        return
    pending: Deque["Future[FileResult]"] = deque()
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsparse")
    try:
        for name in names:
            pending.append(pool.submit(_one, name, options))
            if len(pending) >= workers * _AHEAD_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
