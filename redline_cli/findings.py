"""What an analysis produces, as plain dataclasses: the source of the JSON contract.

A Finding always carries a Location (page, line, citation, offsets) except a gap, which is a
claim about something the text lacks and so has nothing to point at; a gap names what it looked
for instead. Coverage facts carry the locations of the words they rest on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Location

SCHEMA_VERSION = "1"
STATUS_OK = "ok"
STATUS_NO_PROHIBITION = "no-prohibition"
STATUS_ERROR = "error"


@dataclass(slots=True)
class Evidence:
    """One rule match the analysis relied on."""

    rule_id: str
    text: str
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {"rule_id": self.rule_id, "text": self.text, "location": self.location.to_dict()}


@dataclass(slots=True)
class Finding:
    """A prohibition, an exemption, an orphan qualifier, a durability limit, or a gap."""

    rule_id: str  # the taxonomy id: exemption.criminal-investigation, role.prohibition.ban, gap.narrow-acts
    kind: str  # prohibition | exemption | qualifier | durability | gap
    category: str  # exemption category, prohibition form, qualifier name, durability value, gap name
    severity: str
    message: str
    snippet: str  # the text of the provision that holds the finding
    location: Location | None
    quote: str = ""  # the words the finding rests on (a clause of the provision)
    qualifiers: list[str] = field(default_factory=list)
    cancelled_qualifiers: list[str] = field(default_factory=list)  # safeguards an override undid
    overridden_by: str | None = None  # citation of the override that cancelled the qualifiers
    topics: list[str] = field(default_factory=list)  # every exemption category cue seen, primary first
    decision_maker: str | None = None  # agency | administrator | legislature | judge (exemptions)
    details: dict[str, Any] = field(default_factory=dict)  # acts, technologies, actors of a prohibition
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def citation(self) -> str:
        return self.location.citation if self.location else ""

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {
            "rule_id": self.rule_id, "kind": self.kind, "category": self.category, "severity": self.severity,
            "message": self.message, "snippet": self.snippet, "quote": self.quote,
            "location": None if loc is None else loc.to_dict(),
            "qualifiers": list(self.qualifiers), "cancelled_qualifiers": list(self.cancelled_qualifiers),
            "overridden_by": self.overridden_by, "topics": list(self.topics), "decision_maker": self.decision_maker,
            "details": self.details, "evidence": [e.to_dict() for e in self.evidence],
            "fingerprint": self.fingerprint,
        }

    @property
    def fingerprint(self) -> str:
        """Stable across re-pagination and re-numbering of pages: the rule, the provision's stable id
        and the words matched (case and spacing folded). Gaps: the rule alone."""
        import hashlib
        import re

        text = re.sub(r"\s+", " ", self.quote).strip().lower()
        provision = self.location.provision_id if self.location else ""
        return hashlib.sha256(f"{self.rule_id}\x1f{provision}\x1f{text}".encode()).hexdigest()[:32]


@dataclass(slots=True)
class Coverage:
    """What the prohibition reaches. Lists hold taxonomy values; ``evidence`` maps each id
    (``coverage.acts.use``, ``coverage.third-parties``) to the places that support it."""

    acts: list[str] = field(default_factory=list)
    derived_information: bool = False
    third_parties: bool = False
    donations: bool = False
    technologies: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    enforcement: list[str] = field(default_factory=list)
    durability: str | None = None
    evidence: dict[str, list[Location]] = field(default_factory=dict)
    # What the ban reaches in the law's own words: every technology it names, with or without a
    # taxonomy id ("automated risk-scoring system"), and an actor named as such ("the Department of
    # Social Services"). An unknown technology is reported here, never dropped.
    technology_terms: list[str] = field(default_factory=list)
    actor_terms: list[str] = field(default_factory=list)

    def technologies_described(self) -> str:
        """The technologies for a reader: the taxonomy ids, then the law's own words for any it names
        that have none ("face-recognition; in its words: automated risk-scoring system")."""
        ids = ", ".join(self.technologies)
        own = "; ".join(self.technology_terms)
        if ids and own:
            return f"{ids} (in its words: {own})"
        return ids or (f"in its words: {own}" if own else "none named")

    def actors_described(self) -> str:
        ids = ", ".join(self.actors)
        own = "; ".join(self.actor_terms)
        if ids and own:
            return f"{ids} (named: {own})"
        return ids or (f"named: {own}" if own else "none named")

    def ids(self) -> set[str]:
        """Every coverage id this coverage claims, in the gold-file id forms."""
        out = {f"coverage.acts.{a}" for a in self.acts}
        out |= {f"coverage.technologies.{t}" for t in self.technologies}
        out |= {f"coverage.actors.{a}" for a in self.actors}
        out |= {f"coverage.enforcement.{e}" for e in self.enforcement}
        for key in ("derived_information", "third_parties", "donations"):
            if getattr(self, key):
                out.add("coverage." + key.replace("_", "-"))
        if self.durability:
            out.add(f"coverage.durability.{self.durability}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "acts": list(self.acts), "derived-information": self.derived_information,
            "third-parties": self.third_parties, "donations": self.donations,
            "technologies": list(self.technologies), "actors": list(self.actors),
            "enforcement": list(self.enforcement), "durability": self.durability,
            "technology-terms": list(self.technology_terms), "actor-terms": list(self.actor_terms),
            "evidence": {key: [loc.to_dict() for loc in locs] for key, locs in sorted(self.evidence.items())},
        }


@dataclass(slots=True)
class Contribution:
    """One term of the loophole score, tied to a finding (or a gap)."""

    points: float
    rule_id: str
    citation: str
    reason: str
    factors: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"points": self.points, "rule_id": self.rule_id, "citation": self.citation, "reason": self.reason,
                "factors": dict(self.factors)}


@dataclass(slots=True)
class Score:
    value: int | None
    grade: str | None
    model_version: str
    contributions: list[Contribution] = field(default_factory=list)
    reason: str = ""  # why there is no score, when value is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "grade": self.grade, "model_version": self.model_version,
                "contributions": [c.to_dict() for c in self.contributions], "reason": self.reason or None}


@dataclass(slots=True)
class Suppressed:
    """A finding kept out of the report and the gates, and why (``.redline-ignore.yaml``, a baseline)."""

    finding: Finding
    reason: str
    by: str  # ignore-file | baseline

    def to_dict(self) -> dict[str, Any]:
        return {"rule_id": self.finding.rule_id, "kind": self.finding.kind, "severity": self.finding.severity,
                "citation": self.finding.citation, "reason": self.reason, "fingerprint": self.finding.fingerprint,
                "by": self.by}


# How a report names what kept a finding out of it (Suppressed.by)
SUPPRESSED_BY = {"baseline": "in the baseline", "ignore-file": "suppressed by the ignore file"}


@dataclass(slots=True)
class Analysis:
    """Everything redline says about one document."""

    path: str
    sha256: str
    pages: int
    status: str
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    score: Score | None = None
    message: str = ""  # a plain sentence for statuses other than ok
    metadata: dict[str, str] = field(default_factory=dict)
    trace: set[str] = field(default_factory=set)  # rule ids whose matches the analysis used
    suppressed: list[Suppressed] = field(default_factory=list)
    text: str = ""  # the analyzed text, for reports that show it (HTML); never serialized
    # How the text was read and where each of its lines sits, for reports that show the text (HTML
    # page markers and line numbers) or point at lines (SARIF); never serialized.
    media_type: str = ""  # pdf | text | markdown | docx | html
    lines: list[tuple[int, int, int]] = field(default_factory=list)  # (offset in text, page, cited line)
    # Does the text look whole? False when it stops mid-sentence, mid-word or inside a list, and then
    # what it seems to lack (enforcement, exemptions, a sunset) may be in the part cut off.
    complete: bool | None = None  # None: not analyzed (an error)
    incomplete_reason: str = ""

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    @property
    def exemptions(self) -> list[Finding]:
        return self.of_kind("exemption")

    @property
    def prohibitions(self) -> list[Finding]:
        return self.of_kind("prohibition")

    @property
    def gaps(self) -> list[Finding]:
        return self.of_kind("gap")

    @property
    def jurisdiction(self) -> str:
        return self.metadata.get("jurisdiction", "")

    def suppressed_counts(self, kind: str | None = None) -> dict[str, int]:
        """How many findings (of ``kind``, or all) a suppression or the baseline kept out of the report."""
        counts = dict.fromkeys(SUPPRESSED_BY, 0)
        for s in self.suppressed:
            if kind is None or s.finding.kind == kind:
                counts[s.by] = counts.get(s.by, 0) + 1
        return counts

    def not_reported(self, kind: str | None = None) -> str:
        """"2 in the baseline, 1 suppressed by the ignore file" ("" when every finding is reported)."""
        return ", ".join(f"{n} {SUPPRESSED_BY.get(by, by)}" for by, n in self.suppressed_counts(kind).items() if n)

    def reported_ids(self) -> set[str]:
        """Taxonomy ids this analysis reports with evidence in the text (the clause-bank contract)."""
        out: set[str] = set()
        for f in self.findings:
            if f.kind == "exemption":
                out.add(f.rule_id)
                out |= {f"qualifier.{q}" for q in f.qualifiers}
            elif f.kind == "qualifier":
                out.add(f.rule_id)
        out |= {i for i in self.coverage.ids() if i in self.coverage.evidence}
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "sha256": self.sha256, "pages": self.pages, "status": self.status,
            "error": self.error, "message": self.message or None, "jurisdiction": self.jurisdiction or None,
            "findings": [f.to_dict() for f in self.findings], "coverage": self.coverage.to_dict(),
            "score": self.score.to_dict() if self.score else None,
            "suppressed": [s.to_dict() for s in self.suppressed], "suppressed_counts": self.suppressed_counts(),
            "complete": self.complete, "incomplete_reason": self.incomplete_reason or None,
        }


# ---------------------------------------------------------------------------- back from JSON
def _location(data: dict[str, Any] | None) -> Location | None:
    return None if data is None else Location(**data)


def finding_from_dict(data: dict[str, Any]) -> Finding:
    return Finding(
        rule_id=data["rule_id"], kind=data["kind"], category=data["category"], severity=data["severity"],
        message=data["message"], snippet=data["snippet"], location=_location(data["location"]),
        quote=data.get("quote", ""), qualifiers=list(data.get("qualifiers", [])),
        cancelled_qualifiers=list(data.get("cancelled_qualifiers", [])), overridden_by=data.get("overridden_by"),
        topics=list(data.get("topics", [])), decision_maker=data.get("decision_maker"),
        details=dict(data.get("details") or {}),
        evidence=[Evidence(e["rule_id"], e["text"], Location(**e["location"])) for e in data.get("evidence", [])],
    )


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """The inverse of ``Analysis.to_dict`` (the analysis cache stores that, plus text and trace)."""
    cov = data["coverage"]
    coverage = Coverage(
        acts=list(cov["acts"]), derived_information=cov["derived-information"], third_parties=cov["third-parties"],
        donations=cov["donations"], technologies=list(cov["technologies"]), actors=list(cov["actors"]),
        enforcement=list(cov["enforcement"]), durability=cov["durability"],
        evidence={k: [Location(**loc) for loc in locs] for k, locs in cov.get("evidence", {}).items()},
        technology_terms=list(cov.get("technology-terms", [])), actor_terms=list(cov.get("actor-terms", [])))
    score = None
    if data.get("score"):
        s = data["score"]
        score = Score(value=s["value"], grade=s["grade"], model_version=s["model_version"],
                      contributions=[Contribution(**c) for c in s["contributions"]], reason=s.get("reason") or "")
    metadata = dict(data.get("metadata") or {})
    if data.get("jurisdiction") and "jurisdiction" not in metadata:
        metadata["jurisdiction"] = data["jurisdiction"]
    return Analysis(path=data["path"], sha256=data["sha256"], pages=data["pages"], status=data["status"],
                    error=data.get("error"), findings=[finding_from_dict(f) for f in data["findings"]],
                    coverage=coverage, score=score, message=data.get("message") or "", metadata=metadata,
                    trace=set(data.get("trace", [])), text=data.get("text", ""),
                    media_type=data.get("media_type", ""), lines=[tuple(x) for x in data.get("lines", [])],
                    complete=data.get("complete"), incomplete_reason=data.get("incomplete_reason") or "")
