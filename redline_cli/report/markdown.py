"""``--format markdown``: a report to paste into a pull request comment."""

from __future__ import annotations

from typing import Any, TextIO

from .._version import __version__
from ..findings import Analysis, Finding
from ..taxonomy import ACTS, CORE_ACTS
from ..textsafe import terminal

MAX_QUOTE = 140


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, ``|`` escaped, and HTML special characters
    as entities, so a ``<b>`` in quoted law text (or a quote cut inside a tag) is shown, not rendered."""
    text = " ".join(terminal(str(text)).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # "[...](...)" and "![...](...)" in a quoted law would render as a link or load an image
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def code(text: str) -> str:
    """Text inside a code span (entities are not decoded there): one line, no backtick to end it early."""
    return " ".join(terminal(str(text)).split()).replace("`", "'")


def _quote(f: Finding) -> str:
    text = " ".join(f.quote.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def _where(f: Finding) -> str:
    return f"{f.citation} (p{f.location.page}:{f.location.line})" if f.location else "—"


def document(a: Analysis, reasons: list[str]) -> list[str]:
    lines = [f"### `{code(a.path)}`", ""]
    if a.jurisdiction:
        lines += [f"*{cell(a.jurisdiction)}*", ""]
    if a.status == "error":
        return [*lines, f"**Could not be read:** {cell(a.error or '')}", ""]
    if a.score and a.score.value is not None:
        lines.append(f"**Loophole score {a.score.value}/100, grade {a.score.grade}** (model {a.score.model_version};"
                     " 0 airtight, 100 hollow)")
    else:
        lines.append(f"**No loophole score:** {cell(a.message or (a.score.reason if a.score else ''))}")
    if a.complete is False:
        lines.append(f"\n:warning: **The text looks incomplete:** {cell(a.incomplete_reason)}. What it seems to "
                     "lack (enforcement, exemptions, a sunset) may be in the part cut off.")
    if reasons:
        lines.append(f"\n:x: **Gate failed:** {cell('; '.join(reasons))}")
    if a.suppressed:
        n = len(a.suppressed)
        lines.append(f"\n{n} finding{'s' if n != 1 else ''} not reported ({a.not_reported()}); the score counts "
                     f"{'them' if n != 1 else 'it'}.")
    lines.append("")
    ex = a.exemptions
    hidden = a.not_reported("exemption")
    lines += [f"#### Exemptions ({len(ex)} reported; {hidden})" if hidden else f"#### Exemptions ({len(ex)})", ""]
    if ex:
        lines += ["| category | severity | qualifiers | where | text |", "|---|---|---|---|---|"]
        for f in ex:
            quals = ", ".join(f.qualifiers) or "none"
            if f.cancelled_qualifiers:
                quals += f" (cancelled: {', '.join(f.cancelled_qualifiers)})"
            lines.append(f"| {f.category} | {f.severity} | {cell(quals)} | {cell(_where(f))} | {cell(_quote(f))} |")
    else:
        lines.append("None reported." if hidden else "None found.")
    c = a.coverage
    missing = [x for x in CORE_ACTS if x not in c.acts]
    box = {True: "[x]", False: "[ ]"}
    lines += ["", "#### Coverage", "",
              f"- {box[not missing]} acts: {', '.join(x for x in ACTS if x in c.acts) or 'none'}"
              + (f" (missing {', '.join(missing)})" if missing else ""),
              f"- {box[c.derived_information]} information derived from the technology",
              f"- {box[c.third_parties]} third parties",
              f"- {box[c.donations]} donations, gifts and free trials",
              f"- technologies: {c.technologies_described()}",
              f"- actors bound: {c.actors_described()}",
              f"- {box[bool(c.enforcement)]} enforcement: {', '.join(c.enforcement) or 'none'}",
              f"- durability: {c.durability or '—'}", ""]
    hidden_gaps = a.not_reported("gap")
    if a.gaps or hidden_gaps:
        lines += [f"#### Gaps ({len(a.gaps)} reported; {hidden_gaps})" if hidden_gaps else "#### Gaps", ""]
        if a.complete is False and a.gaps:
            lines += ["*The text looks cut short: these may be in the part cut off.*", ""]
        lines += [f"- **{g.severity}** {cell(g.message)}" for g in a.gaps] + [""]
    if a.score and a.score.contributions:
        lines += ["<details><summary>Score breakdown</summary>", "", "| points | reason | where |", "|---:|---|---|"]
        lines += [f"| {c.points:g} | {cell(c.reason)} | {cell(c.citation)} |" for c in a.score.contributions]
        lines += ["", "</details>", ""]
    return lines


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    lines = [f"## redline report ({len(analyses)} document{'s' if len(analyses) != 1 else ''})", ""]
    for i, a in enumerate(analyses):
        lines += document(a, gates.reasons(i) if gates else [])
    lines.append(f"<sub>redline {__version__}</sub>")
    out.write("\n".join(lines) + "\n")
