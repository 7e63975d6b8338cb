"""Two drafts of one bill -> what changed in substance: exemptions added, removed, widened (a
qualifier lost) or narrowed; acts and coverage lost or gained; durability; the score before and
after. Findings are paired by content, not by citation, so renumbered sections pair up (old
Sec. 3(a) with new Sec. 4(a)) and only real changes are reported.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .findings import Analysis, Finding
from .scoring import Model
from .taxonomy import BOOLEAN_COVERAGE, LIST_COVERAGE

PAIR_THRESHOLD = 0.55  # similarity of the folded quotes above which two findings are the same clause


def _fold(text: str) -> str:
    text = re.sub(r"\bsections?\s+[\w.\-()]+|\([a-z0-9]{1,4}\)", " ", text.lower())  # renumbered references
    return " ".join(re.findall(r"[a-z]+", text))


def similarity(a: Finding, b: Finding) -> float:
    return difflib.SequenceMatcher(None, _fold(a.quote), _fold(b.quote), autojunk=False).ratio()


# An enumerator opening a line of a quote: "(b) the use of ...", "2. the use of ..."
_ITEM_START = re.compile(r"(?m)^[ \t]*(?:\([A-Za-z0-9]{1,4}\)|[A-Za-z0-9]{1,3}[.)])[ \t]+")
ABSORBED_MIN_WORDS = 4  # an enumerated part shorter than this is a fragment, not a clause


def _items(quote: str) -> list[str]:
    """The separately enumerated parts of a quote (one part when it holds no enumerator)."""
    return [part for part in (_fold(p) for p in _ITEM_START.split(quote)) if part]


def _covered(part: list[str], words: list[str]) -> bool:
    """Are most of ``part``'s words in ``words``, in order?"""
    matcher = difflib.SequenceMatcher(None, part, words, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= PAIR_THRESHOLD * len(part)


def absorbed(a: Finding, b: Finding, old: Iterable[Finding] = ()) -> str | None:
    """The folded words of an enumerated item of ``b`` that neither ``a`` nor any of the ``old``
    draft's findings has, when ``b`` holds more items than ``a``: a new item read together with an
    old one (a draft that lost the "; or" before it), which is an added exemption, not a change of
    the old one. None otherwise."""
    old_items, new_items = _items(a.quote), _items(b.quote)
    if len(new_items) <= len(old_items):
        return None
    known = [_fold(f.quote).split() for f in (a, *old)]
    for part in new_items:
        words = part.split()
        if len(words) >= ABSORBED_MIN_WORDS and not any(_covered(words, k) for k in known):
            return part
    return None


def pair(old: list[Finding], new: list[Finding], same_category: bool = True) -> list[tuple[Finding, Finding]]:
    """Best-first one-to-one pairing of findings by the similarity of their text."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if same_category and a.category != b.category:
                continue
            score = similarity(a, b)
            if score >= PAIR_THRESHOLD:
                candidates.append((score, i, j))
    candidates.sort(reverse=True)
    used_old: set[int] = set()
    used_new: set[int] = set()
    out = []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        out.append((old[i], new[j]))
    return out


@dataclass
class Change:
    """One change of substance between the drafts."""

    kind: str  # exemption-added | exemption-removed | exemption-widened | exemption-narrowed | category-changed
    #           | acts-dropped | acts-added | coverage-lost | coverage-gained | durability-changed
    severity: str
    message: str
    old: Finding | None = None
    new: Finding | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def worsens(self) -> bool:
        """Does the new draft open a loophole here (what ``--fail-on-new`` gates on)?

        A recategorized exemption worsens only when its new category weighs more in the scoring
        model (criminal investigation -> redaction narrows it); without the weights, assume it does.
        """
        if self.kind == "category-changed":
            before, after = self.details.get("old_weight"), self.details.get("new_weight")
            return before is None or after is None or after > before
        return self.kind in ("exemption-added", "exemption-widened", "acts-dropped", "coverage-lost") or (
            self.kind == "durability-changed" and self.details.get("new") not in (None, "permanent"))

    def to_dict(self) -> dict[str, Any]:
        def loc(f: Finding | None):
            return None if f is None or f.location is None else {
                "citation": f.location.citation, "page": f.location.page, "line": f.location.line,
                "source_line": f.location.source_line}

        return {"kind": self.kind, "severity": self.severity, "message": self.message, "worsens": self.worsens,
                "rule_id": (self.new or self.old).rule_id if (self.new or self.old) else None,
                "old": loc(self.old), "new": loc(self.new), "details": self.details}


@dataclass
class DiffReport:
    old: Analysis
    new: Analysis
    changes: list[Change]
    moved: list[tuple[str, str]]  # (old citation, new citation) of findings that only moved

    @property
    def score_before(self) -> int | None:
        return self.old.score.value if self.old.score else None

    @property
    def score_after(self) -> int | None:
        return self.new.score.value if self.new.score else None

    @property
    def worsens(self) -> bool:
        return any(c.worsens for c in self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old.path, "new": self.new.path,
                "score": {"before": self.score_before, "after": self.score_after,
                          "grade_before": self.old.score.grade if self.old.score else None,
                          "grade_after": self.new.score.grade if self.new.score else None},
                "worsens": self.worsens, "changes": [c.to_dict() for c in self.changes],
                "moved": [{"old": a, "new": b} for a, b in self.moved]}


def _where(f: Finding) -> str:
    return f.citation or "document"


def diff(old: Analysis, new: Analysis, model: Model | None = None) -> DiffReport:
    """What ``new`` changed relative to ``old`` (see the module docstring). ``model`` (the scoring
    model, default the built-in one) says whether a recategorized exemption got broader."""
    if model is None:
        from .scoring import load_model

        model = load_model()
    changes: list[Change] = []
    moved: list[tuple[str, str]] = []
    old_ex, new_ex = old.exemptions, new.exemptions
    pairs = pair(old_ex, new_ex)
    # An exemption whose wording stayed but whose category changed is paired in a second pass.
    rest_old = [f for f in old_ex if all(f is not a for a, _ in pairs)]
    rest_new = [f for f in new_ex if all(f is not b for _, b in pairs)]
    recategorized = pair(rest_old, rest_new, same_category=False)
    for a, b in pairs:
        if a.citation != b.citation:
            moved.append((a.citation, b.citation))
        lost = [q for q in a.qualifiers if q not in b.qualifiers]
        gained = [q for q in b.qualifiers if q not in a.qualifiers]
        if lost:
            changes.append(Change("exemption-widened", b.severity,
                                  f"{b.category} exemption at {_where(b)} lost {', '.join(lost)}"
                                  + (f" (was {_where(a)})" if a.citation != b.citation else ""),
                                  a, b, {"lost": lost, "gained": gained}))
        elif gained:
            changes.append(Change("exemption-narrowed", "info",
                                  f"{b.category} exemption at {_where(b)} gained {', '.join(gained)}", a, b,
                                  {"gained": gained}))
    for a, b in recategorized:
        changes.append(_recategorized(a, b, model))
    for a, b in pairs + recategorized:
        if absorbed(a, b, old_ex) is not None:  # an added item read into an old one: added, whatever else changed
            changes = [c for c in changes if c.new is not b]
            quals = f" with {', '.join(b.qualifiers)}" if b.qualifiers else " with no qualifiers"
            changes.append(Change("exemption-added", b.severity,
                                  f"new {b.category} exemption at {_where(b)}{quals} (an enumerated item "
                                  f"read with the {a.category} exemption that was at {_where(a)})", a, b,
                                  {"joined_to": a.category}))
    paired_new = {id(b) for _, b in pairs + recategorized}
    paired_old = {id(a) for a, _ in pairs + recategorized}
    for b in new_ex:
        if id(b) not in paired_new:
            quals = f" with {', '.join(b.qualifiers)}" if b.qualifiers else " with no qualifiers"
            changes.append(Change("exemption-added", b.severity, f"new {b.category} exemption at {_where(b)}{quals}",
                                  None, b))
    for a in old_ex:
        if id(a) not in paired_old:
            changes.append(Change("exemption-removed", "info", f"{a.category} exemption at {_where(a)} was removed",
                                  a, None))
    for a, b in pair(old.prohibitions, new.prohibitions, same_category=False):
        if a.citation != b.citation:
            moved.append((a.citation, b.citation))
    changes += _coverage_changes(old, new)
    return DiffReport(old, new, changes, moved)


def _recategorized(a: Finding, b: Finding, model: Model) -> Change:
    """An exemption kept but now read as another category; worse only if that category weighs more."""
    before, after = (model.exemptions.get(f.category, model.exemptions["other"]) for f in (a, b))
    return Change("category-changed", b.severity if after > before else "info",
                  f"exemption at {_where(b)} is now {b.category} (was {a.category} at {_where(a)}; "
                  f"base weight {before:g} -> {after:g})",
                  a, b, {"old": a.category, "new": b.category, "old_weight": before, "new_weight": after})


def _coverage_changes(old: Analysis, new: Analysis) -> list[Change]:
    out = []
    a, b = old.coverage, new.coverage
    dropped = [x for x in a.acts if x not in b.acts]
    added = [x for x in b.acts if x not in a.acts]
    if dropped:
        out.append(Change("acts-dropped", "medium", f"the prohibition no longer covers: {', '.join(dropped)}",
                          details={"acts": dropped}))
    if added:
        out.append(Change("acts-added", "info", f"the prohibition now also covers: {', '.join(added)}",
                          details={"acts": added}))
    for key in BOOLEAN_COVERAGE:
        before, after = getattr(a, key.replace("-", "_")), getattr(b, key.replace("-", "_"))
        if before and not after:
            out.append(Change("coverage-lost", "high", f"{key} no longer covered", details={"field": key}))
        elif after and not before:
            out.append(Change("coverage-gained", "info", f"{key} now covered", details={"field": key}))
    for key in LIST_COVERAGE:
        if key == "acts":
            continue
        lost = [x for x in getattr(a, key) if x not in getattr(b, key)]
        gained = [x for x in getattr(b, key) if x not in getattr(a, key)]
        if key == "actors" and "all-government" in gained and "law-enforcement-only" in lost:
            lost.remove("law-enforcement-only")  # the ban now binds all of government: broader, not lost
        if lost:
            out.append(Change("coverage-lost", "medium", f"{key} lost: {', '.join(lost)}",
                              details={"field": key, "values": lost}))
        if gained:
            out.append(Change("coverage-gained", "info", f"{key} gained: {', '.join(gained)}",
                              details={"field": key, "values": gained}))
    if a.durability != b.durability:
        out.append(Change("durability-changed", "medium" if b.durability != "permanent" else "info",
                          f"durability {a.durability or '—'} -> {b.durability or '—'}",
                          details={"old": a.durability, "new": b.durability}))
    return out
