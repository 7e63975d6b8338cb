"""What the ban reaches (acts, technologies, actors, third parties, donations, derived information,
enforcement, durability) and the gaps that leaves.

Where each fact may come from:
- acts and actors: the prohibitions themselves (see prohibitions.py);
- technologies: prohibitions and definitions (what the law is about, not what an exemption names);
- donations, third parties, derived information, enforcement: anywhere outside an exemption. A
  donation named inside an exemption is a way around the ban, not coverage;
- durability: a sunset or moratorium in a prohibition or in a clause about the law itself; a
  reversal anywhere; otherwise a ban is permanent.
"""

from __future__ import annotations

from ..document import Document, Location
from ..findings import Coverage, Finding
from ..rulebook import RuleBook
from ..taxonomy import ACTORS, ACTS, CORE_ACTS, DURABILITY, ENFORCEMENT, TECHNOLOGIES
from .clauses import Clause, ClauseMap
from .cues import Cue
from .prohibitions import Prohibition

DURABILITY_RANK = {"reversal": 3, "moratorium": 2, "sunset": 1, "permanent": 0}


def _exempt(clause: Clause) -> bool:
    return not clause.dropped and (clause.role in ("exemption", "condition") or clause.is_gateway)


def _order(values: set[str], canon: tuple[str, ...]) -> list[str]:
    return [v for v in canon if v in values]


class CoverageBuilder:
    def __init__(self, doc: Document, cmap: ClauseMap, prohibitions: list[Prohibition], has_exemptions: bool,
                 tech_definitions: list[tuple[int, int]], trace: set[str]) -> None:
        self.doc, self.cmap, self.prohibitions, self.trace = doc, cmap, prohibitions, trace
        self.has_exemptions = has_exemptions
        self.tech_definitions = tech_definitions
        self.evidence: dict[str, list[Location]] = {}

    def _note(self, coverage_id: str, cues: list[Cue]) -> None:
        locs = self.evidence.setdefault(coverage_id, [])
        for cue in cues:
            loc = self.doc.locate(cue.start, cue.end)
            if loc not in locs:
                locs.append(loc)
            self.trace.add(cue.rule_id)

    def _cues(self, kind: str, where) -> dict[str, list[Cue]]:
        """Cues of ``kind`` in the clauses ``where`` accepts, leaving out clauses that describe text
        an amendment removes ("which authorized a civil action ..., is hereby repealed")."""
        out: dict[str, list[Cue]] = {}
        for clause in self.cmap.clauses:
            if not where(clause):
                continue
            if any(c.kind == "role" and c.form == "neutral.repealed-text" for c in clause.cues):
                self.trace.update(c.rule_id for c in clause.cues if c.form == "neutral.repealed-text")
                continue
            for cue in clause.cues:
                if cue.kind == kind:
                    out.setdefault(cue.target, []).append(cue)
        return out

    def _in_tech_definition(self, cue: Cue) -> bool:
        return any(s <= cue.start < e for s, e in self.tech_definitions)

    def build(self) -> Coverage:
        cov = Coverage()
        acts: dict[str, list[Cue]] = {}
        actors: dict[str, list[Cue]] = {}
        for p in self.prohibitions:
            for act, cues in p.acts.items():
                acts.setdefault(act, []).extend(cues)
            for actor, cues in p.actors.items():
                actors.setdefault(actor, []).extend(cues)
        for act, cues in acts.items():
            self._note(f"coverage.acts.{act}", cues)
        cov.acts = _order(set(acts), ACTS)

        techs = self._cues("technology", lambda c: c.role in ("prohibition", "definition") and not _exempt(c))
        techs = {t: kept for t, cues in techs.items()
                 if (kept := [c for c in cues if self._role_at(c) != "definition" or self._in_tech_definition(c)])}
        for target, cues in techs.items():
            self._note(target, cues)
        cov.technologies = _order({t.rsplit(".", 1)[1] for t in techs}, TECHNOLOGIES)

        # Without a prohibition there is nothing for donations or third parties to be covered by.
        outside = self._cues("coverage", lambda c: not _exempt(c) and c.role != "purpose") if self.prohibitions else {}
        for key in ("derived-information", "third-parties", "donations"):
            cues = outside.get(f"coverage.{key}", [])
            if cues:
                self._note(f"coverage.{key}", cues)
            setattr(cov, key.replace("-", "_"), bool(cues))

        if not actors and self.prohibitions:
            # A prohibition with no subject ("the following technologies are prohibited") binds
            # whoever the rest of the law names: "the City's use of surveillance technology".
            for target, cues in self._cues("actor", lambda c: not _exempt(c)).items():
                actors.setdefault(target.rsplit(".", 1)[1], []).extend(cues)
        if "all-government" in actors:
            actors.pop("law-enforcement-only", None)  # one limb binds only the police; others bind all
        for actor, cues in actors.items():
            self._note(f"coverage.actors.{actor}", cues)
        cov.actors = _order(set(actors), ACTORS)

        enforcement = self._cues("enforcement", lambda c: not _exempt(c))
        for target, cues in enforcement.items():
            self._note(target, cues)
        cov.enforcement = _order({t.rsplit(".", 1)[1] for t in enforcement}, ENFORCEMENT)

        cov.durability = self._durability()
        cov.evidence = self.evidence
        return cov

    def _role_at(self, cue: Cue) -> str | None:
        for clause in self.cmap.clauses:
            if clause.start <= cue.start < clause.end:
                return clause.role
        return None

    def _durability(self) -> str | None:
        found: dict[str, list[Cue]] = {}
        for clause in self.cmap.clauses:
            if _exempt(clause):
                continue
            for cue in clause.cues:
                if cue.kind != "durability":
                    continue
                value = cue.value
                if (value == "reversal" and self.has_exemptions) or clause.role in ("prohibition", "durability"):
                    found.setdefault(value, []).append(cue)
        if found:
            best = max(found, key=lambda v: DURABILITY_RANK.get(v, 0))
            self._note(f"coverage.durability.{best}", found[best])
            return best
        if self.prohibitions:
            self.trace.add("coverage.durability.permanent")
            return "permanent"
        return None


def gaps(coverage: Coverage, rulebook: RuleBook, trace: set[str]) -> list[Finding]:
    """Findings for what the ban leaves out (no span: they name what was looked for)."""
    missing_acts = [a for a in CORE_ACTS if a not in coverage.acts]
    checks = [
        ("no-donation-coverage", not coverage.donations, ""),
        ("no-third-party-coverage", not coverage.third_parties, ""),
        ("no-derived-information-coverage", not coverage.derived_information, ""),
        ("no-enforcement", not coverage.enforcement, ""),
        ("narrow-acts", bool(missing_acts), ", ".join(missing_acts)),
        ("law-enforcement-only", coverage.actors == ["law-enforcement-only"], ""),
        ("sunset", coverage.durability == "sunset", ""),
    ]
    out = []
    for name, hit, detail in checks:
        if not hit:
            continue
        rule_id = f"gap.{name}"
        describing = rulebook.describe(rule_id)
        message = describing.message if describing else name.replace("-", " ")
        if detail:
            message = f"{message}: {detail}"
        trace.add(rule_id)
        out.append(Finding(rule_id=rule_id, kind="gap", category=name,
                           severity=describing.severity if describing else "medium", message=message, snippet="",
                           location=None, details={"missing": missing_acts} if name == "narrow-acts" else {}))
    return out


__all__ = ["DURABILITY", "CoverageBuilder", "gaps"]
