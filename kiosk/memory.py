"""The process's memory: how much it holds, and handing freed memory back to the system.

A kiosk runs all day. Qt and Python free what a visitor's screens and dialogs allocated, but the C
allocator (glibc's ``malloc`` on Linux) keeps freed pages inside its heap, scattered between live
blocks, so the resident size creeps up while the live heap stays flat. Between two visitors the
kiosk asks the allocator to return those pages (:func:`release_free_memory`, glibc's
``malloc_trim``). Elsewhere there is nothing portable to call, and nothing is done.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ctypes

#: The fields of glibc's ``struct mallinfo2`` (2.33 and later), byte counts as ``size_t``.
_MALLINFO2_FIELDS = (
    "arena",
    "ordblks",
    "smblks",
    "hblks",
    "hblkhd",
    "usmblks",
    "fsmblks",
    "uordblks",
    "fordblks",
    "keepcost",
)


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (it has ``malloc_trim``), else None (musl, Windows, macOS).
    ``ctypes`` is imported here, the first time memory is released or measured, not at start."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)  # the symbols already loaded, the C library's among them
    except OSError:
        return None
    if not hasattr(libc, "malloc_trim"):
        return None
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    libc.malloc_trim.restype = ctypes.c_int
    if hasattr(libc, "mallinfo2"):
        mallinfo2: Any = type(
            "_MallInfo2", (ctypes.Structure,), {"_fields_": [(name, ctypes.c_size_t) for name in _MALLINFO2_FIELDS]}
        )
        libc.mallinfo2.argtypes = []
        libc.mallinfo2.restype = mallinfo2
    return libc


def rss_bytes() -> int:
    """The resident set size now (``/proc/self/statm``), else the peak one (``getrusage``)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def heap_in_use() -> int | None:
    """Bytes the C allocator has handed out and not had back (glibc's ``mallinfo2``: blocks in use
    plus large blocks mapped on their own), or None where it cannot say. Unlike the resident size,
    it does not count freed pages the allocator keeps: it is what a leak of Qt objects, or of
    Python objects over 512 bytes, makes grow. Smaller Python objects live in Python's own pools,
    which ``sys.getallocatedblocks()`` counts."""
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        return None
    info = libc.mallinfo2()
    return int(info.uordblks + info.hblkhd)


def release_free_memory() -> bool:
    """Collect Python's garbage, then give the allocator's free pages back to the system.

    Returns True when memory was returned (glibc), False where nothing could be done. It takes a
    few milliseconds: call it when nobody waits, e.g. after the reset for the next visitor.
    """
    gc.collect()
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
