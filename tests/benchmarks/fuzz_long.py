"""The long fuzz run (issue 11): a script, not a test; it takes tens of minutes.

Run from the repository root, in the project's venv (``pip install -e '.[test]'``):

    python tests/benchmarks/fuzz_long.py [--texts 10000] [--files 1000] [--packs 300] [--seed 1]

Each class of hostile input runs in a child process of its own, from the generators the test
suite's seeded run uses (``tests/fuzzgen.py``), drawn here from a seeded ``random.Random``:

- mutated law texts (every tenth analyzed twice: the same input must give the same JSON);
- mutated HTML pages (random tags, unclosed, out of order, 2,000 deep);
- byte-flipped PDFs, with each engine, and byte-flipped DOCX files (``--files`` in all);
- hostile rule packs (random text, random regexes, wide gaps, alias bombs, python tags).

An input *survives* when it is analyzed, or refused with one line naming it (an InputError; a
ConfigError with a position for a pack). It *fails* on any other exception, a refusal that spans
lines or says "internal error", a different result on the second read, or more than ``--limit``
seconds. Printed: per class, tried / survived / failed, the slowest input's time, and the
child's peak RSS; then the first failures. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for _p in (str(ROOT), str(ROOT / "tests")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

CLASSES = ("texts", "html", "pdf-pdfplumber", "pdf-pdfium", "docx", "rule-packs")


def _inputs(name: str, n: int, seed: int):
    """(description, payload) pairs of one class."""
    from docxgen import make_docx, para, run
    from fuzzgen import RULE, RandomPicker, as_bytes, flip, hostile_pattern, mutate_law, mutate_page, random_flips

    pick = RandomPicker(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    pdfs = [p.read_bytes() for p in sorted((ROOT / "corpus" / "variants").glob("*.pdf"))[:6]]
    docx = make_docx([para(run("Sec. 1. No department shall use face recognition technology.")),
                      para(run("Sec. 2. Section 1 does not reach a search for a missing child."))],
                     numbering=None, styles=None)
    for k in range(n):
        if name == "texts":
            yield f"text #{k}", as_bytes(mutate_law(pick, texts))
        elif name == "html":
            yield f"page #{k}", as_bytes(mutate_page(pick, texts))
        elif name.startswith("pdf-"):
            pdf = pick.choice(pdfs)
            body = flip(pdf[:-2048], random_flips(pick, 40, 10**7))
            yield f"pdf #{k}", body + pdf[-2048:]  # keep %%EOF: the damage is inside the file
        elif name == "docx":
            yield f"docx #{k}", flip(docx, random_flips(pick, 20, 10**6))
        else:
            yield f"pack #{k}", RULE.format(pattern=hostile_pattern(pick))


def child(name: str, n: int, seed: int, limit: float) -> dict:
    """Run one class in this process; a summary as a dict."""
    from redline_cli.api import Context, analyze_document
    from redline_cli.errors import ConfigError, InputError
    from redline_cli.ingest import load_bytes
    from redline_cli.nlp import build
    from redline_cli.rulebook import load_rulebook

    context = Context()
    from redline_cli.batch import warm_up

    warm_up(context)  # the pipeline's one-time costs are not the first input's time
    engine = name.split("-", 1)[1] if name.startswith("pdf-") else "pdfplumber"
    label = {"html": "fuzz.html", "docx": "fuzz.docx"}.get(name, "fuzz.pdf" if name.startswith("pdf-") else "fuzz")
    tried = survived = 0
    worst = (0.0, "")
    failures: list[str] = []

    def analysis(data: bytes) -> str | None:
        try:
            doc = load_bytes(data, label, engine=engine, use_cache=False)
        except InputError as exc:
            if "\n" in str(exc).strip() or "internal error" in str(exc) or not str(exc).startswith(label):
                raise AssertionError(f"refusal not one clean line: {str(exc)[:120]!r}") from None
            return None
        return json.dumps(analyze_document(doc, context).to_dict(), sort_keys=True)

    with tempfile.TemporaryDirectory() as tmp:
        for k, (what, payload) in enumerate(_inputs(name, n, seed)):
            tried += 1
            started = time.perf_counter()
            try:
                if name == "rule-packs":
                    folder = Path(tmp) / f"pack{k}"
                    folder.mkdir()
                    (folder / "pack.yaml").write_text(payload, encoding="utf-8")
                    try:
                        build(load_rulebook([folder], builtin=False))
                    except ConfigError as exc:
                        if "pack.yaml" not in str(exc) or "\n" in str(exc).strip():
                            raise AssertionError(f"pack error without its file: {str(exc)[:120]!r}") from None
                else:
                    first = analysis(payload)
                    if k % 10 == 0 and first != analysis(payload):
                        raise AssertionError("a second read gave a different analysis")
                seconds = time.perf_counter() - started
                if seconds > limit:
                    raise AssertionError(f"took {seconds:.1f} s")
                survived += 1
            except Exception as exc:  # the failures are what this run is for
                failures.append(f"{name} {what} (seed {seed}): {type(exc).__name__}: {str(exc)[:200]}")
                seconds = time.perf_counter() - started
            if seconds > worst[0]:
                worst = (seconds, what)
    return {"class": name, "tried": tried, "survived": survived, "failed": tried - survived,
            "worst_seconds": round(worst[0], 3), "worst_input": worst[1], "failures": failures[:5],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000, help="mutated law texts (and as many / 5 HTML pages)")
    parser.add_argument("--files", type=int, default=1_000, help="byte-flipped PDFs and DOCX files in all")
    parser.add_argument("--packs", type=int, default=300, help="hostile rule packs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds an input may take")
    parser.add_argument("--child", choices=CLASSES, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n, args.seed, args.limit)))
        return 0
    counts = {"texts": args.texts, "html": args.texts // 5, "pdf-pdfplumber": args.files * 2 // 5,
              "pdf-pdfium": args.files * 2 // 5, "docx": args.files // 5, "rule-packs": args.packs}
    print(f"{'class':16} {'tried':>7} {'survived':>9} {'failed':>7} {'worst s':>8} {'peak RSS MB':>12}  worst input")
    failed = []
    for name, n in counts.items():
        if n <= 0:
            continue
        proc = subprocess.run([sys.executable, __file__, "--child", name, "--n", str(n), "--seed", str(args.seed),
                               "--limit", str(args.limit)], capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        if proc.returncode != 0:
            print(f"{name:16} child died (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
            failed.append(name)
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{name:16} {r['tried']:7} {r['survived']:9} {r['failed']:7} {r['worst_seconds']:8.2f} "
              f"{r['peak_rss_mb']:12}  {r['worst_input']}", flush=True)
        failed += r["failures"]
    for line in failed:
        print("FAILED", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
