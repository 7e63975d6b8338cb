"""``redline compare``: the feature matrix as text, csv, json, markdown or a self-contained HTML
heat map. Text splits the matrix into pages of columns that fit the terminal, each page repeating
the document column, rather than wrapping every cell."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from .._version import __version__
from ..matrix import COVERAGE_COLUMNS, QUALIFIER_ABBREV, Matrix, Row
from ..textsafe import csv_cell, html_text, markdown_cell

SHORT = {"derived-information": "derived", "third-parties": "3rd parties", "missing-acts": "missing acts",
         "criminal-investigation": "crim. investigation", "missing-persons": "missing persons",
         "national-security": "nat. security", "imminent-threat": "imminent threat",
         "legislative-authorization": "legislature", "administrative-approval": "admin. approval",
         "personal-device": "device", "public-communications": "public comms",
         "inadvertent-receipt": "inadvertent", "access-control": "access control",
         "legal-compliance": "legal compliance", "actor-carve-out": "actor carve-out"}
ABBREV = {
    "technologies": {"face-recognition": "FR", "face-surveillance": "FS", "biometric-surveillance": "BS",
                     "remote-biometric-identification": "RBI", "emotion-recognition": "ER",
                     "biometric-categorisation": "BC", "predictive-policing": "PP", "drones": "UAV",
                     "license-plate-readers": "ALPR", "cell-site-simulators": "CSS", "location-tracking": "LOC",
                     "social-media-monitoring": "SMM", "voice-recognition": "VR", "gait-recognition": "GR"},
    "actors": {"all-government": "gov", "law-enforcement-only": "police", "private-entities": "private"},
    "enforcement": {"private-right-of-action": "PRA", "evidence-suppression": "SUP", "penalties": "PEN",
                    "discipline": "DIS", "injunction": "INJ"},
}
LEGEND = ("Qualifiers: " + ", ".join(f"{v}={k}" for k, v in QUALIFIER_ABBREV.items()) + ". "
          + " ".join(f"{key.capitalize()}: " + ", ".join(f"{v}={k}" for k, v in table.items()) + "."
                     for key, table in ABBREV.items()))


def _value(value: Any, key: str = "", short: bool = False) -> str:
    if short and isinstance(value, list) and key in ABBREV:
        return ",".join(ABBREV[key].get(v, v) for v in value) or "none"
    if value is None:
        return "—"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return str(value)


def _score(r: Row) -> str:
    return "—" if r.score is None else f"{r.score} {r.grade}"


def _labels(m: Matrix) -> list[str]:
    """File names when they tell the documents apart, else the paths."""
    from pathlib import Path

    names = [Path(r.path).name for r in m.rows]
    return names if len(set(names)) == len(names) else [r.path for r in m.rows]


def table_rows(m: Matrix, short: bool = False, categories: list[str] | None = None
               ) -> tuple[list[str], list[list[str]]]:
    """Header and cells; ``categories`` are the exemption columns (default: all of them)."""
    categories = m.categories if categories is None else categories
    header = ["document", "score", *categories, *COVERAGE_COLUMNS]
    labels = _labels(m) if short else [r.path for r in m.rows]
    body = [[label + (f" ({r.status})" if r.status != "ok" else ""), _score(r),
             *(r.exemptions[c].text() for c in categories),
             *(_value(r.coverage[k], k, short) for k in COVERAGE_COLUMNS)]
            for label, r in zip(labels, m.rows, strict=True)]
    return header, body


GAP_LABELS = {"derived-information": "derived info", "third-parties": "third parties", "donations": "donations"}


def _wrap_name(name: str, width: int) -> str:
    """A file name broken into lines of at most ``width`` at its own joints (after ``-``, ``_``,
    ``/`` or a space), and mid-word only when a piece alone is longer than a line."""
    import re

    pieces = [p for p in re.split(r"(?<=[-_/ ])", name) if p]
    lines = [""]
    for piece in pieces:
        while len(piece) > width:
            if lines[-1]:
                lines.append("")
            lines[-1], piece = piece[:width], piece[width:]
            lines.append("")
        if len(lines[-1]) + len(piece.rstrip()) > width and lines[-1]:
            lines.append("")
        lines[-1] += piece
    return "\n".join(line.rstrip() for line in lines if line.strip())


def _exemption_lines(m: Matrix, r: Row) -> str:
    """One line per category the document exempts: ``crim. investigation 1 (SC)``."""
    lines = [f"{SHORT.get(cat, cat)} {r.exemptions[cat].text()}" for cat in m.categories if r.exemptions[cat].count]
    return "\n".join(lines) if lines else ("none" if r.status == "ok" else "")


def _gap_lines(r: Row) -> str:
    """What the ban leaves out or how it is limited, one item a line (empty when nothing)."""
    if r.status != "ok":
        return ""
    c = r.coverage
    out = []
    if c["missing-acts"]:
        out.append("acts missing: " + ", ".join(c["missing-acts"]))
    out += [f"no {label}" for key, label in GAP_LABELS.items() if c[key] is False]
    if not c["enforcement"]:
        out.append("no enforcement")
    if "law-enforcement-only" in (c["actors"] or []):
        out.append("police only")
    if c["durability"] not in (None, "permanent"):
        out.append(str(c["durability"]))
    return "\n".join(out) or "—"


def _reach(r: Row) -> str:
    """What the ban reaches, abbreviated as the legend says: technologies; actors; enforcement."""
    if r.status == "error":
        return r.status
    c = r.coverage
    parts = [_value(c["technologies"], "technologies", short=True), _value(c["actors"], "actors", short=True)]
    if c["enforcement"]:
        parts.append(_value(c["enforcement"], "enforcement", short=True))
    return "; ".join(parts) + ("" if r.status == "ok" else f" ({r.status})")


def render_text(m: Matrix, out: TextIO, width: int | None = None, color: bool | None = None, **_: Any) -> None:
    """One table: the whole matrix when it fits the width; otherwise a compact one with a row per
    document (its name, and what the ban reaches; the score; its exemptions, one category a line;
    its gaps, one a line), so a pipe at 80 columns reads as one table, not as pages of columns."""
    import io

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .text import layout_width, wants_color

    color = wants_color(out, color)
    buffer = out if color else io.StringIO()
    # A terminal's width, with colour or without (NO_COLOR, --no-color); piped or to a file,
    # $COLUMNS, else 80 columns, as analyze's text report.
    con = Console(file=buffer, width=width or layout_width(out), no_color=not color, highlight=False,
                  force_terminal=color or None)
    header, body = table_rows(m, short=True, categories=m.used_categories)  # empty columns hidden: see below
    title = f"redline compare: {len(m.rows)} document{'s' if len(m.rows) != 1 else ''}"
    labels = _labels(m)
    need = [max([len(SHORT.get(h, h)), *(len(row[i]) for row in body)]) for i, h in enumerate(header)]
    full = sum(min(n, 24) + 3 for n in need) + 1 <= con.width and max(need[0], 8) <= 32
    if full:
        table = Table(title=title, header_style="bold", pad_edge=False)
        for i, h in enumerate(header):
            table.add_column(SHORT.get(h, h), overflow="fold", max_width=None if i < 2 else 24, no_wrap=i == 1)
        for row in body:  # Text, not markup: a path such as "[draft].txt" is shown as it is
            table.add_row(*(Text(cell) for cell in row))
        con.print(table)
    else:
        doc_width = max(12, min(28, (con.width - 12) // 3, max(len(label) for label in labels) if labels else 12))
        table = Table(title=title, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, expand=True,
                      show_lines=True, padding=(0, 1))
        table.add_column("document", width=doc_width, no_wrap=True)
        table.add_column("score", no_wrap=True, width=5)
        table.add_column("exemptions", ratio=3, overflow="fold")
        table.add_column("gaps", ratio=2, overflow="fold")
        for label, r in zip(labels, m.rows, strict=True):
            name = Text(_wrap_name(label, doc_width))
            name.append("\n" + _wrap_name(_reach(r), doc_width), style="dim")
            table.add_row(name, Text(_score(r)), Text(_exemption_lines(m, r)), Text(_gap_lines(r)))
        con.print(table)
        con.print(Text("Under each document: its technologies; the actors bound; enforcement. A wider --width, "
                       "or csv, json, markdown and html, give the whole matrix.", style="dim"))
    hidden = [c for c in m.categories if c not in m.used_categories]
    if hidden and full:
        con.print(Text(f"Not shown: {len(hidden)} exemption categor{'y' if len(hidden) == 1 else 'ies'} that no "
                       "document has; csv, json, markdown and html have a column for every category.", style="dim"))
    con.print(Text(LEGEND, style="dim"))
    if not color:
        out.write("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))


def csv_header(m: Matrix) -> list[str]:
    """The CSV's columns: per exemption category a count (a number, 0 when none, so a spreadsheet
    can sum it), the citations and the qualifiers of each exemption, apart."""
    per_category = [name for cat in m.categories for name in (cat, f"{cat} citations", f"{cat} qualifiers")]
    return ["path", "status", "score", "grade", "exemptions", *per_category, *COVERAGE_COLUMNS]


def render_csv(m: Matrix, out: TextIO, **_: Any) -> None:
    _, body = table_rows(m, categories=[])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(m))
    for r, row in zip(m.rows, body, strict=True):
        known = r.status != "error"  # an unreadable document has no counts, not zero of each
        cells: list[Any] = [r.path, r.status, "" if r.score is None else r.score, r.grade or "",
                            r.exemption_count if known else ""]
        for cat in m.categories:
            cell = r.exemptions[cat]
            cells += [cell.count if known else "", "; ".join(c or "—" for c in cell.citations),
                      "; ".join(",".join(qs) or "—" for qs in cell.qualifiers)]
        writer.writerow([csv_cell(c) for c in (*cells, *row[2:])])


def render_json(m: Matrix, out: TextIO, **_: Any) -> None:
    json.dump({"schema_version": "1", "redline_version": __version__, "matrix": m.to_dict()}, out, indent=2,
              ensure_ascii=False)
    out.write("\n")


def render_markdown(m: Matrix, out: TextIO, **_: Any) -> None:
    header, body = table_rows(m, short=True)
    out.write("| " + " | ".join(markdown_cell(h) for h in header) + " |\n|" + "---|" * len(header) + "\n")
    for row in body:  # a path or a law's own words: shown, never rendered
        out.write("| " + " | ".join(markdown_cell(c) for c in row) + " |\n")
    out.write(f"\n{LEGEND}\n")


def _heat(r: Row) -> tuple[str, str]:
    """The score cell's background (0 green -> 100 red) and the text colour that reads on it."""
    if r.score is None:
        return "#eaeef2", "#000"
    red = min(255, int(255 * r.score / 60))
    green = min(255, int(255 * (100 - r.score) / 60))

    def linear(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    light = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(90)
    # the ink with the larger WCAG contrast (black or white: one of them is always above 4.5:1)
    ink = "#000" if (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) else "#fff"
    return f"rgb({red},{green},90)", ink


def render_html(m: Matrix, out: TextIO, **_: Any) -> None:
    e = html_text
    header, body = table_rows(m)
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    rows = []
    for r, row in zip(m.rows, body, strict=True):
        ground, ink = _heat(r)
        cells = [f"<td>{e(row[0])}</td>", f'<td style="background:{ground};color:{ink}">{e(row[1])}</td>']
        for i, cat in enumerate(m.categories, 2):
            count = r.exemptions[cat].count
            # red deepening with the count, mixed on white: dark text stays above 4.5:1 up to 0.5
            shade = "#fff" if not count else f"rgba(207,34,46,{min(0.15 + 0.1 * count, 0.5):.2f})"
            cells.append(f'<td style="background:{shade};color:#1d1d1f">{e(row[i])}</td>')
        for k, key in enumerate(COVERAGE_COLUMNS, 2 + len(m.categories)):
            value = r.coverage[key]
            bad = value is False or (key == "missing-acts" and value) or (key == "enforcement" and value == [])
            cells.append(f'<td style="background:{"#ffe0dc" if bad else "#fff"}">{e(row[k])}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    out.write("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>redline compare</title><style>"
              "body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}"
              "th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}"
              "th{background:#222;color:#fff;position:sticky;top:0}</style></head><body>"
              f"<h1>redline compare: {len(m.rows)} documents</h1><table><thead><tr>{head}</tr></thead><tbody>"
              + "".join(rows) + f"</tbody></table><p>{e(LEGEND)}</p><small>redline {__version__}</small>"
              "</body></html>\n")


FORMATS = {"text": render_text, "csv": render_csv, "json": render_json, "markdown": render_markdown,
           "html": render_html}
