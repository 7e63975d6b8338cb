"""``redline diff``: what a new draft changed, as text, json, markdown (a pull request comment) or
GitHub annotations on the new draft's lines."""

from __future__ import annotations

import difflib
import json
from typing import Any, TextIO

from .._version import __version__
from ..draft_diff import Change, DiffReport
from ..findings import Analysis
from ..textsafe import one_line, terminal
from .github import COMMAND, _data, _prop

MARK = {True: "!", False: " "}
QUOTE = 110  # characters of a quoted passage in the text report
# the gap each coverage field's loss opens, in the scoring model
GAP_OF_FIELD = {"derived-information": "gap.no-derived-information-coverage", "third-parties":
                "gap.no-third-party-coverage", "donations": "gap.no-donation-coverage",
                "enforcement": "gap.no-enforcement", "actors": "gap.law-enforcement-only"}


def _headline(r: DiffReport) -> str:
    before = "—" if r.score_before is None else str(r.score_before)
    after = "—" if r.score_after is None else str(r.score_after)
    return f"loophole score {before} -> {after}"


def _quote(words: str) -> str:
    text = terminal(" ".join(words.split()))
    return "“" + (text if len(text) <= QUOTE else text[: QUOTE - 1].rstrip() + "…") + "”"


def _word_changes(old: str, new: str, context: int = 2, joint: int = 3) -> list[str]:
    """What a reworded passage lost and added, run by run: edits at most ``joint`` words apart are
    one run, a replaced run is quoted before and after with ``context`` words either side."""
    a, b = old.split(), new.split()
    runs: list[list[int]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if runs and i1 - runs[-1][1] <= joint and j1 - runs[-1][3] <= joint:
            runs[-1][1], runs[-1][3] = i2, j2
        else:
            runs.append([i1, i2, j1, j2])
    out = []
    for i1, i2, j1, j2 in runs:
        if i1 == i2:
            out.append(f"added: {_quote(' '.join(b[j1:j2]))}")
        elif j1 == j2:
            out.append(f"lost: {_quote(' '.join(a[i1:i2]))}")
        else:
            lo, hi = min(context, i1, j1), min(context, len(a) - i2, len(b) - j2)
            out.append(f"{_quote(' '.join(a[i1 - lo:i2 + hi]))} -> {_quote(' '.join(b[j1 - lo:j2 + hi]))}")
    return out


def _evidence(a: Analysis, keys: list[str]) -> list[str]:
    """The words of ``a`` that its coverage ``keys`` rest on, each with its citation, once."""
    out: list[str] = []
    for key in keys:
        for loc in a.coverage.evidence.get(key, []):
            item = f"{_quote(a.text[loc.char_start:loc.char_end])} ({terminal(loc.citation or 'document')})"
            if item not in out:
                out.append(item)
    return out


def _coverage_keys(c: Change) -> list[str]:
    d = c.details
    if c.kind in ("acts-dropped", "acts-added"):
        return [f"coverage.acts.{x}" for x in d.get("acts", [])]
    if c.kind in ("coverage-lost", "coverage-gained"):
        field = d.get("field", "")
        return [f"coverage.{field}.{v}" for v in d.get("values", [])] or [f"coverage.{field}"]
    if c.kind == "durability-changed":
        return [f"coverage.durability.{d.get('old')}", f"coverage.durability.{d.get('new')}"]
    return []


def words(r: DiffReport, c: Change) -> list[str]:
    """The words a change added or lost, quoted: an exemption's own words when it was added or
    removed, the words that changed when it was reworded, and the words the ban's coverage rested
    on when coverage or acts changed."""
    if c.kind == "exemption-added" and c.new is not None:
        return [f"added: {_quote(c.new.quote)}"]
    if c.kind == "exemption-removed" and c.old is not None:
        return [f"lost: {_quote(c.old.quote)}"]
    if c.old is not None and c.new is not None:
        return _word_changes(c.old.quote, c.new.quote) or ["same words"]
    keys = _coverage_keys(c)
    lost = [k for k in keys if k in r.old.coverage.evidence and k not in r.new.coverage.evidence] \
        if c.kind != "durability-changed" else keys[:1]
    gained = [k for k in keys if k in r.new.coverage.evidence and k not in r.old.coverage.evidence] \
        if c.kind != "durability-changed" else keys[1:]
    out = [f"lost: {', '.join(q)}" for q in [_evidence(r.old, lost)] if q]
    out += [f"added: {', '.join(q)}" for q in [_evidence(r.new, gained)] if q]
    return out


def points(r: DiffReport, c: Change) -> float | None:
    """How many points of the loophole score the change moves (new draft minus old), from the two
    drafts' score contributions; None when a draft has no score."""
    if not (r.old.score and r.new.score and r.old.score.value is not None and r.new.score.value is not None):
        return None

    def total(a: Analysis, rule: str | None, citation: str | None = None, prefix: bool = False) -> float:
        return sum(x.points for x in a.score.contributions if rule is not None
                   and (x.rule_id.startswith(rule) if prefix else x.rule_id == rule)
                   and (citation is None or x.citation == citation))

    if c.old is not None or c.new is not None:
        before = total(r.old, c.old.rule_id, c.old.citation) if c.old is not None else 0.0
        after = total(r.new, c.new.rule_id, c.new.citation) if c.new is not None else 0.0
        return after - before
    if c.kind in ("acts-dropped", "acts-added"):
        rule, prefix = "gap.narrow-acts", False
    elif c.kind == "durability-changed":
        rule, prefix = "coverage.durability.", True
    else:
        rule, prefix = GAP_OF_FIELD.get(c.details.get("field", "")), False
    return total(r.new, rule, prefix=prefix) - total(r.old, rule, prefix=prefix)


def _points(value: float | None) -> str:
    if value is None:
        return ""
    value = round(value, 2)
    return "  [no change to the score]" if value == 0 else f"  [{value:+g} points]"


def render_text(r: DiffReport, out: TextIO, **_: Any) -> None:
    """Each change with the points it moves, and under it the words added or lost."""
    out.write(f"redline diff: {one_line(r.old.path)} -> {one_line(r.new.path)}\n{_headline(r)}")
    if r.score_before is not None and r.score_after is not None:
        out.write(f" ({r.score_after - r.score_before:+d})")
    out.write("\n")
    if not r.changes:
        out.write("no change of substance\n")
    for c in r.changes:
        out.write(f" {MARK[c.worsens]} {c.kind:<20} {terminal(c.message)}{_points(points(r, c))}\n")
        for line in words(r, c):
            out.write(f"   {'':<20} {line}\n")
    if r.moved:
        out.write("moved or renumbered (not changes): "
                  + ", ".join(f"{terminal(a)} -> {terminal(b)}" for a, b in r.moved) + "\n")


def render_json(r: DiffReport, out: TextIO, **_: Any) -> None:
    json.dump({"schema_version": "1", "redline_version": __version__, "diff": r.to_dict()}, out, indent=2,
              ensure_ascii=False)
    out.write("\n")


def render_markdown(r: DiffReport, out: TextIO, **_: Any) -> None:
    lines = [f"### redline: `{r.old.path}` → `{r.new.path}`", "", f"**{_headline(r)}**", ""]
    if r.changes:
        lines += ["| | change | detail |", "|---|---|---|"]
        for c in r.changes:
            detail = c.message.replace("|", "\\|")
            lines.append(f"| {':x:' if c.worsens else ''} | {c.kind} | {detail} |")
    else:
        lines.append("No change of substance.")
    if r.moved:
        lines += ["", "<sub>Renumbered, unchanged: " + ", ".join(f"{a} → {b}" for a, b in r.moved) + "</sub>"]
    out.write("\n".join(lines) + "\n")


# Changes to what the ban covers have no finding of their own: they are annotated on the new
# draft's prohibition, the provision that no longer covers what it did.
OF_THE_PROHIBITION = ("acts-dropped", "acts-added", "coverage-lost", "coverage-gained", "durability-changed")


def render_github(r: DiffReport, out: TextIO, **_: Any) -> None:
    ban = next((f for f in r.new.prohibitions if f.location is not None and f.location.source_line), None)
    for c in r.changes:
        command = COMMAND.get(c.severity, "notice") if c.worsens else "notice"
        props = [f"file={_prop(r.new.path)}"]
        f = c.new if c.new is not None or c.kind not in OF_THE_PROHIBITION else ban
        if f is not None and f.location is not None and f.location.source_line:
            end = max(f.location.source_line, f.location.source_end_line)
            props += [f"line={f.location.source_line}", f"endLine={end}"]
        props.append(f"title={_prop('redline ' + c.kind)}")
        out.write(f"::{command} {','.join(props)}::{_data(c.message)}\n")
    out.write(f"::notice file={_prop(r.new.path)},title=loophole score::{_data(_headline(r))}\n")


FORMATS = {"text": render_text, "json": render_json, "markdown": render_markdown, "github": render_github}
