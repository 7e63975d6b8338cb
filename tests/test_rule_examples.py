"""Every rule's examples, analyzed in context (what ``redline rules test`` runs)."""

from __future__ import annotations

import pytest

from redline_cli.rulebook import load_rulebook
from redline_cli.rulebook.testing import run_examples

RULES = load_rulebook().rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rulebook, rule):
    failures = [r.describe() for r in run_examples(rulebook, [rulebook.get(rule.id)]) if not r.ok]
    assert not failures, "\n".join(failures)


ROWS = load_rulebook().lexicon.frames


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_frame_row_examples(rulebook, row):
    """Each row of the frame table reads its match examples and none of its no_match examples."""
    from redline_cli.rulebook.testing import run_frame_examples

    row = next(r for r in rulebook.lexicon.frames if r.id == row.id)
    failures = [r.describe() for r in run_frame_examples(rulebook, [row]) if not r.ok]
    assert not failures, "\n".join(failures)


def test_every_frame_row_has_an_example():
    assert all(r.examples_match for r in ROWS), [r.id for r in ROWS if not r.examples_match]
