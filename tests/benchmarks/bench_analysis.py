"""Analysis benchmark: a script, not a test (timings on a shared machine are too noisy to assert).

Run from the repository root, in the project's venv (``pip install -e '.[test]'``: needs reportlab):

    python tests/benchmarks/bench_analysis.py [--reps 5] [--strict]

On a generated ~50-page bill (the corpus text of H.R. 4695, repeated, in the ``bill`` layout) it
reports, as ratios measured within this one run (medians of ``--reps`` timings):

1. spaCy processing plus rules and analysis of the extracted Document, and its JSON report (what a
   run does after the text is extracted), against the pdfplumber engine's extraction of the same
   PDF: target under 10%. Each timed analysis starts from an empty tokenizer cache, as the one law
   of a single run does; analyses with the cache warm (as later laws of a batch, which share their
   words, find it) are shown beside it;
2. the one-off cost of building the pipeline (spaCy import, rule compilation), paid once per
   process however many documents follow, shown in seconds and against one analysis.

Nothing is written into the repository. The exit status is 0 unless ``--strict`` is given and a
target is missed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for _p in (str(ROOT), str(ROOT / "tests")):
    if _p not in sys.path:
        sys.path.insert(0, _p)


def _median(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()

    from pdfgen import body_of, render

    from redline_cli.analysis import analyze_document
    from redline_cli.ingest import load
    from redline_cli.report import json_report
    from redline_cli.rulebook import load_rulebook

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "bill.pdf"
        pages = render(body_of(ROOT / "corpus" / "us-hr4695-2025-facial-recognition-act.txt"), pdf, "bill", repeat=2)
        t = time.perf_counter()
        from redline_cli import nlp

        book = load_rulebook()
        nlp.pipeline(book)
        build = time.perf_counter() - t
        doc = load(pdf, use_cache=False)

        def run() -> None:
            json_report.render([analyze_document(doc, book)], io.StringIO())

        def cold() -> None:
            # spaCy's tokenizer cache emptied and redline's warmer forgotten: the law is new to the process
            tokenizer = nlp.pipeline(book).tokenizer
            tokenizer._flush_cache()
            nlp.pipeline(book).__dict__.pop("_redline_cache_warmer", None)
            run()

        extract = _median(lambda: load(pdf, use_cache=False), args.reps)
        analysis = _median(cold, args.reps)
        warm = _median(run, args.reps)
    ratio = analysis / extract
    ok = ratio < 0.10
    print(f"document: {pages} pages, {len(doc.text):,} characters, {len(doc.provisions) - 1} provisions")
    print(f"{'metric':52} {'measured':>12} {'target':>8}")
    print(f"{'pdfplumber extraction (median s)':52} {extract:12.3f}")
    print(f"{'spaCy + rules + analysis + JSON report (median s)':52} {analysis:12.3f}")
    print(f"{'analysis / extraction':52} {ratio:11.1%} {'< 10%':>8}  {'PASS' if ok else 'FAIL'}")
    print(f"{'the same with the tokenizer cache warm (s)':52} {warm:12.3f}  ({warm / extract:.1%})")
    print(f"{'per page: extraction / analysis (ms)':52} {1000 * extract / pages:6.1f} / {1000 * analysis / pages:4.1f}")
    print(f"{'pipeline build, once per process (s)':52} {build:12.3f}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
