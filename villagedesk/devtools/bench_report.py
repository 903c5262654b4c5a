"""The figures table every bench writes: one line per figure, with its baseline, ratio, target
and verdict; and the small statistics and timings the benches share."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    """``fn`` made to return the seconds it took."""

    def run() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return run


def best_time(run: Callable[[], float], runs: int = 3, *, long_s: float = math.inf) -> float:
    """The fastest of ``runs`` timings (``run`` returns its seconds); a single one when the first
    took ``long_s`` or more (best-of-N buys nothing there)."""
    best = run()
    for _ in range(runs - 1):
        if best >= long_s:
            break
        best = min(best, run())
    return best


def ratio(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else float("inf")


def seconds(value: float) -> str:
    """A duration as a figure: seconds from 1 s, else milliseconds."""
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.0f} ms" if value >= 0.1 else f"{value * 1000:.1f} ms"


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


def report_timing(name: str, value: float, baseline: float, *, limit: float, against: str) -> None:
    """A figure timed against its baseline (both in seconds), judged ``≤ limit×`` the baseline."""
    factor = ratio(value, baseline)
    report_figure(
        name,
        seconds(value),
        seconds(baseline),
        factor,
        target=f"≤ {limit:g}× {against}",
        ok=factor <= limit,
    )
