"""Rule matches ("cues") read off the spaCy Doc, as plain records with character offsets.

The rule matcher may return several overlapping matches of one rule (a token pattern with an
``OP: "{1,6}"`` gap matches at several lengths); only the longest of each overlapping group is kept.
"""

from __future__ import annotations

import bisect
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
    return CueIndex(cues)
