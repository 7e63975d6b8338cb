"""Run every rule's examples through the whole analysis (``redline rules test``; pytest too).

An example is a small law text. It *matches* a rule when the analysis of that text relied on the
rule (the rule's id is in ``Analysis.trace``): a topic rule's example must produce the exemption,
a role rule's example must give the clause that role, a gap rule's example must leave that gap.
Testing in context, not against the bare pattern, is what catches a rule whose words match but
whose placement is wrong ("No department shall use face recognition in any criminal
investigation" must not produce a criminal-investigation exemption). The harness ships with the
package so a user's own pack is tested the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Rule, RuleBook


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule: Rule
    text: str
    should_match: bool
    matched: bool

    @property
    def ok(self) -> bool:
        return self.should_match == self.matched

    def describe(self) -> str:
        want = "match" if self.should_match else "not match"
        one_line = " ".join(self.text.split())
        return f"{self.rule.location}: {self.rule.id} should {want}: {one_line[:100]!r}"


def analyze_example(text: str, rulebook: RuleBook):
    """The Analysis of one example text (as a one-file law, never cached)."""
    from ..analysis import analyze_document
    from ..ingest import load_bytes

    doc = load_bytes(text.encode("utf-8"), "<example>", use_cache=False)
    return analyze_document(doc, rulebook)


def run_examples(rulebook: RuleBook, rules: list[Rule] | None = None) -> list[ExampleResult]:
    """Every example of ``rules`` (default: all rules of the book), analyzed with the whole book."""
    out: list[ExampleResult] = []
    cache: dict[str, set[str]] = {}
    for rule in rules if rules is not None else rulebook.rules:
        for should, texts in ((True, rule.examples_match), (False, rule.examples_no_match)):
            for text in texts:
                if text not in cache:
                    cache[text] = analyze_example(text, rulebook).trace
                out.append(ExampleResult(rule, text, should, rule.id in cache[text]))
    return out
