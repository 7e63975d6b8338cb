"""``--format github``: GitHub Actions workflow commands, one annotation per finding
(``::error file=...,line=...,title=...::message``); the default when GITHUB_ACTIONS is set.

Severity maps to the command: critical and high are errors, medium warnings, low notices;
prohibitions (info) are not annotated. Gaps, which have no line, annotate the file. The loophole
score is a notice on the file, or an error when it is above ``--max-score`` (a tripped gate)."""

from __future__ import annotations

from typing import Any, TextIO

from ..findings import Analysis, Finding

COMMAND = {"critical": "error", "high": "error", "medium": "warning", "low": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(path: str, f: Finding) -> str | None:
    command = COMMAND.get(f.severity)
    if command is None:
        return None
    props = [f"file={_prop(path)}"]
    loc = f.location
    if loc is not None and loc.source_line:
        props += [f"line={loc.source_line}", f"endLine={max(loc.source_line, loc.source_end_line)}"]
    props.append(f"title={_prop(f.rule_id)}")
    where = f" ({loc.citation}, page {loc.page} line {loc.line})" if loc else ""
    quals = f" Qualifiers: {', '.join(f.qualifiers)}." if f.qualifiers else ""
    return f"::{command} {','.join(props)}::{_data(f.message + where + '.' + quals)}"


def _largest(a: Analysis, top: int = 3) -> str:
    """The largest contributions to the score, to say where the points come from."""
    parts = [f"+{c.points:g} {c.reason}" for c in (a.score.contributions if a.score else [])[:top]]
    return f". Largest contributions: {'; '.join(parts)}." if parts else "."


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    for index, a in enumerate(analyses):
        if a.status == "error":
            out.write(f"::error file={_prop(a.path)},title=redline::{_data('cannot read: ' + (a.error or ''))}\n")
            continue
        for f in a.findings:
            line = annotation(a.path, f)
            if line:
                out.write(line + "\n")
        if a.complete is False:  # "no enforcement" on a cut text is an artefact of the cut
            text = (f"The text looks incomplete: {a.incomplete_reason}. What it seems to lack (enforcement, "
                    "exemptions, a sunset) may be in the part cut off.")
            out.write(f"::warning file={_prop(a.path)},title=incomplete text::{_data(text)}\n")
        if a.suppressed:  # say so: a quiet pull request may only mean the findings were baselined
            n = len(a.suppressed)
            text = (f"{n} finding{'s are' if n != 1 else ' is'} not annotated ({a.not_reported()}); the loophole "
                    f"score counts {'them' if n != 1 else 'it'}.")
            out.write(f"::notice file={_prop(a.path)},title=not reported::{_data(text)}\n")
        gate = gates.document(index) if gates else None
        if gate is not None and gate.score is not None:  # a tripped gate is an error, as --fail-on's findings are
            out.write(f"::error file={_prop(a.path)},title={_prop(f'--max-score {gate.max_score}')}::"
                      f"{_data(f'Loophole score {a.score.value}/100 (grade {a.score.grade}) is above the maximum ')}"
                      f"{gate.max_score} set by --max-score{_data(_largest(a))}\n")
        elif a.score and a.score.value is not None:
            out.write(f"::notice file={_prop(a.path)},title=loophole score::"
                      f"{_data(f'Loophole score {a.score.value}/100 (grade {a.score.grade})')}\n")
