"""PDF ingest on generated bills: margin line numbers, running heads, two columns, hyphenation."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS_SLUGS, corpus_body, sentence_pattern, sentences

from redline_cli.document import fold
from redline_cli.ingest.pdf import dedupe_chars

LAYOUTS = ("bill", "columns", "plain")
ENGINES = ("pdfplumber", "pdfium")
HEADER = "CITY COUNCIL OF EXAMPLE CITY"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("slug", CORPUS_SLUGS)
def test_sentences_come_out_whole(generated_pdfs, read_pdf, slug, layout, engine):
    doc = read_pdf(generated_pdfs[(slug, layout)], engine)
    text = fold(doc.text)
    missing = [s for s in sentences(corpus_body(slug)) if not sentence_pattern(s).search(text)]
    assert not missing, f"{len(missing)} sentences broken, first: {missing[0][:120]!r}"
    assert not re.search(r"Page \d+ of \d+", doc.text)
    if doc.pages >= 2:
        assert HEADER not in doc.text and "Introduced: March" not in doc.text


@pytest.mark.parametrize("slug", CORPUS_SLUGS)
def test_engines_agree(generated_pdfs, read_pdf, slug):
    for layout in LAYOUTS:
        a = read_pdf(generated_pdfs[(slug, layout)], "pdfplumber")
        b = read_pdf(generated_pdfs[(slug, layout)], "pdfium")
        assert a.text == b.text, f"{layout}: the engines read different text"
        assert [(ln.page, ln.cited) for ln in a.lines] == [(ln.page, ln.cited) for ln in b.lines]


def test_bill_keeps_printed_line_numbers_out_of_the_text(generated_pdfs, read_pdf):
    doc = read_pdf(generated_pdfs[("us-hr4695-2025-facial-recognition-act", "bill")])
    assert doc.pages > 20
    printed = [ln.printed for ln in doc.lines if doc.text[ln.start:ln.end].strip()]
    assert all(p is not None and 1 <= p <= 60 for p in printed)
    # Every line number restarts on each page and the text lines never begin with one.
    assert not any(re.match(r"\d{1,2} [a-z]", doc.text[ln.start:ln.end]) for ln in doc.lines)
    loc = doc.locate(re.search(r"request\s+facial\s+recognition\s+for\s+the\s+purpose", doc.text).start())
    assert loc.citation == "102(c)"
    assert loc.page > 1 and loc.line == doc.line_at(loc.char_start).printed


def test_two_columns_are_read_column_by_column(generated_pdfs, read_pdf):
    body = corpus_body("us-hr4695-2025-facial-recognition-act")
    doc = read_pdf(generated_pdfs[("us-hr4695-2025-facial-recognition-act", "columns")])
    text = fold(doc.text)
    # Each sentence must be found after the one before it (searching on from there, so sentences
    # that recur verbatim, like "(A) In general", do not confuse the order).
    pos, out_of_order = 0, []
    for s in sentences(body):
        m = sentence_pattern(s).search(text, pos)
        if m is None:
            out_of_order.append(s)
        else:
            pos = m.start()
    assert not out_of_order, out_of_order[:5]


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenated_words_are_joined(generated_pdfs, read_pdf, engine):
    # Narrow columns force soft hyphens ("surveil-" / "lance"): none may survive, and every
    # hyphenated word left in the text is one the law itself spells with a hyphen.
    for slug in CORPUS_SLUGS:
        doc = read_pdf(generated_pdfs[(slug, "columns")], engine)
        source_words = set(re.findall(r"[A-Za-z]+-[A-Za-z]+", corpus_body(slug)))
        extracted = set(re.findall(r"[A-Za-z]+-[A-Za-z]+", doc.text))
        assert extracted <= source_words, sorted(extracted - source_words)


def test_fake_bold_is_deduplicated(generated_pdfs, read_pdf):
    doc = read_pdf(generated_pdfs[("boston-16-62", "bill")])
    assert "16-62 ORDINANCE BANNING FACE SURVEILLANCE TECHNOLOGY IN BOSTON." in doc.text
    assert "OORRDD" not in doc.text and "ORDINANCE ORDINANCE" not in doc.text


def test_dedupe_chars_matches_pdfplumber(generated_pdfs):
    import pdfplumber
    from pdfplumber.utils import dedupe_chars as reference

    with pdfplumber.open(generated_pdfs[("boston-16-62", "bill")]) as pdf:
        chars = pdf.pages[0].chars
        ours = dedupe_chars(chars)
        assert len(ours) < len(chars)
        assert [id(c) for c in ours] == [id(c) for c in reference(chars)]
