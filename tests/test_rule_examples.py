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
