"""``--format text``: the report for people (rich), readable at 80 columns.

Per document: a header (file, jurisdiction, score and grade), the prohibitions, a table of
exemptions (category, severity, qualifiers, citation, page:line, quote), a coverage checklist,
the gaps, and the largest contributions to the score. No colour when the output is not a
terminal or NO_COLOR is set; on a terminal the layout takes its width either way.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .._version import __version__
from ..findings import Analysis, Finding
from ..taxonomy import ACTS, CORE_ACTS
from ..textsafe import one_line, terminal

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}
GRADE_STYLE = {"A": "bold green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}
MAX_QUOTE = 160  # characters of a quote at 80 columns (about two lines)
WIDE = 160  # a terminal at least this wide shows quotes whole


def plain_width(default: int = 80) -> int:
    """The width of text written to a pipe or file: $COLUMNS when set (as a terminal's is), else ``default``."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return default
    return columns if columns >= 40 else default


def is_terminal(out: TextIO) -> bool:
    return bool(getattr(out, "isatty", None)) and out.isatty()


def layout_width(out: TextIO) -> int:
    """The width a text report is laid out to: on a terminal, the terminal's ($COLUMNS first, as
    rich reads it), with colour or without (NO_COLOR and --no-color take the colour away, not the
    width); written to a pipe or a file, $COLUMNS, else 80 columns."""
    if is_terminal(out):
        try:
            return plain_width(os.get_terminal_size(out.fileno()).columns)
        except (AttributeError, ValueError, OSError):
            pass
    return plain_width()


def wants_color(out: TextIO, color: bool | None = None) -> bool:
    """Colour only on a terminal (or with FORCE_COLOR), and never with NO_COLOR (or ``color=False``:
    --no-color)."""
    if os.environ.get("NO_COLOR"):
        return False
    if color is None:
        return is_terminal(out) or bool(os.environ.get("FORCE_COLOR"))
    return color


def console_for(out: TextIO, width: int | None = None, color: bool | None = None) -> Console:
    """A console on ``out``: colour only on a terminal (and never with NO_COLOR), as wide as the
    terminal with colour or without."""
    color = wants_color(out, color)
    return Console(file=out, width=width or layout_width(out), no_color=not color, color_system=None
                   if not color else "auto", highlight=False, soft_wrap=False, emoji=False,
                   force_terminal=color or None)


def _indented(con: Console, text: Text | str, indent: int = 4, style: str = "") -> None:
    """Print ``text`` wrapped to the console width with every line indented."""
    con.print(Padding(text if isinstance(text, Text) else Text(text, style=style), (0, 0, 0, indent), expand=False))


@dataclass(frozen=True)
class View:
    """How much of each finding to show: ``explain`` adds each rule's why (``--explain``, ``-v``);
    ``quote`` is the length a quote is cut to (at a word), None for whole quotes (``--full``, or a
    terminal at least WIDE columns wide)."""

    explain: bool = False
    quote: int | None = MAX_QUOTE
    rulebook: Any = None

    def why(self, f: Finding) -> str:
        rule = self.rulebook.describe(f.rule_id) if self.explain and self.rulebook is not None else None
        return rule.why if rule is not None else ""


def view_for(width: int, explain: bool = False, full: bool = False, rulebook: Any = None) -> View:
    """Quotes whole with ``full`` or on a wide terminal; else about two lines of the width."""
    return View(explain, None if full or width >= WIDE else max(MAX_QUOTE, 2 * (width - 4)), rulebook)


def _short(text: str, limit: int | None = MAX_QUOTE) -> str:
    """The text on one line, cut (never inside a word) to ``limit`` characters and an ellipsis."""
    text = terminal(" ".join(text.split()))
    if limit is None or len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # the word the limit falls in goes whole
    return cut.rstrip(" ,;:") + "…"


def _where(f: Finding) -> str:
    if not f.location:
        return ""
    return f"{f.location.citation or '—'} p{f.location.page}:{f.location.line}"


def _gate_lines(gate) -> list[str]:
    """What a document tripped, a line per gate: --max-score first, then --fail-on with the rule
    ids of its findings (the first three)."""
    if gate is None or not gate.failed:
        return []
    lines = gate.tripped()
    if gate.findings:
        ids = [f.rule_id + (f" at {f.citation}" if f.citation else "") for f in gate.findings]
        lines[-1] += ": " + ", ".join(ids[:3]) + (f" (+{len(ids) - 3} more)" if len(ids) > 3 else "")
    return lines


def _header(con: Console, a: Analysis, gate) -> None:
    con.rule(Text(one_line(a.path), style="bold"), align="left")
    if a.jurisdiction:
        con.print(escape(a.jurisdiction), style="dim")
    if a.status == "error":
        con.print(f"[bold red]error:[/] {escape(terminal(a.error or ''))}")
        return
    line = Text()
    if a.score and a.score.value is not None:
        line.append("Loophole score ", style="bold")
        line.append(f"{a.score.value}/100", style=GRADE_STYLE.get(a.score.grade or "", ""))
        line.append("  grade ", style="bold")
        line.append(a.score.grade or "-", style=GRADE_STYLE.get(a.score.grade or "", ""))
        line.append(f"   (model {a.score.model_version}; 0 airtight, 100 hollow)", style="dim")
    else:
        line.append("No loophole score", style="bold")
        if a.score and a.score.reason:
            line.append(f": {a.score.reason}", style="dim")
    con.print(line)
    if a.message:
        con.print(escape(terminal(a.message)))
    if a.complete is False:
        con.print(Text.assemble(("The text looks incomplete: ", "bold yellow"), terminal(a.incomplete_reason),
                                ". What it seems to lack (enforcement, exemptions, a sunset) may be in the part "
                                "cut off."))
    for line in _gate_lines(gate):
        con.print(f"[bold red]gate failed:[/] {escape(line)}")
    if a.suppressed:
        n = len(a.suppressed)
        con.print(f"{n} finding{'s' if n != 1 else ''} not reported ({a.not_reported()}); the score counts "
                  f"{'them' if n != 1 else 'it'}", style="dim")


def _why(con: Console, f: Finding, view: View) -> None:
    why = view.why(f)
    if why:
        _indented(con, Text.assemble(("why: ", "bold"), terminal(why)))


def _prohibitions(con: Console, a: Analysis, view: View) -> None:
    items = a.prohibitions
    con.print(f"\n[bold]Prohibitions[/] {escape(_count(a, 'prohibition', len(items)))}")
    for f in items:
        acts = ", ".join(f.details.get("acts", [])) or "—"
        con.print(Text.assemble("  ", (f.rule_id, "bold"), "  ", (_where(f), "cyan")))
        _indented(con, f"acts: {acts}")
        _indented(con, _short(f.quote, view.quote), style="dim")
        _why(con, f, view)


def _count(a: Analysis, kind: str, shown: int) -> str:
    """"(2)", or "(0 reported; 2 in the baseline)" when findings of this kind were kept out."""
    hidden = a.not_reported(kind)
    return f"({shown} reported; {hidden})" if hidden else f"({shown})"


def _exemptions(con: Console, a: Analysis, view: View) -> None:
    items = a.exemptions
    con.print(f"\n[bold]Exemptions[/] {escape(_count(a, 'exemption', len(items)))}")
    if not items:
        con.print("  none reported" if a.not_reported("exemption") else "  none found")
        return
    for f in items:
        con.print(Text.assemble("  ● ", (f.rule_id, "bold"), "  ", (f.severity, SEVERITY_STYLE.get(f.severity, "")),
                                "  ", (_where(f), "cyan")))
        quals = ", ".join(f.qualifiers) or "none"
        if f.cancelled_qualifiers:
            quals += f" (cancelled by the override at {f.overridden_by}: {', '.join(f.cancelled_qualifiers)})"
        _indented(con, f"qualifiers: {quals}")
        _indented(con, f"“{_short(f.quote, view.quote)}”", style="dim")
        _why(con, f, view)


def _mark(ok: bool) -> Text:
    return Text("✓", style="green") if ok else Text("✗", style="red")


def _coverage(con: Console, a: Analysis) -> None:
    c = a.coverage
    con.print("\n[bold]Coverage[/]")
    missing = [x for x in CORE_ACTS if x not in c.acts]
    acts = ", ".join(x for x in ACTS if x in c.acts) or "none"
    if missing and c.acts:
        acts += f" (missing {', '.join(missing)})"
    rows = [
        (not missing, "acts", acts),
        (c.derived_information, "derived information", "covered" if c.derived_information else "not covered"),
        (c.third_parties, "third parties", "covered" if c.third_parties else "not covered"),
        (c.donations, "donations and gifts", "covered" if c.donations else "not covered"),
        (bool(c.technologies or c.technology_terms), "technologies", c.technologies_described()),
        (bool(c.actors) and c.actors != ["law-enforcement-only"], "actors bound", c.actors_described()),
        (bool(c.enforcement), "enforcement", ", ".join(c.enforcement) or "none"),
        (c.durability == "permanent", "durability", c.durability or "—"),
    ]
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for ok, label, value in rows:
        grid.add_row(_mark(ok), Text(label), Text(value))
    con.print(grid)


def _gaps(con: Console, a: Analysis, view: View) -> None:
    gaps = a.gaps
    if not gaps and not a.not_reported("gap"):
        return
    con.print(f"\n[bold]Gaps[/] {escape(_count(a, 'gap', len(gaps)))}"
              + (" [yellow](the text looks cut short: these may be in the part cut off)[/]"
                 if a.complete is False and gaps else ""))
    for f in gaps:
        con.print(Text.assemble("  • ", (f.rule_id, "bold"), "  ", (f.severity, SEVERITY_STYLE.get(f.severity, ""))))
        _indented(con, terminal(f.message))
        _why(con, f, view)


SHOWN_KINDS = ("prohibition", "exemption", "gap")


def _others(con: Console, a: Analysis, view: View) -> None:
    """Findings of the other kinds (durability limits, qualifiers with no exemption of their own):
    every finding a gate can trip on is in the report, under its rule id."""
    items = [f for f in a.findings if f.kind not in SHOWN_KINDS]
    if not items:
        return
    con.print(f"\n[bold]Other findings[/] ({len(items)})")
    for f in items:
        con.print(Text.assemble("  • ", (f.rule_id, "bold"), "  ", (f.severity, SEVERITY_STYLE.get(f.severity, "")),
                                "  ", (_where(f), "cyan")))
        _indented(con, terminal(f.message))
        if f.quote:
            _indented(con, f"“{_short(f.quote, view.quote)}”", style="dim")
        _why(con, f, view)


def _contributions(con: Console, a: Analysis, top: int = 6) -> None:
    if not a.score or not a.score.contributions:
        return
    con.print("\n[bold]Largest contributions to the score[/]")
    for c in a.score.contributions[:top]:
        where = f" at {c.citation}" if c.citation else ""
        _indented(con, Text.assemble((f"+{c.points:g}", "bold"), f"  {c.reason}{where}"), indent=2)
    rest = a.score.contributions[top:]
    if rest:
        con.print(f"  … {len(rest)} more, +{sum(c.points for c in rest):g} in all", style="dim")


def render_document(con: Console, a: Analysis, gate=None, view: View | None = None) -> None:
    """One document's report; ``gate`` is its ``gates.DocumentGate`` (what it tripped), if any."""
    view = view or view_for(con.width)
    _header(con, a, gate)
    if a.status == "error":
        return
    _prohibitions(con, a, view)
    _exemptions(con, a, view)
    _coverage(con, a)
    _gaps(con, a, view)
    _others(con, a, view)
    _contributions(con, a)
    con.print()


def render(analyses: list[Analysis], out: TextIO, gates=None, width: int | None = None, color: bool | None = None,
           _plain: bool = False, explain: bool = False, full: bool = False, rulebook: Any = None,
           summary_only: bool = False, **_: Any) -> None:
    """``explain``: each finding's why, from its rule; ``full``: whole quotes; ``summary_only``: the
    summary table without the documents' reports (a batch ends with it in any case)."""
    options = {"explain": explain, "full": full, "rulebook": rulebook, "summary_only": summary_only}
    if _plain:
        _render(analyses, console_for(out, width, False), gates, **options)
        return
    if not wants_color(out, color):
        # Plain text for files, pipes and NO_COLOR terminals: rich pads wrapped lines to the width;
        # drop that padding. The width is the terminal's when there is one.
        buffer = io.StringIO()
        render(analyses, buffer, gates, width or layout_width(out), color=False, _plain=True, **options)
        out.write("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))
        return
    _render(analyses, console_for(out, width, True), gates, **options)


def _render(analyses: list[Analysis], con: Console, gates, explain: bool = False, full: bool = False,
            rulebook: Any = None, summary_only: bool = False) -> None:
    view = view_for(con.width, explain, full, rulebook)
    if not summary_only:
        for i, a in enumerate(analyses):
            render_document(con, a, gates.document(i) if gates else None, view)
    if len(analyses) > 1 or summary_only:
        _summary(con, analyses, gates)


SEVERITY_COLUMNS = (("critical", "crit"), ("high", "high"), ("medium", "med"), ("low", "low"), ("info", "info"))
STATUS_SHOWN = {"ok": "ok", "no-prohibition": "no ban", "error": "error"}
MIN_PATH = 16  # the document column never gets narrower than this


def _gate_cell(a: Analysis, gate) -> Text:
    """pass, or FAIL and what tripped: sev (--fail-on), score (--max-score) or both."""
    if a.status == "error":
        return Text("—", style="dim")
    if gate is None or not gate.failed:
        return Text("pass", style="green")
    what = "both" if gate.score is not None and gate.findings else "score" if gate.score is not None else "sev"
    return Text(f"FAIL {what}", style="bold red")


def _path_cell(path: str, width: int) -> str:
    """A path that fits ``width``: whole, else its file name after "…/", else the name cut in the
    middle (both ends tell documents apart: "california-civ…alpr.columns.pdf")."""
    path = one_line(path)
    if len(path) <= width:
        return path
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if len(name) + 2 <= width:
        return "…/" + name
    head = (width - 1) // 2
    return name[:head] + "…" + name[len(name) - (width - 1 - head):]


def _summary(con: Console, analyses: list[Analysis], gates) -> None:
    """The table that ends a batch: a row per document (status, score, grade, findings by
    severity, gate), fitted to the console's width (80 columns when piped), then one line of totals."""
    rows = []
    for i, a in enumerate(analyses):
        score = a.score.value if a.score and a.score.value is not None else None
        counts = {sev: sum(1 for f in a.findings if f.severity == sev) for sev, _ in SEVERITY_COLUMNS}
        rows.append([
            Text(STATUS_SHOWN.get(a.status, a.status)), Text("—" if score is None else str(score)),
            Text(a.score.grade or "—", style=GRADE_STYLE.get(a.score.grade or "", "")) if a.score else Text("—"),
            *(Text(str(counts[sev]) if counts[sev] else "·", style=SEVERITY_STYLE[sev] if counts[sev] else "dim")
              for sev, _ in SEVERITY_COLUMNS),
            _gate_cell(a, gates.document(i) if gates else None)])
    headers = ["status", "score", "grade", *(label for _, label in SEVERITY_COLUMNS), "gate"]
    widths = [max(len(h), *(len(str(r[k])) for r in rows)) for k, h in enumerate(headers)]
    others = sum(widths) + len(widths)  # one space before each column
    path_width = max(MIN_PATH, min(max(len(one_line(a.path)) for a in analyses), con.width - others))
    table = Table(box=None, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), header_style="bold",
                  title=Text(f"Summary of {len(analyses)} document{'s' if len(analyses) != 1 else ''}",
                             style="bold"), title_justify="left", collapse_padding=True)
    table.add_column("document", no_wrap=True, width=path_width)
    for k, header in enumerate(headers):
        table.add_column(header, no_wrap=True, width=widths[k],
                         justify="left" if header in ("status", "gate") else "right")
    for a, row in zip(analyses, rows, strict=True):
        table.add_row(Text(_path_cell(a.path, path_width)), *row)  # a path is text, never markup ("a[/b]")
    con.print(table)
    failed = gates.failed_count if gates else 0
    errors = sum(1 for a in analyses if a.status == "error")
    tripped = []
    if gates and any(d.findings for d in gates.documents):
        tripped.append(f"--fail-on {gates.fail_on} tripped for {sum(bool(d.findings) for d in gates.documents)} (sev)")
    if gates and any(d.score is not None for d in gates.documents):
        tripped.append(f"--max-score {gates.max_score} for {sum(d.score is not None for d in gates.documents)} "
                       "(score)")
    con.print(f"redline {__version__}: {len(analyses)} documents, {errors} unreadable, {failed} failed a gate"
              + (f": {', '.join(tripped)}" if tripped else ""))
