"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub ``upload-sarif``).

One run; the driver lists every rule that produced a result, with help text (its message, why it
matters, references); one result per finding with its region and a partial fingerprint that
survives re-pagination. A gap has no span: it is placed on the document's first line and says so.

Only what opens a loophole is an alert (``kind`` "fail", the default): exemptions, gaps,
durability limits. What the law bans, and a safeguard found on its own, are facts, not problems:
they are left out, unless asked for with ``--min-severity info``, and then they are results of
``kind`` "informational" with ``level`` "none", which no code-scanning tool may raise as an alert.

Each region's ``startLine`` is the line its message names: the line of the file for text, Markdown,
DOCX and HTML inputs (what an editor or a pull request shows), the line on the page for a PDF
(whose page the message names too); a bill's printed margin number, when it differs, is named
beside it. Artifact URIs are relative to the working directory when the file is under it, with
``./`` and ``..`` resolved and reserved characters percent-encoded; other paths are ``file:`` URIs.
A finding a suppression or the baseline kept out of the report is a result with a ``suppressions``
entry (its reason), so code scanning shows it closed, not as an alert, and the count is kept. A
document whose loophole score is above ``--max-score`` gets an error result of its own
(``gate.max-score``), as a finding that trips ``--fail-on`` has one.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .._version import __version__
from ..findings import Analysis, Finding
from ..rulebook import RuleBook

LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
INFORMATIONAL = ("prohibition", "qualifier")  # what the law does, not a loophole in it
URL_LABELS = ("documentation", "docs", "homepage", "home", "repository", "source")


@functools.cache
def information_uri() -> str | None:
    """The project's documentation (its README), from the installed package's metadata: the
    ``[project.urls]`` entry named Documentation, else Homepage, else Repository. None when the
    package declares none: SARIF does not require one, and a made-up address helps nobody."""
    from importlib import metadata

    try:
        entries = metadata.metadata("redline").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    urls = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        if url.strip().startswith(("https://", "http://")):
            urls.setdefault(label.strip().lower(), url.strip())
    return next((urls[label] for label in URL_LABELS if label in urls), None)


def _informational(f: Finding) -> bool:
    return f.kind in INFORMATIONAL


def _rule_descriptor(rule_id: str, book: RuleBook | None, sample: Finding) -> dict[str, Any]:
    rule = book.describe(rule_id) if book else None
    title = rule.title if rule else sample.category
    why = rule.why if rule else sample.message
    refs = list(rule.references) if rule else []
    text = f"{rule.message if rule else sample.message}. {why}"
    markdown = f"**{title}**\n\n{why}" + "".join(f"\n\n- {r}" for r in refs)
    severity = rule.severity if rule else sample.severity
    return {
        "id": rule_id, "name": title.title().replace(" ", "").replace("-", ""),
        "shortDescription": {"text": title},
        "fullDescription": {"text": why},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": "none" if _informational(sample) else LEVEL.get(severity, "warning")},
        "properties": {"tags": [sample.kind, "redline"], "severity": severity},
    }


def artifact_uri(path: str, cwd: str | None = None) -> str:
    """A file's path as the URI SARIF wants: relative (to ``cwd``) and normalized when the file is
    under it, percent-encoded, ``file:`` when it is elsewhere; ``<stdin>`` is ``stdin``."""
    if path.startswith("<") and path.endswith(">"):
        return quote(path.strip("<>"))
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(cwd or os.getcwd())
        except ValueError:
            return Path(os.path.normpath(p)).as_uri()
    norm = posixpath.normpath(p.as_posix())
    return quote(norm, safe="/")


def _where(a: Analysis, f: Finding) -> tuple[dict[str, Any], str]:
    """The region of a finding and the words its message uses for the same place."""
    loc = f.location
    if loc is None:
        return {"startLine": 1}, "the whole document: a gap has no text to point at"
    cite = loc.citation or "document"
    if a.media_type == "pdf":
        start = max(1, loc.line)
        end = max(start, loc.end_line) if loc.end_page == loc.page else start
        where = f"{cite}, page {loc.page} line {start}"
    else:
        start = max(1, loc.source_line or loc.line)
        end = max(start, loc.source_end_line or start)
        where = f"{cite}, line {start}"
        printed = []
        if a.pages > 1 or loc.page > 1:
            printed.append(f"page {loc.page}")
        if loc.line != start:
            printed.append(f"printed line {loc.line}")
        if printed:
            where += "; " + ", ".join(printed)
    region = {"startLine": start, "endLine": end, "snippet": {"text": " ".join(f.quote.split())}}
    return region, where


def _result(a: Analysis, f: Finding, index: int) -> dict[str, Any]:
    region, where = _where(a, f)
    message = f"{f.message} ({where})"
    if f.qualifiers:
        message += f". Qualifiers: {', '.join(f.qualifiers)}"
    result: dict[str, Any] = {"ruleId": f.rule_id, "ruleIndex": index}
    if _informational(f):
        result.update(kind="informational", level="none")
    else:
        result["level"] = LEVEL.get(f.severity, "warning")
    result.update({
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(a.path)}, "region": region}}],
        "partialFingerprints": {"redlineFinding/v1": f.fingerprint},
        "properties": {"kind": f.kind, "category": f.category, "severity": f.severity,
                       "qualifiers": list(f.qualifiers)},
    })
    loc = f.location
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
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(a.path)},
                                            "region": {"startLine": 1}}}],
        "partialFingerprints": {"redlineFinding/v1": hashlib.sha256(
            f"{MAX_SCORE_RULE}\x1f{artifact_uri(a.path)}".encode()).hexdigest()[:32]},  # one per document
        "properties": {"kind": "gate", "score": gate.score, "max_score": gate.max_score, "grade": a.score.grade},
    }


def render(analyses: list[Analysis], out: TextIO, rulebook: RuleBook | None = None, gates=None,
           min_severity: str | None = None, **_: Any) -> None:
    informational = min_severity == "info"  # asked for: --min-severity info
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for i, a in enumerate(analyses):
        for f in a.findings:
            if _informational(f) and not informational:
                continue
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
    invocation: dict[str, Any] = {"executionSuccessful": all(a.status != "error" for a in analyses)}
    notes = [{"message": {"text": f"{a.path}: {a.error}"}, "level": "error"} for a in analyses if a.status == "error"]
    notes += [{"message": {"text": f"{a.path}: the text looks incomplete: {a.incomplete_reason}"}, "level": "warning"}
              for a in analyses if a.complete is False]
    if notes:
        invocation["toolExecutionNotifications"] = notes
    driver: dict[str, Any] = {"name": "redline", "version": __version__}
    if information_uri():
        driver["informationUri"] = information_uri()
    driver["rules"] = list(rules.values())
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "invocations": [invocation], "results": results}],
    }
    out.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")  # one write, not one per token
