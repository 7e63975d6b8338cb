"""End-to-end benchmark of ``redline analyze`` on a PDF: a script, not a test (timings on a shared machine are too
noisy to assert).

Run from the repository root, in the project's venv (``pip install -e '.[test]'``: needs reportlab):

    python tests/benchmarks/bench_end_to_end.py [--reps 3] [--strict]

It draws the ~50-page generated bill of ``bench_ingest.py`` in a temporary directory and times whole processes,
as a user runs them (interpreter start, imports, extraction, analysis and JSON output), the median of
``--reps`` runs each, all in this one run so a busy machine moves both sides of each ratio:

1. ``redline analyze --engine pdfium -f json`` against ``redline analyze -f json`` (the pdfplumber engine): at
   least 10x faster;
2. the same pdfium run against a bare process that imports spaCy and reads every page's text with pypdfium2
   (what no analyzer can go below): within 6x.

Both redline runs use ``--no-cache`` and ``--fail-on never`` (a tripped gate is no failure here). Nothing is
written into the repository. The exit status is 0 unless ``--strict`` is given and a target is missed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from bench_ingest import SMALL_PAGES, bench_args, make_bill, timed  # noqa: E402

MIN_PDFIUM_SPEEDUP = 10.0
MAX_OVER_BARE = 6.0

# A process that does only what no analysis of a PDF can skip: import spaCy, read every page's text.
_BARE = r"""
import sys
import spacy  # noqa: F401
import pypdfium2
pdf = pypdfium2.PdfDocument(sys.argv[1])
for page in pdf:
    text = page.get_textpage()
    text.get_text_range()
    text.close()
    page.close()
pdf.close()
"""


def run(cmd: list[str]) -> float:
    """Seconds one whole process takes."""
    return timed(lambda: subprocess.run(cmd, check=True, capture_output=True))


def main() -> int:
    args = bench_args(__doc__, 3)
    reps = args.reps
    work = Path(tempfile.mkdtemp(prefix="redline-e2e-"))
    try:
        bill, pages = make_bill(work, SMALL_PAGES)
        out = work / "out.json"
        redline = [sys.executable, "-m", "redline_cli", "analyze", str(bill), "-f", "json", "--no-cache",
                   "--fail-on", "never", "-o", str(out)]
        runs = {
            "bare (import spacy + pypdfium2 text)": [sys.executable, "-c", _BARE, str(bill)],
            "redline --engine pdfium": [*redline, "--engine", "pdfium"],
            "redline (pdfplumber engine)": redline,
        }
        for cmd in runs.values():
            run(cmd)  # warm-up: the OS file cache, compiled bytecode
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(reps):
            for name, cmd in runs.items():  # interleaved, so a busy spell hits every command alike
                times[name].append(run(cmd))
        med = {name: statistics.median(values) for name, values in times.items()}
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; bill of {pages} pages; {reps} repetitions")
        for name, values in times.items():
            print(f"{name:40s} median {med[name]:.2f} s  (" + ", ".join(f"{v:.2f}" for v in values) + ")")
        speedup = med["redline (pdfplumber engine)"] / med["redline --engine pdfium"]
        over_bare = med["redline --engine pdfium"] / med["bare (import spacy + pypdfium2 text)"]
        ok = True
        for label, value, target, met in (
                ("pdfium engine speed-up over pdfplumber, end to end", f"{speedup:.1f}x",
                 f">= {MIN_PDFIUM_SPEEDUP:.0f}x", speedup >= MIN_PDFIUM_SPEEDUP),
                ("pdfium run over the bare process", f"{over_bare:.2f}x", f"<= {MAX_OVER_BARE:.0f}x",
                 over_bare <= MAX_OVER_BARE)):
            ok &= met
            print(f"{label:52s} {value:>8s}  target {target:7s} {'met' if met else 'MISSED'}")
        return 0 if ok or not args.strict else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
