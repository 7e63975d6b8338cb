"""PDF ingest benchmark: a script, not a test (timings on a shared machine are too noisy to assert).

Run from the repository root, in the project's venv (``pip install -e '.[test]'``: needs reportlab):

    python tests/benchmarks/bench_ingest.py [--reps 5] [--strict]

It draws the corpus text of H.R. 4695 repeated into generated bills (layout ``bill``: margin line
numbers, running header and footer, fake bold, hyphenation) in a temporary directory, and reports
ratios measured within this one run (the median of ``--reps`` timings each), so a slow or busy
machine moves both sides of each ratio:

1. the pdfplumber engine against a bare pdfplumber ``extract_text`` loop on a ~50-page bill: at most 1.3x;
2. the pdfium engine's speed-up over the pdfplumber engine on the same bill: at least 15x;
3. a cached re-run against a cold run (pdfplumber engine, ``REDLINE_CACHE_DIR`` a temp dir): under 5%;
4. peak RSS of a child process extracting a ~400-page bill with the pdfplumber engine: under 300 MB
   (the RSS of a python that only imports pdfplumber is shown beside it).

Nothing is written into the repository. The exit status is 0 unless ``--strict`` is given and a
target is missed.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
for _p in (str(ROOT), str(TESTS)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

SOURCE = ROOT / "corpus" / "us-hr4695-2025-facial-recognition-act.txt"
SMALL_PAGES = 50
LARGE_PAGES = 400

MAX_ENGINE_OVER_BARE = 1.3
MIN_PDFIUM_SPEEDUP = 15.0
MAX_CACHED_SHARE = 0.05
MAX_PEAK_RSS_MB = 300.0

# Run in a child process; prints the peak RSS (VmHWM) of that process in kB.
_PEAK_RSS = r"""
import sys
def peak_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
if sys.argv[1] == "load":
    from redline_cli.ingest import load
    doc = load(sys.argv[2], engine="pdfplumber", use_cache=False)
    assert doc.pages >= 2
else:
    import pdfplumber  # noqa: F401
print(peak_kb())
"""


def make_bill(directory: Path, pages: int) -> tuple[Path, int]:
    """A generated bill of about ``pages`` pages (the corpus text repeated), and its page count."""
    from pdfgen import body_of, render

    body = body_of(SOURCE)
    path = directory / f"bill-{pages}.pdf"
    probe = render(body, path, "bill", repeat=1)
    repeat = max(1, round(pages / probe))
    made = render(body, path, "bill", repeat=repeat) if repeat > 1 else probe
    return path, made


def bare_pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_rss_mb(*args: str) -> float:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    out = subprocess.run([sys.executable, "-c", _PEAK_RSS, *args], capture_output=True, text=True, env=env,
                         check=True)
    return int(out.stdout.split()[-1]) / 1024


def fmt_s(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s  (" + ", ".join(f"{v:.3f}" for v in values) + ")"


def bench_args(doc: str, reps: int) -> argparse.Namespace:
    """The options every ingest benchmark takes: ``--reps`` (at least 1) and ``--strict``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--reps", type=int, default=reps, help=f"timings per measurement (default {reps})")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any target is missed")
    args = parser.parse_args()
    args.reps = max(1, args.reps)
    return args


def main() -> int:
    args = bench_args(__doc__, 5)
    reps = args.reps

    from redline_cli.ingest import load

    work = Path(tempfile.mkdtemp(prefix="redline-bench-"))
    try:
        small, small_pages = make_bill(work, SMALL_PAGES)
        large, large_pages = make_bill(work, LARGE_PAGES)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {reps} repetitions each")
        print(f"bill: {small_pages} pages ({small.stat().st_size // 1024} kB); "
              f"large bill: {large_pages} pages ({large.stat().st_size // 1024} kB)")

        # Warm-up: imports, the OS file cache, first-call costs.
        bare_pdfplumber(small)
        plumber_doc = load(small, engine="pdfplumber", use_cache=False)
        pdfium_doc = load(small, engine="pdfium", use_cache=False)
        if plumber_doc.text != pdfium_doc.text:
            print("WARNING: the engines read different text from the bill")

        # Interleaved, so that a slow spell of the machine hits every measurement alike.
        bare, plumber, pdfium, cold, warm = [], [], [], [], []
        for rep in range(reps):
            bare.append(timed(lambda: bare_pdfplumber(small)))
            plumber.append(timed(lambda: load(small, engine="pdfplumber", use_cache=False)))
            pdfium.append(timed(lambda: load(small, engine="pdfium", use_cache=False)))
            cache_dir = work / f"cache-{rep}"
            os.environ["REDLINE_CACHE_DIR"] = str(cache_dir)
            cold.append(timed(lambda: load(small, engine="pdfplumber", use_cache=True)))
            warm.append(timed(lambda: load(small, engine="pdfplumber", use_cache=True)))
            if not any(cache_dir.rglob("*.json.gz")):
                print("WARNING: the cold run wrote no cache entry")
        print(f"bare pdfplumber loop : {fmt_s(bare)}")
        print(f"pdfplumber engine    : {fmt_s(plumber)}")
        print(f"pdfium engine        : {fmt_s(pdfium)}")
        print(f"cold run (cache on)  : {fmt_s(cold)}")
        print(f"cached re-run        : {fmt_s(warm)}")
        paired = [statistics.median(a / b for a, b in zip(x, y, strict=True))
                  for x, y in ((plumber, bare), (plumber, pdfium), (warm, cold))]
        print("paired per-repetition ratios (medians, for comparison): engine/bare {:.2f}x, "
              "pdfium speed-up {:.1f}x, cached/cold {:.1%}".format(*paired))

        baseline_mb = peak_rss_mb("import")
        peak_mb = peak_rss_mb("load", str(large))
        print(f"peak RSS, python importing pdfplumber only: {baseline_mb:.1f} MB")
        print(f"peak RSS, pdfplumber engine on {large_pages} pages: {peak_mb:.1f} MB "
              f"(+{peak_mb - baseline_mb:.1f} MB over the baseline)")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    med = statistics.median
    over_bare = med(plumber) / med(bare)
    speedup = med(plumber) / med(pdfium)
    cached = med(warm) / med(cold)
    rows = [
        (f"pdfplumber engine / bare extract_text ({small_pages} p.)", f"{over_bare:.2f}x",
         f"<= {MAX_ENGINE_OVER_BARE}x", over_bare <= MAX_ENGINE_OVER_BARE),
        (f"pdfium speed-up over pdfplumber engine ({small_pages} p.)", f"{speedup:.1f}x",
         f">= {MIN_PDFIUM_SPEEDUP:g}x", speedup >= MIN_PDFIUM_SPEEDUP),
        (f"cached re-run / cold run ({small_pages} p.)", f"{cached:.1%}", f"< {MAX_CACHED_SHARE:.0%}",
         cached < MAX_CACHED_SHARE),
        (f"peak RSS, pdfplumber engine ({large_pages} p.)", f"{peak_mb:.0f} MB (+{peak_mb - baseline_mb:.0f})",
         f"< {MAX_PEAK_RSS_MB:g} MB", peak_mb < MAX_PEAK_RSS_MB),
    ]
    widths = [max(len(r[i]) for r in [("metric", "measured", "target"), *[r[:3] for r in rows]]) for i in range(3)]
    print()
    print(f"{'metric':<{widths[0]}}  {'measured':>{widths[1]}}  {'target':<{widths[2]}}  result")
    print("  ".join("-" * w for w in widths) + "  ------")
    for name, measured, target, ok in rows:
        print(f"{name:<{widths[0]}}  {measured:>{widths[1]}}  {target:<{widths[2]}}  {'PASS' if ok else 'FAIL'}")
    failed = sum(not r[3] for r in rows)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
