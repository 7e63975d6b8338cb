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
    """A corpus law with lines deleted, duplicated or swapped, enumerators and punctuation changed,
    and random characters (any Unicode, controls included) dropped in."""
    lines = draw(st.sampled_from(TEXTS)).splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "enumerator", "punctuation", "noise"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "enumerator":
            lines[i] = draw(st.sampled_from(["(a) ", "1. ", "§ 2-", "(iv)", "Sec. 9. ", "—", ""])) + lines[i]
        elif op == "punctuation":
            lines[i] = lines[i].replace(".", draw(st.sampled_from([";", ":", "", ".."])))
        else:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(max_size=12)) + lines[i][at:]
    return "\n".join(lines)


@seed(11)
@FUZZ
@given(text=mutated_law())
def test_mutated_laws_never_crash_and_read_the_same_twice(text, context):
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        data = text.encode("utf-8", "replace")
    first = _analysis_json(data, context)
    assert first == _analysis_json(data, context)


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for where, value in flips:
        out[where % len(out)] = value
    return bytes(out)


@seed(12)
@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=40),
       engine=st.sampled_from(["pdfplumber", "pdfium"]))
def test_byte_flipped_pdfs_are_read_or_refused_in_one_line(flips, engine):
    data = _flip(PDF[:-2048], flips) + PDF[-2048:]  # keep %%EOF: damage inside the file
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
        load_bytes(_flip(DOCX, flips), "flipped.docx", use_cache=False)
    except InputError as exc:
        assert "\n" not in str(exc) and "internal error" not in str(exc)


RULE = """rules:
  - id: exemption.other.fuzz
    kind: exemption
    title: Fuzz
    severity: low
    message: "m"
    why: "w"
    match:
      any:
        - {pattern}
    examples:
      match: ["x"]
      no_match: ["y"]
"""


@seed(14)
@FUZZ
@given(pattern=st.one_of(
    st.text(max_size=40),
    st.builds(lambda r: f'tokens: [{{TEXT: {{REGEX: "{r}"}}}}]', st.from_regex(r"[a()+*?|\\\\.{},0-9]{1,12}",
                                                                               fullmatch=True)),
    st.builds(lambda a, b: f'tokens: [{{LOWER: a}}, {{OP: "{{0,{a}}}"}}, {{LOWER: b}}, {{OP: "{{0,{b}}}"}}]',
              st.integers(0, 60), st.integers(0, 60)),
    st.sampled_from(["tokens: *x", "phrase: &x [a, *x]", "tokens: [{LEMMA: {IN: [yes, no, 010, 1:30]}}]",
                     "lemmas: !!python/object/apply:os.system ['true']"])))
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
