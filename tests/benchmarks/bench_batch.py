"""Batch benchmark: a script, not a test (timings on a shared machine are too noisy to assert).

Run from the repository root, in the project's venv (``pip install -e '.[test]'``: needs reportlab):

    python tests/benchmarks/bench_batch.py [--documents 200] [--strict]

It builds a batch of ``--documents`` files (the corpus texts and their PDF renderings in
``corpus/variants``, repeated under distinct names) in a temporary directory and reports, each as a
ratio measured within this one run:

1. ``redline analyze --jobs 2`` against ``--jobs 1`` on the whole batch, cold (``--no-cache``):
   target at least 1.6x faster;
2. a cached re-run against a cold run (``--jobs 1``, a fresh ``REDLINE_CACHE_DIR``): target under 10%;
3. ``redline --help`` against ``python -c "import typer"`` (medians of 5): target under 2x;
4. peak RSS of a run on the whole batch against a run on a tenth of it (``--jobs 1``, so one
   process holds everything): target within 1.5x.

Nothing is written into the repository. Exit status 0 unless ``--strict`` is given and a target is
missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REDLINE = [sys.executable, "-m", "redline_cli"]


def batch(folder: Path, n: int) -> list[str]:
    sources = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus" / "variants").glob("*.pdf"))
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        target = folder / f"{i:04d}-{src.name}"
        shutil.copyfile(src, target)
        out.append(str(target))
    return out


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:6])} ... failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed


def peak_rss_mb(cmd: list[str], env: dict[str, str]) -> float:
    """Peak RSS of the largest process of ``cmd``'s tree, measured from a fresh wrapper process."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip()) / 1024


def row(name: str, measured: str, target: str, ok: bool | None) -> bool:
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    print(f"{name:58} {measured:>14} {target:>10}  {verdict}")
    return ok is not False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        files = batch(docs, args.documents)
        common = ["analyze", "--format", "jsonl", "--fail-on", "never", "--quiet"]
        print(f"batch: {len(files)} documents ({sum(f.endswith('.pdf') for f in files)} PDFs)")
        print(f"{'metric':58} {'measured':>14} {'target':>10}")
        one = timed([*REDLINE, *common, "--no-cache", "--jobs", "1", *files], env)
        two = timed([*REDLINE, *common, "--no-cache", "--jobs", "2", *files], env)
        row("analyze --jobs 1, cold (s)", f"{one:.1f}", "", None)
        row("analyze --jobs 2, cold (s)", f"{two:.1f}", "", None)
        ok &= row("speed-up of --jobs 2 over --jobs 1", f"{one / two:.2f}x", ">= 1.6x", one / two >= 1.6)

        cache_env = {**env, "REDLINE_CACHE_DIR": str(Path(tmp) / "cache")}
        cold = timed([*REDLINE, *common, "--jobs", "1", *files], cache_env)
        warm = timed([*REDLINE, *common, "--jobs", "1", *files], cache_env)
        row("cold run with an empty cache (s)", f"{cold:.1f}", "", None)
        row("cached re-run (s)", f"{warm:.2f}", "", None)
        ok &= row("cached re-run / cold run", f"{warm / cold:.1%}", "< 10%", warm / cold < 0.10)

        helps = [timed([*REDLINE, "--help"], env) for _ in range(5)]
        typers = [timed([sys.executable, "-c", "import typer"], env) for _ in range(5)]
        h, t = statistics.median(helps), statistics.median(typers)
        row("redline --help (median s)", f"{h:.3f}", "", None)
        row("python -c 'import typer' (median s)", f"{t:.3f}", "", None)
        ok &= row("redline --help / import typer", f"{h / t:.2f}x", "< 2x", h / t < 2)

        tenth = files[: max(1, len(files) // 10)]
        small = peak_rss_mb([*REDLINE, *common, "--no-cache", "--jobs", "1", *tenth], env)
        large = peak_rss_mb([*REDLINE, *common, "--no-cache", "--jobs", "1", *files], env)
        row(f"peak RSS, {len(tenth)} documents (MB)", f"{small:.0f}", "", None)
        row(f"peak RSS, {len(files)} documents (MB)", f"{large:.0f}", "", None)
        ok &= row("peak RSS ratio", f"{large / small:.2f}x", "<= 1.5x", large / small <= 1.5)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
