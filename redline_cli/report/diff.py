"""``redline diff``: what a new draft changed, as text, json, markdown (a pull request comment) or
GitHub annotations on the new draft's lines."""

from __future__ import annotations

import json
from typing import Any, TextIO

from .._version import __version__
from ..diff import DiffReport
from .github import COMMAND, _data, _prop

MARK = {True: "!", False: " "}


def _headline(r: DiffReport) -> str:
    before = "—" if r.score_before is None else str(r.score_before)
    after = "—" if r.score_after is None else str(r.score_after)
    return f"loophole score {before} -> {after}"


def render_text(r: DiffReport, out: TextIO, **_: Any) -> None:
    out.write(f"redline diff: {r.old.path} -> {r.new.path}\n{_headline(r)}\n")
    if not r.changes:
        out.write("no change of substance\n")
    for c in r.changes:
        out.write(f" {MARK[c.worsens]} {c.kind:<20} {c.message}\n")
    if r.moved:
        out.write("moved or renumbered (not changes): " + ", ".join(f"{a} -> {b}" for a, b in r.moved) + "\n")


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
