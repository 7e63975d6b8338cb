"""``--format html``: one self-contained page per run (no script, no external asset) for an analyst
to read, print or hand on.

A batch opens with a table of contents, and the page title names every document. Each document
has a header (its title, the loophole score and grade, the largest contributions to it, its status
and, small, the CI gate's verdict), then a panel of findings, coverage and score rows beside the
law's text. In the text, prohibitions, exemptions, qualifiers and durability limits are
highlighted; each highlight names its rule and category in a tooltip and carries a numbered link
back to its finding; findings, gaps, coverage rows and score rows link to the words they rest on,
and the place a link jumps to is marked. Lines carry their cited numbers and pages their markers,
so "p2:12" can be found. Printing (or saving as PDF) keeps the whole law, in one column, as does a
window narrower than about 900 px.

Everything taken from a law, a file name or a rule pack is escaped by ``textsafe.html_text``; every
link is a fragment id numbered here.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TextIO

from .._version import __version__
from ..findings import Analysis, Contribution, Finding
from ..taxonomy import ACTS, CORE_ACTS
from ..textsafe import html_text as _e

TOP_CONTRIBUTIONS = 3  # in a document's header; the panel lists them all
TITLE_LIMIT = 120
PAGE_TITLES = 8  # document titles named in the page title of a batch

# Every rule that paints a background also sets its text colour, so no text inherits a colour
# meant for another background (tests/test_reports.py computes the contrast of each pair).
STYLE = """
:root{--text:#1d1d1f;--muted:#57606a;--page:#fafafa;--surface:#fff;--line:#d0d7de;--link:#0a58ca}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
a{color:#0a58ca}
.top{padding:12px 24px;border-bottom:1px solid #d0d7de;color:#1d1d1f;background:#fff}
.top h1{margin:0 0 4px;font-size:20px}
.meta,.muted{color:#57606a}
.legend{margin:6px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:8px;font-size:13px}
.legend li{margin:0}
mark{padding:0;border-radius:2px}
mark.prohibition{color:#1d1d1f;background:#cfe3ff}
mark.exemption{color:#1d1d1f;background:#ffd6cc}
mark.qualifier,mark.evidence{color:#1d1d1f;background:#fff1a8}
mark.evidence{outline:1px dotted #6b4c00}
mark.durability{color:#1d1d1f;background:#e6d6ff}
.src{border-radius:2px}
:target{outline:3px solid #0a58ca;outline-offset:1px;scroll-margin-top:40px}
mark:target,.src:target{color:#1d1d1f;background:#ffe58f}
.ref{font:600 10px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;margin-right:2px;
padding:0 2px;border-radius:3px;color:#0a3069;background:#fff}
.ref::before{content:attr(data-n)}
.toc{padding:12px 24px;border-bottom:1px solid #d0d7de}
.toc h2{font-size:16px;margin:0 0 6px}
.doc{padding:20px 24px 28px;border-bottom:1px solid #d0d7de}
.dochead h2{margin:0;font-size:21px}
.dochead .path{margin:2px 0 8px;font-size:13px}
.badges{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0}
.chip,.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;font-weight:600;
color:#24292f;background:#eaeef2}
.chip.score{font-size:16px}
.good{color:#116329;background:#dafbe1}
.fair{color:#6b4c00;background:#fff8c5}
.poor{color:#a40e26;background:#ffebe9}
.top3{margin:6px 0 0;padding-left:20px}
.docbody{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);grid-template-areas:"law panel";
gap:24px;margin-top:12px}
.law{grid-area:law;position:relative;white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;
padding:12px 16px 12px 4em;border:1px solid #d0d7de;color:#1d1d1f;background:#fff}
.ln{position:absolute;left:0;width:3em;text-align:right;font:12px/2 ui-monospace,monospace;color:#57606a;
background:#fff;user-select:none}
.ln::before{content:attr(data-n)}
.ln:target{color:#1d1d1f;background:#ffe58f;outline:none}
.page{display:block;margin:10px 0;padding:1px 8px;font:600 12px system-ui,sans-serif;color:#24292f;
background:#eaeef2;border-radius:3px}
.panel{grid-area:panel;font-size:14px;align-self:start;position:sticky;top:0;max-height:100vh;overflow:auto}
.panel h3{margin:16px 0 6px;font-size:15px}
.panel ol,.panel ul{padding-left:22px;margin:4px 0}
.panel li{margin:0 0 4px}
li:target{color:#1d1d1f;background:#fff8c5}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
.sev-critical,.sev-high{color:#a40e26;font-weight:600}
.sev-medium{color:#6b4c00;font-weight:600}
.sev-low,.sev-info{color:#57606a}
footer{padding:12px 24px;font-size:13px;color:#57606a}
@media (max-width:900px){
.docbody{display:block}
.panel{position:static;max-height:none;overflow:visible;margin-bottom:16px}
}
@media print{
body{font-size:11pt;color:#000;background:#fff}
.docbody{display:block}
.panel{position:static;max-height:none;overflow:visible}
.law{overflow:visible;max-height:none;border:none;padding-right:0}
.doc{break-before:page;border:none}
main>.doc:first-child{break-before:auto}
.page{break-before:auto}
a{color:inherit;text-decoration:none}
mark,.chip,.badge,.page{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.ref{display:none}
:target{outline:none}
}
"""
STYLE = "".join(line.strip() for line in STYLE.strip().splitlines())

KIND_LABEL = {"prohibition": "prohibition", "exemption": "exemption", "qualifier": "qualifier",
              "durability": "durability limit", "gap": "gap"}
LEGEND = (("prohibition", "prohibition"), ("exemption", "exemption"), ("evidence", "qualifier narrowing it"),
          ("durability", "durability limit"))
GROUP_ORDER = ("prohibition", "exemption", "gap", "durability", "qualifier")
GROUP_TITLES = ("Prohibitions", "Exemptions", "Gaps", "Durability", "Other qualifiers")
STATUS = {"ok": "ban found", "no-prohibition": "no prohibition found", "error": "unreadable"}


def _grade_class(grade: str | None) -> str:
    return {"A": "good", "B": "good", "C": "fair"}.get(grade or "", "poor" if grade else "")


def full_title(a: Analysis) -> str:
    """What to call a document: its title from the file's header, else its jurisdiction line, else the
    law's first line (its heading, as a rule), else the file name."""
    title = a.metadata.get("title") or a.jurisdiction
    if not title:
        first = next((line.strip() for line in a.text.splitlines() if line.strip()), "")
        title = first if len(first.split()) >= 3 else ""
    return " ".join((title or PurePath(a.path).name or a.path).split())


def document_title(a: Analysis) -> str:
    """``full_title``, cut to a title's length."""
    title = full_title(a)
    if len(title) > TITLE_LIMIT:
        cut = title.rfind(" ", 0, TITLE_LIMIT)
        title = title[:cut if cut > TITLE_LIMIT // 2 else TITLE_LIMIT] + " …"
    return title


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    cls: str
    anchor: str | None  # the id of its first piece (a jump target), if any
    title: str = ""
    finding: str | None = None  # data-f: the finding this highlight shows
    number: int = 0  # the finding's number, shown as a link back to it


class _Doc:
    """Ids and jump targets of one document (``d3``): findings ``d3-f7`` (the highlight) and
    ``d3-i7`` (the panel item), source spans ``d3-s1``, lines ``d3-p2-12``, pages ``d3-p2``."""

    def __init__(self, a: Analysis, index: int) -> None:
        self.a = a
        self.id = f"d{index + 1}"
        self.spans: list[_Span] = []
        self.by_range: dict[tuple[int, int], str] = {}
        self.lines: dict[tuple[int, int], str] = {}  # (page, cited line) -> id of its first non-blank line
        # Findings are numbered in the panel's order (prohibitions, exemptions, gaps, ...).
        order = sorted(range(len(a.findings)), key=lambda n: (GROUP_ORDER.index(a.findings[n].kind)
                                                               if a.findings[n].kind in GROUP_ORDER else 99, n))
        self.number = {n: i + 1 for i, n in enumerate(order)}
        for n, f in enumerate(a.findings):
            loc = f.location
            if loc is None or loc.char_end <= loc.char_start:
                continue
            anchor = self.finding_anchor(n)
            self.spans.append(_Span(loc.char_start, loc.char_end, f.kind, anchor, _tooltip(f), anchor, self.number[n]))
            self.by_range.setdefault((loc.char_start, loc.char_end), anchor)
            if f.kind == "exemption":
                for ev in f.evidence:
                    if ev.rule_id.startswith("qualifier.") and loc.char_start <= ev.location.char_start \
                            and ev.location.char_end <= loc.char_end:
                        self.spans.append(_Span(ev.location.char_start, ev.location.char_end, "evidence", None,
                                                f"{ev.rule_id} (narrows the exemption)"))
        for i, (start, page, cited) in enumerate(a.lines):
            end = a.lines[i + 1][0] if i + 1 < len(a.lines) else len(a.text)
            if a.text[start:end].strip():
                self.lines.setdefault((page, cited), f"{self.id}-p{page}-{cited}")

    def finding_anchor(self, n: int) -> str:
        """The id of the highlight of ``a.findings[n]``."""
        return f"{self.id}-f{self.number[n]}"

    def item_anchor(self, n: int) -> str:
        """The id of the panel item of ``a.findings[n]``."""
        return f"{self.id}-i{self.number[n]}"

    def source(self, start: int, end: int) -> str:
        """The id of a jump target over ``text[start:end]``: a finding's highlight when it covers
        exactly that, else a new source span."""
        if (start, end) not in self.by_range:
            anchor = f"{self.id}-s{len(self.by_range) + 1}"
            self.by_range[(start, end)] = anchor
            self.spans.append(_Span(start, end, "src", anchor))
        return self.by_range[(start, end)]

    def line_link(self, page: int, line: int) -> str:
        """``p2:12``, linked to that line of the text when the document has a line map."""
        anchor = self.lines.get((page, line))
        label = f"p{page}:{line}"
        return f'<a href="#{anchor}">{label}</a>' if anchor else label

    def location_link(self, f: Finding, n: int) -> str:
        loc = f.location
        if loc is None:
            return ""
        return (f'<a href="#{self.finding_anchor(n)}">{_e(loc.citation or "the text")}</a> '
                f"{self.line_link(loc.page, loc.line)}")


def _tooltip(f: Finding) -> str:
    tip = f"{f.rule_id}: {KIND_LABEL.get(f.kind, f.kind)}, {f.category} ({f.severity})"
    if f.qualifiers:
        tip += f"; qualifiers: {', '.join(f.qualifiers)}"
    return tip


# ---------------------------------------------------------------------------- the law's text
def highlighted(a: Analysis, doc: _Doc | None = None) -> str:
    """The law's text with nested ``<mark>``s, cut into pieces wherever a highlight begins or ends
    or a page begins (a marker, between the pieces). Every piece reopens the highlights that cover
    it, each carrying its finding's ``data-f`` and tooltip; the first piece of a highlight carries
    its id and the numbered link back to its finding. Each line starts with its cited number, drawn
    in the gutter from an empty element (no text of its own, so copying the law copies the law)."""
    doc = doc or _Doc(a, 0)
    text = a.text
    first = len(text) - len(text.lstrip())
    numbers: dict[int, str] = {}
    pages: dict[int, str] = {}
    show_pages = a.media_type == "pdf" or a.pages > 1
    previous_page = None
    numbered: set[str] = set()
    for i, (start, page, cited) in enumerate(a.lines):
        end = a.lines[i + 1][0] if i + 1 < len(a.lines) else len(text)
        key = max(start, first)
        if show_pages and page != previous_page:
            pages[key] = f'<span class="page" id="{doc.id}-p{page}">page {page}</span>'
        previous_page = page
        if text[start:end].strip():
            anchor = doc.lines.get((page, cited))
            own = anchor is not None and anchor not in numbered
            numbered.add(anchor or "")
            numbers[key] = f'<span class="ln" data-n="{cited}"' + (f' id="{anchor}"' if own else "") + "></span>"
    line_starts = sorted(numbers)
    spans = sorted(doc.spans, key=lambda s: (s.start, -(s.end - s.start)))
    bounds = sorted({first, len(text), *(s.start for s in spans), *(s.end for s in spans), *pages})
    bounds = [b for b in bounds if b >= first]
    parts: list[str] = []
    active: list[_Span] = []
    k = 0
    for lo, hi in itertools.pairwise(bounds):
        if lo >= hi:
            continue
        parts.append(pages.get(lo, ""))
        while k < len(spans) and spans[k].start <= lo:
            active.append(spans[k])
            k += 1
        active = [s for s in active if s.end > lo]
        active.sort(key=lambda s: (s.start, -(s.end - s.start)))
        lead = numbers.get(lo, "")  # a number at the piece's start goes before its highlights open
        body = []
        cut = lo
        for key in line_starts[bisect.bisect_right(line_starts, lo):bisect.bisect_left(line_starts, hi)]:
            body += [_e(text[cut:key]), numbers[key]]
            cut = key
        body.append(_e(text[cut:hi]))
        opening = []
        for s in active:
            attrs = f'class="{s.cls}"'
            if s.title:
                attrs += f' title="{_e(s.title)}"'
            if s.finding:
                attrs += f' data-f="{s.finding}"'
            head = lo == s.start
            if head and s.anchor:
                attrs += f' id="{s.anchor}"'
            tag = "span" if s.cls == "src" else "mark"
            ref = ""
            if head and s.number:
                ref = (f'<a class="ref" href="#{doc.id}-i{s.number}" data-n="{s.number}" '
                       f'aria-label="finding {s.number}"></a>')
            opening.append(f"<{tag} {attrs}>{ref}")
        closing = "".join("</span>" if s.cls == "src" else "</mark>" for s in reversed(active))
        parts.append(lead + "".join(opening) + "".join(body) + closing)
    return "".join(parts)


# ---------------------------------------------------------------------------- the panel
def _finding_item(doc: _Doc, n: int, f: Finding) -> str:
    where = doc.location_link(f, n) if f.location else _gap_source(doc, f)
    quals = f" <span class=muted>[{_e(', '.join(f.qualifiers))}]</span>" if f.qualifiers else ""
    cancelled = (f" <span class=muted>(cancelled by the override at {_e(f.overridden_by or '?')}: "
                 f"{_e(', '.join(f.cancelled_qualifiers))})</span>") if f.cancelled_qualifiers else ""
    return (f'<li id="{doc.item_anchor(n)}" value="{doc.number[n]}" title="{_e(f.rule_id)}">'
            f'<span class="sev-{_e(f.severity)}">{_e(f.severity)}</span> <b>{_e(f.category)}</b> '
            f"{where}{quals}{cancelled}<br><span class=muted>{_e(f.message)}</span></li>")


def _gap_source(doc: _Doc, f: Finding) -> str:
    """A gap has no words of its own: it links to the ban it was read against (or, for a ban on
    law enforcement only, to the words naming whom it binds)."""
    a = doc.a
    if f.category == "law-enforcement-only":
        locs = a.coverage.evidence.get("coverage.actors.law-enforcement-only", [])
        if locs:
            return "the ban binds " + ", ".join(
                f'<a href="#{doc.source(loc.char_start, loc.char_end)}">{_e(loc.citation or "the text")}</a>'
                for loc in locs[:3])
    bans = [(n, p) for n, p in enumerate(a.findings) if p.kind == "prohibition" and p.location]
    if not bans:
        return "whole document"
    links = ", ".join(f'<a href="#{doc.finding_anchor(n)}">{_e(p.citation or "the text")}</a>' for n, p in bans[:3])
    more = f" and {len(bans) - 3} more" if len(bans) > 3 else ""
    return f"read against the ban at {links}{more}"


def _coverage_rows(doc: _Doc) -> str:
    c = doc.a.coverage
    missing = [x for x in CORE_ACTS if x not in c.acts]
    acts = ", ".join(x for x in ACTS if x in c.acts) or "none"
    if missing and c.acts:
        acts += f" (missing {', '.join(missing)})"
    rows = (
        ("acts", acts, "coverage.acts."),
        ("derived information", "yes" if c.derived_information else "no", "coverage.derived-information"),
        ("third parties", "yes" if c.third_parties else "no", "coverage.third-parties"),
        ("donations", "yes" if c.donations else "no", "coverage.donations"),
        ("technologies", c.technologies_described(), "coverage.technologies."),
        ("actors", c.actors_described(), "coverage.actors."),
        ("enforcement", ", ".join(c.enforcement) or "none", "coverage.enforcement."),
        ("durability", c.durability or "—", "coverage.durability."),
    )
    out = []
    for label, value, key in rows:
        locs = sorted({(loc.char_start, loc.char_end): loc for k, found in c.evidence.items()
                       if k == key or (key.endswith(".") and k.startswith(key)) for loc in found}.values(),
                      key=lambda loc: loc.char_start)
        seen: set[str] = set()
        links = []
        for loc in locs:
            name = loc.citation or f"p{loc.page}:{loc.line}"
            if name in seen or len(links) >= 4:
                continue
            seen.add(name)
            links.append(f'<a href="#{doc.source(loc.char_start, loc.char_end)}">{_e(name)}</a>')
        more = f" +{len({loc.citation for loc in locs}) - len(links)}" if len({loc.citation for loc in locs}) > \
            len(links) else ""
        out.append(f"<tr><td>{_e(label)}</td><td>{_e(value)}</td><td>{', '.join(links)}{more}</td></tr>")
    return "".join(out)


def _contribution_target(doc: _Doc, c: Contribution) -> str | None:
    """The panel item (gaps) or the highlight (exemptions, durability) a score row comes from."""
    for n, f in enumerate(doc.a.findings):
        if f.rule_id == c.rule_id and (f.citation or "") == (c.citation or ""):
            return doc.finding_anchor(n) if f.location else doc.item_anchor(n)
    return None


def _contribution(doc: _Doc, c: Contribution, cells: bool = True) -> str:
    target = _contribution_target(doc, c)
    where = _e(c.citation) if c.citation else ("the gap" if c.rule_id.startswith("gap.") else "")
    link = f'<a href="#{target}">{where or "source"}</a>' if target else where
    if cells:
        return f'<tr><td class="num">+{c.points:g}</td><td>{_e(c.reason)}</td><td>{link}</td></tr>'
    return f"<li><b>+{c.points:g}</b> {_e(c.reason)}" + (f" ({link})" if link else "") + "</li>"


# ---------------------------------------------------------------------------- a document
def _badges(a: Analysis, gate: Any, gated: bool) -> str:
    out = []
    score = a.score
    if score and score.value is not None:
        out.append(f'<span class="chip score {_grade_class(score.grade)}" title="loophole score: 0 airtight, '
                   f'100 hollow">{score.value}/100 · grade {_e(score.grade)}</span>')
    elif a.status != "error":
        out.append('<span class="chip score">no score</span>')
    out.append(f'<span class="badge {"poor" if a.status == "error" else ""}">{_e(STATUS.get(a.status, a.status))}'
               "</span>")
    if gated and gate is not None:
        reasons = gate.reasons()
        if reasons:
            out.append(f'<span class="badge poor" title="{_e("; ".join(reasons))}">CI gate: failed</span>')
        else:
            out.append('<span class="badge good">CI gate: passed</span>')
    return '<div class="badges">' + "".join(out) + "</div>"


def _header(doc: _Doc, gate: Any, gated: bool) -> str:
    a = doc.a
    title, full = document_title(a), full_title(a)
    shown = f' title="{_e(full)}"' if full != title else ""
    sub = _e(a.path) + (f" · {_e(a.jurisdiction)}" if a.jurisdiction and a.jurisdiction != full else "")
    out = [f'<header class="dochead"><h2 id="{doc.id}-title"{shown}>{_e(title)}</h2><p class="path muted">{sub}</p>',
           _badges(a, gate, gated)]
    if a.status == "error":
        out.append(f"<p>Could not be read: {_e(a.error)}</p>")
    elif a.score and a.score.value is not None:
        top = a.score.contributions[:TOP_CONTRIBUTIONS]
        if top:
            out.append('<ol class="top3" aria-label="largest contributions to the score">'
                       + "".join(_contribution(doc, c, cells=False) for c in top) + "</ol>")
    else:
        out.append(f'<p class="muted">{_e(a.message or (a.score.reason if a.score else ""))}</p>')
    return "".join(out) + "</header>"


def _panel(doc: _Doc, gate: Any, gated: bool) -> str:
    a = doc.a
    groups = []
    for kind, title in zip(GROUP_ORDER, GROUP_TITLES, strict=True):
        items = [_finding_item(doc, n, f) for n, f in enumerate(a.findings) if f.kind == kind]
        if items:
            groups.append(f"<h3>{title} ({len(items)})</h3><ol>{''.join(items)}</ol>")
        elif kind == "exemption":
            groups.append("<h3>Exemptions (0)</h3><p class=muted>None found.</p>")
    groups.append(f"<h3>Coverage</h3><table><tbody>{_coverage_rows(doc)}</tbody></table>")
    contributions = "".join(_contribution(doc, c) for c in (a.score.contributions if a.score else []))
    if contributions:
        groups.append("<h3>Score breakdown</h3><table><thead><tr><th>points</th><th>reason</th><th>from</th>"
                      f"</tr></thead><tbody>{contributions}</tbody></table>"
                      f'<p class=muted>model {_e(a.score.model_version)}; 0 airtight, 100 hollow</p>')
    reasons = gate.reasons() if gated and gate is not None else []
    if reasons:
        groups.append("<details><summary>CI gate: failed</summary><ul>"
                      + "".join(f"<li>{_e(r)}</li>" for r in reasons) + "</ul></details>")
    return f'<aside class="panel" aria-label="findings">{"".join(groups)}</aside>'


def _document(doc: _Doc, gate: Any, gated: bool) -> str:
    a = doc.a
    if a.status == "error":
        return f'<section class="doc" id="{doc.id}">{_header(doc, gate, gated)}</section>'
    panel = _panel(doc, gate, gated)  # first: it registers the source spans the text must carry
    law = f'<div class="law" aria-label="the law\'s text">{highlighted(a, doc)}</div>'
    return (f'<section class="doc" id="{doc.id}" aria-labelledby="{doc.id}-title">{_header(doc, gate, gated)}'
            f'<div class="docbody">{panel}{law}</div></section>')


def _toc(docs: list[_Doc], gates: Any, gated: bool) -> str:
    rows = []
    for i, doc in enumerate(docs):
        a = doc.a
        score = f"{a.score.value}/100 · {_e(a.score.grade)}" if a.score and a.score.value is not None else "—"
        gate = ""
        if gated:
            gate = "failed" if gates.reasons(i) else "passed"
        grade = _grade_class(a.score.grade if a.score else None)
        rows.append(f'<tr><td><a href="#{doc.id}">{_e(document_title(a))}</a><br><span class="muted">{_e(a.path)}'
                    f'</span></td><td class="num"><span class="chip {grade}">{score}</span></td>'
                    f"<td>{_e(STATUS.get(a.status, a.status))}</td>"
                    + (f"<td>{gate}</td>" if gated else "") + "</tr>")
    head = "<th>document</th><th>score</th><th>status</th>" + ("<th>CI gate</th>" if gated else "")
    return (f'<nav class="toc" aria-label="documents"><h2>{len(docs)} documents</h2><table><thead><tr>{head}'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></nav>")


def page_title(analyses: list[Analysis]) -> str:
    titles = [document_title(a) for a in analyses]
    if len(titles) == 1:
        a = analyses[0]
        score = f" (score {a.score.value}, grade {a.score.grade})" if a.score and a.score.value is not None else ""
        return f"{titles[0]}{score} — redline report"
    named = "; ".join(titles[:PAGE_TITLES]) + (f"; and {len(titles) - PAGE_TITLES} more"
                                               if len(titles) > PAGE_TITLES else "")
    return f"redline report, {len(titles)} documents: {named}"


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    gated = gates is not None and (gates.fail_on is not None or gates.max_score is not None)
    docs = [_Doc(a, i) for i, a in enumerate(analyses)]
    body = "".join(_document(doc, gates.document(i) if gated else None, gated) for i, doc in enumerate(docs))
    legend = "".join(f'<li><mark class="{cls}">{label}</mark></li>' for cls, label in LEGEND)
    toc = _toc(docs, gates, gated) if len(docs) > 1 else ""
    out.write(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(page_title(analyses))}</title>'
              f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
              f'<body><header class="top"><h1>redline report</h1><p class="meta">{len(analyses)} '
              f"document{'s' if len(analyses) != 1 else ''}; every claim cites its text. Highlights: "
              f'</p><ul class="legend" aria-label="legend">{legend}</ul></header>{toc}<main>{body}</main>'
              f"<footer>redline {__version__}</footer></body></html>\n")
