"""``redline compare``: the feature matrix as text, csv, json, markdown or a self-contained HTML
heat map. Text splits the matrix into pages of columns that fit the terminal, each page repeating
the document column, rather than wrapping every cell."""

from __future__ import annotations

import csv
import html
import json
from typing import Any, TextIO

from .._version import __version__
from ..compare import COVERAGE_COLUMNS, QUALIFIER_ABBREV, Matrix, Row
from ..textsafe import csv_cell

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


def render_text(m: Matrix, out: TextIO, width: int | None = None, **_: Any) -> None:
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    color = hasattr(out, "isatty") and out.isatty()
    buffer = out if color else io.StringIO()
    from .text import plain_width

    # Piped or to a file: $COLUMNS, else 80 columns, as analyze's text report (rich reads $COLUMNS on a terminal).
    con = Console(file=buffer, width=width or (None if color else plain_width()), no_color=not color, highlight=False,
                  force_terminal=color or None)
    header, body = table_rows(m, short=True, categories=m.used_categories)  # empty columns hidden: see below
    fixed = 2  # document and score on every page
    doc_width = min(32, max(len("document"), *(len(row[0]) for row in body)))
    usable = con.width - doc_width - 11
    pages: list[list[int]] = [[]]
    used = 0
    for i in range(fixed, len(header)):
        label = SHORT.get(header[i], header[i])
        need = max(len(label), *(len(row[i]) for row in body)) + 3 if body else len(label) + 3
        need = min(need, 24)
        if pages[-1] and used + need > usable:
            pages.append([])
            used = 0
        pages[-1].append(i)
        used += need
    for n, columns in enumerate(pages, 1):
        title = f"redline compare: {len(m.rows)} documents" + (f" (part {n} of {len(pages)})" if len(pages) > 1 else "")
        table = Table(title=title, show_lines=False, header_style="bold", pad_edge=False)
        table.add_column("document", overflow="fold", max_width=doc_width)
        table.add_column("score", no_wrap=True)
        for i in columns:
            table.add_column(SHORT.get(header[i], header[i]), overflow="fold", max_width=24)
        for row in body:  # Text, not markup: a path such as "[draft].txt" is shown as it is
            table.add_row(Text(row[0]), Text(row[1]), *(Text(row[i]) for i in columns))
        con.print(table)
    hidden = [c for c in m.categories if c not in m.used_categories]
    if hidden:
        con.print(Text(f"Not shown: {len(hidden)} exemption categor{'y' if len(hidden) == 1 else 'ies'} that no "
                       "document has; csv, json, markdown and html have a column for every category.", style="dim"))
    con.print(Text(LEGEND, style="dim"))
    if not color:
        out.write("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))


def render_csv(m: Matrix, out: TextIO, **_: Any) -> None:
    _, body = table_rows(m)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["path", "status", "score", "grade", *m.categories, *COVERAGE_COLUMNS])
    for r, row in zip(m.rows, body, strict=True):
        writer.writerow([csv_cell(c) for c in (r.path, r.status, "" if r.score is None else r.score, r.grade or "",
                                                *row[2:])])


def render_json(m: Matrix, out: TextIO, **_: Any) -> None:
    json.dump({"schema_version": "1", "redline_version": __version__, "matrix": m.to_dict()}, out, indent=2,
              ensure_ascii=False)
    out.write("\n")


def render_markdown(m: Matrix, out: TextIO, **_: Any) -> None:
    header, body = table_rows(m, short=True)
    cells = [[c.replace("|", "\\|") for c in row] for row in body]
    out.write("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
    for row in cells:
        out.write("| " + " | ".join(row) + " |\n")
    out.write(f"\n{LEGEND}\n")


def _heat(r: Row) -> str:
    if r.score is None:
        return "#eee"
    # 0 green -> 100 red
    red = min(255, int(255 * r.score / 60))
    green = min(255, int(255 * (100 - r.score) / 60))
    return f"rgb({red},{green},90)"


def render_html(m: Matrix, out: TextIO, **_: Any) -> None:
    e = html.escape
    header, body = table_rows(m)
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    rows = []
    for r, row in zip(m.rows, body, strict=True):
        cells = [f"<td>{e(row[0])}</td>", f'<td style="background:{_heat(r)}">{e(row[1])}</td>']
        for i, cat in enumerate(m.categories, 2):
            count = r.exemptions[cat].count
            shade = "#fff" if not count else f"rgba(207,34,46,{min(0.15 + 0.2 * count, 0.8):.2f})"
            cells.append(f'<td style="background:{shade}">{e(row[i])}</td>')
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
