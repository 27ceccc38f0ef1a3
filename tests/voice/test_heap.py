"""voice.heap: freed heap pages go back to the operating system (glibc on the project's machines)."""

import psutil

from voice.heap import release_free_memory

BLOCK_BYTES = 4096  # below glibc's mmap threshold: served from the heap, kept after free
BLOCK_COUNT = 50_000  # ~200 MiB
RELEASED_AT_LEAST_MB = 100


def test_freed_blocks_are_returned_to_the_system() -> None:
    process = psutil.Process()
    release_free_memory()
    blocks = [bytearray(BLOCK_BYTES) for _ in range(BLOCK_COUNT)]
    keep = bytearray(BLOCK_BYTES)  # allocated last: the heap's top stays in use, so free() alone cannot shrink it
    del blocks
    before_mb = process.memory_info().rss / 2**20
    assert release_free_memory() is True
    after_mb = process.memory_info().rss / 2**20
    assert before_mb - after_mb >= RELEASED_AT_LEAST_MB
    assert len(keep) == BLOCK_BYTES


def test_calling_it_again_is_harmless() -> None:
    assert release_free_memory() is True
    assert release_free_memory() is True
