"""``--format html`` as an analyst reads, prints and hands it on (issue 12, items 8-11), checked on
the page's structure with html.parser (no browser needed): a header per document and a table of
contents, readable colours, highlights that name their rule and link back, links from every
panel row to the words it rests on, a page that prints whole, page markers for PDFs, and the CI
gate as a small badge."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from cli_helpers import run_cli
from conftest import CORPUS, ROOT

BOSTON, SEBASTOPOL = "corpus/boston-16-62.txt", "corpus/sebastopol-8-80.txt"
BOSTON_PDF = "corpus/variants/boston-16-62.bill.pdf"  # the Boston ordinance printed as a two-page bill


@pytest.fixture()
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def find(self, tag: str | None = None, cls: str | None = None) -> Node:
        found = self.find_all(tag, cls)
        assert found, (tag, cls)
        return found[0]


VOID = {"meta", "br", "img", "link", "input", "hr", "col", "wbr"}


class Tree(HTMLParser):
    """The page as a tree of Nodes (html.parser, which any browser would parse alike here)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.at = self.root
        self.style = ""
        self.feed(page)
        self.close()
        self.ids = {n.attrs["id"]: n for n in self.root.iter() if "id" in n.attrs}

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_endtag(self, tag):
        at = self.at
        while at is not None and at.tag != tag:
            at = at.parent
        assert at is not None, f"</{tag}> closes nothing"
        self.at = at.parent

    def handle_data(self, data):
        if self.at.tag == "style":
            self.style += data
        self.at.children.append(data)


def html_report(capsys, *args: str) -> tuple[Tree, str]:
    code, out, err = run_cli(capsys, "analyze", *args, "-f", "html")
    assert code in (0, 1), err
    return Tree(out), out


def findings_of(capsys, *paths: str) -> list[dict]:
    _, out, _ = run_cli(capsys, "analyze", *paths, "-f", "json", "--fail-on", "never")
    return json.loads(out)["documents"]


def fold(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------- item 8
def test_each_document_has_a_header_and_a_batch_a_table_of_contents(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON, SEBASTOPOL, BOSTON_PDF, "--fail-on", "never")
    docs = findings_of(capsys, BOSTON, SEBASTOPOL, BOSTON_PDF)
    sections = tree.root.find_all("section", "doc")
    assert len(sections) == 3
    toc = tree.root.find("nav", "toc")
    assert [a.attrs["href"] for a in toc.find_all("a")] == [f"#{s.attrs['id']}" for s in sections]
    title = fold(tree.root.find("title").text())
    for section, doc in zip(sections, docs, strict=True):
        head = section.find("header", "dochead")
        name = fold(head.find("h2").text())
        assert name and name in title  # every document's title is in the page's title
        assert doc["path"] in head.text()
        score = doc["score"]
        assert f"{score['value']}/100 · grade {score['grade']}" in fold(head.find(cls="score").text())
        assert "ban found" in [fold(b.text()) for b in head.find_all(cls="badge")]
        top = head.find("ol", "top3").find_all("li")
        contributions = score["contributions"]
        assert len(top) == min(3, len(contributions))
        for li, c in zip(top, contributions, strict=False):  # largest first, as the score lists them
            assert fold(li.text()).startswith(f"+{c['points']:g} {fold(c['reason'])}")
    # Boston's title is the jurisdiction line of its header, the PDF's the first line of the law
    assert "Boston, Massachusetts — City Code 16-62" in title
    assert "16-62 ORDINANCE BANNING FACE SURVEILLANCE TECHNOLOGY IN BOSTON." in title


def test_a_single_document_has_no_table_of_contents_and_a_text_without_a_ban_says_so(capsys, in_root):
    tree, _ = html_report(capsys, "corpus/california-pc-832-19.txt", "--fail-on", "never")
    assert tree.root.find_all("nav", "toc") == []
    head = tree.root.find("header", "dochead")
    assert "no prohibition found" in [fold(b.text()) for b in head.find_all(cls="badge")]
    assert fold(head.find(cls="score").text()) == "no score"


# ---------------------------------------------------------------------------- item 9
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: str, bg: str) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    high, low = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def css_rules(style: str) -> list[tuple[str, str, dict[str, str]]]:
    """(media query or "", selector, declarations) for every rule of a stylesheet."""
    out = []
    for media, block in re.findall(r"@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*)\}", style):
        out += [(media.strip(), sel.strip(), _declarations(decl)) for sel, decl in re.findall(r"([^{}]+)\{([^{}]*)\}",
                                                                                               block)]
    top = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\}", "", style)
    out += [("", sel.strip(), _declarations(decl)) for sel, decl in re.findall(r"([^{}]+)\{([^{}]*)\}", top)]
    return out


def _declarations(block: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, _, v in (d.partition(":") for d in block.split(";") if ":" in d)}


def test_every_colour_pair_of_the_page_reaches_wcag_aa(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON, SEBASTOPOL)
    rules = [r for r in css_rules(tree.style) if r[0] != "print"]
    page = next(d for _, sel, d in rules if sel == "body")["background"]
    checked = 0
    for _media, selector, decl in rules:
        fg = decl.get("color")
        bg = decl.get("background", decl.get("background-color"))
        if bg and HEX.fullmatch(bg):
            # a rule that paints a background sets its text colour too, so none is inherited from elsewhere
            assert fg and HEX.fullmatch(fg), f"{selector} paints {bg} but leaves the text colour to inheritance"
        if fg and HEX.fullmatch(fg):
            for ground in ([bg] if bg else [page, "#fff"]):
                ratio = contrast(fg, ground)
                assert ratio >= 4.5, f"{selector}: {fg} on {ground} is {ratio:.2f}:1"
                checked += 1
    assert checked >= 20
    # the legend's chips are highlights styled like the text's, and each class has its colours
    legend = tree.root.find("ul", "legend")
    painted = {sel for _, sel, d in rules for sel in sel.split(",") if "background" in d and "color" in d}
    for mark in legend.find_all("mark"):
        assert f"mark.{mark.attrs['class']}" in painted


def test_highlights_name_their_rule_and_link_back_to_their_finding(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON, SEBASTOPOL, "--fail-on", "never")
    docs = findings_of(capsys, BOSTON, SEBASTOPOL)
    marks = [n for n in tree.root.iter() if n.attrs.get("data-f")]
    by_anchor: dict[str, list[Node]] = {}
    for m in marks:
        by_anchor.setdefault(m.attrs["data-f"], []).append(m)
    located = [f for d in docs for f in d["findings"] if f["location"]]
    assert len(by_anchor) == len(located)
    for pieces in by_anchor.values():
        head = pieces[0]
        assert head.attrs.get("id") == head.attrs["data-f"]  # the first piece is the jump target
        ref = head.children[0]
        assert isinstance(ref, Node) and ref.tag == "a" and "ref" in ref.classes
        item = tree.ids[ref.attrs["href"][1:]]
        assert item.tag == "li"
        rule = item.attrs["title"]
        text = fold("".join(p.text() for p in pieces))
        finding = next(f for f in located if f["rule_id"] == rule and fold(f["quote"]) == text)
        for piece in pieces:  # hovering any part of a highlight names its rule and category
            assert finding["rule_id"] in piece.attrs["title"] and finding["category"] in piece.attrs["title"]
        # ... and the panel item links back to the highlight
        assert f"#{head.attrs['id']}" in [a.attrs.get("href") for a in item.find_all("a")]


def test_gaps_coverage_and_score_rows_link_to_their_text_and_the_target_is_marked(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON, "--fail-on", "never")
    links = [a.attrs["href"] for a in tree.root.find_all("a") if a.attrs.get("href")]
    assert links and all(h.startswith("#") and h[1:] in tree.ids for h in links)  # no link lands nowhere
    law = tree.root.find("div", "law")
    in_law = {n.attrs["id"] for n in law.iter() if "id" in n.attrs}
    panel = tree.root.find("aside", "panel")
    gaps = [li for li in panel.find_all("li") if li.attrs.get("title", "").startswith("gap.")]
    assert len(gaps) == 2
    for li in gaps:  # a gap is read against the ban: it links to the ban's words
        targets = [a.attrs["href"][1:] for a in li.find_all("a")]
        assert targets and all(t in in_law and tree.ids[t].attrs["class"] == "prohibition" for t in targets)
    coverage = {fold(tr.find_all("td")[0].text()): tr for tr in panel.find("table").find_all("tr")}
    acts = [tree.ids[a.attrs["href"][1:]] for a in coverage["acts"].find_all("a")]
    assert acts and all(t.attrs["id"] in in_law for t in acts)
    assert all(re.match(r"(obtain|retain|possess|access|us)", fold(t.text()).lower()) for t in acts)
    third = [tree.ids[a.attrs["href"][1:]] for a in coverage["third parties"].find_all("a")]
    assert third and any("third party" in fold(t.text()).lower() for t in third)
    assert coverage["donations"].find_all("a") == []  # not covered: no words to point at
    rows = tree.root.find_all("table")[-1].find("tbody").find_all("tr")
    assert len(rows) == 3
    for tr in rows:  # the exemption's row lands on its highlight, a gap's on the gap
        target = tree.ids[tr.find("a").attrs["href"][1:]]
        assert target.attrs["id"] in in_law or target.attrs.get("title", "").startswith("gap.")
    rules = css_rules(tree.style)
    marked = {sel for _, selector, _ in rules for sel in selector.split(",") if ":target" in sel}
    assert {"mark:target", "li:target", ".ln:target"} <= marked


# ---------------------------------------------------------------------------- item 10
def test_printing_keeps_the_whole_law_in_one_column(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON, SEBASTOPOL)
    rules = css_rules(tree.style)
    screen = {sel: d for media, sel, d in rules if not media}
    for selector in (".law", ".doc", ".docbody"):  # the law is never a scroll box, on screen or on paper
        assert "max-height" not in screen.get(selector, {}) and "overflow" not in screen.get(selector, {})
    printed = {sel: d for media, sel, d in rules if media == "print"}
    assert printed[".docbody"]["display"] == "block"
    assert printed[".panel"]["overflow"] == "visible" and printed[".panel"]["max-height"] == "none"
    assert all(d.get("overflow", "visible") == "visible" for media, _, d in rules if media == "print")
    narrow = {sel: d for media, sel, d in rules if "max-width" in media}
    (media,) = {m for m, _, _ in rules if "max-width" in m}
    assert re.search(r"max-width:\s*900px", media) and narrow[".docbody"]["display"] == "block"
    # the whole text is on the page, not a window of it
    law = tree.root.find("div", "law")
    body = (CORPUS / "boston-16-62.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert fold(law.text()) == fold(body)


def test_a_pdf_shows_its_pages_and_each_cited_line_can_be_found(capsys, in_root):
    tree, _ = html_report(capsys, BOSTON_PDF, "--fail-on", "never")
    (doc,) = findings_of(capsys, BOSTON_PDF)
    law = tree.root.find("div", "law")
    markers = law.find_all("span", "page")
    assert [fold(m.text()) for m in markers] == ["page 1", "page 2"]
    exemption = next(f for f in doc["findings"] if f["kind"] == "exemption")
    page, line = exemption["location"]["page"], exemption["location"]["line"]
    assert page == 2
    item = next(li for li in tree.root.find_all("li") if li.attrs.get("title") == exemption["rule_id"])
    cite = next(a for a in item.find_all("a") if fold(a.text()) == f"p{page}:{line}")
    target = tree.ids[cite.attrs["href"][1:]]
    assert "ln" in target.classes and target.attrs["data-n"] == str(line)
    order = [n for n in law.iter() if n is markers[1] or n is target]
    assert order == [markers[1], target]  # the cited line is numbered after the page 2 marker
    assert fold(law.text()).count("page 2") == 1  # line numbers are drawn, not text: a copy is the law


# ---------------------------------------------------------------------------- item 11
def test_a_gate_failure_is_a_small_badge_not_a_sentence(capsys, in_root):
    tree, page = html_report(capsys, BOSTON, SEBASTOPOL, "--fail-on", "high")
    assert "Gate failed" not in page and "sev-high\">Gate" not in page
    boston, sebastopol = tree.root.find_all("section", "doc")
    badge = next(b for b in boston.find("header").find_all(cls="badge") if "CI gate" in b.text())
    assert fold(badge.text()) == "CI gate: failed" and "exemption.criminal-investigation" in badge.attrs["title"]
    assert "CI gate: passed" in fold(sebastopol.find("header").text())
    details = boston.find("details")  # the reasons, for whoever asks, at the end of the panel
    assert "high finding gap.no-enforcement" in fold(details.text())
    tree, _ = html_report(capsys, BOSTON, "--fail-on", "never")
    assert "CI gate" not in fold(tree.root.text())
