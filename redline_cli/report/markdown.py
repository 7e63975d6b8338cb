"""``--format markdown``: a report to paste into a pull-request comment.

What a reviewer needs first comes first: the CI gate's result (and, when it failed, why), then for
each document its score, its prohibitions, its exemptions with their qualifiers and citations, its
gaps and the score table; the coverage checklist last, folded. Everything quoted from a law or a
file name goes through ``textsafe.markdown_cell`` / ``markdown_code``: shown, never rendered.
"""

from __future__ import annotations

from typing import Any, TextIO

from .._version import __version__
from ..findings import Analysis, Finding
from ..taxonomy import ACTS, CORE_ACTS
from ..textsafe import markdown_cell as cell
from ..textsafe import markdown_code as code

MAX_QUOTE = 140
MAX_REASONS = 5  # per document, in the gate summary at the top
YES, NO = "✅", "❌"


def _quote(f: Finding) -> str:
    text = " ".join(f.quote.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def _where(f: Finding) -> str:
    return f"{f.citation or 'the text'} (p{f.location.page}:{f.location.line})" if f.location else "—"


def _gated(gates) -> bool:
    return gates is not None and (gates.fail_on is not None or gates.max_score is not None)


def gate_summary(analyses: list[Analysis], gates) -> list[str]:
    """The gate's verdict for the whole run, with the flags that set it and, when it failed, each
    failing document and why (empty when no gate was asked for)."""
    if not _gated(gates):
        return []
    flags = ", ".join(f"`{flag}`" for flag in (
        *([f"--fail-on {gates.fail_on}"] if gates.fail_on else []),
        *([f"--max-score {gates.max_score}"] if gates.max_score is not None else [])))
    if not gates.failed:
        return [f"{YES} **CI gate passed** ({flags}) for {_documents(len(analyses))}.", ""]
    lines = [f"{NO} **CI gate failed** ({flags}) for {gates.failed_count} of {_documents(len(analyses))}:", ""]
    for i, a in enumerate(analyses):
        reasons = gates.reasons(i)
        if not reasons:
            continue
        shown = "; ".join(reasons[:MAX_REASONS]) + (f" (+{len(reasons) - MAX_REASONS} more)"
                                                    if len(reasons) > MAX_REASONS else "")
        lines.append(f"- `{code(a.path)}`: {cell(shown)}")
    return [*lines, ""]


def _documents(n: int) -> str:
    return f"{n} document{'s' if n != 1 else ''}"


def _score_line(a: Analysis, reasons: list[str] | None) -> str:
    if a.score and a.score.value is not None:
        line = (f"**Loophole score {a.score.value}/100, grade {cell(a.score.grade)}** "
                f"(model {cell(a.score.model_version)}; 0 airtight, 100 hollow)")
    else:
        line = f"**No loophole score:** {cell(a.message or (a.score.reason if a.score else ''))}"
    if reasons is not None:
        line += f" · {NO} gate failed" if reasons else f" · {YES} gate passed"
    return line


def document(a: Analysis, reasons: list[str] | None) -> list[str]:
    """One document's section; ``reasons`` is None when no gate was asked for."""
    lines = [f"### `{code(a.path)}`", ""]
    if a.jurisdiction:
        lines += [f"*{cell(a.jurisdiction)}*", ""]
    if a.status == "error":
        return [*lines, f"**Could not be read:** {cell(a.error or '')}", ""]
    lines += [_score_line(a, reasons), ""]
    if a.complete is False:
        lines += [f":warning: **The text looks incomplete:** {cell(a.incomplete_reason)}. What it seems to "
                  "lack (enforcement, exemptions, a sunset) may be in the part cut off.", ""]
    if a.suppressed:
        n = len(a.suppressed)
        lines += [f"{n} finding{'s' if n != 1 else ''} not reported ({cell(a.not_reported())}); the score counts "
                  f"{'them' if n != 1 else 'it'}.", ""]
    bans = a.prohibitions
    hidden_bans = a.not_reported("prohibition")
    lines += [f"#### Prohibitions ({len(bans)} reported; {cell(hidden_bans)})" if hidden_bans
              else f"#### Prohibitions ({len(bans)})", ""]
    for f in bans:
        acts = ", ".join(f.details.get("acts", [])) or "—"
        lines.append(f"- {cell(_where(f))}: {cell(f.category)}; acts: {cell(acts)}. “{cell(_quote(f))}”")
    if not bans:
        lines.append("None reported." if hidden_bans else "None found.")
    ex = a.exemptions
    hidden = a.not_reported("exemption")
    lines += ["", f"#### Exemptions ({len(ex)} reported; {cell(hidden)})" if hidden else f"#### Exemptions ({len(ex)})",
              ""]
    if ex:
        lines += ["| category | severity | qualifiers | citation | text |", "|---|---|---|---|---|"]
        for f in ex:
            quals = ", ".join(f.qualifiers) or "none"
            if f.cancelled_qualifiers:
                quals += f" (cancelled by the override at {f.overridden_by}: {', '.join(f.cancelled_qualifiers)})"
            lines.append(f"| {cell(f.category)} | {cell(f.severity)} | {cell(quals)} | {cell(_where(f))} | "
                         f"{cell(_quote(f))} |")
    else:
        lines.append("None reported." if hidden else "None found.")
    lines.append("")
    hidden_gaps = a.not_reported("gap")
    if a.gaps or hidden_gaps:
        lines += [f"#### Gaps ({len(a.gaps)} reported; {cell(hidden_gaps)})" if hidden_gaps
                  else f"#### Gaps ({len(a.gaps)})", ""]
        if a.complete is False and a.gaps:
            lines += ["*The text looks cut short: these may be in the part cut off.*", ""]
        lines += [f"- **{cell(g.severity)}** {cell(g.message)}" for g in a.gaps]
        lines.append("")
    if a.score and a.score.contributions:
        lines += ["#### Score", "", "| points | reason | citation |", "|---:|---|---|"]
        lines += [f"| +{c.points:g} | {cell(c.reason)} | {cell(c.citation) or '—'} |" for c in a.score.contributions]
        lines += [f"| **{a.score.value}** | total (capped at 100), grade {cell(a.score.grade)} | |", ""]
    lines += _coverage(a)
    return lines


def _coverage(a: Analysis) -> list[str]:
    c = a.coverage
    missing = [x for x in CORE_ACTS if x not in c.acts]
    mark = {True: YES, False: NO}
    acts = ", ".join(x for x in ACTS if x in c.acts) or "none"
    return ["<details><summary>Coverage</summary>", "",
            f"- {mark[not missing]} acts: {cell(acts)}" + (f" (missing {cell(', '.join(missing))})" if missing else ""),
            f"- {mark[c.derived_information]} information derived from the technology",
            f"- {mark[c.third_parties]} third parties",
            f"- {mark[c.donations]} donations, gifts and free trials",
            f"- {mark[bool(c.enforcement)]} enforcement: {cell(', '.join(c.enforcement) or 'none')}",
            f"- technologies: {cell(c.technologies_described())}",
            f"- actors bound: {cell(c.actors_described())}",
            f"- durability: {cell(c.durability or '—')}", "", "</details>", ""]


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    lines = [f"## redline report ({_documents(len(analyses))})", ""]
    lines += gate_summary(analyses, gates)
    for i, a in enumerate(analyses):
        lines += document(a, gates.reasons(i) if _gated(gates) else None)
    lines.append(f"<sub>redline {__version__}</sub>")
    out.write("\n".join(lines) + "\n")
