"""Rule matches ("cues") read off the spaCy Doc, as plain records with character offsets.

The rule matcher may return several overlapping matches of one rule (a token pattern with an
``OP: "{1,6}"`` gap matches at several lengths); only the longest of each overlapping group is kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rulebook import RuleBook

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Cue:
    rule_id: str
    target: str  # taxonomy id the rule reports (role.exemption.exception, exemption.warrant, coverage.acts.use)
    kind: str
    start: int  # char offsets in Document.text
    end: int
    tok_start: int
    tok_end: int
    priority: int = 0

    @property
    def form(self) -> str:
        """For role cues, ``prohibition.ban``; for others, the part after the kind."""
        return self.target.split(".", 1)[1]

    @property
    def value(self) -> str:
        """The last part of the target: the category, act, technology ..."""
        return self.target.rsplit(".", 1)[1]

    def within(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end

    def overlaps(self, other: Cue) -> bool:
        return self.start < other.end and other.start < self.end


class CueIndex:
    """All cues of a document, sorted by position, with range queries."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = sorted(cues, key=lambda c: (c.start, -c.end, c.rule_id))
        self._starts = [c.start for c in self.cues]

    def between(self, start: int, end: int, *, kinds: tuple[str, ...] = (), prefix: str = "") -> list[Cue]:
        """Cues wholly inside ``[start, end)``, optionally of some kinds or with a target prefix."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        out = []
        for cue in self.cues[lo:hi]:
            if cue.end > end:
                continue
            if kinds and cue.kind not in kinds:
                continue
            if prefix and not cue.target.startswith(prefix):
                continue
            out.append(cue)
        return out


def collect(doc: Doc, rulebook: RuleBook, spans_key: str) -> CueIndex:
    """Cues from the rule matcher's spans; the longest of overlapping matches of one rule wins."""
    by_rule: dict[str, list[tuple[int, int]]] = {}
    for span in doc.spans[spans_key]:
        by_rule.setdefault(span.label_, []).append((span.start, span.end))
    cues: list[Cue] = []
    for rule_id, spans in by_rule.items():
        rule = rulebook.get(rule_id)
        if rule is None:
            continue
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: list[tuple[int, int]] = []  # kept spans, disjoint, in text order
        for start, end in spans:
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            taken.insert(i, (start, end))
            cues.append(Cue(rule.id, rule.target, rule.kind, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                            start, end, rule.priority))
    return CueIndex(cues + abbreviation_cues(doc, cues))


# "Face recognition technology (FRT): ..." -- an abbreviation given right after a technology's name.
_ABBREVIATION = re.compile(r"(?:\s+(?i:technology|technologies|systems?|software|tools?|services?))?\s*\(\s*"
                           r"(?:hereinafter\s+|the\s+)?[\"“']?(?P<abbr>[A-Z][A-Za-z]{0,6}[A-Z][A-Za-z]{0,3})[\"”']?\s*\)")


def abbreviation_cues(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Technology cues for the abbreviation a law gives a technology ("FRT"), wherever it is used:
    "Members shall not use FRT ..." bans face recognition as surely as the full name does."""
    from ..nlp import doc_text

    text = doc_text(doc)
    found: dict[str, Cue] = {}
    for cue in cues:
        if cue.kind == "technology":
            m = _ABBREVIATION.match(text, cue.end)
            if m and m.group("abbr") not in found:
                found[m.group("abbr")] = cue
    out = []
    for abbr, named in found.items():
        for m in re.finditer(rf"\b{re.escape(abbr)}\b", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or text[m.start() - 1:m.start()] == "(":
                continue  # the definition itself, or a token boundary spaCy does not share
            out.append(Cue(named.rule_id, named.target, named.kind, m.start(), m.end(), span.start, span.end,
                           named.priority))
    return out
