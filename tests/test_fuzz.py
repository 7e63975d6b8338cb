"""Fuzzing (issue 11, item 8): mutated law texts, byte-flipped PDFs and DOCX files, and hostile rule
packs. Properties: nothing but an InputError (or a ConfigError for a pack) ever escapes, and the
same input gives the same analysis.

CI runs a short seeded run. The long run is the same tests with more examples:
``REDLINE_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py -p no:cacheprovider``.
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import CORPUS
from docxgen import make_docx, para, run
from fuzzgen import RULE, DrawPicker, as_bytes, flip, hostile_pattern, mutate_law, mutate_page
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from redline_cli.api import analyze_document
from redline_cli.errors import ConfigError, InputError
from redline_cli.ingest import load_bytes
from redline_cli.rulebook import load_rulebook

EXAMPLES = int(os.environ.get("REDLINE_FUZZ_EXAMPLES", "15"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="REDLINE_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
# Short laws keep a run fast: the properties do not depend on length.
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) if p.stat().st_size < 12_000]
PDF = sorted((CORPUS / "variants").glob("*.pdf"))[0].read_bytes()


def _analysis_json(data: bytes, context) -> str | None:
    """The analysis as JSON, or None for an input error: the only failure allowed."""
    try:
        doc = load_bytes(data, "fuzz", use_cache=False)
    except InputError:
        return None
    return json.dumps(analyze_document(doc, context).to_dict(), sort_keys=True)


@st.composite
def mutated_law(draw) -> str:
    return mutate_law(DrawPicker(draw), TEXTS)


@st.composite
def mutated_page(draw) -> str:
    return mutate_page(DrawPicker(draw), TEXTS)


@seed(11)
@FUZZ
@given(text=mutated_law())
def test_mutated_laws_never_crash_and_read_the_same_twice(text, context):
    data = as_bytes(text)
    first = _analysis_json(data, context)
    assert first == _analysis_json(data, context)


@seed(15)
@FUZZ
@given(page=mutated_page())
def test_mutated_html_pages_never_crash(page, context):
    data = as_bytes(page)
    assert _analysis_json(data, context) == _analysis_json(data, context)


@seed(12)
@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=40),
       engine=st.sampled_from(["pdfplumber", "pdfium"]))
def test_byte_flipped_pdfs_are_read_or_refused_in_one_line(flips, engine):
    data = flip(PDF[:-2048], flips) + PDF[-2048:]  # keep %%EOF: damage inside the file
    try:
        doc = load_bytes(data, "flipped.pdf", engine=engine, use_cache=False)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("flipped.pdf: ")
        assert "internal error" not in str(exc)
        return
    assert doc.text.strip()


DOCX = make_docx([para(run("Sec. 1. No department shall use face recognition technology."))], numbering=None,
                 styles=None)


@seed(13)
@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=20))
def test_byte_flipped_docx_files_are_read_or_refused_in_one_line(flips):
    try:
        load_bytes(flip(DOCX, flips), "flipped.docx", use_cache=False)
    except InputError as exc:
        assert "\n" not in str(exc) and "internal error" not in str(exc)


@seed(14)
@FUZZ
@given(pattern=st.composite(lambda draw: hostile_pattern(DrawPicker(draw)))())
def test_hostile_rule_packs_are_loaded_or_refused_with_a_position(pattern, tmp_path_factory):
    from redline_cli.nlp import build

    folder = tmp_path_factory.mktemp("pack")
    (folder / "pack.yaml").write_text(RULE.format(pattern=pattern), encoding="utf-8")
    try:
        build(load_rulebook([folder], builtin=False))
    except ConfigError as exc:
        assert "pack.yaml" in str(exc) and "\n" not in str(exc).strip()


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_same_input_gives_the_same_json_across_jobs(jobs, context, tmp_path):
    from redline_cli import batch

    paths = []
    for n, text in enumerate(TEXTS[:3]):
        path = tmp_path / f"law{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    serial = [json.dumps(a.to_dict(), sort_keys=True) for a in batch.run(paths, context, jobs=1)]
    assert [json.dumps(a.to_dict(), sort_keys=True) for a in batch.run(paths, context, jobs=jobs)] == serial
