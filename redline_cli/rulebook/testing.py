"""Run every rule's examples, and every frame-table row's, through the analysis (``redline rules
test``; pytest too).

An example is a small law text, analyzed as a one-file law. A *match* example must produce the
rule's finding, not merely touch its words:

- an exemption topic rule: an exemption of its category (or the category its ``expect`` names, with
  the qualifiers it lists) to which the rule contributed;
- a qualifier rule: an exemption narrowed by that qualifier (or the qualifier reported on its own);
- a technology, actor, act, coverage, enforcement or durability rule: that value in the coverage,
  read through the rule;
- a gap rule: that gap; a role rule: the clause read in that role (the rule decided something).

A text that bans nothing is analyzed again inside a ban (a one-line prohibition before it), so an
exemption example need not carry its own ban to be tested, and an example that produces nothing
fails. A *no_match* example must not produce the finding. Frame-table rows are tested on their own
examples: a match example must read a frame of that row. The harness ships with the package so a
user's own pack is tested the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import FrameRow
from .model import Rule, RuleBook

# The ban an example is analyzed inside when it has none of its own.
CONTEXT_BAN = ("1. No department, agency or official shall obtain, retain, access or use any surveillance "
               "technology.\n\n2. ")


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule: Rule | FrameRow
    text: str
    should_match: bool
    matched: bool
    got: str = ""  # what the analysis produced instead, for the message

    @property
    def ok(self) -> bool:
        return self.should_match == self.matched

    def describe(self) -> str:
        want = "produce its finding" if self.should_match else "not produce its finding"
        one_line = " ".join(self.text.split())
        where = self.rule.location
        got = f" (got {self.got})" if self.got else ""
        return f"{where}: {self.rule.id} should {want}: {one_line[:100]!r}{got}"


def analyze_example(text: str, rulebook: RuleBook, *, in_ban: bool = False):
    """The Analysis of one example text (as a one-file law, never cached)."""
    from ..analysis import analyze_document
    from ..ingest import load_bytes

    body = CONTEXT_BAN + text if in_ban else text
    doc = load_bytes(body.encode("utf-8"), "<example>", use_cache=False)
    return analyze_document(doc, rulebook)


@dataclass
class _Analyses:
    rulebook: RuleBook
    plain: dict[str, object] = field(default_factory=dict)
    banned: dict[str, object] = field(default_factory=dict)

    def of(self, text: str, rule: Rule):
        """The analysis that tests ``rule`` on ``text``: the text alone, or inside a ban when it bans
        nothing and the rule speaks of what a ban lets through or reaches."""
        if text not in self.plain:
            self.plain[text] = analyze_example(text, self.rulebook)
        analysis = self.plain[text]
        needs_ban = rule.kind in ("exemption", "qualifier", "coverage", "technology", "actor", "enforcement",
                                  "durability", "gap")
        if needs_ban and not analysis.prohibitions:
            if text not in self.banned:
                self.banned[text] = analyze_example(text, self.rulebook, in_ban=True)
            analysis = self.banned[text]
        return analysis


def _produced(rule: Rule, analysis, expect: dict) -> tuple[bool, str]:
    """Did the analysis produce the rule's finding? (and, when not, a word on what it produced)."""
    value = rule.target.rsplit(".", 1)[1]
    used = rule.id in analysis.trace
    if rule.kind == "exemption":
        category = expect.get("category", value)
        quals = set(expect.get("qualifiers") or ())
        hits = [f for f in analysis.exemptions if f.category == category]
        # A category's own rule (its id is the category) is tested on the category however it was
        # reached (an actor carve-out is read from what the law leaves out); a suffixed rule must
        # have contributed its words.
        ok = any(quals <= set(f.qualifiers) and (used or rule.derived or rule.id == rule.target) for f in hits)
        return ok, ", ".join(f"{f.category}{f.qualifiers or ''}" for f in analysis.exemptions) or "no exemption"
    if rule.kind == "qualifier":
        ok = used and (any(value in f.qualifiers for f in analysis.exemptions)
                       or any(f.kind == "qualifier" and f.category == value for f in analysis.findings))
        return ok, ", ".join(q for f in analysis.exemptions for q in f.qualifiers) or "no qualifier"
    if rule.kind == "gap":
        ok = any(f.rule_id == rule.target for f in analysis.findings)
        return ok, ""
    if rule.kind in ("coverage", "technology", "actor", "enforcement", "durability"):
        ok = (used or rule.derived) and rule.target in analysis.coverage.ids()
        return ok, ", ".join(sorted(analysis.coverage.ids())) or "no coverage"
    if rule.target in ("role.prohibition.ban", "role.prohibition.restriction"):
        form = rule.target.split(".")[-1]
        ok = any(f.kind == "prohibition" and f.category == form for f in analysis.findings)
        return ok, ", ".join(f.category for f in analysis.prohibitions) or "no prohibition"
    return used, ""


def run_examples(rulebook: RuleBook, rules: list[Rule] | None = None) -> list[ExampleResult]:
    """Every example of ``rules`` (default: all rules of the book), analyzed with the whole book."""
    out: list[ExampleResult] = []
    cache = _Analyses(rulebook)
    for rule in rules if rules is not None else rulebook.rules:
        for should, texts in ((True, rule.examples_match), (False, rule.examples_no_match)):
            for text in texts:
                analysis = cache.of(text, rule)
                ok, got = _produced(rule, analysis, rule.expectation(text) if should else {})
                out.append(ExampleResult(rule, text, should, ok, "" if ok == should else got))
    return out


def run_frame_examples(rulebook: RuleBook, rows: list[FrameRow] | None = None) -> list[ExampleResult]:
    """Every example of the frame table's rows: a match example must read a frame of that row (in a
    main clause), a no_match example must not."""
    from .. import nlp
    from ..analysis import boundaries
    from ..analysis.cues import collect
    from ..analysis.definitions import defined_terms
    from ..analysis.frames import FrameReader
    from ..analysis.tokens import TokenView
    from ..ingest import load_bytes

    pipeline = nlp.pipeline(rulebook)
    out: list[ExampleResult] = []
    for row in rows if rows is not None else rulebook.lexicon.frames:
        for should, texts in ((True, row.examples_match), (False, row.examples_no_match)):
            for text in texts:
                doc = load_bytes(text.encode("utf-8"), "<example>", use_cache=False)
                spacy_doc = nlp.process(pipeline, doc.text, boundaries(doc))
                index = collect(spacy_doc, rulebook, nlp.SPANS_KEY)
                toks = TokenView.from_doc(spacy_doc)
                reader = FrameReader(rulebook.lexicon, toks,
                                     [(c.start, c.end) for c in index.cues if c.kind == "technology"],
                                     [(c.start, c.end) for c in index.cues if c.kind == "actor"],
                                     defined_terms(doc.text))  # (as the analysis reads: with the terms defined)
                ids = []
                for sent in spacy_doc.sents:
                    ids += [f.row.id for f in reader.read(sent.start, sent.end) if f.row and not f.subordinate]
                out.append(ExampleResult(row, text, should, row.id in ids, ", ".join(ids) or "no frame"))
    return out
