"""Headings and enumerators -> the provision tree, with citations and stable ids.

Legislative text is a tree: ``Sec. 2.99.030``, ``§ 16-62``, ``ARTICLE I``, ``(A)``, ``(1)``, ``(a)``,
``(i)``, ``1.``. Drafting styles mix these freely, so item levels are not fixed: the first style
seen under a heading is level 1, a new style opens a deeper level, and a style already open closes
everything below it (the usual way to read nested lists). Two ambiguities need care:

- ``(i)`` is a letter after ``(h)`` but a roman numeral under it. The sibling before it decides,
  and when ``(h)`` is that sibling the next enumerator breaks the tie (``(ii)`` means roman).
- an enumerator only starts a provision at the start of a paragraph, so a wrapped line that
  happens to begin with ``(B)`` is not a new item.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .document import Line, Provision

# ---------------------------------------------------------------- line shapes
_LEAD = r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[“\"‘']?"
# Washington-style bills mark an added section "NEW SECTION. Sec. 2.", Kansas-style ones "New Sec. 3.":
# the label is "Sec. 2.".
SECTION_RE = re.compile(
    _LEAD + r"(?:NEW[ \t]+SECTION\.[ \t]+|(?:New|NEW)[ \t]+(?=Sec|SEC))?"
    r"(?P<label>(?:Sec(?:tion)?\.?|SEC(?:TION)?\.?|§{1,2}|Rule|RULE|Regulation|REGULATION)[ \t]*"
    r"(?P<num>\d[\w]*(?:[.\-–:]\w+)*(?:[ \t][a-z](?=[ \t]+[A-Z]|[ \t]*$))?)\.?)(?=[ \t]|$|[.:–—-])[ \t]*[.:–—-]*[ \t]*"
    r"(?P<rest>.*)$"
)  # (Nordic sections inserted between others: "Section 7 d Derogations for real-time identification")
# A section numbered before its sign, as Swedish, Finnish and Åland statutes print theirs: "6 §", "7 a §",
# "1 § This ordinance contains provisions on ...".
TRAILING_SIGN_SECTION_RE = re.compile(
    _LEAD + r"(?P<label>(?P<num>\d{1,4}(?:[ \t][a-z])?)[ \t]*§)(?=[ \t]|$)[ \t]*(?P<rest>.*)$"
)
# (after a code's initials, as a code prints its sections: "RCW 10.140.060", "NRS 179.460", "R 410-12-9.";
# New Hampshire numbers a section by its chapter and a colon: "422:43 Definitions."; Tennessee a rule by
# its chapter, a dash and a point: "0135-03-.04")
# (a New Hampshire RSA section: a chapter with a letter, then a colon: "105-E:3")
CODE_SECTION_RE = re.compile(
    _LEAD + r"(?P<label>(?:[A-Z]{1,5}[ \t]+)?(?P<num>\d{1,4}[A-Z]{0,2}"
    r"(?:(?:[.\-:]|-\.)(?:\d{1,4}[A-Za-z]?|[A-Z]{1,2}(?=:\d))){1,5}))"
    r"\.?(?=[ \t]|$)"
    r"[ \t]*(?P<rest>.*)$"
)
# A regulation of a chapter numbered by its point alone, as Maryland's COMAR prints them: ".01 Purpose.",
# ".06 Prohibited Uses." (the chapter's number stands in its heading above)
POINT_SECTION_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\.\d{2,3}))[ \t]+(?P<rest>[A-Z].*)$")
# A division numbered in words, as translations of Arab and Latin laws number theirs: "Chapter One",
# "Article (First)" (the articles of an issuing law), "TITLE TWO".
CARDINAL_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth")
_NUMBER_WORD = r"(?i:" + "|".join(CARDINAL_WORDS + ORDINAL_WORDS) + r")(?![a-z])"
DIVISION_RE = re.compile(
    _LEAD + r"(?P<label>(?P<word>ARTICLE|Article|Art\.|ART\.|CHAPTER|Chapter|TITLE|Title|PART|Part|DIVISION|Division"
    r"|ANNEX|Annex|SUBCHAPTER|Subchapter|EXHIBIT|Exhibit|APPENDIX|Appendix|SCHEDULE|Schedule)[ \t]+"
    r"['‘\"“(]?(?P<num>[IVXLCDM]+|\d+[A-Za-z]?(?:[.\-]\d+)*[º°]?|" + _NUMBER_WORD
    + r"|[A-Z])(?:er|re|st|nd|rd|th)?['’\"”)]?)"
    r"(?=[ \t:.\-–—]|$)[ \t]*[:.\-–—]*[ \t]*(?P<rest>.*)$"
)
# (a schedule's letter may stand in quotes: "SCHEDULE 'A' TO BY-LAW NUMBER 2026-087")
# The provisions that cite a schedule, on its heading's line: "SCHEDULE   Regulations 7 and 8", "SECOND SCHEDULE
# (Section 4(3))", "First Schedule [regulation 5]", "FIRST SCHEDULE (Sections 2(1) and 2(2))".
_CITED_BY = r"(?:[(\[]?(?i:regulations?|sections?|articles?|rules?|paragraphs?|ss?\.)[ \t]+\d.*)?"
# A schedule or annex with no number, alone on its line but for the provisions that cite it.
_ANNEX_WORDS = r"SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix"
LONE_DIVISION_RE = re.compile(r"^[ \t]*(?P<label>(?P<word>" + _ANNEX_WORDS + r"))(?P<num>)"
                              r"[ \t]*" + _CITED_BY + r"(?P<rest>)$")
# ... or with its title after a dash, "SCHEDULE – AUTHORISED PURPOSES" (after the sections: before them, such a line
# is an entry of the arrangement of sections)
_DIVISION_WORD_RE = re.compile(r"[ \t]*(?:" + _ANNEX_WORDS + r")\b")
TITLED_DIVISION_RE = re.compile(r"^[ \t]*(?P<label>(?P<word>" + _ANNEX_WORDS + r"))(?P<num>)"
                                r"[ \t]+[–—-][ \t]+[A-Z][A-Za-z ,'’&]{2,60}(?P<rest>)$")
# A schedule numbered by an ordinal word, alone on its line but for the provisions that cite it: "FIRST
# SCHEDULE", "Second Annex".
ORDINAL_DIVISION_RE = re.compile(
    r"^[ \t]*(?P<label>(?P<num>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"[ \t]+(?P<word>SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix))(?P<rest>)[ \t]*" + _CITED_BY + r"$")
# The one article of a Spanish or Latin American law, in translation: "Sole article. Prohibition of ...",
# "Single Article.-".
SOLE_ARTICLE_RE = re.compile(r"^[ \t]*(?P<label>(?P<num>(?i:sole|single))[ \t]+(?P<word>(?i:article)))"
                             r"[ \t]*[.:\-–—]*[ \t]*(?P<rest>.*)$")
# A police general order's or a manual's outline numbers: "IV.B", "IV.B.3", "III.A".
OUTLINE_RE = re.compile(
    _LEAD + r"(?P<label>(?P<num>[IVX]{1,5}\.[A-Z0-9]{1,3}(?:\.[A-Za-z0-9]{1,3}){0,3}))\.?(?=[ \t]|$)[ \t]*(?P<rest>.*)$"
)
# A side heading, Indian and older Commonwealth style: "3. Restriction on use.—(1) No public ...".
SIDE_HEADING_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,4}[A-Z]{0,2}))\.[ \t]+(?P<title>[A-Z][^—–\n]{1,100}?)"
                             r"[.:,]?[ \t]*[—–]+[ \t]*(?P<rest>.*)$")
# A side heading set before its number, as the Maldives print one and as a Commonwealth act's marginal
# note comes out of a PDF: "Order of the High Court 7. (a) A voiceprint ...", "Short title 1. This Act ...".
LEADING_SIDE_HEADING_RE = re.compile(_LEAD + r"(?P<title>[A-Z][A-Za-z'’,()\- ]{1,80}?)\.?[ \t]+"
                                     r"(?P<label>(?P<num>\d{1,4})\.)[ \t]+(?P<rest>(?:\(\w{1,3}\)[ \t]+)?[A-Z“\"].*)$")
# "IV. PROCEDURES": the top of such an outline, a roman numeral over a title in capitals.
ROMAN_TITLE_RE = re.compile(_LEAD + r"(?P<label>(?P<num>[IVX]{1,5}))\.[ \t]+(?P<rest>[A-Z][A-Z ,&\-]{2,60})$")
# "3. Definitions", or in Commonwealth style with no point, "21 Restrictions on use by relevant agencies".
NUMBERED_HEADING_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,4}(?:[A-Z]{1,2}(?=[ \t]+[A-Z][a-z]))?)"
                                 r"(?:\.|(?=[ \t]+[A-Z][a-z])))[ \t]+"
                                 r"(?P<rest>[A-Z][^.;:,—]{0,80})$")
LONE_ROMAN_RE = re.compile(r"^[ \t]*(?P<num>[IVX]{1,5})[ \t]*$")
# A section number run into its first subsection, Canadian and Commonwealth style: "3(1) No public
# body shall ...", "40F(2) A person ...", "3.1(1) A police service ...": the section, then the item
# "(1)" on the same line.
# A section numbered after the last one, with no title: "5. Regulation 3(1) does not apply ...".
# (Canadian regulations number with no point: "2 These Regulations do not apply ...", "3 (1) An officer")
SEQUEL_SECTION_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,4})\.?)[ \t]+(?=[A-Z“\"]|\(\w{1,3}\)[ \t])")
# UK statutory instruments put a point and a dash between them: "2.—(1) In these Regulations—" (East
# African Acts typed a hyphen: "2.-(1) This Act shall apply ...").
GLUED_SECTION_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,4}(?:\.\d{1,3})?[A-Z]{0,3}))(?:\.[ \t]*[—–-][ \t]*)?"
                              r"(?=\((?:\d{1,3}|[a-z]{1,3})\)[ \t]+[A-Z“\"])(?P<rest>.*)$")
# An amended item whose old label is struck in brackets before its new one: "[(5)] (3) use ...".
RELABELLED_RE = re.compile(r"\[(?:\(\w{1,4}\)|\w{1,4}[.)])\][ \t]+(?=\(\w{1,4}\)|\w{1,4}[.)])")
# Minnesota-style subdivisions: "Subd. 2. Prohibition.", "Subdivision 1. Definitions."
SUBDIVISION_RE = re.compile(_LEAD + r"(?P<label>(?:Subd|SUBD|Subdivision|SUBDIVISION)\.?[ \t]+(?P<num>\d{1,3}[a-z]?)\.)"
                            r"(?=[ \t]|$)[ \t]*(?P<rest>.*)$")
# A question of a Q&A layout, alone on its line: "Can a deputy fly over my property if I ask?"
QUESTION_RE = re.compile(r"^[ \t]*(?:Q(?:uestion)?[ \t]*\d*[.:)][ \t]*)?(?P<q>[A-Z][^?\n]{3,200}\?)[ \t]*$")
# A bare enumerator with no punctuation, in a list: "A The Department of Transportation ...;"
BARE_LETTER_RE = re.compile(r"[ \t]*(?P<num>[A-Z])[ \t]+(?=[A-Z][a-z])")
# A numbered paragraph of an article with no point after its number: "2 They may also not:".
ARTICLE_PARA_RE = re.compile(r"^[ \t]*(?P<num>\d{1,2})[ \t]+(?=[A-Z])")
# A numbered side heading with no point after its number: "1 Prohibition.   Except as provided ..."
BARE_HEADING_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,3}))[ \t]+(?P<title>[A-Z][a-z]+(?:[ \t][a-z]+){0,4})\."
                             r"[ \t]+(?P<rest>\S.*)$")
# An unnumbered definition at a line's start: '"Target device."  The communications device ...',
# '"Commissioner" means ...', "“drone” has the meaning ...".
DEFINITION_LINE_RE = re.compile(r'^[“"][^"”\n]{1,80}?(?:\.["”]|["”](?:[.:]|[ \t]+'
                                r'(?:means|includes|has the meaning|refers to)\b))')
# An item that opens after a sentence ends inside a wrapped line: "... the device. (b) The agency may ..."
INLINE_ITEM_RE = re.compile(r"(?<=[.;:])[ \t]+(?P<label>\((?P<num>[a-z]{1,3}|\d{1,2}|[A-Z])\))[ \t]+(?=[A-Z“\"])")
# A bill's designation on its cover: "H. R. 4695", "S. 1234", "H. J. Res. 12" -- letters, not items.
BILL_NUMBER_RE = re.compile(r"^[ \t]*(?:[A-Z]\.[ \t]?){1,3}(?:Res\.[ \t]?)?\d{1,5}[ \t]*$")
# One enumerator at the start of a line: (A) (1) (a) (i) (aa) A. 1. a. ii. 1) 1° II - • (Markdown: **(a)**);
# a letter glued to its first item, Louisiana style: "B.(1) No law enforcement agency ..."
# (French, Italian and Spanish drafting number items with a degree sign: "1° For the needs of ..."; a
# Mexican article's fractions, in translation, "Section I."; an Ethiopian proclamation's sub-articles, "1/";
# an Arab law's items, "1- " and "a- "; a Lusophone article's numbers, "1 - "; a schedule's rows, "Item 1:
# Locating a ...")
ENUM_RE = re.compile(
    r"(?P<label>\((?P<pnum>[A-Za-z]{1,4}|\d{1,3}[A-Za-z]?)\)"
    r"|(?:(?P<dnum>[A-Za-zçğıöşüÇĞİÖŞÜ]|[ivx]{2,5}|[IVX]{2,5}|\d{1,3})[.)]|(?P<snum>\d{1,3})(?:/|[ \t]?[-–])"
    r"|(?P<lnum>[a-z])[-–])"
    r"(?=[ \t]|$|\*\*|__|\((?:[a-z]{1,4}|\d{1,3})\)[ \t])"
    r"|(?P<onum>\d{1,3})[°º](?=[ \t])"
    r"|(?P<hnum>[IVX]{1,5})[ \t]+[-–—](?=[ \t])"
    r"|(?:Section|SECTION|Fraction|FRACTION)[ \t]+(?P<fnum>[IVX]{1,5})\.(?=[ \t])"
    r"|(?:Item|ITEM)[ \t]+(?P<inum>\d{1,3})[.:](?=[ \t])"
    r"|(?P<bullet>[•●▪◦·\-–—*]))(?:\*\*|__)?(?:[ \t]+|$|(?<=[).])(?=\((?:[A-Za-z]{1,4}|\d{1,3}[A-Za-z]?)\)))"
)
ROMAN_RE = re.compile(r"^(?=[ivx])(x{0,3})(ix|iv|v?i{0,3})$", re.I)
TERMINAL = (".", ";", ":", "—", "–", "-", "…", ")")
# Nouns a cross-reference ends on before its number: "... required under subsection" / "(a) shall be ...".
_REFERENCE_NOUNS = frozenset({"subsection", "subsections", "paragraph", "paragraphs", "subparagraph", "subparagraphs"})
# Words a title never ends with: a line that does is a sentence cut by a line break, and the line
# after it goes on with that sentence ("... registered according to" / "Article 49. However, ...",
# "... required under subsection" / "(a) shall be provided ...").
_OPEN_ENDINGS = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "by", "with", "from", "and", "or",
                           "that", "as", "at", "any", "such", "shall", "may", "is", "are", "be",
                           "under"}) | _REFERENCE_NOUNS
# Words before a number that make it a citation or another label, not a section's own number ("as provided in
# Article 5.", "NOTE 2.").
_TITLE_ENDINGS_CITED = frozenset({"section", "sections", "article", "articles", "part", "chapter", "title", "rule",
                                  "regulation", "paragraph", "subsection", "clause", "schedule", "item", "point", "no",
                                  "number", "law", "act", "note", "step", "example", "table", "figure", "form",
                                  "exhibit", "annex", "appendix", "attachment", "page", "line", "ordinance",
                                  "resolution", "bill", "code", "amendment"}) | _REFERENCE_NOUNS
JOINERS = (" or", " and", "; or", "; and", ", or", ", and")

DIVISION_KIND = {"article": "article", "art.": "article", "chapter": "chapter", "title": "title", "part": "title",
                 "division": "chapter", "annex": "annex", "subchapter": "chapter", "exhibit": "annex",
                 "appendix": "annex", "schedule": "annex"}
# An unnumbered heading ("Social Media Monitoring") closes the lists above it and sits under the open
# section; any numbered heading closes it.
RANK = {"title": 1, "chapter": 2, "annex": 3, "article": 3, "section": 4, "heading": 5}
CITE_PREFIX = {"title": "Title ", "chapter": "Ch. ", "article": "Art. ", "annex": "Annex ", "section": ""}
ID_PREFIX = {"title": "title", "chapter": "ch", "article": "art", "annex": "annex", "section": "sec"}


@dataclass(slots=True)
class _Mark:
    """A heading or enumerator found at ``offset`` on some line."""

    offset: int
    kind: str  # title | chapter | article | annex | section | item
    label: str
    number: str
    style: str = ""  # for items: e.g. "(a", "(i", "A.", "1.", "•"
    heading: str = ""
    body: int = 0  # offset where the provision's own words begin
    line: int = 0
    after_following: bool = False  # the line before ends "... the following:" (an amendment's lead-in)


@dataclass
class _Open:
    prov: Provision
    style: str  # "" for headings
    rank: float


@dataclass
class _Builder:
    text: str
    provisions: list[Provision] = field(default_factory=list)
    seen_ids: dict[str, int] = field(default_factory=dict)

    def add(self, mark: _Mark, parent: Provision, depth: int) -> Provision:
        citation, pid = _cite(mark, parent)
        n = self.seen_ids.get(pid, 0) + 1
        self.seen_ids[pid] = n
        if n > 1:
            pid = f"{pid}~{n}"
        prov = Provision(index=len(self.provisions), id=pid, citation=citation, kind=mark.kind,
                         label=mark.label, number=mark.number, heading=mark.heading, start=mark.offset,
                         end=len(self.text), body_start=mark.body, depth=depth, parent=parent.index)
        parent.children.append(prov.index)
        self.provisions.append(prov)
        return prov


def _clean_num(num: str) -> str:
    return num.replace("–", "-").rstrip(".:")


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9.\-]+", "-", value).strip("-") or "x"


def _cite(mark: _Mark, parent: Provision) -> tuple[str, str]:
    if mark.kind == "heading":  # no number of its own: cited as the provision it stands in
        return parent.citation, f"{parent.id if parent.kind != 'root' else 'p'}__h"
    if mark.kind != "item":
        if not mark.number:  # an unnumbered "SCHEDULE": cited by its own word
            return mark.label.title(), f"{ID_PREFIX[mark.kind]}_{_slug(mark.label.lower())}"
        prefix = CITE_PREFIX[mark.kind]
        if mark.kind == "title" and parent.kind == "annex":  # "Schedule 1, Part 2"
            return f"{parent.citation}, {mark.label.split()[0].title()} {mark.number}", \
                f"{parent.id}__{ID_PREFIX[mark.kind]}_{_slug(mark.number)}"
        if mark.kind == "annex" and not mark.number[:1].isdigit() and len(mark.label.split()) == 2 \
                and mark.label.split()[0].lower() == mark.number.lower():  # "FIRST SCHEDULE": "First Schedule"
            return mark.label.title(), f"{ID_PREFIX[mark.kind]}_{_slug(mark.label.lower())}"
        if mark.kind == "annex" or (mark.kind == "title" and mark.label[:1].isalpha()):
            # "Schedule 2", "Appendix A", "Annex III", "Part 2": by the word the law uses
            prefix = mark.label.split()[0].title() + " "
        return prefix + mark.number, f"{ID_PREFIX[mark.kind]}_{_slug(mark.number)}"
    part = f" ¶{mark.number}" if mark.style == "•" else f"({mark.number})"
    if mark.style == "subd":
        part = f", subd. {mark.number}"
    elif mark.style in ("bare1", "bareA"):
        part = f"({mark.number})"  # cited as its punctuated twin: "2117-B(2)(A)"
    base_id = parent.id if parent.kind != "root" else "p"
    sub = f"p{mark.number}" if mark.style == "•" else _slug(mark.number)
    top = not parent.citation and parent.kind in ("root", "heading")  # (under no numbered provision)
    if top and mark.label.endswith(".") and mark.number.isdigit():
        part = mark.number  # a numbered paragraph of a decree or regulation, "19.", is cited "19", not "(19)"
    citation = (parent.citation + part).strip() if not top else part.strip()
    if mark.style.startswith("point:") and parent.citation == mark.style[len("point:"):]:
        citation = mark.number  # "5.1" under the paragraph "5." is cited by its own number, not "5(5.1)"
    return citation, f"{base_id}__{sub}"


def _is_roman(value: str) -> bool:
    return bool(ROMAN_RE.match(value))


def _roman_value(value: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10}
    total = 0
    v = value.lower()
    for i, ch in enumerate(v):
        n = vals[ch]
        total += -n if i + 1 < len(v) and vals[v[i + 1]] > n else n
    return total


def _item_styles(label_kind: str, value: str) -> list[str]:
    """Candidate styles for an enumerator value; two when roman and letter are both possible."""
    if value.isdigit() or (value[:-1].isdigit() and value[:-1]):
        return [label_kind + "1"]
    lower = value.islower()
    letter = label_kind + ("a" if lower else "A")
    roman = label_kind + ("i" if lower else "I")
    if _is_roman(value):
        if len(value) == 1 and value.lower() in "ivx":
            return [roman, letter]
        return [roman]
    return [letter]


def _letter_pred(value: str) -> str:
    """The letter before ``value`` in a letter list: 'h' for 'i', 'hh' for 'ii'."""
    return chr(ord(value[0]) - 1) * len(value)


def _paragraph_start(lines: list[Line], text: str, i: int, heading_lines: set[int],
                     item_lines: set[int]) -> bool:
    """Does line ``i`` start a paragraph (so an enumerator on it opens a provision)?

    A line after an item that ends in a comma does ("— terrorism," / "— murder,"); a line after an
    item that stops mid-sentence ("... to enforce subsection" / "(b) of this section") does not."""
    j = i - 1
    while j >= 0:
        # (a sentence an amending bill strikes or inserts ends inside its mark: "purposes.]", "longer._")
        prev = text[lines[j].start:lines[j].end].strip().rstrip("]_")
        if not prev:
            return True
        if j in heading_lines or (j in item_lines and prev.endswith(",")):
            return True
        if prev.endswith(",") and _in_wrapped_item(lines, text, j, item_lines):
            return True  # "a) the targeted search for ... in" / "human beings, or for a missing child," / "b) ..."
        # a joiner may stand alone, wrapped onto its own line ("...; " / "or" / "(b) ...")
        # (a marginal note set alone between blank lines, over a bracketed subsection, may run longer: "Use by or on
        # behalf of a public body" / "(2) For the purposes of ..." or "5. (1) ..."; not a paragraph's first wrapped
        # line: "... in Schedule" / "2. Such use ...")
        opening = text[lines[i].start:lines[i].end].split()[:2]
        bracketed = bool(opening) and (opening[0].startswith("(") or (len(opening) == 2 and opening[1].startswith("(")))
        alone = (j == 0 or not text[lines[j - 1].start:lines[j - 1].end].strip()) and bracketed
        return prev.endswith(TERMINAL) or f" {prev}".endswith(JOINERS) \
            or _looks_like_heading(prev, 12 if alone else 8)
    return True


def _in_wrapped_item(lines: list[Line], text: str, j: int, item_lines: set[int]) -> bool:
    """Is line ``j`` the last line of an item wrapped over a few lines (no blank line between)?"""
    for k in range(j - 1, max(-1, j - 6), -1):
        if not text[lines[k].start:lines[k].end].strip():
            return False
        if k in item_lines:
            return True
    return False


def _looks_like_heading(line: str, most: int = 8) -> bool:
    """A short title line (at most ``most`` words) with no closing punctuation ("Use of facial
    recognition by Law Enforcement", "(1) In general"): what follows it starts a paragraph."""
    words = line.split()
    if not words or len(words) > max(10, most):
        return False
    if line.isupper():
        return True
    if words[-1].lower() in _OPEN_ENDINGS:
        return False
    if ENUM_RE.match(line) and len(words) <= 8 and line[-1] not in ",;":
        return True
    return len(words) <= most and line[0].isupper() and line[-1].isalnum()


def _scan_items(text: str, pos: int, end: int, line_no: int) -> list[_Mark]:
    """Enumerators at ``pos`` (several when a line reads ``2. a. Except ...``)."""
    marks: list[_Mark] = []
    while pos < end:
        m = ENUM_RE.match(text, pos, end)
        if not m:
            break
        if m.group("bullet"):
            if marks:  # a dash after a label is punctuation, not a bullet
                break
            label, style, number = m.group("bullet"), "•", ""
        elif m.group("pnum"):
            label, number = m.group("label"), m.group("pnum")
            if len(number) > 1 and number.isalpha() and not _is_roman(number) and len(set(number.lower())) > 1:
                break  # "(NEW)", "(ABC)": an annotation, not an enumerator ("(aa)" and "(iv)" are)
            style = "("
        elif m.group("hnum"):
            label, number, style = m.group("label"), m.group("hnum"), "-"  # "I - ", "II – ": Latin-American items
            if not _is_roman(number):
                break
        elif m.group("snum"):
            # Ethiopian sub-articles, "1/", "2/"; an Arab law's items in translation, "1- Apply ..."
            label, number = m.group("label"), m.group("snum")
            style = "-" if label[-1] in "-–" else label[-1]  # ("1 - The security forces ...": a Lusophone number)
            if style == "-" and not text[m.end():m.end() + 1].isupper() and label[-2:-1] not in (" ", "\t"):
                break  # "18- to 25-year-olds": a number cut at a line's end, not an item "1- Apply ..."
        elif m.group("lnum"):
            # an Arab law's lettered items in translation, "a- Carrying out ...", "b- ..."
            label, number, style = m.group("label"), m.group("lnum"), "-"
            if not text[m.end():m.end() + 2].strip()[:1].isupper():
                break  # ("e- mail"): a word cut at a line's end
        elif m.group("onum"):
            label, number, style = m.group("label"), m.group("onum"), "°"
        elif m.group("inum"):
            label, number, style = m.group("label"), m.group("inum"), "I"  # "Item 2: Identifying a person ..."
        elif m.group("fnum"):
            # "Section I. In workplaces, ...": a Mexican article's fractions, in translation
            label, number, style = m.group("label"), m.group("fnum"), "F"
            if not _is_roman(number):
                break
        else:
            label, number = m.group("label"), m.group("dnum")
            if len(number) > 1 and number.isalpha() and not _is_roman(number):
                break  # "vv." is no roman numeral, so not an enumerator
            style = "." if label.endswith(".") else ")"
        marks.append(_Mark(offset=pos, kind="item", label=label, number=number, style=style,
                           body=m.end(), line=line_no))
        pos = m.end()
    return marks


def _heading_rest(rest: str) -> str:
    """The title on a heading line, when the rest of the line is a title and not body text."""
    rest = rest.strip()
    if not rest or ENUM_RE.match(rest):
        return ""  # "544.1105. 1. No state agency ...": the first item, not a title
    words = rest.split()
    title = re.match(r"([A-Z][^.:;—]{0,60}?)[.:—](?:[ \t]*[-–—])?[ \t]+[“\"]?[A-Z]\S*(?:[ \t]+\S+){2,}", rest)
    if title and len(title.group(1).split()) <= 8:
        return title.group(1)  # "Extension. The moratorium ... is extended ...": the title, not the sentence
    if words[-1].lower() in _OPEN_ENDINGS:
        return ""  # "Section 3. A department may acquire a ... product after the" / "City Council ...": wrapped
    if rest.endswith(".") and (_MODAL.search(rest) or (len(words) > 5 and _COPULA.search(rest))):
        return ""  # "IV.A.1 Members shall not use FRT ...", "2. The Court is not an agency ...": a sentence
    if len(words) <= 14 and not rest.endswith((",", ";", ":")):
        return rest
    if rest.isupper():
        return rest
    return ""


# A section's number and title run into its first subsection or its text: "1. Short title and commencement-(1) This
# Act ...", "4. Prohibition on facial recognition systems—(1) A public body ...", "14. Regulations-The Head of State
# may ..."
_RUNS_ON_RE = re.compile(r"^(\d{1,3}[A-Z]?\.?\s+\S.{2,100}?)\.?\s?[-\u2013\u2014]\s?(?:\(1\)|[A-Z][a-z]*\s)")


def contents_lines(text: str, lines: list[Line]) -> set[int]:
    """The lines of a contents list ("Contents / 1 Title / 2 Commencement / Part 1 ..."): a run of
    short numbered lines, each of which recurs word for word later as the heading it lists, ending
    where the first of them recurs. Its entries open no provision, whatever their words ("6 Public
    agencies must not carry out remote biometric identification" lists a section; it bans nothing)."""
    keys = [" ".join(text[ln.start:ln.end].split()) for ln in lines]
    later: dict[str, int] = {}
    titles: dict[str, int] = {}  # the same, by the text without a closing point (an entry and its title differ in it)
    runs_on: dict[str, int] = {}  # a heading that runs into its section's first subsection, by the heading
    for i in range(len(keys) - 1, -1, -1):
        if keys[i]:
            later.setdefault(keys[i], i)  # the last line with that text
            titles.setdefault(keys[i].rstrip("."), i)
            if (m := _RUNS_ON_RE.match(keys[i])) is not None:
                runs_on[m.group(1).rstrip(".")] = i
    def titled(j: int) -> bool:
        """Does entry ``j`` ("3 Facial recognition technology") recur as a side title over its section
        ("Facial recognition technology" / "3 (1) No public authority ...")?"""
        num, _, title = keys[j].partition(" ")
        num = num.rstrip(".")  # (the entry may carry a point its section lacks: "2. Prohibition" / "2 (1) No ...")
        # (and its title a point its side title lacks, or the other way round: "1. Short title and commencement."
        # / "Short title and commencement" over "1. This Act may be cited ...")
        if runs_on.get(keys[j].rstrip("."), j) > j:
            return True  # "1. Short title and commencement" / "1. Short title and commencement-(1) This Act ..."
        k = titles.get(title.rstrip("."), j)
        nxt = next((keys[n] for n in range(k + 1, len(keys)) if keys[n]), "")
        # (the section's number may run into its first subsection: "2.-(1) This Act shall apply ...", "2.(1) In
        # this Act ...")
        return k > j and (nxt in (num, num + ".") or nxt.startswith((num + " ", num + ". ", num + ".-", num + "(",
                                                                     num + ".(")))

    for i, key in enumerate(keys):
        if not _listed(key) or len(key.split()) > 14:
            continue
        side = later[key] == i
        if side and not titled(i):
            continue
        # where the first entry recurs, the body begins
        first = key.partition(" ")[2] if side else key
        end = next(j for j in range(i + 1, len(keys) + 1) if j == len(keys) or keys[j].rstrip(".") == first.rstrip("."))
        if side and runs_on.get(key.rstrip("."), i) > i:
            end = min(end, runs_on[key.rstrip(".")])  # (where the first entry runs into its section)
        entries = [j for j in range(i, end) if keys[j]]
        numbered = [j for j in entries if _listed(keys[j])]
        recurring = [j for j in numbered if later[keys[j]] >= end or (side and titled(j))]
        body = next((keys[j] for j in range(end + 1, len(keys)) if keys[j]), "")
        if side:  # the list ends at its last entry, and a schedule it names after it
            end = _named_schedules(keys, max(numbered) + 1)
            entries = [j for j in range(i, end) if keys[j]]
        elif any(len(keys[j].split()) > 14 for j in entries if j > max(numbered)):
            # the long title and enacting words stand between the list and the body ("An Act to restrict
            # ... / Be it enacted ... / PART 1 / 1 Interpretation"): the list ends at its last entry
            end = max(numbered) + 1
            entries = [j for j in range(i, end) if keys[j]]
        # (a text printed twice is no contents list: there the line after the entry recurs too)
        if len(numbered) >= 3 and len(recurring) >= 0.8 * len(numbered) and body != keys[entries[1]] \
                and all(len(keys[j].split()) <= 14 for j in entries):
            return set(range(_division_lines_above(keys, i, later, end), end))
        return set()
    return set()


def _division_lines_above(keys: list[str], i: int, later: dict[str, int], end: int) -> int:
    """The first line of the division headings that open a contents list above its first entry ("PART 1" /
    "INTERPRETATION" / "1 Interpretation") and recur after it: they list the Part, they open none. (A heading
    printed once, "CHAPTER 9.64 SURVEILLANCE TECHNOLOGY" over its section list, opens the whole text.)"""
    start, k = i, i - 1
    while k >= 0:
        if not keys[k]:
            k -= 1
            continue
        above = next((n for n in range(k - 1, -1, -1) if keys[n]), None)
        heading = DIVISION_RE.match(keys[k]) or (
            len(keys[k].split()) <= 8 and above is not None and DIVISION_RE.match(keys[above]))
        if heading and later.get(keys[k], k) >= end:
            start = k
            k -= 1
            continue
        return start
    return start


_LETTERED_ENTRY = re.compile(r"[A-Z]\.[ \t]+\S")  # "D. Acquiring and Receiving Information"


def _listed(key: str) -> bool:
    """Does a line open on an entry's number or letter ("3 Facial recognition", "D. Acquiring ...")?"""
    return bool(key) and (key[0].isdigit() or bool(_LETTERED_ENTRY.match(key)))


def _named_schedules(keys: list[str], j: int) -> int:
    """The end of a contents list at ``j``, past the schedules it names after its sections ("SCHEDULE"
    / "Permitted uses of unmanned aircraft")."""
    end = j
    while True:
        k = next((n for n in range(end, len(keys)) if keys[n]), len(keys))
        m = DIVISION_RE.match(keys[k]) if k < len(keys) else None
        if k == len(keys) or not (LONE_DIVISION_RE.match(keys[k]) or ORDINAL_DIVISION_RE.match(keys[k])
                                  or (m and DIVISION_KIND[m.group("word").lower()] == "annex")):
            return end
        end = k + 1
        if k + 1 < len(keys) and keys[k + 1] and _names_division(keys[k + 1]):
            end = k + 2


def _find_marks(text: str, lines: list[Line], contents: set[int]) -> list[_Mark]:
    """Pass 1: every heading and enumerator that opens a provision, in text order (none on the lines of
    a contents list)."""
    marks: list[_Mark] = []
    heading_lines: set[int] = set()
    item_lines: set[int] = set()
    last_numbered: int | None = None
    name_line = -1  # the line that names the title or article just above it
    # (a schedule with a title, "SCHEDULE – AUTHORISED PURPOSES", is a heading only where no line after it names a
    # schedule: before the body it is an entry of an arrangement of sections, whose schedule comes at the end)
    last_division = max((i for i, ln in enumerate(lines) if _DIVISION_WORD_RE.match(text, ln.start, ln.end)),
                        default=-1)
    for i, ln in enumerate(lines):
        raw = text[ln.start:ln.end]
        if not raw.strip() or i in contents:
            continue
        if i == name_line:
            heading_lines.add(i)
            continue
        at_para = _paragraph_start(lines, text, i, heading_lines, item_lines)
        prev_words = text[lines[i - 1].start:lines[i - 1].end].split() if i else []
        last_word = prev_words[-1].lower() if prev_words else ""
        if not at_para and last_word in _OPEN_ENDINGS \
                and (last_word in _REFERENCE_NOUNS or not _first_of_list(text, ln.start, ln.end, i)):
            # the sentence of the line above goes on here: no heading, no item (but "... if this is
            # indispensable for" / "a) locating a missing child," / "b) averting ...": a list opens in it)
            continue
        side_title = _side_title_line(text, lines, i, heading_lines, item_lines)
        mark = _heading_mark(raw, ln.start, i, marks, last_numbered, at_para, side_title is not None,
                             i == last_division)
        if mark is not None and mark.kind in ("section", "article") and mark.heading \
                and _next_line(text, lines, i)[:1].islower():
            mark.heading = ""  # "Sec. 2. A department's receipt ... shall not" / "be a violation": a wrapped sentence
        if mark is not None and mark.kind == "section" and mark.heading and side_title is not None \
                and (_MODAL.search(mark.heading) or _COPULA.search(mark.heading)):
            mark.heading = ""  # "Matters not affected" / "5. These Regulations do not affect": the title is above
        if mark is not None and mark.kind == "section" and not mark.heading and side_title is None \
                and not text[mark.body:ln.end].strip(" \t.:"):
            # "Section 3" / "Prohibition" / "The use of ...": a German or Nordic section's title on the line
            # below its number (a few words, no full stop, with the body on the lines after it)
            k = _next_line_index(text, lines, i)
            nxt = text[lines[k].start:lines[k].end].strip() if k is not None else ""
            body = _next_line(text, lines, k) if k is not None else ""
            # (not a sentence that leads into items, a modal after an opening phrase: "Despite section 1, a drone may
            # be used" / "(a) ..."; a title may hold a modal, "When a warrant must be obtained", but no comma)
            if _names_division(nxt) and len(nxt.split()) <= 8 and not nxt.endswith(".") and nxt[:1].isupper() \
                    and not ("," in nxt and _MODAL.search(nxt) and ENUM_RE.match(body)) \
                    and (body[:1].isupper() or ENUM_RE.match(body)) and not _is_heading_line(body):
                mark.heading, name_line = nxt, k
        if mark is not None and mark.kind != "section" and not mark.heading:
            # "I" / "Use of facial recognition by Law Enforcement": the next line names it. A lone
            # numeral over a line that is neither a name nor a heading ("I" / "119th CONGRESS", the
            # mark a printed bill carries at its top) is no title.
            k = _next_line_index(text, lines, i)
            nxt = text[lines[k].start:lines[k].end].strip() if k is not None else ""
            below = text[lines[k + 1].start:lines[k + 1].end].strip() if k is not None and k + 1 < len(lines) else ""
            wrapped = bool(below) and not nxt.endswith(".") and not _is_heading_line(below) \
                and not ENUM_RE.match(below) and (below[:1].islower() or len(nxt.split()) > 8)
            if _names_division(nxt) and not wrapped:
                # (not the first line of a sentence that goes on below: "the operator may" / "use ...")
                mark.heading, name_line = nxt, k
            elif LONE_ROMAN_RE.match(raw) and nxt[:1].isdigit() and not _is_heading_line(nxt):
                continue
        if mark is not None and mark.kind in ("section", "article") and marks and marks[-1].kind == "annex" \
                and i - marks[-1].line <= 2 and not text[mark.body:ln.end].strip(" \t.:"):
            heading_lines.add(i)
            continue  # "SCHEDULE 2" / "EXCLUDED BODIES" / "Section 10" (or "Article 4"): what brings it in
        if mark is not None:
            if mark.kind == "section" and not mark.heading and side_title is not None:
                _take_side_title(mark, text, lines, side_title, heading_lines)
            if mark.kind == "section" and NUMBERED_HEADING_RE.match(raw):
                last_numbered = _leading_int(mark.number)
            heading_lines.add(i)
            marks.append(mark)
            # NY style: "§ 106-b. Use of biometric ... schools. 1. As" -- an item after the title.
            # Indian style: "3. Restriction on use.—(1) No public authority ..." -- the same after a dash.
            # "Section 1. (NEW) (Effective July 1, 2026) (a) As used ...": annotations before the first item.
            # Turkish style: "ARTICLE 4 - (1) The prohibition ..." -- a dash between them.
            for inline in re.finditer(r"(?:[.)][ \t]+|^[ \t]*(?:[-–—][ \t]*)?)"
                                      r"(?=(?:\d{1,3}|[a-z])\.[ \t]|\(\w{1,3}\)[ \t])", raw[mark.body - ln.start:]):
                if mark.kind not in ("section", "article"):
                    break  # (Japanese style runs an article into its first paragraph: "Article 3 (1) An ...")
                start = mark.body + inline.end()
                items = _scan_items(text, start, ln.end, i)
                if items and mark.kind == "article" and not text[items[-1].body:items[-1].body + 1].isupper():
                    break  # "Article 5 (1) shall not apply where ...": a reference opening a sentence
                if items:
                    mark.heading = mark.heading if start == mark.body else text[mark.body:start].strip(" \t-–—")
                    marks.extend(items)
                    break
            continue
        if marks and marks[-1].kind == "section" and marks[-1].line == i - 1:
            # a title wrapped onto this line, then the first item: "44-1907. Voice biometric technology
            # in correctional" / "facilities. (1) As used in this section:"
            tail = WRAPPED_TITLE_RE.match(raw)
            items = _scan_items(text, ln.start + tail.end(), ln.end, i) if tail else []
            if items and items[0].number.lower() in ("1", "a", "i"):
                marks[-1].heading = " ".join(text[marks[-1].body:ln.start + tail.end()].split()).lstrip(".:—– ")
                marks.extend(items)
                item_lines.add(i)
                continue
        if not at_para and not _next_in_list(text, ln.start, ln.end, i, marks):
            continue
        if BILL_NUMBER_RE.match(raw):
            continue
        sub = SUBDIVISION_RE.match(raw)
        if sub:
            rest = sub.group("rest")
            title = re.match(r"([A-Z][^.]{0,60})\.(?:[ \t]+|$)", rest)
            marks.append(_Mark(offset=ln.start + sub.start("label"), kind="item", label=sub.group("label"),
                               number=sub.group("num"), style="subd", heading=title.group(1) if title else "",
                               body=ln.start + sub.end("label"), line=i))
            heading_lines.add(i)
            body = ln.start + sub.start("rest") + (title.end() if title else 0)
            items = _scan_items(text, body, ln.end, i) if title else []
            marks.extend(items)
            continue
        question = QUESTION_RE.match(raw)
        if question and len(question.group("q").split()) <= 30 and _next_line(text, lines, i)[:1].isupper():
            questions = sum(1 for mk in marks if mk.kind == "section" and mk.label.startswith("Q"))
            marks.append(_Mark(offset=ln.start + question.start("q"), kind="section", label=f"Q{questions + 1}",
                               number=f"Q{questions + 1}", heading=question.group("q"),
                               body=ln.start + question.end("q"), line=i))
            heading_lines.add(i)
            continue
        para = ARTICLE_PARA_RE.match(raw)
        if para and at_para and _next_paragraph(marks, int(para.group("num"))):
            # "Art. 3 Prohibitions" / "1 Federal administrative units may not ..." / "2 They may also not:":
            # the numbered paragraphs of an article, in order (Swiss and German drafting)
            marks.append(_Mark(offset=ln.start + para.start("num"), kind="item", label=para.group("num"),
                               number=para.group("num"), style="bare1", body=ln.start + para.end("num"), line=i))
            item_lines.add(i)
            continue
        bare = BARE_HEADING_RE.match(raw)
        if bare and (last_numbered is None or int(bare.group("num")) == last_numbered + 1 or
                     any(mk.style == "bare1" for mk in marks)):
            marks.append(_Mark(offset=ln.start + bare.start("label"), kind="item", label=bare.group("label"),
                               number=bare.group("num"), style="bare1", heading=bare.group("title"),
                               body=ln.start + bare.start("rest"), line=i))
            continue
        prev_line = next((text[lines[j].start:lines[j].end] for j in range(i - 1, -1, -1)
                          if text[lines[j].start:lines[j].end].strip()), "").rstrip()
        letter = BARE_LETTER_RE.match(raw)
        if letter and (prev_line.endswith((":", ";", "; and", "; or")) and
                       (letter.group("num") == "A" or any(mk.style == "bareA" for mk in marks[-3:]))):
            marks.append(_Mark(offset=ln.start + letter.start("num"), kind="item", label=letter.group("num"),
                               number=letter.group("num"), style="bareA", body=ln.start + letter.end(), line=i))
            item_lines.add(i)
            continue
        stripped = len(raw) - len(raw.lstrip())
        pos = ln.start + stripped
        if raw.lstrip().startswith(("**", "__")):
            pos += 2
        elif raw.lstrip().startswith("_("):
            pos += 1  # an inserted item in a plain-text amending bill: "_(b) ALPR data that ..."
        if relabel := RELABELLED_RE.match(text, pos, ln.end):
            pos = relabel.end()  # "[(5)] (3) use ...": an amendment renumbers the item; the new label holds
        items = _scan_items(text, pos, ln.end, i)
        if items:
            prev = next((text[lines[j].start:lines[j].end] for j in range(i - 1, -1, -1)
                         if text[lines[j].start:lines[j].end].strip()), "")
            items[0].after_following = prev.rstrip().endswith(("following:", "following—"))
            rest = text[items[-1].body:ln.end].strip()
            nxt = _next_line(text, lines, i)
            # A title stands alone: when the next line goes on in lower case, this line was wrapped
            # ("(A) It shall be unlawful for any City department" / "to obtain, retain ...").
            items[-1].heading = "" if nxt[:1].islower() else _item_heading(rest)
            if len(items) == 1 and items[0].style == "•" and not rest:
                continue
            if items[-1].heading or not rest:  # "(1) In general", "(A)": the next line opens a paragraph
                heading_lines.add(i)
            item_lines.add(i)
            marks.extend(items)
    marks = _inline_items(marks, text, lines) + _unmarked_items(marks, text, lines) \
        + _run_in_items(marks, text, lines, contents)
    return _drop_table_of_contents(sorted(marks, key=lambda mk: mk.offset), text, lines)


_ITEM_GOES_ON = (";", ",", *(j for j in JOINERS if j[0] in ";,"))  # how an item that is not the last ends


def _unmarked_items(marks: list[_Mark], text: str, lines: list[Line]) -> list[_Mark]:
    """Items with no enumerator: paragraphs set off by blank lines after a lead-in that ends with a
    colon, each but the last ending as a list item does (";", ", or") and the last with a full stop
    ("... permitted only in the following cases:" / "with the written consent ...;" / "on the basis of
    a court ruling ...;" / "for the search for missing persons ..."). They are a list like a bulleted
    one, and cite as its paragraphs."""
    held = {mk.line for mk in marks}
    paras: list[tuple[int, int]] = []  # (first line, last line) of each paragraph
    i = 0
    while i < len(lines):
        if _blank(text, lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and not _blank(text, lines[j + 1]):
            j += 1
        paras.append((i, j))
        i = j + 1

    def last_words(p: tuple[int, int]) -> str:
        return text[lines[p[1]].start:lines[p[1]].end].rstrip()

    def unmarked(p: tuple[int, int]) -> bool:
        first = text[lines[p[0]].start:lines[p[0]].end].strip()
        return p[0] not in held and not ENUM_RE.match(first) and not DEFINITION_LINE_RE.match(first) \
            and not _is_heading_line(first) and not _looks_like_heading(first)

    out: list[_Mark] = []
    for k, lead in enumerate(paras[:-1]):
        if not last_words(lead).endswith(":"):
            continue
        run: list[tuple[int, int]] = []
        for p in paras[k + 1:]:
            if not unmarked(p):
                break
            run.append(p)
            if not last_words(p).endswith(_ITEM_GOES_ON):
                break
        if len(run) < 2 or not last_words(run[-1]).endswith("."):
            continue
        for p in run:
            ln = lines[p[0]]
            raw = text[ln.start:ln.end]
            start = ln.start + len(raw) - len(raw.lstrip())
            out.append(_Mark(offset=start, kind="item", label="", number="", style="•", body=start, line=p[0]))
    return out


def _inline_items(marks: list[_Mark], text: str, lines: list[Line]) -> list[_Mark]:
    """Items that open inside a wrapped line, after a sentence ends: "... the device. (b) The agency
    may ...". Only the next value of a list already open at that style counts, so "subsection (b)
    of this section" or a quoted "(3)" never opens one."""
    out: list[_Mark] = []
    extra: list[_Mark] = []
    for k, mk in enumerate(marks):
        out.append(mk)
        if mk.kind != "item" or mk.style not in ("(",):
            continue
        end = marks[k + 1].offset if k + 1 < len(marks) else len(text)
        last = mk.number
        for m in INLINE_ITEM_RE.finditer(text, mk.body, end):
            num = m.group("num")
            if not _successor(last, num):
                continue
            extra.append(_Mark(offset=m.start("label"), kind="item", label=m.group("label"), number=num, style="(",
                               body=m.end(), line=mk.line))
            last = num
    return sorted(out + extra, key=lambda mk: mk.offset)


# An enumerator run into its paragraph after a colon or a semicolon: "for the following purposes: (i)
# searching for a missing person; (ii) responding to ...; or (iii) ..."
RUN_IN_RE = re.compile(r"(?P<lead>[:;])(?:[ \t]+(?:and|or))?[ \t]+(?P<label>\((?P<num>[a-z]{1,4}|\d{1,3}|[A-Z])\))"
                       r"[ \t]+(?=\S)")


def _run_in_items(marks: list[_Mark], text: str, lines: list[Line], contents: set[int]) -> list[_Mark]:
    """A list run into one paragraph: its first item opens after a colon, each next one after a
    semicolon, with the next value of the same style ("(i) ...; (ii) ...; or (iii) ..."). A lone
    "(a)" after a colon, or a label that does not follow its predecessor, is a reference, not a list."""
    taken = {mk.offset for mk in marks}
    held = {mk.line for mk in marks}
    out: list[_Mark] = []
    for i, ln in enumerate(lines):
        if i in contents or ":" not in text[ln.start:ln.end]:
            continue
        run: list[re.Match] = []
        found: list[_Mark] = []
        for m in RUN_IN_RE.finditer(text, ln.start, ln.end):
            num = m.group("num")
            if m.group("lead") == ":" and num in ("a", "i", "1", "A"):
                if len(run) >= 2:
                    found += [_run_in_mark(r, i) for r in run]
                run = [m]
            elif run and m.group("lead") == ";" and _successor(run[-1].group("num"), num):
                run.append(m)
        if len(run) >= 2:
            found += [_run_in_mark(r, i) for r in run]
        if found:
            out += found
            k = _next_line_index(text, lines, i)
            # (a line wrapped mid-sentence goes on in the next: "...; or (iii) a fire, and" / "only if ...")
            ends = text[ln.start:ln.end].rstrip().endswith((*TERMINAL, "|"))
            if k is not None and k not in held and ends:
                # the list ends with its paragraph: the next line is no word of its last item
                out.append(_Mark(offset=lines[k].start, kind="heading", label="", number="", heading="",
                                 body=lines[k].start, line=k))
    return [mk for mk in out if mk.offset not in taken]


def _run_in_mark(m: re.Match, line_no: int) -> _Mark:
    return _Mark(offset=m.start("label"), kind="item", label=m.group("label"), number=m.group("num"), style="(",
                 body=m.end(), line=line_no)


# Words an item never opens with, but a cross-reference wrapped onto its line goes on with:
# "... enforce subsection" / "(b) of this section", "(b) shall apply".
_REFERENCE_GOES_ON = _OPEN_ENDINGS - {"a", "an", "the", "any", "such", "to"}


def _next_in_list(text: str, start: int, end: int, line_no: int, marks: list[_Mark]) -> bool:
    """Does the enumerator opening this line (after a line with no closing punctuation) go on the
    list that is open: ``(b)`` after ``(a) ... a City official`` (a draft that lost its "; or")?
    It must be the next value of the latest item of its style under the current heading, and the
    words after it must not go on a cross-reference ("(b) of this section")."""
    lone = _lone_item(text, start, end, line_no)
    if lone is None:
        return False
    mark, first_word = lone
    if _opens_list_mid_sentence(text, end, line_no, mark, first_word):
        return True
    if mark.style != "(":
        return False
    if first_word.lower().strip(",;:") in _REFERENCE_GOES_ON:
        return False
    for prev in reversed(marks):
        if prev.kind != "item":
            break  # a heading since: no list of this style is open
        if prev.style == mark.style and _same_family(prev.number, mark.number):
            return _successor(prev.number, mark.number)
    return False


def _lone_item(text: str, start: int, end: int, line_no: int) -> tuple[_Mark, str] | None:
    """The one enumerator ("(b)", "b.", "b)") that opens the line, and the first word after it."""
    stripped = start + len(text[start:end]) - len(text[start:end].lstrip())
    found = _scan_items(text, stripped, end, line_no)
    if len(found) != 1 or found[0].style not in ("(", ".", ")"):
        return None
    rest = text[found[0].body:end].split()
    return (found[0], rest[0]) if rest else None


def _first_of_list(text: str, start: int, end: int, line_no: int) -> bool:
    """Does the line open with the first item of a list whose second item opens a later line?"""
    lone = _lone_item(text, start, end, line_no)
    return lone is not None and _opens_list_mid_sentence(text, end, line_no, *lone)


def _opens_list_mid_sentence(text: str, end: int, line_no: int, mark: _Mark, first_word: str) -> bool:
    """A list that opens inside a sentence ("except for the purpose of identifying a vehicle" /
    "(a) that has been reported stolen;"): its first item, when the next line holds the second, and
    the words after it are not those of a cross-reference ("(a) of this section")."""
    if mark.number not in ("a", "1", "i", "A"):
        return False
    if first_word.lower() in _REFERENCE_WORDS:
        # "... under subsection\n(a) of this section": a reference the line break cut; but "if the comparison
        # is necessary\n1) in the preliminary investigation ...,\n2) ...": a list of its own whose words run on
        before = text[:mark.offset].rstrip().split()
        if not before or before[-1].lower().strip(".,;:") in _REFERENCE_NOUNS | _TITLE_ENDINGS_CITED \
                or not before[-1][-1:].isalpha():
            return False
    for line in text[end:end + 2000].split("\n")[1:]:
        if not line.strip():
            continue
        following = _scan_items(line, len(line) - len(line.lstrip()), len(line), line_no)
        if following:
            return following[0].style == mark.style and _successor(mark.number, following[0].number)
        if not line.strip()[:1].isalpha():
            return False
    return False


# Words that make "(a) of this section" a cross-reference, not an item.
_REFERENCE_WORDS = frozenset({"of", "in", "and", "or", "shall", "is", "are", "does", "may", "above", "below"})


def _same_family(a: str, b: str) -> bool:
    """Both numbers, both lower-case letters or both capitals: the values of one list."""
    return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha() and a.islower() == b.islower())


# Turkish (and Azerbaijani) drafting letters items in its own alphabet: "c) ...", "ç) ...", "d) ...".
_TURKISH_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"


def _dotted_point(m: re.Match, marks: list[_Mark]) -> str:
    """The item style of a point numbered after its paragraph ("1.2." under an article's "1."), or ""
    when the number is a section's: the paragraph, or an earlier point of it, must be the last open
    item (no heading or section since), and the number must end in a point ("1.2.", not "1.2"), or its
    words open in lower case ("3.1 the review of content ...")."""
    num = m.group("num")
    if num.count(".") != 1 or m.group("label") != num:
        return ""
    # ("1.2 the review of ...": with no point after it, a number whose words open in lower case is a
    # point too; so is one under a paragraph that is only a title, "2. Authorized Uses." / "2.1 Receiving
    # real-time alerts ..."; otherwise a section would open on its title or a capital)
    bare = not m.string[m.end("label"):].startswith(".")
    lower = m.group("rest").lstrip()[:1].islower()
    parent = num.split(".")[0]
    style = "point:" + parent
    for mark in reversed(marks):
        if mark.kind != "item":
            return ""
        if mark.style == style or mark.number == parent:
            # (not where the text already numbers its sections "4.1", "4.2" under titles: there "7.1" is one too)
            titled = ((mark.number == parent and bool(mark.heading)) or mark.style == style) and not any(
                mk.kind == "section" and "." in mk.number for mk in marks)
            return style if not bare or lower or titled else ""
    return ""


def _successor(last: str, num: str) -> bool:
    if last.isdigit() and num.isdigit():
        return int(num) == int(last) + 1
    if len(last) == 1 and len(num) == 1 and last.isalpha() and num.isalpha() and last.islower() == num.islower():
        a, b = last.lower(), num.lower()
        turkish = a in _TURKISH_ALPHABET and b in _TURKISH_ALPHABET and \
            _TURKISH_ALPHABET.index(b) == _TURKISH_ALPHABET.index(a) + 1
        return ord(num) == ord(last) + 1 or (turkish and not (a.isascii() and b.isascii()))
    if _is_roman(last) and _is_roman(num) and last.islower() == num.islower():
        return _roman_value(num) == _roman_value(last) + 1  # "(i) ... / (ii) ...", opened mid-sentence
    return False


def _next_line_index(text: str, lines: list[Line], i: int) -> int | None:
    """The index of the next line after ``i`` that has words (None at the end)."""
    return next((j for j in range(i + 1, len(lines)) if text[lines[j].start:lines[j].end].strip()), None)


def _next_line(text: str, lines: list[Line], i: int) -> str:
    """The next line after ``i`` that has words, stripped ("" at the end)."""
    j = _next_line_index(text, lines, i)
    return text[lines[j].start:lines[j].end].strip() if j is not None else ""


def _item_heading(rest: str) -> str:
    words = rest.split()
    if 0 < len(words) <= 8 and rest[0].isupper() and ";" not in rest and \
            not rest.endswith((".", ",", ":", "—", "-")) and words[-1].lower() not in _OPEN_ENDINGS:
        return rest
    if 0 < len(words) <= 6 and rest[0].isupper() and rest.endswith(".") and not _MODAL.search(rest):
        return rest.rstrip(".")  # "What is still allowed." alone on its line
    m = re.match(r"^([A-Z][\w’' ]{2,40})\.\s+[A-Z“\"]", rest)
    if m and len(m.group(1).split()) <= 4:
        return m.group(1)
    return ""


def _cut_citation(m: re.Match, raw: str) -> bool:
    """Did the section pattern stop inside a citation that goes on ("Section 27.03(a) does not prevent:" read
    as "Section 27." and "03(a) ...")? Then the line is a sentence that opens on a reference, no heading."""
    return raw[m.end("num"):m.end("num") + 1] == "." and raw[m.end("num") + 1:m.end("num") + 2].isdigit()


def _heading_mark(raw: str, start: int, line_no: int, marks: list[_Mark], last_numbered: int | None,
                  at_para: bool, titled: bool = False, last_division: bool = False) -> _Mark | None:
    """A heading on this line, if any. Headings that name themselves (Section, §, Article ...)
    may follow an unpunctuated line, as on web renderings; bare numbers need a paragraph start. ``last_division``:
    no later line opens on the word of a schedule or an annex."""
    m = DIVISION_RE.match(raw)
    if m and not _starts_lower(m.group("rest")) and (len(m.group("rest").split()) <= 16 or at_para
                                                      or m.group("rest").isupper()):
        # (a long sentence after "Art. 8º" at a paragraph's start is the article's own text)
        kind = DIVISION_KIND[m.group("word").lower()]
        return _mark_from(m, start, kind, line_no)
    m = SECTION_RE.match(raw)
    if m and not _starts_lower(m.group("rest")) and not _cut_citation(m, raw):
        return _mark_from(m, start, "section", line_no)
    m = TRAILING_SIGN_SECTION_RE.match(raw)
    if m and (at_para or not m.group("rest").strip()) and not _starts_lower(m.group("rest")):
        return _mark_from(m, start, "section", line_no)
    m = SOLE_ARTICLE_RE.match(raw)
    if m and at_para and not _starts_lower(m.group("rest")):
        return _mark_from(m, start, "article", line_no)
    m = LONE_DIVISION_RE.match(raw) or ORDINAL_DIVISION_RE.match(raw) \
        or (last_division and TITLED_DIVISION_RE.match(raw))
    if m and at_para:
        return _mark_from(m, start, DIVISION_KIND[m.group("word").lower()], line_no)
    m = CODE_SECTION_RE.match(raw)
    point = _dotted_point(m, marks) if m and at_para else ""
    if point:
        # Kosovo drafting numbers a paragraph's points by it: "1. ... for the following purposes:" /
        # "1.1. the targeted search ..." / "1.2. ...": points of paragraph 1, not sections
        return _Mark(offset=start + m.start("label"), kind="item", label=m.group("label") + ".",
                     number=m.group("num"), style=point, body=start + m.start("rest"), line=line_no)
    if m and (_code_section_ok(m) or _extends_last(m.group("num"), marks)) \
            and (at_para or not m.group("rest").strip()):
        # a code number alone on its line is a heading even under a page header ("... Introduced:
        # March 3, 2024" / "8.80.030"); the caller has ruled out a sentence running on into it
        return _mark_from(m, start, "section", line_no)
    if not at_para:
        return None
    m = POINT_SECTION_RE.match(raw)
    if m and not (marks and marks[-1].number.endswith(m.group("label"))):
        # (not the title line under the regulation's full number: "COMAR 12.04.13.05" / ".05 Analysis of ...")
        return _mark_from(m, start, "section", line_no)
    m = SIDE_HEADING_RE.match(raw)
    if m and len(m.group("title").split()) <= 14 and not _lead_in_sentence(m.group("title"), m.group("rest")):
        return _Mark(offset=start + m.start("label"), kind="section", label=m.group("label"), number=m.group("num"),
                     heading=m.group("title").strip(), body=start + m.start("rest"), line=line_no)
    m = GLUED_SECTION_RE.match(raw)
    if m:
        return _Mark(offset=start + m.start("label"), kind="section", label=m.group("label"), number=m.group("num"),
                     heading="", body=start + m.start("rest"), line=line_no)
    m = OUTLINE_RE.match(raw) or ROMAN_TITLE_RE.match(raw)
    if m and (not m.group("rest").strip() or m.group("rest").lstrip()[0].isupper()):
        return _mark_from(m, start, "section", line_no)
    m = NUMBERED_HEADING_RE.match(raw)
    if m:
        num = _leading_int(m.group("num"))
        lettered = not m.group("num").isdigit()  # "40F" after "40E": inserted sections share a number
        in_items = bool(marks) and marks[-1].kind == "item"
        words = len(m.group("rest").split())
        cut = m.group("rest").split()[-1].lower() in _OPEN_ENDINGS  # "1. The following AI practices shall be"
        # "1. Short title" opens the numbered sections; once they run, a longer (or wrapped) title
        # may follow ("202. Rule of construction with respect to State and local privacy protections").
        if (last_numbered is None and not in_items and words <= 8 and not cut) or \
                (last_numbered is not None and (num > last_numbered or (lettered and num == last_numbered))
                 and words <= 14):
            return _mark_from(m, start, "section", line_no)
    m = SEQUEL_SECTION_RE.match(raw)
    if m and (_sequel(marks, int(m.group("num"))) or (titled and _under_division(marks))):
        # (or "Definitions" / "1. In this Act ...": a numbered section under its side title)
        # "5. Regulation 3(1) does not apply where ..." after "4.—(1) ...": the next regulation
        para = _in_schedule(marks)  # a schedule's paragraphs are its items: "Schedule 1(2)"
        return _Mark(offset=start + m.start("label"), kind="item" if para else "section", label=m.group("label"),
                     number=m.group("num"), heading="", body=start + m.end(), line=line_no,
                     style="para" if para else "")
    m = LEADING_SIDE_HEADING_RE.match(raw)
    if m and len(m.group("title").split()) <= 10 and m.group("title").split()[-1].lower() not in _TITLE_ENDINGS_CITED \
            and (_sequel(marks, int(m.group("num")))
                 or (m.group("num") == "1" and not any(mk.kind == "section" for mk in marks))):
        # (the next section's number, or the first: not "... as provided in Article 5. The Board ...")
        return _Mark(offset=start + m.start("title"), kind="section", label=m.group("label"), number=m.group("num"),
                     heading=m.group("title").strip(), body=start + m.start("rest"), line=line_no)
    m = LONE_ROMAN_RE.match(raw)
    if m:
        mk = _Mark(offset=start + m.start("num"), kind="title", label=m.group("num"), number=m.group("num"),
                   body=start + m.end("num"), line=line_no)
        return mk
    return None


def _blank(text: str, line: Line) -> bool:
    return not text[line.start:line.end].strip()


def _side_title_line(text: str, lines: list[Line], i: int, heading_lines: set[int],
                     item_lines: set[int]) -> int | None:
    """The line above line i when it is a title on its own ("Interpretation", "Definitions"): short,
    capitalized, unpunctuated, after a blank line or a finished sentence; else None."""
    j = i - 1
    if j > 1 and _blank(text, lines[j]) and _blank(text, lines[j - 2]):
        j -= 1  # a title standing alone between blank lines over its section ("Interpretation" / "" / "2 In ...")
    if j < 0:
        return None
    prev = text[lines[j].start:lines[j].end].strip()
    above = text[lines[j - 1].start:lines[j - 1].end].strip() if j > 0 else ""
    if not prev or j in heading_lines or j in item_lines or (above and not above.endswith(TERMINAL)):
        return None
    if _looks_like_heading(prev) and prev[:1].isupper() and not ENUM_RE.match(prev) and not prev.isupper():
        return j
    return None


def _next_paragraph(marks: list[_Mark], num: int) -> bool:
    """Is ``num`` the next bare-numbered paragraph of the article just opened (1 right under its
    heading, else one more than the article's last paragraph)?"""
    for mk in reversed(marks):
        if mk.kind == "item" and mk.style == "bare1":
            return num == int(mk.number) + 1 if mk.number.isdigit() else False
        if mk.kind != "item":
            return mk.kind == "article" and num == 1
    return False


def _under_division(marks: list[_Mark]) -> bool:
    """Is the text at the top of the law or right under a chapter, part or title (not in a section or
    a schedule, whose numbered paragraphs are its items)?"""
    last = next((mk for mk in reversed(marks) if mk.kind != "item"), None)
    return last is None or last.kind in ("chapter", "title")


def _take_side_title(mark: _Mark, text: str, lines: list[Line], j: int, heading_lines: set[int]) -> None:
    """UK style: a title on its own line (line j) above a numbered regulation ("Interpretation" /
    "2.—(1) In these Regulations—") is that regulation's heading, and the provision starts at it."""
    prev = text[lines[j].start:lines[j].end]
    mark.heading, mark.offset = prev.strip(), lines[j].start + len(prev) - len(prev.lstrip())
    heading_lines.add(j)


def marginal_note(text: str) -> bool:
    """Is ``text`` (what follows a lead-in's dash or colon) a marginal note printed beside or under it
    ("Permitted uses of number plate data.") rather than words of the sentence: a few words, the first
    capitalised, ending on a point, with no stop inside?"""
    words = text.split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and text.rstrip().endswith(".") \
        and not any(w[:-1].endswith((".", ";", ",")) for w in words)


def _lead_in_sentence(title: str, rest: str) -> bool:
    """ "10. These Regulations do not apply in relation to—": a sentence leading into items, not a title
    (with nothing after the dash, or only a marginal note: "shall not prevent—      Permitted uses.")."""
    words = title.split()
    return (not rest.strip() or marginal_note(rest)) and (bool(_MODAL.search(title) or _COPULA.search(title))
                                                          or words[-1].lower() in _OPEN_ENDINGS)


def _sequel(marks: list[_Mark], num: int) -> bool:
    """Is "N." the section after the last one, a bare-numbered section with no "N-1." item open under it?
    Under a schedule its paragraphs number from 1 again ("SCHEDULE 1" / "PART 1" / "1 Section 1 does not
    prohibit ...")."""
    last = None
    for mk in reversed(marks):
        if mk.kind == "section":
            last = mk
            break
        if mk.kind == "item" and mk.style == "para":
            return _leading_int(mk.number) == num - 1  # the schedule's next paragraph
        if mk.kind == "annex" and _in_schedule(marks):
            return num == 1
    if last is None or not re.fullmatch(r"\d{1,4}\.?", last.label) or _leading_int(last.number) != num - 1:
        return False
    return not any(mk.kind == "item" and mk.style == "." and mk.offset > last.offset for mk in marks)


def _in_schedule(marks: list[_Mark]) -> bool:
    """Is the text now inside a schedule: an annex mark after the last section, with sections before it
    (an arrangement of sections lists "Schedule 1: ..." before any section: not a schedule yet)?"""
    for n in range(len(marks) - 1, -1, -1):
        if marks[n].kind in ("section", "chapter", "article"):
            return False
        if marks[n].kind == "annex":
            return any(marks[k].kind == "section" for k in range(n))
    return False


def _leading_int(number: str) -> int:
    """The number of a section label without its letters: "40F" -> 40."""
    return int(re.match(r"\d+", number).group())


def _is_heading_line(line: str) -> bool:
    return bool(DIVISION_RE.match(line) or SECTION_RE.match(line) or CODE_SECTION_RE.match(line)
                or TRAILING_SIGN_SECTION_RE.match(line)
                or OUTLINE_RE.match(line) or NUMBERED_HEADING_RE.match(line) or LONE_ROMAN_RE.match(line))


def _names_division(line: str) -> bool:
    """Is ``line`` the name of the title or article above it (words, not a heading or an item)?"""
    return bool(line) and line[0].isalpha() and len(line.split()) <= 16 and not line.endswith((",", ";", ":")) \
        and not _is_heading_line(line) and not ENUM_RE.match(line)


_CITED_UNIT = re.compile(r"(?:\([0-9A-Za-z]{1,4}\)[ \t]*)+")  # "(1)", "(2)(a)": a subdivision of the section cited


def _starts_lower(rest: str) -> bool:
    """``Section 2721 of title 18 ... is amended`` is prose that names a section, not a heading; so is
    "§ 1 (1) does not cover measures ...", the subdivision cited before the verb (not "§ 5 (1) The
    police ...", where the section's own first subsection opens)."""
    rest = rest.strip()
    m = _CITED_UNIT.match(rest)
    if m and m.end() < len(rest):
        rest = rest[m.end():]
    return bool(rest) and rest[0].islower()


def _extends_last(num: str, marks: list[_Mark]) -> bool:
    """Does ``num`` number a subdivision of the last numbered section ("3.2.2.1" after "3.2.2 ALPR
    data may be queried only:"), whatever case its text opens with ("to locate a vehicle ...")?"""
    last = next((mk for mk in reversed(marks) if mk.kind == "section" and mk.number), None)
    if last is None or "." not in num:
        return False
    parent = num.rsplit(".", 1)[0]
    # its first subdivision ("3.2.2" -> "3.2.2.1") or the next one ("3.2.2.1" -> "3.2.2.2")
    return last.number == parent or ("." in last.number and last.number.rsplit(".", 1)[0] == parent)


def _code_section_ok(m: re.Match) -> bool:
    """``16-62   ORDINANCE ...`` or ``9.85.010 Purpose.`` but not ``2024-17 budget`` prose."""
    rest = m.group("rest").strip()
    num = m.group("num")
    if re.fullmatch(r"\d{4}-\d{1,2}", num) and rest and not rest[0].isupper():
        return False
    if ":" in num and re.match(r"(?:[AaPp]\.?[Mm]\b|o'clock)", rest):
        return False  # "10:30 a.m. Public hearing": a time
    if not rest:
        return True
    if rest.startswith("|") and rest.count("|") >= 2:
        return True  # "4.7  | Purchasing ... | Not permitted | ...": a numbered row of a table
    item = ENUM_RE.match(rest)
    if item and rest[item.end():item.end() + 1].isupper():
        return True  # "544.1105. 1. No state agency ...": the section, then its first item
    return rest[0].isupper() or (rest[0] in "“\"(" and len(rest.split()) <= 16)


def _mark_from(m: re.Match, line_start: int, kind: str, line_no: int) -> _Mark:
    rest = m.group("rest") or ""
    heading = _heading_rest(rest)
    body = m.end("label")
    while body < len(m.string) and m.string[body] in " \t:.-–—":
        body += 1  # past the label's own stop: "Article 11: In the event of ..." is quoted from "In"
    return _Mark(offset=line_start + m.start("label"), kind=kind, label=m.group("label").strip(),
                 number=_clean_num(m.group("num")), heading=heading, body=line_start + body,
                 line=line_no)


# The end of a title wrapped onto the next line, before the first item: "facilities. (1) As used".
WRAPPED_TITLE_RE = re.compile(r"[ \t]*(?P<tail>[a-z][^.:;—\n]{0,60}[.:—])[ \t]+(?=\(\w{1,3}\)[ \t])")
_MODAL = re.compile(r"\b(?:shall|may|must|will)\b")
# A line that stops on a verb still waiting for its object, or on a word that cannot end a title: a lead-in
# ("Biometric surveillance does not cover"), not a heading ("Recordings must be destroyed").
_WANTS_OBJECT = re.compile(r"\b(?:cover|covers|include|includes|mean|means|comprise|comprises|encompass|encompasses"
                           r"|are|is|of|to|for|by|the|following)$", re.I)
_COPULA = re.compile(r"\b(?:is|are|does|do|has|have)\b")
# A verb that makes a line a sentence rather than a long title in a table of contents.
_VERB = re.compile(r"\b(?:shall|may|must|will|is|are|means|includes|has|have|applies|does|do|did|can|cannot)\b")
# A title, then a sentence of three words or more on the same line.
_SENTENCE_AFTER_TITLE = re.compile(r"[.:—][ \t]+[“\"]?[A-Z][\w’'-]*(?:[ \t]+\S+){2,}")


def _drop_table_of_contents(marks: list[_Mark], text: str, lines: list[Line]) -> list[_Mark]:
    """Drop table-of-contents entries (Santa Cruz's "Sections:" list): section headings with no
    words of their own before the next section heading, when three or more come in a row or when
    the same number recurs later as the real section. A long entry's title may wrap: a line that
    goes on in lower case ("and face recognition technology.") is still the title, not words."""

    def empty(i: int) -> bool:
        mk = marks[i]
        nxt = marks[i + 1] if i + 1 < len(marks) else None
        if nxt is None or nxt.kind == "item" or mk.kind == "item":
            return False  # (an entry may name a schedule: "Schedule 2: Institutions to which ...")
        own = text[mk.body:lines[mk.line].end]
        body = own.strip().lstrip(":.—– ")
        if mk.heading and body.startswith(mk.heading):
            body = body[len(mk.heading):]  # the words after the title on its line
            own = body
        if _SENTENCE_AFTER_TITLE.search(own) or (body.strip(" .:") and (_VERB.search(body) or len(body.split()) > 20)):
            return False  # "Section 1. Extension. The moratorium ... is extended ...": words of its own
        if body.strip()[:1].islower() or body.rstrip().endswith(";"):
            return False  # "4.1.1. installing number-plate readers on public roads;": a point of a list,
            # not a title (a contents entry opens in capitals and ends in no semicolon)
        between = text[lines[mk.line].end:nxt.offset].strip()
        if len(body.split()) + len(between.split()) > 20:
            return False  # a purpose that wraps onto a second line ("2.4 To respond to an ongoing threat ...
            # such as an active shooter or a hostage" / "situation, ..."): a sentence, not a title
        return all(not part.strip() or part.lstrip()[0].islower() for part in between.split("\n"))

    last_index: dict[tuple[str, str], int] = {}
    for i, mk in enumerate(marks):
        if mk.kind != "item":
            last_index[mk.kind, mk.number.lower()] = i
    drop: set[int] = set()
    i = 0
    while i < len(marks):
        j = i
        while j < len(marks) and empty(j):
            j += 1
        run = range(i, j)
        if len(run) >= 3:
            drop.update(run)
        else:
            drop.update(k for k in run if last_index.get((marks[k].kind, marks[k].number.lower()), k) > k)
        i = max(j, i + 1)
    # A schedule named in the arrangement before the first provision ("SCHEDULE / Permitted uses
    # ..." under the contents) is an entry of it when the same schedule is printed after the body.
    first_body = next((k for k, mk in enumerate(marks) if mk.kind != "annex" and k not in drop), len(marks))
    drop.update(k for k in range(first_body) if marks[k].kind == "annex"
                and last_index.get(("annex", marks[k].number.lower()), k) > k)
    return [mk for k, mk in enumerate(marks) if k not in drop]


def _ordinal(style: str, value: str) -> int | None:
    """The place of ``value`` in its list: 3 for "3", "c", "iii"; None when it has none ("3A")."""
    kind = style[-1:]
    if kind == "1":
        return int(value) if value.isdigit() else None
    if kind in "iI":
        return _roman_value(value) if _is_roman(value) else None
    if kind in "aA" and value.isalpha() and len(set(value.lower())) == 1:
        return ord(value[0].lower()) - ord("a") + 1 + 26 * (len(value) - 1)
    return None


def _out_of_sequence(marks: list[_Mark], i: int, style: str, last: str) -> bool:
    """Is item ``i``, at an open level whose last value is ``last``, no sibling of it?

    Conforming amendments quote the text they insert ("by inserting after paragraph (2) the
    following: (3) a department operated ..."), and that text carries its own enumerators. An item
    that goes back ("(3)" after "(6)"), jumps ahead right after "the following:", or jumps ahead
    where the next item at its level takes the sequence up again ("(b) ... (f) ... (c)"), is such
    text: it belongs to the provision above it.
    A list that starts again at its first value is left alone (a new list, as in an excerpt)."""
    mk = marks[i]
    new, prev = _ordinal(style, mk.number), _ordinal(style, last)
    if new is None or prev is None or new == 1 or new == prev + 1:
        return False
    if new <= prev or mk.after_following:
        return True
    for m in marks[i + 1:]:
        if m.kind != "item":
            break
        if m.style == style[0] and m.number.islower() == mk.number.islower() and \
                _ordinal(style, m.number) == prev + 1:
            return True
    return False


# Item styles that are lists of their own, read as numbers or letters when counting on.
_OWN_LIST_KIND = {"para": "1", "subd": "1", "bare1": "1", "bareA": "A"}


def _list_goes_on(marks: list[_Mark], i: int, stack: list[tuple[str, str]]) -> bool:
    """Does the item after the heading at ``i`` take an open list on ("3." under a heading after
    "2.")? Then the heading is one inside the list (or a page's running head), and it closes nothing."""
    nxt = marks[i + 1] if i + 1 < len(marks) else None
    if nxt is None or nxt.kind != "item":
        return False
    cands = [nxt.style] if nxt.style in ("subd", "bare1", "bareA", "para", "•") else _item_styles(nxt.style, nxt.number)
    for style, last in stack:
        if style == "•" and "•" in cands:
            return True
        kind = _OWN_LIST_KIND.get(style, style)
        new, prev = (_ordinal(kind, nxt.number), _ordinal(kind, last)) if style in cands else (None, None)
        if new is not None and prev is not None and new == prev + 1:
            return True
    return False


def _resolve_styles(marks: list[_Mark]) -> list[_Mark]:
    """Give every item its level style, deciding roman-or-letter from siblings and lookahead.

    Returns the marks that open provisions: items out of sequence at their level are dropped."""
    kept: list[_Mark] = []
    # Open item styles under the current heading, with the last value seen at each level.
    stack: list[tuple[str, str]] = []
    for i, mk in enumerate(marks):
        if mk.kind == "heading":
            if stack and not _list_goes_on(marks, i, stack):
                stack = []
                kept.append(mk)
            continue
        if mk.kind != "item":
            stack = []
            kept.append(mk)
            continue
        if mk.style == "•":
            mk.number = ""
            cands = ["•"]
        elif mk.style in ("subd", "bare1", "bareA", "para") or mk.style.startswith("point:"):
            cands = [mk.style]  # their own kinds of list: no roman-or-letter question
        else:
            cands = _item_styles(mk.style, mk.number)
        chosen = cands[0]
        if len(cands) == 2:
            roman, letter = cands
            levels = {s: v for s, v in stack}
            if roman in levels and _is_roman(levels[roman]) and \
                    _roman_value(mk.number) == _roman_value(levels[roman]) + 1:
                chosen = roman
            elif letter in levels and levels[letter] == _letter_pred(mk.number):
                nxt = next((m for m in marks[i + 1:] if m.kind == "item" and m.style == mk.style), None)
                follows_roman = nxt is not None and nxt.number.lower() == "ii" and mk.number.lower() == "i"
                chosen = roman if follows_roman else letter
            elif roman in levels or mk.number.lower() == "i":
                chosen = roman
            else:
                chosen = letter
        last = dict(stack).get(chosen)
        if last is not None and _out_of_sequence(marks, i, chosen, last):
            continue
        mk.style = chosen
        kept.append(mk)
        if chosen in (s for s, _ in stack):
            while stack[-1][0] != chosen:
                stack.pop()
            stack[-1] = (chosen, mk.number)
        else:
            stack.append((chosen, mk.number))
    return kept


# Matter an amending bill inserts, printed between signed braces in plain text: "{ + (b) To search for
# a person reported missing. + }", "{+shall+}" (a minus sign marks matter struck out: analysis/amendments.py).
INSERTION_MARK = re.compile(r"\{ ?\+(?!\+)|(?<![+{])\+ ?\}")


def without_insertion_marks(text: str) -> str:
    """``text`` with the marks around inserted matter turned to spaces (same length): the inserted
    "(b)" opens an item as a printed one does."""
    return INSERTION_MARK.sub(lambda m: " " * len(m.group()), text) if "+" in text else text


def parse(text: str, lines: list[Line], contents: set[int] | None = None) -> list[Provision]:
    """The provision tree of ``text``: a root, then every provision in text order (preorder).
    ``contents``: the lines of its contents list, when the caller has found them already."""
    text = without_insertion_marks(text)
    if contents is None:
        contents = contents_lines(text, lines)
    marks = _resolve_styles(_with_heading_breaks(_find_marks(text, lines, contents), text, lines, contents))
    root = Provision(index=0, id="doc", citation="", kind="root", label="", number="", heading="",
                     start=0, end=len(text), body_start=0, depth=0, parent=None)
    builder = _Builder(text, [root])
    open_: list[_Open] = [_Open(root, "", 0)]
    bullet_count: dict[int, int] = {}
    for mk in marks:
        if mk.kind == "item":
            styles = [o.style for o in open_]
            if mk.style in styles and _restarts_under_lead_in(text, open_[-1], mk):
                styles = []  # "(d) ...\n'surveillance' means ..., but does not include -\n(a) ...": a new list
                # the words before it lead into, under the item those words run on from
            if mk.style in styles:
                while open_[-1].style != mk.style:
                    open_.pop()
                open_.pop()
            parent = open_[-1].prov
            if mk.style == "•":
                bullet_count[parent.index] = bullet_count.get(parent.index, 0) + 1
                mk.number = str(bullet_count[parent.index])
            prov = builder.add(mk, parent, parent.depth + 1)
            open_.append(_Open(prov, mk.style, 9))
        else:
            rank = RANK[mk.kind]
            if mk.kind == "title" and any(o.prov.kind == "annex" for o in open_):
                rank = 3.5  # "SCHEDULE 1" / "PART 1": a part of the schedule, under it
            # a schedule, annex or appendix stands beside the whole body, whatever Part it follows
            closes = 0 if mk.kind == "annex" else rank
            while len(open_) > 1 and open_[-1].rank >= closes and not _subsection_of(mk, open_[-1].prov) \
                    and not _outline_item_of(mk, open_[-1].prov, text, builder.provisions):
                open_.pop()
            parent = open_[-1].prov
            prov = builder.add(mk, parent, parent.depth + 1)
            open_.append(_Open(prov, "", rank))
    _set_ends(builder.provisions, len(text))
    return builder.provisions


def _with_heading_breaks(marks: list[_Mark], text: str, lines: list[Line], contents: set[int]) -> list[_Mark]:
    """Add a heading mark at each unnumbered heading that stands alone between blank lines ("Social Media
    Monitoring" after a list of exclusions): the list above it is over, so the paragraphs under it
    are not words of its last item. Lines a mark already holds (its label or its title) are no
    such heading."""
    held = {mk.line for mk in marks}
    spans = sorted((mk.offset, max(mk.body, mk.offset + 1)) for mk in marks)
    ordered = sorted(marks, key=lambda mk: mk.offset)
    offsets = [mk.offset for mk in ordered]
    k, reach = 0, -1  # the spans that start at or before a line, and how far the furthest of them runs
    breaks: list[_Mark] = []
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        while k < len(spans) and spans[k][0] <= ln.start:
            reach = max(reach, spans[k][1])
            k += 1
        line = text[ln.start:ln.end].strip()
        if not line or i in contents or i in held or ln.start < reach or ENUM_RE.match(line):
            continue
        if DEFINITION_LINE_RE.match(line) and text[lines[i - 1].start:lines[i - 1].end].rstrip().endswith((".", ";")):
            # '(6) Spoofing ... a cell site.' / '"Serious offense."  Any of the following:': an unnumbered
            # definition opens on its own line, so the list above it is over (its items are not this
            # definition's words, nor are the definitions after it the last item's)
            breaks.append(_Mark(offset=ln.start, kind="heading", label="", number="", heading="",
                                body=ln.start, line=i))
            continue
        if _ends_list(ordered, offsets, text, lines, i):
            breaks.append(_Mark(offset=ln.start, kind="heading", label="", number="", heading="",
                                body=ln.start, line=i))
            continue
        if _is_heading_line(line) or not _blank(text, lines[i - 1]) or not _blank(text, lines[i + 1]) \
                or not _looks_like_heading(line):
            continue
        breaks.append(_Mark(offset=ln.start, kind="heading", label="", number="", heading=line,
                             body=ln.start, line=i))
    if not breaks:
        return marks
    return sorted(marks + breaks, key=lambda mk: mk.offset)


# A stop that ends an abbreviation, not a sentence: "U.S.C.", "Stat.", "No.", "Ann.", "et seq.".
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*"
                               r"|\b(?:No|Nos|Ann|Stat|Supp|Rev|Art|Arts|Sec|Secs|Ch|Pub|Reg|Regs|Inc|Co|Ltd|Corp|Dept"
                               r"|seq|etc|al)\.)$")


def _ends_list(marks: list[_Mark], offsets: list[int], text: str, lines: list[Line], i: int) -> bool:
    """Is line ``i`` a paragraph after a list, not words of its last item? The items before the last end
    as items that go on do ("1. in searches for missing persons,"), the last ends with a full stop, and
    line ``i`` opens a sentence in capitals ("Recordings made in the cases referred to in items 1-3 ..."):
    a law that prints each paragraph on one line, or sets them off by blank lines, goes back to the
    article's own words there."""
    first = text[lines[i].start:lines[i].end].lstrip()[:1]
    if not first.isupper():
        return False
    n = bisect.bisect_left(offsets, lines[i].start)  # the marks before the line (``offsets``: theirs, sorted)
    if n < 2:
        return False
    last, prev = marks[n - 1], marks[n - 2]
    if last.kind != "item" or prev.kind != "item" or last.style != prev.style or not last.style:
        return False
    body = text[last.offset:lines[i].start].rstrip()
    # (one sentence: not "Step 7. ... the sole purpose of admitting vehicles." over unnumbered steps that follow;
    # nor a stop that ends an abbreviation, "as permitted by 18 U.S.C." / "Chapter 206 under a warrant ...")
    if _ABBREVIATION_END.search(body):
        return False
    return body.endswith(".") and not re.search(r"[.;:][ \t]*\n|\.[ \t]+[A-Z]", body[:-1]) \
        and text[prev.offset:last.offset].rstrip().endswith(_ITEM_GOES_ON)


def _restarts_under_lead_in(text: str, last: _Open, mark: _Mark) -> bool:
    """Does an item restart its list ("(a)" after "(d)", of the same style) right after words of the
    item before that lead into a list ("... but does not include -", "... as follows:") on a line of
    their own? Then it opens a list of those words, not a second list beside the first. A first item of
    another style opens a list under any item that ends on a lead-in mark."""
    if _ordinal(mark.style, mark.number) != 1 or last.prov.kind != "item":
        return False
    before = text[last.prov.start:mark.offset].rstrip()
    if last.style != mark.style:
        # "(3) ... is permitted in the following situations:" / "a) ...": a first item after a lead-in opens
        # a list under it, though a list of its style ("a) unmanned aircraft — ...") is open further up
        return before.endswith((":", "—", "–"))
    own_line = "\n" in before.strip()
    if own_line and before[-1:].isalpha():
        # "... by means of a camera.\nBiometric surveillance does not cover\n1) ...": a sentence of its own
        # line (a finite verb: not a heading, "6 Permitted police uses") that stops short, with no mark at
        # all, leads into the list that restarts under it
        k = before.rfind("\n")
        line = before[k + 1:].strip()
        return before[:k].rstrip().endswith((".", ";")) and not _is_heading_line(line) \
            and bool(_VERB.search(line)) and bool(_WANTS_OBJECT.search(line))
    return own_line and before.endswith((":", " -", "—", "–"))  # (not a word broken at a line end)


def _subsection_of(mark: _Mark, prov: Provision) -> bool:
    """Does a section heading's number extend an open section's ("8.4.2.5.1" under "8.4.2.5",
    "IV.B.3" under "IV.B")? Then it is that section's child, not its sibling."""
    return mark.kind == "section" and prov.kind == "section" and bool(prov.number) and \
        mark.number.startswith(prov.number + ".")


def _outline_item_of(mark: _Mark, prov: Provision, text: str, provisions: list[Provision]) -> bool:
    """Is a section numbered "5.1" an item of the open section "5.0" whose words lead into it ("5.0 PERMITTED
    USES / ... may be used only for: / 5.1 ... / 5.2 ...")? A decimal outline numbers a heading's lead-in "N.0"
    and its items "N.1", "N.2"; where "N.0" ends on no lead-in, its sections stand beside it as before."""
    if not (mark.kind == "section" and prov.kind == "section" and prov.number.endswith(".0")
            and mark.number.startswith(prov.number[:-1]) and mark.number != prov.number):
        return False
    end = provisions[prov.children[0]].start if prov.children else mark.offset  # (its own words, before its items)
    return text[prov.start:end].rstrip().endswith((":", "—", "–"))


def _set_ends(provisions: list[Provision], text_len: int) -> None:
    """A provision ends where the next provision at its depth or shallower begins."""
    stack: list[Provision] = []
    for prov in provisions[1:]:
        while stack and stack[-1].depth >= prov.depth:
            stack.pop().end = prov.start
        stack.append(prov)
    for prov in stack:
        prov.end = text_len
