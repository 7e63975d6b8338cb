"""``--format csv``: one row per finding (a document without findings still gets a row, so a
script sees every input), with stable columns."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from ..findings import Analysis
from ..textsafe import csv_cell

COLUMNS = ("path", "status", "score", "grade", "rule_id", "kind", "category", "severity", "citation", "page", "line",
           "end_page", "end_line", "qualifiers", "cancelled_qualifiers", "message", "quote", "fingerprint")


def rows(analysis: Analysis) -> list[dict[str, Any]]:
    base = {"path": analysis.path, "status": analysis.status,
            "score": "" if not analysis.score or analysis.score.value is None else analysis.score.value,
            "grade": (analysis.score.grade if analysis.score else "") or ""}
    if not analysis.findings:
        return [{**base, "message": analysis.error or analysis.message or ""}]
    out = []
    for f in analysis.findings:
        loc = f.location
        out.append({**base, "rule_id": f.rule_id, "kind": f.kind, "category": f.category, "severity": f.severity,
                    "citation": f.citation, "page": loc.page if loc else "", "line": loc.line if loc else "",
                    "end_page": loc.end_page if loc else "", "end_line": loc.end_line if loc else "",
                    "qualifiers": ";".join(f.qualifiers), "cancelled_qualifiers": ";".join(f.cancelled_qualifiers),
                    "message": f.message, "quote": " ".join(f.quote.split()), "fingerprint": f.fingerprint})
    return out


def render(analyses: list[Analysis], out: TextIO, **_: Any) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for analysis in analyses:
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows(analysis))
