"""Long texts: a finding's context does not grow with the document, and spaCy's default
1,000,000-character limit does not turn a long code into an internal error."""

from __future__ import annotations

from redline_cli import nlp
from redline_cli.analysis import boundaries
from redline_cli.api import analyze_text
from redline_cli.document import SNIPPET_LIMIT
from redline_cli.ingest import load_bytes

# A draft pasted without any section numbers: the whole text is one provision.
UNNUMBERED = " ".join(
    f"Rule {n}: it shall be unlawful for the {unit} to use face recognition technology, except in an emergency "
    f"involving an imminent threat to the life of a person, or for a criminal investigation."
    for n, unit in enumerate(["city", "police department", "housing authority", "school district"] * 40)
)


def test_findings_carry_a_bounded_snippet_of_an_unnumbered_text(context):
    analysis = analyze_text(UNNUMBERED, context=context)
    assert len(UNNUMBERED) > 20 * SNIPPET_LIMIT
    assert len(analysis.exemptions) >= 100 and analysis.prohibitions
    for finding in analysis.findings:
        assert len(finding.snippet) <= SNIPPET_LIMIT + 2, finding.rule_id
        assert finding.location is not None or finding.kind == "gap"  # gaps are absences (DESIGN 6)
    cut = next(f.snippet for f in analysis.prohibitions)
    assert cut.endswith(" …") and UNNUMBERED.startswith(cut[:-2])


def test_a_text_longer_than_spacys_default_limit_is_processed(rulebook):
    pipeline = nlp.pipeline(rulebook)
    doc = load_bytes(UNNUMBERED.encode(), "<long>", use_cache=False)
    saved = pipeline.max_length
    pipeline.max_length = len(doc.text) // 2  # stands in for the 1,000,000 default, at a test's size
    try:
        processed = nlp.process(pipeline, doc.text, boundaries(doc))
    finally:
        pipeline.max_length = max(saved, pipeline.max_length)
    assert processed.text == doc.text.replace("\n", " ")


def test_span_index_answers_as_a_scan_of_every_span_would():
    """The frame reader asks "does any technology cue overlap this phrase?" for every phrase of a
    law; SpanIndex answers in log time what a scan of all cues answered (quadratic in a long code)."""
    import random

    from redline_cli.analysis.frames import SpanIndex

    rng = random.Random(5)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 100)
            spans.append((start, start + rng.randint(1, 15)))
        index = SpanIndex(spans)
        for _ in range(20):
            a = rng.randint(0, 120)
            b = a + rng.randint(1, 10)
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert index.covers(a) == any(s <= a < e for s, e in spans)
