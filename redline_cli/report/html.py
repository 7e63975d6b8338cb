"""``--format html``: one self-contained page per run (no external assets): each law's text with
prohibitions, exemptions and qualifiers highlighted, a side panel of findings linked to their
highlights, the coverage checklist and the score breakdown."""

from __future__ import annotations

import html
import itertools
from typing import Any, TextIO

from .._version import __version__
from ..findings import Analysis, Finding

STYLE = " ".join((
    "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}",
    "header{padding:12px 24px;background:#222;color:#fff}header h1{margin:0;font-size:20px}",
    ".doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:24px;padding:24px;",
    "border-bottom:1px solid #ddd}",
    ".law{white-space:pre-wrap;font-family:Georgia,serif;background:#fff;padding:16px;border:1px solid #ddd;",
    "max-height:85vh;overflow:auto}",
    ".panel{font-size:14px}.panel h3{margin:16px 0 6px}.panel ul{padding-left:18px;margin:4px 0}",
    "mark{padding:0 1px;border-radius:2px;color:inherit}",
    "mark.prohibition{background:#cfe3ff}mark.exemption{background:#ffd6cc}mark.qualifier{background:#fff1a8}",
    "mark.durability{background:#e6d6ff}mark.evidence{background:#fff1a8;outline:1px dotted #b08b00}",
    ".score{font-size:22px;font-weight:600}.grade-A,.grade-B{color:#1a7f37}.grade-C{color:#9a6700}",
    ".grade-D,.grade-F{color:#cf222e}",
    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;",
    "vertical-align:top}",
    ".sev-critical,.sev-high{color:#cf222e;font-weight:600}.sev-medium{color:#9a6700}.muted{color:#666}",
    ".legend mark{margin-right:8px}",
))

def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _spans(a: Analysis) -> list[tuple[int, int, str, str | None]]:
    """(start, end, css class, finding anchor) for every highlight, outer spans first."""
    out = []
    for n, f in enumerate(a.findings):
        if f.location is None:
            continue
        out.append((f.location.char_start, f.location.char_end, f.kind, f"f{_doc_id(a)}-{n}"))
        if f.kind == "exemption":
            for ev in f.evidence:
                if ev.rule_id.startswith("qualifier.") and f.location.char_start <= ev.location.char_start \
                        and ev.location.char_end <= f.location.char_end:
                    out.append((ev.location.char_start, ev.location.char_end, "evidence", None))
    return sorted(out, key=lambda s: (s[0], -(s[1] - s[0])))


def _doc_id(a: Analysis) -> str:
    return a.sha256[:8] or "x"


def highlighted(a: Analysis) -> str:
    """The law's text with nested <mark>s; a highlight that crosses the end of the one it sits in
    is split, each piece carrying the finding's ``data-f``."""
    text = a.text
    spans = _spans(a)
    bounds = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    parts: list[str] = []
    for lo, hi in itertools.pairwise(bounds):
        if lo >= hi:
            continue
        covering = [s for s in spans if s[0] <= lo and hi <= s[1]]
        opening = "".join(
            f'<mark class="{cls}"' + (f' data-f="{fid}"' if fid else "")
            + (f' id="{fid}"' if fid and lo == start else "") + ">"
            for start, _end, cls, fid in covering)
        parts.append(opening + _e(text[lo:hi]) + "</mark>" * len(covering))
    return "".join(parts)


def _finding_item(a: Analysis, n: int, f: Finding) -> str:
    anchor = f"f{_doc_id(a)}-{n}"
    where = f'<a href="#{anchor}">{_e(f.citation or "document")}</a> p{f.location.page}:{f.location.line}' \
        if f.location else "whole document"
    quals = f" <span class=muted>[{_e(', '.join(f.qualifiers))}]</span>" if f.qualifiers else ""
    cancelled = f" <span class=muted>(cancelled: {_e(', '.join(f.cancelled_qualifiers))})</span>" \
        if f.cancelled_qualifiers else ""
    return (f'<li><span class="sev-{_e(f.severity)}">{_e(f.severity)}</span> <b>{_e(f.category)}</b> '
            f"{where}{quals}{cancelled}<br><span class=muted>{_e(f.message)}</span></li>")


def _document(a: Analysis, reasons: list[str]) -> str:
    if a.status == "error":
        return (f'<section class="doc"><div><h2>{_e(a.path)}</h2><p>Could not be read: {_e(a.error)}</p></div>'
                "</section>")
    score = a.score
    if score and score.value is not None:
        head = (f'<div class="score grade-{_e(score.grade)}">Loophole score {score.value}/100, grade {_e(score.grade)}'
                f'</div><div class=muted>model {_e(score.model_version)}; 0 airtight, 100 hollow</div>')
    else:
        head = f'<div class="score">No loophole score</div><div class=muted>{_e(a.message)}</div>'
    gate = f"<p class=sev-high>Gate failed: {_e('; '.join(reasons))}</p>" if reasons else ""
    groups = []
    for kind, title in (("exemption", "Exemptions"), ("prohibition", "Prohibitions"), ("gap", "Gaps"),
                        ("durability", "Durability"), ("qualifier", "Other qualifiers")):
        items = [_finding_item(a, n, f) for n, f in enumerate(a.findings) if f.kind == kind]
        if items:
            groups.append(f"<h3>{title} ({len(items)})</h3><ul>{''.join(items)}</ul>")
    c = a.coverage
    cov = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in (
        ("acts", ", ".join(c.acts) or "none"), ("derived information", "yes" if c.derived_information else "no"),
        ("third parties", "yes" if c.third_parties else "no"), ("donations", "yes" if c.donations else "no"),
        ("technologies", c.technologies_described()), ("actors", c.actors_described()),
        ("enforcement", ", ".join(c.enforcement) or "none"), ("durability", c.durability or "—")))
    contributions = "".join(f"<tr><td>+{c.points:g}</td><td>{_e(c.reason)}</td><td>{_e(c.citation)}</td></tr>"
                            for c in (score.contributions if score else []))
    breakdown = f"<h3>Score breakdown</h3><table>{contributions}</table>" if contributions else ""
    jurisdiction = f"<div class=muted>{_e(a.jurisdiction)}</div>" if a.jurisdiction else ""
    return (f'<section class="doc"><div><h2>{_e(a.path)}</h2>{jurisdiction}'
            f'<div class="law">{highlighted(a)}</div></div>'
            f'<aside class="panel">{head}{gate}{"".join(groups)}<h3>Coverage</h3><table>{cov}</table>'
            f"{breakdown}</aside></section>")


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    body = "".join(_document(a, gates.reasons(i) if gates else []) for i, a in enumerate(analyses))
    legend = ('<div class="legend"><mark class="prohibition">prohibition</mark><mark class="exemption">exemption'
              '</mark><mark class="evidence">qualifier</mark><mark class="durability">durability</mark></div>')
    out.write(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>redline report</title>'
              f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
              f"<body><header><h1>redline report</h1>{legend}<small>redline {__version__}</small></header>"
              f"{body}</body></html>\n")
