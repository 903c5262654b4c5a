"""The figures table every bench writes: one line per figure, with its baseline, ratio, target
and verdict; and the small statistics the benches share."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def report_figure(
    name: str,
    value: str,
    baseline: str = "",
    ratio: float | None = None,
    target: str = "",
    ok: bool | None = None,
) -> None:
    verdict = "" if ok is None else ("OK" if ok else "MISSED")
    ratio_s = "" if ratio is None else f"{ratio:.2f}×"
    print(f"{name:<44} {value:>12} {baseline:>12} {ratio_s:>8}  {target:<22} {verdict}", flush=True)
