"""Give freed heap memory back to the operating system after the recognisers' big, short-lived allocations.

Loading a model and each Whisper transcription allocate hundreds of MiB that are freed at once; glibc keeps
the freed pages in its arenas, so the process's resident memory stays at its peak (bench/bench_voice.py
--only-memory: 65-85 MiB of the voice's added memory). ``malloc_trim(0)`` returns them. Other C libraries
(musl, macOS) have no such call: there it is a no-op.
"""

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        function: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return function


def release_free_memory() -> bool:
    """Return the heap's free pages to the operating system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
