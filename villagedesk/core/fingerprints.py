"""Fingerprints as people compare them: ``3F7A-19C2-88D0-5E41``, four groups of four.

A key's fingerprint is made by the sync format (``sync.keys.fingerprint``); a package is shown
by the same form of its hash, so a clerk reads both the same way, group by group.
"""

from __future__ import annotations

import re

_FP_RE = re.compile(r"^[0-9A-F]{16}$")


def normalise_fingerprint(text: str) -> str | None:
    """``3f7a19c2 88d0-5e41`` -> ``3F7A-19C2-88D0-5E41``; None when it cannot be one."""
    compact = re.sub(r"[\s\-:]", "", text).upper()
    if not _FP_RE.match(compact):
        return None
    return "-".join(compact[i : i + 4] for i in range(0, 16, 4))


def short_hash(package_hash: str) -> str:
    """A package hash (hex) shown like a fingerprint: its first 16 digits in four groups."""
    head = package_hash[:16].upper()
    return "-".join(head[i : i + 4] for i in range(0, len(head), 4))
