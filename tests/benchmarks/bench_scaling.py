"""Scaling benchmark: a script, not a test (timings on a shared machine are too noisy to assert).

Run from the repository root, in the project's venv:

    python tests/benchmarks/bench_scaling.py [--size 1] [--strict]

Hostile shapes of input that once grew faster than their size: pages nested 100k deep (``<nav>``,
``<svg>``, ``<li>``, ``<div>``), a law of thousands of tiny provisions, a law on one line, and a
long ordinary law. Each is analyzed by ``redline analyze --jobs 1 --no-cache`` at size n and 4n
(``--size`` scales n), in a child process whose peak RSS is read from ``getrusage``. Reported,
as ratios within this one run:

1. time at 4n / time at n: near-linear is about 4x; target under 6x (quadratic would be 16x);
2. peak RSS above the RSS of analyzing an empty law, per MB of input text: the memory constant
   (target under 400 MB per MB at 4n, so a 10 MB law fits in the default ``--max-memory``).
Times are net of the time to analyze a one-line law (start-up, pipeline), so the ratio is the
analysis's own growth.

Nothing is written into the repository. Exit status 0 unless ``--strict`` is given and a target is
missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_batch import peak_rss_mb  # the same child-process probe (this folder is on sys.path)

ROOT = Path(__file__).resolve().parents[2]
REDLINE = [sys.executable, "-m", "redline_cli", "analyze", "--jobs", "1", "--no-cache", "--format", "json",
           "--fail-on", "never", "--quiet", "--max-size", "1000", "--max-line", "100000000", "--max-memory", "65536"]
LAW = (ROOT / "corpus" / "boston-16-62.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def nested(tag: str) -> Callable[[int], tuple[str, str]]:
    def make(size: int) -> tuple[str, str]:
        depth = size // (2 * len(tag) + 6)
        return "html", ("<html><body><p>No department shall use face recognition.</p>"
                        + f"<{tag}>x" * depth + f"</{tag}>" * depth + "</body></html>")
    return make


def provisions(size: int) -> tuple[str, str]:
    sections = (f"Sec. {i}. No department shall use face recognition in zone {i}.\n" for i in range(1, size // 60))
    return "txt", "".join(sections)


def one_line(size: int) -> tuple[str, str]:
    return "txt", _fill(" ".join(LAW.split()) + " ", size)


def long_law(size: int) -> tuple[str, str]:
    return "txt", _fill(LAW, size)


SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    "html <nav> nested": nested("nav"),
    "html <svg> nested": nested("svg"),
    "html <li> nested": nested("li"),
    "html <div> nested": nested("div"),
    "many provisions": provisions,
    "law on one line": one_line,
    "long law": long_law,
}


def run(path: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of analyzing ``path`` in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    t = time.perf_counter()
    rss = peak_rss_mb([*REDLINE, str(path)], env)
    return time.perf_counter() - t, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="n in MB of input (default 1: 1 MB and 4 MB)")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    n = int(2**20 * args.size)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("No department shall use face recognition.\n", encoding="utf-8")
        base_s, base_rss = run(empty)
        print(f"baseline: analyzing a one-line law takes {base_s:.2f} s and peaks at {base_rss:.0f} MB")
        print(f"{'shape':22} {'MB in':>7} {'s at n':>7} {'s at 4n':>8} {'ratio':>6} {'MB/MB':>6}  verdict")
        for name, make in SHAPES.items():
            timings = []
            for size in (n, 4 * n):
                ext, text = make(size)
                path = Path(tmp) / f"input.{ext}"
                path.write_text(text, encoding="utf-8")
                seconds, rss = run(path)
                timings.append((seconds, rss, len(text.encode()) / 2**20))
            (t1, _, _), (t4, rss4, mb4) = timings
            ratio = max(t4 - base_s, 0.01) / max(t1 - base_s, 0.01)
            per_mb = max(0.0, rss4 - base_rss) / mb4
            good = ratio < 6 and per_mb < 400
            ok &= good
            print(f"{name:22} {mb4:7.2f} {t1:7.2f} {t4:8.2f} {ratio:5.1f}x {per_mb:6.0f}  {'PASS' if good else 'FAIL'}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
