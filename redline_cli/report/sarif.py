"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub ``upload-sarif``).

One run; the driver lists every rule that produced a result, with help text (its message, why it
matters, references); one result per finding with its region (file lines for text inputs, page
lines for PDFs, the page in the result's properties) and a partial fingerprint that survives
re-pagination. A gap has no span: it is placed on the document's first line and says so. A
finding a suppression or the baseline kept out of the report is a result with a ``suppressions``
entry (its reason), so code scanning shows it closed, not as an alert, and the count is kept. A
document whose loophole score is above ``--max-score`` gets an error result of its own
(``gate.max-score``), as a finding that trips ``--fail-on`` has one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from .._version import __version__
from ..findings import Analysis, Finding
from ..rulebook import RuleBook

LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
INFO_URI = "https://example.invalid/redline"  # no public home yet; SARIF needs only a URI form


def _rule_descriptor(rule_id: str, book: RuleBook | None, sample: Finding) -> dict[str, Any]:
    rule = book.describe(rule_id) if book else None
    title = rule.title if rule else sample.category
    why = rule.why if rule else sample.message
    refs = list(rule.references) if rule else []
    text = f"{rule.message if rule else sample.message}. {why}"
    markdown = f"**{title}**\n\n{why}" + "".join(f"\n\n- {r}" for r in refs)
    return {
        "id": rule_id, "name": title.title().replace(" ", "").replace("-", ""),
        "shortDescription": {"text": title},
        "fullDescription": {"text": why},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL.get(rule.severity if rule else sample.severity, "warning")},
        "properties": {"tags": [sample.kind, "redline"], "severity": rule.severity if rule else sample.severity},
    }


def _uri(path: str) -> str:
    if path.startswith("<"):
        return path.strip("<>")
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _result(a: Analysis, f: Finding, index: int) -> dict[str, Any]:
    loc = f.location
    region: dict[str, Any]
    if loc is not None:
        start = max(1, loc.source_line or loc.line or 1)
        region = {"startLine": start, "endLine": max(start, loc.source_end_line or start),
                  "snippet": {"text": " ".join(f.quote.split())}}
        message = f"{f.message} ({loc.citation or 'document'}, page {loc.page} line {loc.line})"
    else:
        region = {"startLine": 1}
        message = f"{f.message} (the whole document: a gap has no text to point at)"
    if f.qualifiers:
        message += f". Qualifiers: {', '.join(f.qualifiers)}"
    result: dict[str, Any] = {
        "ruleId": f.rule_id, "ruleIndex": index, "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(a.path)}, "region": region}}],
        "partialFingerprints": {"redlineFinding/v1": f.fingerprint},
        "properties": {"kind": f.kind, "category": f.category, "severity": f.severity,
                       "qualifiers": list(f.qualifiers)},
    }
    if loc is not None:
        result["locations"][0]["logicalLocations"] = [{"name": loc.citation or a.path, "kind": "module"}]
        result["properties"]["page"] = loc.page
    return result


MAX_SCORE_RULE = "gate.max-score"


def _max_score_descriptor() -> dict[str, Any]:
    why = ("The loophole score (0 airtight, 100 hollow) sums what the exemptions and gaps take from the "
           "ban; the run set a maximum with --max-score and this document is above it.")
    return {
        "id": MAX_SCORE_RULE, "name": "MaxScore",
        "shortDescription": {"text": "Loophole score above --max-score"},
        "fullDescription": {"text": why},
        "help": {"text": why, "markdown": f"**Loophole score above --max-score**\n\n{why}"},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["gate", "redline"]},
    }


def _max_score_result(a: Analysis, gate, index: int) -> dict[str, Any]:
    """The --max-score gate a document tripped: an error result on the document, as a finding's."""
    import hashlib

    top = "; ".join(f"+{c.points:g} {c.reason}" for c in a.score.contributions[:3])
    message = (f"Loophole score {gate.score}/100 (grade {a.score.grade}) is above the maximum {gate.max_score} set "
               f"by --max-score" + (f". Largest contributions: {top}" if top else ""))
    return {
        "ruleId": MAX_SCORE_RULE, "ruleIndex": index, "level": "error", "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(a.path)},
                                            "region": {"startLine": 1}}}],
        "partialFingerprints": {"redlineFinding/v1": hashlib.sha256(
            f"{MAX_SCORE_RULE}\x1f{_uri(a.path)}".encode()).hexdigest()[:32]},  # one per document
        "properties": {"kind": "gate", "score": gate.score, "max_score": gate.max_score, "grade": a.score.grade},
    }


def render(analyses: list[Analysis], out: TextIO, rulebook: RuleBook | None = None, gates=None,
           **_: Any) -> None:
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for i, a in enumerate(analyses):
        for f in a.findings:
            if f.rule_id not in rules:
                rules[f.rule_id] = _rule_descriptor(f.rule_id, rulebook, f)
            results.append(_result(a, f, list(rules).index(f.rule_id)))
        for kept_out in a.suppressed:  # SARIF's own way: a result with a suppression (closed, not an alert)
            f = kept_out.finding
            if f.rule_id not in rules:
                rules[f.rule_id] = _rule_descriptor(f.rule_id, rulebook, f)
            result = _result(a, f, list(rules).index(f.rule_id))
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": kept_out.reason,
                                       "properties": {"by": kept_out.by}}]
            results.append(result)
        gate = gates.document(i) if gates else None
        if gate is not None and gate.score is not None and a.score is not None:
            rules.setdefault(MAX_SCORE_RULE, _max_score_descriptor())
            results.append(_max_score_result(a, gate, list(rules).index(MAX_SCORE_RULE)))
    invocation = {"executionSuccessful": all(a.status != "error" for a in analyses)}
    notes = [{"message": {"text": f"{a.path}: {a.error}"}, "level": "error"} for a in analyses if a.status == "error"]
    notes += [{"message": {"text": f"{a.path}: the text looks incomplete: {a.incomplete_reason}"}, "level": "warning"}
              for a in analyses if a.complete is False]
    if notes:
        invocation["toolExecutionNotifications"] = notes
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "redline", "version": __version__, "informationUri": INFO_URI,
                                "rules": list(rules.values())}},
            "invocations": [invocation],
            "results": results,
        }],
    }
    out.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")  # one write, not one per token
