"""Keep None, True and False alive for good on CPython 3.11, as CPython 3.12 does (PEP 683).

PySide6 6.12.0 (shiboken6 6.12.0, the abi3 wheels) returns ``None`` from every C++ method that
returns void without taking a reference, and does the same with ``True``/``False`` on some
paths. On CPython 3.12 and later these objects are immortal and nothing happens; on 3.11, which
the Windows installer bundles, each call drops one reference, and after some tens of thousands
of calls (a long working day, or the screen probe) the program aborts with
"Fatal Python error: none_dealloc". No release of PySide6 6.12 fixes it yet, and 6.11 has no
QtPdf add-on for the Essentials wheel.

Raising the three reference counts by 2**40 makes them as good as immortal: a 64-bit count
would need a trillion dropped references to reach zero. ``tests/test_refcounts.py`` checks both
the leak this guards against and that the guard holds.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_done: list[bool] = []


def immortalize() -> bool:
    """Apply the guard once (True when applied; False on CPython 3.12+ or another Python)."""
    if _done:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += HEADROOM
    _done.append(True)
    return True
