"""CI gates: decide the exit code from what was found, separately from what is shown.

``--fail-on SEVERITY`` trips when any reported finding is at or above that severity;
``--max-score N`` trips when a document's loophole score is above N. ``--min-severity`` only
filters the display and never reaches here (users of Vale and Semgrep asked for years to keep the
two apart). Suppressed findings (``.redline-ignore.yaml``, ``--baseline``) do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Analysis
from .taxonomy import SEVERITY_RANK


@dataclass
class GateResult:
    """Why each document failed, by its position in the input: two inputs may share a path (the
    same file named twice), and one's pass must not hide the other's failure."""

    fail_on: str | None
    max_score: int | None
    failures: list[list[str]] = field(default_factory=list)  # input index -> reasons

    @property
    def failed(self) -> bool:
        return any(self.failures)

    @property
    def failed_count(self) -> int:
        return sum(1 for reasons in self.failures if reasons)

    def reasons(self, index: int) -> list[str]:
        """The reasons the ``index``-th document failed (empty when it passed)."""
        return self.failures[index] if 0 <= index < len(self.failures) else []


def evaluate(analyses: list[Analysis], fail_on: str | None = "high", max_score: int | None = None) -> GateResult:
    result = GateResult(fail_on, max_score)
    threshold = SEVERITY_RANK.get(fail_on) if fail_on and fail_on != "never" else None
    for a in analyses:
        reasons: list[str] = []
        if threshold is not None:
            hits = [f for f in a.findings if SEVERITY_RANK.get(f.severity, 0) >= threshold]
            for f in hits:
                where = f" at {f.citation}" if f.citation else ""
                reasons.append(f"{f.severity} finding {f.rule_id}{where}")
        if max_score is not None and a.score is not None and a.score.value is not None and a.score.value > max_score:
            reasons.append(f"loophole score {a.score.value} is above the maximum {max_score}")
        result.failures.append(reasons)
    return result
