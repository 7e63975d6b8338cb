"""Many analyses -> a feature matrix: one row per document, a column per exemption category and per
coverage field, and the score. What shell scripts comparing dozens of city bans consume."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .findings import Analysis
from .taxonomy import ACTS, CORE_ACTS, EXEMPTION_CATEGORIES, QUALIFIERS

# Short forms of the qualifiers for matrix cells (the legend is printed with every table).
QUALIFIER_ABBREV = {
    "specific-crime": "SC", "not-generated-by-city": "NG", "sole-purpose": "SP", "no-capability": "NC",
    "no-affirmative-use": "NA", "logging": "LOG", "destruction": "DES", "judicial-authorization": "JA",
    "strictly-necessary": "SN", "time-limit": "TL", "offence-threshold": "OT",
}
assert set(QUALIFIER_ABBREV) == set(QUALIFIERS)
COVERAGE_COLUMNS = ("acts", "missing-acts", "derived-information", "third-parties", "donations", "technologies",
                    "actors", "enforcement", "durability")
SORT_KEYS = ("score", "path", "exemptions", "grade")


@dataclass
class ExemptionCell:
    """The exemptions of one category in one document."""

    count: int = 0
    qualifiers: list[list[str]] = field(default_factory=list)  # per exemption
    citations: list[str] = field(default_factory=list)

    def text(self) -> str:
        """``2 (SC,NG; —)``: how many, and each one's qualifiers abbreviated."""
        if not self.count:
            return ""
        quals = "; ".join(",".join(QUALIFIER_ABBREV[q] for q in qs) or "—" for qs in self.qualifiers)
        return f"{self.count} ({quals})"

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "qualifiers": self.qualifiers, "citations": self.citations}


@dataclass
class Row:
    path: str
    status: str
    score: int | None
    grade: str | None
    exemptions: dict[str, ExemptionCell]
    coverage: dict[str, Any]
    jurisdiction: str = ""
    error: str | None = None

    @property
    def exemption_count(self) -> int:
        return sum(c.count for c in self.exemptions.values())

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "error": self.error,
                "jurisdiction": self.jurisdiction or None, "score": self.score, "grade": self.grade,
                "exemptions": {k: v.to_dict() for k, v in self.exemptions.items()},  # every category, 0 too
                "coverage": self.coverage}


@dataclass
class Matrix:
    rows: list[Row]
    # Exemption columns: every category of the taxonomy, in its order, whatever the documents hold,
    # so that the csv, json, markdown and html of separate runs have the same columns and can be joined.
    categories: list[str] = field(default_factory=lambda: list(EXEMPTION_CATEGORIES))

    @property
    def used_categories(self) -> list[str]:
        """The categories some document has (the text table shows only these, to fit the terminal)."""
        return [cat for cat in self.categories if any(r.exemptions[cat].count for r in self.rows)]

    def to_dict(self) -> dict[str, Any]:
        return {"columns": {"exemptions": self.categories, "coverage": list(COVERAGE_COLUMNS)},
                "qualifier_abbreviations": QUALIFIER_ABBREV, "rows": [r.to_dict() for r in self.rows]}


def row(a: Analysis) -> Row:
    cells = {cat: ExemptionCell() for cat in EXEMPTION_CATEGORIES}
    for f in a.exemptions:
        cell = cells[f.category]
        cell.count += 1
        cell.qualifiers.append(list(f.qualifiers))
        cell.citations.append(f.citation)
    c = a.coverage
    coverage = {"acts": [x for x in ACTS if x in c.acts], "missing-acts": [x for x in CORE_ACTS if x not in c.acts],
                "derived-information": c.derived_information, "third-parties": c.third_parties,
                "donations": c.donations,
                # a technology with no taxonomy id is shown in the law's own words, never as nothing
                "technologies": list(c.technologies) or [f"“{t}”" for t in c.technology_terms],
                "actors": list(c.actors) or [f"“{t}”" for t in c.actor_terms],
                "enforcement": list(c.enforcement), "durability": c.durability}
    if a.status == "error":
        coverage = {key: None for key in COVERAGE_COLUMNS}
    score = a.score.value if a.score else None
    return Row(a.path, a.status, score, a.score.grade if a.score else None, cells, coverage, a.jurisdiction,
               a.error)


def build(analyses: list[Analysis], sort: str = "score", reverse: bool = False) -> Matrix:
    """The matrix of ``analyses``, sorted; by score or grade, documents without one come last, with
    ``reverse`` too (a text that bans nothing is neither the best nor the worst law)."""
    rows = [row(a) for a in analyses]
    keys = {
        "score": lambda r: (r.score, r.path),
        "path": lambda r: r.path,
        "exemptions": lambda r: (r.exemption_count, r.path),
        "grade": lambda r: (r.grade, r.path),
    }
    if sort in ("score", "grade"):
        ranked = [r for r in rows if getattr(r, sort) is not None]
        unranked = sorted((r for r in rows if getattr(r, sort) is None), key=lambda r: r.path)
        rows = sorted(ranked, key=keys[sort], reverse=reverse) + unranked
    else:
        rows.sort(key=keys[sort], reverse=reverse)
    return Matrix(rows)
