"""The process's memory: readings, and freed memory handed back to the system (glibc)."""

from __future__ import annotations

import pytest

from kiosk import memory
from kiosk.memory import heap_in_use, release_free_memory, rss_bytes

MB = 1024 * 1024
glibc_only = pytest.mark.skipif(heap_in_use() is None, reason="glibc's allocator only")


def test_the_resident_size_is_read() -> None:
    assert 5 * MB < rss_bytes() < 4096 * MB


@glibc_only
def test_the_heap_reading_follows_allocations() -> None:
    before = heap_in_use()
    assert before is not None
    blocks = [bytes(2048) for _ in range(10_000)]  # 20 MB of blocks too big for Python's own pools
    during = heap_in_use()
    assert during is not None and during - before > 15 * MB
    del blocks
    after = heap_in_use()
    assert after is not None and after - before < 5 * MB


@glibc_only
def test_freed_pages_between_live_blocks_go_back_to_the_system() -> None:
    """What a day of visitors does to the heap: most blocks freed, a few kept here and there.
    The allocator keeps the freed pages (the resident size stays up) until asked to return them."""
    blocks = [bytes(2048) for _ in range(20_000)]
    kept = blocks[::100]  # pins the heap: without it, glibc would give the top of it back by itself
    del blocks
    held = rss_bytes()
    assert release_free_memory() is True
    assert held - rss_bytes() > 20 * MB
    del kept


def test_without_glibc_nothing_is_read_or_released(monkeypatch: pytest.MonkeyPatch) -> None:
    """musl, Windows, macOS: no allocator call is made, and the callers are told so."""
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.heap_in_use() is None
    assert memory.release_free_memory() is False
