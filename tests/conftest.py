"""Shared fixtures: the corpus, generated PDFs of it, and an isolated cache directory."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"

# Tests never touch the user's cache. The pytest-xdist workers of one run inherit the directory the
# controller made (the cache writes atomically), so a PDF one worker has read is not read again by
# another; tests of the cache itself take an isolated one (``isolated_cache``).
if not os.environ.get("REDLINE_TEST_RUN_CACHE"):
    os.environ["REDLINE_TEST_RUN_CACHE"] = tempfile.mkdtemp(prefix="redline-test-cache-")
os.environ["REDLINE_CACHE_DIR"] = os.environ["REDLINE_TEST_RUN_CACHE"]
os.environ.pop("GITHUB_ACTIONS", None)
os.environ["NO_COLOR"] = "1"
os.environ.pop("COLUMNS", None)  # text reports written to a pipe take $COLUMNS: keep them at 80 here

CORPUS_SLUGS = sorted(p.name[: -len(".txt")] for p in CORPUS.glob("*.txt"))


def corpus_body(slug: str) -> str:
    from pdfgen import body_of

    return body_of(CORPUS / f"{slug}.txt")


def sentences(body: str) -> list[str]:
    """The sentences of a law text, whitespace folded: what extraction must keep whole."""
    from redline_cli.document import fold

    out = []
    for para in body.split("\n"):
        para = fold(para)
        out.extend(s for s in re.split(r"(?<=[.;:])\s+(?=[A-Z(“\"])", para) if len(s) > 3)
    return out


def sentence_pattern(sentence: str) -> re.Pattern:
    """Match a sentence exactly, except that a compound's own hyphen may be lost where a line
    broke at it (``computer-`` / ``evaluated``): no dictionary can tell those from soft hyphens."""
    from redline_cli.document import fold

    return re.compile(re.sub(r"(?<=[a-z])\\-(?=[a-z])", "-?", re.escape(fold(sentence))))


@pytest.fixture(scope="session")
def generated_pdfs(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """Every corpus text drawn in every test layout: {(slug, layout): path}."""
    from pdfgen import LAYOUTS, render

    out = tmp_path_factory.mktemp("pdfs")
    made = {}
    for slug in CORPUS_SLUGS:
        for layout in LAYOUTS:
            path = out / f"{slug}.{layout}.pdf"
            render(corpus_body(slug), path, layout)
            made[(slug, layout)] = path
    return made


@pytest.fixture(scope="session")
def read_pdf():
    """``read_pdf(path, engine)``: a generated PDF as the engine reads it, bypassing redline's cache
    (the reader is what these tests examine), read once per worker: the tests that only look at what
    was read (sentences whole, engines agree, hyphens joined, columns in order) share it."""
    from redline_cli.ingest import load

    memo: dict[tuple[str, str], object] = {}

    def read(path: Path, engine: str = "pdfplumber"):
        key = (str(path), engine)
        if key not in memo:
            memo[key] = load(path, engine=engine, use_cache=False)
        return memo[key]

    return read


@pytest.fixture()
def isolated_cache(tmp_path, monkeypatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(cache))
    return cache


@pytest.fixture(scope="session")
def rulebook():
    from redline_cli.rulebook import load_rulebook

    return load_rulebook()


@pytest.fixture(scope="session")
def context():
    """One analysis context (rules, spaCy pipeline, scoring model) for the whole session."""
    from redline_cli.api import Context

    return Context()


@pytest.fixture(scope="session")
def analyze_text(context):
    """Analyze a law given as text: ``analyze_text(text, role=None) -> Analysis``."""
    from redline_cli.api import analyze_text as run

    def _run(text: str, role: str | None = None):
        return run(text, role=role, context=context)

    return _run
