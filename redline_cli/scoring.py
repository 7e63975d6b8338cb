"""The loophole score: 0 (airtight) to 100 (hollow), a sum of contributions each tied to a finding.

The model (weights, factors, grade bands) lives in ``rules/scoring.yaml`` so analysts can tune it;
it is validated like the rules (``file:line:col: message``, exit code 2). A document with no
prohibition gets no score, and says why: a text that bans nothing is not airtight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import taxonomy as tx
from .errors import ConfigError
from .findings import STATUS_OK, Analysis, Contribution, Finding, Score
from .rulebook.yamlload import YDict, check_keys, config_error, load_yaml

KEYS = {"model_version", "exemptions", "breadth", "breadth_floor", "decision_maker", "safeguards", "safeguard_cap",
        "gaps", "durability", "grades"}
DECISION_MAKERS = ("agency", "administrator", "legislature", "judge")
GRADES = ("A", "B", "C", "D", "F")
NO_SCORE_REASON = "no prohibition: a text that bans nothing has no loophole score"


@dataclass(frozen=True)
class Model:
    version: str
    exemptions: dict[str, float]
    breadth: dict[str, float]
    breadth_floor: float
    decision_maker: dict[str, float]
    safeguards: dict[str, float]
    safeguard_cap: float
    gaps: dict[str, float]
    durability: dict[str, float]
    grades: list[tuple[str, float]] = field(default_factory=list)
    source: str = ""

    def grade(self, value: float) -> str:
        for letter, upper in self.grades:
            if value <= upper:
                return letter
        return self.grades[-1][0]


def _number_map(data: YDict, key: str, allowed: tuple[str, ...], lo: float, hi: float,
                required: bool = True) -> dict[str, float]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise config_error(f"{key!r} must be a mapping of id: number", data, key)
    out: dict[str, float] = {}
    for name, number in value.items():
        if name not in allowed:
            raise config_error(f"unknown id {name!r} in {key!r} (expected one of: {', '.join(allowed)})", value, name)
        if not isinstance(number, int | float) or isinstance(number, bool) or not lo <= number <= hi:
            raise config_error(f"{key}.{name} must be a number from {lo} to {hi}", value, name)
        out[name] = float(number)
    if required:
        missing = [name for name in allowed if name not in out]
        if missing:
            raise config_error(f"{key!r} is missing: {', '.join(missing)}", data, key)
    return out


def _number(data: YDict, key: str, lo: float, hi: float) -> float:
    value = data.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or not lo <= value <= hi:
        raise config_error(f"{key!r} must be a number from {lo} to {hi}", data, key)
    return float(value)


def parse_model(data: Any, path: str) -> Model:
    if not isinstance(data, YDict):
        raise ConfigError("a scoring model is a mapping (see rules/scoring.yaml)", path, 1, 1)
    check_keys(data, KEYS, KEYS)
    version = data["model_version"]
    if not isinstance(version, str | int | float) or isinstance(version, bool):
        raise config_error("'model_version' must be a string", data, "model_version")
    grades_raw = data["grades"]
    if not isinstance(grades_raw, dict) or list(grades_raw) != list(GRADES):
        raise config_error("'grades' must map A, B, C, D, F (in that order) to upper bounds", data, "grades")
    grades = []
    last = -1.0
    for letter, upper in grades_raw.items():
        if not isinstance(upper, int | float) or isinstance(upper, bool) or upper <= last or upper > 100:
            raise config_error("grade bounds must rise from A to F and end at 100", grades_raw, letter)
        grades.append((letter, float(upper)))
        last = upper
    if grades[-1][1] != 100:
        raise config_error("the F band must end at 100", grades_raw, "F")
    return Model(
        version=str(version),
        exemptions=_number_map(data, "exemptions", tx.EXEMPTION_CATEGORIES, 0, 100),
        breadth=_number_map(data, "breadth", tx.QUALIFIERS, 0, 1, required=False),
        breadth_floor=_number(data, "breadth_floor", 0, 1),
        decision_maker=_number_map(data, "decision_maker", DECISION_MAKERS, 0, 1),
        safeguards=_number_map(data, "safeguards", tx.QUALIFIERS, 0, 1, required=False),
        safeguard_cap=_number(data, "safeguard_cap", 0, 1),
        gaps=_number_map(data, "gaps", tuple(g for g in tx.GAPS if g != "sunset"), 0, 100),
        durability=_number_map(data, "durability", tx.DURABILITY, 0, 100),
        grades=grades, source=path,
    )


def load_model(path: str | None = None, rule_dirs: tuple[str, ...] = ()) -> Model:
    """The scoring model: ``path`` if given, else a ``scoring.yaml`` in the last user rule pack
    that has one, else the built-in pack's."""
    from .rulebook import SCORING_FILE, builtin_rules_dir

    if path is None:
        candidates = [Path(d) / SCORING_FILE for d in rule_dirs] + [builtin_rules_dir() / SCORING_FILE]
        path = str(next((c for c in reversed(candidates[:-1]) if c.is_file()), candidates[-1]))
    return parse_model(load_yaml(path), str(path))


# ---------------------------------------------------------------------------- scoring
def _exemption(f: Finding, model: Model) -> Contribution:
    base = model.exemptions.get(f.category, model.exemptions["other"])
    narrowing = {q: model.breadth[q] for q in f.qualifiers if q in model.breadth}
    breadth = 1.0
    for factor in narrowing.values():
        breadth *= factor
    breadth = max(breadth, model.breadth_floor) if narrowing else 1.0
    maker = f.decision_maker or "agency"
    decision = model.decision_maker.get(maker, 1.0)
    credits = {q: model.safeguards[q] for q in f.qualifiers if q in model.safeguards}
    credit = min(sum(credits.values()), model.safeguard_cap)
    points = base * breadth * decision * (1 - credit)
    parts = [f"base {base:g}"]
    if narrowing:
        parts.append(f"x breadth {breadth:.2f} ({', '.join(narrowing)})")
    else:
        parts.append("x breadth 1 (purpose not narrowed)")
    parts.append(f"x {maker} {decision:g}")
    if credits:
        parts.append(f"x (1 - {credit:.2f} safeguards: {', '.join(credits)})")
    if f.cancelled_qualifiers:
        parts.append(f"(safeguards {', '.join(f.cancelled_qualifiers)} cancelled by the override at {f.overridden_by})")
    return Contribution(points=round(points, 2), rule_id=f.rule_id, citation=f.citation,
                        reason=f"{f.category} exemption: " + " ".join(parts),
                        factors={"base": base, "breadth": round(breadth, 4), "decision_maker": decision,
                                 "safeguard_credit": round(credit, 4)})


def score(analysis: Analysis, model: Model) -> Score:
    """The loophole score of one analysis (None when it has no prohibition or failed)."""
    if analysis.status != STATUS_OK:
        reason = NO_SCORE_REASON if analysis.status != "error" else "the document could not be read"
        return Score(value=None, grade=None, model_version=model.version, reason=reason)
    contributions: list[Contribution] = []
    for f in analysis.findings:
        if f.kind == "exemption":
            contributions.append(_exemption(f, model))
        elif f.kind == "gap" and f.category in model.gaps:
            weight = model.gaps[f.category]
            count = len(f.details.get("missing", [])) if f.category == "narrow-acts" else 1
            contributions.append(Contribution(points=round(weight * count, 2), rule_id=f.rule_id, citation="",
                                              reason=f"gap: {f.message}", factors={"weight": weight,
                                                                                   "count": count}))
        elif f.kind == "durability" and model.durability.get(f.category, 0):
            contributions.append(Contribution(points=model.durability[f.category], rule_id=f.rule_id,
                                              citation=f.citation, reason=f"durability: {f.message}",
                                              factors={"weight": model.durability[f.category]}))
    contributions = [c for c in contributions if c.points > 0]
    contributions.sort(key=lambda c: -c.points)
    value = min(100, round(sum(c.points for c in contributions)))
    return Score(value=value, grade=model.grade(value), model_version=model.version, contributions=contributions)
