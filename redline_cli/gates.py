"""CI gates: decide the exit code from what was found, separately from what is shown.

``--fail-on SEVERITY`` trips when any reported finding is at or above that severity;
``--max-score N`` trips when a document's loophole score is above N. ``--min-severity`` only
filters the display and never reaches here (users of Vale and Semgrep asked for years to keep the
two apart). Suppressed findings (``.redline-ignore.yaml``, ``--baseline``) do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Analysis, Finding
from .taxonomy import SEVERITY_RANK


@dataclass
class DocumentGate:
    """What one document tripped: the findings at or above ``--fail-on``, and its score when it is
    above ``--max-score``. Reporters show these; they never re-check the thresholds themselves."""

    findings: list[Finding] = field(default_factory=list)
    score: int | None = None  # set only when the score is above --max-score
    max_score: int | None = None
    fail_on: str | None = None

    @property
    def failed(self) -> bool:
        return bool(self.findings) or self.score is not None

    def tripped(self) -> list[str]:
        """One line per gate that tripped, named by its flag, the score's first: a long list of
        findings never hides that the score is over its maximum."""
        out = []
        if self.score is not None:
            out.append(f"--max-score {self.max_score}: loophole score {self.score} is above {self.max_score}")
        if self.findings:
            n = len(self.findings)
            out.append(f"--fail-on {self.fail_on}: {n} finding{'s' if n != 1 else ''} at or above {self.fail_on}")
        return out

    def reasons(self) -> list[str]:
        out = [f"{f.severity} finding {f.rule_id}" + (f" at {f.citation}" if f.citation else "") for f in self.findings]
        if self.score is not None:
            out.append(f"loophole score {self.score} is above the maximum {self.max_score}")
        return out


@dataclass
class GateResult:
    """Each document's gate, by its position in the input: two inputs may share a path (the same
    file named twice), and one's pass must not hide the other's failure."""

    fail_on: str | None
    max_score: int | None
    documents: list[DocumentGate] = field(default_factory=list)  # input index -> its gate

    @property
    def failed(self) -> bool:
        return any(d.failed for d in self.documents)

    @property
    def failed_count(self) -> int:
        return sum(1 for d in self.documents if d.failed)

    def document(self, index: int) -> DocumentGate:
        """The gate of the ``index``-th document (an empty one when out of range)."""
        return self.documents[index] if 0 <= index < len(self.documents) else DocumentGate()

    def reasons(self, index: int) -> list[str]:
        """Why the ``index``-th document failed (empty when it passed)."""
        return self.document(index).reasons()


def evaluate(analyses: list[Analysis], fail_on: str | None = "high", max_score: int | None = None) -> GateResult:
    result = GateResult(fail_on, max_score)
    threshold = SEVERITY_RANK.get(fail_on) if fail_on and fail_on != "never" else None
    for a in analyses:
        gate = DocumentGate(max_score=max_score, fail_on=fail_on if threshold is not None else None)
        if threshold is not None:
            gate.findings = [f for f in a.findings if SEVERITY_RANK.get(f.severity, 0) >= threshold]
        if max_score is not None and a.score is not None and a.score.value is not None and a.score.value > max_score:
            gate.score = a.score.value
        result.documents.append(gate)
    return result
