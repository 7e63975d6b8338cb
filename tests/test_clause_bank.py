"""The clause bank: real clause wordings quoted from enacted bans, each with the ids a correct
analyzer reports for it when it stands as one provision of a ban (tests/data/clauses.yaml)."""

from __future__ import annotations

import yaml
from conftest import DATA

BANK = yaml.safe_load((DATA / "clauses.yaml").read_text(encoding="utf-8"))


def test_at_least_95_percent_of_clauses_come_out_exactly_right(analyze_text):
    wrong = []
    for n, clause in enumerate(BANK, 1):
        got = analyze_text(clause["text"], role=clause["role"]).reported_ids()
        expected = set(clause["expect"] or [])
        if got != expected:
            wrong.append(f"#{n}: missing {sorted(expected - got)}, extra {sorted(got - expected)}: "
                         f"{clause['text'][:60]!r}")
    rate = 1 - len(wrong) / len(BANK)
    assert rate >= 0.95, f"{rate:.2%} exact\n" + "\n".join(wrong)


def test_the_bank_is_the_shared_one():
    assert len(BANK) >= 24
    assert all(set(c) >= {"text", "expect", "role"} for c in BANK)
